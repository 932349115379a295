"""Helpers that drive the real windows the way a person would."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

PASSPHRASE = "correct horse battery staple"
WAIT_MS = 20_000


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def create_through_setup(qtbot, win, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase twice, press Create, wait for the record lists."""
    page = win.setup_page
    assert win.stack.currentWidget() is page
    page.passphrase.setText(passphrase)
    page.confirmation.setText(passphrase)
    click(qtbot, page.create_button)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.records_page, timeout=WAIT_MS)


def unlock_through_page(qtbot, win, passphrase: str) -> None:
    page = win.unlock_page
    page.passphrase.setText(passphrase)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)


def choose(combo, term: str) -> None:
    index = combo.findData(term)
    assert index >= 0, term
    combo.setCurrentIndex(index)


def editor(form, path: str):
    return form.fields.rows[path].editor


def error_text(form, path: str) -> str:
    label = form.fields.rows[path].error
    return label.text() if not label.isHidden() else ""


def fill_required(form, kind: str) -> None:
    """Fill every field a final record of ``kind`` needs, through its widgets."""
    if kind == "incident":
        editor(form, "title").edit.setText("Shelling of the school")
        editor(form, "occurred_on").edit.setText("2021-04-29")
        location = editor(form, "location")
        location.settlement.setText("Kulundu")
        location.settlement.editingFinished.emit()
        editor(form, "categories").boxes["shelling"].setChecked(True)
    elif kind == "statement":
        editor(form, "witness.code").edit.setText("W-014")
        choose(editor(form, "witness.sex").combo, "female")
        choose(editor(form, "witness.age_group").combo, "30-44")
        choose(editor(form, "witness.role").combo, "eyewitness")
        editor(form, "consent.given").box.setChecked(True)
        editor(form, "consent.scope").boxes["investigation"].setChecked(True)
        choose(editor(form, "consent.method").combo, "verbal_recorded")
        editor(form, "interview.date").edit.setText("2021-05-03")
        editor(form, "interview.interviewer").edit.setText("Monitor A")
        choose(editor(form, "interview.language").combo, "ky")
        editor(form, "text").edit.setPlainText("Биз үйдө элек.\nThen the shelling began.")
    elif kind == "damage":
        choose(editor(form, "property_type").combo, "house")
        editor(form, "location").settlement.setText("Kok-Tash")
        choose(editor(form, "damage_level").combo, "destroyed")
        editor(form, "causes").boxes["arson"].setChecked(True)
        editor(form, "assessed_on").edit.setText("2021-05-10")
        editor(form, "assessor").edit.setText("Monitor B")
    elif kind == "person":
        choose(editor(form, "outcome").combo, "injured")
        choose(editor(form, "sex").combo, "male")
        editor(form, "age").spin.setValue(34)
        choose(editor(form, "civilian").combo, "yes")
    else:  # pragma: no cover
        raise AssertionError(kind)


def rows(section) -> list[Any]:
    model = section.model
    return [model.summary(row) for row in range(model.rowCount())]


def wait_analysed(qtbot, win) -> None:
    """Until the photos' background analysis has finished everything stored (thumbnails)."""
    from fieldreport.ui.workers import session_busy

    def finished() -> bool:
        if win.photo_analysis.running or session_busy(win.session):
            return False
        return win.session.media_waiting_for_analysis() == 0

    qtbot.waitUntil(finished, timeout=WAIT_MS)
