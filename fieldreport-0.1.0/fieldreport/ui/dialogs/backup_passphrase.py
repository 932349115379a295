"""*Sync → Back up the vault…*: the backup passphrase, typed twice (see docs/coercion.md)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldreport.core import check_new_passphrase
from fieldreport.errors import WeakPassphrase
from fieldreport.ui.widgets.retranslate import RetranslateMixin


class BackupPassphraseDialog(RetranslateMixin, QDialog):
    """Accepted only with a passphrase of at least 10 characters typed the same twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_label = QLabel(self)
        self.first_label.setBuddy(self.first)
        self.second_label = QLabel(self)
        self.second_label.setBuddy(self.second)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000;")
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslateUi()

    def passphrase(self) -> str:
        return self.first.text()

    def accept(self) -> None:
        try:
            check_new_passphrase(self.first.text(), self.second.text())
        except WeakPassphrase:
            self.problem.setText(self.tr("At least 10 characters, typed the same in both fields."))
            self.first.setFocus()
            return
        super().accept()

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Back up the vault"))
        self.explanation.setText(
            self.tr(
                "The backup holds the whole vault, encrypted. Choose a passphrase for it: "
                "it opens the backup (and, once this device has joined, so does the "
                "organisation). The restored vault opens with this vault's passphrase."
            )
        )
        self.first_label.setText(self.tr("Backup &passphrase:"))
        self.second_label.setText(self.tr("&Repeat it:"))
        self.ok.setText(self.tr("&Back up"))
        self.cancel.setText(self.tr("&Cancel"))
