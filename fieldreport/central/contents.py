"""A bundle's items, checked against its custody-log entries and the central store.

Every item must be one the entries call for (a record revision an entry
names, with the entry's content hash; a media original an ingest entry names,
with its hash; a description of a media item an entry names), and every item
the entries call for must be there (a media item shredded before it was sent
travels as its description only). Items the centre already holds from this
device are skipped; an id another device already used is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from fieldreport.central.bulk_insert import insert_rows
from fieldreport.central.chain import Entry
from fieldreport.central.id_lists import select_in
from fieldreport.central.sink import CentralSink
from fieldreport.errors import BundleRejected
from fieldreport.sync import strict_json
from fieldreport.sync.bundle_format import MAX_SIZE, Manifest
from fieldreport.sync.fields import Fields

RECORD_EVENTS = {"create", "edit", "delete"}
MEDIA_EVENTS = {"media_ingest", "media_caption", "media_delete"}
REVISION_KEYS = {"id", "kind", "revision", "status", "deleted", "saved_at", "data"}
INFO_KEYS = {
    "id",
    "sha256",
    "size",
    "mime",
    "kind",
    "original_name",
    "imported_at",
    "caption",
    "metadata",
}


class ContentsMismatch(BundleRejected):
    """The bundle's items and its custody-log entries do not agree."""

    code = "contents_mismatch"


#: What the rows checked so far may hold before they are written (inside the import's
#: transaction, so a later refusal still rolls them back): a revision may be 16 MiB and
#: a bundle may carry 200,000 items, so they are not all kept until the end.
SPILL_BYTES = 8 * 1024 * 1024
SPILL_ROWS = 20_000


@dataclass
class Contents:
    revisions: list[dict[str, Any]] = field(default_factory=list)
    media: list[dict[str, Any]] = field(default_factory=list)  # new media_items rows
    infos: list[dict[str, Any]] = field(default_factory=list)  # media_infos rows
    info_updates: list[dict[str, Any]] = field(default_factory=list)  # newer info, known items
    written_revisions: int = 0  # rows written already (see write)
    written_media: int = 0
    held_bytes: int = 0  # of the texts in the rows not written yet

    @property
    def revision_count(self) -> int:
        return self.written_revisions + len(self.revisions)

    @property
    def media_count(self) -> int:
        return self.written_media + len(self.media)

    def hold(self, db: sqlite_utils.Database, size: int) -> None:
        """Note a row of ``size`` bytes of text; write what is held once it is too much."""
        self.held_bytes += size
        rows = len(self.revisions) + len(self.infos)
        if self.held_bytes > SPILL_BYTES or rows >= SPILL_ROWS:
            self.write(db)

    def write(self, db: sqlite_utils.Database) -> None:
        """Insert the rows held (in the caller's transaction) and let them go."""
        insert_rows(db, "revisions", self.revisions)
        db.table("media_items").insert_all(self.media)
        db.table("media_infos").insert_all(self.infos, replace=True)
        for update in self.info_updates:
            db.table("media_items").update(update["id"], update)
        self.written_revisions += len(self.revisions)
        self.written_media += len(self.media)
        self.revisions, self.media, self.infos, self.info_updates = [], [], [], []
        self.held_bytes = 0


