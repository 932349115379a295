"""Unsaved form content survives a lock, stays encrypted and is not a revision."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldreport.core import Session
from fieldreport.errors import UsageError, VaultLocked
from tests.canary import files_containing
from tests.conftest import TEST_PASSPHRASE

CANARY = "AUTOSAVECANARY5150 черновик"


def test_unsaved_form_content_comes_back_after_unlocking(session: Session, vault_dir: Path):
    rid = session.add("incident", {"title": "[TEST] saved"}).id
    session.autosave("form-1", "incident", {"title": CANARY}, record_id=rid, base_revision=1)
    session.autosave("form-2", "person", {"outcome": "injured"})
    session.autosave(
        "form-1", "incident", {"title": CANARY + " more"}, record_id=rid, base_revision=1
    )  # the same form again replaces its content
    session.lock()
    with pytest.raises(VaultLocked):
        session.autosaved()
    assert files_containing(vault_dir, [CANARY]) == []

    again = Session.unlock(vault_dir, TEST_PASSPHRASE)
    kept = {form.key: form for form in again.autosaved()}
    assert set(kept) == {"form-1", "form-2"}
    assert kept["form-1"].data == {"title": CANARY + " more"}
    assert (kept["form-1"].record_id, kept["form-1"].base_revision) == (rid, 1)
    assert kept["form-2"].record_id is None
    # Keeping form content is not a change to any record.
    assert [h.revision for h in again.history(rid)] == [1]
    assert again.verify_log().entries == 2
    again.discard_autosave("form-1")
    assert [form.key for form in again.autosaved()] == ["form-2"]
    again.lock()


def test_unknown_kind_is_refused(session: Session):
    with pytest.raises(UsageError):
        session.autosave("k", "rumour", {})
