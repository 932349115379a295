"""*Sync → Back up the vault…*: the whole vault in one encrypted file (docs/coercion.md).

Asks where to write it and for a backup passphrase, then runs
:func:`fieldreport.backup.backup_session` on the thread pool; the result or
the error is shown on the Sync page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from fieldreport import backup
from fieldreport.ui import file_dialogs
from fieldreport.ui.dialogs.backup_passphrase import BackupPassphraseDialog
from fieldreport.ui.messages import error_text
from fieldreport.ui.workers import run_task, session_busy


class BackupActionsMixin:
    """Mixed into :class:`~fieldreport.ui.window.MainWindow` (uses its session and Sync page)."""

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any: ...

    def back_up_vault(self) -> BackupPassphraseDialog | None:
        if self.session is None or session_busy(self.session):
            return None
        out = file_dialogs.save_file(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("BackupActionsMixin", "Save the backup as"),
            Path.home() / "fieldreport.backup",
        )
        if out is None:
            return None
        dialog = BackupPassphraseDialog(self)  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self._back_up(out, dialog.passphrase()))
        self._track(dialog)
        dialog.open()
        return dialog

    def _back_up(self, out: Path, passphrase: str) -> None:
        if self.session is None:
            return
        self.sync_page.show_result("")
        self.sync_page.set_busy(True)
        # The save dialog asked before replacing a file.
        self.backup_task = run_task(
            backup.backup_session,
            self.session,
            out,
            passphrase,
            force=True,
            uses_session=self.session,
            on_success=self._backed_up,
            on_error=self._backup_failed,
        )

    def _backed_up(self, written: backup.BackupWritten) -> None:
        self.sync_page.set_busy(False)
        self.sync_page.show_result(
            QCoreApplication.translate(
                "BackupActionsMixin",
                "Backup written to {path} ({media} media file(s)). Keep it as carefully "
                "as this laptop.",
            ).format(path=written.path, media=written.media)
        )

    def _backup_failed(self, exc: BaseException) -> None:
        self.sync_page.set_busy(False)
        self.sync_page.show_error(error_text(exc))
