"""Fields.uuid's check (a regex) says what the uuid module's round trip says."""

from __future__ import annotations

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldreport.sync.fields import is_uuid


def _reference(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


@settings(max_examples=500, deadline=None)
@given(st.uuids(), st.lists(st.tuples(st.integers(0, 40), st.characters()), max_size=2))
def test_is_uuid_agrees_with_the_uuid_module(value, changes):
    text = list(str(value))
    for where, character in changes:
        text[where % len(text) : where % len(text) + 1] = [character]
    spelled = "".join(text)
    for candidate in (spelled, spelled.upper(), "{" + spelled + "}", spelled.replace("-", "")):
        assert is_uuid(candidate) == _reference(candidate), candidate
