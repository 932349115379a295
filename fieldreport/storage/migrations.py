"""Versioned schema migrations for the field vault.

Each migration is applied once, inside a transaction, and recorded in
``_sqlite_migrations``. Never edit a shipped migration: add a new one, and add
a fixture vault of the previous version under ``tests/fixtures/``.
"""

from __future__ import annotations

import json

import sqlite_utils
from sqlite_utils import Migrations

VAULT_MIGRATIONS = Migrations("fieldreport-vault")


@VAULT_MIGRATIONS(name="0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    db.table("device").create(
        {"id": str, "private_key": bytes, "public_key": bytes, "created_at": str}, pk="id"
    )
    db.table("records").create(
        {
            "id": str,
            "kind": str,
            "revision": int,
            "status": str,
            "created_at": str,
            "updated_at": str,
            "deleted": int,
            "title": str,
            "event_date": str,
            "location_text": str,
            "search_text": str,
        },
        pk="id",
        not_null={"kind", "revision", "status", "created_at", "updated_at", "deleted"},
    )
    db.table("records").create_index(["kind", "updated_at"])
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
            "log_seq": int,
        },
        pk=("record_id", "revision"),
        not_null={"kind", "status", "deleted", "saved_at", "data", "content_hash"},
        foreign_keys=[("record_id", "records", "id")],
    )
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


@VAULT_MIGRATIONS(name="0002_sync_state")
def _sync_state(db: sqlite_utils.Database) -> None:
    # The revision the organisation has acknowledged with a signed receipt
    # (0: never synced), and a small key/value table for vault-wide facts.
    db.table("records").add_column("synced_revision", int, not_null_default=0)
    db.table("vault_info").create({"key": str, "value": str}, pk="key")


@VAULT_MIGRATIONS(name="0003_localised_labels")
def _localised_labels(db: sqlite_utils.Database) -> None:
    # List titles and places in every interface language, so a list shown in
    # Russian or Kyrgyz does not fall back to English vocabulary labels.
    from fieldreport.storage.labels import localised_labels  # the code of this version

    db.table("records").add_column("titles", str)
    db.table("records").add_column("places", str)
    rows = db.execute(
        "SELECT r.id, r.kind, v.data FROM records r JOIN revisions v "
        "ON v.record_id = r.id AND v.revision = r.revision"
    ).fetchall()
    for record_id, kind, data in rows:
        db.table("records").update(record_id, localised_labels(kind, json.loads(data)))


@VAULT_MIGRATIONS(name="0004_form_autosave")
def _form_autosave(db: sqlite_utils.Database) -> None:
    # What a person was typing into a form that was not yet saved: kept here,
    # encrypted, when the vault locks or the app stops, and offered back later.
    db.table("autosave").create(
        {
            "key": str,
            "kind": str,
            "record_id": str,
            "base_revision": int,
            "data": str,
            "saved_at": str,
        },
        pk="key",
        not_null={"kind", "data", "saved_at"},
    )


@VAULT_MIGRATIONS(name="0005_media")
def _media(db: sqlite_utils.Database) -> None:
    # Photos, audio and documents. The original lives outside the database in
    # media/<file_name>, age-encrypted to this row's own identity; deleting the
    # identity destroys the file (crypto-shredding). Thumbnails and previews
    # are JPEG bytes inside the (encrypted) database.
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
    # One live item per content; a shredded item's hash may come in again.
    db.execute("CREATE UNIQUE INDEX media_live_sha256 ON media (sha256) WHERE deleted = 0")
    # Which records list which media in their current revision.
    db.table("media_links").create(
        {"record_id": str, "media_id": str}, pk=("record_id", "media_id")
    )
    db.table("media_links").create_index(["media_id"])
    db.execute(
        "INSERT INTO media_links (record_id, media_id) "
        "SELECT r.id, j.value FROM records r "
        "JOIN revisions v ON v.record_id = r.id AND v.revision = r.revision, "
        "json_each(v.data, '$.media') j WHERE r.deleted = 0"
    )


