"""Handing records from one device to another: a coordinator's signed decision.

When a monitor's laptop is replaced, the records it created may need to go
on from the new one. Nothing moves by itself: the coordinator decides, the
organisation's key signs the decision (format ``fieldreport-handover/1``,
a signed document like a receipt), and the centre keeps the document and
appends an entry naming its hash to its own custody log. From then on the
centre accepts the new device's revisions of those records, and refuses the
old device's (with an alarm), as for any record it does not own.

Body::

    {"format": "fieldreport-handover/1", "org_id", "from_device", "to_device",
     "objects": ["record:<uuid>", "media:<uuid>", …], "decided_at"}

Without a list of records, everything the old device owns moves (records and
media); with one, those records move, with the media their current revision
shows that the old device owns.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from fieldreport.central import devices, ids, ownership
from fieldreport.central.store import CentralStore
from fieldreport.errors import SyncFileRejected, UsageError
from fieldreport.storage.clock import utc_now
from fieldreport.sync.org_keys import OrgPublicKeys
from fieldreport.sync.signed import open_document, sign_document
from fieldreport.wording import count

FORMAT = "fieldreport-handover/1"
WHAT = "handover decision"
BODY = {"format", "org_id", "from_device", "to_device", "objects", "decided_at"}
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Plan:
    """What a handover would move, for the coordinator to confirm."""

    from_device: str
    to_device: str
    records: tuple[str, ...]  # record ids
    media: tuple[str, ...]  # media ids

    @property
    def objects(self) -> list[str]:
        return [f"record:{r}" for r in self.records] + [f"media:{m}" for m in self.media]

    def describe(self) -> str:
        return (
            f"{count(len(self.records), 'record')} and {count(len(self.media), 'media item')} "
            "move from "
            f"device {self.from_device} to device {self.to_device}"
        )


@dataclass(frozen=True)
class Handover:
    id: int
    plan: Plan
    decided_at: str
    document: bytes  # the signed decision, byte for byte
    log_seq: int


def plan(store: CentralStore, from_device: str, to_device: str, records: list[str]) -> Plan:
    """Check the two devices and the records; say what would move (nothing is changed)."""
    old = devices.get(store, from_device)
    new = devices.get(store, to_device)
    if old.id == new.id:
        raise UsageError("The records already belong to that device; name two different devices.")
    if new.status != "approved":
        raise UsageError(
            f"Device {new.id} is {new.status}; records can go only to an approved one."
        )
    owned = set(ownership.owned_by(store.db, old.id))
    if not records:
        chosen = sorted(o for o in owned if o.startswith("record:"))
        media = sorted(o for o in owned if o.startswith("media:"))
    else:
        chosen = [f"record:{ids.record_id(store, r)}" for r in records]
        for obj in chosen:
            if obj not in owned:
                owner = ownership.owners_of(store.db, [obj]).get(obj)
                raise UsageError(
                    f"Record {obj.removeprefix('record:')} belongs to device {owner}, not to "
                    f"device {old.id}; nothing was handed over."
                )
        media = sorted({f"media:{m}" for obj in chosen for m in _attached(store, obj)} & owned)
    if not chosen and not media:
        raise UsageError(f"Device {old.id} owns no records or media; nothing to hand over.")
    return Plan(
        old.id,
        new.id,
        tuple(dict.fromkeys(o.removeprefix("record:") for o in chosen)),
        tuple(o.removeprefix("media:") for o in media),
    )


def hand_over(store: CentralStore, chosen: Plan) -> Handover:
    """Sign the decision, record it in the centre's log and move the owners, in one transaction."""
    decided_at = utc_now()
    body = {
        "format": FORMAT,
        "org_id": store.org.org_id,
        "from_device": chosen.from_device,
        "to_device": chosen.to_device,
        "objects": chosen.objects,
        "decided_at": decided_at,
    }
    document = sign_document(body, store.org.keys.signing_private_key)
    with store.transaction() as db:
        entry = store.log.append(
            "handover",
            f"device:{chosen.from_device}>{chosen.to_device}",
            hashlib.sha256(document).hexdigest(),
        )
        cursor = db.execute(
            "INSERT INTO handovers (from_device, to_device, decided_at, objects, document, "
            "log_seq) VALUES (?, ?, ?, ?, ?, ?)",
            [
                chosen.from_device,
                chosen.to_device,
                decided_at,
                len(chosen.objects),
                document.decode("utf-8"),
                entry.seq,
            ],
        )
        handover_id = int(cursor.lastrowid or 0)
        for start in range(0, len(chosen.objects), 500):
            part = chosen.objects[start : start + 500]
            marks = ",".join("?" * len(part))
            db.execute(
                "UPDATE owners SET device_id = ?, since = ?, handover = ? "
                f"WHERE device_id = ? AND object_id IN ({marks})",
                [chosen.to_device, decided_at, handover_id, chosen.from_device, *part],
            )
    return Handover(handover_id, chosen, decided_at, document, entry.seq)


def read_decision(data: bytes, org: OrgPublicKeys, org_id: str) -> dict[str, object]:
    """Verify a handover decision against the organisation's key; returns its body."""
    document = open_document(
        data, format=FORMAT, what=WHAT, error=SyncFileRejected, max_bytes=MAX_BYTES
    )
    document.verify(org.signing_public_key, "the organisation")
    fields = document.fields(BODY)
    if fields.uuid("org_id") != org_id:
        fields.fail("the handover decision is for another organisation")
    return document.body


def _attached(store: CentralStore, obj: str) -> list[str]:
    row = store.db.execute(
        "SELECT data FROM revisions WHERE record_id = ? ORDER BY revision DESC LIMIT 1",
        [obj.removeprefix("record:")],
    ).fetchone()
    media = json.loads(row[0]).get("media", []) if row else []
    return [m for m in media if isinstance(m, str)] if isinstance(media, list) else []


def verify(store: CentralStore) -> list[str]:
    """Problems found re-checking each handover: its signature, its log entry, its row."""
    problems = []
    keys = store.org.keys.public()
    for row in store.db.query("SELECT * FROM handovers ORDER BY id"):
        document = row["document"].encode("utf-8")
        entry = store.db.execute(
            "SELECT event, content_hash FROM custody_log WHERE seq = ?", [row["log_seq"]]
        ).fetchone()
        try:
            body = read_decision(document, keys, store.org.org_id)
        except SyncFileRejected:
            problems.append(f"handover {row['id']} is not signed by the organisation")
            continue
        objects = body.get("objects")
        agrees = (
            body.get("from_device") == row["from_device"]
            and body.get("to_device") == row["to_device"]
            and body.get("decided_at") == row["decided_at"]
            and isinstance(objects, list)
            and len(objects) == row["objects"]
        )
        if entry is None or tuple(entry) != ("handover", hashlib.sha256(document).hexdigest()):
            problems.append(
                f"handover {row['id']} does not match custody-log entry {row['log_seq']}"
            )
        elif not agrees:
            problems.append(f"handover {row['id']} does not match its signed decision")
    return problems
