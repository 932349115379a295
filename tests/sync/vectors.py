"""The published sync test vectors (docs/vectors/sync-*.json), built from public strings.

Every key here is derived from a public text and is for tests only. Run
``python -m tests.sync.vectors`` to write the files again; tests/sync/test_vectors.py
checks the published files against the implementation.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from pathlib import Path
from typing import Any

from fieldreport.crypto.canonical import canonical_json, sha256_hex
from fieldreport.storage.custody_log import GENESIS_HASH
from fieldreport.sync.bundle_format import LogRange, Manifest, ManifestItem
from fieldreport.sync.bundle_writer import write_inner
from fieldreport.sync.enrollment import issue_certificate, make_request, read_request
from fieldreport.sync.export_plan import ItemSource
from fieldreport.sync.org_keys import OrgKeys
from fieldreport.sync.provisioning import Server, make_provisioning
from fieldreport.sync.receipt import make_receipt
from tests.sync.helpers import encrypt, new_device

VECTORS = Path(__file__).resolve().parents[2] / "docs" / "vectors"
NOTE = "Test vector only. Every key is derived from a public string and must never be used."
ORG_ID = "3f2a9c1e-0000-4000-8000-0000000000a1"
DEVICE_ID = "6f1c2a3e-0000-4000-8000-0000000000d1"
RECORD_ID = "0b9d3c52-0000-4000-8000-00000000000a"
MEDIA_ID = "5e7d1b20-0000-4000-8000-00000000000b"
T0 = "2021-05-02T08:15:00.000Z"


def seed(purpose: str) -> bytes:
    return hashlib.sha256(f"fieldreport sync test vector: {purpose}".encode()).digest()


ORG = OrgKeys.from_secrets(seed("organisation age identity"), seed("organisation signing key"))
DEVICE = new_device(seed("device signing key"), DEVICE_ID)


def keys() -> dict[str, Any]:
    public = ORG.public()
    return {
        "note": NOTE,
        "derivation": "secret = SHA-256(UTF-8 'fieldreport sync test vector: ' + purpose)",
        "organisation": {
            "age_secret_purpose": "organisation age identity",
            "age_secret_hex": seed("organisation age identity").hex(),
            "age_identity": ORG.age_identity,
            **public.to_json(),
            "signing_seed_purpose": "organisation signing key",
            "signing_seed_hex": ORG.signing_private_key.hex(),
        },
        "device": {
            "signing_seed_purpose": "device signing key",
            "signing_seed_hex": DEVICE.private_key.hex(),
            "device_id": DEVICE.device_id,
            "public_key_hex": DEVICE.public_key.hex(),
            "fingerprint": DEVICE.fingerprint,
        },
    }


def provisioning() -> dict[str, Any]:
    server = Server("https://sync.example.org/fieldreport", "11" * 32)
    data = make_provisioning(
        ORG,
        org_name="[TEST] Example Monitoring Network",
        org_id=ORG_ID,
        server=server,
        gazetteer=None,
        vocabularies=None,
        issued_at=T0,
    )
    return {"note": NOTE, "file": data.decode()}


def enrollment() -> dict[str, Any]:
    request = make_request(DEVICE, ORG_ID, created_at="2021-05-02T08:16:00.000Z")
    certificate = issue_certificate(
        ORG, read_request(request), serial=1, issued_at="2021-05-02T08:30:00.000Z"
    )
    return {
        "note": NOTE,
        "request_file": request.decode(),
        "certificate_file": certificate.decode(),
    }


def _entry(seq: int, prev: str, time: str, event: str, obj: str, content: str) -> dict[str, Any]:
    body = {
        "seq": seq,
        "prev_hash": prev,
        "time": time,
        "event": event,
        "object": obj,
        "content_hash": content,
    }
    message = canonical_json(body)
    return {**body, "entry_hash": sha256_hex(message), "signature": DEVICE.sign(message).hex()}


def bundle_items() -> list[tuple[str, bytes]]:
    record = canonical_json(
        {
            "id": RECORD_ID,
            "kind": "incident",
            "revision": 1,
            "status": "draft",
            "deleted": False,
            "saved_at": "2021-05-02T08:20:31.250Z",
            "data": {"title": "[TEST] Shelling near the school", "media": [MEDIA_ID]},
        }
    )
    media = b"[TEST] not really a photo\n"
    info = canonical_json(
        {
            "id": MEDIA_ID,
            "sha256": sha256_hex(media),
            "size": len(media),
            "mime": "text/plain",
            "kind": "document",
            "original_name": "note.txt",
            "imported_at": "2021-05-02T08:19:00.000Z",
            "caption": "",
            "metadata": {},
        }
    )
    first = _entry(
        1, GENESIS_HASH, T0, "vault_created", f"device:{DEVICE_ID}", sha256_hex(DEVICE.public_key)
    )
    second = _entry(
        2,
        first["entry_hash"],
        "2021-05-02T08:19:00.000Z",
        "media_ingest",
        f"media:{MEDIA_ID}",
        sha256_hex(media),
    )
    third = _entry(
        3,
        second["entry_hash"],
        "2021-05-02T08:20:31.250Z",
        "create",
        f"record:{RECORD_ID}#1",
        sha256_hex(record),
    )
    return [
        ("log:1-3", canonical_json([first, second, third])),
        (f"record:{RECORD_ID}#1", record),
        (f"media-info:{MEDIA_ID}", info),
        (f"media:{MEDIA_ID}", media),
    ]


def bundle_manifest() -> Manifest:
    items = bundle_items()
    log = json.loads(items[0][1])
    return Manifest(
        org_id=ORG_ID,
        device_id=DEVICE_ID,
        sequence=1,
        previous_bundle_hash=None,
        log=LogRange(1, 3, log[-1]["entry_hash"]),
        created_at="2021-05-02T09:00:00.000Z",
        items=tuple(ManifestItem.of(i, sha256_hex(d), len(d)) for i, d in items),
    )


def inner_tar() -> bytes:
    manifest = bundle_manifest()
    sources = [
        ItemSource(item, lambda out, data=data: out.write(data))
        for item, (_, data) in zip(manifest.items, bundle_items(), strict=True)
    ]
    out = io.BytesIO()
    write_inner(out, manifest, DEVICE, sources)
    return out.getvalue()


def bundle() -> dict[str, Any]:
    manifest = bundle_manifest().encode()
    tar = inner_tar()
    sealed = encrypt(tar, ORG.public().age_recipient)  # age is randomised: not reproducible
    return {
        "note": NOTE,
        "items": [
            {"id": i, "content_base64": base64.b64encode(d).decode()} for i, d in bundle_items()
        ],
        "manifest": manifest.decode(),
        "manifest_signature_hex": DEVICE.sign(manifest).hex(),
        "inner_tar_sha256": sha256_hex(tar),
        "inner_tar_base64": base64.b64encode(tar).decode(),
        "bundle_sha256": sha256_hex(sealed),
        "bundle_base64": base64.b64encode(sealed).decode(),
    }


def receipt(bundle_hash: str) -> dict[str, Any]:
    data = make_receipt(
        ORG,
        org_id=ORG_ID,
        bundle_hash=bundle_hash,
        device_id=DEVICE_ID,
        sequence=1,
        accepted_items=[i for i, _ in bundle_items()],
        received_at="2021-05-02T10:00:00.000Z",
    )
    return {"note": NOTE, "file": data.decode()}


def write_all() -> None:
    made = bundle()
    for name, value in (
        ("sync-keys", keys()),
        ("sync-provisioning", provisioning()),
        ("sync-enrollment", enrollment()),
        ("sync-bundle", made),
        ("sync-receipt", receipt(made["bundle_sha256"])),
    ):
        text = json.dumps(value, indent=2, ensure_ascii=False) + "\n"
        (VECTORS / f"{name}.json").write_text(text, "utf-8")


if __name__ == "__main__":
    write_all()
