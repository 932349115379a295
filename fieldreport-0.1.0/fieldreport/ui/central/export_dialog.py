"""Export… and Report… from the coordinator window: what to include, then progress and Cancel.

The same choices as ``central export`` and ``central report``: a format (or
the report's language), the kind of records, a period and an area (filled
from the Records tab's filters), and whether identifying data (names and
contacts) may be written. Anonymised is the default; asking for identifying
data is confirmed with the reason it matters. The work itself runs on a
worker (``exports_controller``); this dialog only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from fieldreport.domain.kinds import KINDS
from fieldreport.domain.languages import LANGUAGE_NAMES, LANGUAGES
from fieldreport.domain.schema import KIND_PLURAL_LABELS
from fieldreport.ui.central.running_dialog import RunningDialogMixin
from fieldreport.ui.i18n import current_language
from fieldreport.ui.widgets.retranslate import RetranslateMixin

FORMATS = ("csv", "xlsx", "geojson", "kml", "hxl")
REPORT_LANGUAGES = LANGUAGES  # the report speaks every interface language
SUFFIX = {"csv": "csv", "xlsx": "xlsx", "geojson": "geojson", "kml": "kml", "hxl": "csv"}


class ExportDialog(RunningDialogMixin, RetranslateMixin, QDialog):
    start_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, report: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.report = report
        self.running = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.format = QComboBox(self)
        for value in REPORT_LANGUAGES if report else FORMATS:
            self.format.addItem("", value)
        if report:  # the report in the coordinator's language, unless they choose another
            self.format.setCurrentIndex(max(0, self.format.findData(current_language())))
        self.kind = QComboBox(self)
        self.kind.addItem("", None)
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.date_from = QLineEdit(self)
        self.date_to = QLineEdit(self)
        self.region = QLineEdit(self)
        self.district = QLineEdit(self)
        self.settlement = QLineEdit(self)
        self.make_running_widgets()

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("format", self.format),
            ("kind", self.kind),
            ("from", self.date_from),
            ("to", self.date_to),
            ("region", self.region),
            ("district", self.district),
            ("settlement", self.settlement),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[key] = label
            self.form.addRow(label, widget)
        self.form.setRowVisible(self.kind, not report)
        self.lay_out_running(self.intro, self.form)
        self.identifying.toggled.connect(lambda on: self.identifying_note.setVisible(on))
        self.identifying_note.setVisible(False)
        self.identifying.setVisible(not report)  # a report is always anonymised
        self.setMinimumWidth(560)
        self.retranslateUi()

    # -- what is asked -----------------------------------------------------------------
    def fill_from(self, filters: object, shown: dict[str, str] | None = None) -> None:
        """Start from the Records tab's filters (a ``RecordFilter``); ``shown``: the places
        as its lists name them (the filter holds their codes)."""
        kinds = getattr(filters, "kinds", ())
        if len(kinds) == 1:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kinds[0])))
        for edit, name in (
            (self.date_from, "date_from"),
            (self.date_to, "date_to"),
            (self.region, "region"),
            (self.district, "district"),
            (self.settlement, "settlement"),
        ):
            edit.setText((shown or {}).get(name) or getattr(filters, name, None) or "")

    def choice(self) -> dict[str, str | None]:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return {
            "kind": None if self.report else self.kind.currentData(),
            "date_from": text(self.date_from),
            "date_to": text(self.date_to),
            "region": text(self.region),
            "district": text(self.district),
            "settlement": text(self.settlement),
        }

    # -- running -------------------------------------------------------------------------
    def set_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
        for widget in (
            self.format, self.kind, self.date_from, self.date_to, self.region, self.district,
            self.settlement, self.identifying, self.start_button,
        ):  # fmt: skip
            widget.setEnabled(not running)
        self.retranslateUi()

    def show_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        self.status.setText(text)

    def retranslateUi(self) -> None:  # noqa: N802
        if self.report:
            self.setWindowTitle(self.tr("Situation report"))
            self.intro.setText(
                self.tr(
                    "A PDF for observers and partners: the figures with their ranges, a chart "
                    "per breakdown, the incidents, and the records behind every figure."
                )
            )
            self.labels["format"].setText(self.tr("&Language:"))
            for index in range(self.format.count()):
                self.format.setItemText(index, LANGUAGE_NAMES[self.format.itemData(index)])
        else:
            self.setWindowTitle(self.tr("Export records"))
            self.intro.setText(
                self.tr(
                    "The records chosen, for spreadsheets (CSV, Excel), maps (GeoJSON, KML) "
                    "and humanitarian tools (HXL)."
                )
            )
            self.labels["format"].setText(self.tr("&Format:"))
            names = {
                "csv": self.tr("CSV (UTF-8), for any spreadsheet"),
                "xlsx": self.tr("Excel workbook, a sheet per kind"),
                "geojson": self.tr("GeoJSON, for QGIS and web maps"),
                "kml": self.tr("KML, for Google Earth"),
                "hxl": self.tr("HXL-tagged CSV, for HDX tools"),
            }
            for index in range(self.format.count()):
                self.format.setItemText(index, names[self.format.itemData(index)])
        self.labels["kind"].setText(self.tr("&Records:"))
        self.kind.setItemText(0, self.tr("Every kind"))
        for index, kind in enumerate(KINDS, start=1):
            self.kind.setItemText(
                index, QCoreApplication.translate("Kind", KIND_PLURAL_LABELS[kind])
            )
        self.labels["from"].setText(self.tr("F&rom:"))
        self.labels["to"].setText(self.tr("&To:"))
        self.labels["region"].setText(self.tr("Re&gion:"))
        self.labels["district"].setText(self.tr("&District:"))
        self.labels["settlement"].setText(self.tr("&Settlement:"))
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY; empty for any"))
        for edit in (self.region, self.district, self.settlement):
            edit.setPlaceholderText(self.tr("Any"))
        self.identifying.setText(self.tr("&Include names and contacts (identifying data)"))
        self.identifying_note.setText(
            self.tr(
                "Names and contacts of witnesses, people affected and owners will be written "
                "in the clear: anyone who gets the file can read them. Leave this off unless "
                "the recipient needs them and may have them."
            )
        )
        self.start_button.setText(self.tr("&Choose the file and start…"))
        self.close_button.setText(self.tr("&Cancel") if self.running else self.tr("C&lose"))
