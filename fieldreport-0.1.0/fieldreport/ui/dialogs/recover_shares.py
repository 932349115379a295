"""*Forgot the passphrase? Recover with shares…* at the unlock page.

The words of each share are typed or pasted (an empty line between shares),
or added from share files; then a new passphrase, typed twice.
:mod:`fieldreport.ui.recovery_actions` runs the recovery and shows a refusal
here, in the person's language, without closing the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldreport import recovery
from fieldreport.core import check_new_passphrase
from fieldreport.errors import FieldReportError, WeakPassphrase
from fieldreport.recovery_shares import ShareText
from fieldreport.ui import file_dialogs
from fieldreport.ui.messages import error_text
from fieldreport.ui.widgets.common import BusyIndicator, error_label, show_error
from fieldreport.ui.widgets.retranslate import RetranslateMixin


class RecoverDialog(RetranslateMixin, QDialog):
    """Checks the new passphrase itself; the shares are checked by the core when run."""

    recover_requested = Signal()  # the dialog stays open until the window closes it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.words_label = QLabel(self)
        self.words = QPlainTextEdit(self)
        self.words.setTabChangesFocus(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.words.setFont(mono)
        self.words_label.setBuddy(self.words)
        self.add_files = QPushButton(self)
        self.add_files.setAutoDefault(False)
        self.add_files.clicked.connect(self._add_files)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_label = QLabel(self)
        self.first_label.setBuddy(self.first)
        self.second_label = QLabel(self)
        self.second_label.setBuddy(self.second)
        self.busy = BusyIndicator(self)
        self.problem = error_label(self)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        words_row = QHBoxLayout()
        words_row.addWidget(self.words_label, 1)
        words_row.addWidget(self.add_files)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(words_row)
        layout.addWidget(self.words, 1)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumSize(680, 520)
        self._ready: tuple[list[ShareText], str] | None = None
        self.retranslateUi()

    def shares(self) -> list[ShareText]:
        """One share per block of lines (an empty line between shares)."""
        blocks, current = [], []
        for line in self.words.toPlainText().splitlines():
            if line.strip():
                current.append(line)
            elif current:
                blocks.append(current)
                current = []
        if current:
            blocks.append(current)
        return [
            ShareText(self.tr("share {n}").format(n=n), "\n".join(block))
            for n, block in enumerate(blocks, start=1)
        ]

    def passphrase(self) -> str:
        return self.first.text()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.words, self.add_files, self.first, self.second, self.ok):
            widget.setEnabled(not busy)

    def failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        show_error(self.problem, error_text(exc))

    def _add_files(self) -> None:
        paths = file_dialogs.open_files(self, self.tr("Share files"))
        if not paths:
            return
        try:
            given = recovery.read_share_files([str(p) for p in paths])
        except FieldReportError as exc:
            show_error(self.problem, error_text(exc))
            return
        text = self.words.toPlainText().rstrip()
        for share in given:
            words = [w for w in share.text.splitlines() if w.strip() and not w.startswith("#")]
            text += ("\n\n" if text else "") + "\n".join(words)
        self.words.setPlainText(text + "\n")
        show_error(self.problem, "")

    def accept(self) -> None:
        """Asks the window to recover (``recover_requested``); it closes this once it worked."""
        try:
            check_new_passphrase(self.first.text(), self.second.text())
        except WeakPassphrase as exc:
            show_error(self.problem, error_text(exc))
            return
        show_error(self.problem, "")
        self.set_busy(True)
        self.recover_requested.emit()

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Recover with shares"))
        self.explanation.setText(
            self.tr(
                "Type or paste the words of each share, with an empty line between shares, "
                "or add the share files. Enough shares open the vault; then choose a new "
                "passphrase."
            )
        )
        self.words_label.setText(self.tr("The shares' &words:"))
        self.add_files.setText(self.tr("&Add share files…"))
        self.first_label.setText(self.tr("&New passphrase:"))
        self.second_label.setText(self.tr("&Repeat it:"))
        self.busy.set_text(self.tr("Opening the vault…"))
        self.ok.setText(self.tr("Rec&over"))
        self.cancel.setText(self.tr("&Cancel"))
