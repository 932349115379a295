"""The table models on their own, without any view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from fieldreport.storage.records import RecordSummary, RevisionInfo
from fieldreport.ui.models.record_table import Column, RecordTableModel, Role
from fieldreport.ui.models.revision_table import REVISION_ROLE, RevisionTableModel


def summary(n: int, **changes) -> RecordSummary:
    values = dict(
        id=f"00000000-0000-4000-8000-00000000000{n}",
        kind="incident",
        revision=1,
        status="draft",
        updated_at=f"2021-05-0{n}T10:00:00.000Z",
        title=f"Title {n}",
        event_date=f"2021-04-2{n}",
        location_text=f"Place {n}",
        synced=False,
    )
    values.update(changes)
    return RecordSummary(**values)


def test_rows_columns_and_display(qtbot):
    model = RecordTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 0
    model.set_rows([summary(1), summary(2, status="final")])
    assert model.rowCount() == 2
    assert model.columnCount() == len(Column)
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    assert model.data(model.index(0, Column.TITLE)) == "Title 1"
    assert model.data(model.index(0, Column.DATE)) == "2021-04-21"
    assert model.data(model.index(0, Column.PLACE)) == "Place 1"
    assert model.data(model.index(0, Column.STATUS)) == "Draft"
    assert model.data(model.index(1, Column.STATUS)) == "Final"
    assert model.data(model.index(0, Column.UPDATED))  # local time, some format
    header = model.headerData(Column.TITLE, Qt.Orientation.Horizontal)
    assert header == "Title"


def test_named_roles(qtbot):
    model = RecordTableModel()
    item = summary(3, revision=4, status="final")
    model.set_rows([item])
    index = model.index(0, Column.TITLE)
    assert model.data(index, Role.ID) == item.id
    assert model.data(index, Role.KIND) == "incident"
    assert model.data(index, Role.REVISION) == 4
    assert model.data(index, Role.STATUS) == "final"
    assert model.data(index, Role.SUMMARY) == item
    assert model.data(model.index(0, Column.TITLE), Role.SORT) == "title 3"
    assert model.row_of(item.id) == 0
    assert model.row_of("nope") == -1


def test_partial_dates_sort_chronologically(qtbot):
    model = RecordTableModel()
    model.set_rows([summary(1, event_date="2021-04"), summary(2, event_date="2021-03-30")])
    keys = [model.data(model.index(r, Column.DATE), Role.SORT) for r in range(2)]
    assert keys[1] < keys[0]


def test_reload_resets_and_clear_empties(qtbot):
    model = RecordTableModel()
    model.set_rows([summary(1)])
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows([summary(1), summary(2)])
    assert model.rowCount() == 2
    with qtbot.waitSignal(model.modelReset):
        model.clear()
    assert model.rowCount() == 0
    assert model.data(model.index(0, 0)) is None
    assert model.data(QModelIndex()) is None


def test_revision_model(qtbot):
    model = RevisionTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(
        [
            RevisionInfo(1, "2021-05-01T10:00:00.000Z", "draft", False, "a" * 64, 2),
            RevisionInfo(2, "2021-05-02T10:00:00.000Z", "final", False, "b" * 64, 3),
            RevisionInfo(3, "2021-05-03T10:00:00.000Z", "final", True, "c" * 64, 4),
        ]
    )
    assert model.rowCount() == 3
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["1", "2", "3"]
    assert [model.data(model.index(r, 3)) for r in range(3)] == ["Created", "Edited", "Deleted"]
    assert model.data(model.index(1, 2)) == "Final"
    assert model.data(model.index(2, 0), REVISION_ROLE) == 3
