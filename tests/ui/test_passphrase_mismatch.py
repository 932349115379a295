""" "The two passphrases do not match" goes away when either field is corrected."""

from __future__ import annotations

from tests.ui.helpers import PASSPHRASE, WAIT_MS, click


def _mismatch(page_or_dialog, first, second, button, error, qtbot) -> None:
    first.setText(PASSPHRASE)
    second.setText(PASSPHRASE + "x")
    click(qtbot, button)
    qtbot.waitUntil(lambda: not error.isHidden(), timeout=WAIT_MS)
    assert "do not match" in error.text()


def test_setup_page_clears_the_mismatch_when_either_field_is_corrected(qtbot, window):
    page = window.setup_page
    for corrected in (page.confirmation, page.passphrase):
        _mismatch(page, page.passphrase, page.confirmation, page.create_button, page.error, qtbot)
        corrected.setText(page.confirmation.text() if corrected is page.passphrase else PASSPHRASE)
        assert page.error.isHidden()
    assert window.session is None  # nothing was created


def test_settings_clear_the_mismatch_when_either_field_is_corrected(qtbot, unlocked):
    dialog = unlocked.show_settings()
    dialog.old.setText(PASSPHRASE)
    for corrected in (dialog.confirmation, dialog.new):
        _mismatch(
            dialog,
            dialog.new,
            dialog.confirmation,
            dialog.change_button,
            dialog.passphrase_error,
            qtbot,
        )
        corrected.setText(dialog.confirmation.text() if corrected is dialog.new else PASSPHRASE)
        assert dialog.passphrase_error.isHidden()
    dialog.reject()
