"""What goes into the next bundle: everything the custody log recorded since the last one.

The custody-log range ``(last exported seq, head]`` decides the contents: each
record revision an entry names, each media item ingested (its original bytes
and its description), each media item whose caption changed or that was
deleted (its description), and the entries themselves. Items are described
(size and SHA-256) in a first pass and written in a second, so memory stays
flat; the second pass checks every byte against the first. Media originals are
the exception: their files' SHA-256 was kept at ingest, so they are read once,
when they are written into the bundle.

Media originals travel sealed (bundle format 2): the vault's age file byte
for byte, its key wrapped to the organisation's ``recipient``
(:mod:`fieldreport.sync.sealed_media`); nothing is decrypted or encrypted
again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import VaultDamaged
from fieldreport.storage.database import transaction
from fieldreport.storage.revision_hash import revision_body
from fieldreport.storage.vault import Vault
from fieldreport.sync import bundle_format
from fieldreport.sync.bundle_format import LogRange, ManifestItem, log_item_id
from fieldreport.sync.sealed_media import (
    MAX_HEADER,
    SealError,
    header_end,
    payload_size,
    wrap_key,
)

RECORD_EVENTS = {"create", "edit", "delete"}
MEDIA_INFO_EVENTS = {"media_ingest", "media_caption", "media_delete"}
#: Entries that change nothing the organisation holds: they travel in the next bundle's
#: log but never make one, nor count as waiting to be sent ("purge": storage/purge.py).
BOOKKEEPING_EVENTS = {
    "bundle_export",
    "receipt",
    "purge",
    "checkpoint",  # the centre's checkpoint kept (sync/checkpoint_check.py)
    "log_alarm",
    "log_alarm_cleared",
}
CHUNK = 1024 * 1024
KEEP_ITEM = 64 * 1024  # an item this small keeps its bytes from the first pass ...
KEEP_BYTES = 4 * 1024 * 1024  # ... up to this much in all


@dataclass(frozen=True, slots=True)
class ItemSource:
    item: ManifestItem
    fill: Callable[[BinaryIO], object]
    verify_hash: bool = True  # hashed again as it is written (not sealed originals)


@dataclass(frozen=True)
class ExportPlan:
    log: LogRange
    sources: tuple[ItemSource, ...]

    @property
    def items(self) -> tuple[ManifestItem, ...]:
        return tuple(source.item for source in self.sources)


def plan_export(vault: Vault, after_seq: int, recipient: str) -> ExportPlan | None:
    """The items for a bundle of the log entries after ``after_seq``; None if nothing is new.

    ``recipient`` is the organisation's age recipient, to which each media
    original's key is wrapped.
    """
    db = vault.db
    head_seq, head_hash = vault.log.head()
    if head_seq <= after_seq:
        return None
    if head_seq - after_seq > bundle_format.MAX_LOG_ENTRIES:  # the rest: the next bundle
        head_seq = after_seq + bundle_format.MAX_LOG_ENTRIES
        head_hash = db.execute(
            "SELECT entry_hash FROM custody_log WHERE seq = ?", [head_seq]
        ).fetchone()[0]
    events = db.execute(
        "SELECT event, object FROM custody_log WHERE seq > ? AND seq <= ? ORDER BY seq",
        [after_seq, head_seq],
    ).fetchall()
    if all(event in BOOKKEEPING_EVENTS for event, _ in events):
        return None
    log_range = LogRange(after_seq + 1, head_seq, head_hash)
    kept = _Kept()
    log_id = log_item_id(log_range.from_seq, head_seq)
    sources = [_describe(log_id, _log_writer(vault, log_range), kept)]
    ingested: dict[str, None] = {}
    described: dict[str, None] = {}
    for event, obj in events:
        if event in RECORD_EVENTS and obj.startswith("record:"):
            record_id, _, revision = obj.removeprefix("record:").partition("#")
            sources.append(_describe(obj, _revision_writer(vault, record_id, int(revision)), kept))
        elif event in MEDIA_INFO_EVENTS and obj.startswith("media:"):
            media_id = obj.removeprefix("media:")
            described[media_id] = None
            if event == "media_ingest":
                ingested[media_id] = None
    sources += [_describe(f"media-info:{m}", _media_info_writer(vault, m), kept) for m in described]
    sources += _media_sources(vault, list(ingested), recipient)
    return ExportPlan(log_range, tuple(sources))


class _Kept:
    """How many more bytes of small items a plan may keep from its first pass."""

    __slots__ = ("left",)

    def __init__(self) -> None:
        self.left = KEEP_BYTES


# A plan holds one source per item (thousands of them): each keeps only its
# manifest entry and a partial of a module-level function, no closures, so the
# plan stays small (memory grows with the item count, not with the bytes). Small
# items (a record's revision, a media description) keep their bytes from the first
# pass, up to KEEP_BYTES in all: the second pass writes those without reading the
# vault or encoding them again; the others are produced again and checked.
def _describe(item_id: str, chunks: Callable[[], Iterator[bytes]], kept: _Kept) -> ItemSource:
    hasher = hashlib.sha256()
    size = 0
    parts: list[bytes] | None = []
    limit = min(KEEP_ITEM, kept.left)
    for chunk in chunks():
        hasher.update(chunk)
        size += len(chunk)
        if parts is not None and size <= limit:
            parts.append(chunk)
        else:
            parts = None  # too large to keep: produced again in the second pass
    item = ManifestItem.of(item_id, hasher.hexdigest(), size)
    if parts is None:
        return ItemSource(item, partial(_fill, chunks))
    kept.left -= size
    return ItemSource(item, partial(_write, b"".join(parts)), verify_hash=False)


def _write(data: bytes, out: BinaryIO) -> None:
    out.write(data)


def _fill(chunks: Callable[[], Iterator[bytes]], out: BinaryIO) -> None:
    for chunk in chunks():
        out.write(chunk)


def _log_writer(vault: Vault, log: LogRange) -> Callable[[], Iterator[bytes]]:
    """The entries as one RFC 8785 array, produced entry by entry."""
    return partial(_log_chunks, vault, log)


def _log_chunks(vault: Vault, log: LogRange) -> Iterator[bytes]:
    yield b"["
    for index, entry in enumerate(vault.log.entries(log.from_seq - 1)):
        if entry.seq > log.to_seq:
            break
        yield (b"," if index else b"") + canonical_json(entry.to_json())
    yield b"]"


def _revision_writer(vault: Vault, record_id: str, revision: int) -> Callable[[], Iterator[bytes]]:
    return partial(_revision_chunks, vault, record_id, revision)


def _revision_chunks(vault: Vault, record_id: str, revision: int) -> Iterator[bytes]:
    rows = vault.db.query(
        "SELECT * FROM revisions WHERE record_id = ? AND revision = ?", [record_id, revision]
    )
    row = next(iter(rows), None)
    if row is None:
        raise VaultDamaged(f"Record {record_id} revision {revision} is missing from the vault.")
    data = canonical_json(revision_body(row))
    if hashlib.sha256(data).hexdigest() != row["content_hash"]:
        raise VaultDamaged(
            f"Record {record_id} revision {revision} does not match its custody-log hash."
        )
    yield data


def _media_info_writer(vault: Vault, media_id: str) -> Callable[[], Iterator[bytes]]:
    return partial(_media_info_chunks, vault, media_id)


def _media_info_chunks(vault: Vault, media_id: str) -> Iterator[bytes]:
    info = vault.media.get(media_id).to_json()
    info.pop("records", None)  # links belong to record revisions, which travel themselves
    yield canonical_json(info)


def _media_sources(vault: Vault, media_ids: list[str], recipient: str) -> list[ItemSource]:
    """The sealed originals (those not shredded before export), described.

    Each file's SHA-256 was taken as the vault wrote it at ingest (``media.cipher_sha256``),
    so no byte is read here but each file's header: its length must be exactly what
    age makes of the stored size (a file cut short, grown or replaced by another
    original is refused now). A file replaced by one of the same length, or a byte
    changed inside it, is not seen here but by the centre, which hashes every byte
    against this manifest and checks that the item's key opens the header before it
    stores anything, and whose first opening of the item checks every age chunk and
    the plaintext's SHA-256 (docs/sync-formats.md, "A file changed in the vault").

    Rows stored before that column existed have it empty: their files are hashed once
    here (two threads: hashlib lets go of the GIL) and the hash is kept for next time.
    """
    found = []
    for media_id in media_ids:
        row = vault.db.execute(
            "SELECT sha256, size, file_name, identity, deleted, cipher_sha256 "
            "FROM media WHERE id = ?",
            [media_id],
        ).fetchone()
        if row is None:
            raise VaultDamaged(f"Media item {media_id} is missing from the vault.")
        if not row[4] and row[3]:  # shredded ones: only their description (with the hash)
            found.append((media_id, row))
    paths = [vault.media.folder / row[2] for _, row in found]
    unhashed = [i for i, (_, row) in enumerate(found) if not row[5]]
    digests: dict[int, str] = {i: str(row[5]) for i, (_, row) in enumerate(found) if row[5]}
    if unhashed:
        with ThreadPoolExecutor(2, thread_name_prefix="describe-media") as pool:
            hashed = list(pool.map(lambda i: _hash_file(paths[i], found[i][0]), unhashed))
        with transaction(vault.db):  # kept, so that the next export reads none of them
            vault.db.conn.executemany(
                "UPDATE media SET cipher_sha256 = ? WHERE id = ? AND cipher_sha256 IS NULL",
                [(digest, found[i][0]) for i, digest in zip(unhashed, hashed, strict=True)],
            )
        digests.update(zip(unhashed, hashed, strict=True))
    sources = []
    for index, ((media_id, row), path) in enumerate(zip(found, paths, strict=True)):
        sha256, size, identity = str(row[0]), int(row[1]), str(row[3])
        length = _checked_length(path, size, media_id)
        key = wrap_key(identity, recipient)
        item = ManifestItem.sealed(media_id, digests[index], length, sha256, size, key)
        # Written as stored, size-checked; not hashed again: the file is never changed
        # after its ingest, and the centre checks this hash (and age every byte) on arrival.
        sources.append(ItemSource(item, partial(_copy_file, path), verify_hash=False))
    return sources


def _damaged(media_id: str) -> VaultDamaged:
    return VaultDamaged(
        f"The encrypted file of media item {media_id} is damaged or missing; export stopped."
    )


def _checked_length(path: Path, plain_size: int, media_id: str) -> int:
    """The stored age file's length, checked: its header's and what age makes of the size.

    Reads the header only (at most :data:`MAX_HEADER` bytes); no key is used (the
    centre checks that the item's key opens it).
    """
    try:
        with path.open("rb", buffering=0) as handle:
            head = handle.read(MAX_HEADER)
            size = os.fstat(handle.fileno()).st_size
        length = header_end(head) + payload_size(plain_size)
    except (OSError, SealError) as exc:
        raise _damaged(media_id) from exc
    if size != length:
        raise _damaged(media_id)
    return length


def _hash_file(path: Path, media_id: str) -> str:
    """SHA-256 of a stored age file (rows older than ``media.cipher_sha256``)."""
    hasher = hashlib.sha256()
    try:
        with path.open("rb", buffering=0) as handle:
            while chunk := handle.read(CHUNK):
                hasher.update(chunk)
    except OSError as exc:
        raise _damaged(media_id) from exc
    return hasher.hexdigest()


def _copy_file(path: Path, out: BinaryIO) -> None:
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            out.write(chunk)
