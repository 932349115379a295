"""The coordinator's search box and filters (layout and the filter they make).

Words from any field; kind (or photos and files); status; a period (partial
dates allowed, as records have them); region, district and settlement (the
lists hold the places the records name, once each whatever language or script
a form wrote them in, named in the interface language); device;
possible duplicates only. Any change asks for the list again after a short
pause (``changed``), so typing does not start a query per key.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from fieldreport.central.record_search import Areas, RecordFilter
from fieldreport.domain.kinds import KINDS
from fieldreport.domain.schema import KIND_PLURAL_LABELS
from fieldreport.ui.central.record_model import device_text
from fieldreport.ui.i18n import current_language
from fieldreport.ui.widgets.retranslate import RetranslateMixin

DELAY_MS = 250
MEDIA = "media"


def _combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(8)
    return combo


class FilterBar(RetranslateMixin, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.areas = Areas([], [], [])
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.kind_label = QLabel(self)
        self.kind = _combo(self)
        self.kind_label.setBuddy(self.kind)
        self.kind.addItem("", None)
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.kind.addItem("", MEDIA)
        self.status = _combo(self)
        for value in (None, "draft", "final"):
            self.status.addItem("", value)
        self.device = _combo(self)
        self.device.addItem("", None)
        self.from_label = QLabel(self)
        self.date_from = QLineEdit(self)
        self.from_label.setBuddy(self.date_from)
        self.to_label = QLabel(self)
        self.date_to = QLineEdit(self)
        self.to_label.setBuddy(self.date_to)
        for edit in (self.date_from, self.date_to):
            edit.setMaxLength(10)
        self.area_label = QLabel(self)
        self.region = _combo(self)
        self.district = _combo(self)
        self.settlement = _combo(self)
        self.area_label.setBuddy(self.region)
        self.deleted = QCheckBox(self)
        self.duplicates = QCheckBox(self)
        self.clear_button = QPushButton(self)
        self.clear_button.setAutoDefault(False)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        first = QHBoxLayout()
        self.search.setMinimumWidth(180)
        first.addWidget(self.search, 1)
        first.addWidget(self.kind_label)
        first.addWidget(self.kind)
        first.addWidget(self.status)
        first.addWidget(self.device)
        first.addWidget(self.deleted)
        first.addWidget(self.duplicates)
        second = QHBoxLayout()
        second.addWidget(self.date_from)
        second.addWidget(self.to_label)
        second.addWidget(self.date_to)
        second.addSpacing(12)
        second.addWidget(self.area_label)
        second.addWidget(self.region)
        second.addWidget(self.district)
        second.addWidget(self.settlement)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        grid.addWidget(self.search_label, 0, 0)
        grid.addLayout(first, 0, 1)
        grid.addWidget(self.from_label, 1, 0)
        grid.addLayout(second, 1, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.changed)
        for edit in (self.search, self.date_from, self.date_to):
            edit.textChanged.connect(lambda _t: self.timer.start())
            edit.returnPressed.connect(self._now)
        for combo in (self.kind, self.status, self.device, self.settlement):
            combo.currentIndexChanged.connect(lambda _i: self._now())
        self.region.currentIndexChanged.connect(lambda _i: self._region_changed())
        self.district.currentIndexChanged.connect(lambda _i: self._district_changed())
        self.duplicates.toggled.connect(lambda _on: self._now())
        self.deleted.toggled.connect(lambda _on: self._now())
        self.clear_button.clicked.connect(self.reset)
        self.retranslateUi()

    # -- what is asked -------------------------------------------------------------------
    @property
    def media_shown(self) -> bool:
        return self.kind.currentData() == MEDIA

    def filters(self, ids: frozenset[str] | None = None) -> RecordFilter:
        kind = self.kind.currentData()
        return RecordFilter(
            kinds=(kind,) if kind and kind != MEDIA else (),
            status=self.status.currentData(),
            search=self.search.text().strip(),
            date_from=self.date_from.text().strip() or None,
            date_to=self.date_to.text().strip() or None,
            region=self.region.currentData(),
            district=self.district.currentData(),
            settlement=self.settlement.currentData(),
            device_id=self.device.currentData(),
            ids=ids,
            include_deleted=self.deleted.isChecked(),
        )

    def area_names(self) -> dict[str, str]:
        """The chosen region, district and settlement as the lists name them."""
        return {
            name: combo.currentText()
            for name, combo in (
                ("region", self.region),
                ("district", self.district),
                ("settlement", self.settlement),
            )
            if combo.currentData() is not None
        }

    def set_overview_mode(self) -> None:
        """Only what figures are narrowed by: the period and the area."""
        for widget in (
            self.search_label, self.search, self.kind_label, self.kind, self.status,
            self.device, self.duplicates, self.deleted,
        ):  # fmt: skip
            widget.setVisible(False)

    def set_media_mode(self, media: bool) -> None:
        """Photos and files have no status, period or area: those filters rest meanwhile."""
        for widget in (
            self.status, self.date_from, self.date_to, self.region, self.district,
            self.settlement, self.duplicates, self.deleted, self.from_label, self.to_label,
            self.area_label,
        ):  # fmt: skip
            widget.setEnabled(not media)

    def set_kind(self, kind: str | None) -> None:
        index = self.kind.findData(kind)
        self.kind.setCurrentIndex(max(index, 0))

    def reset(self) -> None:
        """Every filter back to "any" (one query, not one per field)."""
        self.reset_quietly()
        self._now()

    def reset_quietly(self) -> None:
        """Every filter back to "any", without asking for the list again."""
        widgets = (
            self.search, self.date_from, self.date_to, self.kind, self.status, self.device,
            self.region, self.district, self.settlement, self.duplicates, self.deleted,
        )  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        for edit in (self.search, self.date_from, self.date_to):
            edit.clear()
        for combo in (
            self.kind, self.status, self.device, self.region, self.district, self.settlement
        ):  # fmt: skip
            combo.setCurrentIndex(0)
        self.duplicates.setChecked(False)
        self.deleted.setChecked(False)
        self._fill_districts()
        self._fill_settlements()
        for widget in widgets:
            widget.blockSignals(False)
        self.timer.stop()

    def _now(self) -> None:
        self.timer.stop()
        self.changed.emit()

    # -- the lists -----------------------------------------------------------------------
    def set_devices(self, names: Mapping[str, str]) -> None:
        chosen = self.device.currentData()
        self.device.blockSignals(True)
        while self.device.count() > 1:
            self.device.removeItem(1)
        for device_id in sorted(names, key=lambda d: device_text(d, names).casefold()):
            self.device.addItem(device_text(device_id, names), device_id)
        self.device.setCurrentIndex(max(self.device.findData(chosen), 0))
        self.device.blockSignals(False)

    def set_areas(self, areas: Areas) -> None:
        """The places the records name, one item each whatever language they were written
        in; each item holds the place's code (``place_codes``), shown in the interface's
        language."""
        self.areas = areas
        lang = current_language()
        self._fill(self.region, [(a.code, a.label("region", lang)) for a in areas.regions])
        self._fill_districts()
        self._fill_settlements()

    def _fill_districts(self) -> None:
        region, lang = self.region.currentData(), current_language()
        items = {
            a.code: a.label("district", lang)
            for a in self.areas.districts
            if region is None or a.region == region
        }
        self._fill(self.district, list(items.items()))

    def _fill_settlements(self) -> None:
        region, district = self.region.currentData(), self.district.currentData()
        lang = current_language()
        items = {
            a.code: a.label("settlement", lang)
            for a in self.areas.settlements
            if (region is None or a.region == region)
            and (district is None or a.district == district)
        }
        self._fill(self.settlement, list(items.items()))

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, label in sorted(items, key=lambda item: item[1].casefold()):
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _region_changed(self) -> None:
        self._fill_districts()
        self._fill_settlements()
        self._now()

    def _district_changed(self) -> None:
        self._fill_settlements()
        self._now()

    def retranslateUi(self) -> None:  # noqa: N802
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Words from any field, or a record's id (Ctrl+F)"))
        self.kind_label.setText(self.tr("S&how:"))
        self.kind.setItemText(0, self.tr("All records"))
        for number, kind in enumerate(KINDS, start=1):
            self.kind.setItemText(
                number, QCoreApplication.translate("Kind", KIND_PLURAL_LABELS[kind])
            )
        self.kind.setItemText(len(KINDS) + 1, self.tr("Photos and files"))
        self.status.setItemText(0, self.tr("Draft or final"))
        self.status.setItemText(1, self.tr("Drafts"))
        self.status.setItemText(2, self.tr("Final"))
        self.status.setToolTip(self.tr("Status"))
        self.device.setItemText(0, self.tr("Every device"))
        self.device.setToolTip(self.tr("Device"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("to"))
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            metrics = edit.fontMetrics()
            widest = max(
                metrics.horizontalAdvance("0000-00-00"),
                metrics.horizontalAdvance(edit.placeholderText()),
            )
            edit.setFixedWidth(widest + 3 * metrics.averageCharWidth())
            edit.setToolTip(self.tr("A date, a month (2021-04) or a year; leave empty for any"))
        self.area_label.setText(self.tr("&Area:"))
        for combo, text in (
            (self.region, self.tr("Every region")),
            (self.district, self.tr("Every district")),
            (self.settlement, self.tr("Every settlement")),
        ):
            if combo.count() == 0:
                combo.addItem(text, None)
            else:
                combo.setItemText(0, text)
        self.duplicates.setText(self.tr("Possible duplicat&es only"))
        self.duplicates.setToolTip(
            self.tr("Records in a pair that may be one person or property, not yet reviewed")
        )
        self.deleted.setText(self.tr("Deleted &too"))
        self.deleted.setToolTip(
            self.tr(
                "Also list records their device deleted: every revision the centre received "
                "is kept, and a deletion may have been forced"
            )
        )
        self.clear_button.setText(self.tr("&Clear filters"))
        self.set_areas(self.areas)
