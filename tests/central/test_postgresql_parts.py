"""The PostgreSQL backend's first parts, against a real throwaway cluster.

Not exposed to users yet (docs/central-postgresql.md): the address rules, value
sealing and the versioned schema. Skipped where PostgreSQL or psycopg is missing.
"""

from __future__ import annotations

import json
import os

import pytest

from fieldreport.central.pg import schema
from fieldreport.central.pg.sealed import Sealer, values_key
from fieldreport.errors import UsageError, VaultDamaged
from tests.central.backends import Databases
from tests.central.pg_cluster import Cluster

CANARIES = {
    "witness.full_name": "Canary Zhyldyzbekova-7F3Q",
    "witness.contact": "+996 555 000 7F3Q",
    "text": "The canary statement 7F3Q: we saw it from the orchard.",
}


#: About PostgreSQL itself: once per session, not once per backend.
pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def cluster(pg_cluster: Cluster) -> Cluster:
    return pg_cluster


@pytest.fixture
def database(pg_databases: Databases) -> str:
    return pg_databases.new_name()


def test_migrating_twice_is_once_and_gives_every_table(cluster: Cluster, database: str) -> None:
    with cluster.connect(database) as conn:
        assert schema.version(conn) == 0
        assert schema.migrate(conn) == list(range(1, schema.LATEST + 1))
        assert schema.migrate(conn) == []
        assert schema.version(conn) == schema.LATEST
        tables = {
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
        }
    assert {
        "store_info", "custody_log", "devices", "bundles", "device_log", "revisions",
        "media_items", "media_infos", "receipts", "media", "media_links", "owners",
        "handovers", "device_alarms", "refused_revisions", "duplicate_decisions",
        "alarm_acknowledgements",
    } <= tables  # fmt: skip


def test_an_older_database_is_upgraded_and_keeps_its_rows(cluster: Cluster, database: str) -> None:
    with cluster.connect(database) as conn:
        assert schema.migrate(conn, upto=1) == [1]  # as an older FieldReport left it
        with conn.transaction():
            conn.execute(
                "INSERT INTO devices (id, public_key, fingerprint, status, serial, approved_at) "
                "VALUES ('device-1', %s, 'fp', 'approved', 1, '2026-01-01T00:00:00Z')",
                [b"\x01" * 32],
            )
        assert schema.migrate(conn) == list(range(2, schema.LATEST + 1))
        row = conn.execute("SELECT id, status, name FROM devices").fetchone()
    assert row == ("device-1", "approved", None)


def test_a_database_from_a_newer_fieldreport_is_refused_and_left_alone(
    cluster: Cluster, database: str
) -> None:
    with cluster.connect(database) as conn:
        schema.migrate(conn)
        with conn.transaction():
            conn.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (%s, 'from the future')",
                [schema.LATEST + 1],
            )
        with pytest.raises(UsageError, match="newer FieldReport"):
            schema.migrate(conn)
        assert schema.version(conn) == schema.LATEST + 1


def test_a_sealed_value_opens_only_in_its_own_place() -> None:
    sealer = Sealer(values_key(os.urandom(32)))
    sealed = sealer.seal("revisions", "data_sealed", "r1#1", b"statement text")
    assert b"statement" not in sealed and len(sealed) == 1 + 12 + len(b"statement text") + 16
    assert sealer.open("revisions", "data_sealed", "r1#1", sealed) == b"statement text"
    for table, column, row in (
        ("revisions", "data_sealed", "r2#1"),  # moved to another row
        ("revisions", "facts", "r1#1"),  # to another column
        ("media", "data_sealed", "r1#1"),  # to another table
    ):
        with pytest.raises(VaultDamaged):
            sealer.open(table, column, row, sealed)
    altered = bytearray(sealed)
    altered[20] ^= 1
    with pytest.raises(VaultDamaged):
        sealer.open("revisions", "data_sealed", "r1#1", bytes(altered))
    with pytest.raises(VaultDamaged):  # another organisation's key
        Sealer(values_key(os.urandom(32))).open("revisions", "data_sealed", "r1#1", sealed)


