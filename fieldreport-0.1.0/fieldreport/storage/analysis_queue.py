"""Photos stored but not analysed yet: the queue, kept in the encrypted database.

A photo is stored first (its original encrypted, fsynced and logged) with
``analysis = 'pending'`` on its row; decoding it, its thumbnail and its EXIF
come after (``fieldreport.media_analysis``). Being rows of the vault, the queue
survives a crash, a kill or a lock: what was not analysed is found again at
the next unlock. Each analysis started is counted first (``analysis_attempts``),
so a photo whose decoding kills the process is not tried for ever: after
:data:`MAX_ATTEMPTS` it is flagged as damaged instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from fieldreport.storage.database import transaction
from fieldreport.storage.media_store import Extras, search_text

PENDING, DONE, DAMAGED = "pending", "done", "damaged"
#: Analyses started for one photo before it is flagged instead (each one ended the process).
MAX_ATTEMPTS = 3
GAVE_UP = (
    "Its analysis stopped the program {n} times; it was not tried again. The original is "
    "kept as it was received."
)


@dataclass(frozen=True)
class Queued:
    """A stored photo waiting for analysis, with what decrypting it needs."""

    id: str
    file_name: str
    identity: str
    sha256: str
    size: int
    original_name: str
    caption: str
    attempts: int

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file_name": self.file_name,
            "identity": self.identity,
            "sha256": self.sha256,
        }


class AnalysisQueue:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def count(self) -> int:
        return int(
            self._db.execute(
                "SELECT count(*) FROM media WHERE analysis = ? AND deleted = 0", [PENDING]
            ).fetchone()[0]
        )

    def get(self, media_id: str) -> Queued | None:
        """That photo, if it is waiting for analysis."""
        found = self._select("id = ?", [media_id], 1)
        return found[0] if found else None

    def _select(self, where: str, params: list[Any], limit: int) -> list[Queued]:
        rows = self._db.execute(
            "SELECT id, file_name, identity, sha256, size, original_name, caption, "
            f"analysis_attempts FROM media WHERE analysis = ? AND deleted = 0 AND {where} "
            "ORDER BY imported_at, id LIMIT ?",
            [PENDING, *params, limit],
        ).fetchall()
        return [Queued(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6] or "", r[7]) for r in rows]

    def next(self, limit: int, skip: frozenset[str] | set[str] = frozenset()) -> list[Queued]:
        """Up to ``limit`` waiting photos, oldest first, leaving out ids in ``skip``."""
        found = self._select("1", [], limit + len(skip))
        return [q for q in found if q.id not in skip][:limit]

    def claim(self, items: list[Queued]) -> None:
        """Count an attempt for each, before any is decoded (committed: survives a crash)."""
        if not items:
            return
        with transaction(self._db):
            self._db.conn.executemany(
                "UPDATE media SET analysis_attempts = analysis_attempts + 1 WHERE id = ?",
                [[q.id] for q in items],
            )

    def unclaim(self, items: list[Queued]) -> None:
        """Give back the attempts of analyses stopped on purpose (a cancel, not a crash)."""
        if not items:
            return
        with transaction(self._db):
            self._db.conn.executemany(
                "UPDATE media SET analysis_attempts = max(analysis_attempts - 1, 0) "
                "WHERE id = ? AND analysis = ?",
                [[q.id, PENDING] for q in items],
            )

    def finish(self, item: Queued, extras: Extras, damage: str | None = None) -> None:
        """Keep what the analysis found; a damaged photo is flagged, never removed."""
        metadata = dict(extras.metadata)
        if damage is not None:
            metadata["damage"] = damage
        with transaction(self._db):
            self._db.execute(
                "UPDATE media SET metadata = ?, thumbnail = ?, search_text = ?, analysis = ? "
                "WHERE id = ? AND deleted = 0 AND analysis = ?",
                [
                    json.dumps(metadata, ensure_ascii=False),
                    extras.thumbnail,
                    search_text(item.original_name, _current_caption(self._db, item), metadata),
                    DONE if damage is None else DAMAGED,
                    item.id,
                    PENDING,
                ],
            )

    def give_up(self, item: Queued) -> str:
        """Flag a photo whose analysis never ended; returns why."""
        damage = GAVE_UP.format(n=item.attempts)
        self.finish(item, Extras(metadata={}), damage)
        return damage


def _current_caption(db: sqlite_utils.Database, item: Queued) -> str:
    """The caption now (it may have been set while the photo was being analysed)."""
    row = db.execute("SELECT caption FROM media WHERE id = ?", [item.id]).fetchone()
    return (row[0] if row else item.caption) or ""
