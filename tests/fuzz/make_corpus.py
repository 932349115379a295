"""Write the fuzz corpus: ``python -m tests.fuzz.make_corpus`` (files in tests/fuzz/corpus/).

Seeds are valid documents made with the fixed test keys (tests/fuzz/keys.py),
and a few known-bad ones (the crafted tar sizes that once crashed the importer,
a pax header, a truncated file). Findings of longer runs are added by hand to
the target's folder, named for what they caught, so every later run replays
them first.
"""

from __future__ import annotations

import hashlib
import io
import tarfile
from pathlib import Path

import pyrage

from fieldreport.crypto.canonical import canonical_json
from fieldreport.sync import enrollment, provisioning, receipt
from fieldreport.sync.org_keys import OrgKeys
from fieldreport.sync.provisioning import Server
from fieldreport.verifier import merkle, note
from tests.fuzz import keys

CORPUS = Path(__file__).parent / "corpus"


def _sealed(plain: bytes, recipient: str | None = None) -> bytes:
    target = pyrage.x25519.Recipient.from_str(recipient or keys.ORG_PUBLIC.age_recipient)
    return pyrage.encrypt(plain, [target])


def _negative_size(inner: bytes) -> bytes:
    block = bytearray(inner[:512])
    block[124:136] = b"-0000000001\0"
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block) + inner[512:]


def _pax(inner: bytes) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        info = tarfile.TarInfo("manifest.json")
        info.pax_headers = {"comment": "x"}
        data = keys.MANIFEST.encode()
        info.size, info.mode, info.mtime = len(data), 0o600, 1619946000
        tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def _proven_receipt(bundle_hash: str) -> bytes:
    """A receipt of format 2: the checkpoint of a one-entry centre log (the bundle's import)."""
    entry = {
        "seq": 1,
        "prev_hash": "0" * 64,
        "time": keys.CREATED_AT,
        "event": "bundle_import",
        "object": f"bundle:{keys.DEVICE_ID}#1",
        "content_hash": bundle_hash,
    }
    leaf = merkle.leaf_hash(canonical_json(entry))
    checkpoint = note.Checkpoint(f"fieldreport/{keys.ORG_ID}", 1, leaf)
    return receipt.make_receipt(
        keys.ORG,
        org_id=keys.ORG_ID,
        bundle_hash=bundle_hash,
        device_id=keys.DEVICE_ID,
        sequence=1,
        accepted_items=[item_id for item_id, _ in keys.ITEMS],
        received_at=keys.CREATED_AT,
        proofs={
            "checkpoint": note.sign(checkpoint, keys.ORG.signing_private_key),
            "inclusion": [{"index": 0, "entry": entry, "proof": []}],
            "consistency": {"from_size": 1, "proof": []},
        },
    )


def _body(document: bytes) -> bytes:
    """The exact body bytes of a signed document (what the *_body targets sign again)."""
    start = document.index(b'{"body":') + len(b'{"body":')
    end = document.rindex(b',"key_id":')
    return document[start:end]


def seeds() -> dict[str, dict[str, bytes]]:
    inner = keys.inner_stream()
    good = _sealed(inner)
    flipped = bytearray(good)
    flipped[len(flipped) // 2] ^= 0x10
    prov = provisioning.make_provisioning(
        keys.ORG,
        org_name="Fuzz Monitoring Network",
        org_id=keys.ORG_ID,
        server=Server("https://sync.example.org:8443", "ab" * 32),
        issued_at=keys.CREATED_AT,
    )
    request = enrollment.make_request(keys.DEVICE, keys.ORG_ID, created_at=keys.CREATED_AT)
    certificate = enrollment.issue_certificate(
        keys.ORG, enrollment.read_request(request), serial=7, issued_at=keys.CREATED_AT
    )
    signed_receipt = receipt.make_receipt(
        keys.ORG,
        org_id=keys.ORG_ID,
        bundle_hash=hashlib.sha256(good).hexdigest(),
        device_id=keys.DEVICE_ID,
        sequence=1,
        accepted_items=[item_id for item_id, _ in keys.ITEMS],
        received_at=keys.CREATED_AT,
    )
    proven = _proven_receipt(hashlib.sha256(good).hexdigest())
    bundles = {
        "good": good,
        "flipped-bit": bytes(flipped),
        "truncated": good[: len(good) - 20],
        "other-key": _sealed(inner, OrgKeys.generate().public().age_recipient),
        "negative-size": _sealed(_negative_size(inner)),
        "empty": b"",
    }
    return {
        "bundle_file": bundles,
        "bundle_head": bundles,
        "bundle_inner": {
            "good": inner,
            "negative-size": _negative_size(inner),
            "base256-size": inner[:124] + b"\xff" * 12 + inner[136:],
            "pax": _pax(inner),
            "single-end-block": inner[: -(len(inner) % 10240 or 10240)] + bytes(512),
        },
        "bundle_inner_signed": {"good": keys.MANIFEST.encode()},
        "manifest": {
            "good": keys.MANIFEST.encode(),
            "sealed": keys.MANIFEST_2.encode(),
            "deep": b"[" * 40 + b"]" * 40,
        },
        "log_entries": {"good": keys.log_entries()},
        "receipt": {"good": signed_receipt, "proven": proven},
        "receipt_body": {"good": _body(signed_receipt), "proven": _body(proven)},
        "certificate": {"good": certificate},
        "certificate_body": {"good": _body(certificate)},
        "provisioning": {"good": prov},
        "provisioning_body": {"good": _body(prov)},
        "enrollment_request": {"good": request},
        "enrollment_request_body": {"good": _body(request)},
        "tus_headers": {
            "good": b"1048576\nsha256 " + b"A" * 43 + b"=\nbundle_hash YWJj,filename eC5idW5kbGU=",
            "non-ascii-digit": "\u00b2\nsha1 x\nk".encode("latin-1"),
        },
        "sign_in_body": {"good": b'{"device_id":"%s"}' % keys.DEVICE_ID.encode()},
    }


def main() -> None:
    for target, files in seeds().items():
        folder = CORPUS / target
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (folder / f"seed-{name}.bin").write_bytes(data)


if __name__ == "__main__":
    main()
