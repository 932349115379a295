"""The Settings dialog's *Key escrow* group, shown only while escrow is agreed.

*Withdraw key escrow…* asks first (default *No*), saying that backups made
before still carry the key; then backups made from then on carry none
(``Session.withdraw_escrow``, the same call as ``fieldreport-cli escrow withdraw``).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from fieldreport.ui.messages import error_text
from fieldreport.ui.widgets.common import error_label, show_error
from fieldreport.ui.widgets.retranslate import RetranslateMixin
from fieldreport.ui.workers import run_task


class EscrowBox(RetranslateMixin, QGroupBox):
    def __init__(self, session: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.org = session.organisation_name or ""
        self.withdrawn = False
        self.question: QMessageBox | None = None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.setAutoDefault(False)
        self.problem = error_label(self)
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addWidget(self.problem)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        column.addLayout(row)
        self.withdraw_button.clicked.connect(self.ask_to_withdraw)
        self.setVisible(bool(session.escrow_agreed))
        self.retranslateUi()

    def ask_to_withdraw(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Withdraw key escrow"))
        box.setText(self.tr("Stop giving {org} a key to your backups?").format(org=self.org))
        box.setInformativeText(
            self.tr(
                "Backups you make from now on will open only with your backup passphrase.\n\n"
                "Backups you made before now still carry the key: the organisation can open "
                "those without your passphrase. Delete them if that matters, and make a new "
                "backup."
            )
        )
        yes = box.addButton(self.tr("&Withdraw"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("&No"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        yes.clicked.connect(self._withdraw)
        self.question = box
        box.open()
        return box

    def _withdraw(self) -> None:
        show_error(self.problem, "")
        self.withdraw_button.setEnabled(False)
        run_task(
            self.session.withdraw_escrow,
            on_success=lambda _was: self._withdrawn(),
            on_error=self._failed,
            uses_session=self.session,
        )

    def _withdrawn(self) -> None:
        if not shiboken6.isValid(self):  # the dialog was closed (or the vault locked)
            return
        self.withdrawn = True
        self.withdraw_button.setVisible(False)
        self.retranslateUi()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.withdraw_button.setEnabled(True)
        show_error(self.problem, error_text(exc))

    def retranslateUi(self) -> None:  # noqa: N802
        self.setTitle(self.tr("Key escrow"))
        if self.withdrawn:
            self.note.setText(
                self.tr(
                    "Key escrow withdrawn: backups made from now on carry no key for {org}. "
                    "Backups made before still carry it."
                ).format(org=self.org)
            )
        else:
            self.note.setText(
                self.tr(
                    "As agreed when joining, your backups also carry this vault's key for {org}."
                ).format(org=self.org)
            )
        self.withdraw_button.setText(self.tr("Wi&thdraw key escrow…"))
