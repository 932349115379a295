"""The child process that runs a bundle's outer age layer (see :mod:`fieldreport.sync.age_process`).

This module is what the spawned child imports, so it imports little: ``pyrage``,
``hashlib`` and the standard library. The child gets two things from its parent
when it starts (through ``multiprocessing``'s spawn machinery, never on its
command line or in its environment): one end of an OS pipe for the plaintext,
and a :class:`multiprocessing.connection.Connection` for control. It answers
``("ready", pid)`` as soon as it holds them, then waits for one job on the
control connection, which carries the recipients or the identity and the path:

* ``encrypt``: read plaintext from the pipe, age-encrypt it into the given
  (existing, empty) ``.part`` file, SHA-256 the ciphertext as it is written,
  fsync (every 32 MiB on a helper thread, so the disk works while age does,
  and at the end), answer ``("done", sha256, size)``. A clean end of the pipe is not
  enough to finish the age stream: the parent must also say ``"end"`` on the
  control connection. If it says anything else, or dies, the read fails, age
  never writes its last chunk, and the ``.part`` file is not a complete age file.
* ``decrypt``: read the bundle file (hashing and counting every byte read),
  age-decrypt it into the pipe, then answer
  ``("done", sha256, bytes age used, whether more bytes follow the age stream)``.

Any failure is answered as ``("failed", what, type name, errno, message)``,
``what`` being ``"write"`` (the ``.part`` file could not be written),
``"pipe"`` (the parent stopped reading or writing), ``"aborted"``,
``"decrypt"``/``"encrypt"`` (age itself) or ``"other"``; then the child exits.
The parent kills the child whenever it stops early, so nothing here cleans up.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import threading
from typing import Any

import pyrage

from fieldreport.sync.age_pipe import PIPE_CHUNK  # stdlib and pyrage only: a light child

FILE_CHUNK = 1024 * 1024
SYNC_EVERY = 32 * 1024 * 1024


# -- pipe ends travel to the child as handles, pickled while the child starts ---------
def fd_from_posix(dup: Any) -> int:
    """Rebuild a file descriptor passed by ``multiprocessing.reduction.DupFd``."""
    return int(dup.detach())


def fd_from_windows(handle: int) -> int:  # pragma: no cover - Windows only
    """Rebuild a file descriptor from a handle duplicated into this process."""
    import msvcrt

    return msvcrt.open_osfhandle(handle, 0)  # type: ignore[attr-defined]


class Aborted(Exception):
    """The parent did not confirm the end of the plaintext."""


class _PipeSource:
    """The plaintext pipe, for ``encrypt_io``: its end counts only once the parent says ``end``."""

    def __init__(self, fd: int, control: Any) -> None:
        self._file = open(fd, "rb", buffering=PIPE_CHUNK)  # noqa: SIM115 - closed below
        self._control = control
        self._ended = False
        self.failure: BaseException | None = None

    def read(self, n: int = -1) -> bytes:
        if self._ended:
            return b""
        try:
            data = self._file.read(n)
            if not data:
                if self._control.recv() != "end":
                    raise Aborted("the parent stopped the bundle")
                self._ended = True
        except BaseException as exc:  # EOFError: the parent is gone
            self.failure = exc
            raise
        return data

    def close(self) -> None:
        self._file.close()


class _HashingFile:
    """The ``.part`` file, for ``encrypt_io``: SHA-256 and count what is written.

    Every ``SYNC_EVERY`` bytes a helper thread fsyncs what was written so far
    (the disk works while age does), so that the final fsync has little left.
    """

    def __init__(self, handle: Any) -> None:
        self._handle = handle
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.failure: BaseException | None = None
        self._next_sync = SYNC_EVERY
        self._wanted = threading.Event()
        self._done = False
        self._syncer = threading.Thread(target=self._sync_now_and_then, daemon=True)
        self._syncer.start()

    def write(self, data: bytes) -> int:
        try:
            self._handle.write(data)
            self.sha256.update(data)
            self.size += len(data)
            if self.size >= self._next_sync:
                self._next_sync = self.size + SYNC_EVERY
                self._handle.flush()
                self._wanted.set()
        except BaseException as exc:  # a full disk, kept for the parent
            self.failure = exc
            raise
        return len(data)

    def flush(self) -> None:
        self._handle.flush()

    def _sync_now_and_then(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            if self._done:
                return
            try:
                os.fsync(self._handle.fileno())
            except (OSError, ValueError):  # the final fsync, on the main thread, reports
                return

    def stop_syncing(self) -> None:
        self._done = True
        self._wanted.set()
        self._syncer.join()


class _HashingSource:
    """The bundle file, for ``decrypt_io``: read in large blocks, hashed and counted once."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle
        self.sha256 = hashlib.sha256()
        self.count = 0
        self._block = b""
        self._at = 0
        self.failure: BaseException | None = None

    def read(self, n: int = -1) -> bytes:
        try:
            if self._at >= len(self._block):
                self._block = self._handle.read(max(n, FILE_CHUNK))
                self._at = 0
                self.sha256.update(self._block)
                self.count += len(self._block)
        except BaseException as exc:
            self.failure = exc
            raise
        end = len(self._block) if n < 0 else self._at + n
        chunk = self._block[self._at : end]
        self._at += len(chunk)
        return chunk

    @property
    def consumed(self) -> int:
        """Bytes handed to age (the last block may hold more, read but not used)."""
        return self.count - len(self._block) + self._at

    @property
    def unused(self) -> bool:
        return self._at < len(self._block)


