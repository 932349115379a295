"""The fast canonical JSON paths agree with the RFC 8785 reference (writing and strict reading)."""

from __future__ import annotations

import contextlib
import json
import math

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldreport.crypto import canonical
from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import FieldReportError
from fieldreport.sync import strict_json

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


def _strict_accepts(data: bytes) -> bool:
    try:
        strict_json.parse(data, what="test", error=FieldReportError, max_bytes=10**6, max_depth=64)
    except FieldReportError:
        return False
    return True


def _reference_accepts(data: bytes) -> bool:
    value = json.loads(data)
    try:
        return rfc8785.dumps(value) == data
    except Exception:  # noqa: BLE001 - the reference cannot represent it: not canonical
        return False


def _spellings(value: object) -> list[bytes]:
    """The canonical bytes and other spellings of the same value."""
    out = [json.dumps(value, ensure_ascii=True).encode()]
    out.append(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8", "replace"))
    out.append(
        json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
            "utf-8", "replace"
        )
    )
    with contextlib.suppress(Exception):  # not representable: the other spellings remain
        out.append(rfc8785.dumps(value))
    return out


FINITE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**60), max_value=2**60)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(FINITE)
def test_strict_parsing_accepts_exactly_the_reference_canonical_form(value):
    for data in _spellings(value):
        try:
            json.loads(data)
        except ValueError:
            continue  # not JSON at all (a replaced surrogate can make it so)
        assert _strict_accepts(data) == _reference_accepts(data), data
        assert strict_json._depth(data.decode()) == strict_json.depth_of(json.loads(data))


@pytest.mark.parametrize(
    "data",
    [
        b'{"a":1.0}',
        b'{"a":1e-7}',
        b'{"a":1E+21}',
        b'{"a":9007199254740993}',
        b"9007199254740993",
        b"-9007199254740993",
        b"[1,9007199254740993]",
        b"[9007199254740993]",
        b'{"a":"x,9007199254740993"}',
        b'{"a":-12345678901234567890}',
        b'{"a":"9007199254740993"}',
        b'{"a":9007199254740991}',  # 2^53 - 1: the C encoder's digits are RFC 8785's
        b"[-9007199254740991,1234567890123456]",
        b'{"a":9007199254740992}',
        b'{"\\ud83d\\ude00":1,"\\ue000":2}',
        '{"\ue000":2,"\U0001f600":1}'.encode(),
        '{"\U0001f600":1,"\ue000":2}'.encode(),
        b'{"a":"\\u0041"}',
        b'{"a":-0}',
        b'{"a":"\\ud800"}',
        b'[[["{[\\"]"]]]',
    ],
)
def test_strict_parsing_edge_cases_match_the_reference(data):
    assert _strict_accepts(data) == _reference_accepts(data)


def test_a_repeated_key_is_refused_in_a_signed_format_and_named_in_a_lax_one():
    data = b'{"a":1,"a":1}'
    with pytest.raises(FieldReportError, match="not in canonical form"):
        strict_json.parse(data, what="test", error=FieldReportError, max_bytes=100)
    with pytest.raises(FieldReportError, match="repeats the key 'a'"):
        strict_json.parse(data, what="test", error=FieldReportError, max_bytes=100, canonical=False)


@pytest.mark.parametrize("depth", [1, 3, 4, 5])
def test_nesting_is_bounded_whatever_the_brackets_in_texts(depth):
    data = ("[" * depth + '"[[[[{{{{"' + "]" * depth).encode()
    accepted = _strict_accepts_within(data, 4)
    assert accepted == (depth <= 4)


def _strict_accepts_within(data: bytes, max_depth: int) -> bool:
    try:
        strict_json.parse(
            data, what="test", error=FieldReportError, max_bytes=100, max_depth=max_depth
        )
    except FieldReportError:
        return False
    return True
