"""Records and their revisions.

Every save is a new revision; old revisions stay readable; a delete is a
tombstone revision. Each change and its custody-log entry are committed in
one transaction.
"""

from __future__ import annotations

import builtins
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from fieldreport.errors import RecordDeleted, RecordNotFound, RecordPurged
from fieldreport.storage.clock import utc_now
from fieldreport.storage.custody_log import CustodyLog, revision_object
from fieldreport.storage.database import transaction
from fieldreport.storage.id_prefix import MIN_ID_PREFIX, escape_like
from fieldreport.storage.labels import derived_columns, pick
from fieldreport.storage.record_list import search_clause
from fieldreport.storage.revision_hash import revision_hash

#: vault_info key: canonical JSON {record id: when it was purged} (storage/purge.py)
PURGED_KEY = "purge.records"


@dataclass(frozen=True)
class Record:
    id: str
    kind: str
    revision: int
    status: str
    created_at: str
    updated_at: str
    deleted: bool
    data: dict

    def to_json(self) -> dict:
        """The record as JSON: envelope fields first, then the kind's own fields."""
        out: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "revision": self.revision,
            "status": self.status,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        if self.deleted:
            out["deleted"] = True
        out.update({k: v for k, v in self.data.items() if k != "status"})
        return out


@dataclass(frozen=True)
class RecordSummary:
    id: str
    kind: str
    revision: int
    status: str
    updated_at: str
    title: str
    event_date: str
    location_text: str
    synced: bool
    #: The bundle carrying the latest revision while its receipt is awaited (set by the core).
    on_its_way: int | None = None


@dataclass(frozen=True)
class RevisionInfo:
    revision: int
    saved_at: str
    status: str
    deleted: bool
    content_hash: str
    log_seq: int


