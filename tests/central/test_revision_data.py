"""A record revision's data is stored as the device signed it: its canonical text, cut out."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldreport.central.chain import Entry
from fieldreport.central.contents import _revision
from fieldreport.crypto.canonical import canonical_json, sha256_hex

RECORD = "0e0b1a5c-1b7d-4a8a-9e2c-1234567890ab"
TEXT = st.text(max_size=12) | st.sampled_from([',"deleted":', '"}', "\\", "ü", "\U0001f600"])
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | TEXT,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(TEXT | st.just("deleted"), inner, max_size=3)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(TEXT | st.just("deleted"), JSON, max_size=4), st.booleans())
def test_the_stored_data_is_the_signed_text_of_the_data(payload, deleted):
    body = {
        "id": RECORD,
        "revision": 2,
        "kind": "incident",
        "status": "draft",
        "deleted": deleted,
        "saved_at": "2021-05-02T09:00:00.000Z",
        "data": payload,
    }
    try:
        data = canonical_json(body)
    except (TypeError, ValueError):  # a lone surrogate: no canonical form to sign
        return
    entry = Entry(
        7, "0" * 64, body["saved_at"], "edit", f"record:{RECORD}#2", sha256_hex(data), "e" * 64, b""
    )
    row = _revision(data, f"record:{RECORD}#2", entry, "device", "bundle")
    assert row["data"] == canonical_json(payload).decode("utf-8")
    assert json.loads(row["data"]) == payload
    assert (row["deleted"], row["kind"], row["revision"]) == (int(deleted), "incident", 2)
