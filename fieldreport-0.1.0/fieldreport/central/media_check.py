"""The centre opens each received original once and checks its plaintext's SHA-256.

A sealed original (bundle format 2) is stored at the centre as the device
sent it: at import the centre checks its ciphertext's hash and that its key
opens its age header, but not the payload, so that an import costs one pass
over the bytes. This background check decrypts each stored original once,
authenticating every age chunk, and compares the plaintext's SHA-256 with
the hash the device signed at capture (the ``media_ingest`` entry's content
hash, kept as ``media.sha256``).

Each result goes into the centre's own custody log, signed by the
organisation: ``media_verified`` (content hash = the plaintext's SHA-256) or
``media_mismatch`` (content hash = what the bytes hash to: the plaintext's
SHA-256, or, when the payload does not decrypt, the stored file's). A
mismatch also raises an alarm (code ``media_mismatch``) on every device that
sent a media item held in that file, naming the item, so it shows with the
device and the record. An original with either entry is not checked again.

``central verify --media`` runs it; the sync server runs it on a worker
thread after each import that brought media.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from fieldreport.central import devices
from fieldreport.central.store import CentralStore
from fieldreport.crypto import age_stream
from fieldreport.storage.files import sha256_file
from fieldreport.storage.streams import RecordingWriter

log = logging.getLogger(__name__)
VERIFIED = "media_verified"
MISMATCH = "media_mismatch"
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class MediaCheck:
    blob_id: str  # the stored file's row (media.id)
    ok: bool
    expected: str  # the SHA-256 the device signed at capture
    found: str  # what the plaintext hashes to; "" when the payload does not decrypt
    items: tuple[str, ...]  # the media items (media_items.id) held in it

    def line(self) -> str:
        if self.ok:
            return (
                f"ok      media {self.blob_id}: plaintext SHA-256 {self.expected[:16]}… as signed"
            )
        what = (
            f"the plaintext's SHA-256 is {self.found[:16]}…"
            if self.found
            else "its encryption does not check out (altered or damaged)"
        )
        return (
            f"ALARM   media {self.blob_id} ({', '.join(self.items) or 'no item'}): {what}, "
            f"not the {self.expected[:16]}… the device signed"
        )

    def to_json(self) -> dict[str, object]:
        return {
            "media": self.blob_id,
            "ok": self.ok,
            "expected": self.expected,
            "found": self.found,
            "items": list(self.items),
        }


def unchecked(store: CentralStore) -> list[str]:
    """The stored originals not yet opened and checked, oldest first."""
    # NOT IN a subquery: SQLite reads the log once into a temporary index (the log has
    # no index on its objects), instead of once per stored original.
    rows = store.db.execute(
        "SELECT m.id FROM media m WHERE m.deleted = 0 AND m.identity IS NOT NULL "
        "AND 'media:' || m.id NOT IN (SELECT object FROM custody_log "
        f"WHERE event IN ('{VERIFIED}', '{MISMATCH}')) ORDER BY m.imported_at, m.id"
    ).fetchall()
    return [row[0] for row in rows]


def check_all(store: CentralStore, stop: Callable[[], bool] | None = None) -> Iterator[MediaCheck]:
    """Check every original not checked yet, one at a time (each result recorded as it comes)."""
    since = store.log.head()[0]
    for blob_id in unchecked(store):
        if stop is not None and stop():
            return
        result = check_one(store, blob_id, since)
        if result is not None:
            yield result


def check_one(store: CentralStore, blob_id: str, since: int = 0) -> MediaCheck | None:
    """Decrypt one original, compare, record; None if it went away or was checked meanwhile.

    ``since``: a custody-log entry up to which it is known unchecked; only the entries
    after it are searched for another program's check of it.
    """
    row = store.db.execute(
        "SELECT sha256, file_name, identity FROM media WHERE id = ? AND deleted = 0", [blob_id]
    ).fetchone()
    if row is None or not row[2]:
        return None
    expected, file_name, identity = row
    path = store.media.folder / file_name
    found = plaintext_sha256(path, identity)
    items = tuple(
        r[0]
        for r in store.db.execute(
            "SELECT id FROM media_items WHERE blob_id = ? ORDER BY id", [blob_id]
        )
    )
    result = MediaCheck(blob_id, found == expected, expected, found or "", items)
    with store.writing():
        if _checked_since(store, blob_id, since):
            return None  # another program checked it meanwhile
        with store.transaction():
            if result.ok:
                store.log.append(VERIFIED, f"media:{blob_id}", expected)
            else:
                store.log.append(MISMATCH, f"media:{blob_id}", found or _file_hash(path))
                _alarm(store, result)
    return result


def set_aside(store: CentralStore, blob_id: str, expected: str) -> None:
    """A stored original found not to be what its device signed, when the real one arrives.

    A sealed original is checked only after its import, so a device knowing an
    original's hash (and size) could send it first over other bytes; the next
    device's real original of that hash would then be dropped for that file. The
    real one is checked at once (``sealed_receive``); when the stored one is not
    genuine, this records the mismatch, raises the alarm on the devices that sent
    it, and takes its row out of the live originals, inside the caller's
    transaction, so the real original is stored in its place.
    """
    row = store.db.execute(
        "SELECT file_name, identity FROM media WHERE id = ?", [blob_id]
    ).fetchone()
    path = store.media.folder / row[0]
    found = plaintext_sha256(path, row[1])
    items = tuple(
        r[0]
        for r in store.db.execute(
            "SELECT id FROM media_items WHERE blob_id = ? ORDER BY id", [blob_id]
        )
    )
    result = MediaCheck(blob_id, False, expected, found or "", items)
    with store.transaction():
        if not _checked_since(store, blob_id, 0):
            store.log.append(MISMATCH, f"media:{blob_id}", found or _file_hash(path))
        _alarm(store, result)
        store.db.execute("UPDATE media SET deleted = 1 WHERE id = ?", [blob_id])


def genuine(store: CentralStore, blob_id: str, expected: str) -> bool:
    """Whether a stored original's plaintext is ``expected``: its check's entry, else opened now."""
    event = store.db.execute(
        "SELECT event FROM custody_log WHERE object = ? AND event IN (?, ?) ORDER BY seq LIMIT 1",
        [f"media:{blob_id}", VERIFIED, MISMATCH],
    ).fetchone()
    if event is not None:
        return bool(event[0] == VERIFIED)
    row = store.db.execute(
        "SELECT file_name, identity FROM media WHERE id = ?", [blob_id]
    ).fetchone()
    return plaintext_sha256(store.media.folder / row[0], row[1]) == expected


def stands_for(store: CentralStore, blob_id: str, expected: str) -> bool:
    """Whether the stored original may stand for a real one of ``expected`` that arrived.

    If it is not genuine it is set aside (:func:`set_aside`), and False tells the
    caller to store the real one.
    """
    if genuine(store, blob_id, expected):
        return True
    set_aside(store, blob_id, expected)
    return False


def _checked_since(store: CentralStore, blob_id: str, since: int) -> bool:
    found = store.db.execute(
        "SELECT 1 FROM custody_log WHERE seq > ? AND object = ? AND event IN (?, ?) LIMIT 1",
        [since, f"media:{blob_id}", VERIFIED, MISMATCH],
    ).fetchone()
    return found is not None


def plaintext_sha256(path: Path, identity: str) -> str | None:
    """SHA-256 of the decrypted file; None if it does not decrypt (every chunk authenticated)."""
    hasher = hashlib.sha256()
    writer = RecordingWriter(_Discard(), hasher)  # type: ignore[arg-type]
    try:
        with path.open("rb", buffering=CHUNK) as source:
            age_stream.decrypt_stream(source, writer, identity)
    except FileNotFoundError:
        return None
    except (age_stream.DecryptError, OSError):
        return None  # pyrage reports a failed chunk as a bare OSError
    return hasher.hexdigest()


def _file_hash(path: Path) -> str:
    try:
        return sha256_file(path)
    except OSError:
        return "0" * 64  # the file is gone: nothing to hash


def _alarm(store: CentralStore, result: MediaCheck) -> None:
    what = (
        f"its plaintext's SHA-256 is {result.found}"
        if result.found
        else "its encryption does not check out (it was altered or damaged)"
    )
    rows = store.db.execute(
        "SELECT id, device_id, bundle_hash FROM media_items WHERE blob_id = ?", [result.blob_id]
    ).fetchall()
    for item_id, device_id, bundle_hash in rows:
        devices.raise_alarm(
            store,
            device_id,
            MISMATCH,
            f"ALARM: media item {item_id} sent by device {device_id} does not match the hash "
            f"the device signed when it took it in ({result.expected}): {what}.",
            f"media:{item_id}",
            bundle_hash,
        )
        log.warning("media item %s does not match its signed hash", item_id)


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        pass
