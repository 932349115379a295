"""The record list of one kind as a Qt table model.

Rows are :class:`fieldreport.core.RecordSummary` objects: titles are already
masked by the core, and no identifying field ever reaches this model.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from fieldreport.domain.dates import sort_key
from fieldreport.domain.present import UNTITLED
from fieldreport.ui.widgets.common import MUTED_COLOUR

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    DATE = 1
    PLACE = 2
    STATUS = 3
    UPDATED = 4
    SYNCED = 5


class Role(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    KIND = Qt.ItemDataRole.UserRole + 2
    REVISION = Qt.ItemDataRole.UserRole + 3
    STATUS = Qt.ItemDataRole.UserRole + 4
    SORT = Qt.ItemDataRole.UserRole + 5
    SUMMARY = Qt.ItemDataRole.UserRole + 6


_HEADERS = {
    Column.TITLE: QT_TRANSLATE_NOOP("RecordTableModel", "Title"),
    Column.DATE: QT_TRANSLATE_NOOP("RecordTableModel", "Date"),
    Column.PLACE: QT_TRANSLATE_NOOP("RecordTableModel", "Place"),
    Column.STATUS: QT_TRANSLATE_NOOP("RecordTableModel", "Status"),
    Column.UPDATED: QT_TRANSLATE_NOOP("RecordTableModel", "Last saved"),
    Column.SYNCED: QT_TRANSLATE_NOOP("RecordTableModel", "Sync"),
}


def status_text(status: str) -> str:
    if status == "final":
        return QCoreApplication.translate("RecordTableModel", "Final")
    return QCoreApplication.translate("RecordTableModel", "Draft")


def synced_text(synced: bool, on_its_way: int | None = None, *, short: bool = False) -> str:
    """Synced; on its way in bundle N (its receipt awaited); or not yet sent.

    ``short`` (the list's cell, so titles keep their room at 1366 px) leaves out
    "waiting for the receipt", which the cell's tooltip says.
    """
    if synced:
        return QCoreApplication.translate("RecordTableModel", "Synced")
    if on_its_way and short:
        return QCoreApplication.translate(
            "RecordTableModel", "On its way (bundle {bundle})"
        ).format(bundle=on_its_way)
    if on_its_way:
        return QCoreApplication.translate(
            "RecordTableModel", "On its way (bundle {bundle}, waiting for the receipt)"
        ).format(bundle=on_its_way)
    return QCoreApplication.translate("RecordTableModel", "Not yet sent")


def _on_its_way(item: Any) -> int | None:
    return getattr(item, "on_its_way", None)


def title_text(item: Any) -> str:
    """A summary's list title; the core's "(untitled)" placeholder is translated here."""
    if item.title == UNTITLED:
        return QCoreApplication.translate("Present", UNTITLED)
    return item.title


def local_time(iso: str) -> str:
    """An ISO UTC time shown in local time as ``YYYY-MM-DD HH:MM``.

    Evidence needs dates nobody can misread: "5/3/24" is May in one country
    and March in another, so every language gets the ISO order.
    """
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")


class RecordTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        #: The rows are deleted records (shown from "Show deleted"): their status says so.
        self.deleted = False

    # -- loading -----------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def summary(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        for row, item in enumerate(self._rows):
            if item.id == record_id:
                return row
        return -1

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RecordTableModel", _HEADERS[Column(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if self.deleted and column == Column.STATUS:
                return QCoreApplication.translate("RecordTableModel", "Deleted")
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.TITLE, Column.PLACE):
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.SYNCED:
            return synced_text(item.synced, _on_its_way(item))
        if role == Role.SORT:
            return self._sort_value(item, column)
        if role == Role.ID:
            return item.id
        if role == Role.KIND:
            return item.kind
        if role == Role.REVISION:
            return item.revision
        if role == Role.STATUS:
            return item.status
        if role == Role.SUMMARY:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and self.deleted:
            return QBrush(QColor(MUTED_COLOUR))
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == Column.STATUS
            and item.status != "final"
        ):
            return QBrush(QColor("#8a5a00"))
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.SYNCED and item.synced:
            return QBrush(QColor("#1b6e3a"))
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.SYNCED and _on_its_way(item):
            return QBrush(QColor("#0b4f8a"))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        """Headers and status texts follow the language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    # -- helpers -------------------------------------------------------------
    @staticmethod
    def _display(item: Any, column: Column) -> str:
        if column == Column.TITLE:
            return title_text(item)
        if column == Column.DATE:
            return item.event_date
        if column == Column.PLACE:
            return item.location_text
        if column == Column.STATUS:
            return status_text(item.status)
        if column == Column.SYNCED:
            return synced_text(item.synced, _on_its_way(item), short=True)
        return local_time(item.updated_at)

    @staticmethod
    def _sort_value(item: Any, column: Column) -> str:
        if column == Column.TITLE:
            return title_text(item).casefold()
        if column == Column.DATE:
            return sort_key(item.event_date)
        if column == Column.PLACE:
            return item.location_text.casefold()
        if column == Column.STATUS:
            return item.status
        if column == Column.SYNCED:
            return "2" if item.synced else ("1" if _on_its_way(item) else "0")
        return item.updated_at
