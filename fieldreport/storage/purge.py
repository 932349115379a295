"""Purge after receipt: remove from this laptop what the organisation confirmed it holds.

Only records whose latest revision a signed receipt covers, and media items
whose import a receipt covers, are ever purged; a record with an unsaved form
kept for it, and media still attached to a record that stays, are left alone.

What a purge leaves is a stub: the record's id, kind, dates and, in every
revision row, the content hash the custody log recorded — so ``log verify``
still passes (it checks the hash chain and that each stub's hash is the one
logged) and the monitor can still say what was sent. The revisions' content,
titles, places and search text are removed from the database (``secure_delete``
overwrites the freed pages; the write-ahead log is checkpointed and truncated);
a media item's key and file are destroyed (crypto-shredding), its hash kept.
Which records and media were purged, and when, is kept in ``vault_info``
(``purge.records``, ``purge.media``: canonical JSON ``{id: purged_at}``) and
written to the custody log, one signed ``purge`` entry per record and media
item, in the same transaction (the organisation sees them in the next bundle's
log; they do not make a bundle by themselves).
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from fieldreport.crypto.canonical import canonical_json
from fieldreport.storage.clock import utc_now
from fieldreport.storage.database import transaction
from fieldreport.storage.labels import title_keys
from fieldreport.storage.records import PURGED_KEY
from fieldreport.storage.vault import Vault

RECORDS_KEY = PURGED_KEY
#: The custody log's entry for each record and media item purged (object ``record:ID``
#: with its last revision's hash, or ``media:ID`` with the file's SHA-256).
PURGE_EVENT = "purge"
MEDIA_KEY = "purge.media"
#: What the lists show instead of a purged record's title.
STUB_TITLES = {
    "en": "Held by the organisation",
    "ru": "Хранится у организации",
    "ky": "Уюмда сакталат",
    "tg": "Дар ташкилот нигоҳ дошта мешавад",
}


@dataclass(frozen=True)
class PurgePlan:
    records: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.records and not self.media


def purged(db: sqlite_utils.Database, key: str = RECORDS_KEY) -> dict[str, str]:
    row = db.execute("SELECT value FROM vault_info WHERE key = ?", [key]).fetchone()
    return {} if row is None else dict(json.loads(row[0]))


def _receipts(vault: Vault) -> list[tuple[int, int, str]]:
    row = vault.db.execute("SELECT value FROM vault_info WHERE key = 'sync.receipts'").fetchone()
    known = [] if row is None else json.loads(row[0])
    return [(r["log_from"], r["log_to"], r.get("received_at") or r["imported_at"]) for r in known]


def _confirmed_at(receipts: list[tuple[int, int, str]], seq: int) -> str | None:
    return next((at for low, high, at in receipts if low <= seq <= high), None)


def log_alarm_stands(vault: Vault) -> bool:
    """The organisation's log no longer holds what it receipted (sync/checkpoint_check.py)."""
    row = vault.db.execute("SELECT 1 FROM vault_info WHERE key = 'sync.log_alarm'").fetchone()
    return row is not None


def plan(vault: Vault, older_than_days: int | None = None) -> PurgePlan:
    """What a purge would remove now: receipted, and confirmed at least that many days ago.

    Nothing while the log alarm stands: the receipts came from a centre whose log no
    longer holds what it acknowledged, so none of them is trusted to let anything go.
    """
    if log_alarm_stands(vault):
        return PurgePlan([], [])
    db = vault.db
    receipts = _receipts(vault)
    cutoff = None
    if older_than_days is not None:
        cutoff = datetime.now(UTC) - timedelta(days=older_than_days)
    done = purged(db)
    kept_forms = {r[0] for r in db.execute("SELECT record_id FROM autosave") if r[0]}

    def old_enough(seq: int | None) -> bool:
        at = _confirmed_at(receipts, seq or 0)
        if at is None:
            return False
        return cutoff is None or datetime.fromisoformat(at.replace("Z", "+00:00")) <= cutoff

    ingests = {
        obj.removeprefix("media:"): seq
        for seq, obj in db.execute(
            "SELECT seq, object FROM custody_log WHERE event = 'media_ingest'"
        )
    }
    live_media = [mid for (mid,) in db.execute("SELECT id FROM media WHERE deleted = 0")]
    confirmed_media = {mid for mid in live_media if old_enough(ingests.get(mid))}
    attached: dict[str, set[str]] = {}  # record -> its live media
    holders: dict[str, set[str]] = {}  # media -> the records holding it
    for record_id, media_id in db.execute("SELECT record_id, media_id FROM media_links"):
        attached.setdefault(record_id, set()).add(media_id)
        holders.setdefault(media_id, set()).add(record_id)
    live = set(live_media)
    records = [
        rid
        for rid, seq in db.execute(
            "SELECT r.id, v.log_seq FROM records r JOIN revisions v "
            "ON v.record_id = r.id AND v.revision = r.revision "
            "WHERE r.synced_revision >= r.revision ORDER BY r.id"
        )
        if rid not in done
        and rid not in kept_forms
        and old_enough(seq)
        # a photo it holds that is not confirmed (and going with it) keeps it here
        and (attached.get(rid, set()) & live) <= confirmed_media
    ]
    going = set(records) | set(done)
    media = sorted(mid for mid in confirmed_media if holders.get(mid, set()) <= going)
    return PurgePlan(records, media)


def apply(vault: Vault, todo: PurgePlan, media_folder: Path) -> PurgePlan:
    """Remove what ``todo`` names (in one transaction), then destroy the media files."""
    if todo.empty:
        return todo
    db = vault.db
    now = utc_now()
    files: list[str] = []
    with transaction(db):
        for record_id in todo.records:
            latest = db.execute(
                "SELECT content_hash FROM revisions WHERE record_id = ? "
                "ORDER BY revision DESC LIMIT 1",
                [record_id],
            ).fetchone()
            # What went, and when: the record and the hash of its last revision.
            vault.log.append(PURGE_EVENT, f"record:{record_id}", latest[0] if latest else "0" * 64)
            db.execute("UPDATE revisions SET data = '{}' WHERE record_id = ?", [record_id])
            stub = json.dumps(STUB_TITLES, ensure_ascii=False)
            db.execute(
                "UPDATE records SET title = ?, titles = ?, places = NULL, location_text = '', "
                "search_text = '' WHERE id = ?",
                [STUB_TITLES["en"], stub, record_id],
            )
            # The folded titles the list orders by go too.
            db.table("records").update(record_id, title_keys(stub, STUB_TITLES["en"]))
        for media_id in todo.media:
            row = db.execute(
                "SELECT file_name, sha256 FROM media WHERE id = ?", [media_id]
            ).fetchone()
            if row and row[0]:
                files.append(row[0])
            vault.log.append(PURGE_EVENT, f"media:{media_id}", row[1] if row else "0" * 64)
            db.execute(
                "UPDATE media SET deleted = 1, identity = NULL, thumbnail = NULL, preview = NULL, "
                "caption = '', original_name = '', metadata = '{}', search_text = '' WHERE id = ?",
                [media_id],
            )
            db.execute("DELETE FROM media_links WHERE media_id = ?", [media_id])
        for key, ids in ((RECORDS_KEY, todo.records), (MEDIA_KEY, todo.media)):
            if ids:
                merged = {**purged(db, key), **dict.fromkeys(ids, now)}
                db.execute(
                    "INSERT OR REPLACE INTO vault_info (key, value) VALUES (?, ?)",
                    [key, canonical_json(merged).decode()],
                )
    for name in files:
        with contextlib.suppress(FileNotFoundError):
            (media_folder / name).unlink()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return todo
