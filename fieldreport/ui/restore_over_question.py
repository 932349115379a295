"""The question asked before a backup replaces the open vault: what would be lost.

Asked once the backup is open and checked, so it can say when the backup was
made and count what the vault holds that was saved after it
(``Session.changes_since``). *Cancel* is the default and Escape answers it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldreport.storage.changes_since import ChangesSince


def lost_text(made_at: datetime | None, lost: ChangesSince | None) -> str:
    """The question's details: what goes, counted."""
    if made_at is None or lost is None:
        counted = QCoreApplication.translate(
            "RestoreOverQuestion",
            "The backup does not say when it was made: everything saved in this vault "
            "since then is lost.",
        )
    elif lost.nothing:
        counted = QCoreApplication.translate(
            "RestoreOverQuestion", "Nothing was saved in this vault since the backup was made."
        )
    else:
        counted = QCoreApplication.translate(
            "RestoreOverQuestion",
            "Saved in this vault since the backup was made, and lost for good: "
            "{created} new record(s), {changed} changed record(s), {media} photo(s) or "
            "file(s), with whatever of them the organisation has not received.",
        ).format(created=lost.created, changed=lost.changed, media=lost.media)
    return "\n\n".join(
        (
            counted,
            QCoreApplication.translate(
                "RestoreOverQuestion",
                "Forms still open are closed and their unsaved changes are lost too.",
            ),
            QCoreApplication.translate(
                "RestoreOverQuestion",
                "This vault is kept aside until the backup is in place, then destroyed. "
                "The restored vault opens with the vault passphrase in use when the backup "
                "was made.",
            ),
        )
    )


def when_text(made_at: datetime | None) -> str:
    if made_at is None:
        return QCoreApplication.translate(
            "RestoreOverQuestion", "Replace this vault with the backup?"
        )
    local = made_at.astimezone()
    when = QLocale().toString(local, QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate(
        "RestoreOverQuestion", "Replace this vault with the backup made on {when}?"
    ).format(when=when)


def restore_over_question(
    parent: QWidget,
    made_at: datetime | None,
    lost: ChangesSince | None,
    answer: Callable[[bool], None],
) -> QMessageBox:
    """A window-modal question (not yet shown); ``answer(True)`` only on *Replace*."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RestoreOverQuestion", "Restore over this vault"))
    box.setText(when_text(made_at))
    box.setInformativeText(lost_text(made_at, lost))
    replace = box.addButton(
        QCoreApplication.translate("RestoreOverQuestion", "&Replace the vault"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("RestoreOverQuestion", "&Cancel"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    answered: list[bool] = []

    def finished(_result: int) -> None:
        if not answered:  # once: closing it again (locking) asks nothing more
            answered.append(True)
            answer(box.clickedButton() is replace)

    box.finished.connect(finished)
    return box
