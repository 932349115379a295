"""*Settings → Remove confirmed records…*: purge what the organisation confirmed, after asking.

The question names how many records and files go (only what a receipt
covers; unsent work and records with an unsaved form stay) and that stubs
stay in the lists; then :func:`fieldreport.coercion.purge` removes them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from fieldreport import coercion
from fieldreport import settings as settings_store
from fieldreport.ui.messages import error_text

log = logging.getLogger(__name__)


class PurgeActionsMixin:
    """Mixed into :class:`~fieldreport.ui.window.MainWindow` (uses its session and lists)."""

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any: ...

    def change_purge_after_days(self, days: int) -> None:
        """Kept in settings.json; applied at each unlock (``unlock_guard``)."""
        self.settings = self.settings.with_changes(purge_after_days=days)
        settings_store.save(self.vault_folder, self.settings)

    def ask_to_purge(self) -> QMessageBox | None:
        if self.session is None:
            return None
        plan = coercion.purge_plan(self.session)
        box = QMessageBox(self)  # type: ignore[arg-type]
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(
            QCoreApplication.translate("PurgeActionsMixin", "Remove confirmed records")
        )
        if plan.empty:
            box.setText(
                QCoreApplication.translate(
                    "PurgeActionsMixin",
                    "Nothing to remove: no record or file that the organisation confirmed "
                    "is left on this laptop.",
                )
            )
            box.addButton(
                QCoreApplication.translate("PurgeActionsMixin", "&OK"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        else:
            box.setText(
                QCoreApplication.translate(
                    "PurgeActionsMixin",
                    "Remove {records} record(s) and {files} file(s) that the organisation "
                    "confirmed (receipts) from this laptop? Only stubs stay in the lists "
                    "(held by the organisation); the organisation keeps them. Work not yet "
                    "confirmed stays. This cannot be undone.",
                ).format(records=len(plan.records), files=len(plan.media))
            )
            box.addButton(
                QCoreApplication.translate("PurgeActionsMixin", "&Remove"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(
                QCoreApplication.translate("PurgeActionsMixin", "&Cancel"),
                QMessageBox.ButtonRole.RejectRole,
            )
            box.accepted.connect(lambda: self._purge(plan))
        self._track(box)
        box.open()
        return box

    def _purge(self, plan: coercion.PurgePlan) -> None:
        if self.session is None:
            return
        try:
            coercion.purge(self.session, plan)
        except Exception as exc:  # noqa: BLE001 - say it; nothing half-done (one transaction)
            log.exception("Purge failed")
            self.statusBar().showMessage(error_text(exc), 8000)
            return
        self.refresh()
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "PurgeActionsMixin", "Removed {records} record(s) and {files} file(s)."
            ).format(records=len(plan.records), files=len(plan.media)),
            8000,
        )
