"""A page cache large enough for one import's writes, for the length of the import.

An import writes every row of a bundle in one transaction. When its dirty pages
outgrow SQLite's page cache (sized for the database when it is opened:
storage/database.cache_kib, as little as 8 MiB, about 3,000 records), SQLite
spills them into the WAL before the commit and reads (decrypts, checks) them
back for the next row on the same page. The cache only grows as pages are used,
is never made smaller here, and is set back when the import ends.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlite_utils

#: KiB; about 20,000 records' rows (revisions, custody-log entries, owners).
IMPORT_CACHE_KIB = 65536


@contextlib.contextmanager
def import_cache(db: sqlite_utils.Database) -> Iterator[None]:
    """Raise the connection's page cache to :data:`IMPORT_CACHE_KIB` for the block."""
    if not isinstance(db, sqlite_utils.Database):  # another backend sizes its own caches
        yield
        return
    before = int(db.execute("PRAGMA cache_size").fetchone()[0])  # -KiB, or pages
    page_kib = int(db.execute("PRAGMA page_size").fetchone()[0]) // 1024
    if (-before if before < 0 else before * page_kib) >= IMPORT_CACHE_KIB:
        yield
        return
    db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {before}")
