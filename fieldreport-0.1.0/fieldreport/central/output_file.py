"""Writing an export or a report to the path a person chose: all of it, or nothing.

The file is written beside its target under a hidden temporary name
(``.NAME.fieldreport-part``), flushed to the disk and renamed over the
target in one step, so a full disk, a cancel or a crash never leaves half a
file under the chosen name (nor a stray part file). An existing file is
replaced only when the caller says so (``--force``; the window asks first).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fieldreport.errors import InvalidInput, StorageFull, UsageError
from fieldreport.storage.files import FILE_MODE

_EDQUOT = getattr(errno, "EDQUOT", errno.ENOSPC)


def check_target(out: Path, force: bool) -> None:
    """Refuse a folder, a missing folder or (unless ``force``) an existing file, before work."""
    if out.is_dir():
        raise InvalidInput(f"{out} is a folder; give the name of the file to write.")
    if not out.parent.is_dir():
        raise InvalidInput(f"There is no folder {out.parent}.")
    if out.exists() and not force:
        raise UsageError(f"{out} already exists; choose another name, or replace it (--force).")


def part_path(out: Path) -> Path:
    return out.with_name(f".{out.name}.fieldreport-part")


@contextlib.contextmanager
def atomic_output(out: Path, force: bool = False) -> Iterator[BinaryIO]:
    """A binary handle whose contents become ``out`` when the block ends without error."""
    check_target(out, force)
    tmp = part_path(out)
    try:
        fd = os.open(
            tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), FILE_MODE
        )
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if out.exists() and not force:  # appeared while we wrote
            raise UsageError(f"{out} appeared while it was being written; nothing was replaced.")
        os.replace(tmp, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        translated = _translated(exc, out)
        if translated is exc:
            raise
        raise translated from exc
    _fsync_folder(out.parent)


def _translated(exc: BaseException, out: Path) -> BaseException:
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, _EDQUOT):
            return StorageFull(f"The disk is full; {out.name} was not written.")
        if exc.errno == errno.EFBIG:
            return StorageFull(f"{out.name} is too large for that disk; it was not written.")
        if isinstance(exc, PermissionError):
            return InvalidInput(
                f"FieldReport may not write {out} (is it open in another program?); "
                "nothing was written."
            )
        return InvalidInput(f"Could not write {out}: {exc.strerror or exc}; nothing was written.")
    return exc


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