@VAULT_MIGRATIONS(name="0006_media_analysis")
def _media_analysis(db: sqlite_utils.Database) -> None:
    # Photos are stored first and analysed (decoded, thumbnail, EXIF) afterwards,
    # in the background: 'pending' until then, 'done' after, 'damaged' when the
    # decoder found the photo damaged (it is kept: it is evidence either way).
    # The queue is these rows, so it survives a crash or a lock; attempts counts
    # the analyses started, so one photo that kills the decoder cannot do so forever.
    db.execute("ALTER TABLE media ADD COLUMN analysis TEXT NOT NULL DEFAULT 'done'")
    db.execute("ALTER TABLE media ADD COLUMN analysis_attempts INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "CREATE INDEX media_analysis_pending ON media (imported_at) WHERE analysis = 'pending'"
    )


@VAULT_MIGRATIONS(name="0007_list_at_scale")
def _list_at_scale(db: sqlite_utils.Database) -> None:
    # Lists, counts and search that grow with what they find, not with the vault
    # (issue 13): an index that serves each kind's list newest first and its count
    # without reading the rows, and the search text in an FTS5 trigram index (inside
    # this encrypted database, so as encrypted as the rest) that answers the list's
    # "contains these words" without a scan. The FTS row numbers live in a table
    # of their own (an INTEGER PRIMARY KEY survives VACUUM; records' rowids might
    # not); triggers keep both in step with ``records``. ``secure-delete`` removes
    # a changed or purged text from the index at once, not at the next merge.
    db.execute("CREATE INDEX records_list ON records (kind, deleted, updated_at, id)")
    db.execute(
        "CREATE TABLE record_text_ids (n INTEGER PRIMARY KEY, record_id TEXT NOT NULL UNIQUE)"
    )
    db.execute("CREATE VIRTUAL TABLE record_text USING fts5(search_text, tokenize = 'trigram')")
    db.execute("INSERT INTO record_text (record_text, rank) VALUES ('secure-delete', 1)")
    db.execute(
        "CREATE TRIGGER record_text_insert AFTER INSERT ON records BEGIN "
        "INSERT INTO record_text_ids (record_id) VALUES (new.id); "
        "INSERT INTO record_text (rowid, search_text) "
        "SELECT n, coalesce(new.search_text, '') FROM record_text_ids WHERE record_id = new.id; "
        "END"
    )
    db.execute(
        "CREATE TRIGGER record_text_update AFTER UPDATE OF search_text ON records BEGIN "
        "UPDATE record_text SET search_text = coalesce(new.search_text, '') "
        "WHERE rowid = (SELECT n FROM record_text_ids WHERE record_id = new.id); "
        "END"
    )
    db.execute(
        "CREATE TRIGGER record_text_delete AFTER DELETE ON records BEGIN "
        "DELETE FROM record_text "
        "WHERE rowid = (SELECT n FROM record_text_ids WHERE record_id = old.id); "
        "DELETE FROM record_text_ids WHERE record_id = old.id; "
        "END"
    )
    db.execute("INSERT INTO record_text_ids (record_id) SELECT id FROM records ORDER BY rowid")
    db.execute(
        "INSERT INTO record_text (rowid, search_text) "
        "SELECT t.n, coalesce(r.search_text, '') FROM record_text_ids t "
        "JOIN records r ON r.id = t.record_id"
    )


@VAULT_MIGRATIONS(name="0008_media_cipher_hash")
def _media_cipher_hash(db: sqlite_utils.Database) -> None:
    # The SHA-256 of each original's age file as stored, taken while it is written
    # at ingest, so that an export (which carries the file as it is and lists this
    # hash in the manifest) need not read every file once more to hash it (issue 13).
    # NULL for rows stored before: the first export hashes those files once and
    # fills it in (sync/export_plan.py).
    db.execute("ALTER TABLE media ADD COLUMN cipher_sha256 TEXT")


@VAULT_MIGRATIONS(name="0008_title_keys")
def _title_keys(db: sqlite_utils.Database) -> None:
    # Ordering a kind's list by title was a Python key per record (25,000 at
    # 100,000 records, each a call from SQLite into Python); each record now keeps
    # its title folded in every interface language, with an index per language
    # that serves the list in that order (issue 13). Filled from the stored titles.
    from fieldreport.storage.labels import ensure_title_keys  # the code of this version

    ensure_title_keys(db)


def migrate(db: sqlite_utils.Database, *, stop_before: str | None = None) -> None:
    VAULT_MIGRATIONS.apply(db, stop_before=stop_before)


def applied(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in VAULT_MIGRATIONS.applied(db)]


def latest() -> str:
    return VAULT_MIGRATIONS._migrations[-1].name
