"""*Settings → Recovery shares…*: how many shares, how many open the vault, and where.

The warning that share files are secret is part of the dialog, above the
button; :mod:`fieldreport.ui.recovery_actions` writes them (docs/coercion.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldreport.recovery_shares import MAX_SHARES
from fieldreport.ui import file_dialogs
from fieldreport.ui.widgets.common import error_label, show_error
from fieldreport.ui.widgets.retranslate import RetranslateMixin


class RecoverySplitDialog(RetranslateMixin, QDialog):
    """Accepted with 2 ≤ threshold ≤ shares and a folder chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.shares = QSpinBox(self)
        self.shares.setRange(2, MAX_SHARES)
        self.shares.setValue(5)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(2, 5)
        self.threshold.setValue(3)
        self.shares.valueChanged.connect(lambda n: self.threshold.setMaximum(n))
        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.choose = QPushButton(self)
        self.choose.setAutoDefault(False)
        self.choose.clicked.connect(self._choose)
        self.shares_label = QLabel(self)
        self.shares_label.setBuddy(self.shares)
        self.threshold_label = QLabel(self)
        self.threshold_label.setBuddy(self.threshold)
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.choose)
        self.secret = QLabel(self)
        self.secret.setWordWrap(True)
        self.secret.setStyleSheet("color: #a00000; font-weight: bold;")
        self.problem = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.shares_label, self.shares)
        form.addRow(self.threshold_label, self.threshold)
        form.addRow(self.folder_label, folder_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.secret)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.retranslateUi()

    def chosen_folder(self) -> Path | None:
        return Path(self.folder.text()) if self.folder.text() else None

    def _choose(self) -> None:
        folder = file_dialogs.open_folder(self, self.tr("Folder for the share files"))
        if folder is not None:
            self.folder.setText(str(folder))
            show_error(self.problem, "")

    def accept(self) -> None:
        if self.chosen_folder() is None:
            show_error(self.problem, self.tr("Choose a folder for the share files."))
            return
        super().accept()

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Recovery shares"))
        self.explanation.setText(
            self.tr(
                "If the passphrase is forgotten, enough recovery shares open the vault and "
                "set a new one. Each share is a list of 20 words, saved as a text file and "
                "as a sheet to print. Fewer shares than the number needed reveal nothing. "
                "Making new shares retires the old ones."
            )
        )
        self.shares_label.setText(self.tr("&Shares to make:"))
        self.threshold_label.setText(self.tr("Shares &needed to open:"))
        self.folder_label.setText(self.tr("&Folder:"))
        self.choose.setText(self.tr("C&hoose…"))
        self.secret.setText(
            self.tr(
                "The share files are secret: whoever holds enough of them can open the "
                "vault. Print them, give each to a different trusted person or place, never "
                "keep them with the laptop, then delete the files."
            )
        )
        self.ok.setText(self.tr("&Make shares"))
        self.cancel.setText(self.tr("&Cancel"))
