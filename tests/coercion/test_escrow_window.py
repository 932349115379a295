"""Escrow at join in the window: a provisioning file that offers it makes the Sync page's
join ask the monitor (default No); their answer is recorded as ``join --escrow`` does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from fieldreport import backup
from fieldreport.central.organisation import Organisation
from fieldreport.ui import file_dialogs
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
