"""A bundle's custody-log stretch: every entry's hash is checked, the head's signature covers all.

The importer recomputes each entry's hash (RFC 8785 of its fields) and checks
the chain of hashes up to the head the signed manifest names; one Ed25519
signature, the last entry's, then covers every entry before it. These tests
build stretches with a real key and change one thing at a time.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldreport.central import chain
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


@pytest.mark.parametrize(
    ("obj", "plain"),
    [
        ("record:r1#1", True),
        ("record:Кок-Таш 🏠#1", True),  # not ASCII, no escape in RFC 8785: the plain reading
        ('record:a"b#1', False),  # escaped texts: the general reading
        ("record:a\\b#1", False),
        ("record:a\nb#1", False),
    ],
)
def test_plain_and_escaped_texts_read_alike(obj: str, plain: bool):
    entries = signed(
        [LogEntry(seq, "", TIME, "edit", obj, f"{seq:064x}", "", b"") for seq in (1, 2, 3)]
    )
    data = canonical_json([e.to_json() for e in entries])
    log = LogRange(1, 3, entries[-1].entry_hash)
    assert (chain._plain_entries(data, log) is not None) == plain
    parsed = parse(entries)
    assert [(e.seq, e.object, e.prev_hash, e.entry_hash, e.signature) for e in parsed] == [
        (e.seq, e.object, e.prev_hash, e.entry_hash, e.signature) for e in entries
    ]


BAD = {
    "seq": [0, -1, 2**53 - 1, True, "1", None],
    "prev_hash": ["A" * 64, "0" * 63, "", None],
    "time": ["2021-13-02T09:00:00.000Z", "2021-05-02T09:00:00Z", "٢٠٢١-05-02T09:00:00.000Z"],
    "event": ["", "e" * 41, 7],
    "object": ["", "o" * 201, ["record:x#1"]],
    "content_hash": ["A" * 64, "0" * 65],
    "entry_hash": ["0" * 64, "g" * 64],
    "signature": ["0" * 127, "G" * 128, "00" * 65],
}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.text(max_size=45), st.text(max_size=205)), min_size=1, max_size=3),
    st.none()
    | st.sampled_from(sorted(BAD)).flatmap(
        lambda k: st.tuples(st.just(k), st.sampled_from(BAD[k]))
    ),
    st.booleans(),
    st.booleans(),
)
def test_the_plain_reading_accepts_nothing_the_general_one_refuses(texts, change, drop, later):
    drafts = [
        LogEntry(seq, "", TIME, event, obj, f"{seq:064x}", "", b"")
        for seq, (event, obj) in enumerate(texts, 1)
    ]
    try:
        raw = [e.to_json() for e in signed(drafts)]
    except (TypeError, ValueError):  # a lone surrogate: no canonical form to sign
        return
    if change is not None:  # one field of one entry spelled otherwise, or missing
        entry = raw[-1 if later else 0]
        name, value = change
        if drop:
            del entry[name]
        else:
            entry[name] = value
    data = canonical_json(raw)
    log = LogRange(1, len(raw), "b" * 64)
    plain = chain._plain_entries(data, log)
    try:
        general = chain._general_entries(data, log)
    except LogInvalid:
        assert plain is None
        return
    assert plain is None or plain == general
    if change is None and all(
        event and obj and (event + obj).isprintable() and not {'"', "\\"} & set(event + obj)
        for event, obj in texts
    ):
        assert plain == general  # the usual case takes the plain reading


@pytest.mark.parametrize("whole_bytes", [10**9, 200])
def test_a_stretch_from_the_spool_reads_as_the_same_bytes(monkeypatch, whole_bytes: int):
    """Read whole (small) or a window at a time (beyond WHOLE_BYTES): the same entries."""
    monkeypatch.setattr(chain, "WHOLE_BYTES", whole_bytes)
    entries = stretch(30)
    data = canonical_json([e.to_json() for e in entries])
    assert (len(data) > whole_bytes) == (whole_bytes == 200)
    log = LogRange(1, 30, entries[-1].entry_hash)
    parsed = parse_entries(io.BytesIO(data), log, PUBLIC)
    assert [e.entry_hash for e in parsed] == [e.entry_hash for e in entries]
    cut = io.BytesIO(data[:-40])
    with pytest.raises(LogInvalid):
        parse_entries(cut, log, PUBLIC)
