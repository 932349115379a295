"""The manifest's quick reading of record items agrees with the reading of every item."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldreport.errors import BundleRejected
from fieldreport.sync import bundle_format
from fieldreport.sync.bundle_format import MAX_SIZE

RECORD = "0e0b1a5c-1b7d-4a8a-9e2c-1234567890ab"
GOOD = {
    "id": f"record:{RECORD}#3",
    "kind": "record_revision",
    "name": f"records/{RECORD}/3.json",
    "sha256": "a" * 64,
    "size": 120,
}
ODD = {
    "id": [f"record:{RECORD}#03", f"record:{RECORD.upper()}#3", f"media:{RECORD}", "log:1-2", 3],
    "kind": ["media", "record", None],
    "name": [f"records/{RECORD}/4.json", f"records/{RECORD}/3.json ", ""],
    "sha256": ["A" * 64, "a" * 63, None],
    "size": [-1, MAX_SIZE["record_revision"], MAX_SIZE["record_revision"] + 1, 1.0, True, "1"],
    "extra": [1],
}


def _general(value: object) -> bundle_format.ManifestItem | None:
    quick = bundle_format._record_item
    bundle_format._record_item = lambda value: None  # type: ignore[assignment]
    try:
        return bundle_format._item(value, 0, 2)
    except BundleRejected:
        return None
    finally:
        bundle_format._record_item = quick


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(sorted(ODD)).flatmap(
            lambda key: st.tuples(st.just(key), st.sampled_from(ODD[key]) | st.just(None))
        ),
        max_size=2,
    ),
    st.sampled_from([None, *sorted(GOOD)]),
)
def test_the_quick_reading_accepts_nothing_the_general_one_refuses(changes, dropped):
    value = dict(GOOD)
    for key, new in changes:
        value[key] = new
    if dropped is not None:
        value.pop(dropped, None)
    quick = bundle_format._record_item(value)
    general = _general(value)
    assert quick is None or quick == general
    if not changes and dropped is None:
        assert quick == general == bundle_format.ManifestItem.of(GOOD["id"], "a" * 64, 120)


@pytest.mark.parametrize("value", [GOOD, {**GOOD, "size": 0}])
def test_a_record_item_reads_alike_both_ways(value):
    assert bundle_format._record_item(value) == _general(value) is not None
