"""The importer's readers of a bundle's custody log and items refuse junk with BundleRejected."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldreport.central.chain import Entry, parse_entries
from fieldreport.central.contents import _info, _revision
from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import BundleRejected
from fieldreport.sync.bundle_format import LogRange

KEY = signing.public_key_of(b"\x01" * 32)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=20,
)
ENTRY = Entry(1, "0" * 64, "2021-05-02T09:00:00.000Z", "create", "record:x#1", "a" * 64, "", b"")


def _refused(call) -> None:  # noqa: ANN001
    try:
        call()
    except BundleRejected:
        return
    raise AssertionError("accepted junk")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300) | JSON.map(lambda v: canonical_json(v)))
def test_junk_custody_logs_are_refused(data: bytes):
    _refused(lambda: parse_entries(data, LogRange(1, 1, "b" * 64), KEY))


@settings(max_examples=150, deadline=None)
@given(JSON)
def test_junk_revisions_and_descriptions_are_refused(value):
    data = canonical_json(value)
    _refused(
        lambda: _revision(
            data,
            "record:" + "0" * 8 + "-0000-0000-0000-" + "0" * 12 + "#1",
            ENTRY,
            "device",
            "hash",
        )
    )
    _refused(lambda: _info(data, "00000000-0000-0000-0000-000000000000"))


def test_a_log_that_is_not_canonical_is_refused():
    entry = {"seq": 1}
    _refused(lambda: parse_entries(json.dumps([entry]).encode(), LogRange(1, 1, "b" * 64), KEY))
