"""The duress passphrase from the window: Settings → Duress passphrase… (real widgets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from fieldreport import duress
from fieldreport.core import Session
from fieldreport.errors import WrongPassphrase
from fieldreport.ui import i18n
from fieldreport.ui.dialogs.duress_dialog import DuressDialog
from fieldreport.ui.geometry import texts_cut_off
from tests.ui.helpers import PASSPHRASE, click, unlock_through_page
from tests.ui.test_mnemonics import _texts, duplicates

DURESS = "tea with the neighbours at five"


def _dialog(qtbot, window) -> DuressDialog:
    settings_dialog = window.show_settings()
    click(qtbot, settings_dialog.duress_button)
    found = settings_dialog.findChildren(DuressDialog)
    assert len(found) == 1
    qtbot.waitExposed(found[0])
    return found[0]


def _fill(qtbot, dialog: DuressDialog, current: str, new: str, again: str) -> None:
    qtbot.keyClicks(dialog.current, current)
    qtbot.keyClicks(dialog.duress, new)
    qtbot.keyClicks(dialog.confirmation, again)


def test_set_in_the_window_then_the_duress_passphrase_opens_the_decoy(
    qtbot, unlocked, vault_folder: Path
):
    unlocked.session.add("incident", {"title": "[TEST] real work", "description": "x"})
    dialog = _dialog(qtbot, unlocked)
    assert dialog.status.text() == "No duress passphrase is set."
    assert not dialog.remove_button.isEnabled()
    _fill(qtbot, dialog, PASSPHRASE, DURESS, DURESS)
    click(qtbot, dialog.erase_real)
    assert dialog.erase_note.isVisible()
    click(qtbot, dialog.set_button)
    qtbot.waitUntil(lambda: dialog.done_label.isVisible(), timeout=30_000)
    assert dialog.done_label.text() == "The duress passphrase was set."
    assert dialog.status.text() == "A duress passphrase is set. Using it erases this vault first."
    assert dialog.current.text() == "" and dialog.remove_button.isEnabled()
    dialog.reject()
    unlocked.lock()
    unlock_through_page(qtbot, unlocked, DURESS)
    qtbot.waitUntil(lambda: unlocked.session is not None, timeout=30_000)
    assert unlocked.session.list() == []  # the decoy, not the real records
    # In the decoy, the dialog says what a vault without a duress passphrase says.
    decoy_dialog = _dialog(qtbot, unlocked)
    assert decoy_dialog.status.text() == "No duress passphrase is set."
    assert not decoy_dialog.remove_button.isEnabled()
    assert not decoy_dialog.erase_real.isChecked()
    decoy_dialog.reject()
    unlocked.lock()
    with pytest.raises(WrongPassphrase):  # it was set to erase the real vault
        Session.unlock(vault_folder, PASSPHRASE)


def test_a_wrong_passphrase_or_a_mismatch_is_said_and_changes_nothing(
    qtbot, unlocked, vault_folder: Path
):
    before = (vault_folder / "vault.key").read_bytes()
    dialog = _dialog(qtbot, unlocked)
    _fill(qtbot, dialog, "not the passphrase", DURESS, DURESS)
    click(qtbot, dialog.set_button)
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=30_000)
    assert dialog.problem.text().startswith("Wrong passphrase.")
    dialog.current.clear()
    dialog.confirmation.clear()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.confirmation, DURESS + " typo")
    click(qtbot, dialog.set_button)
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=30_000)
    assert "do not match" in dialog.problem.text()
    assert (vault_folder / "vault.key").read_bytes() == before
    assert not duress.state(unlocked.session).set


def test_remove_in_the_window(qtbot, unlocked, vault_folder: Path):
    duress.set_passphrase(unlocked.session, PASSPHRASE, DURESS, erase_real=False)
    dialog = _dialog(qtbot, unlocked)
    assert dialog.status.text() == "A duress passphrase is set. It opens the decoy."
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: dialog.done_label.isVisible(), timeout=30_000)
    assert dialog.done_label.text() == "The duress passphrase was removed."
    assert not dialog.remove_button.isEnabled()
    with pytest.raises(WrongPassphrase):
        Session.unlock(vault_folder, DURESS)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_dialog_is_translated_whole_and_has_one_mnemonic_per_letter(qtbot, unlocked, language):
    unlocked.change_language(language)
    dialog = _dialog(qtbot, unlocked)
    click(qtbot, dialog.erase_real)  # the warning shown too
    settings_dialog = dialog.parent()
    assert isinstance(settings_dialog, QWidget)
    for top in (dialog, settings_dialog):
        assert duplicates(_texts(top)) == {}, language
    qtbot.waitUntil(lambda: not texts_cut_off(dialog), timeout=2000)
    if language != "en":
        assert dialog.windowTitle() != "Duress passphrase"
        assert dialog.erase_real.text() != (
            "&Erase the real vault when the duress passphrase is used"
        )
    dialog.reject()
