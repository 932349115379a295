"""Versioned schema migrations for the central store (its own migration set).

The ``media`` and ``media_links`` tables have the field vault's layout so the
vault's :class:`~fieldreport.storage.media_store.MediaStore` keeps the
centre's media too; ``custody_log`` is the centre's own signed log (signed by
the organisation's key). Never edit a shipped migration: add a new one.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

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


@CENTRAL_MIGRATIONS(name="0002_device_names_and_duplicate_decisions")
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


def migrate(db: sqlite_utils.Database) -> None:
    CENTRAL_MIGRATIONS.apply(db)
