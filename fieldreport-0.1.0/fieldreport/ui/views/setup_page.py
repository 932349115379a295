"""First run: choose a language and a passphrase, then create the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
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
from fieldreport.ui.widgets.strength_bar import StrengthBar


class SetupPage(RetranslateMixin, QWidget):
    create_requested = Signal(str, str)  # passphrase, confirmation
    restore_requested = Signal()  # "Restore from a backup…"
    language_chosen = Signal(str)

    def __init__(self, vault_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_folder = vault_folder
        column = QWidget(self)
        self.title = QLabel(column)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.intro = QLabel(column)
        self.intro.setWordWrap(True)

        self.language = QComboBox(column)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.passphrase = QLineEdit(column)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation = QLineEdit(column)
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_text = QCheckBox(column)
        self.strength = StrengthBar(column)
        self.location = QLabel(column)
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label(column)
        self.busy = BusyIndicator(column)
        self.create_button = QPushButton(column)
        self.create_button.setDefault(True)
        self.create_button.setAutoDefault(True)
        self.restore_button = QPushButton(column)
        self.restore_button.setFlat(True)
        self.restore_button.setAutoDefault(False)
        self.restore_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.restore_button.setStyleSheet("QPushButton { color: #1a5fb4; text-align: left; }")

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language_label = QLabel(column)
        self.passphrase_label = QLabel(column)
        self.confirmation_label = QLabel(column)
        self.language_label.setBuddy(self.language)
        self.passphrase_label.setBuddy(self.passphrase)
        self.confirmation_label.setBuddy(self.confirmation)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow(self.confirmation_label, self.confirmation)
        self.form.addRow("", self.show_text)
        self.form.addRow("", self.strength)

        layout = QVBoxLayout(column)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.location)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        centred_column(self, column, 620)

        self.passphrase.textChanged.connect(self.strength.update_for)
        # An error ("Passphrases do not match") goes as soon as either field is changed.
        for edit in (self.passphrase, self.confirmation):
            edit.textChanged.connect(lambda _: show_error(self.error, ""))
        self.show_text.toggled.connect(self._toggle_echo)
        self.create_button.clicked.connect(self._submit)
        self.restore_button.clicked.connect(self.restore_requested)
        self.passphrase.returnPressed.connect(self.confirmation.setFocus)
        self.confirmation.returnPressed.connect(self._submit)
        self.language.currentIndexChanged.connect(
            lambda _: self.language_chosen.emit(self.language.currentData())
        )
        self.setTabOrder(self.language, self.passphrase)
        self.setTabOrder(self.passphrase, self.confirmation)
        self.setTabOrder(self.confirmation, self.show_text)
        self.setTabOrder(self.show_text, self.create_button)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's naming
        self.title.setText(self.tr("Welcome to FieldReport"))
        self.intro.setText(
            self.tr(
                "Everything you record is kept encrypted on this computer. Choose a "
                "passphrase of several words that you can remember: without it nobody, "
                "not even you, can open the records."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.confirmation_label.setText(self.tr("&Repeat passphrase:"))
        self.show_text.setText(self.tr("&Show the passphrase"))
        self.location.setText(
            self.tr("The encrypted vault will be kept in: {folder}").format(
                folder=str(self.vault_folder)
            )
        )
        self.create_button.setText(self.tr("&Create vault"))
        self.restore_button.setText(self.tr("Or restore from a &backup…"))
        self.busy.set_text(self.tr("Creating the encrypted vault. This takes a few seconds…"))
        self.strength.retranslateUi()

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (
            self.passphrase,
            self.confirmation,
            self.create_button,
            self.language,
            self.restore_button,
        ):
            widget.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        show_error(self.error, text)

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()
        self.show_error("")

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirmation.setEchoMode(mode)

    def _submit(self) -> None:
        if self.create_button.isEnabled():
            self.create_requested.emit(self.passphrase.text(), self.confirmation.text())
