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


def _restore_over(qtbot, window, backup_path, monkeypatch) -> RestoreBackupDialog:
    monkeypatch.setattr(file_dialogs, "open_files", lambda *args: [backup_path])
    window.records_page.show_sync()
    click(qtbot, window.sync_page.restore_over_button)
    dialog = window.restore_dialog
    assert dialog.isVisible() and dialog.replacing
    assert "nothing changes until" in dialog.explanation.text()
    dialog.passphrase.setText(BACKUP_PASSPHRASE)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: window.restore_over_box is not None, timeout=60000)
    qtbot.waitUntil(window.restore_over_box.isVisible, timeout=10000)
    assert not dialog.isVisible()  # the passphrase dialog made way for the question
    return dialog


def _hidden(vault_folder) -> list[str]:
    return [p.name for p in vault_folder.parent.iterdir() if p.name.startswith(".")]


def test_restore_over_the_vault_says_what_is_lost_then_replaces_it(
    qtbot, unlocked, vault_folder, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    window = unlocked
    window.change_language("en")
    kept = window.session.add("incident", {"title": "[TEST] in the backup"})
    made = backup.backup_session(window.session, tmp_path / "v.backup", BACKUP_PASSPHRASE)
    qtbot.wait(20)  # the vault's times are to the millisecond
    later = window.session.add("incident", {"title": "[TEST] saved after the backup"})
    window.session.edit(kept.id, {"notes": "[TEST] changed after"})

    # Cancel (the default, and Escape): nothing changes, nothing is left beside the vault
    _restore_over(qtbot, window, made.path, monkeypatch)
    box = window.restore_over_box
    assert "Replace this vault with the backup made on" in box.text()
    details = box.informativeText()
    assert "1 new record(s), 1 changed record(s), 0 photo(s)" in details
    assert "kept aside until the backup is in place" in details
    [replace] = [
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    ]
    assert box.defaultButton() is not replace and box.escapeButton() is box.defaultButton()
    click(qtbot, box.defaultButton())
    assert window.restore_over_box is None
    qtbot.waitUntil(lambda: _hidden(vault_folder) == [], timeout=10000)
    assert window.session is not None
    assert window.session.get(later.id).data["title"] == "[TEST] saved after the backup"

    # Replace: the vault is locked, the backup put in its place
    _restore_over(qtbot, window, made.path, monkeypatch)
    box = window.restore_over_box
    [replace] = [
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    ]
    click(qtbot, replace)
    qtbot.waitUntil(lambda: "replaced the vault" in window.statusBar().currentMessage(),
                    timeout=60000)  # fmt: skip
    assert window.session is None and window.stack.currentWidget() is window.unlock_page
    assert _hidden(vault_folder) == []
    unlock_through_page(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None, timeout=30000)
    assert window.session.get(kept.id).data.get("notes") is None
    assert later.id not in {r.id for r in window.session.list("incident")}


def test_locking_while_asked_replaces_nothing(qtbot, unlocked, vault_folder, tmp_path, monkeypatch):
    window = unlocked
    window.session.add("incident", {"title": "[TEST] in the backup"})
    made = backup.backup_session(window.session, tmp_path / "v.backup", BACKUP_PASSPHRASE)
    later = window.session.add("incident", {"title": "[TEST] saved after the backup"})
    _restore_over(qtbot, window, made.path, monkeypatch)
    window.lock()
    qtbot.waitUntil(lambda: _hidden(vault_folder) == [], timeout=10000)
    unlock_through_page(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None, timeout=30000)
    assert window.session.get(later.id).data["title"] == "[TEST] saved after the backup"
