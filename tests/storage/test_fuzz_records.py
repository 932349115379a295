"""Whatever JSON arrives, saving either works or gives a clear error, and the vault stays whole."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldreport.core import Session
from fieldreport.domain.kinds import KINDS
from fieldreport.domain.schema import FIELDS
from fieldreport.errors import FieldReportError
from tests.conftest import TEST_PASSPHRASE

# Text including control characters, Cyrillic and lone surrogates.
TEXT = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()) | st.sampled_from("\ud800\x00é"),
    max_size=20,
)
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | TEXT
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)


def records():
    """Dicts whose keys are mostly the kind's real field names, with any values."""
    return st.sampled_from(KINDS).flatmap(
        lambda kind: st.tuples(
            st.just(kind),
            st.dictionaries(
                st.sampled_from(
                    sorted({spec.path.split(".")[0] for spec in FIELDS[kind]})
                    + ["status", "tags", "notes", "links", "media", "id", "revision"]
                )
                | TEXT,
                JSON | st.sampled_from(["final", "draft", "2021-04-29"]),
                max_size=6,
            ),
        )
    )


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=records())
def test_any_input_saves_or_fails_cleanly(session: Session, case):
    kind, data = case
    try:
        record = session.add(kind, data)
    except FieldReportError:
        return
    assert session.get(record.id).kind == kind


def test_the_vault_is_whole_after_fuzzing(vault_dir: Path):
    session = Session.create(vault_dir, TEST_PASSPHRASE)
    saved = 0

    @settings(max_examples=100, deadline=None)
    @given(case=records())
    def save(case):
        nonlocal saved
        try:
            session.add(*case)
            saved += 1
        except FieldReportError:
            pass

    save()
    assert session.verify_log().ok
    assert session.count() == saved
    session.lock()
    again = Session.unlock(vault_dir, TEST_PASSPHRASE)
    assert again.count() == saved and again.verify_log().ok
    again.lock()
