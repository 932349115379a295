"""Bringing files into the vault: one file, or whole folders (a phone's DCIM), with progress.

:func:`import_files` is a generator: it yields :class:`ImportProgress` while
it reads, a :class:`FileOutcome` per file, and one :class:`ImportSummary` at
the end. A bad file is refused with a reason and the batch goes on; a cancel
stops at once and leaves no half-stored item. Nothing here imports Qt.

Photos are pipelined: a photo's metadata and thumbnail are made (and the
photo fully decoded, which is what finds damage) on a worker thread while the
next photos are read, hashed and encrypted; items are still committed, and
events yielded, one file at a time in input order.
"""

from __future__ import annotations

import os
import stat
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from fieldreport.domain import photos
from fieldreport.domain.media_types import GENERIC, SNIFF_BYTES, MediaType, sniff
from fieldreport.errors import InvalidInput, MediaRejected
from fieldreport.storage.media_store import Extras, MediaItem, MediaStore, Pending
from fieldreport.storage.streams import Cancelled

#: Photos up to this size are kept in memory once, for metadata and thumbnails.
PHOTO_IN_MEMORY_LIMIT = 96 * 1024 * 1024
#: Photos up to this size are pipelined (the next one read while one is decoded);
#: larger ones go one at a time, so memory never holds more than before.
PIPELINE_LIMIT = 32 * 1024 * 1024
READ_AHEAD = 2  # photos read ahead of the one being finished (3 in memory at most)
DERIVE_WORKERS = 2  # threads making metadata and thumbnails
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


@dataclass
class _Started:
    """A file whose original is read (or that is already decided), waiting to be finished."""

    outcome: FileOutcome | None = None  # decided already: refused, duplicate, stored
    pending: Pending | None = None  # encrypted to its .part, not committed yet
    extras: Future[Extras] | None = None  # its metadata and thumbnail, being derived
    error: Exception | None = None  # reading it ahead failed: raised in its turn, as before


def _start(
    store: MediaStore,
    path: Path,
    name: str,
    media_type: MediaType | BaseException,
    workers: ThreadPoolExecutor,
    *,
    cancel: Callable[[], bool] | None,
    progress: Callable[[int], None],
) -> _Started:
    """Read, hash and encrypt one file; a photo's metadata and thumbnail go to ``workers``.

    Raises :class:`Cancelled` (nothing is left behind then).
    """
    try:
        if isinstance(media_type, BaseException):
            raise media_type
        photo = media_type.kind == "photo"
        with path.open("rb") as source:
            if not photo:
                stored = store.store(source, name, media_type, cancel=cancel, progress=progress)
                return _Started(FileOutcome(path, name, stored.item, stored.duplicate))
            pending = store.encrypt(
                source,
                name,
                media_type,
                keep_up_to=PHOTO_IN_MEMORY_LIMIT,
                cancel=cancel,
                progress=progress,
            )
    except MediaRejected as exc:
        return _Started(FileOutcome(path, name, refused=str(exc)))
    except (PermissionError, IsADirectoryError, FileNotFoundError) as exc:
        reason = f"It could not be read ({exc.strerror or 'no access'})."
        return _Started(FileOutcome(path, name, refused=reason))
    if pending.duplicate_of is not None or pending.kept is None:
        stored = store.commit(pending, Extras(metadata={}))
        return _Started(FileOutcome(path, name, stored.item, stored.duplicate))
    try:
        # Looked up now, not bound at import time: the benchmark times it by wrapping it.
        extras = workers.submit(_derive, pending.kept)
    except BaseException:
        store.discard(pending)
        raise
    return _Started(pending=replace(pending, kept=None), extras=extras)


def _finish(store: MediaStore, path: Path, name: str, started: _Started) -> FileOutcome:
    """Wait for a photo's metadata and thumbnail, then commit it (or refuse it)."""
    if started.error is not None:
        raise started.error
    if started.outcome is not None:
        return started.outcome
    assert started.pending is not None and started.extras is not None
    try:
        extras = started.extras.result()
    except MediaRejected as exc:
        store.discard(started.pending)
        return FileOutcome(path, name, refused=str(exc))
    except BaseException:
        store.discard(started.pending)
        raise
    stored = store.commit(started.pending, extras)
    return FileOutcome(path, name, stored.item, stored.duplicate)


