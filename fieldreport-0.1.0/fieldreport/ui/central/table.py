"""A read-only table of text rows with a sortable proxy, for the coordinator's lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TextTable(QAbstractTableModel):
    """Rows of strings, each with an id (``ID_ROLE``); headers set by the page (translated).

    A cell's tooltip is its text, unless :meth:`set_tooltip` gave it another.
    """

    def __init__(self, columns: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._headers: list[str] = [""] * columns
        self._rows: list[tuple[str, list[str]]] = []
        self._tips: dict[tuple[int, int], str] = {}

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)

    def set_rows(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        self.beginResetModel()
        self._rows = [(row_id, list(cells)) for row_id, cells in rows]
        self._tips = {}
        self.endResetModel()

    def add_rows(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows += [(row_id, list(cells)) for row_id, cells in rows]
        self.endInsertRows()

    def clear(self) -> None:
        self.set_rows([])

    def set_tooltip(self, row: int, column: int, text: str) -> None:
        self._tips[(row, column)] = text
        index = self.index(row, column)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.ToolTipRole])

    def text(self, row: int, column: int) -> str:
        return self._rows[row][1][column]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._columns

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row_id, cells = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get((index.row(), index.column()), cells[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == ID_ROLE:
            return row_id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def table_view(model: TextTable, parent: QWidget, stretch: int) -> QTableView:
    """A sortable, row-selecting, keyboard-friendly view of ``model``; ``stretch`` fills."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as they came, until a header is clicked
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def selected_id(view: QTableView) -> str | None:
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isSelected(index):
        return None
    return view.model().data(index.siblingAtColumn(0), ID_ROLE)
