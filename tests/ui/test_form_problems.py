"""A refused save: the banner counts the fields and links to each; which part is missing."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.helpers import click, editor, error_text, fill_required


def test_banner_counts_the_fields_and_each_link_scrolls_to_its_field(qtbot, unlocked):
    win = unlocked
    win.records_page.show_kind("statement")
    form = win.new_record()
    form.resize(1060, 688)
    qtbot.waitExposed(form)
    click(qtbot, form.save_final_button)
    assert form.isVisible()
    banner = form.problem_banner
    assert banner.isVisible()
    rows = form.fields.error_rows()
    assert len(rows) >= 5
    assert f"Fields that need attention: {len(rows)}" in banner.text()
    for row in rows:
        assert f"href='{row.spec.path}'" in banner.text()
    assert "Witness: " in banner.text()  # grouped fields are named with their group
    # The first field with a problem has the keyboard; a link moves to another one.
    QApplication.processEvents()
    assert rows[0].editor.isAncestorOf(QApplication.focusWidget()) or (
        QApplication.focusWidget() is rows[0].editor
    )
    last = rows[-1]
    form.scroll.verticalScrollBar().setValue(0)
    banner.linkActivated.emit(last.spec.path)
    QApplication.processEvents()
    assert form.scroll.verticalScrollBar().value() > 0
    focused = QApplication.focusWidget()
    assert focused is last.editor or last.editor.isAncestorOf(focused)
    # Fixing everything and saving hides the banner (the form closes).
    fill_required(form, "statement")
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)


def test_location_required_says_which_part(qtbot, unlocked):
    win = unlocked
    win.records_page.show_kind("incident")
    form = win.new_record()
    fill_required(form, "incident")
    location = editor(form, "location")
    location.settlement.setText("")
    location.region.setText("Batken")
    click(qtbot, form.save_final_button)
    assert error_text(form, "location").startswith("Settlement is required")
    location.region.setText("")
    click(qtbot, form.save_final_button)
    assert error_text(form, "location").startswith("Settlement is required")
    form.force_close()
