"""The sync test vectors published in docs/vectors/ match the implementation."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
from pathlib import Path

import pyrage
import pytest

from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json, sha256_hex
from fieldreport.storage.custody_log import GENESIS_HASH
from fieldreport.sync import checkpoint_check
from fieldreport.sync.bundle_reader import read_bundle
from fieldreport.sync.enrollment import read_certificate, read_request
from fieldreport.sync.org_keys import OrgKeys, OrgPublicKeys
from fieldreport.sync.provisioning import read_provisioning
from fieldreport.sync.receipt import read_receipt
from fieldreport.sync.sealed_media import unwrap_key
from fieldreport.sync.sinks import MemorySink
from tests.sync import vectors
from tests.sync.conftest import AGE, needs_age


def load(name: str) -> dict:
    return json.loads((vectors.VECTORS / f"sync-{name}.json").read_text("utf-8"))


def org_from_vector() -> tuple[OrgKeys, OrgPublicKeys, dict]:
    v = load("keys")
    org = v["organisation"]
    prefix = "fieldreport sync test vector: "
    assert (
        bytes.fromhex(org["age_secret_hex"])
        == hashlib.sha256((prefix + org["age_secret_purpose"]).encode()).digest()
    )
    keys = OrgKeys.from_secrets(
        bytes.fromhex(org["age_secret_hex"]), bytes.fromhex(org["signing_seed_hex"])
    )
    public = OrgPublicKeys.from_json({k: org[k] for k in keys.public().to_json()})
    return keys, public, v


def test_key_vector():
    keys, public, v = org_from_vector()
    assert keys.age_identity == v["organisation"]["age_identity"]
    assert keys.public() == public
    assert str(pyrage.x25519.Identity.from_str(keys.age_identity).to_public()) == (
        public.age_recipient
    )
    device = v["device"]
    seed = bytes.fromhex(device["signing_seed_hex"])
    assert signing.public_key_of(seed).hex() == device["public_key_hex"]
    assert signing.fingerprint(bytes.fromhex(device["public_key_hex"])) == device["fingerprint"]
    assert vectors.keys() == v


def test_provisioning_vector():
    _, public, _ = org_from_vector()
    data = load("provisioning")["file"].encode()
    prov = read_provisioning(data, pinned=public)
    assert prov.org_id == vectors.ORG_ID and prov.server is not None
    assert vectors.provisioning()["file"].encode() == data  # Ed25519 is deterministic


def test_enrollment_vector():
    _, public, v = org_from_vector()
    files = load("enrollment")
    request = read_request(files["request_file"].encode(), vectors.ORG_ID)
    assert request.device_public_key.hex() == v["device"]["public_key_hex"]
    cert = read_certificate(files["certificate_file"].encode(), public, vectors.ORG_ID)
    assert (cert.device_id, cert.serial) == (request.device_id, 1)
    assert vectors.enrollment() == files


@pytest.mark.parametrize("version", [2, 1])
def test_bundle_vector(tmp_path: Path, version: int):
    keys, _, v = org_from_vector()
    b = load("bundle" if version == 2 else "bundle-v1")
    assert vectors.bundle(version) == b  # every byte reproducible, age included
    manifest = b["manifest"].encode()
    device_key = bytes.fromhex(v["device"]["public_key_hex"])
    assert signing.verify(device_key, bytes.fromhex(b["manifest_signature_hex"]), manifest)
    tar = base64.b64decode(b["inner_tar_base64"])
    assert sha256_hex(tar) == b["inner_tar_sha256"]
    sealed = base64.b64decode(b["bundle_base64"])
    assert sha256_hex(sealed) == b["bundle_sha256"]
    assert pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(keys.age_identity)]) == tar
    path = tmp_path / "vector.bundle"
    path.write_bytes(sealed)
    sink = MemorySink()
    verified = read_bundle(
        path,
        identity=keys.age_identity,
        org_id=vectors.ORG_ID,
        device_key=lambda _: device_key,
        sink=sink,
    )
    assert verified.manifest_bytes == manifest and verified.bundle_hash == b["bundle_sha256"]
    assert verified.manifest.version == version
    assert sink.items == {i["id"]: base64.b64decode(i["content_base64"]) for i in b["items"]}
    originals = dict(sink.items)
    if version == 2:  # the media item is sealed: its key from the manifest opens it
        media = verified.manifest.items[-1]
        key = unwrap_key(media.wrapped_key or "", keys.age_identity)
        assert key == b["media_identity"]
        opened = pyrage.decrypt(sink.items[media.id], [pyrage.x25519.Identity.from_str(key)])
        assert opened == base64.b64decode(b["media_original_base64"])
        assert sha256_hex(opened) == media.plain_sha256
        originals[media.id] = opened
    _check_log(originals["log:1-3"], device_key, verified.manifest.log.head_hash, originals)


def _check_log(data: bytes, public: bytes, head: str, items: dict[str, bytes]) -> None:
    """The log item is a custody-log chain (docs/custody-log.md) covering the other items."""
    prev = GENESIS_HASH
    for entry in json.loads(data):
        body = {
            k: entry[k] for k in ("seq", "prev_hash", "time", "event", "object", "content_hash")
        }
        message = canonical_json(body)
        assert entry["prev_hash"] == prev and sha256_hex(message) == entry["entry_hash"]
        assert signing.verify(public, bytes.fromhex(entry["signature"]), message)
        if entry["object"] in items:
            assert sha256_hex(items[entry["object"]]) == entry["content_hash"]
        prev = entry["entry_hash"]
    assert prev == head


@needs_age
def test_the_stock_age_tool_opens_the_bundle_vector(tmp_path: Path):
    keys, _, _ = org_from_vector()
    b = load("bundle")
    (tmp_path / "vector.bundle").write_bytes(base64.b64decode(b["bundle_base64"]))
    (tmp_path / "identity.txt").write_text(keys.age_identity + "\n")
    done = subprocess.run(
        [AGE, "-d", "-i", str(tmp_path / "identity.txt"), str(tmp_path / "vector.bundle")],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == base64.b64decode(b["inner_tar_base64"])
    (tmp_path / "media.key").write_text(b["media_identity"])
    [media] = [i for i in b["items"] if i["id"].startswith("media:")]
    (tmp_path / "media.age").write_bytes(base64.b64decode(media["content_base64"]))
    done = subprocess.run(
        [AGE, "-d", "-i", str(tmp_path / "media.key"), str(tmp_path / "media.age")],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == base64.b64decode(b["media_original_base64"])


def test_receipt_vector():
    _, public, _ = org_from_vector()
    bundle_hash = load("bundle")["bundle_sha256"]
    data = load("receipt")["file"].encode()
    receipt = read_receipt(data, public, vectors.ORG_ID, vectors.DEVICE_ID)
    assert receipt.bundle_hash == bundle_hash
    made = vectors.receipt(bundle_hash)
    assert made["file"].encode() == data
    # its proofs hold: the import is in its checkpoint, which extends the earlier one
    verdict = checkpoint_check.check(receipt, public, load("receipt")["earlier_checkpoint"])
    assert verdict.checked and verdict.keep == receipt.checkpoint and verdict.size == 2
    old = load("receipt")["file_v1"].encode()
    assert made["file_v1"].encode() == old
    assert read_receipt(old, public, vectors.ORG_ID, vectors.DEVICE_ID).checkpoint is None
