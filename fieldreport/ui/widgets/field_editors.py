"""One editor widget per simple field type of the schema.

Every editor has ``value()`` (the JSON value, or ``None`` when empty),
``set_value(value)``, a ``changed`` signal and ``retranslateUi()``. Values the
editor does not understand are kept as they are, so opening and saving a
record never loses data.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from fieldreport.domain.vocabularies import load_vocabularies
from fieldreport.ui.i18n import current_language
from fieldreport.ui.widgets.column_flow import ColumnFlowLayout
from fieldreport.ui.widgets.common import HELP_STYLE
from fieldreport.ui.widgets.retranslate import RetranslateMixin

NO_VALUE = "—"


class FieldEditor(RetranslateMixin, QWidget):
    changed = Signal()

    def value(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's naming
        pass

    def focus_widget(self) -> QWidget:
        return self


def _row(widget: QWidget, *more: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget, 1)
    for extra in more:
        layout.addWidget(extra)
    return layout


class TextEditor(FieldEditor):
    def __init__(self, max_length: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        if max_length:
            self.edit.setMaxLength(max_length)
        self.setLayout(_row(self.edit))
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class LongTextEditor(FieldEditor):
    def __init__(self, max_length: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(80)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setLayout(_row(self.edit))
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))


class ChoiceCombo(QComboBox):
    """A vocabulary as a combo box: an empty first entry, then translated term labels."""

    def __init__(self, vocabulary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self._extra: str | None = None  # a stored value not in the vocabulary
        self.populate()

    def populate(self) -> None:
        current = self.term()
        self.blockSignals(True)
        self.clear()
        self.addItem(NO_VALUE, None)
        vocabularies = load_vocabularies()
        if vocabularies.has(self.vocabulary):
            for term, label in vocabularies.choices(self.vocabulary, current_language()):
                self.addItem(label, term)
        if self._extra is not None and self.findData(self._extra) < 0:
            self.addItem(self._extra, self._extra)
        self.blockSignals(False)
        self.set_term(current)

    def term(self) -> str | None:
        return self.currentData()

    def set_term(self, term: Any) -> None:
        if term is not None and self.findData(term) < 0:
            self._extra = str(term)
            self.addItem(str(term), term)
        index = self.findData(term) if term is not None else 0
        self.setCurrentIndex(max(index, 0))


class ChoiceEditor(FieldEditor):
    def __init__(self, vocabulary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = ChoiceCombo(vocabulary, self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.definition = QLabel(self)
        self.definition.setWordWrap(True)
        self.definition.setStyleSheet(HELP_STYLE)
        self.definition.setVisible(False)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 0, 0)
        layout.setColumnStretch(1, 1)
        layout.addWidget(self.definition, 1, 0, 1, 2)
        self.combo.currentIndexChanged.connect(self._update_definition)
        self.combo.currentIndexChanged.connect(self.changed)
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        return self.combo.term()

    def set_value(self, value: Any) -> None:
        self.combo.set_term(value)

    def retranslateUi(self) -> None:  # noqa: N802
        self.combo.blockSignals(True)
        self.combo.populate()
        self.combo.blockSignals(False)
        self._update_definition()

    def _update_definition(self) -> None:
        term = self.combo.term()
        text = ""
        if term is not None:
            text = load_vocabularies().definition(self.combo.vocabulary, term, current_language())
        self.definition.setText(text)
        self.definition.setVisible(bool(text))


class DefinitionsEditor(ChoiceEditor):
    """A choice whose terms have definitions (damage level): all of them are listed."""

    def __init__(self, vocabulary: str, parent: QWidget | None = None) -> None:
        super().__init__(vocabulary, parent)
        self.all_definitions = QLabel(self)
        self.all_definitions.setWordWrap(True)
        self.all_definitions.setTextFormat(Qt.TextFormat.RichText)
        self.layout().addWidget(self.all_definitions, 2, 0, 1, 2)
        self.definition.setVisible(False)
        self.retranslateUi()

    def _update_definition(self) -> None:
        self.definition.setVisible(False)

    def retranslateUi(self) -> None:  # noqa: N802
        super().retranslateUi()
        vocabularies = load_vocabularies()
        lang = current_language()
        lines = []
        if vocabularies.has(self.combo.vocabulary):
            for term, label in vocabularies.choices(self.combo.vocabulary, lang):
                definition = vocabularies.definition(self.combo.vocabulary, term, lang)
                lines.append(f"<b>{_escape(label)}</b>: {_escape(definition)}")
        if hasattr(self, "all_definitions"):
            self.all_definitions.setText("<br>".join(lines))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MultiChoiceEditor(FieldEditor):
    """A vocabulary as check boxes in columns (keyboard: Tab and Space).

    As many columns (up to :attr:`COLUMNS`, or one row of up to four) as the
    width allows: long Russian or Kyrgyz labels take fewer, never a scroll bar.
    """

    COLUMNS = 3

    def __init__(self, vocabulary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        self.boxes: dict[str, QCheckBox] = {}
        self._given: list[Any] = []  # the value set, in its order (with unknown terms)
        vocabularies = load_vocabularies()
        terms = vocabularies.terms(vocabulary) if vocabularies.has(vocabulary) else []
        columns = self.COLUMNS if len(terms) > 4 else max(len(terms), 1)
        layout = ColumnFlowLayout(self, max_columns=columns)
        layout.setContentsMargins(0, 0, 0, 0)
        for term in terms:
            box = QCheckBox(self)
            box.toggled.connect(self.changed)
            self.boxes[term] = box
            layout.addWidget(box)
        if self.boxes:
            self.setFocusProxy(next(iter(self.boxes.values())))
        self.retranslateUi()

    def value(self) -> Any:
        """The terms as given (their order kept: saving an unchanged form changes
        nothing), then those newly ticked in the vocabulary's order."""
        checked = [term for term, box in self.boxes.items() if box.isChecked()]
        kept = [t for t in self._given if t in checked or t not in self.boxes]
        chosen = list(dict.fromkeys(kept)) + [t for t in checked if t not in kept]
        return chosen or None

    def set_value(self, value: Any) -> None:
        items = value if isinstance(value, list) else []
        self._given = list(items)
        for term, box in self.boxes.items():
            box.setChecked(term in items)

    def retranslateUi(self) -> None:  # noqa: N802
        vocabularies = load_vocabularies()
        lang = current_language()
        for term, box in self.boxes.items():
            box.setText(vocabularies.label(self.vocabulary, term, lang))


