"""Setting up, locking, unlocking and auto-lock, through the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldreport.core import Session
from tests.ui.helpers import (
    PASSPHRASE,
    WAIT_MS,
    click,
    create_through_setup,
    fill_required,
    unlock_through_page,
)


def test_first_run_shows_setup_with_vault_folder(window, vault_folder):
    assert window.stack.currentWidget() is window.setup_page
    assert str(vault_folder) in window.setup_page.location.text()
    assert not window.toolbar.isVisible()


def test_setup_rejects_mismatch_and_short_passphrase(qtbot, window, vault_folder):
    page = window.setup_page
    page.passphrase.setText(PASSPHRASE)
    page.confirmation.setText(PASSPHRASE + "x")
    click(qtbot, page.create_button)
    assert "do not match" in page.error.text()
    assert not page.error.isHidden()
    page.passphrase.setText("short")
    page.confirmation.setText("short")
    click(qtbot, page.create_button)
    assert "10 characters" in page.error.text()
    assert not (vault_folder / "vault.key").exists()
    assert window.stack.currentWidget() is page


def test_strength_bar_follows_typing(window):
    page = window.setup_page
    page.passphrase.setText("abc")
    assert page.strength.bar.value() == 0
    assert "Too short" in page.strength.hint.text()
    page.passphrase.setText("пять слов которые легко запомнить 2021")
    assert page.strength.bar.value() >= 3


def test_setup_creates_vault_and_shows_lists(qtbot, window, vault_folder):
    create_through_setup(qtbot, window)
    assert (vault_folder / "vault.key").is_file()
    assert (vault_folder / "settings.json").is_file()
    assert window.session is not None
    assert window.toolbar.isVisible()
    assert window.count_label.text().startswith("Records: 0 ")
    assert window.device_label.text()


def _add_incident(qtbot, win) -> None:
    win.records_page.show_kind("incident")
    form = win.new_record()
    fill_required(form, "incident")
    click(qtbot, form.save_final_button)
    qtbot.waitUntil(lambda: win.records_page.sections["incident"].model.rowCount() == 1)


def test_lock_hides_everything_and_unlock_restores(qtbot, unlocked):
    win = unlocked
    _add_incident(qtbot, win)
    section = win.records_page.sections["incident"]
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.session is None
    assert win.stack.currentWidget() is win.unlock_page
    assert all(s.model.rowCount() == 0 for s in win.records_page.sections.values())
    assert section.model.rowCount() == 0
    assert win.count_label.text() == ""
    assert not win.toolbar.isVisible()
    assert not win.new_action.isEnabled()
    win.new_action.trigger()  # does nothing while locked
    assert win.stack.currentWidget() is win.unlock_page

    unlock_through_page(qtbot, win, "not the passphrase")
    qtbot.waitUntil(lambda: not win.unlock_page.error.isHidden(), timeout=WAIT_MS)
    assert "Wrong passphrase" in win.unlock_page.error.text()
    assert win.unlock_page.passphrase.text() == ""
    assert win.stack.currentWidget() is win.unlock_page
    assert win.session is None

    unlock_through_page(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.records_page, timeout=WAIT_MS)
    assert section.model.rowCount() == 1
    assert win.unlock_page.error.isHidden()


def test_lock_closes_open_form_and_keeps_its_content_unsaved(qtbot, unlocked):
    win = unlocked
    form = win.new_record()
    form.fields.rows["title"].editor.edit.setText("Not yet saved")
    assert form.is_dirty()
    with qtbot.waitSignal(form.finished):
        win.lock_action.trigger()
    assert win.stack.currentWidget() is win.unlock_page
    assert not win._dialogs
    unlock_through_page(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.session is not None, timeout=WAIT_MS)
    assert win.session.count("incident") == 0  # not a record: kept to be offered back
    assert [kept.data["title"] for kept in win.session.autosaved()] == ["Not yet saved"]
    assert win.restore_bar.isVisible()


def test_lock_from_inside_a_form_with_ctrl_l(qtbot, unlocked):
    win = unlocked
    form = win.new_record()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    field = form.fields.rows["title"].editor.edit
    field.setFocus()
    with qtbot.waitSignal(form.finished):
        qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.stack.currentWidget() is win.unlock_page


def test_autolock_fires_after_idle(qtbot, unlocked):
    win = unlocked
    assert win.idle.active
    win.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.unlock_page, timeout=5000)
    assert win.session is None
    assert not win.idle.active


def test_input_postpones_autolock(qtbot, unlocked):
    win = unlocked
    win.idle.set_interval_ms(60_000)
    qtbot.waitUntil(lambda: win.idle.timer.remainingTime() < 59_900, timeout=5000)
    before = win.idle.timer.remainingTime()
    qtbot.keyClick(win.records_page.current_section.view, Qt.Key.Key_Down)
    assert win.idle.timer.remainingTime() > before


def test_damaged_vault_message(qtbot, window, vault_folder):
    Session.create(vault_folder, PASSPHRASE).lock()
    data = (vault_folder / "vault.key").read_bytes()
    # Cut in half: a flipped byte could land in an unused key slot, which unlocking ignores.
    (vault_folder / "vault.key").write_bytes(data[: len(data) // 2])
    window._show_locked_page()
    unlock_through_page(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: not window.unlock_page.error.isHidden(), timeout=WAIT_MS)
    assert window.session is None
    assert window.unlock_page.error.text()


def test_busy_pages_say_what_is_happening(qtbot, window, vault_folder, monkeypatch):
    """Argon2id takes seconds: the pages say so in words beside the busy bar."""
    from fieldreport.ui import window as window_module

    started = []
    monkeypatch.setattr(window_module, "run_task", lambda *a, **k: started.append(a[0]))
    page = window.setup_page
    assert page.busy.isHidden()
    page.passphrase.setText(PASSPHRASE)
    page.confirmation.setText(PASSPHRASE)
    click(qtbot, page.create_button)
    assert started == [Session.create]
    assert page.busy.isVisible()
    assert page.busy.text() == "Creating the encrypted vault. This takes a few seconds…"
    assert not page.create_button.isEnabled()

    Session.create(vault_folder, PASSPHRASE).lock()
    window._show_locked_page()
    unlock_through_page(qtbot, window, PASSPHRASE)
    assert started == [Session.create, Session.unlock]
    assert window.unlock_page.busy.isVisible()
    assert window.unlock_page.busy.text() == "Unlocking…"
    assert window.unlock_page.busy.bar.accessibleName() == "Unlocking…"


def test_changing_the_passphrase_says_so(qtbot, unlocked, monkeypatch):
    """Changing the passphrase derives a new key (seconds): words beside the busy bar too."""
    from fieldreport.ui.dialogs import settings as settings_module

    started = []
    monkeypatch.setattr(settings_module, "run_task", lambda *a, **k: started.append(a[0]))
    dialog = unlocked.show_settings()
    assert dialog.busy.isHidden()
    dialog.old.setText(PASSPHRASE)
    dialog.new.setText("a brand new passphrase of five words")
    dialog.confirmation.setText("a brand new passphrase of five words")
    click(qtbot, dialog.change_button)
    assert started == [unlocked.session.change_passphrase]
    assert dialog.busy.isVisible()
    assert dialog.busy.text() == "Changing the passphrase…"
    assert dialog.busy.bar.accessibleName() == "Changing the passphrase…"
    assert not dialog.change_button.isEnabled()
    dialog._failed(RuntimeError("stand-in"))
    assert dialog.busy.isHidden()
    assert dialog.change_button.isEnabled()
