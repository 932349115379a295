"""Versioned schema migrations of the PostgreSQL central store.

The tables are the embedded store's (``fieldreport/central/migrations.py``,
one PostgreSQL version per embedded migration) with PostgreSQL types, and
with every identifying or free-text value in a ``*_sealed`` column
(:mod:`fieldreport.central.pg.sealed`) beside the clear facts the figures
need (docs/central-postgresql.md). Each migration runs in its own
transaction (PostgreSQL's DDL is transactional), under an advisory lock so
two programs opening an old database at once migrate it once. A database
written by a newer FieldReport is refused, never written to. Never edit a
shipped migration: add one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fieldreport.errors import UsageError

if TYPE_CHECKING:
    import psycopg

#: pg_advisory_xact_lock key while migrating ("FRCM").
MIGRATION_LOCK = 0x4652434D


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "initial",
        (
            "CREATE TABLE store_info (key text PRIMARY KEY, value text NOT NULL)",
            """CREATE TABLE custody_log (
                seq bigint PRIMARY KEY, prev_hash text NOT NULL, time text NOT NULL,
                event text NOT NULL, object text NOT NULL, content_hash text NOT NULL,
                entry_hash text NOT NULL, signature bytea)""",
            """CREATE TABLE devices (
                id text PRIMARY KEY, public_key bytea NOT NULL, fingerprint text NOT NULL,
                status text NOT NULL, serial bigint NOT NULL UNIQUE, request text,
                certificate text, approved_at text NOT NULL, revoked_at text)""",
            """CREATE TABLE bundles (
                bundle_hash text PRIMARY KEY, device_id text NOT NULL, sequence bigint,
                previous_bundle_hash text, log_from bigint, log_to bigint, head_hash text,
                created_at text, size bigint NOT NULL, outcome text NOT NULL, reason text,
                items bigint, new_items bigint, received_at text NOT NULL, file_name text)""",
            "CREATE INDEX bundles_device_sequence ON bundles (device_id, sequence)",
            """CREATE TABLE device_log (
                device_id text NOT NULL, seq bigint NOT NULL, prev_hash text NOT NULL,
                time text NOT NULL, event text NOT NULL, object text NOT NULL,
                content_hash text NOT NULL, entry_hash text NOT NULL, signature bytea,
                bundle_hash text, PRIMARY KEY (device_id, seq))""",
            # data_sealed: the record as the device sent it; facts: what figures need.
            """CREATE TABLE revisions (
                record_id text NOT NULL, revision bigint NOT NULL, kind text NOT NULL,
                status text NOT NULL, deleted boolean NOT NULL, saved_at text NOT NULL,
                data_sealed bytea NOT NULL, facts jsonb NOT NULL, content_hash text NOT NULL,
                device_id text NOT NULL, bundle_hash text, log_seq bigint, entry_hash text,
                PRIMARY KEY (record_id, revision))""",
            "CREATE INDEX revisions_kind ON revisions (kind)",
            """CREATE TABLE media_items (
                id text PRIMARY KEY, blob_id text, sha256 text NOT NULL, size bigint,
                info_sealed bytea NOT NULL, deleted boolean NOT NULL, device_id text NOT NULL,
                bundle_hash text NOT NULL, log_seq bigint, entry_hash text)""",
            """CREATE TABLE media_infos (
                media_id text NOT NULL, bundle_hash text NOT NULL, info_sealed bytea,
                log_seq bigint, PRIMARY KEY (media_id, bundle_hash))""",
            """CREATE TABLE receipts (
                bundle_hash text PRIMARY KEY, receipt text, issued_at text)""",
            # The media store's table: the age identity of each file is sealed, as is
            # everything a person wrote or a camera recorded about it.
            """CREATE TABLE media (
                id text PRIMARY KEY, sha256 text NOT NULL, size bigint NOT NULL,
                mime text NOT NULL, kind text NOT NULL, imported_at text NOT NULL,
                file_name text, identity_sealed bytea, details_sealed bytea,
                thumbnail_sealed bytea, preview_sealed bytea, deleted boolean NOT NULL)""",
            "CREATE UNIQUE INDEX media_live_sha256 ON media (sha256) WHERE NOT deleted",
            """CREATE TABLE media_links (
                record_id text NOT NULL, media_id text NOT NULL,
                PRIMARY KEY (record_id, media_id))""",
        ),
    ),
    Migration(
        2,
        "record_owners",
        (
            """CREATE TABLE owners (
                object_id text PRIMARY KEY, device_id text NOT NULL, since text NOT NULL,
                handover bigint)""",
            "CREATE INDEX owners_device ON owners (device_id)",
            """CREATE TABLE handovers (
                id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                from_device text NOT NULL, to_device text NOT NULL, decided_at text NOT NULL,
                objects bigint NOT NULL, document text NOT NULL, log_seq bigint)""",
            """CREATE TABLE device_alarms (
                id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                device_id text NOT NULL, raised_at text NOT NULL, code text NOT NULL,
                item text, reason_sealed bytea NOT NULL, bundle_hash text)""",
            """CREATE UNIQUE INDEX device_alarms_once ON device_alarms
                (device_id, code, coalesce(item, ''), coalesce(bundle_hash, ''))""",
            """CREATE TABLE refused_revisions (
                LIKE revisions INCLUDING DEFAULTS, refused_at text NOT NULL)""",
        ),
    ),
    Migration(
        3,
        "device_names_and_duplicate_decisions",
        (
            "ALTER TABLE devices ADD COLUMN name_sealed bytea",
            """CREATE TABLE duplicate_decisions (
                seq bigint PRIMARY KEY, kind text NOT NULL, record_a text NOT NULL,
                record_b text NOT NULL, decision text NOT NULL,
                decided_by_sealed bytea NOT NULL, decided_at text NOT NULL,
                body_sealed bytea NOT NULL, log_seq bigint)""",
            "CREATE INDEX duplicate_decisions_pair ON duplicate_decisions (record_a, record_b)",
        ),
    ),
    Migration(
        4,
        "alarm_acknowledgements",
        (
            """CREATE TABLE alarm_acknowledgements (
                alarm_id bigint PRIMARY KEY, acknowledged_by_sealed bytea NOT NULL,
                acknowledged_at text NOT NULL, note_sealed bytea, body_sealed bytea NOT NULL,
                log_seq bigint NOT NULL)""",
        ),
    ),
)
LATEST = MIGRATIONS[-1].version


def version(conn: psycopg.Connection) -> int:
    """The schema version of the database (0: nothing of ours yet)."""
    with conn.transaction():
        exists = conn.execute("SELECT to_regclass('schema_migrations')").fetchone()
        if exists is None or exists[0] is None:
            return 0
        row = conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: psycopg.Connection, upto: int = LATEST) -> list[int]:
    """Bring the schema to ``upto`` (the latest by default); returns the versions applied."""
    applied: list[int] = []
    for migration in MIGRATIONS:
        if migration.version > upto:
            break
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [MIGRATION_LOCK])
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
                "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            row = conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations")
            current = int(row.fetchone()[0])  # type: ignore[index]
            if current > LATEST:
                raise UsageError(
                    f"The central database is at schema version {current}, written by a newer "
                    f"FieldReport (this one knows up to {LATEST}); update FieldReport first. "
                    "Nothing was changed."
                )
            if migration.version <= current:
                continue  # applied before, or by another program while this one waited
            for statement in migration.statements:
                conn.execute(statement)  # type: ignore[call-overload]
            conn.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (%s, %s)",
                [migration.version, migration.name],
            )
            applied.append(migration.version)
    return applied
