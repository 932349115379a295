"""Versioned schema migrations for the central store (its own migration set).

The ``media`` and ``media_links`` tables have the field vault's layout so the
vault's :class:`~fieldreport.storage.media_store.MediaStore` keeps the
centre's media too; ``custody_log`` is the centre's own signed log (signed by
the organisation's key). Never edit a shipped migration: add a new one.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

from fieldreport.storage.clock import utc_now

CENTRAL_MIGRATIONS = Migrations("fieldreport-central")


@CENTRAL_MIGRATIONS(name="0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    # Facts about the store: the organisation (name, id), its keys (private
    # halves included; the database is encrypted), the next certificate serial.
    db.table("store_info").create({"key": str, "value": str}, pk="key")
    db.table("custody_log").create(
        {
            "seq": int,
            "prev_hash": str,
            "time": str,
            "event": str,
            "object": str,
            "content_hash": str,
            "entry_hash": str,
            "signature": bytes,
        },
        pk="seq",
        not_null={"prev_hash", "time", "event", "object", "content_hash", "entry_hash"},
    )
    db.table("devices").create(
        {
            "id": str,
            "public_key": bytes,
            "fingerprint": str,
            "status": str,  # approved | revoked
            "serial": int,
            "request": str,
            "certificate": str,
            "approved_at": str,
            "revoked_at": str,
        },
        pk="id",
        not_null={"public_key", "fingerprint", "status", "serial", "approved_at"},
    )
    db.execute("CREATE UNIQUE INDEX devices_serial ON devices (serial)")
    db.table("bundles").create(
        {
            "bundle_hash": str,
            "device_id": str,
            "sequence": int,
            "previous_bundle_hash": str,
            "log_from": int,
            "log_to": int,
            "head_hash": str,
            "created_at": str,
            "size": int,
            "outcome": str,  # imported | held | quarantined | rejected
            "reason": str,
            "items": int,
            "new_items": int,
            "received_at": str,
            "file_name": str,  # the kept copy (held, quarantined, rejected on retry)
        },
        pk="bundle_hash",
        not_null={"device_id", "outcome", "received_at", "size"},
    )
    db.table("bundles").create_index(["device_id", "sequence"])
    db.table("device_log").create(
        {
            "device_id": str,
            "seq": int,
            "prev_hash": str,
            "time": str,
            "event": str,
            "object": str,
            "content_hash": str,
            "entry_hash": str,
            "signature": bytes,
            "bundle_hash": str,
        },
        pk=("device_id", "seq"),
        not_null={"prev_hash", "time", "event", "object", "content_hash", "entry_hash"},
    )
    db.table("revisions").create(
        {
            "record_id": str,
            "revision": int,
            "kind": str,
            "status": str,
            "deleted": int,
            "saved_at": str,
            "data": str,
            "content_hash": str,
            "device_id": str,
            "bundle_hash": str,
            "log_seq": int,
            "entry_hash": str,
        },
        pk=("record_id", "revision"),
        not_null={"kind", "status", "deleted", "saved_at", "data", "content_hash", "device_id"},
    )
    db.table("revisions").create_index(["kind"])
    # A device's media item (its id is global) and the stored blob holding its bytes
    # (media.id; one blob for the same bytes from several devices; NULL when the
    # device shredded the item before it was sent).
    db.table("media_items").create(
        {
            "id": str,
            "blob_id": str,
            "sha256": str,
            "size": int,
            "info": str,  # the newest description (canonical JSON as the device sent it)
            "deleted": int,
            "device_id": str,
            "bundle_hash": str,
            "log_seq": int,
            "entry_hash": str,
        },
        pk="id",
        not_null={"sha256", "info", "deleted", "device_id", "bundle_hash"},
    )
    db.table("media_infos").create(
        {"media_id": str, "bundle_hash": str, "info": str, "log_seq": int},
        pk=("media_id", "bundle_hash"),
    )
    db.table("receipts").create(
        {"bundle_hash": str, "receipt": str, "issued_at": str}, pk="bundle_hash"
    )
    _vault_media_tables(db)


def _vault_media_tables(db: sqlite_utils.Database) -> None:
    """The field vault's media tables, so MediaStore works unchanged on the centre."""
    db.table("media").create(
        {
            "id": str,
            "sha256": str,
            "size": int,
            "mime": str,
            "kind": str,
            "original_name": str,
            "imported_at": str,
            "caption": str,
            "metadata": str,
            "file_name": str,
            "identity": str,
            "thumbnail": bytes,
            "preview": bytes,
            "deleted": int,
            "search_text": str,
        },
        pk="id",
        not_null={"sha256", "size", "mime", "kind", "imported_at", "deleted"},
    )
    db.execute("CREATE UNIQUE INDEX media_live_sha256 ON media (sha256) WHERE deleted = 0")
    db.table("media_links").create(
        {"record_id": str, "media_id": str}, pk=("record_id", "media_id")
    )


