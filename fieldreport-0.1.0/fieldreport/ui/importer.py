"""Importing files and folders into the vault, off the GUI thread, with progress and a summary.

:class:`MediaImporter` runs ``session.import_media`` through the workers'
progress adapter, feeds the :class:`~fieldreport.ui.dialogs.import_dialog.ImportDialog`,
and afterwards offers to keep refused files of unsupported types as generic
documents (the same files again, with ``allow_other=True``). While it runs
the GUI leaves the session alone (``workers.session_busy``); locking cancels
it and waits for it to stop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from fieldreport.media_import import FileOutcome, ImportProgress, ImportSummary
from fieldreport.ui.background_analysis import hub
from fieldreport.ui.dialogs.import_dialog import ImportDialog
from fieldreport.ui.media_text import is_unsupported
from fieldreport.ui.messages import error_text
from fieldreport.ui.widgets.common import add_lock_shortcut
from fieldreport.ui.workers import TaskSignals, run_progress

log = logging.getLogger(__name__)


class MediaImporter(QObject):
    #: An ImportSummary, after each run that ended (also a cancelled one).
    imported = Signal(object)

    def __init__(
        self,
        session: Any,
        paths: list[Path],
        parent: QWidget,
        *,
        record_id: str | None = None,
        note: str = "",
        track: Callable[[QDialog], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.paths = [Path(p) for p in paths]
        self.record_id = record_id
        self.note = note
        self.task: TaskSignals | None = None
        self.summary: ImportSummary | None = None
        self._unsupported: list[Path] = []
        self._earlier: ImportSummary | None = None
        self._abandoned = False
        self.dialog = ImportDialog(parent)
        if track is not None:
            track(self.dialog)
        else:
            add_lock_shortcut(self.dialog)
        self.dialog.cancel_requested.connect(self.cancel)
        self.dialog.keep_generic_requested.connect(self.keep_as_generic)
        self.dialog.finished.connect(self._dialog_closed)

    # -- running --------------------------------------------------------------------
    def start(self) -> None:
        self.dialog.open()
        self._run(self.paths, allow_other=False)

    def keep_as_generic(self) -> None:
        """Import the refused files of unsupported types again, as generic documents."""
        paths, self._unsupported = self._unsupported, []
        if not paths or self.running:
            return
        self._earlier = self.summary
        self._run(paths, allow_other=True)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def _run(self, paths: list[Path], *, allow_other: bool) -> None:
        self._unsupported = []
        self.dialog.show_running()
        hub().importing.emit()  # the photos' analysis waits: originals first
        self.task = run_progress(
            self.session.import_media,
            paths,
            record_id=self.record_id,
            allow_other=allow_other,
            on_progress=self._progress,
            on_success=self._finished,
            on_error=self._failed,
            uses_session=self.session,
        )

    # -- results (on the GUI thread) -------------------------------------------------
    def _alive(self) -> bool:
        return not self._abandoned and shiboken6.isValid(self.dialog)

    def _progress(self, value: Any) -> None:
        if not self._alive():
            return
        if isinstance(value, ImportProgress):
            self.dialog.show_progress(value)
        elif isinstance(value, FileOutcome) and value.refused and is_unsupported(value.refused):
            self._unsupported.append(value.path)

    def _finished(self, summary: ImportSummary) -> None:
        hub().stored.emit()  # its photos (and any paused) are analysed next, in the background
        if not self._alive():
            return
        if self._earlier is not None:
            summary = _merged(self._earlier, summary)
            self._earlier = None
        self.summary = summary
        offer = 0 if summary.cancelled else len(self._unsupported)
        self.dialog.show_summary(summary, offer, note=self.note)
        self.imported.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        hub().stored.emit()  # what was stored before the failure is analysed all the same
        if not self._alive():
            return
        self.dialog.show_summary(self._earlier, 0, error=error_text(exc))
        if self._earlier is not None:
            self.imported.emit(self._earlier)

    def _dialog_closed(self, _result: int) -> None:
        if self.running:
            self.cancel()
        self._abandoned = True
        self.deleteLater()


def _merged(first: ImportSummary, again: ImportSummary) -> ImportSummary:
    """The first run's summary with the refused files that were kept the second time."""
    return ImportSummary(
        stored=[*first.stored, *again.stored],
        duplicates=[*first.duplicates, *again.duplicates],
        refused=[r for r in first.refused if not is_unsupported(r[1])] + list(again.refused),
        cancelled=again.cancelled,
        record_revision=again.record_revision or first.record_revision,
    )