def _drop(store: MediaStore, started: _Started) -> None:
    """Leave nothing of a file started ahead that will not be finished (a cancel)."""
    if started.extras is not None:
        started.extras.cancel()
    if started.pending is not None:
        store.discard(started.pending)


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

    Photos are pipelined: while one photo's metadata and thumbnail are made
    on a worker thread (the decoder lets go of the GIL), the next photo is
    read, hashed and encrypted to its ``.part`` file; items are still
    committed, and events yielded, one file at a time in input order. At most
    :data:`READ_AHEAD` photos are read ahead of the one being finished, each
    at most :data:`PIPELINE_LIMIT` bytes, so memory stays bounded. A photo
    read ahead is not in the vault until its turn comes: a cancel or a
    refusal removes its ``.part`` file, a crash leaves it to the next sweep.
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
    ahead: deque[_Started] = deque()  # started files, for indices index, index + 1, …
    types: dict[int, MediaType | BaseException] = {}  # files sniffed ahead of their turn
    workers = ThreadPoolExecutor(max_workers=DERIVE_WORKERS, thread_name_prefix="fr-derive")
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

    def pipelined(i: int) -> bool:
        return sizes[i] <= PIPELINE_LIMIT

    def start_ahead(current: int) -> bool:
        """Start the next file if it is a photo worth reading ahead; False when cancelled."""
        j = current + len(ahead)
        if j >= len(files) or not pipelined(j):
            return True
        if j not in types:
            types[j] = _sniff(files[j][0], allow_other)
        media_type = types[j]
        if isinstance(media_type, BaseException) or media_type.kind != "photo":
            return True
        try:
            # No progress reports from here: the caller still sees the earlier file.
            started = _start(
                store, *files[j], types.pop(j), workers, cancel=cancel, progress=_ignore
            )
        except Cancelled:
            return False
        except Exception as exc:  # e.g. a full disk or a read error on the card:
            started = _Started(error=exc)  # the earlier files are finished first
        ahead.append(started)
        return True

    try:
        for index, ((path, name), size) in enumerate(zip(files, sizes, strict=True)):
            yield ImportProgress(index, len(files), done_bytes, total, name)
            if not ahead:
                media_type = types.pop(index) if index in types else _sniff(path, allow_other)
                try:
                    ahead.append(
                        _start(
                            store,
                            path,
                            name,
                            media_type,
                            workers,
                            cancel=cancel,
                            progress=on_bytes_for(index, name, done_bytes),
                        )
                    )
                except Cancelled:
                    summary.cancelled = True
                    break
            stopped = False
            while (
                ahead[0].extras is not None
                and ahead[-1].error is None
                and pipelined(index)
                and len(ahead) <= READ_AHEAD
                and index + len(ahead) < len(files)
            ):
                before = len(ahead)
                if not start_ahead(index):
                    stopped = True
                    break
                if len(ahead) == before:
                    break  # the next file is not a photo: it is done in its turn
            outcome = _finish(store, path, name, ahead.popleft())
            if outcome.refused is not None:
                summary.refused.append((name, outcome.refused))
            elif outcome.item is not None:
                (summary.duplicates if outcome.duplicate else summary.stored).append(outcome.item)
            yield outcome
            done_bytes += size
            if stopped or (cancel is not None and cancel()):
                summary.cancelled = True
                break
    finally:
        while ahead:
            _drop(store, ahead.popleft())
        workers.shutdown(wait=True, cancel_futures=True)
    yield ImportProgress(
        len(files) if not summary.cancelled else index, len(files), done_bytes, total, ""
    )
    if attach is not None and summary.media_ids:
        summary.record_revision = attach(summary.media_ids)
    yield summary


def _ignore(n: int) -> None:
    pass
