"""Many rows into one table in one statement, inside the caller's transaction.

An import writes thousands of rows (custody-log entries, owners, record
revisions). sqlite-utils' ``insert_all`` builds and checks a statement per
chunk in Python; here one plain ``INSERT INTO t (columns) VALUES (?, …)`` is
handed to the driver's ``executemany``: portable SQL, no SQLite-only syntax.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlite_utils


def insert_rows(db: sqlite_utils.Database, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``; a clash raises."""
    if not rows:
        return
    columns = list(rows[0])
    if any(row.keys() != rows[0].keys() for row in rows):
        raise ValueError(f"rows for {table} do not all have the same columns")
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    db.conn.executemany(
        f"INSERT INTO {table} ({names}) VALUES ({marks})",
        [[row[column] for column in columns] for row in rows],
    )
