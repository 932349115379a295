"""Writing a media item out of the vault, at a path the person chose."""

from __future__ import annotations

import contextlib
import errno
import io
import os
from pathlib import Path

from fieldreport.domain import strip_metadata
from fieldreport.domain.photos import PREVIEW_SIZE, PhotoRejected, open_image
from fieldreport.domain.photos import preview as make_preview
from fieldreport.errors import InvalidInput, MediaRejected, StorageFull
from fieldreport.media_analysis import PHOTO_IN_MEMORY_LIMIT
from fieldreport.storage.files import FILE_MODE
from fieldreport.storage.media_store import MediaStore

#: Photos are stripped in memory; larger files are not photos a phone makes.
STRIP_LIMIT = 256 * 1024 * 1024
_EDQUOT = getattr(errno, "EDQUOT", errno.ENOSPC)


def preview(store: MediaStore, media_id: str) -> bytes | None:
    """The item's preview, made from its original and stored the first time."""
    made = store.preview(media_id)
    if made is not None:
        return made
    item = store.get(media_id)
    if item.deleted or item.kind != "photo" or item.size > PHOTO_IN_MEMORY_LIMIT:
        return None
    buffer = io.BytesIO()
    store.read_original(item.id, buffer)
    try:
        image = open_image(buffer.getvalue(), for_size=PREVIEW_SIZE)
        made = make_preview(image)
    except PhotoRejected:
        return None
    store.save_preview(item.id, made)
    return made


def export(store: MediaStore, media_id: str, out: Path, strip: bool) -> Path:
    item = store.get(media_id)
    if out.is_dir():
        raise InvalidInput(f"{out} is a folder; give the file name to write.")
    if not out.parent.is_dir():
        raise InvalidInput(f"There is no folder {out.parent}.")
    if strip and item.kind != "photo":
        raise MediaRejected("Removing metadata is possible for photos only; export the original.")
    if strip and item.size > STRIP_LIMIT:
        raise MediaRejected("This photo is too large to remove its metadata here.")
    tmp = out.with_name(f".{out.name}.fieldreport-part")
    try:
        fd = os.open(
            tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), FILE_MODE
        )
        with os.fdopen(fd, "wb") as handle:
            if strip:
                buffer = io.BytesIO()
                store.read_original(item.id, buffer)
                try:
                    handle.write(strip_metadata.strip(buffer.getvalue(), item.mime))
                except (strip_metadata.CannotStrip, PhotoRejected) as exc:
                    raise MediaRejected(str(exc)) from exc
            else:
                store.read_original(item.id, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, _EDQUOT):
            raise StorageFull(f"The disk is full; {out.name} was not written.") from exc
        if isinstance(exc, OSError) and exc.errno == errno.EFBIG:  # e.g. over 4 GB on FAT32
            raise StorageFull(
                f"{out.name} is too large for that disk (its file system or a size limit); "
                "it was not written."
            ) from exc
        if isinstance(exc, PermissionError):
            raise InvalidInput(f"FieldReport may not write to {out.parent}.") from exc
        raise
    return out
