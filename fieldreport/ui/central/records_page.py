"""The coordinator's Records tab (layout): filters, the list, and the record or media view."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldreport.domain.kinds import KINDS
from fieldreport.ui.central.filter_bar import FilterBar
from fieldreport.ui.central.media_pane import MediaPane
from fieldreport.ui.central.reading_indicator import ReadingIndicator
from fieldreport.ui.central.record_model import ID_ROLE, Column, RecordListModel, kind_text
from fieldreport.ui.central.record_view import RecordView
from fieldreport.ui.central.table import TextTable, table_view
from fieldreport.ui.models.record_table import status_text
from fieldreport.ui.widgets.common import error_label
from fieldreport.ui.widgets.retranslate import RetranslateMixin

#: Widths that fit the list's short columns at 1366×768 (titles and places get the rest).
WIDTHS = {Column.PLACE: 170, Column.DEVICE: 110, Column.SAVED: 125}


class StoreRecordsPage(RetranslateMixin, QWidget):
    record_chosen = Signal(str)  # record id
    media_chosen = Signal(str)  # media id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filters = FilterBar(self)
        self.count = QLabel(self)
        self.behind = QLabel(self)  # "the records behind …", when a figure chose them
        self.behind.setStyleSheet("font-weight: 600;")
        self.behind.setVisible(False)
        self.every_button = QPushButton(self)
        self.every_button.setAutoDefault(False)
        self.every_button.setVisible(False)
        self.busy = ReadingIndicator(self)
        self.error = error_label(self)
        self.model = RecordListModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(Column.SAVED, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows for one evidence package: Shift+arrows, Ctrl+Space, Ctrl+A, Ctrl+click.
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8
        )  # fixed row heights: nothing is measured per row
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in WIDTHS.items():
            self.view.setColumnWidth(column, width)
        # When a record was saved is in its view; the list leaves the room to titles.
        self.view.setColumnHidden(Column.SAVED, True)
        self.media_model = TextTable(5, self)
        self.media_view = table_view(self.media_model, self, 1)
        self.lists = QStackedWidget(self)
        self.lists.addWidget(self.view)
        self.lists.addWidget(self.media_view)

        self.record_view = RecordView(self)
        self.media_pane = MediaPane(self)
        media_scroll = QScrollArea(self)
        media_scroll.setWidgetResizable(True)
        media_scroll.setFrameShape(QFrame.Shape.NoFrame)
        media_scroll.setWidget(self.media_pane)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.record_view)
        self.views.addWidget(media_scroll)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.lists)
        self.splitter.addWidget(self.views)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([820, 520])

        status = QHBoxLayout()
        status.addWidget(self.count)
        status.addWidget(self.behind)
        status.addWidget(self.every_button)
        status.addStretch(1)
        status.addWidget(self.busy)
        status.addWidget(self.error, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(status)
        layout.addWidget(self.splitter, 1)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(
            lambda: (self.filters.search.setFocus(), self.filters.search.selectAll())
        )
        evidence = QShortcut(QKeySequence("Ctrl+Shift+E"), self)
        evidence.activated.connect(self._evidence)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._record_row())
        self.media_view.selectionModel().currentRowChanged.connect(lambda *_: self._media_row())
        self.retranslateUi()

    @property
    def media_shown(self) -> bool:
        return self.filters.media_shown

    def show_lists_for(self, media: bool) -> None:
        self.lists.setCurrentIndex(1 if media else 0)
        self.views.setCurrentIndex(1 if media else 0)
        self.filters.set_media_mode(media)

    def selected_record(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def selected_records(self) -> list[str]:
        """The ids of the rows selected in the list, top to bottom."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        found = (self.model.data(self.model.index(row, 0), ID_ROLE) for row in rows)
        return [record_id for record_id in found if record_id]

    def select_record(self, record_id: str, quietly: bool = False) -> bool:
        """Select the record's row (``quietly``: without opening it again)."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        selection = self.view.selectionModel()
        selection.blockSignals(quietly)
        self.view.selectRow(row)
        selection.blockSignals(False)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _record_row(self) -> None:
        record_id = self.selected_record()
        if record_id:
            self.record_chosen.emit(record_id)

    def _evidence(self) -> None:
        """Ctrl+Shift+E: Evidence package… for the selected rows, from the keyboard."""
        button = self.record_view.evidence_button
        if not self.media_shown and button.isVisible() and button.isEnabled():
            button.click()

    def _media_row(self) -> None:
        index = self.media_view.currentIndex()
        if index.isValid():
            self.media_chosen.emit(self.media_view.model().data(index.siblingAtColumn(0), ID_ROLE))

    def set_busy(self, busy: bool) -> None:
        """Reading (the bar and Cancel show) or not."""
        if busy:
            self.busy.start()
        else:
            self.busy.setVisible(False)

    def show_behind(self, label: str | None) -> None:
        """Say which figure's records the list is limited to (``None``: it is not)."""
        self.behind.setVisible(label is not None)
        self.every_button.setVisible(label is not None)
        if label is not None:
            self.behind.setText(self.tr("— the records behind “{figure}”").format(figure=label))

    def clear(self) -> None:
        self.model.clear()
        self.media_model.clear()
        self.record_view.clear()
        self.media_pane.clear()
        self.count.clear()
        self.error.setVisible(False)

    def fit_columns(self) -> None:
        """Kind, date and status as wide as their longest word in this language."""
        metrics = self.view.fontMetrics()
        pad = 3 * metrics.averageCharWidth()
        words = {
            Column.KIND: [kind_text(kind) for kind in KINDS],
            Column.DATE: ["0000-00-00"],
            Column.STATUS: [status_text("draft"), status_text("final")],
        }
        header = self.view.horizontalHeader()
        for column, texts in words.items():
            widest = max(metrics.horizontalAdvance(text) for text in texts) + pad
            self.view.setColumnWidth(column, max(widest, header.sectionSizeHint(column)))

    def retranslateUi(self) -> None:  # noqa: N802
        self.fit_columns()
        self.busy.set_text(self.tr("Searching…"))
        self.every_button.setText(self.tr("Sho&w every record"))
        self.media_model.set_headers(
            [
                self.tr("Type"),
                self.tr("Name or caption"),
                self.tr("Size"),
                self.tr("Device"),
                self.tr("Records"),
            ]
        )
        self.model.retranslate()
