"""The coordinator's list of records as a Qt table model, ordered by the store.

Rows are :class:`~fieldreport.central.record_search.RecordRow` (titles
masked by the core). A click on a header does not sort here: with 100,000
rows that would hold the window's thread for seconds. The model asks for the
list again in that order (``order_requested``) and the query runs on a worker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from fieldreport.central.record_search import RecordRow
from fieldreport.domain.present import UNTITLED
from fieldreport.domain.schema import KIND_LABELS
from fieldreport.ui.models.record_table import local_time, status_text

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    KIND = 0
    TITLE = 1
    DATE = 2
    PLACE = 3
    STATUS = 4
    DEVICE = 5
    SAVED = 6


#: The order (see ``record_search.ORDERS``) a click on each column asks for.
ORDER_OF = {
    Column.KIND: "kind",
    Column.TITLE: "title",
    Column.DATE: "date",
    Column.PLACE: "place",
    Column.STATUS: "status",
    Column.DEVICE: "device",
    Column.SAVED: "saved",
}

_HEADERS = {
    Column.KIND: QT_TRANSLATE_NOOP("CentralRecords", "Kind"),
    Column.TITLE: QT_TRANSLATE_NOOP("CentralRecords", "Title"),
    Column.DATE: QT_TRANSLATE_NOOP("CentralRecords", "Date"),
    Column.PLACE: QT_TRANSLATE_NOOP("CentralRecords", "Place"),
    Column.STATUS: QT_TRANSLATE_NOOP("CentralRecords", "Status"),
    Column.DEVICE: QT_TRANSLATE_NOOP("CentralRecords", "Device"),
    Column.SAVED: QT_TRANSLATE_NOOP("CentralRecords", "Saved"),
}


def kind_text(kind: str) -> str:
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate("Kind", label) if label else kind


def title_text(title: str) -> str:
    return QCoreApplication.translate("Present", UNTITLED) if title == UNTITLED else title


def device_text(device_id: str, names: Mapping[str, str]) -> str:
    """A device's name, or the start of its id when it has none."""
    name = names.get(device_id, "")
    return name if name and name != device_id else device_id[:8]


def row_summary(row: RecordRow, names: Mapping[str, str]) -> str:
    """One line naming a record in the view's links: kind, title, date, place."""
    parts = [kind_text(row.kind) + ":", title_text(row.title)]
    detail = ", ".join(part for part in (row.event_date, row.place) if part)
    if detail:
        parts.append(f"({detail})")
    return " ".join(parts)


DELETED_COLOUR = "#6b6b6b"
DRAFT_COLOUR = "#8a5a00"
#: The roles ``data()`` answers; Qt asks each cell for a dozen per paint.
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        ID_ROLE,
    )
)
_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    """One brush per colour (not one per cell and paint)."""
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush


class RecordListModel(QAbstractTableModel):
    order_requested = Signal(str, bool)  # order key, descending

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RecordRow] = []
        self.device_names: dict[str, str] = {}

    def set_rows(self, rows: Sequence[RecordRow], device_names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.device_names = dict(device_names)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], {})

    def row(self, number: int) -> RecordRow:
        return self._rows[number]

    def row_of(self, record_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == record_id:
                return number
        return -1

    def text(self, number: int, column: int) -> str:
        return self._display(self._rows[number], Column(column))

    # -- Qt ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CentralRecords", _HEADERS[Column(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:  # fonts, alignment, decoration…: asked per cell per paint
            return None
        number = index.row()
        if not index.isValid() or not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return self._display(row, index.column())
        if role == ID_ROLE:
            return row.id
        if row.deleted:
            return _brush(DELETED_COLOUR)
        if index.column() == Column.STATUS and row.status != "final":
            return _brush(DRAFT_COLOUR)
        return None

    def _display(self, row: RecordRow, column: int) -> str:
        if column == Column.KIND:
            return kind_text(row.kind)
        if column == Column.TITLE:
            title = title_text(row.title)
            if row.deleted:
                deleted = QCoreApplication.translate("CentralRecords", "deleted")
                return f"{title} ({deleted})"
            return title
        if column == Column.DATE:
            return row.event_date
        if column == Column.PLACE:
            return row.place
        if column == Column.STATUS:
            return status_text(row.status)
        if column == Column.DEVICE:
            return device_text(row.device_id, self.device_names)
        return local_time(row.saved_at)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column in ORDER_OF:
            self.order_requested.emit(
                ORDER_OF[Column(column)], order == Qt.SortOrder.DescendingOrder
            )

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )
