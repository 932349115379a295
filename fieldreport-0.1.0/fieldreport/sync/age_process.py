"""The bundle's outer age layer in a child process, so that it gets a core of its own.

Why: pyrage holds the GIL while it encrypts or decrypts, so an age pass blocks
everything else in its process. Exporting a bundle is the bundle's age pass
beside the tar stream and the hashing of every item; importing one is the age
pass beside the tar stream, each item's hash and its write into the central
store (bundles of format 1 also encrypt each original into the store: a second
age pass). Here the bundle's pass runs in a child process while the parent
does the rest; the plaintext flows between them
through an OS pipe (never through a file), and the child hashes the ciphertext
as it passes, so nothing reads the bundle twice.

How (see :mod:`fieldreport.sync.age_worker` for the child's side):

* The child is started with ``multiprocessing``'s *spawn* method (on every
  platform: no fork of a process with threads and open databases; it works
  when the app is frozen by PyInstaller, whose entry points call
  ``multiprocessing.freeze_support()``). It receives its pipe end and a control
  connection while it is spawned; the recipients, or the organisation's
  identity, and the bundle's path travel on the control connection after the
  child said it is ready: never on a command line or in an environment.
* Export: the child writes the ``.part`` file the parent created; it finishes
  the age stream only when the parent confirms the end of the plaintext, so a
  parent that fails or dies leaves an unfinished age file, which the parent
  (or the next look at the folder) removes; the parent alone renames it.
* Import: the child reads the bundle file and reports its SHA-256, the bytes
  it used and whether anything follows the age stream; the parent's result
  counts only once the child reported that age authenticated the whole stream.
* The parent kills and reaps the child on any failure, cancel or interrupt
  (``finally``), and reaps it after success; the child also stops by itself
  as soon as its parent's pipes close.
* Errors stay what they were on the thread path: a damaged bundle is
  :class:`DecryptionFailed`, a full disk the ``OSError`` with its errno, and the
  caller's own exception (a cancel, a vault error) stays the caller's.
* If the child cannot be started (or does not answer within
  ``READY_TIMEOUT``), :class:`Unavailable` is raised before any byte moved and
  the caller runs the in-process thread path of :mod:`fieldreport.sync.age_pipe`.
  Small bundles (below ``MIN_BYTES``) use that path directly: starting a Python
  process costs more than it saves there.

Spawning on POSIX also starts ``multiprocessing``'s resource tracker once per
process (a helper that lives as long as the app); it is not one of ours.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from multiprocessing.connection import wait as wait_for
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import pyrage

from fieldreport.errors import StorageFull
from fieldreport.sync import age_worker
from fieldreport.sync.age_pipe import PIPE_CHUNK, DecryptionFailed, widen

log = logging.getLogger(__name__)
T = TypeVar("T")

ENABLED = True
MIN_BYTES = 16 * 1024 * 1024  # smaller bundles stay in-process
READY_TIMEOUT = 60.0  # seconds until a starting child must have said it is ready
EXIT_TIMEOUT = 10.0  # seconds a stopping child may take to say why before it is killed


class Unavailable(Exception):
    """The child could not be started; nothing was read or written yet."""


def wanted(size: int) -> bool:
    """Whether a bundle of about ``size`` bytes should use a child process."""
    return ENABLED and size >= MIN_BYTES


class _PassedFd:
    """A pipe end that the child receives while it is spawned (pickled then, never on argv)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def __reduce__(self) -> tuple:
        from multiprocessing import context, reduction

        if sys.platform == "win32":  # pragma: no cover - Windows only
            import msvcrt

            popen = context.get_spawning_popen()
            if popen is None:
                raise RuntimeError("a pipe end can only be passed to a child being spawned")
            handle = popen.duplicate_for_child(msvcrt.get_osfhandle(self.fd))
            return age_worker.fd_from_windows, (handle,)
        return age_worker.fd_from_posix, (reduction.DupFd(self.fd),)


CHILD_NAME = "fieldreport-age-"


