"""Questions about the current revisions that the record list does not answer.

Kept apart from :mod:`fieldreport.storage.records` (writing and the list)
so each stays small: which records are deleted, and which records link to
a given one (links are stored on the linking record only, so "linked from"
is found by reading the current revisions).
"""

from __future__ import annotations

import json

import sqlite_utils


def deleted_ids(db: sqlite_utils.Database, kind: str | None = None) -> set[str]:
    """Ids of the records whose current revision is a deletion."""
    sql = "SELECT id FROM records WHERE deleted = 1"
    params: list[str] = []
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    return {row[0] for row in db.execute(sql, params)}


def linking_ids(db: sqlite_utils.Database, record_id: str) -> list[str]:
    """Ids of the records (not deleted) whose current revision lists ``record_id`` in links."""
    rows = db.execute(
        "SELECT r.id, v.data FROM records r JOIN revisions v "
        "ON v.record_id = r.id AND v.revision = r.revision "
        "WHERE r.deleted = 0 AND r.id != ? AND instr(v.data, ?) > 0",
        [record_id, record_id],
    )
    found = []
    for other_id, data in rows:
        links = json.loads(data).get("links")
        if isinstance(links, list) and record_id in links:
            found.append(other_id)
    return found
