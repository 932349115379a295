"""The record list of one kind as a Qt table model, a page at a time.

Rows are :class:`fieldreport.core.ListRow` tuples: titles are already masked
by the core, and no identifying field ever reaches this model. The model asks
its source for the first page and for the next one whenever the view scrolls
near the end (``canFetchMore``/``fetchMore``), so a list of 10,000 records
costs the window's thread what a page costs. A click on a header does not
sort here: the model asks for the list again in that order (``order_requested``)
and SQL orders it. ``data()`` reads the row's tuple and texts made once per
page or per language, and builds nothing per call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
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
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from fieldreport.core import ListRow, RecordSummary
from fieldreport.domain.present import UNTITLED
from fieldreport.storage.sql_functions import date_key, fold
from fieldreport.ui.widgets.common import MUTED_COLOUR

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    DATE = 1
    PLACE = 2
    STATUS = 3
    UPDATED = 4
    SYNCED = 5


#: Rows asked of the source at a time (a 1366×768 screen shows about 20).
PAGE = 100

#: The order (see ``fieldreport.storage.record_list.ORDERS``) a click on each column asks for.
ORDER_OF = {
    Column.TITLE: "title",
    Column.DATE: "date",
    Column.PLACE: "place",
    Column.STATUS: "status",
    Column.UPDATED: "updated",
    Column.SYNCED: "synced",
}

#: ``(offset, limit)`` → that slice of the list, in its order.
Fetch = Callable[[int, int], Sequence[ListRow]]


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


#: The roles ``data()`` answers; Qt asks each cell for a dozen.
_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        *Role,
    )
)

_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    """One brush per colour for the model's lifetime (``data()`` is called per cell)."""
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush


def as_row(item: Any) -> ListRow:
    """A :class:`RecordSummary` (or a row) as the model's row tuple."""
    if isinstance(item, ListRow):
        return item
    return ListRow(
        item.id,
        item.kind,
        item.revision,
        item.status,
        item.updated_at,
        item.title,
        item.event_date,
        item.location_text,
        bool(item.synced),
    )


