"""The published sync test vectors (docs/vectors/sync-*.json), built from public strings.

Every key here is derived from a public text and is for tests only. Run
``python -m tests.sync.vectors`` to write the files again; tests/sync/test_vectors.py
checks the published files against the implementation.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldreport.crypto import age_stream
from fieldreport.crypto.canonical import canonical_json, sha256_hex
from fieldreport.storage.custody_log import GENESIS_HASH
from fieldreport.sync import bech32
from fieldreport.sync.bundle_format import LogRange, Manifest, ManifestItem
from fieldreport.sync.bundle_writer import write_inner
from fieldreport.sync.enrollment import issue_certificate, make_request, read_request
from fieldreport.sync.export_plan import ItemSource
from fieldreport.sync.org_keys import OrgKeys
from fieldreport.sync.provisioning import Server, make_provisioning
from fieldreport.sync.receipt import make_receipt
from fieldreport.verifier import merkle, note
from tests.sync.helpers import new_device

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


MEDIA_IDENTITY = bech32.encode("age-secret-key-", seed("media item identity")).upper()


def age_fixed(plain: bytes, recipient: bytes, purpose: str) -> bytes:
    """age v1 to an X25519 ``recipient`` (32 raw bytes), its randomness derived from ``purpose``.

    For test vectors only (every secret here is public): the stock tool and
    pyrage must open it like any age file, and it is the same at every run.
    """
    ephemeral = X25519PrivateKey.from_private_bytes(seed(f"{purpose}: ephemeral"))
    share = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    file_key = seed(f"{purpose}: file key")[:16]
    wrap = _hkdf(shared, share + recipient, b"age-encryption.org/v1/X25519")
    body = ChaCha20Poly1305(wrap).encrypt(bytes(12), file_key, None)
    header = b"age-encryption.org/v1\n-> X25519 " + _b64(share) + b"\n" + _b64(body) + b"\n---"
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    nonce = seed(f"{purpose}: payload nonce")[:16]
    stream = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunks = [plain[i : i + 65536] for i in range(0, len(plain), 65536)] or [b""]
    payload = b"".join(
        stream.encrypt(n.to_bytes(11, "big") + bytes([n == len(chunks) - 1]), chunk, None)
        for n, chunk in enumerate(chunks)
    )
    return header + b" " + _b64(mac) + b"\n" + nonce + payload


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, info).derive(ikm)


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _raw_recipient(recipient: str) -> bytes:
    return bech32.decode(recipient)[1]


def sealed_media() -> tuple[bytes, str]:
    """The media item's age file (under its own identity) and its identity wrapped to the org."""
    plain = dict(bundle_items())[f"media:{MEDIA_ID}"]
    own = _raw_recipient(age_stream.recipient_of(MEDIA_IDENTITY))
    sealed = age_fixed(plain, own, "media item")
    org = _raw_recipient(ORG.public().age_recipient)
    wrapped = age_fixed(MEDIA_IDENTITY.encode(), org, "wrapped media key")
    return sealed, base64.b64encode(wrapped).decode()


def bundle_manifest(version: int = 2) -> Manifest:
    items = bundle_items()
    log = json.loads(items[0][1])
    described = [ManifestItem.of(i, sha256_hex(d), len(d)) for i, d in items]
    if version == 2:
        sealed, wrapped = sealed_media()
        plain = dict(items)[f"media:{MEDIA_ID}"]
        described[-1] = ManifestItem.sealed(
            MEDIA_ID, sha256_hex(sealed), len(sealed), sha256_hex(plain), len(plain), wrapped
        )
    return Manifest(
        org_id=ORG_ID,
        device_id=DEVICE_ID,
        sequence=1,
        previous_bundle_hash=None,
        log=LogRange(1, 3, log[-1]["entry_hash"]),
        created_at="2021-05-02T09:00:00.000Z",
        items=tuple(described),
        version=version,
    )


def member_bytes(version: int = 2) -> list[tuple[str, bytes]]:
    """Each item's id and the bytes its tar member holds."""
    items = bundle_items()
    if version == 2:
        items[-1] = (items[-1][0], sealed_media()[0])
    return items


