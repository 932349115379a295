"""The coordinator's Overview (layout): the figures behind a public statement, and their charts.

Every number is a button: it opens the list of the records behind it. The
figures come from :mod:`fieldreport.central.figures` (the same as
``central figures``), computed on a worker for the period and area chosen
above them; a chart per breakdown (by settlement, by date) shows the measure
chosen beside it, and a click on a bar opens that bar's records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldreport.domain.gazetteer import load_gazetteer
from fieldreport.domain.schema import COUNT_LABELS
from fieldreport.domain.vocabularies import load_vocabularies
from fieldreport.ui.central.bar_chart import Bar, BarChart
from fieldreport.ui.central.filter_bar import FilterBar
from fieldreport.ui.central.reading_indicator import ReadingIndicator
from fieldreport.ui.i18n import current_language
from fieldreport.ui.widgets.common import error_label
from fieldreport.ui.widgets.retranslate import RetranslateMixin

#: The groups of figures: (vocabulary of the keys, the figures' attribute in a tally).
SECTIONS = (
    ("person_outcome", "people"),
    ("damage_level", "property"),
    ("property_type", "by_type"),
    ("livestock_fate", "livestock"),
)


@dataclass(frozen=True)
class Measure:
    """What a chart shows of each breakdown's tally: ``attribute[key]`` (or households)."""

    attribute: str
    key: str
    vocabulary: str

    def figure(self, tally: Any) -> Any:
        if self.attribute == "households_displaced":
            return tally.households_displaced
        return getattr(tally, self.attribute).get(self.key)

    def label(self) -> str:
        if self.attribute == "households_displaced":
            return QCoreApplication.translate("OverviewPage", "Households displaced")
        return load_vocabularies().label(self.vocabulary, self.key, current_language())


