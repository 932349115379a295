"""The fast canonical JSON path writes exactly what the RFC 8785 reference writes, or defers."""

from __future__ import annotations

import math

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldreport.crypto import canonical
from fieldreport.crypto.canonical import canonical_json

TEXT = st.text(
    alphabet=st.characters(codec=None, blacklist_categories=()),
    max_size=12,
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**60), max_value=2**60)
    | st.floats(allow_nan=True, allow_infinity=True)
    | TEXT
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)


def reference(value: object) -> bytes | type[Exception]:
    try:
        return rfc8785.dumps(value)
    except Exception as exc:  # noqa: BLE001 - the kind of refusal is compared
        return type(exc)


def ours(value: object) -> bytes | type[Exception]:
    try:
        return canonical_json(value)
    except Exception as exc:  # noqa: BLE001
        return type(exc)


@settings(max_examples=800, deadline=None)
@given(VALUES)
def test_the_fast_path_agrees_with_the_reference(value):
    assert ours(value) == reference(value)


@pytest.mark.parametrize(
    "value",
    [
        {"b": 1, "a": [True, False, None], "c": 'é\u2028\x7f\x00\x1f"\\'},
        {"\ue000": 1, "\U0001f600": 2},  # UTF-16 order differs from code-point order
        {"x": 5.0, "y": -0.0, "z": 1e21, "w": 1e-7, "v": 39.95, "u": 1e16, "t": 0.0001},
        {"big": 2**53 - 1, "bigger": 2**53, "neg": -(2**53) + 1},
        {"lone": "\ud800"},
        [1.5, -2.25, 0.30000000000000004, 123456789.125],
        (1, "two"),
        {1: "not a string key"},
        {"nan": math.nan},
    ],
)
def test_edge_cases_agree_with_the_reference(value):
    assert ours(value) == reference(value)


def test_plain_values_take_the_fast_path():
    entry = {"seq": 1, "prev_hash": "a" * 64, "event": "create", "object": "record:x#1"}
    assert canonical._plain(entry)
    assert canonical._plain({"lat": 39.95, "names": ["Асан", "\U0001f600"]})
    assert not canonical._plain({"n": 5.0})
    assert not canonical._plain({"\U0001f600": 1})
    assert not canonical._plain({"n": 2**53})
