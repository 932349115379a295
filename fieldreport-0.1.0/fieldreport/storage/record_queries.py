"""Questions about the records that the record list does not answer: which are deleted.

Kept apart from :mod:`fieldreport.storage.records` (writing and the list) so
each stays small.
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
