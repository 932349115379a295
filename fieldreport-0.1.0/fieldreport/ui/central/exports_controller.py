"""Export…, Report… and a photo's export from the coordinator window, on a worker.

The same core as ``central export``, ``central report`` and ``central media
export`` (:mod:`fieldreport.central.exports`, :mod:`~fieldreport.central.report`,
:mod:`~fieldreport.central.media_out`). Each holds the store while it runs
(reads wait for it); Cancel stops it between records and leaves nothing
half-written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from fieldreport.central import exports, media_out, report
from fieldreport.central.selection import Selection
from fieldreport.errors import FieldReportError
from fieldreport.ui import file_dialogs
from fieldreport.ui.central.export_dialog import SUFFIX, ExportDialog
from fieldreport.ui.messages import error_text
from fieldreport.ui.workers import TaskSignals, run_progress, run_task

if TYPE_CHECKING:
    from fieldreport.ui.central.query_runner import QueryRunner


class ExportsController(QObject):
    def __init__(self, window: Any, runner: QueryRunner) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.dialog: ExportDialog | None = None
        self.task: TaskSignals | None = None
        self.waiting = False  # an export waits for a running read to end
        self.stopped = False  # …and was cancelled meanwhile

    # -- the dialogs -------------------------------------------------------------------
    def open_dialog(self, report_wanted: bool) -> ExportDialog | None:
        if self.window.store is None:
            return None
        dialog = ExportDialog(report_wanted, self.window)
        bar = self.window.records_view.filters
        dialog.fill_from(bar.filters(), bar.area_names())
        dialog.start_requested.connect(lambda: self.start(dialog))
        dialog.cancel_requested.connect(self.cancel)
        self.dialog = dialog
        dialog.show()
        return dialog

    def start(self, dialog: ExportDialog, target: Path | None = None) -> None:
        store = self.window.store
        if store is None or self.task is not None:
            return
        try:
            selection = Selection.parse(**dialog.choice())
        except FieldReportError as exc:
            dialog.failed(error_text(exc))
            return
        chosen = dialog.format.currentData()
        if target is None:
            if dialog.report:
                name, title = (
                    "situation-report.pdf",
                    QCoreApplication.translate("ExportsController", "Save the report"),
                )
            else:
                name, title = (
                    f"records.{SUFFIX[chosen]}",
                    QCoreApplication.translate("ExportsController", "Save the export"),
                )
            target = file_dialogs.save_file(dialog, title, Path.home() / name)
            if target is None:
                return
        identifying = dialog.identifying.isChecked()
        if identifying and not self.window.confirm(
            QCoreApplication.translate("ExportsController", "Write names and contacts?"),
            QCoreApplication.translate(
                "ExportsController",
                "{file} will hold the names and contacts of witnesses, people affected and "
                "owners, in the clear. Anyone who gets the file can read them, and the people "
                "named may be put at risk. Write them only if the recipient needs them and may "
                "have them, and keep the file safe.",
            ).format(file=str(target)),
        ):
            return
        dialog.set_running(True)
        fn: Any
        args: tuple[Any, ...]
        if dialog.report:  # a report is always anonymised
            fn, args, kwargs = report.make_report, (store, target), {"lang": chosen}
        else:
            fn, args = exports.export_records, (store, target, chosen)
            kwargs = {"include_identifying": identifying}
        self.waiting = True  # until a running read ends
        self.runner.exclusive(lambda: self._run(dialog, fn, args, selection, kwargs))

    def _run(
        self,
        dialog: ExportDialog,
        fn: Any,
        args: tuple[Any, ...],
        selection: Selection,
        kwargs: dict[str, Any],
    ) -> None:
        stopped, self.waiting, self.stopped = self.stopped, False, False
        if stopped or not shiboken6.isValid(dialog) or self.window.store is None:
            if shiboken6.isValid(dialog):
                dialog.failed(
                    QCoreApplication.translate(
                        "ExportsController", "Stopped before it began; nothing was written."
                    )
                )
            return
        self.task = run_progress(
            fn,
            *args,
            selection=selection,
            force=True,  # the save dialog asked before replacing a file
            on_progress=lambda value: self._progress(dialog, value),
            on_success=lambda result: self._done(dialog, result),
            on_error=lambda exc: self._failed(dialog, exc),
            on_finished=self._finished,
            report_as="progress",
            uses_session=self.runner,
            **kwargs,
        )

    def close(self) -> None:
        """At lock: the dialog goes (a running export was stopped before the store closed)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.running = False
            dialog.reject()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
        elif self.waiting:  # it has not begun: it will not
            self.stopped = True

    def _progress(self, dialog: ExportDialog, value: Any) -> None:
        if not shiboken6.isValid(dialog):
            return
        done, total = getattr(value, "done", 0), getattr(value, "total", 0)
        step = getattr(value, "step", "")
        text = QCoreApplication.translate("ExportsController", "{done} of {total}").format(
            done=done, total=total
        )
        dialog.show_progress(done, total, f"{step} {text}".strip() if step else text)

    def _done(self, dialog: ExportDialog, result: Any) -> None:
        if not shiboken6.isValid(dialog):
            return
        dialog.finished(
            QCoreApplication.translate("ExportsController", "Written to {path}.").format(
                path=str(result.path)
            )
        )
        self.window.inform(
            QCoreApplication.translate("ExportsController", "Written to {path}.").format(
                path=str(result.path)
            )
        )

    def _failed(self, dialog: ExportDialog, exc: BaseException) -> None:
        if shiboken6.isValid(dialog):
            dialog.failed(error_text(exc))

    def _finished(self) -> None:
        self.task = None
        self.runner.pump()

    # -- one photo or file -------------------------------------------------------------
    def export_media(self, media_id: str, strip: bool, target: Path | None = None) -> None:
        store = self.window.store
        pane = self.window.records_view.media_pane
        if store is None or self.task is not None or pane.info is None:
            return
        item = pane.info.item
        if target is None:
            name = Path(item.original_name).name or item.id[:8]
            if strip:
                stem, dot, suffix = name.rpartition(".")
                name = f"{stem}-shared.{suffix}" if dot else f"{name}-shared"
            target = file_dialogs.save_file(
                self.window,
                QCoreApplication.translate("ExportsController", "Export without metadata")
                if strip
                else QCoreApplication.translate("ExportsController", "Export the original"),
                Path.home() / name,
            )
            if target is None:
                return
        pane.status.setText(QCoreApplication.translate("ExportsController", "Exporting…"))
        chosen = target

        def begin() -> None:
            self.task = run_task(
                media_out.export_media,
                store,
                media_id,
                chosen,
                strip=strip,
                force=True,
                on_success=lambda written: pane.status.setText(
                    QCoreApplication.translate("ExportsController", "Written to {path}.").format(
                        path=str(written.path)
                    )
                ),
                on_error=lambda exc: pane.status.setText(error_text(exc)),
                on_finished=self._finished,
                uses_session=self.runner,
            )

        self.runner.exclusive(begin)
