"""*Restore from a backup…* on the first-start page, and *Restore over this vault…* on the
Sync page (docs/coercion.md, *Encrypted backup*, *Restoring over a vault*).

The same calls as ``fieldreport-cli restore [--replace]``, on the thread pool:
the backup is decrypted into a private folder beside the vault folder and
renamed into place last, so a wrong passphrase, a damaged backup or the app
being killed leaves nothing half written. Over the open vault, the backup is
opened and checked first (:func:`fieldreport.backup.prepare_restore`); then the
monitor is told when it was made and what was saved since (lost), and asked;
only on *Replace* is the vault locked and the backup put in its place, the old
vault kept aside until then.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from fieldreport import backup
from fieldreport.core import vault_exists
from fieldreport.ui import file_dialogs
from fieldreport.ui.dialogs.restore_backup import RestoreBackupDialog
from fieldreport.ui.messages import error_text
from fieldreport.ui.restore_over_question import restore_over_question
from fieldreport.ui.workers import run_task, session_busy

SETTINGS_FILE = "settings.json"  # the language chosen on the first-start page, if saved


class RestoreActionsMixin:
    """Mixed into :class:`~fieldreport.ui.window.MainWindow` (its folder and pages)."""

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any: ...

    def restore_from_backup(self) -> RestoreBackupDialog | None:
        if self.session is not None or vault_exists(self.vault_folder):
            return None
        chosen = file_dialogs.open_files(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("RestoreActionsMixin", "Choose the backup file"),
        )
        if not chosen:
            return None
        dialog = RestoreBackupDialog(chosen[0], self.vault_folder, self)  # type: ignore[arg-type]
        dialog.restore_requested.connect(lambda: self._restore(dialog))
        self.restore_dialog = dialog
        self._track(dialog)  # the panic shortcut and quitting close it too
        dialog.open()
        return dialog

    def _restore(self, dialog: RestoreBackupDialog) -> None:
        def done(_media: int) -> None:
            dialog.set_busy(False)
            dialog.done(RestoreBackupDialog.DialogCode.Accepted)
            self._show_locked_page()
            self.unlock_page.show_error("")
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "RestoreActionsMixin",
                    "The backup was restored. Unlock it with the vault passphrase in use "
                    "when the backup was made.",
                )
            )

        run_task(
            _restore_keeping_settings,
            dialog.backup,
            self.vault_folder,
            dialog.passphrase.text(),
            on_success=done,
            on_error=dialog.failed,
        )

    # -- over the open vault ----------------------------------------------------------
    restore_over_box: QMessageBox | None = None

    def restore_over_vault(self) -> RestoreBackupDialog | None:
        """*Restore over this vault…*: choose the backup, type its passphrase."""
        if self.session is None or self.demo or session_busy(self.session):
            return None
        chosen = file_dialogs.open_files(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("RestoreActionsMixin", "Choose the backup file"),
        )
        if not chosen:
            return None
        dialog = RestoreBackupDialog(
            chosen[0],
            self.vault_folder,
            self,  # type: ignore[arg-type]
            replacing=True,
        )
        dialog.restore_requested.connect(lambda: self._open_backup_over(dialog))
        self.restore_dialog = dialog
        self._track(dialog)
        dialog.open()
        return dialog

    def _open_backup_over(self, dialog: RestoreBackupDialog) -> None:
        run_task(
            backup.prepare_restore,
            dialog.backup,
            self.vault_folder,
            dialog.passphrase.text(),
            None,
            replace=True,
            on_success=lambda prepared: self._ask_to_replace(dialog, prepared),
            on_error=dialog.failed,
        )

    def _ask_to_replace(
        self, dialog: RestoreBackupDialog, prepared: backup.PreparedRestore
    ) -> None:
        if self.session is None or not dialog.isVisible():  # locked or closed meanwhile
            prepared.discard()
            return
        lost = None if prepared.made_at is None else self.session.changes_since(prepared.made_at)
        dialog.done(RestoreBackupDialog.DialogCode.Accepted)
        box = restore_over_question(
            self,  # type: ignore[arg-type]
            prepared.made_at,
            lost,
            lambda yes: self._answered(prepared, yes),
        )
        self.restore_over_box = box
        self._track(box)  # locking (or the panic shortcut) closes it: nothing is replaced
        box.open()

    def _answered(self, prepared: backup.PreparedRestore, replace: bool) -> None:
        self.restore_over_box = None
        if replace:
            self._replace(prepared)
        else:
            prepared.discard()

    def _replace(self, prepared: backup.PreparedRestore) -> None:
        if self.session is None:  # locked while the question was open
            prepared.discard()
            return
        self.lock()  # the vault is closed before its files move
        self.unlock_page.set_busy(True)
        self.statusBar().showMessage(
            QCoreApplication.translate("RestoreActionsMixin", "Restoring the backup…")
        )

        def finished() -> None:
            prepared.discard()
            self.unlock_page.set_busy(False)

        def done(_media: int) -> None:
            finished()
            self._show_locked_page()
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "RestoreActionsMixin",
                    "The backup replaced the vault. Unlock it with the vault passphrase in "
                    "use when the backup was made.",
                )
            )

        def failed(exc: BaseException) -> None:
            finished()
            self._show_locked_page()
            self.statusBar().clearMessage()
            self.unlock_page.show_error(
                QCoreApplication.translate(
                    "RestoreActionsMixin",
                    "The backup could not be put in place; the vault is as it was. {error}",
                ).format(error=error_text(exc))
            )

        run_task(prepared.place, replace=True, on_success=done, on_error=failed)


def _restore_keeping_settings(source: Path, folder: Path, passphrase: str) -> int:
    """Restore into ``folder``; a ``settings.json`` the first-start page saved there
    (the language) is set aside in memory and put back, whatever happens."""
    folder.parent.mkdir(parents=True, exist_ok=True)  # a fresh install's data folder
    kept: bytes | None = None
    settings = folder / SETTINGS_FILE
    if settings.is_file() and [p.name for p in folder.iterdir()] == [SETTINGS_FILE]:
        kept = settings.read_bytes()
        settings.unlink()
    try:
        return backup.restore(source, folder, passphrase, None)
    finally:
        if kept is not None:
            with contextlib.suppress(OSError):
                folder.mkdir(parents=True, exist_ok=True)
                settings.write_bytes(kept)
