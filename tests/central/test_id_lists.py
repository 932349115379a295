"""Looking up thousands of ids at once (central/id_lists): the right rows, the lookaside free."""

from __future__ import annotations

import ctypes
import uuid

import pytest
import sqlcipher3
import sqlcipher3._sqlite3 as driver

from fieldreport.central.id_lists import select_in
from fieldreport.central.store import CentralStore

SQL = "SELECT object_id, device_id FROM owners WHERE object_id IN {ids}"


def _owners(central: CentralStore, n: int) -> dict[str, str]:
    rows = {f"record:{uuid.uuid4()}": f"device-{i % 7}" for i in range(n)}
    with central.transaction() as db:
        db.table("owners").insert_all(
            [
                {"object_id": k, "device_id": v, "since": "2026-12-03T00:00:00Z"}
                for k, v in rows.items()
            ]
        )
    return rows


def test_finds_exactly_the_rows_of_the_ids(central: CentralStore) -> None:
    owners = _owners(central, 1_200)
    wanted = sorted(owners)[::2] + [f"record:{uuid.uuid4()}" for _ in range(700)]  # > one chunk
    found = dict(select_in(central.db, SQL, wanted))
    assert found == {k: owners[k] for k in sorted(owners)[::2]}
    assert list(select_in(central.db, SQL, [])) == []
    # An id with a quote or a backslash is a value, not SQL or JSON syntax.
    odd = ["record:'); DROP TABLE owners; --", 'record:"\\']
    assert list(select_in(central.db, SQL, odd)) == []
    assert len(dict(select_in(central.db, SQL, sorted(owners)))) == len(owners)


def _lookaside_used(conn: sqlcipher3.Connection) -> int:
    """Slots of the connection's lookaside in use now (sqlite3_db_status)."""
    lib = ctypes.CDLL(driver.__file__)
    lib.sqlite3_db_status.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_int),
        ctypes.c_int,
    ]
    # The connection object holds its sqlite3* right after the object header.
    handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
    used, highest = ctypes.c_int(), ctypes.c_int()
    assert lib.sqlite3_db_status(handle, 0, ctypes.byref(used), ctypes.byref(highest), 0) == 0
    return used.value


@pytest.mark.embedded_only  # about SQLite's lookaside on the SQLCipher connection
def test_a_long_lookup_leaves_the_lookaside_free(central: CentralStore) -> None:
    owners = sorted(_owners(central, 2_000))
    conn = central.db.conn
    before = _lookaside_used(conn)
    assert len(dict(select_in(central.db, SQL, owners))) == 2_000
    after = _lookaside_used(conn)
    assert after - before < 40, (before, after)
    # The measure can tell: the IN list of 500 parameters it replaces, kept in the
    # driver's statement cache, holds every slot (123) of the pool.
    marks = ",".join("?" * 500)
    conn.execute(
        f"SELECT object_id FROM owners WHERE object_id IN ({marks})", owners[:500]
    ).fetchall()
    assert _lookaside_used(conn) - after > 60
