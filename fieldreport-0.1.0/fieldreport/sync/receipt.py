"""Receipts: the organisation's signed acknowledgement of one bundle.

Body (format ``fieldreport-receipt/1``), signed by the organisation::

    {"format", "org_id", "bundle_hash", "device_id", "sequence", "received_at",
     "accepted_items": ["record:<uuid>#<rev>", "media:<uuid>", …]}

``bundle_hash`` is the SHA-256 (hex) of the whole bundle file as received.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldreport.errors import SyncFileRejected
from fieldreport.storage.clock import utc_now
from fieldreport.sync.bundle_format import MAX_ITEMS, MAX_SEQUENCE, parse_item_id
from fieldreport.sync.org_keys import OrgKeys, OrgPublicKeys
from fieldreport.sync.signed import open_document, sign_document

FORMAT = "fieldreport-receipt/1"
WHAT = "receipt"
MAX_BYTES = 16 * 1024 * 1024
BODY = {"format", "org_id", "bundle_hash", "device_id", "sequence", "received_at", "accepted_items"}


@dataclass(frozen=True)
class Receipt:
    org_id: str
    bundle_hash: str
    device_id: str
    sequence: int
    received_at: str
    accepted_items: tuple[str, ...]
    raw: bytes


def make_receipt(
    org: OrgKeys,
    *,
    org_id: str,
    bundle_hash: str,
    device_id: str,
    sequence: int,
    accepted_items: list[str],
    received_at: str | None = None,
) -> bytes:
    body = {
        "format": FORMAT,
        "org_id": org_id,
        "bundle_hash": bundle_hash,
        "device_id": device_id,
        "sequence": sequence,
        "received_at": received_at or utc_now(),
        "accepted_items": list(accepted_items),
    }
    return sign_document(body, org.signing_private_key)


def read_receipt(
    data: bytes, org: OrgPublicKeys, org_id: str, device_id: str | None = None
) -> Receipt:
    """Verify a receipt against the pinned organisation key (and, given, this device)."""
    doc = open_document(data, format=FORMAT, what=WHAT, error=SyncFileRejected, max_bytes=MAX_BYTES)
    fields = doc.fields(BODY)
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
    )
    if receipt.org_id != org_id:
        fields.fail("the receipt is for another organisation")
    if device_id is not None and receipt.device_id != device_id:
        fields.fail("the receipt is for another device")
    return receipt
