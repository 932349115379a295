"""The coordinator's index of current records: titles, dates, places and search text.

The central store keeps every revision as the device sent it (``revisions``).
Lists, search and filters need, for each record's current revision, what the
field vault computes when a record is saved (:mod:`fieldreport.storage.labels`):
a masked title and a place in every interface language, the event's date as
a period, the area, and the lower-case text of every field. Computing that
costs tens of microseconds a record, so it is done once per revision and kept
in ``record_index`` (and ``record_index_links``: which record names which),
brought up to date before each query from the revisions added since the last
time (by rowid). Import stays as fast as it was, and the index can be thrown
away and rebuilt at any time (a new :data:`INDEX_VERSION` does that).

A store opened to read only keeps its index in
SQLite's in-memory ``temp`` schema, so nothing is written to the file; so
does a store on PostgreSQL (in an in-memory SQLite database of the process:
titles and search text never reach PostgreSQL).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable
from typing import Any

import sqlite_utils

from fieldreport.central.place_codes import place_codes
from fieldreport.central.store import CentralStore
from fieldreport.domain import present
from fieldreport.domain.dates import parse_partial
from fieldreport.domain.gazetteer import load_gazetteer
from fieldreport.domain.languages import LANGUAGES
from fieldreport.storage import labels

#: Raise to rebuild every store's index (what is derived, or how, changed); a new
#: interface language rebuilds it too.
INDEX_VERSION = "5:" + ",".join(LANGUAGES)
BATCH = 2000
#: The page cache while indexing (KiB): the records' random ids touch pages all over.
CACHE_KIB = 65536

_COLUMNS = {
    "record_id": str,
    "revision": int,
    "kind": str,
    "status": str,
    "deleted": int,
    "saved_at": str,
    "first_saved_at": str,
    "device_id": str,
    **{f"title_{lang}": str for lang in LANGUAGES},  # masked
    **{f"place_{lang}": str for lang in LANGUAGES},
    "event_date": str,
    "date_start": str,  # the event's period as ISO days ("" when it has no date)
    "date_end": str,
    "region": str,
    "district": str,
    "settlement": str,  # the gazetteer's English name when it knows the place
    # The same places as codes that do not depend on the form's language or script
    # (fieldreport.central.place_codes): what filters compare.
    "region_code": str,
    "district_code": str,
    "settlement_code": str,
    "media": str,  # JSON list of media ids
}


def _schema(store: CentralStore) -> str:
    return "temp" if store.read_only or store.on_postgresql else "main"


def _has_table(db: sqlite_utils.Database, schema: str, name: str) -> bool:
    row = db.execute(
        f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?", [name]
    ).fetchone()
    return row is not None


def _state(db: sqlite_utils.Database, schema: str) -> dict[str, str]:
    if not _has_table(db, schema, "record_index_state"):
        return {}
    return dict(db.execute(f"SELECT key, value FROM {schema}.record_index_state").fetchall())


def _create(db: sqlite_utils.Database, schema: str) -> None:
    for table in ("record_index", "record_index_text", "record_index_links", "record_index_state"):
        db.execute(f"DROP TABLE IF EXISTS {schema}.{table}")
    columns = ", ".join(
        f"{name} {'INTEGER' if kind is int else 'TEXT'}" for name, kind in _COLUMNS.items()
    )
    db.execute(f"CREATE TABLE {schema}.record_index ({columns}, PRIMARY KEY (record_id))")
    for column in ("kind", "saved_at", "date_start", "device_id", "region_code"):
        db.execute(f"CREATE INDEX {schema}.record_index_{column} ON record_index ({column})")
    # Counts (every list says "N of M records") from the index, not the rows.
    db.execute(f"CREATE INDEX {schema}.record_index_deleted ON record_index (deleted, kind)")
    # Kept apart so that listing does not read every record's whole text.
    # Identifying values included: it never leaves the encrypted store.
    db.execute(
        f"CREATE TABLE {schema}.record_index_text (record_id TEXT PRIMARY KEY, search_text TEXT)"
    )
    db.execute(
        f"CREATE TABLE {schema}.record_index_links "
        "(record_id TEXT, target TEXT, PRIMARY KEY (record_id, target))"
    )
    db.execute(f"CREATE INDEX {schema}.record_index_links_target ON record_index_links (target)")
    db.execute(f"CREATE TABLE {schema}.record_index_state (key TEXT PRIMARY KEY, value TEXT)")
    db.execute(
        f"INSERT INTO {schema}.record_index_state VALUES ('version', ?), ('rowid', '0')",
        [INDEX_VERSION],
    )


def _prepare(store: CentralStore) -> str:
    """Make sure an index of this version exists; returns its schema."""
    db, schema = store.db, _schema(store)
    if _state(db, schema).get("version") == INDEX_VERSION:
        return schema
    with _turn(store, schema):
        if _state(db, schema).get("version") == INDEX_VERSION:  # another process made it
            return schema
        _create(db, schema)
    if schema == "temp" and _state(db, "main").get("version") == INDEX_VERSION:
        # Start from what a writer of the store already indexed: in one read
        # transaction, so the rows and the position match while others write.
        with db.conn:
            db.conn.execute("BEGIN")
            for table in ("record_index", "record_index_text", "record_index_links"):
                db.execute(f"INSERT INTO temp.{table} SELECT * FROM main.{table}")
            db.execute(
                "UPDATE temp.record_index_state SET value = (SELECT value FROM "
                "main.record_index_state WHERE key = 'rowid') WHERE key = 'rowid'"
            )
    return schema


def refresh(store: CentralStore, report: Callable[[int, int], None] | None = None) -> int:
    """Index the revisions added since the last call; returns how many were read."""
    db = store.db
    schema = _prepare(store)
    last = int(_state(db, schema).get("rowid", "0"))
    total = db.execute("SELECT count(*) FROM revisions WHERE rowid > ?", [last]).fetchone()[0]
    done = 0
    row = db.execute("PRAGMA cache_size").fetchone() if total else None
    cache_before = row[0] if row else None  # sized for the store when it was opened
    if total:
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    while done < total:
        rows = db.execute(
            "SELECT rowid, record_id, revision, kind, status, deleted, saved_at, data, device_id "
            "FROM revisions WHERE rowid > ? ORDER BY rowid LIMIT ?",
            [last, BATCH],
        ).fetchall()
        if not rows:
            break
        with _turn(store, schema):
            _index_batch(db, schema, rows)
        last = rows[-1][0]
        done += len(rows)
        if report is not None:
            report(done, total)
    if total:
        db.execute(f"PRAGMA cache_size = {cache_before or -2000}")  # as it was
    return done


def _turn(store: CentralStore, schema: str) -> contextlib.AbstractContextManager[None]:
    """The store's write lock for a change to the file (not for the temp schema)."""
    return contextlib.nullcontext() if schema == "temp" else store.writing()


