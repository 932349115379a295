"""The record list a page at a time: filtered, searched and ordered by SQL.

The window shows one kind's records (or its deleted ones) in pages, so a vault
of 100,000 records costs a list what one page costs. Searching reads the FTS5
trigram index of migration 0007 (words found anywhere, as ``LIKE '%word%'``
found them, answered from the index); ordering is SQL's, with the SQL functions of
:mod:`fieldreport.storage.sql_functions` for what SQLite cannot order itself
(titles and places in the list's language, case in every script, partial
dates). Titles and places are read from their JSON in Python: SQLite's
``json_extract`` took ten times longer per row (benchmarks/window_bench.py).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, NamedTuple

import sqlite_utils

from fieldreport.domain.languages import LANGUAGES
from fieldreport.errors import UsageError
from fieldreport.storage.id_prefix import escape_like
from fieldreport.storage.labels import pick

#: The shortest word the trigram index can find by itself.
MIN_TRIGRAM = 3

#: What the list can be ordered by, and the SQL it takes (``{lang}`` filled in).
ORDERS = {
    "title": "title_key_{lang}",  # stored, with an index per language (migration 0008)
    "date": "fr_date_key(event_date)",
    "place": "fr_label_key(places, '{lang}', location_text)",
    "status": "status",
    "kind": "kind",
    "updated": "updated_at",
    # Synced (2), on its way in a bundle (1), not yet sent (0): as the column reads.
    "synced": (
        "CASE WHEN synced_revision >= revision THEN 2 "
        "WHEN id IN (SELECT value FROM json_each(?)) THEN 1 ELSE 0 END"
    ),
}


class ListRow(NamedTuple):
    """One line of the list (titles masked, as every list shows them)."""

    id: str
    kind: str
    revision: int
    status: str
    updated_at: str
    title: str
    event_date: str
    location_text: str
    synced: bool


@dataclass(frozen=True)
class ListQuery:
    """Which records, in which order: one kind's (or every kind's), or its deleted ones."""

    kind: str | None = None
    search: str | None = None
    deleted: bool = False
    order: str = "updated"
    descending: bool = True
    lang: str = "en"

    def checked(self) -> ListQuery:
        if self.order not in ORDERS:
            raise UsageError(f"Unknown order {self.order!r}; use one of {', '.join(ORDERS)}.")
        return self


def search_clause(search: str) -> tuple[str, list[str]]:
    """``id IN (…)`` the records whose search text holds every word of ``search``
    (anywhere, in any case, as ``LIKE '%word%'`` did), and its parameters.

    Words of three letters or more are a phrase of the FTS5 trigram index (a
    phrase of trigrams is the word as a substring); shorter ones, which hold no
    trigram, are matched with LIKE among what the longer ones found (or the
    whole index when none is longer).
    """
    words = search.lower().split()
    phrases = ['"' + word.replace('"', '""') + '"' for word in words if len(word) >= MIN_TRIGRAM]
    tests: list[str] = []
    params: list[str] = []
    if phrases:
        tests.append("record_text MATCH ?")
        params.append(" AND ".join(phrases))
    for word in (w for w in words if len(w) < MIN_TRIGRAM):
        pattern = escape_like(word)
        tests.append("search_text LIKE ?" + (" ESCAPE '\\'" if pattern != word else ""))
        params.append(f"%{pattern}%")
    clause = (
        "id IN (SELECT record_id FROM record_text_ids WHERE n IN "
        f"(SELECT rowid FROM record_text WHERE {' AND '.join(tests)}))"
    )
    return clause, params


def _where(query: ListQuery) -> tuple[str, list[Any]]:
    """The list's WHERE clause and its parameters."""
    where = ["deleted = ?"]
    params: list[Any] = [int(query.deleted)]
    if query.kind:
        where.append("kind = ?")
        params.append(query.kind)
    if query.search and query.search.split():
        clause, words = search_clause(query.search)
        where.append(clause)
        params.extend(words)
    return " WHERE " + " AND ".join(where), params


def _order(query: ListQuery, in_transit: Collection[str]) -> tuple[str, list[Any]]:
    """The list's ORDER BY terms and their parameters (the id breaks ties)."""
    lang = query.lang if query.lang in LANGUAGES else "en"
    direction = "DESC" if query.descending else "ASC"
    params = [json.dumps(sorted(in_transit))] if query.order == "synced" else []
    return f"{ORDERS[query.order].format(lang=lang)} {direction}, id {direction}", params


def page(
    db: sqlite_utils.Database,
    query: ListQuery,
    offset: int,
    limit: int,
    in_transit: Collection[str] = (),
) -> list[ListRow]:
    """Rows ``offset`` to ``offset + limit`` of the list in its order.

    The ids are ordered first, then their rows read: SQLite's sorter then carries
    an id and a key per record, not every column (five times faster at 10,000).
    """
    where, params = _where(query.checked())
    order, order_params = _order(query, in_transit)
    ids = [
        row[0]
        for row in db.execute(
            f"SELECT id FROM records{where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, *order_params, limit, offset],
        )
    ]
    return rows_of(db, ids, query.lang)


def ordered_ids(
    db: sqlite_utils.Database, query: ListQuery, in_transit: Collection[str] = ()
) -> list[str]:
    """Every id of the list in its order: one sort, after which any page is a slice
    (:func:`rows_of`), for orders no index serves."""
    where, params = _where(query.checked())
    order, order_params = _order(query, in_transit)
    sql = f"SELECT id FROM records{where} ORDER BY {order}"
    return [row[0] for row in db.execute(sql, [*params, *order_params])]


def rows_of(
    db: sqlite_utils.Database, ids: list[str], lang: str, *, live_only: bool = False
) -> list[ListRow]:
    """The list rows of ``ids``, in that order (titles and places in ``lang``);
    ``live_only`` leaves the deleted ones out."""
    if not ids:
        return []
    found = {
        r[0]: r
        for r in db.execute(
            "SELECT id, kind, revision, status, updated_at, titles, title, "
            "coalesce(event_date, ''), places, location_text, synced_revision >= revision "
            "FROM records WHERE id IN (SELECT value FROM json_each(?))"
            + (" AND deleted = 0" if live_only else ""),
            [json.dumps(ids)],
        )
    }
    return [
        ListRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            pick(r[5], lang, r[6] or ""),
            r[7],
            pick(r[8], lang, r[9] or ""),
            bool(r[10]),
        )
        for r in (found[record_id] for record_id in ids if record_id in found)
    ]


def position(
    db: sqlite_utils.Database, query: ListQuery, record_id: str, in_transit: Collection[str] = ()
) -> int:
    """Where ``record_id`` stands in the list (0 first), or -1 when the list leaves it out."""
    where, params = _where(query.checked())
    order, order_params = _order(query, in_transit)
    row = db.execute(
        f"SELECT n FROM (SELECT id, row_number() OVER listed - 1 AS n FROM records{where} "
        f"WINDOW listed AS (ORDER BY {order})) WHERE id = ?",
        [*params, *order_params, record_id],
    ).fetchone()
    return -1 if row is None else int(row[0])


def count(db: sqlite_utils.Database, query: ListQuery) -> int:
    """How many records the list holds (read from the indexes, not the rows)."""
    where, params = _where(query.checked())
    return int(db.execute(f"SELECT count(*) FROM records{where}", params).fetchone()[0])
