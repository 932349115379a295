"""A device's custody log in the package, checked as docs/custody-log.md says.

Entries 1 to N, each ``{seq, prev_hash, time, event, object, content_hash,
entry_hash, signature}``: consecutive from 1, each ``prev_hash`` the entry
before's ``entry_hash`` (64 zeros for the first), ``entry_hash`` the SHA-256 of
the RFC 8785 canonical JSON of the first six fields, signed (Ed25519) by the
device's key from its certificate; entry 1 is ``vault_created`` with the hash
of that key.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json, sha256_hex

GENESIS_HASH = "0" * 64
FIELDS = ("seq", "prev_hash", "time", "event", "object", "content_hash")


@dataclass(frozen=True)
class LogEntry:
    seq: int
    time: str
    event: str
    object: str
    content_hash: str
    entry_hash: str


class ChainBroken(ValueError):
    """The first entry that does not verify; the message names it."""


def verify_chain(value: Any, public_raw: bytes) -> dict[int, LogEntry]:
    """Every entry by its seq, after checking the whole chain."""
    if not isinstance(value, list) or not value:
        raise ChainBroken("holds no list of entries")
    entries: dict[int, LogEntry] = {}
    expected = GENESIS_HASH
    for position, raw in enumerate(value, 1):
        if not isinstance(raw, dict) or set(raw) != {*FIELDS, "entry_hash", "signature"}:
            raise ChainBroken(f"entry {position} is not a custody-log entry")
        if raw["seq"] != position:
            raise ChainBroken(
                f"entry {position} is missing or out of order (found entry {raw['seq']} there)"
            )
        message = canonical_json({k: raw[k] for k in FIELDS})
        if raw["prev_hash"] != expected:
            raise ChainBroken(f"entry {position} does not follow the entry before it")
        if sha256_hex(message) != raw["entry_hash"]:
            raise ChainBroken(f"entry {position}: its contents were altered")
        try:
            signature = bytes.fromhex(str(raw["signature"]))
        except ValueError:
            signature = b""
        if not signing.verify(public_raw, signature, message):
            raise ChainBroken(f"entry {position}: the device's signature is not valid")
        expected = raw["entry_hash"]
        entries[position] = LogEntry(
            position, raw["time"], raw["event"], raw["object"], raw["content_hash"], expected
        )
    first = entries[1]
    if (
        first.event != "vault_created"
        or first.content_hash != hashlib.sha256(public_raw).hexdigest()
    ):
        raise ChainBroken("entry 1 is not the creation of this device's vault with its key")
    return entries