def _heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class OverviewPage(RetranslateMixin, QWidget):
    records_requested = Signal(list, str)  # record ids, what they are behind
    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: Any = None
        self.filters = FilterBar(self)
        self.filters.set_overview_mode()
        self.busy = ReadingIndicator(self)
        self.error = error_label(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.duplicates_note = QLabel(self)
        self.duplicates_note.setWordWrap(True)
        self.review_button = QPushButton(self)
        self.review_button.setAutoDefault(False)
        self.review_button.clicked.connect(self.review_requested)

        body = QWidget(self)
        self.body = QVBoxLayout(body)
        self.groups: dict[str, QGroupBox] = {}
        self.grids: dict[str, QGridLayout] = {}
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        for name, column in (
            ("people", left),
            ("reported", left),
            ("property", right),
            ("by_type", right),
            ("livestock", right),
        ):
            group = QGroupBox(body)
            grid = QGridLayout(group)
            grid.setColumnStretch(2, 1)
            self.groups[name], self.grids[name] = group, grid
            column.addWidget(group)
        left.addStretch(1)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.body.addLayout(columns)

        self.measure_label = QLabel(body)
        self.measure = QComboBox(body)
        # Filled after it is first shown, and again on a language switch: fit every label.
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure_label.setBuddy(self.measure)
        chooser = QHBoxLayout()
        chooser.addWidget(self.measure_label)
        chooser.addWidget(self.measure)
        chooser.addStretch(1)
        self.body.addLayout(chooser)
        self.settlement_heading = _heading(body)
        self.by_settlement = BarChart(body)
        self.date_heading = _heading(body)
        self.by_date = BarChart(body)
        for widget in (
            self.settlement_heading,
            self.by_settlement,
            self.date_heading,
            self.by_date,
        ):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        status = QHBoxLayout()
        status.addWidget(self.busy)
        status.addWidget(self.duplicates_note, 1)
        status.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(status)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)

        self.measure.currentIndexChanged.connect(lambda _i: self._draw_charts())
        self.by_settlement.bar_activated.connect(lambda key: self._bar("settlement", key))
        self.by_date.bar_activated.connect(lambda key: self._bar("date", key))
        self.buttons: dict[str, QPushButton] = {}
        self.retranslateUi()

    # -- showing figures -----------------------------------------------------------------
    def show_figures(self, figures: Any) -> None:
        self.figures = figures
        self.error.setVisible(False)
        self._fill()

    def clear(self) -> None:
        self.figures = None
        for grid in self.grids.values():
            _empty(grid)
        self.buttons = {}
        self.by_settlement.set_bars([])
        self.by_date.set_bars([])
        self.measure.clear()
        self.note.clear()
        self.duplicates_note.clear()
        self.review_button.setVisible(False)

    def _fill(self) -> None:
        figures = self.figures
        for grid in self.grids.values():
            _empty(grid)
        self.buttons = {}
        if figures is None:
            return
        vocab = load_vocabularies()
        lang = current_language()
        totals = figures.totals
        for vocabulary, attribute in SECTIONS:
            grid = self.grids[attribute]
            for key, figure in getattr(totals, attribute).items():
                label = vocab.label(vocabulary, key, lang)
                self._row(grid, f"{attribute}.{key}", label, figure)
        self._row(
            self.grids["livestock"],
            "households_displaced",
            QCoreApplication.translate("OverviewPage", "Households displaced"),
            totals.households_displaced,
        )
        for key, found in figures.reported.items():
            label = QCoreApplication.translate("Field", COUNT_LABELS.get(key, key))
            self._range_row(key, label, found)
        if not figures.reported:
            self._message(
                self.grids["reported"],
                self.tr("No incident in this selection reports counts."),
            )
        unreviewed = sum(figures.unreviewed.values())
        self.duplicates_note.setText(
            self.tr(
                "Possible duplicates not yet reviewed: {count}. Until they are, each of those "
                "records counts on its own."
            ).format(count=unreviewed)
            if unreviewed
            else self.tr("Every possible duplicate in this selection has been reviewed.")
        )
        self.review_button.setVisible(bool(unreviewed))
        note = self.tr(
            "People and property are counted once however many records report them (records "
            "marked as the same count once). Groups confirmed as one: {clusters}."
        ).format(clusters=figures.clusters)
        if figures.undated_left_out:
            note += " " + self.tr("Records without a date left out of the period: {count}.").format(
                count=figures.undated_left_out
            )
        self.note.setText(note)
        self._fill_measures()
        self._draw_charts()

    def _row(self, grid: QGridLayout, key: str, label: str, figure: Any) -> None:
        row = grid.rowCount()
        name = QLabel(label, grid.parentWidget())
        button = QPushButton(f"{figure.count:,}", grid.parentWidget())
        button.setAutoDefault(False)
        button.setFlat(True)
        button.setStyleSheet("text-align: right; font-weight: 600; padding: 2px 8px;")
        button.setEnabled(bool(figure.records))
        button.setToolTip(
            self.tr("Open the records behind this number ({count})").format(
                count=len(figure.records)
            )
        )
        button.clicked.connect(lambda: self.records_requested.emit(list(figure.records), label))
        grid.addWidget(name, row, 0)
        grid.addWidget(button, row, 1)
        if figure.unreviewed:
            warn = QLabel(
                self.tr("possible duplicates unreviewed: {count}").format(count=figure.unreviewed),
                grid.parentWidget(),
            )
            warn.setStyleSheet("color: #8a5a00;")
            grid.addWidget(warn, row, 2)
        self.buttons[key] = button

    def _range_row(self, key: str, label: str, found: Any) -> None:
        grid = self.grids["reported"]
        row = grid.rowCount()
        text = f"{found.min:,}" if found.min == found.max else f"{found.min:,}–{found.max:,}"
        button = QPushButton(text, grid.parentWidget())
        button.setAutoDefault(False)
        button.setFlat(True)
        button.setStyleSheet("text-align: right; font-weight: 600; padding: 2px 8px;")
        button.clicked.connect(lambda: self.records_requested.emit(list(found.records), label))
        sources = QLabel(
            self.tr("sources: {count}").format(count=found.sources), grid.parentWidget()
        )
        grid.addWidget(QLabel(label, grid.parentWidget()), row, 0)
        grid.addWidget(button, row, 1)
        grid.addWidget(sources, row, 2)
        self.buttons[f"reported.{key}"] = button

    @staticmethod
    def _message(grid: QGridLayout, text: str) -> None:
        label = QLabel(text, grid.parentWidget())
        label.setWordWrap(True)
        grid.addWidget(label, grid.rowCount(), 0, 1, 3)

    # -- charts --------------------------------------------------------------------------
    def measures(self) -> list[Measure]:
        if self.figures is None:
            return []
        totals = self.figures.totals
        found = []
        for vocabulary, attribute in SECTIONS:
            for key, figure in getattr(totals, attribute).items():
                if figure.count:
                    found.append(Measure(attribute, key, vocabulary))
        if totals.households_displaced.count:
            found.append(Measure("households_displaced", "", ""))
        return found

    def _fill_measures(self) -> None:
        chosen = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for measure in self.measures():
            self.measure.addItem(measure.label(), measure)
        index = self.measure.findData(chosen) if chosen is not None else -1
        self.measure.setCurrentIndex(max(index, 0))
        self.measure.blockSignals(False)

    def _draw_charts(self) -> None:
        measure = self.measure.currentData()
        if self.figures is None or measure is None:
            self.by_settlement.set_bars([])
            self.by_date.set_bars([])
            return
        for chart, breakdown in (
            (self.by_settlement, self.figures.by_settlement),
            (self.by_date, self.figures.by_date),
        ):
            bars = []
            for name, tally in breakdown.items():
                figure = measure.figure(tally)
                if figure is not None and figure.count:
                    bars.append(Bar(_place_or_date(name), figure.count, name))
            chart.set_bars(bars)

    def _bar(self, breakdown: str, key: str) -> None:
        measure = self.measure.currentData()
        if self.figures is None or measure is None:
            return
        tallies = self.figures.by_settlement if breakdown == "settlement" else self.figures.by_date
        figure = measure.figure(tallies[key])
        if figure is not None:
            label = f"{measure.label()} — {_place_or_date(key)}"
            self.records_requested.emit(list(figure.records), label)

    def set_busy(self, busy: bool) -> None:
        """Reading (the bar and Cancel show) or not."""
        if busy:
            self.busy.start()
        else:
            self.busy.setVisible(False)

    def retranslateUi(self) -> None:  # noqa: N802
        titles = {
            "people": self.tr("People (each person counted once)"),
            "reported": self.tr("As incidents reported them (ranges where sources disagree)"),
            "property": self.tr("Property, by the worst damage reported"),
            "by_type": self.tr("Property, by type"),
            "livestock": self.tr("Livestock and households"),
        }
        for name, group in self.groups.items():
            group.setTitle(titles[name])
        self.busy.set_text(self.tr("Counting…"))
        self.review_button.setText(self.tr("Re&view duplicates…"))
        self.measure_label.setText(self.tr("C&hart:"))
        self.settlement_heading.setText(self.tr("By settlement"))
        self.date_heading.setText(self.tr("By date"))
        self._fill()


def _place_or_date(name: str) -> str:
    """A breakdown's key as people read it: a settlement in the interface language, a date."""
    if name == "undated":
        return QCoreApplication.translate("OverviewPage", "No date")
    if name == "unknown place":
        return QCoreApplication.translate("OverviewPage", "Place unknown")
    gazetteer = load_gazetteer()
    entry = gazetteer.find(name)
    return gazetteer.display_name(entry, current_language()) if entry else name


def _empty(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


__all__ = ["Measure", "OverviewPage"]
