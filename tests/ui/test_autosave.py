"""Unsaved forms are kept encrypted in the vault at lock (and while typing), then offered back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fieldreport.core import Session
from fieldreport.settings import Settings
from fieldreport.ui.dialogs import form_autosave, record_form
from fieldreport.ui.window import MainWindow
from tests.canary import files_containing
from tests.ui.helpers import (
    PASSPHRASE,
    WAIT_MS,
    click,
    editor,
    fill_required,
    unlock_through_page,
)

CANARY_TITLE = "CANARYKEPT5521"
CANARY_CYRILLIC = "КАНАРЕЙКАЧЕРНОВИК7304"
CANARY_KYRGYZ = "КАНАРЕЙКАСАКТАЛГАНӨҮҢ1189"


@pytest.fixture
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(record_form, "AUTOSAVE_DELAY_MS", 50)


def _type_title(qtbot, form, text: str) -> None:
    field = editor(form, "title").edit
    field.setFocus()
    qtbot.keyClicks(field, text)


def _lock_with_ctrl_l(qtbot, win, form) -> None:
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    field = editor(form, "title").edit
    with qtbot.waitSignal(form.finished):
        qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.stack.currentWidget() is win.unlock_page
    assert win.session is None
    assert not win._dialogs


def _unlock(qtbot, win) -> None:
    unlock_through_page(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.records_page, timeout=WAIT_MS)


def _kept_form_after_lock(qtbot, win, title: str) -> None:
    win.records_page.show_kind("incident")
    form = win.new_record()
    _type_title(qtbot, form, title)
    _lock_with_ctrl_l(qtbot, win, form)


def test_lock_keeps_a_form_and_restore_brings_it_back(qtbot, unlocked):
    win = unlocked
    _kept_form_after_lock(qtbot, win, "Half-written report")
    assert win.restore_bar.isHidden()

    _unlock(qtbot, win)
    qtbot.waitUntil(win.restore_bar.isVisible)
    assert win.restore_bar.label.text().startswith("You have an unsaved form from ")
    assert win.session.count("incident") == 0  # kept, not saved as a record

    click(qtbot, win.restore_bar.restore_button)
    assert win.restore_bar.isHidden()
    [form] = win.open_forms()
    assert form.record is None
    assert editor(form, "title").edit.text() == "Half-written report"
    assert form.is_dirty()
    assert form.notice.isVisible()
    assert form.notice.text().startswith("Restored: content from ")
    assert "changed since" not in form.notice.text()

    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_draft_button)
    assert win.session.autosaved() == []
    [summary] = win.session.list("incident")
    assert summary.title == "Half-written report"
    assert win.restore_bar.isHidden()


def test_typing_is_kept_after_a_pause_and_survives_a_crash(qtbot, unlocked, vault_folder):
    win = unlocked
    session = win.session
    form = win.new_record()
    _type_title(qtbot, form, "Typed before the crash")
    assert session.autosaved() == []  # not at every key: about two seconds after the last
    qtbot.waitUntil(lambda: session.autosaved() != [], timeout=5000)
    [kept] = session.autosaved()
    assert kept.key == form.key
    assert kept.kind == "incident"
    assert kept.record_id is None and kept.base_revision is None
    assert kept.data == {"title": "Typed before the crash", "status": "draft"}

    session.lock()  # the process dies here: the window never locks or closes normally

    second = MainWindow(vault_folder, Settings())
    qtbot.addWidget(second)
    second.show()
    try:
        assert second.stack.currentWidget() is second.unlock_page
        _unlock(qtbot, second)
        qtbot.waitUntil(second.restore_bar.isVisible)
        click(qtbot, second.restore_bar.restore_button)
        [restored] = second.open_forms()
        assert restored.key == kept.key
        assert editor(restored, "title").edit.text() == "Typed before the crash"
    finally:
        second.lock()
        second.idle.detach()


def test_discard_asks_then_removes_the_kept_forms(qtbot, unlocked):
    win = unlocked
    _kept_form_after_lock(qtbot, win, "First")
    _unlock(qtbot, win)
    _kept_form_after_lock(qtbot, win, "Second")
    _unlock(qtbot, win)
    qtbot.waitUntil(win.restore_bar.isVisible)
    assert win.restore_bar.label.text().startswith("You have 2 unsaved forms, the latest from ")

    click(qtbot, win.restore_bar.discard_button)
    [box] = [d for d in win._dialogs if isinstance(d, QMessageBox)]
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()  # "Keep"
    assert len(win.session.autosaved()) == 2
    assert win.restore_bar.isVisible()

    click(qtbot, win.restore_bar.discard_button)
    [box] = [d for d in win._dialogs if isinstance(d, QMessageBox)]
    box.button(QMessageBox.StandardButton.Yes).click()  # "Discard"
    assert win.session.autosaved() == []
    assert win.restore_bar.isHidden()
    assert win.session.count() == 0


def test_kept_text_is_not_readable_on_disk(qtbot, unlocked, vault_folder, tmp_path: Path):
    win = unlocked
    canaries = [CANARY_TITLE, CANARY_CYRILLIC, CANARY_KYRGYZ]
    form = win.new_record()
    _type_title(qtbot, form, CANARY_TITLE)
    editor(form, "description").edit.setPlainText(f"{CANARY_CYRILLIC}\n{CANARY_KYRGYZ}")
    qtbot.waitUntil(lambda: win.session.autosaved() != [], timeout=5000)
    assert files_containing(vault_folder, canaries) == []  # while unlocked, too
    _lock_with_ctrl_l(qtbot, win, form)

    assert any(vault_folder.iterdir())
    assert files_containing(vault_folder, canaries) == []
    assert files_containing(tmp_path, canaries) == []
    session = Session.unlock(vault_folder, PASSPHRASE)  # it was really kept
    try:
        [kept] = session.autosaved()
        assert kept.data["title"] == CANARY_TITLE
        assert kept.data["description"] == f"{CANARY_CYRILLIC}\n{CANARY_KYRGYZ}"
    finally:
        session.lock()


def test_restored_edit_says_the_record_changed_meanwhile(qtbot, unlocked, vault_folder):
    win = unlocked
    form = win.new_record()
    fill_required(form, "incident")
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    record_id = win.session.list("incident")[0].id
    form = win.edit_record(record_id)
    assert form.base_revision == 1
    editor(form, "notes").edit.setPlainText("My unsaved note")
    with qtbot.waitSignal(form.finished):
        win.lock()
    # Meanwhile a second revision is saved (here through the core directly).
    other = Session.unlock(vault_folder, PASSPHRASE)
    try:
        [kept] = other.autosaved()
        assert (kept.record_id, kept.base_revision) == (record_id, 1)
        assert kept.data["status"] == "final"
        record = other.get(record_id)
        other.edit(record_id, {**record.data, "revision": 1, "tags": ["newer"]})
    finally:
        other.lock()

    _unlock(qtbot, win)
    click(qtbot, win.restore_bar.restore_button)
    [form] = win.open_forms()
    assert form.record.revision == 2
    assert form.base_revision == 1
    assert form.conflicting
    assert "This record was changed since you started editing" in form.notice.text()
    assert editor(form, "notes").edit.toPlainText() == "My unsaved note"
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    saved = win.session.get(record_id)
    assert saved.revision == 3
    assert saved.data["notes"] == "My unsaved note"
    assert win.session.autosaved() == []


def test_restored_edit_of_a_deleted_record_becomes_a_new_record(qtbot, unlocked):
    win = unlocked
    form = win.new_record()
    fill_required(form, "incident")
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_draft_button)
    record_id = win.session.list("incident")[0].id
    form = win.edit_record(record_id)
    editor(form, "title").edit.setText("Renamed, not saved")
    win.lock()
    _unlock(qtbot, win)
    win.session.delete(record_id)
    click(qtbot, win.restore_bar.restore_button)
    [form] = win.open_forms()
    assert form.record is None
    assert "no longer there" in form.notice.text()
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_draft_button)
    assert [s.title for s in win.session.list("incident")] == ["Renamed, not saved"]
    assert win.session.autosaved() == []


def test_forms_closed_without_changes_leave_nothing(qtbot, unlocked, quick_autosave):
    win = unlocked
    form = win.new_record()
    with qtbot.waitSignal(form.finished):
        form.reject()
    assert win.session.autosaved() == []

    # Typed, kept, then typed back to how it was: the kept copy goes.
    form = win.new_record()
    _type_title(qtbot, form, "x")
    qtbot.waitUntil(lambda: win.session.autosaved() != [])
    editor(form, "title").edit.clear()
    qtbot.waitUntil(lambda: win.session.autosaved() == [])
    with qtbot.waitSignal(form.finished):
        form.reject()
    assert win.session.autosaved() == []


def test_discarding_changes_in_the_form_removes_the_kept_copy(qtbot, unlocked, quick_autosave):
    win = unlocked
    form = win.new_record()
    _type_title(qtbot, form, "Not wanted")
    qtbot.waitUntil(lambda: win.session.autosaved() != [])
    form.reject()
    discard = [b for b in form._prompt.buttons() if b.text() == "Discard &changes"]
    with qtbot.waitSignal(form.finished):
        discard[0].click()
    assert win.session.autosaved() == []


def test_lock_with_nothing_typed_keeps_nothing(qtbot, unlocked):
    win = unlocked
    form = win.new_record()
    with qtbot.waitSignal(form.finished):
        win.lock()
    _unlock(qtbot, win)
    assert win.session.autosaved() == []
    assert win.restore_bar.isHidden()


def test_restoring_several_opens_them_one_after_the_other(qtbot, unlocked):
    win = unlocked
    for title in ("One", "Two"):
        _kept_form_after_lock(qtbot, win, title)
        _unlock(qtbot, win)
    click(qtbot, win.restore_bar.restore_button)
    [first] = win.open_forms()
    assert editor(first, "title").edit.text() == "One"
    with qtbot.waitSignal(first.finished):
        click(qtbot, first.save_draft_button)
    qtbot.waitUntil(lambda: len(win.open_forms()) == 1 and win.open_forms()[0] is not first)
    [second] = win.open_forms()
    assert editor(second, "title").edit.text() == "Two"
    # Locking part-way keeps the open one again; it is offered after the unlock.
    with qtbot.waitSignal(second.finished):
        win.lock()
    _unlock(qtbot, win)
    qtbot.waitUntil(win.restore_bar.isVisible)
    assert [k.data["title"] for k in win.session.autosaved()] == ["Two"]


def test_autolock_keeps_the_open_form(qtbot, unlocked, vault_folder):
    win = unlocked
    form = win.new_record()
    editor(form, "title").edit.setText("Typed, then left alone")
    win.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.unlock_page, timeout=5000)
    assert not win._dialogs
    session = Session.unlock(vault_folder, PASSPHRASE)
    try:
        assert [k.data["title"] for k in session.autosaved()] == ["Typed, then left alone"]
    finally:
        session.lock()


def test_typing_without_a_pause_is_still_kept(qtbot, unlocked, monkeypatch):
    monkeypatch.setattr(form_autosave, "AUTOSAVE_MAX_WAIT_MS", 100)
    win = unlocked
    form = win.new_record()
    field = editor(form, "title").edit
    for letter in "steady typing":
        field.insert(letter)
        qtbot.wait(20)  # never the two seconds' pause
    assert win.session.autosaved() != []
    form.force_close()