_PARTIAL_DATE = QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$")


class DateEditor(FieldEditor):
    """A partial date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    The format is explained once, in the help line under the field
    (:data:`fieldreport.ui.widgets.record_fields.DATE_FORMAT_HELP`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setValidator(QRegularExpressionValidator(_PARTIAL_DATE, self.edit))
        self.edit.setMaxLength(10)
        self.edit.setMaximumWidth(140)
        self.today = QPushButton(self)
        self.today.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.today)
        layout.addStretch(1)
        self.edit.textChanged.connect(self.changed)
        self.today.clicked.connect(lambda: self.edit.setText(dt.date.today().isoformat()))
        self.setFocusProxy(self.edit)
        self.retranslateUi()

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def retranslateUi(self) -> None:  # noqa: N802
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.today.setText(self.tr("Today"))


class BoolEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.setLayout(_row(self.box))
        self.box.toggled.connect(self.changed)
        self.box.toggled.connect(self._touched)
        self.setFocusProxy(self.box)
        self._unset = True
        self.retranslateUi()

    def value(self) -> Any:
        if self.box.isChecked():
            return True
        return None if self._unset else False

    def set_value(self, value: Any) -> None:
        self._unset = value is None
        self.box.blockSignals(True)
        self.box.setChecked(value is True)
        self.box.blockSignals(False)

    def _touched(self) -> None:
        self._unset = False

    def retranslateUi(self) -> None:  # noqa: N802
        self.box.setText(self.tr("Yes"))


class OptionalSpinBox(QSpinBox):
    """A whole number ≥ 0, or nothing (shown as a dash)."""

    def __init__(self, maximum: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, maximum if maximum is not None else 10_000_000)
        self.setSpecialValueText(NO_VALUE)
        self.setValue(-1)
        self.setMinimumWidth(90)

    def number(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def set_number(self, value: Any) -> None:
        self.setValue(value if isinstance(value, int) and not isinstance(value, bool) else -1)


class IntEditor(FieldEditor):
    def __init__(self, maximum: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = OptionalSpinBox(maximum, self)
        layout = _row(self.spin)
        layout.addStretch(1)
        layout.setStretch(0, 0)
        self.setLayout(layout)
        self.spin.valueChanged.connect(self.changed)
        self.setFocusProxy(self.spin)

    def value(self) -> Any:
        return self.spin.number()

    def set_value(self, value: Any) -> None:
        self.spin.set_number(value)


class TagListEditor(FieldEditor):
    """Free tags, separated by commas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.setLayout(_row(self.edit))
        self.edit.textChanged.connect(self.changed)
        self.setFocusProxy(self.edit)
        self.retranslateUi()

    def value(self) -> Any:
        tags = [tag.strip() for tag in self.edit.text().split(",")]
        unique = list(dict.fromkeys(tag for tag in tags if tag))
        return unique or None

    def set_value(self, value: Any) -> None:
        items = value if isinstance(value, list) else []
        self.edit.setText(", ".join(str(item) for item in items))

    def retranslateUi(self) -> None:  # noqa: N802
        self.edit.setPlaceholderText(self.tr("Separate tags with commas"))
