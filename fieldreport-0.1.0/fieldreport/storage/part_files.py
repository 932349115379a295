"""Files being written hold a lock, so a sweep can tell abandoned ones from busy ones.

A media file is first written as ``<name>.part`` while its writer holds an
exclusive lock on it. After a crash the lock is gone, and the next sweep can
safely finish or remove the file. Works with ``fcntl`` on POSIX and
``msvcrt`` on Windows.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fieldreport.storage.files import FILE_MODE, fsync_folder

if sys.platform == "win32":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def writing(
    path: Path, hold: list[BinaryIO] | None = None, *, sync: bool = True
) -> Iterator[BinaryIO]:
    """Create ``path`` (private), hold its lock while the caller writes, then fsync it.

    With ``hold``, a successful write keeps the file open and locked: the
    handle is appended to ``hold`` and the caller releases it with
    :func:`release` once the file is renamed or removed, so a sweep in another
    process never takes a finished but not yet renamed file for abandoned.
    With ``sync=False`` (only with ``hold``) the file is flushed but not
    fsynced: the caller must ``os.fsync`` the held handle before it relies on it.
    """
    if not sync and hold is None:
        raise ValueError("an unsynced file must be held until it is synced")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    if not _try_lock(fd):  # pragma: no cover - a fresh file cannot be locked by others
        os.close(fd)
        raise OSError(f"could not lock {path.name}")
    handle = os.fdopen(fd, "wb", buffering=1024 * 1024)
    try:
        yield handle
        handle.flush()
        if sync:
            os.fsync(handle.fileno())
            fsync_folder(path.parent)  # the new name too: a power loss keeps the file
    except BaseException:
        # Closing flushes what is buffered; on a full disk that fails again and would
        # hide the first error (and a cancel) behind an OSError. The fd closes anyway.
        _unlock(handle.fileno())
        with contextlib.suppress(OSError):
            handle.close()
        raise
    if hold is not None:
        hold.append(handle)
        return
    _unlock(handle.fileno())
    handle.close()


def release(handle: BinaryIO | None) -> None:
    """Unlock and close a handle kept by :func:`writing` (safe to call twice)."""
    if handle is None or handle.closed:
        return
    with contextlib.suppress(OSError):
        _unlock(handle.fileno())
    with contextlib.suppress(OSError):
        handle.close()


#: Windows cannot rename or remove a file that is still open: release first there.
RELEASE_BEFORE_RENAME = sys.platform == "win32"


def abandoned(path: Path) -> bool:
    """Whether no living writer holds ``path`` (so it is safe to finish or remove)."""
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return True
        return False
    finally:
        os.close(fd)
