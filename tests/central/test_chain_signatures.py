"""A bundle's custody-log stretch: every entry's hash is checked, the head's signature covers all.

The importer recomputes each entry's hash (RFC 8785 of its fields) and checks
the chain of hashes up to the head the signed manifest names; one Ed25519
signature, the last entry's, then covers every entry before it. These tests
build stretches with a real key and change one thing at a time.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from fieldreport.central.chain import LogInvalid, parse_entries
from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json
from fieldreport.storage.custody_log import GENESIS_HASH, LogEntry
from fieldreport.sync.bundle_format import LogRange

PRIVATE = signing.generate_private_key()
PUBLIC = signing.public_key_of(PRIVATE)
TIME = "2021-05-02T09:00:00.000Z"


def signed(entries: list[LogEntry], private: bytes = PRIVATE) -> list[LogEntry]:
    """The entries re-hashed and re-signed in order, each naming the one before."""
    out, prev = [], GENESIS_HASH
    for entry in entries:
        draft = replace(entry, prev_hash=prev)
        message = canonical_json(draft.body())
        done = replace(
            draft,
            entry_hash=hashlib.sha256(message).hexdigest(),
            signature=signing.sign(private, message),
        )
        out.append(done)
        prev = done.entry_hash
    return out


def stretch(count: int) -> list[LogEntry]:
    drafts = [
        LogEntry(seq, "", TIME, "create", f"record:r{seq}#1", f"{seq:064x}", "", b"")
        for seq in range(1, count + 1)
    ]
    return signed(drafts)


def parse(entries: list[LogEntry], head: str | None = None):  # noqa: ANN201
    data = canonical_json([e.to_json() for e in entries])
    log = LogRange(entries[0].seq, entries[-1].seq, head or entries[-1].entry_hash)
    return parse_entries(data, log, PUBLIC)


def test_a_signed_stretch_is_read_entry_for_entry():
    entries = stretch(5)
    parsed = parse(entries)
    assert [e.entry_hash for e in parsed] == [e.entry_hash for e in entries]
    assert [e.signature for e in parsed] == [e.signature for e in entries]


def test_a_changed_field_in_any_entry_is_refused():
    entries = stretch(4)
    changed = [*entries[:1], replace(entries[1], object="record:other#1"), *entries[2:]]
    with pytest.raises(LogInvalid, match="(?i)entry 2 .* does not match its hash"):
        parse(changed)


def test_an_entry_re_hashed_after_a_change_breaks_the_chain():
    entries = stretch(4)
    moved = replace(entries[1], content_hash="f" * 64)
    rehashed = replace(moved, entry_hash=hashlib.sha256(canonical_json(moved.body())).hexdigest())
    with pytest.raises(LogInvalid, match="(?i)entry 3 .* does not follow"):
        parse([entries[0], rehashed, *entries[2:]])


def test_a_stretch_signed_by_another_key_is_refused():
    forged = signed(stretch(3), signing.generate_private_key())
    with pytest.raises(LogInvalid, match="(?i)entry 3 .* not signed by the device"):
        parse(forged)


def test_a_head_with_a_bad_signature_is_refused():
    entries = stretch(3)
    head = replace(entries[-1], signature=bytes(64))
    with pytest.raises(LogInvalid, match="not signed by the device"):
        parse([*entries[:-1], head])


def test_a_head_other_than_the_manifests_is_refused():
    entries = stretch(3)
    with pytest.raises(LogInvalid, match="does not end at the head"):
        parse(entries, head="0" * 64)


def test_only_the_head_signature_is_checked_at_import():
    """An earlier entry's own signature is not checked here (central verify does it)."""
    entries = stretch(3)
    odd = replace(entries[0], signature=bytes(64))  # its hash, and so the chain, unchanged
    parsed = parse([odd, *entries[1:]])
    assert parsed[0].signature == bytes(64)
