"""Editors for the small structured types: reported counts, livestock, money."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldreport.domain.schema import (
    COUNT_KEYS,
    COUNT_LABELS,
    COUNT_SOURCE_MAX_LENGTH,
    LIVESTOCK_LABELS,
)
from fieldreport.ui.widgets.field_editors import ChoiceCombo, FieldEditor, OptionalSpinBox


class CountsEditor(FieldEditor):
    """An incident's reported counts: one row per figure, a number and its source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._extra: dict[str, Any] = {}
        self._raw: dict[str, Any] = {}
        self.labels: dict[str, QLabel] = {}
        self.numbers: dict[str, OptionalSpinBox] = {}
        self.sources: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.number_heading = QLabel(self)
        self.source_heading = QLabel(self)
        grid.addWidget(self.number_heading, 0, 1)
        grid.addWidget(self.source_heading, 0, 2)
        for row, key in enumerate(COUNT_KEYS, start=1):
            label = QLabel(self)
            number = OptionalSpinBox(None, self)
            source = QLineEdit(self)
            source.setMaxLength(COUNT_SOURCE_MAX_LENGTH)
            label.setBuddy(number)
            number.valueChanged.connect(self.changed)
            source.textChanged.connect(self.changed)
            self.labels[key], self.numbers[key], self.sources[key] = label, number, source
            grid.addWidget(label, row, 0)
            grid.addWidget(number, row, 1)
            grid.addWidget(source, row, 2)
        grid.setColumnStretch(2, 1)
        self.setFocusProxy(self.numbers[COUNT_KEYS[0]])
        self.retranslateUi()

    def value(self) -> Any:
        out: dict[str, Any] = dict(self._extra)
        for key in COUNT_KEYS:
            item = dict(self._raw.get(key, {})) if isinstance(self._raw.get(key), dict) else {}
            number = self.numbers[key].number()
            source = self.sources[key].text().strip()
            if number is not None:
                item["value"] = number
            elif isinstance(item.get("value"), int):  # cleared; other values are kept
                item.pop("value", None)
            if source:
                item["source"] = source
            else:
                item.pop("source", None)
            if item:
                out[key] = item
        return out or None

    def set_value(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        self._extra = {k: v for k, v in data.items() if k not in COUNT_KEYS}
        self._raw = {k: v for k, v in data.items() if k in COUNT_KEYS}
        for key in COUNT_KEYS:
            item = data.get(key) if isinstance(data.get(key), dict) else {}
            self.numbers[key].set_number(item.get("value"))
            self.sources[key].setText(str(item.get("source", "") or ""))

    def retranslateUi(self) -> None:  # noqa: N802
        self.number_heading.setText(self.tr("Number"))
        self.source_heading.setText(self.tr("Source (who reported it)"))
        for key, label in self.labels.items():
            label.setText(QCoreApplication.translate("Field", COUNT_LABELS[key]))


class _LivestockRow(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.species = ChoiceCombo("livestock_species", self)
        self.count = OptionalSpinBox(None, self)
        self.fate = ChoiceCombo("livestock_fate", self)
        self.remove = QPushButton(self)
        self.remove.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.species, 2)
        layout.addWidget(self.count, 1)
        layout.addWidget(self.fate, 2)
        layout.addWidget(self.remove)
        self.extra: dict[str, Any] = {}

    def value(self) -> dict[str, Any]:
        out = dict(self.extra)
        for key, found in (
            ("species", self.species.term()),
            ("count", self.count.number()),
            ("fate", self.fate.term()),
        ):
            if found is None:
                out.pop(key, None)
            else:
                out[key] = found
        return out


class LivestockEditor(FieldEditor):
    """A list of ``{species, count, fate}`` rows with Add and Remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_LivestockRow] = []
        self.headings = QWidget(self)
        heading_layout = QHBoxLayout(self.headings)
        heading_layout.setContentsMargins(0, 0, 0, 0)
        self.heading_labels = {key: QLabel(self.headings) for key in ("species", "count", "fate")}
        heading_layout.addWidget(self.heading_labels["species"], 2)
        heading_layout.addWidget(self.heading_labels["count"], 1)
        heading_layout.addWidget(self.heading_labels["fate"], 2)
        self.spacer = QLabel(self.headings)
        heading_layout.addWidget(self.spacer)
        self.add_button = QPushButton(self)
        self.add_button.setAutoDefault(False)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headings)
        layout.addLayout(self.rows_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.setFocusProxy(self.add_button)
        self._update_headings()
        self.retranslateUi()

    def add_row(self, item: dict[str, Any] | None = None, focus: bool = False) -> _LivestockRow:
        row = _LivestockRow(self)
        item = item or {}
        row.extra = {k: v for k, v in item.items() if k not in ("species", "count", "fate")}
        row.species.set_term(item.get("species"))
        row.count.set_number(item.get("count"))
        row.fate.set_term(item.get("fate"))
        row.remove.setText(self.tr("Remove"))
        row.species.currentIndexChanged.connect(self.changed)
        row.count.valueChanged.connect(self.changed)
        row.fate.currentIndexChanged.connect(self.changed)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._update_headings()
        if focus:
            row.species.setFocus()
        self.changed.emit()
        return row

    def remove_row(self, row: _LivestockRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._update_headings()
        self.changed.emit()

    def value(self) -> Any:
        items = [row.value() for row in self.rows]
        items = [item for item in items if item]
        return items or None

    def set_value(self, value: Any) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for item in value if isinstance(value, list) else []:
            self.add_row(item if isinstance(item, dict) else {})

    def _update_headings(self) -> None:
        self.headings.setVisible(bool(self.rows))

    def retranslateUi(self) -> None:  # noqa: N802
        for key, label in self.heading_labels.items():
            label.setText(QCoreApplication.translate("Field", LIVESTOCK_LABELS[key]))
        self.add_button.setText(self.tr("&Add animals"))
        for row in self.rows:
            row.remove.setText(self.tr("Remove"))
            row.species.populate()
            row.fate.populate()
        self.spacer.setFixedWidth(self.rows[0].remove.sizeHint().width() if self.rows else 0)


class MoneyEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QLineEdit(self)
        validator = QDoubleValidator(0, 1e15, 2, self.amount)
        validator.setLocale(QLocale.c())
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.amount.setValidator(validator)
        self.amount.setMaximumWidth(180)
        self.currency = ChoiceCombo("currency", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.currency)
        layout.addStretch(1)
        self.amount.textChanged.connect(self.changed)
        self.currency.currentIndexChanged.connect(self.changed)
        self.setFocusProxy(self.amount)
        self._extra: dict[str, Any] = {}
        self.retranslateUi()

    def value(self) -> Any:
        out = dict(self._extra)
        text = self.amount.text().strip().replace(",", ".")
        if text:
            try:
                number = float(text)
                out["amount"] = int(number) if number.is_integer() else number
            except ValueError:
                out["amount"] = text
        currency = self.currency.term()
        if currency:
            out["currency"] = currency
        return out or None

    def set_value(self, value: Any) -> None:
        data = value if isinstance(value, dict) else {}
        self._extra = {k: v for k, v in data.items() if k not in ("amount", "currency")}
        amount = data.get("amount")
        self.amount.setText("" if amount is None or isinstance(amount, bool) else str(amount))
        self.currency.set_term(data.get("currency"))

    def retranslateUi(self) -> None:  # noqa: N802
        self.amount.setPlaceholderText(self.tr("Amount"))
        self.currency.populate()
