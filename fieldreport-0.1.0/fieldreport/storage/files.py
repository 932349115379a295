"""Private folders and atomic file writes."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
from pathlib import Path

from fieldreport.errors import StorageFull

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def make_private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    with contextlib.suppress(OSError):  # not supported on every file system
        os.chmod(folder, FOLDER_MODE)


def restrict_file(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, FILE_MODE)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            view = memoryview(data)
            while view:  # a write may take less than asked (a disk filling up): go on
                written = os.write(fd, view)
                if written <= 0:
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno == errno.ENOSPC:
            raise StorageFull("The disk is full; nothing was changed.") from exc
        raise
    restrict_file(path)
    fsync_folder(path.parent)


def sha256_file(path: Path, chunk: int = 1024 * 1024) -> str:
    """SHA-256 (hex) of a file, read a chunk at a time."""
    hasher = hashlib.sha256()
    with path.open("rb") as handle:
        while data := handle.read(chunk):
            hasher.update(data)
    return hasher.hexdigest()


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
