"""Which device a record or a media item belongs to, checked for every new custody entry.

A record belongs to the device that created it, a media item to the device
that took it in: the first device whose bundle brings it to the centre owns
it (``owners``). From then on the centre accepts a new revision of the
record (an edit, a deletion, an attachment, a link) and a new description of
the media item (a caption, a deletion) only from its owner. A revision from
any other device refuses the whole bundle with the code ``not_owner`` and
raises an alarm on the sending device; nothing else changes, so no device can
write, shadow or block another device's records.

Only entries new to the centre are checked: an entry the centre already holds
was accepted when it came (a device sending again what a lost bundle carried
brings its old entries once more, and they stay accepted after a handover).
A coordinator moves records from one device to another only by a handover
(:mod:`fieldreport.central.handover`), signed by the organisation.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils

from fieldreport.central.chain import Entry
from fieldreport.central.id_lists import select_in
from fieldreport.errors import BundleRejected

RECORD_EVENTS = {"create", "edit", "delete"}
MEDIA_EVENTS = {"media_ingest", "media_caption", "media_delete"}


class NotOwner(BundleRejected):
    """A device sent a change to a record or media item another device owns."""

    code = "not_owner"


def owned_object(entry: Entry) -> str | None:
    """``record:<id>`` or ``media:<id>`` for an entry that changes one; None otherwise."""
    if entry.event in RECORD_EVENTS and entry.object.startswith("record:"):
        return entry.object.partition("#")[0]
    if entry.event in MEDIA_EVENTS and entry.object.startswith("media:"):
        return entry.object
    return None


def not_owner(item: str, device_id: str, owner: str) -> NotOwner:
    kind, _, rest = item.partition(":")
    what = (
        f"revision {rest.partition('#')[2]} of record {rest.partition('#')[0]}"
        if kind == "record"
        else f"a change to media item {rest}"
    )
    return NotOwner(
        f"ALARM: device {device_id} sent {what}, which belongs to device {owner}. A device "
        "may change only the records and media it created; the bundle was refused and "
        f"nothing in it was stored. Check device {device_id}: its key may be in other hands. "
        "If the records should move to it (a replaced laptop), hand them over with "
        "'central handover'.",
        item=item,
        device=device_id,
        owner=owner,
    )


def check(
    db: sqlite_utils.Database, device_id: str, fresh: Iterable[Entry], since: str
) -> list[dict[str, Any]]:
    """Raise :class:`NotOwner` unless ``device_id`` owns what ``fresh`` changes.

    Returns the ``owners`` rows to insert for what the entries bring first.
    """
    first_entry: dict[str, Entry] = {}
    for entry in fresh:
        obj = owned_object(entry)
        if obj is not None:
            first_entry.setdefault(obj, entry)
    stored = owners_of(db, list(first_entry))
    new: list[dict[str, Any]] = []
    for obj, entry in first_entry.items():
        owner = stored.get(obj)
        if owner is None:
            new.append({"object_id": obj, "device_id": device_id, "since": since})
        elif owner != device_id:
            raise not_owner(entry.object, device_id, owner)
    return new


def owners_of(db: sqlite_utils.Database, objects: list[str]) -> dict[str, str]:
    sql = "SELECT object_id, device_id FROM owners WHERE object_id IN {ids}"
    return dict(select_in(db, sql, objects))


def owned_by(db: sqlite_utils.Database, device_id: str) -> list[str]:
    """Every object the device owns now, records first."""
    return [
        row[0]
        for row in db.execute(
            "SELECT object_id FROM owners WHERE device_id = ? "
            "ORDER BY object_id LIKE 'record:%' DESC, object_id",
            [device_id],
        )
    ]