def check_contents(
    db: sqlite_utils.Database,
    manifest: Manifest,
    entries: list[Entry],
    sink: CentralSink,
    bundle_hash: str,
) -> Contents:
    device = manifest.device_id
    by_object: dict[str, Entry] = {}
    ingests: dict[str, Entry] = {}
    described: dict[str, Entry] = {}
    for entry in entries:
        if entry.event in RECORD_EVENTS and entry.object.startswith("record:"):
            if entry.object in by_object:
                _twice(entry.object)
            by_object[entry.object] = entry
        elif entry.event in MEDIA_EVENTS and entry.object.startswith("media:"):
            media_id = entry.object.removeprefix("media:")
            described[media_id] = entry
            if entry.event == "media_ingest":
                if media_id in ingests:
                    _twice(entry.object)
                ingests[media_id] = entry
    listed = {item.id: item for item in manifest.items}
    for item in manifest.items:
        if item.kind == "log":
            continue
        key = item.id.split(":", 1)[1]
        known = {
            "record_revision": item.id in by_object,
            "media_info": key in described,
            "media": key in ingests,
        }[item.kind]
        if not known:
            raise ContentsMismatch(
                f"The bundle holds {item.id}, which its custody log does not record; refused."
            )
    out = Contents()
    held = _held_revisions(db, [obj.removeprefix("record:") for obj in by_object])
    for obj, entry in by_object.items():
        found = listed.get(obj)
        if found is None:
            raise ContentsMismatch(f"The bundle lacks {obj}, which its custody log records.")
        if found.sha256 != entry.content_hash:
            raise ContentsMismatch(f"{obj} in the bundle does not match its custody-log entry.")
        row = _revision(sink.items[obj], obj, entry, device, bundle_hash)
        if _existing_revision(held, row, device):
            continue
        out.revisions.append(row)
        out.hold(db, len(row["data"]))
    for media_id, entry in described.items():
        _media(db, media_id, entry, ingests.get(media_id), listed, sink, device, bundle_hash, out)
    return out


def _twice(obj: str) -> None:
    # A device logs each revision (each original's intake) once: were a second entry
    # kept, the stored log's first one (what central verify and evidence packages
    # read) and the content imported (the last one's) would disagree.
    raise ContentsMismatch(
        f"The bundle's custody log names {obj} twice, each time as new content; refused."
    )


def _revision(data: bytes, obj: str, entry: Entry, device: str, bundle_hash: str) -> dict[str, Any]:
    what = f"record revision {obj.removeprefix('record:')}"
    value = strict_json.parse(
        data, what=what, error=BundleRejected, max_bytes=MAX_SIZE["record_revision"], max_depth=32
    )
    fields = Fields(value, REVISION_KEYS, what=what, error=BundleRejected)
    record_id, _, revision = obj.removeprefix("record:").partition("#")
    if fields.uuid("id") != record_id or fields.integer("revision", 1) != int(revision):
        fields.fail(f"the {what} carries another id or revision than its name")
    deleted = fields.raw("deleted")
    payload = fields.raw("data")
    if not isinstance(deleted, bool) or not isinstance(payload, dict):
        fields.fail(f"the {what} has an invalid deleted flag or data")
    return {
        "record_id": record_id,
        "revision": int(revision),
        "kind": fields.text("kind", max_len=40),
        "status": fields.text("status", max_len=40),
        "deleted": int(deleted),
        "saved_at": fields.timestamp("saved_at"),
        "data": _data_as_signed(data),
        "content_hash": entry.content_hash,
        "device_id": device,
        "bundle_hash": bundle_hash,
        "log_seq": entry.seq,
        "entry_hash": entry.entry_hash,
    }


def _data_as_signed(data: bytes) -> str:
    """The revision's ``data`` as the device signed it: its canonical form, cut from the bytes.

    ``data`` is a revision in canonical form (checked) with exactly the keys
    :data:`REVISION_KEYS`, so it opens with ``{"data":`` (the first key in order)
    and the data object ends where the last ``,"deleted":`` begins: a quote inside
    a text is always escaped (``\\"``), and after the data only plain values
    follow. No second encoding of every record (7 µs each); the stored text is
    the signed one, which every reader parses as JSON.
    """
    text = data.decode("utf-8")
    return text[len('{"data":') : text.rindex(',"deleted":')]


def _held_revisions(
    db: sqlite_utils.Database, names: list[str]
) -> dict[tuple[str, int], tuple[str, str]]:
    """(record id, revision) → (device, content hash) of those the centre already holds.

    ``names`` are ``<record id>#<revision>``; one query for all of them
    (:func:`fieldreport.central.id_lists.select_in`) instead of one per revision.
    """
    record_ids = sorted({name.partition("#")[0] for name in names})
    sql = (
        "SELECT record_id, revision, device_id, content_hash FROM revisions "
        "WHERE record_id IN {ids}"
    )
    return {
        (record_id, revision): (device, content_hash)
        for record_id, revision, device, content_hash in select_in(db, sql, record_ids)
    }


