"""Questions about the current revisions that the record list does not answer.

Kept apart from :mod:`fieldreport.storage.records` (writing and the list)
so each stays small: which records are deleted, and which records link to
a given one (links are stored on the linking record only, so "linked from"
is found by reading the current revisions).
"""

from __future__ import annotations

import sqlite_utils


def deleted_ids(db: sqlite_utils.Database, kind: str | None = None) -> set[str]:
    """Ids of the records whose current revision is a deletion."""
    sql = "SELECT id FROM records WHERE deleted = 1"
    params: list[str] = []
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    return {row[0] for row in db.execute(sql, params)}
