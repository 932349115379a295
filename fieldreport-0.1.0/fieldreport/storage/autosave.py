"""Unsaved form content, kept encrypted in the vault until it is saved or discarded.

This is not a record revision and is not in the custody log: it is what a
person was typing when the vault locked or the app stopped, offered back to
them after unlocking so nothing is lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from fieldreport.storage.clock import utc_now
from fieldreport.storage.database import transaction


@dataclass(frozen=True)
class AutosavedForm:
    key: str
    kind: str
    record_id: str | None
    base_revision: int | None
    data: dict
    saved_at: str


class AutosaveStore:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def put(
        self,
        key: str,
        kind: str,
        data: dict,
        record_id: str | None = None,
        base_revision: int | None = None,
    ) -> None:
        with transaction(self._db):
            self._db.table("autosave").upsert(
                {
                    "key": key,
                    "kind": kind,
                    "record_id": record_id,
                    "base_revision": base_revision,
                    "data": json.dumps(data, ensure_ascii=False),
                    "saved_at": utc_now(),
                },
                pk="key",
            )

    def all(self) -> list[AutosavedForm]:
        return [
            AutosavedForm(
                key=row["key"],
                kind=row["kind"],
                record_id=row["record_id"],
                base_revision=row["base_revision"],
                data=json.loads(row["data"]),
                saved_at=row["saved_at"],
            )
            for row in self._db.query("SELECT * FROM autosave ORDER BY saved_at")
        ]

    def discard(self, key: str) -> None:
        with transaction(self._db):
            self._db.execute("DELETE FROM autosave WHERE key = ?", [key])