class RecordTableModel(QAbstractTableModel):
    #: A click on a header: the list in that order (``ORDER_OF``), descending or not.
    order_requested = Signal(str, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ListRow] = []
        self._times: list[str | None] = []  # "Last saved" as shown, made when first shown
        self._fetch: Fetch | None = None
        self._complete = True
        #: id → the bundle carrying the record's latest revision (receipt awaited).
        self.on_its_way: Mapping[str, int] = {}
        #: The rows are deleted records (shown from "Show deleted"): their status says so.
        self.deleted = False
        self._texts: dict[str, str] = {}
        self._make_texts()

    # -- loading -----------------------------------------------------------
    def set_source(
        self,
        fetch: Fetch | None,
        on_its_way: Mapping[str, int] | None = None,
        first: Sequence[ListRow] | None = None,
    ) -> None:
        """Show the list ``fetch`` reads, from its first page (``first`` when already read)."""
        self.beginResetModel()
        self._fetch = fetch
        self.on_its_way = dict(on_its_way or {})
        self._rows, self._times = [], []
        self._complete = fetch is None
        if fetch is not None:
            self._append(first if first is not None else fetch(0, PAGE), PAGE)
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show these rows (summaries or row tuples), all of them, as given."""
        items = list(rows)
        moving = {i.id: i.on_its_way for i in items if getattr(i, "on_its_way", None)}
        listed = [as_row(item) for item in items]
        self.set_source(lambda offset, limit: listed[offset : offset + limit], moving)
        self.fetch_to(len(listed))

    def clear(self) -> None:
        self.set_source(None)

    def fetch_to(self, count: int) -> None:
        """Make sure the first ``count`` rows are loaded (one request for all that lack)."""
        if self._fetch is None or self._complete or count <= len(self._rows):
            return
        wanted = count - len(self._rows)
        rows = self._fetch(len(self._rows), wanted)
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._append(rows, wanted)
            self.endInsertRows()
        else:
            self._complete = True

    def _append(self, rows: Sequence[ListRow], asked: int) -> None:
        self._rows.extend(rows)
        self._times.extend([None] * len(rows))
        self._complete = len(rows) < asked

    def summary(self, row: int) -> RecordSummary:
        item = self._rows[row]
        return RecordSummary(*item, on_its_way=self.on_its_way.get(item.id))

    def row_of(self, record_id: str) -> int:
        """The row of ``record_id`` among the rows loaded so far, or -1."""
        for row, item in enumerate(self._rows):
            if item.id == record_id:
                return row
        return -1

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._fetch is not None and not self._complete

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self.fetch_to(len(self._rows) + PAGE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column in ORDER_OF:
            self.order_requested.emit(
                ORDER_OF[Column(column)], order == Qt.SortOrder.DescendingOrder
            )

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RecordTableModel", _HEADERS[Column(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:  # fonts, alignment, decoration…: asked per cell per paint
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        item = self._rows[row]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.UPDATED:
                shown = self._times[row]
                if shown is None:
                    shown = self._times[row] = local_time(item.updated_at)
                return shown
            return self._display(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (Column.TITLE, Column.PLACE):
                return self._display(item, column)
            if column == Column.SYNCED:
                return synced_text(item.synced, self.on_its_way.get(item.id))
            return None
        if role == Role.ID:
            return item.id
        if role == Role.KIND:
            return item.kind
        if role == Role.REVISION:
            return item.revision
        if role == Role.STATUS:
            return item.status
        if role == Role.SORT:
            return self._sort_value(item, column)
        if role == Role.SUMMARY:
            return self.summary(row)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        """Headers and status texts follow the language."""
        self._make_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    def texts(self) -> dict[str, str]:
        """The fixed texts the cells show, in the language now (for column widths)."""
        return dict(self._texts)

    def column_texts(self, column: Column, rows: int) -> list[str]:
        """What the first ``rows`` rows show in ``column``."""
        return [self._display(item, column) for item in self._rows[:rows]]

    # -- helpers -------------------------------------------------------------
    def _make_texts(self) -> None:
        self._texts = {
            "final": status_text("final"),
            "draft": status_text("draft"),
            "deleted": QCoreApplication.translate("RecordTableModel", "Deleted"),
            "synced": synced_text(True),
            "not sent": synced_text(False),
            "untitled": QCoreApplication.translate("Present", UNTITLED),
        }

    def _display(self, item: ListRow, column: int) -> str:
        if column == Column.TITLE:
            return self._texts["untitled"] if item.title == UNTITLED else item.title
        if column == Column.DATE:
            return item.event_date
        if column == Column.PLACE:
            return item.location_text
        if column == Column.STATUS:
            if self.deleted:
                return self._texts["deleted"]
            return self._texts["final" if item.status == "final" else "draft"]
        if item.synced:
            return self._texts["synced"]
        bundle = self.on_its_way.get(item.id)
        if bundle:
            return synced_text(False, bundle, short=True)
        return self._texts["not sent"]

    def _foreground(self, item: ListRow, column: int) -> QBrush | None:
        if self.deleted:
            return _brush(MUTED_COLOUR)
        if column == Column.STATUS and item.status != "final":
            return _brush("#8a5a00")
        if column == Column.SYNCED and item.synced:
            return _brush("#1b6e3a")
        if column == Column.SYNCED and item.id in self.on_its_way:
            return _brush("#0b4f8a")
        return None

    def _sort_value(self, item: ListRow, column: int) -> str:
        """The key SQL orders this column by (``fieldreport.storage.record_list.ORDERS``)."""
        if column == Column.TITLE:
            return fold(self._display(item, column))
        if column == Column.DATE:
            return date_key(item.event_date)
        if column == Column.PLACE:
            return fold(item.location_text)
        if column == Column.STATUS:
            return item.status
        if column == Column.SYNCED:
            return "2" if item.synced else ("1" if item.id in self.on_its_way else "0")
        return item.updated_at
