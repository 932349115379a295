"""Receipts: the organisation's signed acknowledgement of one bundle.

Body (format ``fieldreport-receipt/2``), signed by the organisation::

    {"format", "org_id", "bundle_hash", "device_id", "sequence", "received_at",
     "accepted_items": ["record:<uuid>#<rev>", "media:<uuid>", …],
     "checkpoint": "<the centre's checkpoint, a C2SP signed note>",
     "inclusion": [{"index", "entry": {seq, prev_hash, time, event, object, content_hash},
                    "proof": ["<hex>", …]}],
     "consistency": {"from_size", "proof": ["<hex>", …]} or null}

``bundle_hash`` is the SHA-256 (hex) of the whole bundle file as received.
``checkpoint`` is the centre's transparency log (see
:mod:`fieldreport.central.transparency`) right after the import;
``inclusion`` proves the centre's ``bundle_import`` entry for this bundle is
in it, and ``consistency`` proves it extends the log of size ``from_size``
(the checkpoint the device said it kept, or the one of the previous receipt
the centre made for that device). The device checks all three
(:mod:`fieldreport.sync.checkpoint_check`). Receipts of format
``fieldreport-receipt/1`` (no proofs: centres before the log) are still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from fieldreport.errors import FieldReportError, SyncFileRejected
from fieldreport.storage.clock import utc_now
from fieldreport.sync.bundle_format import MAX_ITEMS, MAX_SEQUENCE, parse_item_id
from fieldreport.sync.fields import Fields
from fieldreport.sync.org_keys import OrgKeys, OrgPublicKeys
from fieldreport.sync.signed import open_document, sign_document

FORMAT = "fieldreport-receipt/2"
FORMAT_V1 = "fieldreport-receipt/1"
WHAT = "receipt"
MAX_BYTES = 16 * 1024 * 1024
BODY_V1 = {
    "format",
    "org_id",
    "bundle_hash",
    "device_id",
    "sequence",
    "received_at",
    "accepted_items",
}
PROOFS = {"checkpoint", "inclusion", "consistency"}
BODY = BODY_V1 | PROOFS
ENTRY = {"seq", "prev_hash", "time", "event", "object", "content_hash"}
MAX_PROOF = 64  # hashes in one proof: a tree of 2**64 leaves needs fewer
MAX_INCLUDED = 16
MAX_NOTE = 4096
HASH_HEX = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Inclusion:
    """One centre log entry and the path from its leaf to the checkpoint's root."""

    index: int
    entry: dict[str, Any]
    proof: tuple[bytes, ...]


@dataclass(frozen=True)
class Consistency:
    from_size: int
    proof: tuple[bytes, ...]


@dataclass(frozen=True)
class Receipt:
    org_id: str
    bundle_hash: str
    device_id: str
    sequence: int
    received_at: str
    accepted_items: tuple[str, ...]
    raw: bytes
    checkpoint: str | None = None  # None: a receipt of format /1, without proofs
    inclusion: tuple[Inclusion, ...] = ()
    consistency: Consistency | None = None


def make_receipt(
    org: OrgKeys,
    *,
    org_id: str,
    bundle_hash: str,
    device_id: str,
    sequence: int,
    accepted_items: list[str],
    received_at: str | None = None,
    proofs: dict[str, Any] | None = None,
) -> bytes:
    """Sign a receipt; ``proofs`` (``checkpoint``, ``inclusion``, ``consistency``) makes it /2."""
    body: dict[str, Any] = {
        "format": FORMAT_V1 if proofs is None else FORMAT,
        "org_id": org_id,
        "bundle_hash": bundle_hash,
        "device_id": device_id,
        "sequence": sequence,
        "received_at": received_at or utc_now(),
        "accepted_items": list(accepted_items),
    }
    if proofs is not None:
        body.update({key: proofs[key] for key in PROOFS})
    return sign_document(body, org.signing_private_key)


def read_receipt(
    data: bytes, org: OrgPublicKeys, org_id: str, device_id: str | None = None
) -> Receipt:
    """Verify a receipt against the pinned organisation key (and, given, this device).

    The proofs of a /2 receipt are read here for their form only; whether they
    prove anything is :func:`fieldreport.sync.checkpoint_check.check`'s part.
    """
    doc = open_document(
        data, format=(FORMAT, FORMAT_V1), what=WHAT, error=SyncFileRejected, max_bytes=MAX_BYTES
    )
    proven = doc.body.get("format") == FORMAT
    fields = doc.fields(BODY if proven else BODY_V1)
    doc.verify(org.signing_public_key, "the organisation")
    items = fields.array("accepted_items", MAX_ITEMS)
    for item in items:
        if not isinstance(item, str) or parse_item_id(item) is None:
            fields.fail(
                "the field accepted_items in the receipt holds an entry that is not an item id"
            )
    if len(set(items)) != len(items):
        fields.fail("the field accepted_items in the receipt lists an item twice")
    receipt = Receipt(
        org_id=fields.uuid("org_id"),
        bundle_hash=fields.sha256("bundle_hash"),
        device_id=fields.uuid("device_id"),
        sequence=fields.integer("sequence", 1, MAX_SEQUENCE),
        received_at=fields.timestamp("received_at"),
        accepted_items=tuple(items),
        raw=bytes(data),
        **(_proofs(fields) if proven else {}),
    )
    if receipt.org_id != org_id:
        fields.fail("the receipt is for another organisation")
    if device_id is not None and receipt.device_id != device_id:
        fields.fail("the receipt is for another device")
    return receipt


def _proofs(fields: Fields) -> dict[str, Any]:
    checkpoint = fields.text("checkpoint", max_len=MAX_NOTE)
    included = []
    for value in fields.array("inclusion", MAX_INCLUDED):
        one = Fields(value, {"index", "entry", "proof"}, what="inclusion proof", error=fields.error)
        entry = one.obj("entry", ENTRY, "entry of the inclusion proof")
        included.append(
            Inclusion(
                index=one.integer("index"),
                entry={
                    "seq": entry.integer("seq", 1),
                    **{key: entry.text(key, max_len=400) for key in sorted(ENTRY - {"seq"})},
                },
                proof=_hashes(one, "proof"),
            )
        )
    return {
        "checkpoint": checkpoint,
        "inclusion": tuple(included),
        "consistency": _consistency(fields),
    }


def read_served(doc: Any, error: type[FieldReportError]) -> tuple[str, Consistency | None]:
    """A sync server's ``{"checkpoint", "consistency"}`` (``GET /v1/checkpoint``), in form."""
    fields = Fields(doc, {"checkpoint", "consistency"}, what="server's checkpoint", error=error)
    return fields.text("checkpoint", max_len=MAX_NOTE), _consistency(fields)


def _consistency(fields: Fields) -> Consistency | None:
    if fields.raw("consistency") is None:
        return None
    part = fields.obj("consistency", {"from_size", "proof"})
    return Consistency(part.integer("from_size", 1), _hashes(part, "proof"))


def _hashes(fields: Fields, key: str) -> tuple[bytes, ...]:
    values = fields.array(key, MAX_PROOF)
    for value in values:
        if not isinstance(value, str) or not HASH_HEX.fullmatch(value):
            fields.fail(f"the field {key} in the {fields.what} holds an entry that is not a hash")
    return tuple(bytes.fromhex(v) for v in values)
