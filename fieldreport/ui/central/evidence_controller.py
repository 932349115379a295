"""Export evidence package… in the coordinator window, on the thread pool.

The same core as ``central evidence`` (:func:`fieldreport.central.evidence.write_package`):
the coordinator chooses a folder, the package is written into a new folder
inside it named for the record, with progress; Cancel stops it between files
and leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from fieldreport.central import evidence
from fieldreport.ui import file_dialogs
from fieldreport.ui.central.evidence_dialog import EvidenceDialog
from fieldreport.ui.messages import error_text
from fieldreport.ui.workers import TaskSignals, run_progress

if TYPE_CHECKING:
    from fieldreport.ui.central.query_runner import QueryRunner


def package_folder(parent: Path, record_ids: list[str]) -> Path:
    """A new folder in ``parent``: ``evidence-<first id, 8>`` (-2, -3 … if taken)."""
    more = f"-and-{len(record_ids) - 1}" if len(record_ids) > 1 else ""
    base = f"evidence-{record_ids[0][:8]}{more}"
    target, n = parent / base, 1
    while target.exists():
        n += 1
        target = parent / f"{base}-{n}"
    return target


class EvidenceController(QObject):
    def __init__(self, window: Any, runner: QueryRunner) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.dialog: EvidenceDialog | None = None
        self.task: TaskSignals | None = None

    def open_dialog(
        self,
        record_id: str,
        behind: frozenset[str] | None = None,
        selected: list[str] | None = None,
    ) -> EvidenceDialog | None:
        """For the record shown, or (chosen in the dialog) the rows selected in the list or
        the records behind a figure."""
        if self.window.store is None:
            return None
        chosen = list(behind) if behind and record_id in behind and len(behind) > 1 else None
        dialog = EvidenceDialog(record_id, chosen, self.window, selected)
        dialog.start_requested.connect(lambda: self.start(dialog))
        dialog.cancel_requested.connect(self.cancel)
        self.dialog = dialog
        dialog.show()
        return dialog

    def start(self, dialog: EvidenceDialog, parent: Path | None = None) -> None:
        store = self.window.store
        if store is None or self.task is not None:
            return
        if parent is None:
            parent = file_dialogs.open_folder(
                dialog,
                QCoreApplication.translate(
                    "EvidenceController", "Choose where to write the evidence package"
                ),
            )
            if parent is None:
                return
        target = package_folder(parent, dialog.record_ids)
        identifying = dialog.identifying.isChecked()
        c2pa = dialog.c2pa.isChecked()
        if identifying and not self.window.confirm(
            QCoreApplication.translate("EvidenceController", "Write names and contacts?"),
            QCoreApplication.translate(
                "EvidenceController",
                "{folder} will hold the names and contacts of witnesses, people affected and "
                "owners, in the clear. Anyone who gets the folder can read them, and the people "
                "named may be put at risk. Write them only if the investigator needs them and "
                "may have them, and keep the folder safe.",
            ).format(folder=str(target)),
        ):
            return
        dialog.set_running(True)
        lang = dialog.language.currentData()

        def begin() -> None:
            if not shiboken6.isValid(dialog) or self.window.store is None:
                return
            self.task = run_progress(
                evidence.write_package,
                store,
                dialog.record_ids,
                target,
                include_identifying=identifying,
                lang=lang,
                c2pa=c2pa,
                on_progress=lambda value: self._progress(dialog, value),
                on_success=lambda written: self._done(dialog, written),
                on_error=lambda exc: self._failed(dialog, exc),
                on_finished=self._finished,
                report_as="progress",
                uses_session=self.runner,
            )

        self.runner.exclusive(begin)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def close(self) -> None:
        """At lock: the dialog goes (a running export was stopped before the store closed)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.running = False
            dialog.reject()

    def _progress(self, dialog: EvidenceDialog, value: Any) -> None:
        if shiboken6.isValid(dialog):
            dialog.show_progress(value.done, value.total)

    def _done(self, dialog: EvidenceDialog, written: evidence.Written) -> None:
        text = QCoreApplication.translate(
            "EvidenceController",
            "Written to {path}: records {records}, revisions {revisions}, photos and files "
            "{media}, from {devices} devices. Organisation fingerprint: {fingerprint}.",
        ).format(
            path=str(written.folder),
            records=written.records,
            revisions=written.revisions,
            media=written.media,
            devices=written.devices,
            fingerprint=written.fingerprint,
        )
        if written.credentialed:
            text += " " + QCoreApplication.translate(
                "EvidenceController",
                "Photos with C2PA Content Credentials: {count}, in data/published.",
            ).format(count=written.credentialed)
        if written.not_credentialed:
            text += " " + QCoreApplication.translate(
                "EvidenceController", "Photos without credentials (see evidence.json): {count}."
            ).format(count=len(written.not_credentialed))
        if shiboken6.isValid(dialog):
            dialog.finished(text)
        self.window.inform(text)

    def _failed(self, dialog: EvidenceDialog, exc: BaseException) -> None:
        if shiboken6.isValid(dialog):
            dialog.failed(error_text(exc))

    def _finished(self) -> None:
        self.task = None
        self.runner.pump()