def _skip_main_for_our_children() -> None:
    """Spare our children the re-run of the parent's main script (idempotent).

    *spawn* normally re-imports the parent's ``__main__`` in every child, so that
    objects pickled from it resolve: for the desktop app that is Qt, for the CLI
    the whole command line, ~36 MiB and a fraction of a second per bundle for
    nothing (the child needs only :mod:`fieldreport.sync.age_worker`). Only
    processes named ``fieldreport-age-*`` are affected; the rest of
    ``multiprocessing`` behaves as it always does.
    """
    from multiprocessing import spawn

    original = spawn.get_preparation_data
    if getattr(original, "_fieldreport", False):
        return

    def get_preparation_data(name: str) -> dict[str, Any]:
        data: dict[str, Any] = original(name)
        if name.startswith(CHILD_NAME):
            data.pop("init_main_from_path", None)
            data.pop("init_main_from_name", None)
        return data

    get_preparation_data._fieldreport = True  # type: ignore[attr-defined]
    spawn.get_preparation_data = get_preparation_data


class _Child:
    """One worker process: its pipe end (``fd``), its control connection, its reaping."""

    def __init__(self, kind: str) -> None:
        self.pid: int | None = None
        self.finished = False
        self._stopped = False
        read_fd, write_fd = os.pipe()
        widen(write_fd)
        self.fd: int | None
        self.fd, theirs = (write_fd, read_fd) if kind == "encrypt" else (read_fd, write_fd)
        child_control = None
        try:
            _skip_main_for_our_children()
            context = multiprocessing.get_context("spawn")
            self.control, child_control = context.Pipe()
            self.process = context.Process(
                target=age_worker.serve,
                args=(kind, _PassedFd(theirs), child_control),
                name=CHILD_NAME + kind,
                daemon=True,
            )
            self.process.start()
        except Exception as exc:
            self._close_ours()
            raise Unavailable(f"the age process could not be started: {exc!r}") from exc
        except BaseException:
            self._close_ours()
            raise
        finally:
            os.close(theirs)  # the child has its own; ours would hide its end
            if child_control is not None:
                child_control.close()
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self) -> None:
        answer = self.answer(READY_TIMEOUT)
        if answer is None or answer[0] != "ready":
            raise Unavailable(f"the age process did not start (it answered {answer!r:.80})")
        self.pid = answer[1]

    def answer(self, timeout: float | None = None) -> tuple | None:
        """The child's next message; None if it died or stayed silent for ``timeout`` seconds."""
        ready = wait_for([self.control, self.process.sentinel], timeout)
        message = None
        if self.control in ready or (ready and self.control.poll(0)):
            with contextlib.suppress(EOFError, OSError):
                message = self.control.recv()
        if message is not None and message[0] in ("done", "failed"):
            self.finished = True  # it exits by itself now
        return message

    def died(self) -> bool:
        """Whether the child ended (by itself or killed) before it was stopped."""
        return self.process.exitcode is not None

    def send(self, message: Any) -> None:
        with contextlib.suppress(OSError):  # a dead child answers nothing; see answer()
            self.control.send(message)

    def take_fd(self) -> int:
        fd, self.fd = self.fd, None
        assert fd is not None
        return fd

    def stop(self) -> None:
        """Reap the child, killing it unless it gave its last answer. Safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        process = self.process
        if process.pid is not None:  # it was started
            if self.finished:
                process.join(EXIT_TIMEOUT)
            if process.exitcode is None:
                process.kill()
                process.join()
        self._close_ours()
        with contextlib.suppress(ValueError):
            process.close()

    def _close_ours(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None
        control = getattr(self, "control", None)
        if control is not None:
            control.close()


def _oserror(answer: tuple) -> OSError:
    _, _, name, errno, message = answer
    if errno is not None:
        return OSError(errno, os.strerror(errno))
    return OSError(f"{name}: {message}")


def prestart_encrypt() -> Future[_Child]:
    """Start an encrypting child on a helper thread, for :func:`encrypt_to_file` (``started``).

    Starting a Python process takes a while; an export starts it while it
    describes the items. Give the result to :func:`discard` when done with it,
    used or not.
    """
    pool = ThreadPoolExecutor(1, thread_name_prefix="age-child-start")
    try:
        return pool.submit(_Child, "encrypt")
    finally:
        pool.shutdown(wait=False)


def discard(started: Future[_Child]) -> None:
    """Stop a child from :func:`prestart_encrypt` (if it started); safe after it was used."""
    try:
        child = started.result()
    except BaseException:  # it did not start: nothing to stop
        return
    child.stop()


def encrypt_to_file(
    part: Path,
    recipients: list[str],
    produce: Callable[[BinaryIO], None],
    started: Future[_Child] | None = None,
) -> tuple[str, int]:
    """age-encrypt what ``produce`` writes into ``part`` (an existing, empty file), and fsync it.

    Returns the SHA-256 and size of what was written. Raises :class:`Unavailable`
    before ``produce`` is called if no child could be started. ``started``: a
    child from :func:`prestart_encrypt` to use instead of starting one.
    """
    for recipient in recipients:  # a bad recipient fails here, as on the thread path
        pyrage.x25519.Recipient.from_str(recipient)
    child = started.result() if started is not None else _Child("encrypt")
    try:
        child.send((list(recipients), str(part)))
        writer = open(child.take_fd(), "wb", buffering=PIPE_CHUNK)  # noqa: SIM115
        try:
            produce(writer)  # type: ignore[arg-type]
            writer.close()
        except BaseException as exc:
            with contextlib.suppress(OSError):
                writer.close()  # the child sees the end of the pipe ...
            child.send("abort")  # ... and is told it is not the end of the bundle
            answer = child.answer(EXIT_TIMEOUT)
            if answer is not None and answer[:2] == ("failed", "write"):
                raise _oserror(answer) from exc  # e.g. the disk is full: that is the cause
            raise
        child.send("end")
        answer = child.answer()  # no time limit: the fsync of a large bundle may be slow
        if answer is not None and answer[0] == "done":
            return answer[1], answer[2]
        if answer is not None and (answer[1] == "write" or answer[3] is not None):
            raise _oserror(answer)  # e.g. the disk is full, or the file could not be opened
        if answer is not None and answer[1] == "encrypt":
            raise pyrage.EncryptError(answer[4])
        raise OSError(f"the age process stopped before the bundle was written ({answer!r:.120})")
    finally:
        child.stop()


def decrypt_file(
    path: Path, identity: str, consume: Callable[[BinaryIO], T]
) -> tuple[T, str, int, bool]:
    """Decrypt the file at ``path`` in a child and hand the plaintext stream to ``consume``.

    Returns what ``consume`` returns, the SHA-256 of the file as read, the bytes
    age used and whether more bytes follow the age stream — only once the child
    reported that the whole stream authenticated. Decryption failures raise
    :class:`DecryptionFailed`, as on the thread path; :class:`Unavailable` is
    raised before ``consume`` is called if no child could be started.
    """
    pyrage.x25519.Identity.from_str(identity)  # a bad identity fails here, as on the thread path
    child = _Child("decrypt")
    try:
        child.send((identity, str(path)))
        reader = open(child.take_fd(), "rb", buffering=PIPE_CHUNK)  # noqa: SIM115
        try:
            result = consume(reader)  # type: ignore[arg-type]
        except BaseException as exc:
            reader.close()  # a child still writing stops at once
            answer = child.answer(EXIT_TIMEOUT)
            ours = isinstance(exc, OSError | StorageFull)  # our disk failed, not the bundle
            if not ours and answer is not None and answer[:2] == ("failed", "decrypt"):
                raise DecryptionFailed(_decrypt_cause(answer)) from None
            if answer is None and child.died() and isinstance(exc, Exception):
                # The child died without a word: the plaintext it did not write says
                # nothing about the bundle, so this is not a refusal.
                raise OSError("the age process stopped while the bundle was read") from exc
            raise
        reader.close()
        answer = child.answer()
        if answer is not None and answer[0] == "done":
            return result, answer[1], answer[2], answer[3]
        if answer is not None and answer[1] == "other":
            raise _oserror(answer)  # e.g. the file could not be opened
        if answer is None:
            raise OSError("the age process stopped before the bundle was read")
        raise DecryptionFailed(_decrypt_cause(answer))
    finally:
        child.stop()


def _decrypt_cause(answer: tuple) -> BaseException:
    _, what, name, _errno, message = answer
    if what == "decrypt" and name == "DecryptError":
        return pyrage.DecryptError(message)  # keeps DecryptionFailed.no_matching_key working
    return _oserror(answer)