def _existing_revision(
    held: dict[tuple[str, int], tuple[str, str]], row: dict[str, Any], device: str
) -> bool:
    found = held.get((row["record_id"], row["revision"]))
    if found is None:
        return False
    if found[0] != device or found[1] != row["content_hash"]:
        raise BundleRejected(
            f"Record {row['record_id']} revision {row['revision']} already came from another "
            "device or with other content; the bundle was refused.",
            "taken_by_other_device",
            item=f"record:{row['record_id']}#{row['revision']}",
        )
    return True


def _media(
    db: sqlite_utils.Database,
    media_id: str,
    entry: Entry,
    ingest: Entry | None,
    listed: dict[str, Any],
    sink: CentralSink,
    device: str,
    bundle_hash: str,
    out: Contents,
) -> None:
    info_id = f"media-info:{media_id}"
    if info_id not in listed:
        raise ContentsMismatch(f"The bundle lacks the description of media item {media_id}.")
    info = _info(sink.items[info_id], media_id)
    existing = db.execute(
        "SELECT device_id, sha256 FROM media_items WHERE id = ?", [media_id]
    ).fetchone()
    if existing is not None and existing[0] != device:
        raise BundleRejected(
            f"Media item {media_id} already came from another device; the bundle was refused.",
            "taken_by_other_device",
            item=f"media:{media_id}",
        )
    expected = ingest.content_hash if ingest is not None else (existing and existing[1])
    if not expected or info["sha256"] != expected:
        raise ContentsMismatch(
            f"The description of media item {media_id} does not match its custody-log entry."
        )
    info_text = sink.items[info_id].decode("utf-8")
    out.infos.append(
        {"media_id": media_id, "bundle_hash": bundle_hash, "info": info_text, "log_seq": entry.seq}
    )
    out.hold(db, 2 * len(info_text))  # here, and in its media_items row
    if existing is not None:
        out.info_updates.append(
            {"id": media_id, "info": info_text, "deleted": int(info["deleted"])}
        )
        return
    assert ingest is not None
    original = listed.get(f"media:{media_id}")
    blob_id = None
    if original is None:
        if not info["deleted"]:
            raise ContentsMismatch(f"The bundle lacks media item {media_id}, which it describes.")
    else:
        if original.content_sha256 != ingest.content_hash or original.content_size != info["size"]:
            raise ContentsMismatch(f"Media item {media_id} does not match its custody-log entry.")
        stored = sink.stored[original.id]
        if stored.item.sha256 != ingest.content_hash:
            raise BundleRejected(
                f"Media item {media_id} changed while it was imported.", "changed_while_read"
            )
        blob_id = stored.item.id
    out.media.append(
        {
            "id": media_id,
            "blob_id": blob_id,
            "sha256": ingest.content_hash,
            "size": info["size"],
            "info": info_text,
            "deleted": int(info["deleted"]),
            "device_id": device,
            "bundle_hash": bundle_hash,
            "log_seq": ingest.seq,
            "entry_hash": ingest.entry_hash,
        }
    )


def _info(data: bytes, media_id: str) -> dict[str, Any]:
    what = f"description of media item {media_id}"
    value = strict_json.parse(
        data, what=what, error=BundleRejected, max_bytes=MAX_SIZE["media_info"], max_depth=16
    )
    keys = INFO_KEYS | ({"deleted"} if isinstance(value, dict) and "deleted" in value else set())
    fields = Fields(value, keys, what=what, error=BundleRejected)
    if fields.uuid("id") != media_id:
        fields.fail(f"the {what} carries another id")
    deleted = fields.raw("deleted") if "deleted" in keys else False
    if deleted is not True and deleted is not False:
        fields.fail(f"the field deleted in the {what} is not true")
    return {"sha256": fields.sha256("sha256"), "size": fields.integer("size"), "deleted": deleted}
