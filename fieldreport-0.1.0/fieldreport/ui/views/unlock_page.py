"""The locked state: a passphrase field and nothing else of the vault."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldreport.domain.languages import LANGUAGE_NAMES, LANGUAGES
from fieldreport.ui.widgets.common import BusyIndicator, centred_column, error_label, show_error
from fieldreport.ui.widgets.retranslate import RetranslateMixin


class UnlockPage(RetranslateMixin, QWidget):
    unlock_requested = Signal(str)
    language_chosen = Signal(str)
    recover_requested = Signal()  # "Forgot the passphrase? Recover with shares…"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._error_source: Callable[[], str] | None = None
        column = QWidget(self)
        self.title = QLabel(column)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.intro = QLabel(column)
        self.intro.setWordWrap(True)
        self.passphrase_label = QLabel(column)
        self.passphrase = QLineEdit(column)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton(column)
        self.unlock_button.setDefault(True)
        self.error = error_label(column)
        self.busy = BusyIndicator(column)
        self.recover_button = QPushButton(column)
        self.recover_button.setFlat(True)
        self.recover_button.setAutoDefault(False)
        self.recover_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.recover_button.setStyleSheet("QPushButton { color: #1a5fb4; text-align: left; }")
        self.language_label = QLabel(column)
        self.language = QComboBox(column)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language_label.setBuddy(self.language)

        entry = QHBoxLayout()
        entry.addWidget(self.passphrase, 1)
        entry.addWidget(self.unlock_button)
        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)

        layout = QVBoxLayout(column)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.passphrase_label)
        layout.addLayout(entry)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        recover_row = QHBoxLayout()
        recover_row.addWidget(self.recover_button)
        recover_row.addStretch(1)
        layout.addLayout(recover_row)
        layout.addSpacing(16)
        layout.addLayout(language_row)
        centred_column(self, column, 560)

        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.recover_button.clicked.connect(self.recover_requested)
        self.passphrase.textEdited.connect(lambda _: show_error(self.error, ""))
        self.language.currentIndexChanged.connect(
            lambda _: self.language_chosen.emit(self.language.currentData())
        )
        self.setFocusProxy(self.passphrase)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's naming
        self.title.setText(self.tr("FieldReport is locked"))
        self.intro.setText(self.tr("Enter your passphrase to open the records."))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.busy.set_text(self.tr("Unlocking…"))
        self.recover_button.setText(self.tr("Forgot the passphrase? Recover with &shares…"))
        self.language_label.setText(self.tr("&Language:"))
        if self._error_source is not None and self.error.isVisible():
            show_error(self.error, self._error_source())  # the message in the new language

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.recover_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self._error_source = None
        show_error(self.error, text)

    def reset(self) -> None:
        self.passphrase.clear()
        self.show_error("")
        self.set_busy(False)

    def failed(self, text: str, source: Callable[[], str] | None = None) -> None:
        """Show why unlocking failed; ``source`` remakes the text after a language switch."""
        self.set_busy(False)
        self.passphrase.clear()
        self.show_error(text)
        self._error_source = source
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        if self.unlock_button.isEnabled() and self.passphrase.text():
            self.unlock_requested.emit(self.passphrase.text())
