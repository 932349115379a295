"""Forms not saved when the vault locked: kept encrypted, offered back after unlocking.

A mixin for :class:`~fieldreport.ui.window.MainWindow`. Before the vault
locks, every open record form writes its content into the vault
(``session.autosave``); after an unlock the restore bar offers those forms
back. Restoring opens them one after the other; discarding asks first. Texts
keep the ``MainWindow`` translation context.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox

from fieldreport.errors import FieldReportError, RecordNotFound
from fieldreport.ui.dialogs.record_form import RecordFormDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from fieldreport.core import AutosavedForm, Session
    from fieldreport.ui.views.records_page import RecordsPage
    from fieldreport.ui.views.restore_bar import RestoreBar

log = logging.getLogger(__name__)


class UnsavedFormsMixin:
    """Keeping open forms at lock, and the offer to restore or discard them after unlock.

    Needs ``session``, ``records_page``, ``restore_bar``, ``_dialogs``, ``_track()``,
    ``_link_source()``, ``_record_saved()`` and ``_show_error()``.
    """

    if TYPE_CHECKING:
        session: Session | None
        records_page: RecordsPage
        restore_bar: RestoreBar
        _dialogs: list[QDialog]

        def _track(self, dialog: QDialog) -> None: ...
        def _link_source(self) -> Any: ...
        def _record_saved(self, record: Any) -> None: ...
        def _show_error(self, exc: BaseException) -> None: ...

    _restore_queue: list[AutosavedForm]

    def open_forms(self) -> list[RecordFormDialog]:
        return [d for d in self._dialogs if isinstance(d, RecordFormDialog)]

    def keep_open_forms(self) -> None:
        """Write every open form's content into the vault now (before it locks)."""
        for form in self.open_forms():
            try:
                form.autosave_now()
            except Exception:  # noqa: BLE001 - locking must always finish
                log.exception("Could not keep an open form before locking")

    def pending_forms(self) -> list[AutosavedForm]:
        """Kept forms not open now and not waiting to be opened, oldest first."""
        if self.session is None:
            return []
        busy = {form.key for form in self.open_forms()}
        busy.update(saved.key for saved in getattr(self, "_restore_queue", []))
        try:
            kept = self.session.autosaved()
        except FieldReportError as exc:
            self._show_error(exc)
            return []
        return [saved for saved in kept if saved.key not in busy]

    def offer_restore(self) -> None:
        """Show the restore bar when forms were kept, else hide it."""
        pending = self.pending_forms()
        if pending:
            self.restore_bar.offer(len(pending), max(saved.saved_at for saved in pending))
        else:
            self.restore_bar.clear()

    def forget_restore_queue(self) -> None:
        self._restore_queue = []
        self.restore_bar.clear()

    # -- restoring ------------------------------------------------------------------
    def restore_unsaved(self) -> None:
        """Open the kept forms one after the other, each with its content."""
        self._restore_queue = self.pending_forms()
        self.restore_bar.clear()
        self._restore_next()

    def _restore_next(self) -> None:
        if self.session is None:
            self._restore_queue = []
            return
        while self._restore_queue:
            saved = self._restore_queue.pop(0)
            form = self.restore_form(saved)
            if form is not None:
                form.finished.connect(lambda _result: QTimer.singleShot(0, self._restore_next))
                return
        self.offer_restore()  # anything that could not be opened is offered again

    def restore_form(self, saved: AutosavedForm) -> RecordFormDialog | None:
        """One kept form, opened on its record (or as a new record) with its content."""
        if self.session is None:
            return None
        record = None
        if saved.record_id is not None:
            try:
                record = self.session.get(saved.record_id)
            except RecordNotFound:
                record = None
            except FieldReportError as exc:
                self._show_error(exc)
                return None
            if record is not None and record.deleted:
                record = None
        self.records_page.show_kind(saved.kind)
        form = RecordFormDialog(
            self.session,
            saved.kind,
            record,
            self._link_source,
            self,  # type: ignore[arg-type]
            restored=saved,
        )
        form.saved.connect(self._record_saved)
        self._track(form)
        form.open()
        return form

    # -- discarding -----------------------------------------------------------------
    def discard_unsaved(self) -> QMessageBox | None:
        """Ask, then delete every kept form that is not open."""
        if self.session is None:
            return None
        box = QMessageBox(self)  # type: ignore[arg-type]
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Discard unsaved forms"))
        box.setText(
            QCoreApplication.translate(
                "MainWindow", "Discard what was typed in the forms that were not saved?"
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "MainWindow", "It is deleted from the vault and cannot be restored."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("MainWindow", "&Discard")
        )
        box.button(QMessageBox.StandardButton.No).setText(
            QCoreApplication.translate("MainWindow", "&Keep")
        )
        for button in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No):
            box.button(button).setIcon(QIcon())  # the style's tick would sit on the risky one

        def answered(result: int) -> None:
            if result != QMessageBox.StandardButton.Yes or self.session is None:
                return
            try:
                for saved in self.pending_forms():
                    self.session.discard_autosave(saved.key)
            except FieldReportError as exc:
                self._show_error(exc)
            self.offer_restore()

        box.finished.connect(answered)
        self._track(box)
        box.open()
        return box
