"""Open the central store (passphrase) or create it (organisation name, passphrase twice)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldreport.ui.widgets.common import BusyIndicator, centred_column, error_label, show_error
from fieldreport.ui.widgets.retranslate import RetranslateMixin


class OpenStorePage(RetranslateMixin, QWidget):
    open_requested = Signal(str)  # passphrase
    create_requested = Signal(str, str, str)  # organisation name, passphrase, confirmation
    folder_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = Path()
        self.creating = False
        column = QWidget(self)
        self.title = QLabel(column)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.intro = QLabel(column)
        self.intro.setWordWrap(True)
        self.location = QLabel(column)
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(column)
        self.org_name = QLineEdit(column)
        self.org_name.setMaxLength(200)
        self.passphrase = QLineEdit(column)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation = QLineEdit(column)
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.org_label = QLabel(column)
        self.passphrase_label = QLabel(column)
        self.confirmation_label = QLabel(column)
        self.org_label.setBuddy(self.org_name)
        self.passphrase_label.setBuddy(self.passphrase)
        self.confirmation_label.setBuddy(self.confirmation)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.org_label, self.org_name)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow(self.confirmation_label, self.confirmation)
        self.submit_button = QPushButton(column)
        self.submit_button.setDefault(True)
        self.error = error_label(column)
        self.busy = BusyIndicator(column)

        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(self.folder_button)
        layout = QVBoxLayout(column)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(where)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)
        centred_column(self, column, 620)

        self.submit_button.clicked.connect(self._submit)
        self.org_name.returnPressed.connect(self.passphrase.setFocus)
        self.passphrase.returnPressed.connect(self._enter_passphrase)
        self.confirmation.returnPressed.connect(self._submit)
        self.folder_button.clicked.connect(self.folder_requested)
        self.passphrase.textEdited.connect(lambda _: show_error(self.error, ""))
        self.retranslateUi()

    def set_mode(self, folder: Path, creating: bool) -> None:
        self.folder = folder
        self.creating = creating
        for widget in (self.org_label, self.org_name, self.confirmation_label, self.confirmation):
            widget.setVisible(creating)
        self.reset()
        self.retranslateUi()

    def reset(self) -> None:
        for field in (self.org_name, self.passphrase, self.confirmation):
            field.clear()
        self.set_busy(False)
        show_error(self.error, "")
        (self.org_name if self.creating else self.passphrase).setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.org_name, self.passphrase, self.confirmation, self.submit_button):
            widget.setEnabled(not busy)
        self.folder_button.setEnabled(not busy)

    def failed(self, text: str) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.confirmation.clear()
        show_error(self.error, text)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _enter_passphrase(self) -> None:
        if self.creating:
            self.confirmation.setFocus()
        else:
            self._submit()

    def _submit(self) -> None:
        if not self.submit_button.isEnabled() or not self.passphrase.text():
            return
        if self.creating:
            self.create_requested.emit(
                self.org_name.text(), self.passphrase.text(), self.confirmation.text()
            )
        else:
            self.open_requested.emit(self.passphrase.text())

    def retranslateUi(self) -> None:  # noqa: N802
        if self.creating:
            self.title.setText(self.tr("Create the organisation's central store"))
            self.intro.setText(
                self.tr(
                    "The central store keeps the organisation's keys and everything the devices "
                    "send, encrypted. Without its passphrase nobody can open it."
                )
            )
            self.submit_button.setText(self.tr("&Create the store"))
            self.busy.set_text(self.tr("Creating the keys and the encrypted store…"))
        else:
            self.title.setText(self.tr("The central store is locked"))
            self.intro.setText(self.tr("Enter the passphrase of the central store."))
            self.submit_button.setText(self.tr("&Open"))
            self.busy.set_text(self.tr("Opening…"))
        self.location.setText(self.tr("Folder: {folder}").format(folder=str(self.folder)))
        self.folder_button.setText(self.tr("Another &folder…"))
        self.org_label.setText(self.tr("&Organisation name:"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.confirmation_label.setText(self.tr("&Repeat passphrase:"))
