"""Ids a coordinator types: the whole id, or its first characters when unambiguous.

Every centre command that takes a record, media item or device id resolves
it here, so all of them answer a wrong id the same way:

- too short (and not a whole id): "give the whole id, or at least its first
  N characters" (6 for records and media items, 8 for devices);
- ambiguous: "more than one … starts with …", with a few of the ids that do;
- no such id: the kind's own error, so the exit code says what was missing
  (11 record, 16 media item, 20 device).
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldreport.central.store import CentralStore
from fieldreport.errors import DeviceNotFound, FieldReportError, MediaNotFound, RecordNotFound
from fieldreport.storage.id_prefix import MIN_ID_PREFIX, escape_like

#: Ids listed when a prefix is ambiguous.
SHOWN_MATCHES = 3
#: Device ids are shown as 8 characters in tables; fewer would often be ambiguous.
MIN_DEVICE_PREFIX = 8


@dataclass(frozen=True)
class IdKind:
    """Where ids of one kind live, and the error (exit code) when one is not there."""

    what: str  # as people say it: "record", "media item", "device"
    table: str
    column: str
    missing: type[FieldReportError]
    minimum: int = MIN_ID_PREFIX
    absent: str = "No imported {what} with id {id}."


RECORD = IdKind("record", "revisions", "record_id", RecordNotFound)
MEDIA = IdKind("media item", "media_items", "id", MediaNotFound)
DEVICE = IdKind(
    "device",
    "devices",
    "id",
    DeviceNotFound,
    MIN_DEVICE_PREFIX,
    "No {what} with id {id} is registered.",
)


@dataclass(frozen=True)
class Resolved:
    kind: IdKind
    id: str


def resolve(store: CentralStore, typed: str, *kinds: IdKind) -> Resolved:
    """The one id of ``kinds`` (tried in order) that ``typed`` names; raises otherwise.

    The error is the first kind's (its exit code), worded for every kind asked.
    """
    kinds = kinds or (RECORD,)
    text = typed.strip() if isinstance(typed, str) else ""
    what = " or ".join(k.what for k in kinds)
    missing = kinds[0].missing
    for kind in kinds:
        row = store.db.execute(
            f"SELECT {kind.column} FROM {kind.table} WHERE {kind.column} = ? LIMIT 1", [text]
        ).fetchone()
        if row is not None:
            return Resolved(kind, str(row[0]))
    minimum = max(k.minimum for k in kinds)
    if len(text) < minimum:
        raise missing(
            f"No {what} with id {text}: give the whole id, or at least its first "
            f"{minimum} characters."
        )
    found: list[Resolved] = []
    for kind in kinds:
        rows = store.db.execute(
            f"SELECT DISTINCT {kind.column} FROM {kind.table} "
            f"WHERE {kind.column} LIKE ? ESCAPE '\\' ORDER BY {kind.column} LIMIT ?",
            [escape_like(text) + "%", SHOWN_MATCHES + 1],
        ).fetchall()
        found += [Resolved(kind, str(row[0])) for row in rows]
    if len(found) > 1:
        shown = ", ".join(f.id for f in found[:SHOWN_MATCHES])
        more = ", …" if len(found) > SHOWN_MATCHES else ""
        raise missing(
            f"More than one {what} id starts with {text} ({shown}{more}); type more of it."
        )
    if not found:
        raise missing(kinds[0].absent.format(what=what, id=text))
    return found[0]


def record_id(store: CentralStore, typed: str) -> str:
    return resolve(store, typed, RECORD).id


def media_id(store: CentralStore, typed: str) -> str:
    return resolve(store, typed, MEDIA).id


def device_id(store: CentralStore, typed: str) -> str:
    return resolve(store, typed, DEVICE).id