def inner_tar(version: int = 2) -> bytes:
    manifest = bundle_manifest(version)
    sources = [
        ItemSource(item, lambda out, data=data: out.write(data))
        for item, (_, data) in zip(manifest.items, member_bytes(version), strict=True)
    ]
    out = io.BytesIO()
    write_inner(out, manifest, DEVICE, sources)
    return out.getvalue()


def bundle(version: int = 2) -> dict[str, Any]:
    manifest = bundle_manifest(version).encode()
    tar = inner_tar(version)
    sealed = age_fixed(tar, _raw_recipient(ORG.public().age_recipient), f"bundle {version}")
    made: dict[str, Any] = {
        "note": NOTE,
        "items": [
            {"id": i, "content_base64": base64.b64encode(d).decode()}
            for i, d in member_bytes(version)
        ],
    }
    if version == 2:
        made["media_identity"] = MEDIA_IDENTITY
        made["media_original_base64"] = base64.b64encode(bundle_items()[-1][1]).decode()
    return {
        **made,
        "manifest": manifest.decode(),
        "manifest_signature_hex": DEVICE.sign(manifest).hex(),
        "inner_tar_sha256": sha256_hex(tar),
        "inner_tar_base64": base64.b64encode(tar).decode(),
        "bundle_sha256": sha256_hex(sealed),
        "bundle_base64": base64.b64encode(sealed).decode(),
    }


def centre_log(bundle_hash: str) -> list[dict[str, Any]]:
    """A centre's custody log of three entries: the approval, the bundle's import, a check."""
    made: list[dict[str, Any]] = []
    prev = GENESIS_HASH
    for seq, event, obj, content in (
        (1, "device_approved", f"device:{DEVICE_ID}", "11" * 32),
        (2, "bundle_import", f"bundle:{DEVICE_ID}#1", bundle_hash),
        (3, "media_verified", "media:" + "0" * 64, "22" * 32),
    ):
        entry = {
            "seq": seq,
            "prev_hash": prev,
            "time": f"2021-05-02T10:00:0{seq}.000Z",
            "event": event,
            "object": obj,
            "content_hash": content,
        }
        made.append(entry)
        prev = sha256_hex(canonical_json(entry))
    return made


def receipt(bundle_hash: str) -> dict[str, Any]:
    """The receipt (format 2: the checkpoint after the import, proven from size 1) and /1."""
    fields: dict[str, Any] = {
        "org_id": ORG_ID,
        "bundle_hash": bundle_hash,
        "device_id": DEVICE_ID,
        "sequence": 1,
        "accepted_items": [i for i, _ in bundle_items()],
        "received_at": "2021-05-02T10:00:00.000Z",
    }
    log = centre_log(bundle_hash)
    leaves = [merkle.leaf_hash(canonical_json(e)) for e in log[:2]]  # up to the import
    origin = f"fieldreport/{ORG_ID}"
    signed = note.sign(note.Checkpoint(origin, 2, merkle.root(leaves)), ORG.signing_private_key)
    proofs = {
        "checkpoint": signed,
        "inclusion": [
            {
                "index": 1,
                "entry": log[1],
                "proof": [p.hex() for p in merkle.inclusion_proof(1, leaves)],
            }
        ],
        "consistency": {
            "from_size": 1,
            "proof": [p.hex() for p in merkle.consistency_proof(1, leaves)],
        },
    }
    earlier = note.sign(
        note.Checkpoint(origin, 1, merkle.root(leaves[:1])), ORG.signing_private_key
    )
    return {
        "note": NOTE,
        "file": make_receipt(ORG, **fields, proofs=proofs).decode(),
        "earlier_checkpoint": earlier,
        "file_v1": make_receipt(ORG, **fields).decode(),
    }


def write_all() -> None:
    made = bundle()
    for name, value in (
        ("sync-keys", keys()),
        ("sync-provisioning", provisioning()),
        ("sync-enrollment", enrollment()),
        ("sync-bundle", made),
        ("sync-bundle-v1", bundle(1)),
        ("sync-receipt", receipt(made["bundle_sha256"])),
    ):
        text = json.dumps(value, indent=2, ensure_ascii=False) + "\n"
        (VECTORS / f"{name}.json").write_text(text, "utf-8")


if __name__ == "__main__":
    write_all()
