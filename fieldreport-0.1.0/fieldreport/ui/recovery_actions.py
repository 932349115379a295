"""Recovery shares in the window (docs/coercion.md): *Settings → Recovery shares…* makes
them; *Forgot the passphrase? Recover with shares…* on the unlock page uses them.

Both call :mod:`fieldreport.recovery`, as ``fieldreport-cli recovery`` does, on
the thread pool (writing the sheets and deriving the new passphrase's key take
a moment). A share set that is refused is explained in the recovery dialog,
which stays open; a successful recovery opens the vault as an unlock does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from fieldreport import recovery
from fieldreport.recovery_sheet import SheetText
from fieldreport.ui.dialogs.recover_shares import RecoverDialog
from fieldreport.ui.dialogs.recovery_split import RecoverySplitDialog
from fieldreport.ui.messages import error_text
from fieldreport.ui.workers import run_task, session_busy


def sheet_text() -> SheetText:
    """The printed sheet's sentences in the interface language."""
    return SheetText(
        title=QCoreApplication.translate(
            "RecoveryActionsMixin", "FieldReport recovery share {index} of {shares}"
        ),
        rule=QCoreApplication.translate(
            "RecoveryActionsMixin",
            "Any {threshold} of the {shares} shares open the vault and set a new passphrase "
            "(Forgot the passphrase? at the unlock screen, or fieldreport-cli recovery restore).",
        ),
        secret=QCoreApplication.translate(
            "RecoveryActionsMixin",
            "SECRET. Whoever holds {threshold} shares can open the vault. Keep each share in a "
            "different safe place, never with the laptop, and do not photograph it.",
        ),
        words=QCoreApplication.translate(
            "RecoveryActionsMixin", "The {count} words, in this order:"
        ),
        made=QCoreApplication.translate(
            "RecoveryActionsMixin",
            "Made {made}. A new split replaces this one: its shares stop working.",
        ),
    )


class RecoveryActionsMixin:
    """Mixed into :class:`~fieldreport.ui.window.MainWindow` (its session, pages, _opened)."""

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any: ...

    # -- making shares (Settings) -----------------------------------------------------
    def make_recovery_shares(self) -> RecoverySplitDialog | None:
        if self.session is None or session_busy(self.session):
            return None
        dialog = RecoverySplitDialog(self)  # type: ignore[arg-type]
        dialog.accepted.connect(
            lambda: self._split_after_asking(
                dialog.chosen_folder(), dialog.shares.value(), dialog.threshold.value()
            )
        )
        self._track(dialog)
        dialog.open()
        return dialog

    def _split_after_asking(self, folder: Path | None, shares: int, threshold: int) -> None:
        if folder is None or self.session is None:
            return
        there = recovery.existing(folder, shares)
        if there:
            answer = QMessageBox.question(
                self,  # type: ignore[arg-type]
                QCoreApplication.translate("RecoveryActionsMixin", "Recovery shares"),
                QCoreApplication.translate(
                    "RecoveryActionsMixin",
                    "{folder} already holds {count} share file(s). Replace them?",
                ).format(folder=folder, count=len(there)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.recovery_task = run_task(
            recovery.split,
            self.session,
            folder,
            shares,
            threshold,
            replace=True,
            sheet=sheet_text(),
            uses_session=self.session,
            on_success=self._shares_made,
            on_error=self._shares_failed,
        )

    def _shares_made(self, made: recovery.ShareSet) -> None:
        box = QMessageBox(self)  # type: ignore[arg-type]
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("RecoveryActionsMixin", "Recovery shares"))
        box.setText(
            QCoreApplication.translate(
                "RecoveryActionsMixin",
                "Wrote {shares} shares into {folder}: share-NN.txt holds the words, "
                "share-NN.pdf a sheet to print. Any {threshold} of them open the vault; "
                "shares made earlier no longer do.",
            ).format(shares=made.shares, folder=made.folder, threshold=made.threshold)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "RecoveryActionsMixin",
                "These files are secret: whoever holds enough of them opens the vault. "
                "Print them, give each to a different trusted person or place, never keep "
                "them with the laptop, then delete the files from this computer.",
            )
        )
        box.addButton(
            QCoreApplication.translate("RecoveryActionsMixin", "&OK"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.recovery_result = box
        self._track(box)
        box.open()

    def _shares_failed(self, exc: BaseException) -> None:
        box = QMessageBox(self)  # type: ignore[arg-type]
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("RecoveryActionsMixin", "Recovery shares"))
        box.setText(error_text(exc))
        box.addButton(
            QCoreApplication.translate("RecoveryActionsMixin", "&OK"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.recovery_result = box
        self._track(box)
        box.open()

    # -- using them (unlock page) ---------------------------------------------------------
    def recover_with_shares(self) -> RecoverDialog | None:
        if self.session is not None:
            return None
        dialog = RecoverDialog(self)  # type: ignore[arg-type]
        dialog.recover_requested.connect(lambda: self._recover(dialog))
        self.recover_dialog = dialog
        self._track(dialog)  # the panic shortcut and quitting close it too
        dialog.open()
        return dialog

    def _recover(self, dialog: RecoverDialog) -> None:
        def done(session: Any) -> None:
            dialog.set_busy(False)
            dialog.done(RecoverDialog.DialogCode.Accepted)
            self._opened(session)
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "RecoveryActionsMixin",
                    "The vault was recovered: it now opens with the new passphrase.",
                )
            )

        run_task(
            recovery.restore,
            self.vault_folder,
            dialog.shares(),
            dialog.passphrase(),
            on_success=done,
            on_error=dialog.failed,
        )