class RecordStore:
    def __init__(self, db: sqlite_utils.Database, log: CustodyLog) -> None:
        self._db = db
        self._log = log

    # -- writing -----------------------------------------------------------
    def create(self, kind: str, data: dict) -> Record:
        record_id = str(uuid.uuid4())
        now = utc_now()
        with transaction(self._db):
            self._db.table("records").insert(
                {
                    "id": record_id,
                    "kind": kind,
                    "revision": 1,
                    "status": data.get("status", "draft"),
                    "created_at": now,
                    "updated_at": now,
                    "deleted": 0,
                    **self._derived(kind, data),
                }
            )
            self._write_revision(record_id, kind, 1, data, now, deleted=False, event="create")
        return self.get(record_id)

    def create_many(self, items: Sequence[tuple[str, dict]]) -> builtins.list[str]:
        """Create a record for each ``(kind, data)`` in one transaction; their ids in order.

        Each is stored and logged exactly as :meth:`create` would (same revision row,
        hash and custody-log entry); only the writes are batched (a benchmark's
        100,000 records, an import of many).
        """
        now = utc_now()
        records: builtins.list[dict[str, Any]] = []
        revisions: builtins.list[dict[str, Any]] = []
        links: builtins.list[dict[str, str]] = []
        for kind, data in items:
            record_id = str(uuid.uuid4())
            status = data.get("status", "draft")
            records.append(
                {
                    "id": record_id,
                    "kind": kind,
                    "revision": 1,
                    "status": status,
                    "created_at": now,
                    "updated_at": now,
                    "deleted": 0,
                    **self._derived(kind, data),
                }
            )
            row = {
                "record_id": record_id,
                "revision": 1,
                "kind": kind,
                "status": status,
                "deleted": 0,
                "saved_at": now,
                "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
            }
            row["content_hash"] = revision_hash(row)
            revisions.append(row)
            media = [m for m in data.get("media", []) if isinstance(m, str)]
            links.extend({"record_id": record_id, "media_id": m} for m in dict.fromkeys(media))
        with transaction(self._db):
            entries = self._log.append_many(
                ("create", revision_object(r["record_id"], 1), r["content_hash"]) for r in revisions
            )
            for row, entry in zip(revisions, entries, strict=True):
                row["log_seq"] = entry.seq
            self._db.table("records").insert_all(records, batch_size=1000)
            self._db.table("revisions").insert_all(revisions, batch_size=1000)
            self._db.table("media_links").insert_all(links, batch_size=1000)
        return [r["id"] for r in records]

    def update(self, record_id: str, data: dict) -> Record:
        current = self._current_row(record_id)
        self.refuse_purged(current["id"])
        if current["deleted"]:
            raise RecordDeleted(f"Record {record_id} was deleted; it cannot be edited.")
        return self._new_revision(current, data, deleted=False, event="edit")

    def delete(self, record_id: str) -> Record:
        current = self._current_row(record_id)
        self.refuse_purged(current["id"])
        if current["deleted"]:
            raise RecordDeleted(f"Record {record_id} is already deleted.")
        last = self.get(record_id)
        return self._new_revision(current, last.data, deleted=True, event="delete")

    def purged_at(self, record_id: str) -> str | None:
        """When the record was purged after its receipt (only a stub is left), or None."""
        row = self._db.execute(
            "SELECT json_extract(value, '$.' || json_quote(?)) FROM vault_info WHERE key = ?",
            [record_id, PURGED_KEY],
        ).fetchone()
        return None if row is None else row[0]

    def refuse_purged(self, record_id: str) -> None:
        at = self.purged_at(record_id)
        if at is not None:
            raise RecordPurged(
                f"Record {record_id} was removed from this laptop on {at[:10]} after the "
                "organisation confirmed it (only its stub is here); it cannot be changed. "
                "The organisation holds it."
            )

    def _new_revision(self, current: dict, data: dict, *, deleted: bool, event: str) -> Record:
        record_id, kind = current["id"], current["kind"]
        revision = current["revision"] + 1
        now = utc_now()
        with transaction(self._db):
            self._db.table("records").update(
                record_id,
                {
                    "revision": revision,
                    "status": data.get("status", "draft"),
                    "updated_at": now,
                    "deleted": int(deleted),
                    **self._derived(kind, data),
                },
            )
            self._write_revision(record_id, kind, revision, data, now, deleted=deleted, event=event)
        return self.get(record_id)

    def _write_revision(
        self,
        record_id: str,
        kind: str,
        revision: int,
        data: dict,
        now: str,
        *,
        deleted: bool,
        event: str,
    ) -> None:
        row = {
            "record_id": record_id,
            "revision": revision,
            "kind": kind,
            "status": data.get("status", "draft"),
            "deleted": int(deleted),
            "saved_at": now,
            "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
        }
        row["content_hash"] = revision_hash(row)
        entry = self._log.append(event, revision_object(record_id, revision), row["content_hash"])
        row["log_seq"] = entry.seq
        self._db.table("revisions").insert(row)
        self._db.execute("DELETE FROM media_links WHERE record_id = ?", [record_id])
        if not deleted:
            media = [m for m in data.get("media", []) if isinstance(m, str)]
            self._db.table("media_links").insert_all(
                [{"record_id": record_id, "media_id": m} for m in dict.fromkeys(media)]
            )

    @staticmethod
    def _derived(kind: str, data: dict) -> dict:
        return derived_columns(kind, data)

    # -- reading -----------------------------------------------------------
    def _current_row(self, record_id: str) -> dict:
        rows = list(self._db.query("SELECT * FROM records WHERE id = ?", [record_id]))
        if not rows and len(record_id) >= MIN_ID_PREFIX:
            # People type the first characters of an id; accept them when unambiguous.
            rows = list(
                self._db.query(
                    "SELECT * FROM records WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                    [escape_like(record_id.lower()) + "%"],
                )
            )
            if len(rows) > 1:
                raise RecordNotFound(
                    f"More than one record id starts with {record_id}; type more of the id."
                )
        if not rows and len(record_id) < MIN_ID_PREFIX:
            raise RecordNotFound(
                f"No record with id {record_id}: give the whole id, or at least its first "
                f"{MIN_ID_PREFIX} characters."
            )
        if not rows:
            raise RecordNotFound(f"No record with id {record_id}.")
        return rows[0]

    def get(self, record_id: str, revision: int | None = None) -> Record:
        current = self._current_row(record_id)
        record_id = current["id"]
        wanted = current["revision"] if revision is None else revision
        rows = list(
            self._db.query(
                "SELECT * FROM revisions WHERE record_id = ? AND revision = ?",
                [record_id, wanted],
            )
        )
        if not rows:
            raise RecordNotFound(
                f"Record {record_id} has no revision {wanted} "
                f"(it has revisions 1 to {current['revision']})."
            )
        row = rows[0]
        return Record(
            id=record_id,
            kind=row["kind"],
            revision=row["revision"],
            status=row["status"],
            created_at=current["created_at"],
            updated_at=row["saved_at"],
            deleted=bool(row["deleted"]),
            data=json.loads(row["data"]),
        )

    def history(self, record_id: str) -> list[RevisionInfo]:
        record_id = self._current_row(record_id)["id"]
        return [
            RevisionInfo(
                revision=row["revision"],
                saved_at=row["saved_at"],
                status=row["status"],
                deleted=bool(row["deleted"]),
                content_hash=row["content_hash"],
                log_seq=row["log_seq"],
            )
            for row in self._db.query(
                "SELECT revision, saved_at, status, deleted, content_hash, log_seq "
                "FROM revisions WHERE record_id = ? ORDER BY revision",
                [record_id],
            )
        ]

    def list(
        self,
        kind: str | None = None,
        search: str | None = None,
        *,
        include_deleted: bool = False,
        lang: str = "en",
        ids: Sequence[str] | None = None,
    ) -> list[RecordSummary]:
        """Records newest first (only ``ids``, if given); titles and places in ``lang``."""
        where: list[str] = []
        params: list[str] = []
        if not include_deleted:
            where.append("deleted = 0")
        if ids is not None:
            where.append(f"id IN ({', '.join('?' * len(ids))})")
            params.extend(ids)
        if kind:
            where.append("kind = ?")
            params.append(kind)
        if search and search.split():
            clause, words = search_clause(search)
            where.append(clause)
            params.extend(words)
        sql = (
            "SELECT id, kind, revision, status, updated_at, title, event_date, location_text, "
            "synced_revision, titles, places FROM records"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY updated_at DESC"
        return [
            RecordSummary(
                id=row[0],
                kind=row[1],
                revision=row[2],
                status=row[3],
                updated_at=row[4],
                title=pick(row[9], lang, row[5] or ""),
                event_date=row[6] or "",
                location_text=pick(row[10], lang, row[7] or ""),
                synced=row[8] >= row[2],
            )
            for row in self._db.execute(sql, params)
        ]

    def linked_from(self, record_id: str) -> builtins.list[str]:
        """Ids of the records (not deleted) whose latest revision links to ``record_id``."""
        record_id = self._current_row(record_id)["id"]
        return [
            row[0]
            for row in self._db.execute(
                "SELECT r.id FROM records r "
                "JOIN revisions v ON v.record_id = r.id AND v.revision = r.revision "
                "WHERE r.deleted = 0 AND r.id != ? AND instr(v.data, ?) > 0 "
                "AND EXISTS (SELECT 1 FROM json_each(v.data, '$.links') WHERE value = ?) "
                "ORDER BY r.updated_at DESC",
                [record_id, record_id, record_id],
            )
        ]

    def count(self, kind: str | None = None) -> int:
        if kind:
            return self._db.execute(
                "SELECT count(*) FROM records WHERE deleted = 0 AND kind = ?", [kind]
            ).fetchone()[0]
        return self._db.execute("SELECT count(*) FROM records WHERE deleted = 0").fetchone()[0]
