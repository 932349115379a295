"""Reading the central store: imported records and media with their origin, log checks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from fieldreport.central import devices, ids, record_search
from fieldreport.central.pg import clear_facts
from fieldreport.central.store import CentralStore
from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json, sha256_hex
from fieldreport.errors import RecordNotFound
from fieldreport.storage.custody_log import GENESIS_HASH, LogVerification
from fieldreport.storage.revision_hash import revision_hash

# ``revisions`` holds only the owners' chains (a revision from a device that does not
# own the record is refused at import, see central/ownership.py, and the migration to
# ownership set aside those an older store held), so a record's highest revision here
# is the head of its owner's chain.
_LATEST = (
    "SELECT r.* FROM revisions r WHERE r.revision = "
    "(SELECT max(revision) FROM revisions x WHERE x.record_id = r.record_id)"
)


def current_revisions(
    store: CentralStore, kinds: tuple[str, ...] = (), include_deleted: bool = False
) -> Iterator[dict[str, Any]]:
    """The current revision row of every record (of ``kinds``, if given).

    The one place that decides which revision is current for figures and
    duplicate detection (and whoever else reads records whole).
    """
    sql, params = _LATEST, list(kinds)
    if kinds:
        sql += f" AND r.kind IN ({', '.join('?' for _ in kinds)})"
    if not include_deleted:
        sql += " AND r.deleted = 0"
    yield from store.db.query(sql, params)


def current_facts(store: CentralStore, kinds: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """The current, not deleted, revision of every record of ``kinds`` with its clear facts.

    Rows of ``record_id, kind, revision, status, device_id, facts`` (a dict): what
    figures count by and nothing that names or quotes anyone
    (:mod:`fieldreport.central.pg.clear_facts`). On PostgreSQL straight from the
    clear ``facts`` column, no sealed value opened; on the embedded store taken
    from the record the same way.
    """
    column = "r.facts" if store.on_postgresql else "r.data"
    sql = _LATEST.replace(
        "r.*", f"r.record_id, r.kind, r.revision, r.status, r.device_id, {column}"
    )
    sql += f" AND r.kind IN ({', '.join('?' for _ in kinds)}) AND r.deleted = 0"
    for row in store.db.query(sql, list(kinds)):
        if store.on_postgresql:
            facts = row.pop("facts")
            row["facts"] = json.loads(facts) if isinstance(facts, str) else facts
        else:
            row["facts"] = clear_facts.kept_json(row.pop("data"))
        yield row


def current_data(store: CentralStore, record_ids: list[str]) -> dict[str, str]:
    """Record id → its current revision's record (JSON as the device sent it): only these
    are opened (on PostgreSQL each is a sealed value)."""
    found: dict[str, str] = {}
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start : start + 500]
        sql = _LATEST.replace("r.*", "r.record_id, r.data")
        sql += f" AND r.record_id IN ({', '.join('?' for _ in chunk)})"
        found.update((row[0], row[1]) for row in store.db.execute(sql, chunk))
    return found


def list_records(store: CentralStore, kind: str | None = None) -> list[dict[str, Any]]:
    if kind == "media":
        return [_media_summary(row) for row in store.db.query("SELECT * FROM media_items")]
    filters = record_search.RecordFilter(kinds=(kind,) if kind else (), include_deleted=True)
    return [row.to_json() for row in record_search.find(store, filters)]


def show(store: CentralStore, item_id: str) -> dict[str, Any]:
    """A record (every revision, each with its origin) or a media item, by id or prefix."""
    found = ids.resolve(store, item_id, ids.RECORD, ids.MEDIA)
    if found.kind is ids.RECORD:
        record_id = found.id
        revisions = list(
            store.db.query(
                "SELECT * FROM revisions WHERE record_id = ? ORDER BY revision", [record_id]
            )
        )
        latest = revisions[-1]
        owner = store.db.execute(
            "SELECT device_id FROM owners WHERE object_id = ?", [f"record:{record_id}"]
        ).fetchone()
        media = _latest_media(json.loads(revisions[-1]["data"]))
        named = [f"record:{record_id}#{r['revision']}" for r in revisions]
        return {
            "type": "record",
            "id": record_id,
            "owner": owner[0] if owner else None,  # the device whose revisions are accepted
            "kind": latest["kind"],
            "revision": latest["revision"],
            "status": latest["status"],
            "deleted": bool(latest["deleted"]),
            "data": json.loads(latest["data"]),
            "revisions": [
                {
                    "revision": r["revision"],
                    "saved_at": r["saved_at"],
                    "content_hash": r["content_hash"],
                    "origin": _origin(store, r),
                }
                for r in revisions
            ],
            # Raised on what it holds: a revision another device sent, or one of its
            # media items whose plaintext is not what its device signed (media_check).
            "alarms": _alarms_on(store, [*named, *(f"media:{m}" for m in media)]),
        }
    row = next(iter(store.db.query("SELECT * FROM media_items WHERE id = ?", [found.id])))
    return {
        **_media_summary(row),
        "type": "media",
        "info": json.loads(row["info"]),
        "origin": _origin(store, row),
        "alarms": _alarms_on(store, [f"media:{row['id']}"]),
    }


def _latest_media(data: dict[str, Any]) -> list[str]:
    media = data.get("media")
    return [m for m in media if isinstance(m, str)] if isinstance(media, list) else []


def _alarms_on(store: CentralStore, items: list[str]) -> list[dict[str, Any]]:
    """The alarms naming any of ``items``, oldest first."""
    if not items:
        return []
    marks = ",".join("?" * len(items))
    rows = store.db.execute(
        "SELECT a.id, a.code, a.item, a.device_id, a.raised_at, a.reason, "
        "k.acknowledged_at IS NOT NULL FROM device_alarms a "
        "LEFT JOIN alarm_acknowledgements k ON k.alarm_id = a.id "
        f"WHERE a.item IN ({marks}) ORDER BY a.id",
        items,
    ).fetchall()
    keys = ("alarm", "code", "item", "device_id", "raised_at", "reason", "acknowledged")
    return [{**dict(zip(keys, row, strict=True)), "acknowledged": bool(row[6])} for row in rows]


def _origin(store: CentralStore, row: dict[str, Any]) -> dict[str, Any]:
    bundle = store.db.execute(
        "SELECT sequence, received_at FROM bundles WHERE bundle_hash = ?", [row["bundle_hash"]]
    ).fetchone()
    return {
        "device_id": row["device_id"],
        "device_name": devices.names(store).get(row["device_id"], row["device_id"]),
        "bundle_hash": row["bundle_hash"],
        "bundle_sequence": bundle[0] if bundle else None,
        "received_at": bundle[1] if bundle else None,
        "log_seq": row["log_seq"],
        "entry_hash": row["entry_hash"],
    }


def _media_summary(row: dict[str, Any]) -> dict[str, Any]:
    info = json.loads(row["info"])
    return {
        "id": row["id"],
        "kind": "media",
        "media_kind": info.get("kind", ""),
        "sha256": row["sha256"],
        "size": row["size"],
        "deleted": bool(row["deleted"]),
        "stored": row["blob_id"] is not None,
        "device_id": row["device_id"],
    }


def read_media(store: CentralStore, media_id: str, target: Any) -> str:
    """Decrypt an imported original into ``target``; returns its SHA-256."""
    row = store.db.execute("SELECT blob_id FROM media_items WHERE id = ?", [media_id]).fetchone()
    if row is None or row[0] is None:
        raise RecordNotFound(f"No stored original for media item {media_id}.")
    return store.media.read_original(row[0], target)


def verify_log(store: CentralStore, device_id: str) -> LogVerification:
    """Re-verify a device's whole stored chain, and every revision and media item against it."""
    device = devices.get(store, device_id)
    expected, count = GENESIS_HASH, 0
    by_object: dict[str, tuple[int, str]] = {}
    for row in store.db.query(
        "SELECT * FROM device_log WHERE device_id = ? ORDER BY seq", [device.id]
    ):
        count += 1
        body = {k: row[k] for k in ("seq", "prev_hash", "time", "event", "object", "content_hash")}
        message = canonical_json(body)
        problem = ""
        if row["seq"] != count:
            problem = f"entry {count} is missing"
        elif row["prev_hash"] != expected:
            problem = "it does not follow the entry before it"
        elif sha256_hex(message) != row["entry_hash"]:
            problem = "its contents were altered"
        elif not signing.verify(device.public_key, bytes(row["signature"]), message):
            problem = "its signature is not valid"
        if problem:
            return LogVerification(False, count, expected, count, problem)
        # The first entry for an object: a record revision's only one, a media item's ingest.
        by_object.setdefault(row["object"], (row["seq"], row["content_hash"]))
        expected = row["entry_hash"]
    for rev in store.db.query("SELECT * FROM revisions WHERE device_id = ?", [device.id]):
        entry = by_object.get(f"record:{rev['record_id']}#{rev['revision']}")
        if entry is None or entry[1] != rev["content_hash"] or revision_hash(rev) != entry[1]:
            seq = entry[0] if entry else rev["log_seq"]
            return LogVerification(
                False,
                count,
                expected,
                seq,
                f"record {rev['record_id']} revision {rev['revision']} does not match the log",
            )
    for media in store.db.query("SELECT * FROM media_items WHERE device_id = ?", [device.id]):
        entry = by_object.get(f"media:{media['id']}")
        if entry is None or entry[1] != media["sha256"]:
            return LogVerification(
                False,
                count,
                expected,
                media["log_seq"],
                f"media item {media['id']} does not match its ingest entry",
            )
    return LogVerification(True, count, expected)
