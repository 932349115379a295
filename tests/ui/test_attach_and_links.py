"""Sorting photos into records from Photos and files, the record picker, links both ways."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from fieldreport.ui.widgets.links_editor import LinkPicker
from fieldreport.ui.widgets.record_picker import ID_ROLE, picker_size
from tests.media.helpers import run_import
from tests.ui.helpers import click
from tests.ui.media_files import make_photo


def _import(win, tmp_path: Path, count: int) -> list[str]:
    paths = [make_photo(tmp_path / f"dcim{i}.jpg", label=f"[DEMO] {i}") for i in range(count)]
    _outcomes, summary = run_import(win.session, paths)
    win.refresh()
    win.records_page.show_media()
    return list(summary.media_ids)


def _choose(grid, ids: list[str]) -> None:
    model = grid.media_model()
    grid.selectionModel().clearSelection()
    for media_id in ids:
        grid.selectionModel().select(
            model.index(model.row_of(media_id), 0), QItemSelectionModel.SelectionFlag.Select
        )


def test_attach_many_photos_to_a_record_then_detach(qtbot, unlocked, tmp_path):
    win = unlocked
    target = win.session.add("incident", {"title": "[DEMO] Shelling of the school"})
    win.session.add("statement", {"text": "[DEMO] Unrelated"})
    ids = _import(win, tmp_path, 3)
    section = win.records_page.media_section
    assert section.grid.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    _choose(section.grid, ids[:2])
    assert set(section.grid.selected_ids()) == set(ids[:2])
    assert section.attach_button.isEnabled()
    assert not section.detach_button.isEnabled()  # neither is attached yet

    click(qtbot, section.attach_button)
    picker = win._dialogs[-1]
    qtbot.waitUntil(lambda: not picker.loading)  # ordered by title: read on the worker
    assert picker.model.rowCount() == 2
    row = next(
        r
        for r in range(picker.model.rowCount())
        if picker.model.data(picker.model.index(r, 1)) == "[DEMO] Shelling of the school"
    )
    picker.view.selectRow(row)
    with qtbot.waitSignal(picker.finished):
        click(qtbot, picker.buttons.button(picker.buttons.StandardButton.Ok))
    record = win.session.get(target.id)
    assert record.revision == 2
    assert set(record.data["media"]) == set(ids[:2])
    assert "Shelling of the school" in win.statusBar().currentMessage()
    assert [m.id for m in win.session.media(unattached=True)] == [ids[2]]

    _choose(section.grid, ids)
    assert section.detach_button.isEnabled()
    click(qtbot, section.detach_button)
    assert win.session.get(target.id).data["media"] == []
    assert {m.id for m in win.session.media(unattached=True)} == set(ids)
    assert len(win.session.media()) == 3  # nothing destroyed


def test_record_picker_is_wide_with_a_kind_column_and_scrolls(qtbot, unlocked):
    win = unlocked
    statements = [
        win.session.add("statement", {"text": f"[DEMO] Statement {i}"}).id for i in range(40)
    ]
    win.session.add("damage", {"property_type": "house"})
    incident = win.session.add("incident", {"title": "[DEMO] Burning of houses"})
    form = win.edit_record(incident.id)
    links = form.fields.rows["links"].editor
    click(qtbot, links.add_button)
    picker = form.findChildren(LinkPicker)[-1]
    assert picker.isVisible()
    available = picker.screen().availableGeometry().size()
    assert picker.size() == picker_size(available)
    assert picker_size(QSize(1366, 728)) == QSize(1000, 540)  # a 1366×768 laptop
    headers = [
        picker.model.headerData(c, picker.view.horizontalHeader().orientation()) for c in range(4)
    ]
    assert headers == ["Kind", "Title", "Date", "Place"]
    assert picker.view.horizontalHeader().sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    qtbot.waitUntil(lambda: not picker.loading)
    assert picker.model.rowCount() == 41  # every record but the one being edited
    assert incident.id not in {
        picker.model.data(picker.model.index(r, 0), ID_ROLE) for r in range(41)
    }
    assert picker.view.verticalScrollBar().maximum() > 0  # more rows than fit: it scrolls
    # Ordered by title, case folded (as the lists are).
    titles = [picker.model.data(picker.model.index(r, 1)) for r in range(41)]
    assert titles == sorted(titles, key=str.casefold)
    picker.kind.setCurrentIndex(picker.kind.findData("damage"))  # one kind only
    qtbot.waitUntil(lambda: not picker.loading)
    assert picker.model.rowCount() == 1
    assert picker.model.data(picker.model.index(0, 0)) == "Damage record"
    picker.kind.setCurrentIndex(0)
    picker.search.setText("statement 3")  # words from any field, through the search index
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.loading and picker.reading_label.text() == "Searching…"
    qtbot.waitUntil(lambda: not picker.loading)
    # Every word, anywhere: "3" in "Statement 13" too.
    wanted = {record_id for i, record_id in enumerate(statements) if "3" in str(i)}
    assert picker.model.rowCount() == len(wanted) == 13
    assert {picker.model.data(picker.model.index(r, 0), ID_ROLE) for r in range(13)} == wanted
    picker.reject()
    form.force_close()


def test_links_are_shown_from_both_sides(qtbot, unlocked):
    win = unlocked
    incident = win.session.add("incident", {"title": "[DEMO] Shelling of the school"})
    statement = win.session.add("statement", {"text": "[DEMO] I saw it", "links": [incident.id]})
    form = win.edit_record(incident.id)
    links = form.fields.rows["links"].editor
    assert links.ids == []
    assert links.incoming_ids() == [statement.id]
    assert not links.incoming.isHidden()
    assert links.incoming.item(0).text().startswith("Witness statement: ")
    assert not form.is_dirty()  # shown, not part of the record's own data
    form.force_close()

    win.refresh()
    win.records_page.show_kind("incident")
    win.records_page.current_section.select(incident.id)
    history = win.show_history()
    line = history.line(f"linked_from.{statement.id}")
    assert line is not None and line.label == "Witness statement"
    assert "Records that link to this one" in history.content.toPlainText()
    history.reject()

    form = win.edit_record(statement.id)
    assert form.fields.rows["links"].editor.incoming.isHidden()  # nothing links to it
    form.force_close()
