"""age encryption and decryption around a stream produced or consumed in Python.

pyrage's ``encrypt_io`` pulls its plaintext and ``decrypt_io`` pushes its
plaintext, while the tar writer pushes and the tar reader pulls; an OS pipe and
one helper thread join them, so memory stays flat whatever the size. When one
side fails the other is stopped (the pipe is closed and reads are refused) and
the first real cause is raised.

pyrage holds the GIL while it works, so this thread does not run beside the
caller's own age work: large bundles go to a child process instead
(:mod:`fieldreport.sync.age_process`); this is the path for small ones, and the
fallback when no child can be started.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
from collections.abc import Callable
from typing import Any, BinaryIO, TypeVar

import pyrage

from fieldreport.errors import StorageFull

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

T = TypeVar("T")
PIPE_CHUNK = 1024 * 1024


def widen(fd: int) -> None:
    """Let the pipe hold PIPE_CHUNK bytes (Linux; default 64 KiB): fewer, larger reads and writes.

    Only the kernel's buffer changes; where it cannot (other systems, a lower
    limit), the pipe stays as it was.
    """
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if setsize is not None:
        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, setsize, PIPE_CHUNK)


class _RecordingTarget:
    """Passes writes on and keeps the first failure: pyrage does not always raise it."""

    def __init__(self, target: BinaryIO) -> None:
        self._target = target
        self.failure: BaseException | None = None

    def write(self, data: Any) -> int:
        try:
            return self._target.write(data)
        except BaseException as exc:
            self.failure = self.failure or exc
            raise

    def flush(self) -> None:
        self._target.flush()


class _AbortableReader(io.RawIOBase):
    """The pipe's read end; refuses to report a clean end once the producer failed."""

    def __init__(self, fd: int) -> None:
        self._file = open(fd, "rb", buffering=0)  # noqa: SIM115 - closed by close()
        self.aborted = threading.Event()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._file.readinto(buffer) or 0
        if self.aborted.is_set():
            raise OSError("the bundle was not finished")
        return n

    def close(self) -> None:
        self._file.close()
        super().close()


def encrypt_from(
    produce: Callable[[BinaryIO], None], target: BinaryIO, recipients: list[str]
) -> None:
    """age-encrypt what ``produce`` writes into ``target``, to every recipient."""
    parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    read_fd, write_fd = os.pipe()
    widen(write_fd)
    reader = _AbortableReader(read_fd)
    failure: list[BaseException] = []

    recording = _RecordingTarget(target)

    def run() -> None:
        try:
            pyrage.encrypt_io(reader, recording, parsed)
            if recording.failure is not None:  # pyrage may return after a failed write
                raise recording.failure
        except BaseException as exc:  # reported to the caller below
            failure.append(exc)
        finally:
            reader.close()

    thread = threading.Thread(target=run, name="bundle-encrypt", daemon=True)
    thread.start()
    writer = open(write_fd, "wb", buffering=PIPE_CHUNK)  # noqa: SIM115
    try:
        produce(writer)  # type: ignore[arg-type]
        writer.close()
    except BaseException:
        reader.aborted.set()
        with contextlib.suppress(OSError):
            writer.close()
        thread.join()
        if failure and not isinstance(failure[0], (pyrage.EncryptError, BrokenPipeError)):
            raise failure[0] from None
        raise
    thread.join()
    if failure:
        raise failure[0]


def decrypt_into(source: BinaryIO, identity: str, consume: Callable[[BinaryIO], T]) -> T:
    """Decrypt ``source`` with ``identity`` and hand the plaintext stream to ``consume``.

    Returns what ``consume`` returns, but only if decryption also succeeded to
    the end (age authenticates every chunk and the end of the stream).
    Decryption failures are raised as :class:`DecryptionFailed`.
    """
    parsed = pyrage.x25519.Identity.from_str(identity)
    read_fd, write_fd = os.pipe()
    widen(write_fd)
    writer = open(write_fd, "wb", buffering=0)  # noqa: SIM115
    reader = open(read_fd, "rb", buffering=PIPE_CHUNK)  # noqa: SIM115
    failure: list[BaseException] = []

    def run() -> None:
        try:
            pyrage.decrypt_io(source, writer, [parsed])
        except BaseException as exc:
            failure.append(exc)
        finally:
            with contextlib.suppress(OSError):
                writer.close()

    thread = threading.Thread(target=run, name="bundle-decrypt", daemon=True)
    thread.start()
    try:
        result = consume(reader)  # type: ignore[arg-type]
    except BaseException as exc:
        reader.close()
        thread.join()
        ours = isinstance(exc, OSError | StorageFull)  # our disk failed, not the bundle
        if failure and not ours and not isinstance(failure[0], BrokenPipeError):
            raise DecryptionFailed(failure[0]) from None
        raise
    reader.close()
    thread.join()
    if failure:
        raise DecryptionFailed(failure[0])
    return result


class DecryptionFailed(Exception):
    """The age layer could not be opened or a chunk failed authentication."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause

    @property
    def no_matching_key(self) -> bool:
        return (
            isinstance(self.cause, pyrage.DecryptError) and "no matching" in str(self.cause).lower()
        )
