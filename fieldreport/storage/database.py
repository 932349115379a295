"""Opening the SQLCipher 4 database through sqlite-utils."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
import sqlite_utils

from fieldreport.errors import StorageFull, VaultDamaged
from fieldreport.storage import sql_functions

DatabaseError = sqlcipher3.DatabaseError
BUSY_TIMEOUT_MS = 15_000

#: SQLCipher's page cache (decrypted pages) holds the whole database up to this size,
#: never less than the floor. SQLite's default (2 MiB) held a vault of 1,000 records
#: but not one of 10,000 (25 MB), and a search then decrypted every page again
#: (benchmarks/vault_bench.py). A list, a count or a search touches the records
#: table, its indexes and the search index: well under this for 100,000 records.
CACHE_FLOOR_KIB = 8 * 1024
CACHE_CEILING_KIB = 96 * 1024
#: The page cache of the connection that checks every page at unlock.
CHECK_CACHE_KIB = 2048

#: Pauses before a page that failed SQLCipher's check is read again. The check reads
#: the file itself, past SQLite's locks and the WAL, so a page that another program
#: (the CLI beside the window, a closing sync server) is checkpointing at that moment
#: can read half old, half new; real damage fails every time.
RECHECK_PAUSES = (0.2, 0.5, 1.0)

_DAMAGED = (
    "The vault database is damaged or was altered; it was not read. Restore it from a backup."
)


def open_encrypted(path: Path, raw_key: bytes, *, check: bool = True) -> sqlite_utils.Database:
    """Open (or create) the encrypted database with a raw 256-bit key.

    With ``check`` every page's HMAC is verified so damage is reported now,
    not silently read later. The check runs on a connection of its own, closed
    after it: a connection that ran the checks stays about three times slower
    at inserting for the rest of its life (SQLCipher 4; a central import's
    inserts, measured side by side with a fresh connection on the same file).
    """
    if len(raw_key) != 32:
        raise ValueError("raw key must be 32 bytes")
    if check:
        checking = _connect(path, raw_key)
        # The checks read every page once: a small cache serves them as well, and
        # freeing a full one at close is what takes long (see _let_go).
        checking.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
        try:
            if not _pages_intact(checking):
                raise VaultDamaged(_DAMAGED)
            result = checking.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                raise VaultDamaged(_DAMAGED)
        except sqlcipher3.DatabaseError as exc:
            raise _failure(exc) from exc
        finally:
            _let_go(checking)
            checking.close()
    return sqlite_utils.Database(_connect(path, raw_key))


def _connect(path: Path, raw_key: bytes) -> sqlcipher3.Connection:
    """A keyed connection with the app's settings; the key and the first page proven."""
    # No statement cache: on a connection that has run other statements (migrations,
    # lookups), its cached statements made each later INSERT about three times slower
    # (a central import's executemany, measured side by side on the same file), while
    # preparing a statement again costs nothing measurable next to running it.
    conn = sqlcipher3.connect(
        str(path), isolation_level=None, check_same_thread=False, cached_statements=0
    )
    try:
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        # A second connection (background sync) may hold the write lock for a moment.
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the schema proves the key and the first page.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA cache_size = -{cache_kib(conn)}")
        sql_functions.register(conn)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise _failure(exc) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _failure(exc: sqlcipher3.DatabaseError) -> Exception:
    """A disk that cannot be written is not a damaged vault."""
    return _disk_failure(exc) or VaultDamaged(_DAMAGED)


def cache_kib(conn: sqlcipher3.Connection) -> int:
    """The page cache for this database: its size, between the floor and the ceiling."""
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    size_kib = pages * page_size // 1024
    return max(CACHE_FLOOR_KIB, min(CACHE_CEILING_KIB, size_kib + size_kib // 4))


def _pages_intact(conn: sqlcipher3.Connection) -> bool:
    """Every page's HMAC verifies, read again after a pause before saying no."""
    for pause in (*RECHECK_PAUSES, None):
        if not conn.execute("PRAGMA cipher_integrity_check").fetchall():
            return True
        if pause is not None:
            time.sleep(pause)
    return False


def _disk_failure(exc: BaseException) -> StorageFull | None:
    """SQLite's report of a full or failing disk, as the error a person can act on."""
    text = str(exc).lower()
    if isinstance(exc, sqlcipher3.OperationalError | sqlite3.OperationalError) and (
        "full" in text or "disk i/o" in text
    ):
        return StorageFull(
            "The disk is full or could not be written; nothing was saved. "
            "Free some space and try again."
        )
    return None


def _let_go(conn: sqlcipher3.Connection) -> None:
    """Empty the page cache before the connection closes.

    With SQLCipher's memory security on, every freed page is wiped; ``close()``
    frees a full cache (up to 96 MiB) holding Python's interpreter lock, which
    stopped the window's thread for 1-1.6 s after the unlock's checks of a vault
    of 30,000 records. Emptied by a statement, the same work lets other threads
    run (18 ms longest gap on the same vault).
    """
    with contextlib.suppress(sqlcipher3.Error):
        conn.execute("PRAGMA cache_size = 0")
        conn.execute("PRAGMA shrink_memory")


def close(db: sqlite_utils.Database) -> None:
    with contextlib.suppress(sqlcipher3.Error):
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _let_go(db.conn)
    db.conn.close()


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One all-or-nothing write: rolled back on any failure, even a failed COMMIT.

    The outermost one begins IMMEDIATE: it takes the write lock before reading,
    so two connections to one vault (the window and background sync) queue for
    it instead of failing on a stale read; nested ones are savepoints.
    """
    with translate_errors():
        outermost = not db.conn.in_transaction
        try:
            if outermost:
                db.conn.execute("BEGIN IMMEDIATE")
                yield db
                db.conn.execute("COMMIT")
            else:
                with db.atomic():  # a savepoint inside the outer transaction
                    yield db
        except BaseException:
            if outermost and db.conn.in_transaction:
                with contextlib.suppress(sqlcipher3.Error):
                    db.conn.execute("ROLLBACK")
            raise


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn low-level database failures into errors a person can act on."""
    try:
        yield
    except (sqlcipher3.OperationalError, sqlite3.OperationalError) as exc:
        full = _disk_failure(exc)
        if full is not None:
            raise full from exc
        raise
    except sqlcipher3.DatabaseError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            raise VaultDamaged(_DAMAGED) from exc
        raise
