"""The test vectors published in docs/ match the implementation."""

from __future__ import annotations

import json
from pathlib import Path

from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json, sha256_hex
from fieldreport.storage.custody_log import GENESIS_HASH

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_custody_log_vector():
    vector = json.loads((DOCS / "vectors" / "custody-log.json").read_text("utf-8"))
    seed = bytes.fromhex(vector["private_key_seed_hex"])
    public = bytes.fromhex(vector["public_key_hex"])
    assert signing.public_key_of(seed) == public
    prev = GENESIS_HASH
    for item in vector["entries"]:
        entry = item["entry"]
        canonical = canonical_json(entry)
        assert canonical.decode() == item["canonical"]
        assert sha256_hex(canonical) == item["entry_hash"]
        assert entry["prev_hash"] == prev
        signature = bytes.fromhex(item["signature_hex"])
        assert signing.verify(public, signature, canonical)
        assert signing.sign(seed, canonical) == signature  # Ed25519 is deterministic
        prev = item["entry_hash"]
