"""Restore from a backup in the window: the first-start page's *Or restore from a backup…*,
with a real backup of a real vault, a wrong passphrase first (widgets offscreen)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from fieldreport import backup
from fieldreport.core import Session
from fieldreport.ui import file_dialogs
from fieldreport.ui.dialogs.restore_backup import RestoreBackupDialog
from tests.ui.helpers import PASSPHRASE, click, unlock_through_page

BACKUP_PASSPHRASE = "the backup's own passphrase"


def test_restore_a_backup_at_first_start_then_unlock_it(
    qtbot, window, vault_folder, tmp_path, monkeypatch
):
    other = Session.create(tmp_path / "old-laptop", PASSPHRASE)
    record = other.add("incident", {"title": "[TEST] from the old laptop", "description": "x"})
    made = backup.backup_session(other, tmp_path / "old.backup", BACKUP_PASSPHRASE)
    other.lock()
    window.change_language("en")
    assert window.stack.currentWidget() is window.setup_page
    monkeypatch.setattr(file_dialogs, "open_files", lambda *args: [made.path])
    click(qtbot, window.setup_page.restore_button)
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, RestoreBackupDialog)]
    dialog = [d for d in found if d.isVisible()][0]
    assert str(vault_folder) in dialog.explanation.text()
    dialog.passphrase.setText("not the backup passphrase")
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled() and bool(dialog.problem.text()), timeout=60000)
    assert "Wrong passphrase" in dialog.problem.text()
    assert not (vault_folder / "vault.key").exists()
    dialog.passphrase.setText(BACKUP_PASSPHRASE)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page, timeout=60000)
    assert not dialog.isVisible()
    unlock_through_page(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None, timeout=30000)
    assert window.session.get(record.id).data["title"] == "[TEST] from the old laptop"
