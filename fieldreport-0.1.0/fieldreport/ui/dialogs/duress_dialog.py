"""*Settings → Duress passphrase…*: set, replace or remove it (docs/coercion.md).

Asks the vault's passphrase, the duress passphrase twice, and whether using it
erases the real vault first. The work (two Argon2id derivations) runs on the
thread pool. Opened with the duress passphrase, the dialog says none is set,
as in a vault without one, and setting one there fails as a wrong passphrase.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldreport import duress
from fieldreport.ui.geometry import fit_height
from fieldreport.ui.messages import error_text
from fieldreport.ui.widgets.common import BusyIndicator, error_label, show_error
from fieldreport.ui.widgets.retranslate import RetranslateMixin
from fieldreport.ui.widgets.strength_bar import StrengthBar
from fieldreport.ui.workers import run_task

WARNING_STYLE = "color: #b00020;"


class DuressDialog(RetranslateMixin, QDialog):
    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session = session
        self.state = duress.state(session)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.current = QLineEdit(self)
        self.duress = QLineEdit(self)
        self.confirmation = QLineEdit(self)
        for edit in (self.current, self.duress, self.confirmation):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_label = QLabel(self)
        self.current_label.setBuddy(self.current)
        self.duress_label = QLabel(self)
        self.duress_label.setBuddy(self.duress)
        self.confirmation_label = QLabel(self)
        self.confirmation_label.setBuddy(self.confirmation)
        self.strength = StrengthBar(self)
        self.erase_real = QCheckBox(self)
        self.erase_note = QLabel(self)
        self.erase_note.setWordWrap(True)
        self.erase_note.setStyleSheet(WARNING_STYLE)
        self.busy = BusyIndicator(self)
        self.problem = error_label(self)
        self.done_label = QLabel(self)
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet("color: #2b8a3e;")
        self.done_label.setVisible(False)
        self._done_text = ""
        self.buttons = QDialogButtonBox(self)
        self.set_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ApplyRole)
        self.remove_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.set_button, self.remove_button, self.close_button):
            button.setAutoDefault(False)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.current_label, self.current)
        form.addRow(self.duress_label, self.duress)
        form.addRow(self.confirmation_label, self.confirmation)
        form.addRow("", self.strength)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(self.erase_real)
        layout.addWidget(self.erase_note)
        layout.addWidget(self.busy)
        layout.addWidget(self.problem)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.duress.textChanged.connect(self.strength.update_for)
        for edit in (self.current, self.duress, self.confirmation):
            edit.textChanged.connect(lambda _: show_error(self.problem, ""))
        self.erase_real.toggled.connect(self._show_erase_note)
        self.set_button.clicked.connect(self.set_duress)
        self.remove_button.clicked.connect(self.remove_duress)
        self.close_button.clicked.connect(self.reject)
        self.setMinimumWidth(560)
        self.erase_real.setChecked(self.state.erases_real)
        self._show_erase_note(self.state.erases_real)
        self.retranslateUi()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        fit_height(self)

    def _show_erase_note(self, checked: bool) -> None:
        self.erase_note.setVisible(checked)
        if self.isVisible():
            fit_height(self)

    # -- actions -----------------------------------------------------------------------
    def set_duress(self) -> None:
        if not self.set_button.isEnabled():
            return
        self._start(
            duress.set_passphrase,
            self.session,
            self.current.text(),
            self.duress.text(),
            self.confirmation.text(),
            erase_real=self.erase_real.isChecked(),
        )

    def remove_duress(self) -> None:
        if not self.remove_button.isEnabled():
            return
        self._start(duress.clear, self.session, self.current.text())

    def _start(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        show_error(self.problem, "")
        self.done_label.setVisible(False)
        self._set_busy(True)
        run_task(
            fn,
            *args,
            on_success=lambda _result: self._finished(),
            on_error=self._failed,
            uses_session=self.session,
            **kwargs,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (
            self.current,
            self.duress,
            self.confirmation,
            self.erase_real,
            self.set_button,
        ):
            widget.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and self.state.set)

    def _finished(self) -> None:
        if not shiboken6.isValid(self):  # closed (or locked) meanwhile
            return
        self.state = duress.state(self.session)
        self._set_busy(False)
        for edit in (self.current, self.duress, self.confirmation):
            edit.clear()
        self._done_text = "set" if self.state.set else "removed"
        self.done_label.setVisible(True)
        self.retranslateUi()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        show_error(self.problem, error_text(exc))

    # -- texts ---------------------------------------------------------------------------
    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Duress passphrase"))
        self.explanation.setText(
            self.tr(
                "A duress passphrase opens a second vault, the decoy, instead of this one. "
                "Open it with the duress passphrase and fill it with harmless records, so "
                "that it looks used. Nothing on this laptop's disk shows whether a duress "
                "passphrase is set."
            )
        )
        if not self.state.set:
            self.status.setText(self.tr("No duress passphrase is set."))
        elif self.state.erases_real:
            self.status.setText(
                self.tr("A duress passphrase is set. Using it erases this vault first.")
            )
        else:
            self.status.setText(self.tr("A duress passphrase is set. It opens the decoy."))
        self.current_label.setText(self.tr("This vault's &passphrase:"))
        self.duress_label.setText(self.tr("&Duress passphrase:"))
        self.confirmation_label.setText(self.tr("&Repeat the duress passphrase:"))
        self.erase_real.setText(self.tr("&Erase the real vault when the duress passphrase is used"))
        self.erase_note.setText(
            self.tr(
                "Then typing the duress passphrase destroys this vault's key at once, "
                "without asking: what the organisation has not confirmed is lost for good."
            )
        )
        self.busy.set_text(self.tr("Working on the key slots…"))
        self.set_button.setText(self.tr("Rep&lace it") if self.state.set else self.tr("&Set it"))
        self.remove_button.setText(self.tr("Re&move it"))
        self.close_button.setText(self.tr("&Close"))
        self.remove_button.setEnabled(self.state.set and self.set_button.isEnabled())
        if self._done_text == "set":
            self.done_label.setText(self.tr("The duress passphrase was set."))
        elif self._done_text == "removed":
            self.done_label.setText(self.tr("The duress passphrase was removed."))
        if self.isVisible():
            fit_height(self)
