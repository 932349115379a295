"""The menu bar, the delete confirmation, "Show deleted" and the empty-list hint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import click, rows


def _menu_titles(win) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


def test_menu_bar_has_every_action_with_its_shortcut(qtbot, unlocked):
    win = unlocked
    assert win.menuBar().isVisible()
    assert _menu_titles(win) == ["&File", "&Records", "S&ync", "&Help"]
    in_menus = set(win.menu_actions())
    toolbar = [a for a in win.toolbar.actions() if a.text()]
    assert set(toolbar) <= in_menus  # nothing only on the toolbar
    assert {a.shortcut().toString() for a in in_menus} >= {
        "Ctrl+N",
        "Ctrl+E",
        "Del",
        "Ctrl+H",
        "Ctrl+F",
        "Ctrl+L",
        "Ctrl+Q",
        "Ctrl+O",
        "Ctrl+Shift+E",
        "F5",
        "F1",
    }
    # Every action of the window is in a menu: the Sync page's and the media page's too.
    for action in (
        win.join_action,
        win.certificate_action,
        win.export_again_action,
        win.server_action,
        win.attach_action,
        win.detach_action,
    ):
        assert action in in_menus
    rare = {
        win.about_action,
        win.join_action,
        win.certificate_action,
        win.export_again_action,
        win.server_action,
    }
    without = [a.text() for a in in_menus if a.shortcut().isEmpty() and a not in rare]
    assert without == []
    # The shortcuts list under Help is built from the menus, so it names every one.
    text = win.shortcuts_text()
    for action in in_menus:
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString() in text
    # Menu actions do what the toolbar does.
    win.new_action.trigger()
    form = win._dialogs[-1]
    assert form.kind == "incident"
    form.force_close()
    win.media_page_action.trigger()
    assert win.records_page.media_shown
    win.sync_page_action.trigger()
    assert win.records_page.sync_shown
    box = win.show_shortcuts()
    assert "Ctrl+Shift+E" in box.text()
    box.done(0)


def test_attach_and_detach_from_the_menu(qtbot, unlocked, tmp_path):
    from tests.media.helpers import run_import
    from tests.ui.media_files import make_photo

    win = unlocked
    record = win.session.add("incident", {"title": "[DEMO] Shelling"})
    _outcomes, summary = run_import(win.session, [make_photo(tmp_path / "a.jpg")])
    win.refresh()
    assert not win.attach_action.isEnabled()  # not on the photos page
    win.media_page_action.trigger()
    win.records_page.media_section.grid.select_id(summary.media_ids[0])
    assert win.attach_action.isEnabled() and not win.detach_action.isEnabled()
    win.attach_action.trigger()
    picker = win._dialogs[-1]
    qtbot.waitUntil(lambda: not picker.loading)  # ordered by title on the worker
    picker.view.selectRow(0)
    picker.accept()
    assert win.session.get(record.id).data["media"] == list(summary.media_ids)
    win.records_page.media_section.grid.select_id(summary.media_ids[0])
    assert win.detach_action.isEnabled()
    win.detach_action.trigger()
    assert win.session.get(record.id).data["media"] == []


def test_menu_bar_is_hidden_while_locked(qtbot, window):
    assert not window.menuBar().isVisible()


def test_delete_confirmation_names_the_record_and_deleted_ones_can_be_listed(qtbot, unlocked):
    win = unlocked
    record = win.session.add(
        "incident",
        {"title": "[DEMO] Shelling of the school", "occurred_on": "2021-04-29"},
    )
    win.refresh()
    section = win.records_page.sections["incident"]
    section.select(record.id)
    box = win.delete_record()
    assert "Shelling of the school" in box.text()
    assert "Incident" in box.text() and "2021-04-29" in box.text()
    with qtbot.waitSignal(box.finished):
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert rows(section) == []

    # Show deleted: the list shows it, marked, and its history opens (Enter too).
    assert win.show_deleted_action.isEnabled()
    win.show_deleted_action.setChecked(True)
    assert all(s.deleted_shown for s in win.records_page.sections.values())
    listed = rows(section)
    assert [s.id for s in listed] == [record.id]
    assert section.model.index(0, 3).data() == "Deleted"
    section.select(record.id)
    assert win.history_action.isEnabled()
    assert not win.edit_action.isEnabled() and not win.delete_action.isEnabled()
    assert win.delete_record() is None
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_Return)
    history = win._dialogs[-1]
    assert history.record_id == record.id
    assert history.model.rowCount() == 2
    assert "This revision deleted the record" in history.content.toPlainText()
    history.reject()

    # The check box on the list does the same, and turning it off lists records again.
    section.show_deleted.setChecked(False)
    assert not win.show_deleted_action.isChecked()
    assert rows(section) == []


def test_empty_list_hint_is_centred_with_a_new_button(qtbot, unlocked):
    win = unlocked
    section = win.records_page.sections["statement"]
    win.records_page.show_kind("statement")
    assert section.empty.isVisible() and not section.view.isVisible()
    assert "No records yet" in section.empty.text()
    assert section.empty.message.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert section.empty.new_button.isVisible()
    click(qtbot, section.empty.new_button)
    form = win._dialogs[-1]
    assert form.kind == "statement"
    form.force_close()
    section.search.setText("nothing like this")
    section.reload()
    assert "No record matches" in section.empty.text()
    assert not section.empty.new_button.isVisible()
