"""Back up from the window: Sync → Back up the vault…, then restore it on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from fieldreport import backup
from fieldreport.core import Session
from fieldreport.ui import file_dialogs
from fieldreport.ui.dialogs.backup_passphrase import BackupPassphraseDialog
from tests.conftest import TEST_PASSPHRASE
from tests.ui.helpers import click

BACKUP_PASSPHRASE = "a backup passphrase from the window"


def _dialog(qtbot, window, out: Path, monkeypatch) -> BackupPassphraseDialog:
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args: out)
    window.records_page.show_sync()
    click(qtbot, window.sync_page.backup_button)
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, BackupPassphraseDialog)]
    assert len(found) == 1
    return found[0]


def test_back_up_from_the_sync_page_and_restore_it(qtbot, unlocked, tmp_path, monkeypatch):
    record = unlocked.session.add("incident", {"title": "[TEST] kept", "description": "x"})
    out = tmp_path / "window.backup"
    dialog = _dialog(qtbot, unlocked, out, monkeypatch)
    dialog.first.setText(BACKUP_PASSPHRASE)
    dialog.second.setText(BACKUP_PASSPHRASE + "x")
    click(qtbot, dialog.ok)
    assert dialog.isVisible() and dialog.problem.text()  # they differ: not accepted
    dialog.second.setText(BACKUP_PASSPHRASE)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: out.is_file() and unlocked.sync_page.result.isVisible(), timeout=30000)
    assert str(out) in unlocked.sync_page.result.text()

    target = tmp_path / "restored"
    backup.restore(out, target, BACKUP_PASSPHRASE, None)
    restored = Session.unlock(target, TEST_PASSPHRASE)
    try:
        assert restored.get(record.id).data["title"] == "[TEST] kept"
    finally:
        restored.lock()


@pytest.mark.parametrize("typed", ["short", ""])
def test_a_short_passphrase_writes_nothing(qtbot, unlocked, tmp_path, monkeypatch, typed):
    out = tmp_path / "window.backup"
    dialog = _dialog(qtbot, unlocked, out, monkeypatch)
    dialog.first.setText(typed)
    dialog.second.setText(typed)
    click(qtbot, dialog.ok)
    assert dialog.isVisible() and dialog.problem.text()
    click(qtbot, dialog.cancel)
    assert not dialog.isVisible() and not out.exists()
