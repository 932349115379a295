"""Escrow at join in the window: a provisioning file that offers it makes the Sync page's
join ask the monitor (default No); their answer is recorded as ``join --escrow`` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from fieldreport import backup
from fieldreport.central.organisation import Organisation
from fieldreport.ui import file_dialogs
from tests.coercion.test_escrow import _members
from tests.ui.helpers import WAIT_MS, click


def _provisioning(tmp_path: Path, offer: bool) -> Path:
    path = tmp_path / "org.json"
    path.write_bytes(Organisation.create("Escrow Monitors").provisioning(offer_escrow=offer))
    return path


def _click_join(qtbot, window, monkeypatch, provisioning: Path, request: Path) -> None:
    monkeypatch.setattr(file_dialogs, "open_files", lambda *_a: [provisioning])
    monkeypatch.setattr(file_dialogs, "save_file", lambda *_a: request)
    window.records_page.show_sync()
    click(qtbot, window.sync_page.join_button)


@pytest.mark.parametrize("agree", [True, False])
def test_a_file_that_offers_escrow_asks_and_records_the_answer(
    qtbot, unlocked, tmp_path, monkeypatch, agree
):
    request = tmp_path / "request.json"
    _click_join(qtbot, unlocked, monkeypatch, _provisioning(tmp_path, offer=True), request)
    box = unlocked.escrow_offer
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=WAIT_MS)
    assert "Escrow Monitors" in box.text()
    assert "without your passphrase" in box.informativeText()
    [yes] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.YesRole]
    [no] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.NoRole]
    assert box.defaultButton() is no and box.escapeButton() is no
    # nothing is joined while the question is open
    assert not request.exists() and unlocked.session.sync_status()["organisation"] is None
    click(qtbot, yes if agree else no)
    qtbot.waitUntil(lambda: request.is_file(), timeout=WAIT_MS)
    assert "Escrow Monitors" in unlocked.sync_page.result.text()
    assert unlocked.session.sync_status()["organisation"] is not None
    assert backup.escrow_agreed(unlocked.session._vault.db) is agree
    assert ("You agreed to key escrow" in unlocked.sync_page.result.text()) is agree


def test_a_file_that_does_not_offer_escrow_joins_without_asking(
    qtbot, unlocked, tmp_path, monkeypatch
):
    request = tmp_path / "request.json"
    _click_join(qtbot, unlocked, monkeypatch, _provisioning(tmp_path, offer=False), request)
    assert unlocked.escrow_offer is None
    assert request.is_file() and "Escrow Monitors" in unlocked.sync_page.result.text()
    assert not backup.escrow_agreed(unlocked.session._vault.db)


def _buttons(box: QMessageBox) -> tuple:
    [yes] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.YesRole]
    [no] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.NoRole]
    return yes, no


def test_settings_withdraws_escrow_after_saying_old_backups_still_carry_the_key(
    qtbot, unlocked, tmp_path
):
    session = unlocked.session
    org = Organisation.create("Escrow Monitors")
    session.join(org.provisioning(offer_escrow=True), escrow=True)
    settings = unlocked.show_settings()
    box = settings.escrow
    qtbot.waitUntil(box.isVisible, timeout=WAIT_MS)
    assert "Escrow Monitors" in box.note.text()
    # "No" (the default, and Escape) changes nothing
    question = box.ask_to_withdraw()
    yes, no = _buttons(question)
    assert question.defaultButton() is no and question.escapeButton() is no
    assert "still carry the key" in question.informativeText()
    click(qtbot, no)
    assert session.escrow_agreed
    question = box.ask_to_withdraw()
    yes, _no = _buttons(question)
    click(qtbot, yes)
    qtbot.waitUntil(lambda: not session.escrow_agreed, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: box.withdrawn, timeout=WAIT_MS)
    assert "withdrawn" in box.note.text() and "Backups made before still carry it" in (
        box.note.text()
    )
    assert not box.withdraw_button.isVisible()
    made = backup.backup_session(session, tmp_path / "after.backup", "a backup passphrase")
    assert made.to_organisation and "escrow.age" not in _members(made.path, org)


def test_settings_shows_no_escrow_box_when_none_was_agreed(unlocked):
    settings = unlocked.show_settings()
    assert not settings.escrow.isVisible() and settings.escrow.isHidden()


def test_the_sync_page_says_whether_escrow_was_agreed(qtbot, unlocked):
    org = Organisation.create("Escrow Monitors")
    unlocked.session.join(org.provisioning(offer_escrow=True), escrow=True)
    unlocked.records_page.show_sync()
    unlocked.refresh_sync()
    assert "Key escrow agreed" in unlocked.sync_page.org_text.text()
    assert unlocked.session.sync_status()["escrow_agreed"] is True
    unlocked.session.withdraw_escrow()
    unlocked.refresh_sync()
    assert "Key escrow" not in unlocked.sync_page.org_text.text()
    assert "Escrow Monitors" in unlocked.sync_page.org_text.text()
