"""Creating, listing, editing, searching and deleting records through the forms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fieldreport.domain.kinds import KINDS
from fieldreport.domain.schema import IDENTIFYING_PATHS
from tests.ui.helpers import choose, click, editor, error_text, fill_required, rows


def _new(win, kind):
    win.records_page.show_kind(kind)
    form = win.new_record()
    assert form is not None and form.kind == kind
    return form


@pytest.mark.parametrize("kind", KINDS)
def test_create_each_kind_as_final_then_edit(qtbot, unlocked, kind):
    win = unlocked
    form = _new(win, kind)
    fill_required(form, kind)
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    section = win.records_page.sections[kind]
    listed = rows(section)
    assert len(listed) == 1
    assert listed[0].status == "final"
    assert win.records_page.nav.item(KINDS.index(kind)).text().endswith("(1)")
    assert win.count_label.text().startswith("Records: 1 ")
    record = win.session.get(listed[0].id)
    assert record.revision == 1

    # Edit: select the row and press Enter, change a field, save a draft.
    section.select(listed[0].id)
    section.view.setFocus()
    win.activateWindow()
    form = win.edit_record()
    assert form.record.id == listed[0].id
    assert not form.is_dirty()
    editor(form, "notes").edit.setPlainText("Checked again on site.")
    assert form.is_dirty()
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_draft_button)
    record = win.session.get(listed[0].id)
    assert record.revision == 2
    assert record.status == "draft"
    assert record.data["notes"] == "Checked again on site."

    history = win.show_history()
    assert history.model.rowCount() == 2
    assert history.model.data(history.model.index(1, 0)) == "2"
    notes = history.line("notes")
    assert notes.changed and notes.value == "Checked again on site."
    assert "Checked again on site." in history.content.toPlainText()
    history.raw_button.setChecked(True)  # the stored JSON on request
    assert '"revision": 2' in history.content.toPlainText()
    history.view.selectRow(0)
    assert '"revision": 1' in history.content.toPlainText()
    history.raw_button.setChecked(False)
    assert history.line("notes") is None  # revision 1 had no notes
    history.reject()


def test_edit_keeps_everything_the_form_shows(qtbot, unlocked):
    """Opening a record and saving it unchanged gives the same content."""
    win = unlocked
    form = _new(win, "damage")
    fill_required(form, "damage")
    editor(form, "estimated_cost").amount.setText("1500")
    editor(form, "livestock").add_row({"species": "sheep", "count": 12, "fate": "taken"})
    editor(form, "location").lat.setText("39.9")
    editor(form, "location").lon.setText("69.6")
    editor(form, "owner.name").edit.setText("Айгүл Т.")
    click(qtbot, form.save_final_button)  # a final cost needs its currency
    assert error_text(form, "estimated_cost") == "Currency: This field is required."
    choose(editor(form, "estimated_cost").currency, "KGS")
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    summary = rows(win.records_page.sections["damage"])[0]
    first = win.session.get(summary.id)
    assert first.data["livestock"] == [{"species": "sheep", "count": 12, "fate": "taken"}]
    assert first.data["estimated_cost"] == {"amount": 1500, "currency": "KGS"}
    assert first.data["location"]["lat"] == 39.9
    form = win.edit_record(summary.id)
    assert not form.is_dirty()
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    second = win.session.get(summary.id)
    assert second.revision == 2
    assert second.data == first.data


def test_missing_required_field_is_shown_beside_it(qtbot, unlocked):
    win = unlocked
    form = _new(win, "incident")
    fill_required(form, "incident")
    editor(form, "title").edit.setText("")
    click(qtbot, form.save_final_button)
    assert form.isVisible()
    assert error_text(form, "title") == "This field is required."
    assert error_text(form, "occurred_on") == ""
    assert not form.problem_banner.isHidden()
    assert "Fields that need attention: 1" in form.problem_banner.text()
    assert win.session.count("incident") == 0
    # The same content saves as a draft.
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_draft_button)
    assert win.session.count("incident") == 1


def test_problems_inside_objects_go_to_their_field(qtbot, unlocked):
    win = unlocked
    form = _new(win, "statement")
    fill_required(form, "statement")
    editor(form, "consent.given").box.setChecked(False)
    editor(form, "interview.date").edit.setText("2021-13")
    click(qtbot, form.save_final_button)
    assert "consent" in error_text(form, "consent.given")
    assert "valid date" in error_text(form, "interview.date")
    form.force_close()


def test_identifying_fields_are_marked_and_never_listed(qtbot, unlocked):
    win = unlocked
    form = _new(win, "statement")
    fill_required(form, "statement")
    for path in IDENTIFYING_PATHS["statement"]:
        row = form.fields.rows[path]
        assert row.label.text().startswith("⚠")
        assert "Personal data" in row.label.toolTip()
    editor(form, "witness.full_name").edit.setText("Secret Name")
    assert not form.fields.rows["witness.code"].label.text().startswith("⚠")
    assert form.fields.rows["witness.code"].label.text().endswith("*")
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    model = win.records_page.sections["statement"].model
    shown = [
        str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    assert not any("Secret" in text for text in shown)


def test_search_filters_the_list(qtbot, unlocked):
    win = unlocked
    for title in ("Shelling of the school", "Livestock taken at night"):
        form = _new(win, "incident")
        fill_required(form, "incident")
        editor(form, "title").edit.setText(title)
        with qtbot.waitSignal(form.finished):
            click(qtbot, form.save_final_button)
    section = win.records_page.sections["incident"]
    assert section.model.rowCount() == 2
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    section.search.setText("livestock")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert rows(section)[0].title == "Livestock taken at night"
    section.search.setText("nothing-matches-this")
    qtbot.waitUntil(lambda: section.model.rowCount() == 0)
    assert "No record matches" in section.empty.text()
    section.search.clear()
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)


def test_search_reaches_encrypted_long_text(qtbot, unlocked):
    win = unlocked
    form = _new(win, "statement")
    fill_required(form, "statement")
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    section = win.records_page.sections["statement"]
    section.search.setText("shelling began")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)


def test_delete_asks_first(qtbot, unlocked):
    win = unlocked
    form = _new(win, "person")
    fill_required(form, "person")
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    section = win.records_page.sections["person"]
    section.view.selectRow(0)
    box = win.delete_record()
    box.done(QMessageBox.StandardButton.No)
    assert section.model.rowCount() == 1
    section.view.selectRow(0)
    box = win.delete_record()
    box.done(QMessageBox.StandardButton.Yes)
    assert section.model.rowCount() == 0
    assert win.session.count("person") == 0


def test_unsaved_changes_prompt_on_close(qtbot, unlocked):
    win = unlocked
    form = _new(win, "incident")
    editor(form, "title").edit.setText("Half written")
    form.reject()  # Escape or Close
    assert form.isVisible()
    box = form._prompt
    assert box is not None
    keep = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole]
    keep[0].click()
    assert form.isVisible()
    form.reject()
    save = [b for b in form._prompt.buttons() if "draft" in b.text()]
    with qtbot.waitSignal(form.finished):
        save[0].click()
    assert win.session.count("incident") == 1
    assert win.session.list("incident")[0].status == "draft"


def test_closing_an_unchanged_form_does_not_ask(qtbot, unlocked):
    form = _new(unlocked, "damage")
    with qtbot.waitSignal(form.finished):
        form.reject()
    assert form._prompt is None


def test_keyboard_new_and_save(qtbot, unlocked):
    win = unlocked
    win.records_page.show_kind("incident")
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(win._dialogs) == 1
    form = win._dialogs[0]
    editor(form, "title").edit.setText("Draft by keyboard")
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    with qtbot.waitSignal(form.finished):
        qtbot.keyClick(
            editor(form, "title").edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    assert win.session.list("incident")[0].title == "Draft by keyboard"


def test_links_picker_adds_related_record(qtbot, unlocked):
    win = unlocked
    form = _new(win, "incident")
    fill_required(form, "incident")
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    incident_id = win.session.list("incident")[0].id
    form = _new(win, "statement")
    fill_required(form, "statement")
    links = editor(form, "links")
    links.add_ids([incident_id])
    assert links.list.count() == 1
    assert "Shelling of the school" in links.list.item(0).text()
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    statement = win.session.get(win.session.list("statement")[0].id)
    assert statement.data["links"] == [incident_id]


def test_enter_on_a_row_opens_it(qtbot, unlocked):
    win = unlocked
    form = _new(win, "person")
    fill_required(form, "person")
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_draft_button)
    section = win.records_page.sections["person"]
    section.view.selectRow(0)
    section.view.setFocus()
    with qtbot.waitSignal(section.activated) as blocker:
        qtbot.keyClick(section.view, Qt.Key.Key_Return)
    assert blocker.args == [win.session.list("person")[0].id]
    opened = [d for d in win._dialogs if getattr(d, "record", None) is not None]
    assert opened and opened[0].kind == "person"


def test_ctrl_s_keeps_a_final_record_final(qtbot, unlocked):
    from PySide6.QtGui import QKeySequence, QShortcut

    win = unlocked
    form = _new(win, "incident")
    fill_required(form, "incident")
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    section = win.records_page.sections["incident"]
    section.select(rows(section)[0].id)
    form = win.edit_record()
    editor(form, "notes").edit.setPlainText("A typo fixed.")
    save = next(
        s
        for s in form.findChildren(QShortcut)
        if s.key() == QKeySequence(QKeySequence.StandardKey.Save)
    )
    with qtbot.waitSignal(form.finished):
        save.activated.emit()  # Ctrl+S
    saved = win.session.get(rows(section)[0].id)
    assert saved.revision == 2 and saved.status == "final"
