"""One kind's list: a heading, a search box and the table of records.

The table reads its source a page at a time (:class:`RecordTableModel`); the
order is SQL's. Column widths come from the texts those columns can hold and
the rows in view, never from every row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from fieldreport.domain.schema import KIND_PLURAL_LABELS
from fieldreport.ui.models.record_table import (
    ORDER_OF,
    PAGE,
    Column,
    RecordTableModel,
    Role,
    synced_text,
)
from fieldreport.ui.widgets.empty_hint import EmptyHint
from fieldreport.ui.widgets.retranslate import RetranslateMixin

SEARCH_DELAY_MS = 250
PLACE_MIN_WIDTH = 220
#: The first rows a column's width is measured on.
WIDTH_ROWS = 60
#: What the date and time columns hold at their widest.
DATE_SAMPLE = "0000-00-00"
TIME_SAMPLE = "0000-00-00 00:00"
BUNDLE_SAMPLE = 999
#: A cell's margins around its text (the style's, with room to spare).
CELL_PADDING = 20
#: The running bar beside the heading while a list is read on the worker.
READING_BAR_WIDTH = 120
READING_BAR_HEIGHT = 8


class ListSource(Protocol):
    """One list (a kind, a search, an order) as the window's session reads it."""

    on_its_way: Mapping[str, int]

    @property
    def in_background(self) -> bool:
        """The list is read whole on a worker first (:meth:`start`), not page by page here."""
        ...

    def start(
        self,
        first: int,
        on_ready: Callable[[list[ListRow]], None],
        on_failed: Callable[[BaseException], None],
    ) -> None: ...

    def rows(self, offset: int, limit: int) -> Sequence[ListRow]: ...

    def position(self, record_id: str) -> int: ...


#: ``(kind, search or None, deleted ones instead, order, descending)`` → the list
#: (None while the vault is locked).
Loader = Callable[[str, str | None, bool, str, bool], ListSource | None]


