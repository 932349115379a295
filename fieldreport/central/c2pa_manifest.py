"""What a photo's C2PA manifest asserts: its capture, the device, the custody entry.

Standard assertions where C2PA has one (``c2pa.actions.v2``: created by a
digital capture, when the device logged it), and two of FieldReport's own
that any C2PA reader shows as they are:

``org.fieldreport.capture``
    the SHA-256 and size of the original as the device logged it (the
    credentialed file is that original with the manifest added), its type,
    the camera's own capture time and make/model from EXIF, the device's id
    and key fingerprint;
``org.fieldreport.custody``
    the device's signed custody-log entry for the photo (seq, previous hash,
    time, event, object, content hash, entry hash, Ed25519 signature), the
    bundle that brought it and the organisation's id, name and fingerprint:
    enough to check the entry with the device certificate in an evidence
    package or with ``fieldreport-verify``.

Names and contacts are never asserted: a photo's file name, caption and GPS
position are added (``org.fieldreport.description``) only with
``include_identifying``. Without it the photo is a copy without its metadata
and the actions say so (``c2pa.edited.metadata``); with it the photo is the
original, its own EXIF (a GPS position, say) included (docs/evidence.md).
"""

from __future__ import annotations

import json
from typing import Any

from fieldreport import __version__
from fieldreport.central.store import CentralStore

DIGITAL_CAPTURE = "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"
CAPTURE = "org.fieldreport.capture"
CUSTODY = "org.fieldreport.custody"
DESCRIPTION = "org.fieldreport.description"
METADATA_REMOVED = (
    "Metadata removed for publication (EXIF with any GPS position, XMP, comments); the "
    "picture is the original's, re-encoded as JPEG only where it had to be turned upright "
    "or was not JPEG or PNG. org.fieldreport.capture names the original by its hash."
)


def manifest(
    store: CentralStore,
    row: dict[str, Any],
    title: str,
    *,
    include_identifying: bool,
    mime: str | None = None,
) -> dict[str, Any]:
    """The manifest of the media item ``row`` (a ``media_items`` row); anonymised
    (``include_identifying`` False) for a copy without the photo's metadata, ``mime``
    its type."""
    info = json.loads(row["info"])
    metadata = info.get("metadata") if isinstance(info.get("metadata"), dict) else {}
    entry = _entry(store, row["device_id"], row["log_seq"])
    device = store.db.execute(
        "SELECT fingerprint FROM devices WHERE id = ?", [row["device_id"]]
    ).fetchone()
    keys = store.org.keys.public()
    camera = {k: metadata[f"camera_{k}"] for k in ("make", "model") if metadata.get(f"camera_{k}")}
    capture = {
        "sha256": row["sha256"],
        "size": row["size"],
        "mime": info.get("mime"),
        "camera_time": metadata.get("captured_at"),  # the camera's clock, its own time zone
        "camera": camera or None,
        "device": {"id": row["device_id"], "key_fingerprint": device[0] if device else None},
    }
    custody = {
        "device": row["device_id"],
        "entry": entry,
        "bundle_hash": row["bundle_hash"],
        "organisation": {
            "id": store.org.org_id,
            "name": store.org.name,
            "fingerprint": keys.fingerprint,
        },
    }
    created: dict[str, Any] = {"action": "c2pa.created", "digitalSourceType": DIGITAL_CAPTURE}
    if entry:
        created["when"] = entry["time"]
    actions = [created]
    if not include_identifying:
        capture["metadata_removed"] = True
        actions.append(
            {
                "action": "c2pa.edited.metadata",
                "description": METADATA_REMOVED,
                "softwareAgent": {"name": "FieldReport", "version": __version__},
            }
        )
    assertions: list[dict[str, Any]] = [
        {"label": "c2pa.actions.v2", "data": {"actions": actions}},
        {"label": CAPTURE, "data": {k: v for k, v in capture.items() if v is not None}},
        {"label": CUSTODY, "data": custody},
    ]
    if include_identifying:
        described = {
            "original_name": info.get("original_name"),
            "caption": info.get("caption"),
            "gps": metadata.get("gps"),
        }
        assertions.append({"label": DESCRIPTION, "data": {k: v for k, v in described.items() if v}})
    return {
        "claim_generator_info": [{"name": "FieldReport", "version": __version__}],
        "title": title,
        "format": mime or info.get("mime"),
        "assertions": assertions,
    }


def _entry(store: CentralStore, device_id: str, seq: int | None) -> dict[str, Any] | None:
    if seq is None:
        return None
    found = list(
        store.db.query(
            "SELECT seq, prev_hash, time, event, object, content_hash, entry_hash, signature "
            "FROM device_log WHERE device_id = ? AND seq = ?",
            [device_id, seq],
        )
    )
    if not found:
        return None
    return {**found[0], "signature": bytes(found[0]["signature"]).hex()}
