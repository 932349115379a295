"""The history dialog shows a revision as people read it, with changed fields marked."""

from __future__ import annotations

from fieldreport.domain.present import location_text
from fieldreport.domain.vocabularies import load_vocabularies
from fieldreport.ui.dialogs.history import HistoryDialog
from fieldreport.ui.i18n import set_language
from tests.ui.helpers import click, editor, fill_required, rows


def _statement_with_two_revisions(qtbot, win) -> str:
    win.records_page.show_kind("statement")
    form = win.new_record()
    fill_required(form, "statement")
    editor(form, "interview.location").settlement.setText("Kulundu")
    editor(form, "interview.location").settlement.editingFinished.emit()
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    record_id = rows(win.records_page.sections["statement"])[0].id
    form = win.edit_record(record_id)
    editor(form, "interview.interviewer").edit.setText("Monitor C")
    editor(form, "consent.given").box.setChecked(False)
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_draft_button)
    return record_id


def _open(win, record_id: str) -> HistoryDialog:
    section = win.records_page.sections["statement"]
    section.select(record_id)
    dialog = win.show_history()
    assert dialog is not None and dialog.model.rowCount() >= 2
    return dialog


def test_edited_field_is_marked_changed_and_unchanged_one_is_not(qtbot, unlocked):
    win = unlocked
    record_id = _statement_with_two_revisions(qtbot, win)
    dialog = _open(win, record_id)

    dialog.select_revision(2)
    interviewer = dialog.line("interview.interviewer")
    assert interviewer.label == "Interviewer"
    assert interviewer.value == "Monitor C"
    assert interviewer.changed and interviewer.before == "Monitor A"
    consent = dialog.line("consent.given")
    assert consent.value == "No" and consent.before == "Yes" and consent.changed
    status = dialog.line("status")
    assert status.changed and status.value == "Draft" and status.before == "Final"
    code = dialog.line("witness.code")
    assert code.value == "W-014" and not code.changed and code.before is None
    assert not dialog.line("text").changed
    text = dialog.content.toPlainText()
    assert "changed" in text and "before: Monitor A" in text
    assert "witness.code" not in text and "age_group" not in text  # no raw keys
    assert '"interviewer"' not in text

    dialog.select_revision(1)
    assert dialog.line("interview.interviewer").value == "Monitor A"
    assert not any(line.changed for section in dialog.sections for line in section.lines)
    dialog.reject()


def test_values_are_readable_in_schema_order_and_grouped(qtbot, unlocked):
    win = unlocked
    record_id = _statement_with_two_revisions(qtbot, win)
    dialog = _open(win, record_id)
    dialog.select_revision(1)
    sex = dialog.line("witness.sex")
    assert sex.value == load_vocabularies().label("sex", "female", "en")
    scope = dialog.line("consent.scope")
    assert scope.value == load_vocabularies().label("consent_scope", "investigation", "en")
    place = dialog.line("interview.location")
    assert place.value.startswith(location_text({"settlement": "Kulundu"}, "en"))
    assert dialog.line("text").value == "Биз үйдө элек.\nThen the shelling began."
    titles = [section.title for section in dialog.sections]
    assert titles[:4] == [None, "Witness", "Consent", "Interview"]
    paths = [line.path for section in dialog.sections for line in section.lines]
    assert paths.index("witness.code") < paths.index("consent.given") < paths.index("text")
    dialog.reject()


def test_labels_and_values_follow_the_language(qtbot, unlocked):
    win = unlocked
    record_id = _statement_with_two_revisions(qtbot, win)
    dialog = _open(win, record_id)
    dialog.select_revision(1)
    set_language("ru")
    qtbot.waitUntil(
        lambda: dialog.line("witness.sex").value == load_vocabularies().label("sex", "female", "ru")
    )
    assert dialog.line("witness.sex").value != load_vocabularies().label("sex", "female", "en")
    dialog.reject()


def test_deleted_revision_says_so(qtbot, unlocked):
    win = unlocked
    record_id = _statement_with_two_revisions(qtbot, win)
    win.session.delete(record_id)
    dialog = HistoryDialog(win.session, record_id, win)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    assert dialog.record.deleted
    assert "deleted the record" in dialog.content.toPlainText()
    assert not any(line.changed for section in dialog.sections for line in section.lines)
    dialog.select_revision(2)
    assert "deleted the record" not in dialog.content.toPlainText()
    dialog.reject()
