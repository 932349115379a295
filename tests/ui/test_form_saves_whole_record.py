"""The form saves what it shows: a field emptied in the form is emptied in the record.

``Session.edit`` merges by default (for partial JSON on the command line);
the form holds the whole record, so it saves it as a replacement. Photos
attached to the record stay attached.
"""

from __future__ import annotations

from tests.ui.helpers import click, editor


def test_emptying_a_field_in_the_form_removes_it(qtbot, unlocked):
    win = unlocked
    session = win.session
    record = session.add(
        "incident",
        {"title": "[TEST] Roof", "notes": "[TEST] to be removed", "tags": ["roof"]},
    )
    win.refresh()
    win.records_page.show_kind("incident")
    section = win.records_page.sections["incident"]
    section.select(record.id)
    form = win.edit_record()
    assert form is not None and form.record.id == record.id
    editor(form, "notes").edit.setPlainText("")
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_draft_button)
    saved = session.get(record.id)
    assert saved.revision == 2
    assert "notes" not in saved.data
    assert saved.data["title"] == "[TEST] Roof" and saved.data["tags"] == ["roof"]