def test_a_dump_of_the_database_shows_no_canary(cluster: Cluster, database: str) -> None:
    sealer = Sealer(values_key(os.urandom(32)))
    record = {"witness": {"full_name": CANARIES["witness.full_name"]}, "text": CANARIES["text"]}
    record["witness"]["contact"] = CANARIES["witness.contact"]
    facts = {"kind": "statement", "witness.role": "eyewitness", "interview.language": "ky"}
    with cluster.connect(database) as conn:
        schema.migrate(conn)
        with conn.transaction():
            conn.execute(
                "INSERT INTO revisions (record_id, revision, kind, status, deleted, saved_at, "
                "data, facts, content_hash, device_id) VALUES "
                "('r1', 1, 'statement', 'final', 0, '2026-01-01T00:00:00Z', %s, %s, "
                "'00', 'device-1')",
                [sealer.seal_value("revisions", "data", json.dumps(record)), json.dumps(facts)],
            )
        stored = conn.execute("SELECT data, facts FROM revisions").fetchone()
    assert stored is not None and stored[1] == facts  # the figures' facts stay queryable
    assert json.loads(sealer.open_value(stored[0])) == record
    dump = cluster.dump(database)
    assert "eyewitness" in dump  # the dump did catch the row
    for canary in CANARIES.values():  # as text, and as bytea shows bytes (hex)
        assert canary not in dump and canary.encode().hex() not in dump
    assert "7F3Q" not in dump and b"7F3Q".hex() not in dump


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgresql://org:secret@db.example.org/org", "password"),
        ("postgresql://org@db.example.org/org?sslmode=require", "verify-full"),
        ("postgresql://org@db.example.org/org?sslmode=disable", "verify-full"),
        ("mysql://org@db.example.org/org", "postgresql://"),
    ],
)
def test_an_unsafe_database_address_is_refused_without_repeating_secrets(
    url: str, words: str
) -> None:
    pytest.importorskip("psycopg")
    from fieldreport.central.pg.url import check_url

    with pytest.raises(UsageError, match=words) as refused:
        check_url(url, env={})
    assert "secret" not in str(refused.value)


def test_a_safe_address_asks_for_checked_tls_and_takes_the_password_from_the_environment() -> None:
    pytest.importorskip("psycopg")
    from fieldreport.central.pg.url import PASSWORD_ENV, check_url

    target = check_url("postgresql://org@db.example.org:5433/org", env={PASSWORD_ENV: "pw"})
    assert target.params["sslmode"] == "verify-full" and target.params["port"] == "5433"
    assert target.connect_kwargs()["password"] == "pw"
    assert "pw" not in repr(target) and target.description == "database org on db.example.org"
    local = check_url("postgresql://org@/org?host=/run/postgresql", env={})
    assert "sslmode" not in local.params and local.password is None
    loopback = check_url("postgresql://org@127.0.0.1:5432/org", env={})  # never leaves the host
    assert "sslmode" not in loopback.params


def test_a_value_sealed_in_its_column_opens_only_unaltered() -> None:
    sealer = Sealer(values_key(os.urandom(32)))
    sealed = sealer.seal_value("devices", "name", "Monitor 3, Leilek")
    assert b"Leilek" not in sealed and sealer.open_value(sealed) == "Monitor 3, Leilek"
    assert sealer.open_value(sealer.seal_value("media", "thumbnail", b"\xff\xd8")) == b"\xff\xd8"
    for at in (len(sealed) - 1, 14, 30):  # the tag, the place in the header, the ciphertext
        altered = bytearray(sealed)
        altered[at] ^= 1
        with pytest.raises(VaultDamaged):
            sealer.open_value(bytes(altered))
    with pytest.raises(VaultDamaged):
        Sealer(values_key(os.urandom(32))).open_value(sealed)


def test_the_checked_address_reaches_the_throwaway_cluster(cluster: Cluster, database: str) -> None:
    import psycopg

    from fieldreport.central.pg.url import check_url

    target = check_url(cluster.url(database), env={})
    with psycopg.connect(**target.connect_kwargs()) as conn:
        assert conn.execute("SELECT current_database()").fetchone() == (database,)
