"""Choosing records from a list: kind, title, date and place, searched as you type.

Used behind *Add link…* in a form and *Attach to a record…* under Photos and
files. Wide enough for long Russian and Kyrgyz titles, with the kind in its own
column so an incident and a statement with similar titles are told apart.

The list is the vault's, a page at a time, as the record lists read it
(:class:`~fieldreport.ui.record_source.RecordFinder`): searched by the words of
any field through the search index, narrowed to one kind, ordered by SQL (a
click on a header), read on the window's worker when it must be read whole,
so a vault of 100,000 records costs the picker what a page costs.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldreport.core import ListRow
from fieldreport.domain.kinds import KINDS
from fieldreport.domain.schema import KIND_LABELS
from fieldreport.ui.models.record_table import PAGE, title_text
from fieldreport.ui.widgets.retranslate import RetranslateMixin

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The picker's size: wide enough for a title, a kind and a place side by side.
PICKER_WIDTH = 1000
PICKER_HEIGHT = 540
SEARCH_DELAY_MS = 250
DATE_SAMPLE = "0000-00-00"
CELL_PADDING = 20

_HEADERS = (
    QT_TRANSLATE_NOOP("RecordPicker", "Kind"),
    QT_TRANSLATE_NOOP("RecordPicker", "Title"),
    QT_TRANSLATE_NOOP("RecordPicker", "Date"),
    QT_TRANSLATE_NOOP("RecordPicker", "Place"),
)
# The order (``fieldreport.storage.record_list.ORDERS``) a click on each column asks for.
_ORDERS = ("kind", "title", "date", "place")


class PickerList(Protocol):
    """One list of the picker (see ``fieldreport.ui.record_source.SessionList``)."""

    @property
    def in_background(self) -> bool: ...

    def start(
        self,
        first: int,
        on_ready: Callable[[list[ListRow]], None],
        on_failed: Callable[[BaseException], None],
    ) -> None: ...

    def rows(self, offset: int, limit: int) -> Sequence[ListRow]: ...


class Finder(Protocol):
    """Where the picker's lists come from (``fieldreport.ui.record_source.RecordFinder``)."""

    def list(
        self, kind: str | None, search: str | None, order: str, descending: bool, slot: str
    ) -> PickerList: ...

    def cancel(self, slot: str) -> None: ...


def picker_size(available: QSize | None) -> QSize:
    """The picker's size on a screen with ``available`` room (1000×540 on a 1366×768 laptop)."""
    if available is None:
        return QSize(PICKER_WIDTH, PICKER_HEIGHT)
    return QSize(
        min(PICKER_WIDTH, available.width() - 40), min(PICKER_HEIGHT, available.height() - 80)
    )


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("Kind", KIND_LABELS.get(kind, kind))


class PickerModel(QAbstractTableModel):
    """A list's rows, a page at a time: kind, title, date, place (``excluded`` ids left out)."""

    order_requested = Signal(str, bool)

    def __init__(self, excluded: Collection[str] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ListRow] = []
        self._excluded = frozenset(excluded)
        self._fetch: Callable[[int, int], Sequence[ListRow]] | None = None
        self._read = 0  # rows read from the list so far (excluded ones too)
        self._complete = True

    def set_source(
        self,
        fetch: Callable[[int, int], Sequence[ListRow]] | None,
        first: Sequence[ListRow] | None = None,
    ) -> None:
        self.beginResetModel()
        self._fetch, self._rows, self._read = fetch, [], 0
        self._complete = fetch is None
        if fetch is not None:
            self._take(first if first is not None else fetch(0, PAGE))
        self.endResetModel()

    def _take(self, rows: Sequence[ListRow]) -> None:
        self._read += len(rows)
        self._complete = len(rows) < PAGE
        self._rows.extend(row for row in rows if row.id not in self._excluded)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(_HEADERS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._fetch is not None and not self._complete

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        rows = list(self._fetch(self._read, PAGE))
        kept = [row for row in rows if row.id not in self._excluded]
        if kept:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(kept) - 1)
        self._take(rows)
        if kept:
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(_ORDERS):
            self.order_requested.emit(_ORDERS[column], order == Qt.SortOrder.DescendingOrder)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RecordPicker", _HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == ID_ROLE:
            return item.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (kind_text(item.kind), title_text(item), item.event_date, item.location_text)[
                index.column()
            ]
        return None


