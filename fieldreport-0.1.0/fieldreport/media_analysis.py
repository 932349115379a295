"""Analysing photos after they are safe: decode (which finds damage), thumbnail, EXIF.

An import stores every original first (read, hash, encrypt, fsync, custody
log) and queues its photos (``storage/analysis_queue.py``). :func:`analyse`
works through that queue: each photo's original is decrypted into memory (it
never reaches the disk in the clear) and decoded on a worker thread, while
the next one is decrypted; what it finds is written to the photo's row as
each is ready (they are started oldest first). A damaged photo is flagged, with the reason,
and kept: it is evidence either way. Nothing here imports Qt.

A cancel stops between photos; what is left stays queued for the next run
(the window starts one after unlocking and after each import; the command
line finishes the queue before ``attach`` returns).
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from fieldreport.domain import photos
from fieldreport.errors import VaultDamaged
from fieldreport.storage.analysis_queue import MAX_ATTEMPTS, AnalysisQueue, Queued
from fieldreport.storage.media_store import Extras, MediaStore

#: Photos up to this size are decoded (in memory); larger ones keep no thumbnail.
PHOTO_IN_MEMORY_LIMIT = 96 * 1024 * 1024
WORKERS = 2  # threads decrypting and decoding; the decoder lets go of the GIL
BOMB = (
    "The image claims far more pixels than any camera makes (a possible decompression "
    "bomb); it was not decoded."
)
UNREADABLE = (
    "Its encrypted file in the vault is damaged or missing, so it could not be analysed; "
    "check the vault (fieldreport-cli verify-log) and a backup."
)


@dataclass(frozen=True)
class AnalysisProgress:
    done: int
    total: int
    current: str  # the original name of the photo just analysed ("" at the start)


@dataclass(frozen=True)
class Analysed:
    media_id: str
    name: str
    damage: str | None  # why the photo is flagged as damaged; None when it is fine
    thumbnail: bool


def derive(data: bytes) -> Extras:
    """Metadata and thumbnail of a photo's bytes; raises :class:`photos.PhotoRejected`."""
    image = photos.open_image(data, for_size=photos.THUMBNAIL_SIZE)
    return Extras(metadata=photos.describe(image), thumbnail=photos.thumbnail(image))


def examine(store: MediaStore, item: Queued) -> tuple[Extras, str | None]:
    """Decrypt and decode one queued photo (no database: runs on a worker thread)."""
    if item.size > PHOTO_IN_MEMORY_LIMIT:
        return Extras(metadata={}), None  # too large to hold in memory: kept, no thumbnail
    buffer = io.BytesIO()
    try:
        store.decrypt(item.row(), buffer)
    except VaultDamaged:
        return Extras(metadata={}), UNREADABLE
    data = buffer.getvalue()
    try:
        return derive(data), None
    except photos.PhotoRejected as exc:
        reason = BOMB if "decompression bomb" in str(exc) else str(exc)
        return Extras(metadata=photos.header_metadata(data)), reason


def analyse(
    store: MediaStore,
    queue: AnalysisQueue,
    *,
    cancel: Callable[[], bool] | None = None,
) -> Iterator[AnalysisProgress | Analysed]:
    """Analyse queued photos until none is left (or ``cancel()``); yields as it goes.

    Photos queued meanwhile (by an import on another connection) are taken
    too. At most :data:`WORKERS` photos are in memory at once.
    """
    done = 0
    yield AnalysisProgress(done, queue.count(), "")
    workers = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="fr-analyse")
    flight: dict[Future[tuple[Extras, str | None]], Queued] = {}
    try:
        while not (cancel is not None and cancel()):
            given_up = _fill(store, queue, workers, flight)
            for item, why in given_up:
                done += 1
                yield Analysed(item.id, item.original_name, why, False)
            if not flight:
                if given_up:
                    continue
                break
            # The first one ready, not the oldest: one photo that never finishes
            # decoding must not hold back the others (nor their attempts count).
            ready, _ = wait(flight, return_when=FIRST_COMPLETED)
            examined = next(iter(ready))
            item = flight.pop(examined)
            extras, damage = examined.result()
            queue.finish(item, extras, damage)
            done += 1
            yield Analysed(item.id, item.original_name, damage, extras.thumbnail is not None)
            yield AnalysisProgress(done, done + queue.count(), item.original_name)
    finally:
        for examined in flight:
            examined.cancel()
        workers.shutdown(wait=True, cancel_futures=True)
        # Stopped on purpose (a cancel, a lock, an import pausing us, an error): those in
        # flight did not kill the process, so their attempts do not count against them.
        # They stay queued and are analysed (and reported) by the next run.
        with contextlib.suppress(Exception):  # e.g. the error that stopped us was the database
            queue.unclaim(list(flight.values()))


def _fill(
    store: MediaStore,
    queue: AnalysisQueue,
    workers: ThreadPoolExecutor,
    flight: dict[Future[tuple[Extras, str | None]], Queued],
) -> list[tuple[Queued, str]]:
    """Start photos until :data:`WORKERS` are in flight; returns those given up on, and why."""
    wanted = WORKERS - len(flight)
    if wanted <= 0:
        return []
    items = queue.next(wanted, skip={item.id for item in flight.values()})
    given_up = [(item, queue.give_up(item)) for item in items if item.attempts >= MAX_ATTEMPTS]
    fresh = [item for item in items if item.attempts < MAX_ATTEMPTS]
    queue.claim(fresh)  # counted before decoding: a decoder that kills us is not retried for ever
    for item in fresh:
        flight[workers.submit(examine, store, item)] = item
    return given_up


def analyse_one(store: MediaStore, queue: AnalysisQueue, media_id: str) -> Analysed | None:
    """Analyse one photo now, on this thread, if it is still waiting; None if it is not."""
    item = queue.get(media_id)
    if item is None:
        return None
    if item.attempts >= MAX_ATTEMPTS:
        return Analysed(item.id, item.original_name, queue.give_up(item), False)
    queue.claim([item])
    extras, damage = examine(store, item)
    queue.finish(item, extras, damage)
    return Analysed(item.id, item.original_name, damage, extras.thumbnail is not None)


def run_to_end(
    store: MediaStore, queue: AnalysisQueue, *, cancel: Callable[[], bool] | None = None
) -> list[Analysed]:
    """:func:`analyse` without progress: what was analysed, in order."""
    return [e for e in analyse(store, queue, cancel=cancel) if isinstance(e, Analysed)]
