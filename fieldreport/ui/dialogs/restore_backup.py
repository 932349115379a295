"""*Restore from a backup…* on the first-start page, and *Restore over this vault…* on the
Sync page: the backup passphrase, then a wait.

Says first, in words, what happens: the backup becomes this laptop's vault in
the app's vault folder (nothing else there is replaced: a folder holding other
files is refused), and it opens with the vault passphrase in use when the
backup was made. Over a vault (``replacing``), the backup is only opened and
checked here; what would be lost is asked next. :mod:`fieldreport.ui.restore_actions`
runs it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldreport.ui.messages import error_text
from fieldreport.ui.widgets.common import BusyIndicator, error_label, show_error
from fieldreport.ui.widgets.retranslate import RetranslateMixin


class RestoreBackupDialog(RetranslateMixin, QDialog):
    restore_requested = Signal()  # stays open (busy) until the window closes it

    def __init__(
        self, backup: Path, folder: Path, parent: QWidget | None = None, replacing: bool = False
    ) -> None:
        super().__init__(parent)
        self.backup, self.folder, self.replacing = backup, folder, replacing
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel(self)
        self.passphrase_label.setBuddy(self.passphrase)
        self.busy = BusyIndicator(self)
        self.problem = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.retranslateUi()

    def accept(self) -> None:
        if not self.passphrase.text():
            show_error(self.problem, self.tr("Type the backup passphrase."))
            return
        show_error(self.problem, "")
        self.set_busy(True)
        self.restore_requested.emit()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.ok, self.cancel):
            widget.setEnabled(not busy)
        self.adjustSize()  # the busy bar's line: the explanation keeps its height

    def failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.passphrase.selectAll()
        show_error(self.problem, error_text(exc))

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Restore from a backup"))
        if self.replacing:
            text = self.tr(
                "The backup {file} is to replace this vault, in {folder}. Type the backup's "
                "own passphrase: the backup is opened and checked first, and nothing changes "
                "until you have seen what would be lost and confirmed."
            )
        else:
            text = self.tr(
                "The backup {file} becomes this laptop's vault, in {folder}. Nothing else "
                "is replaced: if that folder holds other files, nothing is restored. The "
                "restored vault opens with the vault passphrase in use when the backup was "
                "made. Type the backup's own passphrase to open it."
            )
        self.explanation.setText(text.format(file=self.backup.name, folder=self.folder))
        self.passphrase_label.setText(self.tr("Backup &passphrase:"))
        self.busy.set_text(self.tr("Decrypting and checking the backup…"))
        self.ok.setText(self.tr("&Open the backup") if self.replacing else self.tr("&Restore"))
        self.cancel.setText(self.tr("&Cancel"))
