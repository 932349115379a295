"""*Restore from a backup…* on the first-start page (docs/coercion.md, *Encrypted backup*).

The same call as ``fieldreport-cli restore``, :func:`fieldreport.backup.restore`,
on the thread pool: it decrypts into a private folder beside the vault folder
and renames it into place last, so a wrong passphrase, a damaged backup or the
app being killed leaves nothing half written. Only offered where there is no
vault: a vault is never replaced from the window (erase it first).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from fieldreport import backup
from fieldreport.core import vault_exists
from fieldreport.ui import file_dialogs
from fieldreport.ui.dialogs.restore_backup import RestoreBackupDialog
from fieldreport.ui.workers import run_task

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
