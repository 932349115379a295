"""Asking before a media item is deleted: it cannot be undone, and it is logged."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldreport.errors import FieldReportError
from fieldreport.ui.media_text import short_name, type_label
from fieldreport.ui.messages import error_text


def ask_delete_media(
    parent: QWidget, session: Any, item: Any, done: Callable[[Any], None]
) -> QMessageBox:
    """Open the question; on yes delete ``item`` and call ``done(deleted item)``."""

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DeleteMedia", "Delete photo or file"))
    box.setText(
        QCoreApplication.translate("DeleteMedia", "Delete {name} ({type}) from the vault?").format(
            name=short_name(item.original_name) or item.id[:8], type=type_label(item)
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "DeleteMedia",
            "This cannot be undone: its encrypted original, thumbnail and caption are "
            "destroyed, and it is removed from every record it is attached to. A signed "
            "note of the deletion and of the file's SHA-256 stays in the vault.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("DeleteMedia", "&Delete")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("DeleteMedia", "&Keep")
    )
    # The style's Yes/No icons (a green tick on Delete) would say the opposite.
    for button in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No):
        box.button(button).setIcon(QIcon())

    def answered(result: int) -> None:
        if result != QMessageBox.StandardButton.Yes or getattr(session, "locked", True):
            return
        try:
            deleted = session.delete_media(item.id)
        except FieldReportError as exc:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("DeleteMedia", "Delete photo or file"),
                error_text(exc),
            )
            return
        done(deleted)

    box.finished.connect(answered)
    box.open()
    return box
