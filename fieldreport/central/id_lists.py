"""Rows for a long list of ids, in few statements that leave SQLite's lookaside free.

An import looks up thousands of ids at once (the owners of the records a
bundle changes, the revisions the centre already holds). Written as
``IN (?, ?, …)`` with 500 parameters, one such statement takes every slot of
the connection's lookaside (SQLite's small-allocation pool, 123 slots) and
keeps them: the driver caches at least five statements, whatever
``cached_statements`` says. Every later allocation of the connection then
goes to ``malloc``, which SQLCipher's memory security (``cipher_memory_security``)
pairs with an ``mlock`` and an ``munlock`` system call: the import's inserts
cost five times what they cost on a connection without such a statement
(measured: 9 system calls per row instead of under one).

On SQLite the ids therefore travel as one JSON array in one parameter
(``json_each``: 16 lookaside slots, whatever the number of ids); PostgreSQL
keeps the plain ``IN`` list, in chunks.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

import sqlite_utils

#: ids per statement on PostgreSQL, well under its limit on parameters.
CHUNK = 500


def select_in(db: Any, sql: str, ids: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """Rows of ``sql``, whose ``{ids}`` stands where an ``IN`` list of ``ids`` goes.

    ``sql`` is e.g. ``SELECT object_id, device_id FROM owners WHERE object_id IN {ids}``.
    """
    if not ids:
        return
    if isinstance(db, sqlite_utils.Database):
        yield from db.execute(
            sql.format(ids="(SELECT value FROM json_each(?))"), [json.dumps(list(ids))]
        ).fetchall()
        return
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        yield from db.execute(sql.format(ids=f"({marks})"), chunk).fetchall()