class RecordPicker(RetranslateMixin, QDialog):
    """A dialog listing records; ``multiple`` allows choosing several (Ctrl/Shift+click).

    ``excluded``: records not offered (the record being edited, those already linked).
    """

    def __init__(
        self,
        finder: Finder,
        parent: QWidget | None = None,
        *,
        multiple: bool = True,
        title: str = "",
        prompt: str = "",
        excluded: Collection[str] = (),
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._finder = finder
        self._slot = f"picker-{id(self)}"
        self.source: PickerList | None = None
        self.loading = False
        self._failed_text = ""
        self.order, self.descending = "title", False
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.prompt.setVisible(bool(prompt))
        self.model = PickerModel(excluded, self)
        self.kind = QComboBox(self)
        self.kind.addItem("", None)
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.reading_label = QLabel(self)
        self.reading_bar = QProgressBar(self)
        self.reading_bar.setRange(0, 0)
        self.reading_bar.setTextVisible(False)
        self.reading_bar.setFixedSize(120, 8)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.model.order_requested.connect(self._order_by)  # after the view's first sort
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multiple
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # places are long too
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.search, 1)
        top.addWidget(self.reading_label)
        top.addWidget(self.reading_bar)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.kind.currentIndexChanged.connect(lambda _: self.reload())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(self._stop)
        self.view.activated.connect(lambda _index: self.accept())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_ok())
        self._fit()
        self.retranslateUi()
        self._update_ok()
        self.reload()

    # -- the list --------------------------------------------------------------
    def reload(self) -> None:
        """The list again from its first page (kind, search, order); read on the worker
        when it must be read whole, the newest list asked for being the one shown."""
        self.search_timer.stop()
        text = self.search.text().strip()
        source = self._finder.list(
            self.kind.currentData(), text or None, self.order, self.descending, self._slot
        )
        self.source = source
        self._failed_text = ""
        if source.in_background:
            self._show_reading(True)
            source.start(
                PAGE,
                lambda first: self._arrived(source, first),
                lambda exc: self._failed(source, exc),
            )
            return
        self._show_reading(False)
        self.model.set_source(source.rows)
        self._update_ok()

    def _arrived(self, source: PickerList, first: list[ListRow]) -> None:
        if source is not self.source:  # another list was asked for meanwhile
            return
        self._show_reading(False)
        self.model.set_source(source.rows, first)
        self._update_ok()

    def _failed(self, source: PickerList, exc: BaseException) -> None:
        if source is not self.source:
            return
        self._failed_text = str(exc)
        self._show_reading(False)

    def _order_by(self, order: str, descending: bool) -> None:
        self.order, self.descending = order, descending
        self.reload()

    def _search_now(self) -> None:
        self.reload()

    def _stop(self) -> None:
        """Closed: a read still running is stopped, its answer never shown."""
        self.search_timer.stop()
        self.source = None
        self._finder.cancel(self._slot)

    def _show_reading(self, busy: bool) -> None:
        self.loading = busy
        self.reading_bar.setVisible(busy)
        self.reading_label.setVisible(busy or bool(self._failed_text))
        self._reading_text()

    def _reading_text(self) -> None:
        if self._failed_text:
            self.reading_label.setText(self.tr("The list could not be read."))
            self.reading_label.setToolTip(self._failed_text)
        else:
            self.reading_label.setText(
                self.tr("Searching…") if self.search.text().strip() else self.tr("Reading…")
            )
            self.reading_label.setToolTip("")

    # -- choosing --------------------------------------------------------------
    def _fit(self) -> None:
        screen = self.screen()
        self.resize(picker_size(screen.availableGeometry().size() if screen else None))

    def chosen_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [self.model.data(index, ID_ROLE) for index in rows]

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self._title or self.tr("Choose records"))
        self.search.setPlaceholderText(self.tr("Words from any field"))
        self.kind.setItemText(0, self.tr("Every kind"))
        for row, kind in enumerate(KINDS, start=1):
            self.kind.setItemText(row, kind_text(kind))
        self.kind.setToolTip(self.tr("Show one kind of record only"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._reading_text()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Kinds and dates as wide as their texts can be (measured from texts, not rows)."""
        metrics = QFontMetrics(self.view.font())
        header = self.view.horizontalHeader()
        kinds = [kind_text(kind) for kind in KINDS]
        for column, words in ((0, kinds), (2, [DATE_SAMPLE])):
            widest = max(metrics.horizontalAdvance(word) for word in words) + CELL_PADDING
            self.view.setColumnWidth(column, max(widest, header.sectionSizeHint(column)))
