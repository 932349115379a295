"""Bringing files into the vault: one file, or whole folders (a phone's DCIM), with progress.

:func:`import_files` is a generator: it yields :class:`ImportProgress` while
it reads, a :class:`FileOutcome` per file, and one :class:`ImportSummary` at
the end. A file of a type not kept is refused with a reason and the batch
goes on; a cancel stops at once and leaves no half-stored item. Nothing here
imports Qt.

Originals first: a photo is stored (read, hashed, encrypted, fsynced, logged)
without being decoded; its thumbnail and metadata, and whether it is damaged,
come from the analysis that follows (:mod:`fieldreport.media_analysis`), so a
card of photos is safe in the vault in about the time it takes to read it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from fieldreport.domain.media_types import GENERIC, SNIFF_BYTES, MediaType, sniff
from fieldreport.errors import InvalidInput, MediaRejected
from fieldreport.storage.media_store import Extras, MediaItem, MediaStore, Pending
from fieldreport.storage.streams import Cancelled

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
            raise InvalidInput(f"There is no file or folder {path}.")
    return out


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


@dataclass
class _InFlight:
    """A file encrypted to its ``.part``, its fsync running on the helper thread."""

    path: Path
    name: str
    size: int
    pending: Pending
    synced: Future[None]


def _read(
    store: MediaStore,
    path: Path,
    name: str,
    media_type: MediaType | BaseException,
    *,
    cancel: Callable[[], bool] | None,
    progress: Callable[[int], None],
) -> Pending | FileOutcome:
    """Read, hash and encrypt one file to its ``.part`` (not fsynced yet), or refuse it.

    Raises :class:`Cancelled` (nothing is left behind then).
    """
    try:
        if isinstance(media_type, BaseException):
            raise media_type
        with path.open("rb") as source:
            return store.encrypt(
                source, name, media_type, cancel=cancel, progress=progress, sync=False
            )
    except MediaRejected as exc:
        return FileOutcome(path, name, refused=str(exc))
    except (PermissionError, IsADirectoryError, FileNotFoundError) as exc:
        reason = f"It could not be read ({exc.strerror or 'no access'})."
        return FileOutcome(path, name, refused=reason)


def _commit(store: MediaStore, flight: _InFlight) -> FileOutcome:
    """Wait for the file's fsync, then its row and custody-log entry; photos are queued."""
    try:
        flight.synced.result()
    except BaseException:
        store.discard(flight.pending)
        raise
    photo = flight.pending.media_type.kind == "photo"
    stored = store.commit(flight.pending, Extras(metadata={}), analyse_later=photo)
    return FileOutcome(flight.path, flight.name, stored.item, stored.duplicate)


def _sniff(path: Path, allow_other: bool) -> MediaType | BaseException:
    try:
        return _type_of(path, allow_other)
    except (MediaRejected, PermissionError, IsADirectoryError, FileNotFoundError) as exc:
        return exc


def import_files(
    store: MediaStore,
    paths: list[Path],
    *,
    allow_other: bool = False,
    cancel: Callable[[], bool] | None = None,
    attach: Callable[[list[str]], int | None] | None = None,
    report: Callable[[ImportProgress], None] | None = None,
) -> Iterator[ImportProgress | FileOutcome | ImportSummary]:
    """Import ``paths``; ``report`` also gets progress while a large file is read.

    Originals first: each file is read once (hashed and encrypted to its
    ``.part``), fsynced on a helper thread while the next file is read, then
    committed with its custody-log entry, in input order. No photo is decoded
    here: photos are queued for analysis (:mod:`fieldreport.media_analysis`:
    thumbnail, EXIF, damage), which runs after. An outcome is yielded once
    its item is committed, so it comes after the next file's progress.

    A cancel stops at once: a file fully read whose outcome was not yielded
    yet is committed and reported when the cancel came while reading the
    next one, and dropped when it came after an outcome; a file part-read
    leaves nothing. A crash leaves any ``.part`` to the next sweep.
    """
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
    syncer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fr-fsync")
    flight: _InFlight | None = None  # the file before, being fsynced
    index = 0

    def on_bytes_for(index: int, name: str, before: int) -> Callable[[int], None]:
        read_so_far = 0
        last_report = 0.0

        def on_bytes(n: int) -> None:
            nonlocal read_so_far, last_report
            read_so_far += n
            now = time.monotonic()
            if report is not None and now - last_report >= REPORT_EVERY:
                last_report = now
                report(ImportProgress(index, len(files), before + read_so_far, total, name))

        return on_bytes

    def counted(outcome: FileOutcome) -> FileOutcome:
        if outcome.refused is not None:
            summary.refused.append((outcome.name, outcome.refused))
        elif outcome.item is not None:
            (summary.duplicates if outcome.duplicate else summary.stored).append(outcome.item)
        return outcome

    try:
        for index, ((path, name), size) in enumerate(zip(files, sizes, strict=True)):
            yield ImportProgress(index, len(files), done_bytes, total, name)
            try:
                read = _read(
                    store,
                    path,
                    name,
                    _sniff(path, allow_other),
                    cancel=cancel,
                    progress=on_bytes_for(index, name, done_bytes),
                )
            except BaseException:
                if flight is not None:  # the file before is whole: it is kept, then we stop
                    earlier, flight = flight, None
                    yield counted(_commit(store, earlier))
                raise
            if flight is not None:
                earlier, flight = flight, None
                if isinstance(read, Pending):
                    flight = _InFlight(path, name, size, read, syncer.submit(store.sync, read))
                yield counted(_commit(store, earlier))
                done_bytes += earlier.size
            elif isinstance(read, Pending):
                flight = _InFlight(path, name, size, read, syncer.submit(store.sync, read))
            if isinstance(read, FileOutcome):
                yield counted(read)
                done_bytes += size
            if cancel is not None and cancel():
                summary.cancelled = True
                break
        if flight is not None and not summary.cancelled:
            earlier, flight = flight, None
            yield counted(_commit(store, earlier))
            done_bytes += earlier.size
    except Cancelled:
        summary.cancelled = True
    finally:
        if flight is not None:  # read whole but not reported: nothing of it is kept
            flight.synced.cancel()
            with contextlib.suppress(BaseException):
                flight.synced.result()
            store.discard(flight.pending)
        syncer.shutdown(wait=True, cancel_futures=True)
    yield ImportProgress(
        len(files) if not summary.cancelled else index, len(files), done_bytes, total, ""
    )
    if attach is not None and summary.media_ids:
        summary.record_revision = attach(summary.media_ids)
    yield summary


def _ignore(n: int) -> None:
    pass
