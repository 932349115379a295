"""Bringing files into the vault: one file, or whole folders (a phone's DCIM), with progress.

:func:`import_files` is a generator: it yields :class:`ImportProgress` while
it reads, a :class:`FileOutcome` per file, and one :class:`ImportSummary` at
the end. A bad file is refused with a reason and the batch goes on; a cancel
stops at once and leaves no half-stored item. Nothing here imports Qt.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from fieldreport.domain import photos
from fieldreport.domain.media_types import GENERIC, SNIFF_BYTES, MediaType, sniff
from fieldreport.errors import MediaRejected, UsageError
from fieldreport.storage.media_store import Extras, MediaItem, MediaStore
from fieldreport.storage.streams import Cancelled

#: Photos up to this size are kept in memory once, for metadata and thumbnails.
PHOTO_IN_MEMORY_LIMIT = 96 * 1024 * 1024
REPORT_EVERY = 0.1  # seconds between progress reports inside a large file
SUPPORTED_TEXT = (
    "photos (JPEG, PNG, HEIC/HEIF, TIFF), audio (WAV, MP3, M4A/AAC, OGG/Opus), "
    "video (MP4, MOV) and PDF documents"
)


@dataclass(frozen=True)
class ImportProgress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    name: str
    item: MediaItem | None = None
    duplicate: bool = False
    refused: str | None = None


@dataclass
class ImportSummary:
    stored: list[MediaItem] = field(default_factory=list)
    duplicates: list[MediaItem] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    record_revision: int | None = None

    @property
    def media_ids(self) -> list[str]:
        return [item.id for item in [*self.stored, *self.duplicates]]


def expand(paths: list[Path]) -> list[tuple[Path, str]]:
    """Files to import with the names to keep: folders are walked (hidden files skipped)."""
    out: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):  # does not follow folder links
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        full = Path(root) / name
                        out.append((full, str(full.relative_to(path.parent))))
        elif path.exists():
            out.append((path, path.name))
        else:
            raise UsageError(f"There is no file or folder {path}.")
    return out


def _derive(data: bytes) -> Extras:
    """Metadata and thumbnail; the screen-sized preview is made when first shown."""
    try:
        image = photos.open_image(data, for_size=photos.THUMBNAIL_SIZE)
        return Extras(metadata=photos.describe(image), thumbnail=photos.thumbnail(image))
    except photos.PhotoRejected as exc:
        raise MediaRejected(str(exc)) from exc


def _type_of(path: Path, allow_other: bool) -> MediaType:
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a pipe or device would block or never end
            raise MediaRejected("It is not a regular file (a pipe, device or socket).")
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except (FileNotFoundError, PermissionError, IsADirectoryError):
        raise
    except OSError as exc:  # e.g. a link loop or a read error on the card
        raise MediaRejected(f"It could not be read ({exc.strerror or exc}).") from exc
    if not head:
        raise MediaRejected("It is empty (0 bytes).")
    found = sniff(head)
    if found is not None:
        return found
    if allow_other:
        return GENERIC
    return _refuse_type(path)


def _refuse_type(path: Path) -> MediaType:
    raise MediaRejected(
        f"Its contents are not a supported type (whatever its name ends with); "
        f"FieldReport keeps {SUPPORTED_TEXT}. Ask to keep it as a generic document "
        "if it is evidence."
    )


def import_files(
    store: MediaStore,
    paths: list[Path],
    *,
    allow_other: bool = False,
    cancel: Callable[[], bool] | None = None,
    attach: Callable[[list[str]], int | None] | None = None,
    report: Callable[[ImportProgress], None] | None = None,
) -> Iterator[ImportProgress | FileOutcome | ImportSummary]:
    """Import ``paths``; ``report`` also gets progress while a large file is read."""
    files = expand(paths)
    sizes = []
    for path, _name in files:
        try:
            sizes.append(path.stat().st_size)
        except OSError:
            sizes.append(0)
    total = sum(sizes)
    summary = ImportSummary()
    done_bytes = 0
    for index, ((path, name), size) in enumerate(zip(files, sizes, strict=True)):
        yield ImportProgress(index, len(files), done_bytes, total, name)
        read_so_far = 0
        last_report = 0.0

        def on_bytes(
            n: int, index: int = index, name: str = name, before: int = done_bytes
        ) -> None:
            nonlocal read_so_far, last_report
            read_so_far += n
            now = time.monotonic()
            if report is not None and now - last_report >= REPORT_EVERY:
                last_report = now
                report(ImportProgress(index, len(files), before + read_so_far, total, name))

        try:
            media_type = _type_of(path, allow_other)
            with path.open("rb") as source:
                stored = store.store(
                    source,
                    name,
                    media_type,
                    derive=_derive if media_type.kind == "photo" else None,
                    keep_up_to=PHOTO_IN_MEMORY_LIMIT if media_type.kind == "photo" else 0,
                    cancel=cancel,
                    progress=on_bytes,
                )
        except Cancelled:
            summary.cancelled = True
            break
        except MediaRejected as exc:
            summary.refused.append((name, str(exc)))
            yield FileOutcome(path, name, refused=str(exc))
        except (PermissionError, IsADirectoryError, FileNotFoundError) as exc:
            reason = f"It could not be read ({exc.strerror or 'no access'})."
            summary.refused.append((name, reason))
            yield FileOutcome(path, name, refused=reason)
        else:
            (summary.duplicates if stored.duplicate else summary.stored).append(stored.item)
            yield FileOutcome(path, name, item=stored.item, duplicate=stored.duplicate)
        done_bytes += size
        if cancel is not None and cancel():
            summary.cancelled = True
            break
    yield ImportProgress(
        len(files) if not summary.cancelled else index, len(files), done_bytes, total, ""
    )
    if attach is not None and summary.media_ids:
        summary.record_revision = attach(summary.media_ids)
    yield summary