class RecordSection(RetranslateMixin, QWidget):
    activated = Signal(str)  # record id (double-click or Enter)
    selection_changed = Signal()
    show_deleted_toggled = Signal(bool)
    new_requested = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.loader: Loader | None = None
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.show_deleted = QCheckBox(self)
        self.show_deleted.toggled.connect(self._deleted_toggled)
        # While a search or an order is read on the worker: a sentence and a running bar.
        self.reading = QWidget(self)
        self.reading_label = QLabel(self.reading)
        self.reading_bar = QProgressBar(self.reading)
        self.reading_bar.setRange(0, 0)
        self.reading_bar.setTextVisible(False)
        self.reading_bar.setFixedSize(READING_BAR_WIDTH, READING_BAR_HEIGHT)
        reading = QHBoxLayout(self.reading)
        reading.setContentsMargins(0, 0, 0, 0)
        reading.addWidget(self.reading_label)
        reading.addWidget(self.reading_bar)
        self.reading.setVisible(False)
        self._reading_error = ""
        self.source: ListSource | None = None
        #: The record to select once the list being read has arrived.
        self._selecting: str | None = None
        self._loading = False
        self._place_wanted = PLACE_MIN_WIDTH
        self.order, self.descending = ORDER_OF[Column.UPDATED], True
        self.model = RecordTableModel(self)
        self.model.order_requested.connect(self._order_by)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(Column.PLACE, PLACE_MIN_WIDTH)
        self.empty = EmptyHint(self)
        self.empty.new_button.clicked.connect(self.new_requested)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.reading)
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_deleted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        self.model.modelReset.connect(self._update_empty)
        self.retranslateUi()

    # -- data ------------------------------------------------------------------
    def reload(self) -> None:
        """The list again from its first page (kind, search, deleted or not, order).

        A list read whole (a search, an order no index serves) is read on the
        worker: the rows shown stay, with the reading indicator, until its first
        page arrives; an answer for a list asked before the last is dropped.
        """
        rows = self.view.selectionModel().selectedRows()
        selected = self.model.data(rows[0], Role.ID) if rows else self._selecting
        text = self.search.text().strip()
        source = None
        if self.loader is not None:
            source = self.loader(
                self.kind, text or None, self.deleted_shown, self.order, self.descending
            )
        self.source = source
        self._reading_error = ""
        if source is None:
            self._selecting = None
            self._show_reading(False)
            self.model.clear()
            return
        if source.in_background:
            self._selecting = selected
            self._show_reading(True)
            self._update_empty()
            source.start(
                PAGE,
                lambda first: self._arrived(source, first),
                lambda exc: self._failed(source, exc),
            )
            return
        self._selecting = None
        self._show_reading(False)
        self._show(source, None, selected)

    @property
    def loading(self) -> bool:
        """A list read on the worker has not arrived yet."""
        return self._loading

    def _show(self, source: ListSource, first: list[ListRow] | None, selected: str | None) -> None:
        self.model.set_source(source.rows, source.on_its_way, first)
        self.fit_columns()
        if selected:
            self.select(selected)

    def _arrived(self, source: ListSource, first: list[ListRow]) -> None:
        if source is not self.source:  # the user asked for another list meanwhile
            return
        selected, self._selecting = self._selecting, None
        self._show_reading(False)
        self._show(source, first, selected)

    def _failed(self, source: ListSource, exc: BaseException) -> None:
        if source is not self.source:
            return
        self._selecting = None
        self._reading_error = str(exc)
        self._show_reading(False)
        self._update_empty()

    def _show_reading(self, busy: bool) -> None:
        self._loading = busy
        self.reading_bar.setVisible(busy)
        self.reading.setVisible(busy or bool(self._reading_error))
        self._reading_text()

    def _order_by(self, order: str, descending: bool) -> None:
        self.order, self.descending = order, descending
        self.reload()

    def fit_columns(self) -> None:
        """Dates, statuses, times and sync states as wide as their texts (the fixed ones, and
        the first rows' dates); places as the first rows need, up to two fifths of the table.

        Measured from texts, never by asking the view to lay out rows.
        """
        metrics = QFontMetrics(self.view.font())
        texts = self.model.texts()
        samples = {
            Column.DATE: [DATE_SAMPLE, *self.model.column_texts(Column.DATE, WIDTH_ROWS)],
            Column.STATUS: [texts["final"], texts["draft"], texts["deleted"]],
            Column.UPDATED: [TIME_SAMPLE],
            Column.SYNCED: [
                texts["synced"],
                texts["not sent"],
                synced_text(False, BUNDLE_SAMPLE, short=True),
            ],
        }
        header = self.view.horizontalHeader()
        for column, words in samples.items():
            widest = max(metrics.horizontalAdvance(word) for word in words) + CELL_PADDING
            self.view.setColumnWidth(column, max(widest, header.sectionSizeHint(column)))
        places = self.model.column_texts(Column.PLACE, WIDTH_ROWS)
        self._place_wanted = max(
            [PLACE_MIN_WIDTH, header.sectionSizeHint(Column.PLACE)]
            + [metrics.horizontalAdvance(place) + CELL_PADDING for place in places]
        )
        self.fit_place_column()

    def fit_place_column(self) -> None:
        """Places as wide as they need, up to two fifths of the table; titles get the rest."""
        limit = max(PLACE_MIN_WIDTH, self.width() * 2 // 5)
        self.view.setColumnWidth(Column.PLACE, min(self._place_wanted, limit))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_place_column()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit_place_column()

    @property
    def deleted_shown(self) -> bool:
        """The list shows the deleted records (their history can be opened) instead."""
        return self.show_deleted.isChecked()

    def set_deleted_shown(self, shown: bool) -> None:
        if shown != self.show_deleted.isChecked():
            self.show_deleted.setChecked(shown)

    def _deleted_toggled(self, shown: bool) -> None:
        self.model.deleted = shown
        self.reload()
        self.show_deleted_toggled.emit(shown)

    def selected_summary(self) -> Any:
        record_id = self.selected_id()
        row = self.model.row_of(record_id) if record_id else -1
        return self.model.summary(row) if row >= 0 else None

    def clear(self) -> None:
        self.search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.source = None
        self._selecting = None
        self._reading_error = ""
        self._show_reading(False)
        self.model.clear()

    def selected_id(self) -> str | None:
        index = self.view.selectionModel().currentIndex()
        rows = self.view.selectionModel().selectedRows()
        if rows:
            index = rows[0]
        if not index.isValid():
            return None
        return self.model.data(index, Role.ID)

    def select(self, record_id: str) -> None:
        """Select the record's row, loading the list down to it if it lies further
        (once the list being read has arrived, when it is being read)."""
        if self.loading:
            self._selecting = record_id
            return
        row = self.model.row_of(record_id)
        if row < 0 and self.source is not None:
            position = self.source.position(record_id)
            if position >= 0:
                self.model.fetch_to(position + 1)
                row = self.model.row_of(record_id)
        if row < 0:
            return
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))

    def _search_now(self) -> None:
        self.search_timer.stop()
        self.reload()

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.data(index, Role.ID)
        if record_id:
            self.activated.emit(record_id)

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0 and not self.loading
        self.view.setVisible(not empty)
        self.empty.setVisible(empty)
        kind = QCoreApplication.translate("Kind", KIND_PLURAL_LABELS[self.kind])
        if self.search.text().strip():
            self.empty.set_text(self.tr("No record matches the search."), new=False)
        elif self.deleted_shown:
            self.empty.set_text(self.tr("No deleted records here."), new=False)
        else:
            self.empty.set_text(
                self.tr("No records yet in “{kind}”.").format(kind=kind),
                new=True,
                detail=self.tr("Press New (Ctrl+N) to add the first one."),
            )

    def _reading_text(self) -> None:
        if self._reading_error:
            self.reading_label.setText(self.tr("The list could not be read."))
            self.reading_label.setToolTip(self._reading_error)
        elif self.search.text().strip():
            self.reading_label.setText(self.tr("Searching…"))
            self.reading_label.setToolTip("")
        else:
            self.reading_label.setText(self.tr("Ordering the list…"))
            self.reading_label.setToolTip("")

    def retranslateUi(self) -> None:  # noqa: N802
        self.heading.setText(QCoreApplication.translate("Kind", KIND_PLURAL_LABELS[self.kind]))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Words from any field (Ctrl+F)"))
        self.show_deleted.setText(self.tr("Show &deleted"))
        self.show_deleted.setToolTip(
            self.tr("List the deleted records instead; their history can still be opened")
        )
        self._reading_text()
        self.empty.retranslateUi()
        self.model.retranslate()
        self._update_empty()
        self.fit_columns()