class _PipeTarget:
    """The plaintext pipe, for ``decrypt_io``; remembers that the parent stopped reading."""

    def __init__(self, fd: int) -> None:
        self._file = open(fd, "wb", buffering=PIPE_CHUNK)  # noqa: SIM115 - closed below
        self.failure: BaseException | None = None

    def write(self, data: bytes) -> int:
        try:
            return self._file.write(data)
        except BaseException as exc:
            self.failure = exc
            raise

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        self._file.close()


def _failure(what: str, exc: BaseException) -> tuple:
    errno = exc.errno if isinstance(exc, OSError) else None
    return ("failed", what, type(exc).__name__, errno, str(exc))


def encrypt(fd: int, control: Any, recipients: list[str], part: str) -> tuple:
    parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    source = _PipeSource(fd, control)
    handle = open(part, "r+b", buffering=FILE_CHUNK)  # noqa: SIM115 - closed below
    try:
        target = _HashingFile(handle)
        try:
            try:
                pyrage.encrypt_io(source, target, parsed)
            finally:
                target.stop_syncing()
            if target.failure is not None:  # pyrage may return after a failed write
                return _failure("write", target.failure)
            handle.flush()
            os.fsync(handle.fileno())
        except BaseException as exc:
            if target.failure is not None:
                return _failure("write", target.failure)
            if isinstance(source.failure, Aborted | EOFError):
                return _failure("aborted", source.failure)
            if source.failure is not None:
                return _failure("pipe", source.failure)
            if isinstance(exc, OSError):  # the final flush or the fsync
                return _failure("write", exc)
            return _failure("encrypt", exc)
        return ("done", target.sha256.hexdigest(), target.size)
    finally:
        source.close()
        with contextlib.suppress(OSError):  # after a failure: what is buffered cannot go
            handle.close()


def decrypt(fd: int, identity: str, path: str) -> tuple:
    target = _PipeTarget(fd)
    try:
        parsed = pyrage.x25519.Identity.from_str(identity)
        with open(path, "rb", buffering=0) as handle:
            source = _HashingSource(handle)
            try:
                pyrage.decrypt_io(source, target, [parsed])
                target.flush()
            except BaseException as exc:
                if target.failure is not None:
                    return _failure("pipe", target.failure)
                return _failure("decrypt", exc)
            # Anything after the age stream refuses the bundle; then the hash, which
            # covers whole blocks read, does not matter.
            trailing = source.unused or bool(handle.read(1))
        return ("done", source.sha256.hexdigest(), source.consumed, trailing)
    finally:
        with contextlib.suppress(OSError):  # the parent stopped reading: it knows
            target.close()


def serve(kind: str, fd: int, control: Any) -> None:
    """The child's whole life: say ready, run one job, report, exit."""
    try:
        control.send(("ready", os.getpid()))
        job = control.recv()
        answer = encrypt(fd, control, *job) if kind == "encrypt" else decrypt(fd, *job)
    except BaseException as exc:  # reported, then the child exits
        answer = _failure("other", exc)
    with contextlib.suppress(OSError):  # the parent is gone
        control.send(answer)
    control.close()
    sys.exit(0 if answer[0] == "done" else 1)
