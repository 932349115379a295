"""Moving an embedded central store to PostgreSQL (``central migrate --to URL``).

Every table is copied into an empty PostgreSQL database in **one**
transaction, through the same adapter the store uses (so what must be sealed
is sealed, and each revision gets its clear facts), then checked inside that
transaction before anything is committed:

* every row of every table reads back equal to the embedded one;
* the centre's custody log, every device's, and the signed decisions,
  handovers and acknowledgements verify (:func:`fieldreport.central.verify.run`);
* every media item decrypts with its (now sealed) key and hashes to its SHA-256.

Only then is the transaction committed and ``central.database`` written into
the store folder, from which point every program opens the PostgreSQL
database. The embedded ``central.db`` is left as it was (renamed
``central.db.moved``) until the coordinator removes it. Any failure rolls the
copy back and leaves the folder unchanged.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldreport.central import store as store_module
from fieldreport.central import verify
from fieldreport.central.pg.connect import open_database
from fieldreport.central.pg.database import PgDatabase
from fieldreport.central.pg.dialect import HIDDEN
from fieldreport.central.pg.sealed import values_key
from fieldreport.central.store import CentralStore
from fieldreport.errors import UsageError, VaultDamaged
from fieldreport.storage import keyfile

#: Tables of the embedded file that are not the store's records (rebuilt, or SQLite's own).
NOT_MOVED = ("record_index", "record_index_text", "record_index_links", "record_index_state")
BATCH = 5000
MOVED_SUFFIX = ".moved"


@dataclass(frozen=True)
class Moved:
    rows: dict[str, int]  # table → rows copied (and read back equal)
    media: int  # media files decrypted and hashed
    checks: int  # custody logs and signed lists verified


def move_to_postgresql(
    folder: Path, passphrase: str, url: str, report: Callable[[str], None] = lambda _: None
) -> Moved:
    source = CentralStore.open(folder, passphrase)
    try:
        if source.on_postgresql:
            raise UsageError(f"The central store in {folder} is already on PostgreSQL.")
        source.hold_for_serving()  # no sync server may import meanwhile
        data_key = keyfile.open_key(keyfile.read(folder / store_module.KEY_FILE), passphrase)
        key = values_key(data_key)
        target = open_database(url, key, create=True)
        try:
            with source.writing():  # no command or window writes to the embedded store meanwhile
                moved = _copy_and_check(source, target, report)
            target.conn.execute("COMMIT")
            db_file = folder / store_module.DB_FILE
            (folder / store_module.DATABASE_FILE).write_text(url + "\n", encoding="utf-8")
        except BaseException:
            if target.conn.in_transaction:
                target.conn.execute("ROLLBACK")
            raise
        finally:
            target.close()
    finally:
        source.close()
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db_file) + suffix)
        if part.exists():
            os.replace(part, Path(str(db_file) + MOVED_SUFFIX + suffix))
    return moved


def _copy_and_check(
    source: CentralStore, target: PgDatabase, report: Callable[[str], None]
) -> Moved:
    tables = _tables_to_move(source, target)
    target.conn.execute("BEGIN IMMEDIATE")
    rows: dict[str, int] = {}
    for table in tables:
        report(f"copying {table}")
        rows[table] = _copy(source, target, table)
    _renumber(target)
    for table in tables:
        report(f"checking {table}")
        _compare(source, target, table)
    # The copy, as a store (not closed: the transaction and the lock are the caller's).
    moved = CentralStore(
        source.folder,
        target,
        b"",
        read_only=True,
        write_lock=source._write_lock,  # noqa: SLF001 - the same folder's lock, already held
        database="(moving)",
    )
    report("checking the custody logs and signed decisions")
    checks = list(verify.run(moved))
    broken = [c for c in checks if not c.ok]
    if broken:
        raise VaultDamaged(f"After the copy, {broken[0].line()}; nothing was moved.")
    report("checking every media item")
    media = 0
    with open(os.devnull, "wb") as sink:
        for (media_id,) in target.execute("SELECT id FROM media WHERE deleted = 0").fetchall():
            moved.media.read_original(media_id, sink)  # decrypts and checks the SHA-256
            media += 1
    return Moved(rows, media, len(checks))


def _tables_to_move(source: CentralStore, target: PgDatabase) -> list[str]:
    here = [
        t
        for t in source.db.table_names()
        if t not in NOT_MOVED and not t.startswith(("_sqlite", "sqlite_"))
    ]
    unknown = [t for t in here if t not in target.tables]
    if unknown:
        raise UsageError(
            f"The embedded store has tables this FieldReport cannot move ({', '.join(unknown)}); "
            "nothing was moved."
        )
    return here


def _columns(target: PgDatabase, table: str) -> list[str]:
    return [c for c in target.tables[table].columns if c not in HIDDEN]


def _copy(source: CentralStore, target: PgDatabase, table: str) -> int:
    columns = _columns(target, table)
    names = ", ".join(columns)
    cursor = source.db.execute(f"SELECT {names} FROM {table} ORDER BY rowid")
    count = 0
    while batch := cursor.fetchmany(BATCH):
        if table == "revisions":  # one statement per revision (its facts beside it)
            for row in batch:
                target.execute(
                    f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' for _ in columns)})",
                    list(row),
                )
        else:
            target.table(table).insert_all(dict(zip(columns, row, strict=True)) for row in batch)
        count += len(batch)
    return count


def _renumber(target: PgDatabase) -> None:
    """Identity columns given explicit values continue after the highest one."""
    for table, info in target.tables.items():
        if info.identity and info.identity != "rowid":
            target.pg.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', '{info.identity}'), "
                f"(SELECT coalesce(max({info.identity}), 0) + 1 FROM {table}), false)"
            )


def _compare(source: CentralStore, target: PgDatabase, table: str) -> None:
    """Every row reads back equal (as a multiset: the two databases sort text differently)."""
    columns = _columns(target, table)
    query = f"SELECT {', '.join(columns)} FROM {table}"
    theirs = Counter(tuple(map(_same, row)) for row in target.execute(query).fetchall())
    mine = Counter(tuple(map(_same, row)) for row in source.db.execute(query))
    if theirs != mine:
        raise VaultDamaged(
            f"The copy of {table} does not read back as the original; nothing was moved."
        )


def _same(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview) else value