@CENTRAL_MIGRATIONS(name="0002_record_owners")
def _record_owners(db: sqlite_utils.Database) -> None:
    """Records and media items belong to a device; alarms; the coordinator's handovers.

    ``owners`` maps ``record:<id>`` and ``media:<id>`` to the device whose
    revisions the centre accepts. A store written before it existed gets the
    owner of each record from its first revision's device (of each media item,
    from the device that sent it). Revisions another device had slipped in
    before (the attack of issue 9) are moved to ``refused_revisions``, kept as
    evidence, and the device that sent them gets an alarm for each: from now on
    ``revisions`` holds only the owners' chains, so its highest revision is the
    head of the owner's chain for every reader of the store.
    """
    db.table("owners").create(
        {"object_id": str, "device_id": str, "since": str, "handover": int},
        pk="object_id",
        not_null={"device_id", "since"},
    )
    db.table("owners").create_index(["device_id"])
    db.table("handovers").create(
        {
            "id": int,
            "from_device": str,
            "to_device": str,
            "decided_at": str,
            "objects": int,
            "document": str,  # the decision, signed by the organisation (canonical JSON)
            "log_seq": int,  # its entry in the centre's custody log
        },
        pk="id",
        not_null={"from_device", "to_device", "decided_at", "objects", "document"},
    )
    db.table("device_alarms").create(
        {
            "id": int,
            "device_id": str,
            "raised_at": str,
            "code": str,  # a key of errors.BUNDLE_REASONS
            "item": str,
            "reason": str,
            "bundle_hash": str,
        },
        pk="id",
        not_null={"device_id", "raised_at", "code", "reason"},
    )
    db.execute(
        "CREATE UNIQUE INDEX device_alarms_once ON device_alarms "
        "(device_id, code, coalesce(item, ''), coalesce(bundle_hash, ''))"
    )
    db.execute(
        "CREATE TABLE refused_revisions AS SELECT *, '' AS refused_at FROM revisions WHERE 0"
    )
    db.execute(
        "INSERT INTO owners (object_id, device_id, since) "
        "SELECT 'record:' || r.record_id, r.device_id, coalesce(b.received_at, '') "
        "FROM revisions r LEFT JOIN bundles b ON b.bundle_hash = r.bundle_hash "
        "WHERE r.revision = (SELECT min(revision) FROM revisions x WHERE x.record_id = r.record_id)"
    )
    db.execute(
        "INSERT INTO owners (object_id, device_id, since) "
        "SELECT 'media:' || m.id, m.device_id, coalesce(b.received_at, '') "
        "FROM media_items m LEFT JOIN bundles b ON b.bundle_hash = m.bundle_hash"
    )
    now = utc_now()
    foreign = (
        "FROM revisions r JOIN owners o ON o.object_id = 'record:' || r.record_id "
        "WHERE r.device_id != o.device_id"
    )
    db.execute(f"INSERT INTO refused_revisions SELECT r.*, ? {foreign}", [now])
    db.execute(
        "INSERT OR IGNORE INTO device_alarms "
        "(device_id, raised_at, code, item, reason, bundle_hash) "
        "SELECT r.device_id, ?, 'not_owner', 'record:' || r.record_id || '#' || r.revision, "
        "'found when the store was upgraded: device ' || r.device_id || ' had sent revision ' "
        "|| r.revision || ' of record ' || r.record_id || ', which belongs to device ' "
        "|| o.device_id || '; it is set aside and no longer counts', r.bundle_hash "
        f"{foreign}",
        [now],
    )
    db.execute(f"DELETE FROM revisions WHERE rowid IN (SELECT r.rowid {foreign})")


@CENTRAL_MIGRATIONS(name="0003_device_names_and_duplicate_decisions")
def _names_and_decisions(db: sqlite_utils.Database) -> None:
    # The human name a coordinator gives a device at approval ("Monitor 3, Leilek").
    db.execute("ALTER TABLE devices ADD COLUMN name TEXT")
    # A coordinator's decisions about candidate duplicates, append-only: the newest
    # row for a pair is its state (same | different | undone). ``body`` is the
    # canonical JSON whose hash the centre's custody log entry ``log_seq`` carries.
    db.table("duplicate_decisions").create(
        {
            "seq": int,
            "kind": str,
            "record_a": str,
            "record_b": str,
            "decision": str,
            "decided_by": str,
            "decided_at": str,
            "body": str,
            "log_seq": int,
        },
        pk="seq",
        not_null={"kind", "record_a", "record_b", "decision", "decided_by", "decided_at", "body"},
    )
    db.table("duplicate_decisions").create_index(["record_a", "record_b"])


@CENTRAL_MIGRATIONS(name="0004_alarm_acknowledgements")
def _alarm_acknowledgements(db: sqlite_utils.Database) -> None:
    # A coordinator acknowledges an alarm: append-only, one row per alarm (the
    # alarm itself is kept as it was raised). ``body`` is the canonical JSON whose
    # hash the centre's custody-log entry ``log_seq`` carries.
    db.table("alarm_acknowledgements").create(
        {
            "alarm_id": int,
            "acknowledged_by": str,
            "acknowledged_at": str,
            "note": str,
            "body": str,
            "log_seq": int,
        },
        pk="alarm_id",
        not_null={"acknowledged_by", "acknowledged_at", "body", "log_seq"},
    )


def migrate(db: sqlite_utils.Database) -> None:
    CENTRAL_MIGRATIONS.apply(db)
