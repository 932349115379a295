"""The record actions of the main window: new, edit, delete, history.

A mixin for :class:`~fieldreport.ui.window.MainWindow`, kept apart so the
window file holds only pages, locking and preferences. Every dialog opened
here is tracked, so locking can close it unsaved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox

from fieldreport import coercion
from fieldreport.domain.schema import KIND_LABELS
from fieldreport.errors import FieldReportError
from fieldreport.ui.dialogs.history import HistoryDialog
from fieldreport.ui.dialogs.record_form import RecordFormDialog
from fieldreport.ui.messages import error_text
from fieldreport.ui.models.record_table import title_text
from fieldreport.ui.record_source import RecordFinder

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStatusBar

    from fieldreport.core import Session
    from fieldreport.ui.views.records_page import RecordsPage


def delete_question(summary: Any) -> str:
    """ "Delete the witness statement “W-014 …” (2021-05-03, Kulundu)?" — which one, plainly."""
    kind = QCoreApplication.translate("Kind", KIND_LABELS.get(summary.kind, summary.kind))
    where = ", ".join(part for part in (summary.event_date, summary.location_text) if part)
    text = QCoreApplication.translate("MainWindow", "Delete this record? {kind}: “{title}”")
    text = text.format(kind=kind, title=title_text(summary))
    if where:
        text += f" ({where})"
    return text


class RecordActionsMixin:
    """New, edit, delete and history for the window that mixes this in.

    Needs ``session``, ``records_page``, ``lock_action``, ``_dialogs``, ``lock()``
    and ``refresh()``. Texts keep the ``MainWindow`` translation context.
    """

    if TYPE_CHECKING:
        session: Session | None
        records_page: RecordsPage
        lock_action: QAction
        quit_action: QAction
        _dialogs: list[QDialog]

        def lock(self) -> None: ...
        def quit_app(self) -> bool: ...
        def refresh(self) -> None: ...
        def statusBar(self) -> QStatusBar: ...  # noqa: N802
        def activateWindow(self) -> None: ...  # noqa: N802

    # -- tracking open dialogs ---------------------------------------------------------
    def _track(self, dialog: QDialog) -> None:
        self._dialogs.append(dialog)
        # A modal dialog blocks the window's own shortcuts; Ctrl+L must still lock
        # and Ctrl+Q still quit (which asks first when a form has unsaved changes).
        QShortcut(self.lock_action.shortcut(), dialog, activated=self.lock)
        QShortcut(self.quit_action.shortcut(), dialog, activated=self.quit_app)
        dialog.finished.connect(lambda _result: self._forget(dialog))

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        # Once the dialog is gone, give the keyboard back to the list, so Enter,
        # Delete, Ctrl+H and Ctrl+L work at once (not when locking: the unlock
        # page keeps the focus then).
        QTimer.singleShot(0, self, self._focus_records)

    def _focus_records(self) -> None:
        if self.session is None or self._dialogs:
            return
        if self.records_page.isHidden():
            return
        self.activateWindow()
        self.records_page.focus_view()

    @staticmethod
    def _close_dialog(dialog: QDialog) -> None:
        import shiboken6

        if not shiboken6.isValid(dialog):
            return
        if isinstance(dialog, RecordFormDialog):
            dialog.force_close()
        elif isinstance(dialog, HistoryDialog):
            dialog.clear()
            dialog.done(QDialog.DialogCode.Rejected)
        else:
            dialog.done(QDialog.DialogCode.Rejected)

    # -- records ----------------------------------------------------------------------
    def _link_source(self) -> RecordFinder | None:
        """The vault's records for a link picker, read as the lists are (None when locked)."""
        if self.session is None:
            return None
        return RecordFinder(self.session, self.list_reads)

    def new_record(self) -> RecordFormDialog | None:
        if self.session is None:
            return None
        kind = self.records_page.current_kind
        dialog = RecordFormDialog(self.session, kind, None, self._link_source, self)  # type: ignore[arg-type]
        dialog.saved.connect(self._record_saved)
        self._track(dialog)
        dialog.open()
        return dialog

    def edit_record(self, record_id: str | None = None) -> RecordFormDialog | None:
        if self.session is None:
            return None
        record_id = record_id or self.records_page.current_section.selected_id()
        if not record_id:
            return None
        try:
            record = self.session.get(record_id)
            coercion.refuse_purged(self.session, record.id)  # a stub: nothing to edit
        except FieldReportError as exc:
            self._show_error(exc)
            return None
        self.records_page.show_kind(record.kind)
        dialog = RecordFormDialog(self.session, record.kind, record, self._link_source, self)  # type: ignore[arg-type]
        dialog.saved.connect(self._record_saved)
        self._track(dialog)
        dialog.open()
        return dialog

    def _record_saved(self, record: Any) -> None:
        self.refresh()
        self.records_page.show_kind(record.kind)
        self.records_page.sections[record.kind].select(record.id)
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Saved."), 4000)
        self.background_sync.record_saved()  # type: ignore[attr-defined]

    def delete_record(self) -> QMessageBox | None:
        if self.session is None:
            return None
        section = self.records_page.current_section
        summary = section.selected_summary()
        if summary is None or section.deleted_shown:
            return None
        record_id = summary.id
        box = QMessageBox(self)  # type: ignore[arg-type]
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Delete record"))
        box.setText(delete_question(summary))
        box.setInformativeText(
            QCoreApplication.translate(
                "MainWindow",
                "It disappears from the lists. Its earlier revisions stay in the history: "
                "Records → Show deleted records.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("MainWindow", "&Delete")
        )
        box.button(QMessageBox.StandardButton.No).setText(
            QCoreApplication.translate("MainWindow", "&Keep")
        )
        for button in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No):
            box.button(button).setIcon(QIcon())  # the style's tick would sit on the risky one

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes and self.session is not None:
                try:
                    self.session.delete(record_id)
                except FieldReportError as exc:
                    self._show_error(exc)
                self.refresh()

        box.finished.connect(answered)
        self._track(box)
        box.open()
        return box

    def show_history(self, record_id: str | None = None) -> HistoryDialog | None:
        if self.session is None:
            return None
        record_id = record_id or self.records_page.current_section.selected_id()
        if not record_id:
            return None
        dialog = HistoryDialog(self.session, record_id, self)  # type: ignore[arg-type]
        self._track(dialog)
        dialog.open()
        return dialog

    def _show_error(self, exc: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "FieldReport"),
            error_text(exc),
            parent=self,  # type: ignore[arg-type]
        )
        self._track(box)
        box.open()
