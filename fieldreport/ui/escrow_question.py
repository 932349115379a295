"""The question asked at join when the provisioning file offers key escrow.

Escrow (docs/coercion.md, *Escrow*): backups then also carry the vault's data
key, encrypted to the organisation, so its coordinator can open them without
the monitor's passphrase. Off unless the monitor agrees: *No* is the default
button, and closing the question (Escape) answers *No* as well.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def escrow_question(parent: QWidget, org_name: str, answer: Callable[[bool], None]) -> QMessageBox:
    """A window-modal question (not yet shown); ``answer(True)`` only on *Yes*."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("EscrowQuestion", "Key escrow"))
    box.setText(
        QCoreApplication.translate(
            "EscrowQuestion", "{org} asks to hold a key to this vault's backups. Agree?"
        ).format(org=org_name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "EscrowQuestion",
            "If you agree, every backup you make also carries this vault's key, encrypted "
            "to the organisation: its coordinator could then open your backups, and read "
            "everything in them, without your passphrase (for example if you forget it).\n\n"
            "If you do not agree, only your passphrase opens your backups. Nothing is "
            "escrowed unless you agree.",
        )
    )
    yes = box.addButton(
        QCoreApplication.translate("EscrowQuestion", "&Yes, escrow the key"),
        QMessageBox.ButtonRole.YesRole,
    )
    no = box.addButton(
        QCoreApplication.translate("EscrowQuestion", "&No"), QMessageBox.ButtonRole.NoRole
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    yes.clicked.connect(lambda: answer(True))
    no.clicked.connect(lambda: answer(False))
    return box
