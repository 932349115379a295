"""A location object: settlement from the gazetteer, region, district, coordinates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QStringListModel, Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QCompleter, QGridLayout, QLabel, QLineEdit, QWidget

from fieldreport.domain import messages
from fieldreport.domain.gazetteer import load_gazetteer
from fieldreport.domain.schema import LOCATION_KEYS, LOCATION_LABELS
from fieldreport.ui.i18n import current_language
from fieldreport.ui.widgets.field_editors import ChoiceCombo, FieldEditor

_TEXT_KEYS = ("country", "region", "district", "address")


def _coordinate_edit(limit: float, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    validator = QDoubleValidator(-limit, limit, 7, edit)
    validator.setLocale(QLocale.c())
    validator.setNotation(QDoubleValidator.Notation.StandardNotation)
    edit.setValidator(validator)
    edit.setMaximumWidth(160)
    return edit


class LocationEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._extra: dict[str, Any] = {}
        self.settlement = QLineEdit(self)
        self.completer_model = QStringListModel(self)
        self.completer = QCompleter(self.completer_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.settlement.setCompleter(self.completer)
        self.region = QLineEdit(self)
        self.district = QLineEdit(self)
        self.address = QLineEdit(self)
        self.country = QLineEdit(self)
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(60)
        self.lat = _coordinate_edit(90, self)
        self.lon = _coordinate_edit(180, self)
        self.precision = ChoiceCombo("location_precision", self)
        self.gazetteer_note = QLabel(self)
        self.gazetteer_note.setWordWrap(True)
        self.gazetteer_note.setStyleSheet("color: #8a5a00;")
        self.gazetteer_note.setVisible(False)

        self.labels: dict[str, QLabel] = {}
        editors = {
            "settlement": self.settlement,
            "precision": self.precision,
            "region": self.region,
            "district": self.district,
            "address": self.address,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
        }
        for key, editor in editors.items():
            label = QLabel(self)
            label.setBuddy(editor)
            self.labels[key] = label
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        placement = (
            ("settlement", 0, 0, 1),
            ("precision", 0, 2, 1),
            ("region", 1, 0, 1),
            ("district", 1, 2, 1),
            ("address", 3, 0, 3),
            ("lat", 4, 0, 1),
            ("lon", 4, 2, 1),
            ("country", 5, 0, 1),
        )
        for key, row, column, span in placement:
            grid.addWidget(self.labels[key], row, column)
            grid.addWidget(editors[key], row, column + 1, 1, span)
        grid.addWidget(self.gazetteer_note, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        for edit in (self.settlement, self.region, self.district, self.address, self.country):
            edit.textChanged.connect(self.changed)
        for edit in (self.lat, self.lon):
            edit.textChanged.connect(self.changed)
        self.precision.currentIndexChanged.connect(self.changed)
        self.settlement.textChanged.connect(self._check_gazetteer)
        self.settlement.editingFinished.connect(self._fill_from_gazetteer)
        self.completer.activated.connect(lambda _text: self._fill_from_gazetteer())
        self.setFocusProxy(self.settlement)
        self.setTabOrder(self.settlement, self.precision)
        self.setTabOrder(self.precision, self.region)
        self.setTabOrder(self.region, self.district)
        self.setTabOrder(self.district, self.address)
        self.setTabOrder(self.address, self.lat)
        self.setTabOrder(self.lat, self.lon)
        self.setTabOrder(self.lon, self.country)
        self.retranslateUi()

    # -- value -----------------------------------------------------------------
    def value(self) -> Any:
        out: dict[str, Any] = dict(self._extra)
        settlement = self.settlement.text().strip()
        entry = load_gazetteer().find(settlement) if settlement else None
        if entry is not None:
            settlement = entry.as_location()["settlement"]
        gazetteer = load_gazetteer()
        for key, text in (
            ("country", self.country.text().strip().upper()),
            # Shown in the interface's language, stored as the gazetteer's key.
            ("region", gazetteer.area_key("region", self.region.text().strip())),
            ("district", gazetteer.area_key("district", self.district.text().strip())),
            ("settlement", settlement),
            ("address", self.address.text().strip()),
        ):
            if text:
                out[key] = text
            else:
                out.pop(key, None)
        for key, edit in (("lat", self.lat), ("lon", self.lon)):
            text = edit.text().strip().replace(",", ".")
            if not text:
                out.pop(key, None)
                continue
            try:
                out[key] = float(text)
            except ValueError:
                out[key] = text  # validation names the problem
        precision = self.precision.term()
        if precision:
            out["precision"] = precision
        else:
            out.pop("precision", None)
        return {key: out[key] for key in _ordered(out)} or None

    def set_value(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        self._extra = {k: v for k, v in data.items() if k not in LOCATION_KEYS}
        settlement = str(data.get("settlement", "") or "")
        entry = load_gazetteer().find(settlement) if settlement else None
        if entry is not None:
            settlement = load_gazetteer().display_name(entry, current_language())
        self.settlement.setText(settlement)
        self.country.setText(str(data.get("country", "") or ""))
        self.region.setText(_area_text("region", data.get("region")))
        self.district.setText(_area_text("district", data.get("district")))
        self.address.setText(str(data.get("address", "") or ""))
        self.lat.setText(_number_text(data.get("lat")))
        self.lon.setText(_number_text(data.get("lon")))
        self.precision.set_term(data.get("precision"))

    # -- behaviour ---------------------------------------------------------------
    def _fill_from_gazetteer(self) -> None:
        entry = load_gazetteer().find(self.settlement.text())
        if entry is None:
            return
        place = entry.as_location()
        for key, edit in (
            ("country", self.country),
            ("region", self.region),
            ("district", self.district),
        ):
            if not edit.text().strip() and place.get(key):
                edit.setText(_area_text(key, place[key]))
        if self.precision.term() is None:
            self.precision.set_term("settlement")

    def _check_gazetteer(self) -> None:
        text = self.settlement.text().strip()
        unknown = bool(text) and load_gazetteer().find(text) is None
        self.gazetteer_note.setVisible(unknown)

    def retranslateUi(self) -> None:  # noqa: N802
        for key, label in self.labels.items():
            label.setText(QCoreApplication.translate("Field", LOCATION_LABELS[key]) + ":")
        self.gazetteer_note.setText(
            QCoreApplication.translate("Validation", messages.NOT_IN_GAZETTEER)
        )
        self.precision.populate()
        gazetteer = load_gazetteer()
        lang = current_language()
        names = sorted({gazetteer.display_name(entry, lang) for entry in gazetteer.entries})
        self.completer_model.setStringList(names)
        self.settlement.setPlaceholderText(self.tr("Village or town"))
        # Names already shown follow the new language (what is stored does not change).
        for key, edit in (("region", self.region), ("district", self.district)):
            text = edit.text().strip()
            if text:
                shown = _area_text(key, gazetteer.area_key(key, text))
                if shown != text:
                    edit.blockSignals(True)
                    edit.setText(shown)
                    edit.blockSignals(False)
        settlement = self.settlement.text().strip()
        entry = gazetteer.find(settlement) if settlement else None
        if entry is not None and gazetteer.display_name(entry, lang) != settlement:
            self.settlement.blockSignals(True)
            self.settlement.setText(gazetteer.display_name(entry, lang))
            self.settlement.blockSignals(False)


def _area_text(level: str, stored: Any) -> str:
    """A stored region or district (the gazetteer's key) in the interface's language."""
    if not isinstance(stored, str) or not stored:
        return ""
    return load_gazetteer().area_name(level, stored, current_language())


def _number_text(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return ""
    return str(value)


def _ordered(data: dict[str, Any]) -> list[str]:
    known = [key for key in LOCATION_KEYS if key in data]
    return known + [key for key in data if key not in LOCATION_KEYS]
