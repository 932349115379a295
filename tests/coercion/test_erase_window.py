"""Erase from the window: Settings → Erase this vault… (a typed word) and the panic shortcut."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from fieldreport import settings
from fieldreport.core import vault_exists
from fieldreport.ui import i18n
from fieldreport.ui.dialogs.erase_vault import EraseDialog
from tests.ui.helpers import click


def _dialog(qtbot, window) -> EraseDialog:
    settings_dialog = window.show_settings()
    click(qtbot, settings_dialog.safety.erase_button)
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, EraseDialog)]
    assert len(found) == 1
    return found[0]


def test_erase_says_what_is_lost_and_waits_for_the_word(qtbot, unlocked, vault_folder: Path):
    unlocked.session.add("incident", {"title": "[TEST] only here", "description": "x"})
    dialog = _dialog(qtbot, unlocked)
    assert "records: 1, files: 0." in dialog.loss.text()
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.word, "eras")
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)
    assert dialog.isVisible() and vault_exists(vault_folder)  # not yet: the word is incomplete
    qtbot.keyClicks(dialog.word, "e")
    assert dialog.erase_button.isEnabled()
    click(qtbot, dialog.erase_button)
    qtbot.waitUntil(lambda: unlocked.stack.currentWidget() is unlocked.setup_page)
    assert unlocked.session is None
    assert not vault_folder.exists()
    # The rest was set aside and goes on a background thread: nothing of it stays.
    unlocked.erase_finishing.join(timeout=30)
    assert not [p for p in vault_folder.parent.iterdir() if p.name.startswith(".vault.erased-")]


def test_cancel_changes_nothing(qtbot, unlocked, vault_folder: Path):
    dialog = _dialog(qtbot, unlocked)
    click(qtbot, dialog.cancel_button)
    assert vault_exists(vault_folder) and unlocked.session is not None


def test_the_word_in_russian_or_in_english(qtbot, unlocked, vault_folder: Path):
    unlocked.change_language("ru")
    dialog = _dialog(qtbot, unlocked)
    assert dialog.word_to_type() == "СТЕРЕТЬ"
    assert "СТЕРЕТЬ" in dialog.word_label.text()
    dialog.word.setText("стереть")
    assert dialog.typed()
    dialog.word.setText("erase")
    assert dialog.typed()
    click(qtbot, dialog.erase_button)
    qtbot.waitUntil(lambda: not vault_folder.exists())
    assert i18n.current_language() == "en"  # as a newly installed app starts


def test_the_panic_shortcut_is_off_until_chosen_then_erases_without_a_dialog(
    qtbot, unlocked, vault_folder: Path
):
    assert settings.load(vault_folder).panic_shortcut == ""
    assert not unlocked.panic_keys.enabled
    dialog = unlocked.show_settings()
    combo = dialog.safety.panic
    combo.setCurrentIndex(combo.findData("Ctrl+Shift+F12"))
    assert settings.load(vault_folder).panic_shortcut == "Ctrl+Shift+F12"
    form = unlocked.new_record()  # an open form is not kept, nor asked about
    assert form is not None
    form.findChildren(QLineEdit)[0].setText("typed, never saved")
    qtbot.keyClick(
        form.findChildren(QLineEdit)[0],
        Qt.Key.Key_F12,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: unlocked.stack.currentWidget() is unlocked.setup_page)
    assert not vault_folder.exists()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not unlocked]


def test_the_panic_shortcut_works_on_the_unlock_page_too(qtbot, unlocked, vault_folder: Path):
    unlocked.change_panic_shortcut("Ctrl+Alt+Shift+X")
    unlocked.lock()
    assert unlocked.stack.currentWidget() is unlocked.unlock_page
    qtbot.keyClick(
        unlocked.unlock_page.passphrase,
        Qt.Key.Key_X,
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: unlocked.stack.currentWidget() is unlocked.setup_page)
    assert not vault_folder.exists()
