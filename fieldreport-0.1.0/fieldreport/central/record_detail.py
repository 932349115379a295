"""Everything the coordinator's record view shows, read in one go off the window's thread.

A record: every revision with its data and its origin (device, bundle,
custody-log entry), the records it links to and those that link to it, its
photos and files as the devices described them. A media item: its
description, origin and the records it is attached to. Pictures for the view
(a thumbnail and a screen-sized preview) are made from the original in
memory; a store opened to write keeps the preview, encrypted, for next time.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from typing import Any

from fieldreport.central import queries, record_index, record_search
from fieldreport.central.record_search import RecordRow
from fieldreport.central.store import CentralStore
from fieldreport.domain.photos import PREVIEW_SIZE, PhotoRejected, open_image
from fieldreport.domain.photos import preview as make_preview
from fieldreport.domain.photos import thumbnail as make_thumbnail
from fieldreport.errors import FieldReportError, RecordNotFound
from fieldreport.storage.media_store import MediaItem

#: Photos larger than this are not decoded for a preview (as in the field app).
PICTURE_LIMIT = 96 * 1024 * 1024


@dataclass(frozen=True)
class Revision:
    revision: int
    saved_at: str
    status: str
    deleted: bool
    data: dict[str, Any]
    origin: dict[str, Any]


@dataclass(frozen=True)
class MediaInfo:
    """A media item as its device described it, and whether the centre holds its bytes."""

    item: MediaItem  # records: the ids of the records it is attached to
    stored: bool
    device_id: str
    origin: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RecordDetail:
    id: str
    kind: str
    revisions: list[Revision]
    links_out: list[RecordRow]  # the records this one names, as list rows
    links_in: list[RecordRow]  # the records that name this one
    media: list[MediaInfo]
    missing_links: list[str]  # ids it names that the centre has not received
    # Alarms naming its revisions or its media items (queries.show), oldest first.
    alarms: tuple[dict[str, Any], ...] = ()

    @property
    def current(self) -> Revision:
        return self.revisions[-1]


def device_names(store: CentralStore) -> dict[str, str]:
    """Device id → the name given at approval (or the id), for every registered device."""
    columns = {row[1] for row in store.db.execute("PRAGMA table_info(devices)")}
    if "name" not in columns:
        return {row[0]: row[0] for row in store.db.execute("SELECT id FROM devices")}
    return {row[0]: row[1] or row[0] for row in store.db.execute("SELECT id, name FROM devices")}


def record_detail(store: CentralStore, record_id: str, lang: str = "en") -> RecordDetail:
    shown = queries.show(store, record_id)
    if shown.get("type") != "record":
        raise RecordNotFound(f"No imported record with id {record_id}.")
    full_id = shown["id"]
    data_by_revision = {
        row[0]: (row[1], bool(row[2]), _json(row[3]))
        for row in store.db.execute(
            "SELECT revision, status, deleted, data FROM revisions WHERE record_id = ?", [full_id]
        )
    }
    revisions = []
    for rev in shown["revisions"]:
        status, deleted, data = data_by_revision[rev["revision"]]
        revisions.append(
            Revision(rev["revision"], rev["saved_at"], status, deleted, data, rev["origin"])
        )
    current = revisions[-1].data
    named = [i for i in dict.fromkeys(current.get("links") or []) if isinstance(i, str)]
    out_rows = {row.id: row for row in record_search.rows_for(store, named, lang)}
    links_in = record_search.rows_for(store, record_search.linked_from(store, full_id), lang)
    media_ids = [i for i in dict.fromkeys(current.get("media") or []) if isinstance(i, str)]
    media = [media_info(store, media_id) for media_id in media_ids]
    return RecordDetail(
        id=full_id,
        kind=shown["kind"],
        revisions=revisions,
        links_out=[out_rows[i] for i in named if i in out_rows],
        links_in=sorted(links_in, key=lambda row: row.saved_at),
        media=[m for m in media if m is not None],
        missing_links=[i for i in named if i not in out_rows],
        alarms=tuple(shown.get("alarms", ())),
    )


def media_info(store: CentralStore, media_id: str) -> MediaInfo | None:
    row = store.db.execute(
        "SELECT id, blob_id, sha256, size, info, deleted, device_id, bundle_hash, log_seq, "
        "entry_hash FROM media_items WHERE id = ?",
        [media_id],
    ).fetchone()
    if row is None:
        return None
    info = _json(row[4])
    records = tuple(
        r[0]
        for r in store.db.execute(
            "SELECT record_id FROM record_index r, json_each(r.media) m "
            "WHERE m.value = ? AND r.deleted = 0 ORDER BY r.saved_at",
            [row[0]],
        )
    )
    metadata = info.get("metadata")
    item = MediaItem(
        id=row[0],
        sha256=row[2],
        size=row[3],
        mime=_str(info.get("mime")),
        kind=_str(info.get("kind")) or "document",
        original_name=_str(info.get("original_name")),
        imported_at=_str(info.get("imported_at")),
        caption=_str(info.get("caption")),
        metadata=metadata if isinstance(metadata, dict) else {},
        deleted=bool(row[5]),
        records=records,
    )
    origin = {
        "device_id": row[6],
        "bundle_hash": row[7],
        "log_seq": row[8],
        "entry_hash": row[9],
    }
    bundle = store.db.execute(
        "SELECT sequence, received_at FROM bundles WHERE bundle_hash = ?", [row[7]]
    ).fetchone()
    origin["bundle_sequence"] = bundle[0] if bundle else None
    origin["received_at"] = bundle[1] if bundle else None
    return MediaInfo(item, row[1] is not None, row[6], origin)


def media_detail(store: CentralStore, media_id: str, lang: str = "en") -> tuple[MediaInfo, list]:
    """A media item (by id or prefix) and the list rows of the records it is attached to."""
    record_index.refresh(store)
    shown = queries.show(store, media_id)
    info = media_info(store, shown["id"])
    if info is None:
        raise RecordNotFound(f"No imported media item with id {media_id}.")
    return info, record_search.rows_for(store, info.item.records, lang)


def find_media(
    store: CentralStore, search: str = "", device_id: str | None = None
) -> list[MediaInfo]:
    """Every media item the centre received (newest first), matching every word of ``search``
    in its name, caption, type or id."""
    record_index.refresh(store)
    sql, params = "SELECT id FROM media_items", []
    if device_id:
        sql += " WHERE device_id = ?"
        params.append(device_id)
    words = search.casefold().split()
    found = []
    for (media_id,) in store.db.execute(sql + " ORDER BY rowid DESC", params).fetchall():
        info = media_info(store, media_id)
        if info is None:
            continue
        item = info.item
        text = " ".join((item.id, item.original_name, item.caption, item.mime, item.kind))
        if all(word in text.casefold() for word in words):
            found.append(info)
    return found


@dataclass(frozen=True)
class Pictures:
    thumbnail: bytes | None
    preview: bytes | None


def pictures(store: CentralStore, media_id: str) -> Pictures:
    """A thumbnail and a preview of a stored photo (JPEG, no metadata), or none."""
    row = store.db.execute(
        "SELECT blob_id, size, info FROM media_items WHERE id = ?", [media_id]
    ).fetchone()
    if row is None or row[0] is None or _json(row[2]).get("kind") != "photo":
        return Pictures(None, None)
    blob, size = row[0], row[1]
    made = store.media.preview(blob)
    try:
        if made is None:
            if size > PICTURE_LIMIT:
                return Pictures(None, None)
            buffer = io.BytesIO()
            store.media.read_original(blob, buffer)
            made = make_preview(open_image(buffer.getvalue(), for_size=PREVIEW_SIZE))
            with store.writing_if_free() as free:  # a cache: never worth waiting for
                if free:
                    store.media.save_preview(blob, made)
        small = make_thumbnail(open_image(made))
    except (PhotoRejected, FieldReportError):
        return Pictures(None, None)
    return Pictures(small, made)


def _json(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""