def _index_batch(db: sqlite_utils.Database, schema: str, rows: list[tuple]) -> None:
    known = _current_revisions(db, schema, {row[1] for row in rows})
    entries: dict[str, dict[str, Any]] = {}
    links: dict[str, list[str]] = {}
    texts: dict[str, str] = {}
    first_saved: dict[str, str] = {}
    for _rowid, record_id, revision, kind, status, deleted, saved_at, data, device in rows:
        if revision == 1:
            first_saved[record_id] = saved_at
        current = entries.get(record_id, {}).get("revision") or known.get(record_id, (0, ""))[0]
        if current >= revision:
            continue
        parsed = _parse(data)
        values = derive(kind, parsed)
        values.update(
            record_id=record_id,
            revision=revision,
            kind=kind,
            status=status,
            deleted=deleted,
            saved_at=saved_at,
            first_saved_at=known.get(record_id, (0, ""))[1] or saved_at,
            device_id=device,
        )
        entries[record_id] = values
        links[record_id] = _ids(parsed.get("links"))
        texts[record_id] = present.search_text(kind, parsed)
    for record_id, entry in entries.items():
        entry["first_saved_at"] = first_saved.get(record_id, entry["first_saved_at"])
    names = ", ".join(_COLUMNS)
    marks = ", ".join("?" for _ in _COLUMNS)
    conn = db.conn
    conn.execute("BEGIN" if schema == "temp" else "BEGIN IMMEDIATE")
    try:
        conn.executemany(
            f"INSERT OR REPLACE INTO {schema}.record_index ({names}) VALUES ({marks})",
            [[entry[name] for name in _COLUMNS] for entry in entries.values()],
        )
        conn.executemany(
            f"INSERT OR REPLACE INTO {schema}.record_index_text VALUES (?, ?)",
            [(rid, texts[rid]) for rid in entries],
        )
        conn.executemany(
            f"UPDATE {schema}.record_index SET first_saved_at = ? WHERE record_id = ?",
            [(saved, rid) for rid, saved in first_saved.items() if rid not in entries],
        )
        known_links = [rid for rid in links if rid in known]
        conn.executemany(
            f"DELETE FROM {schema}.record_index_links WHERE record_id = ?",
            [(rid,) for rid in known_links],
        )
        conn.executemany(
            f"INSERT OR IGNORE INTO {schema}.record_index_links VALUES (?, ?)",
            [(rid, target) for rid, targets in links.items() for target in targets],
        )
        conn.execute(
            f"UPDATE {schema}.record_index_state SET value = ? WHERE key = 'rowid'",
            [str(rows[-1][0])],
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _current_revisions(
    db: sqlite_utils.Database, schema: str, record_ids: Iterable[str]
) -> dict[str, tuple[int, str | None]]:
    found: dict[str, tuple[int, str | None]] = {}
    ids = list(record_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for record_id, revision, first in db.execute(
            f"SELECT record_id, revision, first_saved_at FROM {schema}.record_index "
            f"WHERE record_id IN ({marks})",
            chunk,
        ):
            found[record_id] = (revision, first)
    return found


def _parse(data: str) -> dict[str, Any]:
    try:
        value = json.loads(data)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _ids(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [item for item in dict.fromkeys(value) if isinstance(item, str) and item]


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def derive(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """What the index keeps of one revision's data (its derived columns)."""
    place = labels.main_location(data) or {}
    period = parse_partial(present.event_date(kind, data))
    settlement = _text(place.get("settlement"))
    entry = load_gazetteer().find(settlement) if settlement else None
    region = _text(place.get("region")) or (entry.region if entry else "")
    district = _text(place.get("district")) or (entry.district if entry else "")
    region_code, district_code, settlement_code = place_codes(region, district, settlement)
    return {
        **{f"title_{lang}": present.title(kind, data, lang) for lang in LANGUAGES},
        **{f"place_{lang}": present.location_text(place or None, lang) for lang in LANGUAGES},
        "event_date": present.event_date(kind, data) or "",
        "date_start": period[0].isoformat() if period else "",
        "date_end": period[1].isoformat() if period else "",
        "region": region,
        "district": district,
        "settlement": entry.as_location()["settlement"] if entry else settlement,
        "region_code": region_code,
        "district_code": district_code,
        "settlement_code": settlement_code,
        "media": json.dumps(_ids(data.get("media"))),
    }
