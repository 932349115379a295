"""The window's photos and files: the Media section, imports, dropping files, the viewer.

A mixin for :class:`~fieldreport.ui.window.MainWindow`. Files dropped onto
the window, or added in the Media section, are stored unattached; a record's
form attaches its own (``dialogs/record_media.py``). Photos are analysed
after they are stored (``background_analysis.py``), from unlock to lock. Every dialog opened here
is tracked, so locking closes it; a running import is cancelled, and waited
for, before the vault locks (:meth:`stop_media_work`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QDialog

from fieldreport.errors import FieldReportError
from fieldreport.ui import file_dialogs, i18n
from fieldreport.ui.background_analysis import BackgroundAnalysis
from fieldreport.ui.dialogs.delete_media import ask_delete_media
from fieldreport.ui.dialogs.media_viewer import MediaViewer
from fieldreport.ui.importer import MediaImporter
from fieldreport.ui.models.record_table import title_text
from fieldreport.ui.record_source import RecordFinder
from fieldreport.ui.views.media_grid import dropped_paths
from fieldreport.ui.widgets.record_picker import RecordPicker
from fieldreport.ui.workers import session_busy, stop_session_tasks

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from fieldreport.core import Session
    from fieldreport.ui.views.records_page import RecordsPage


class MediaActionsMixin:
    """Needs ``session``, ``records_page``, ``_dialogs``, ``_track()`` and ``refresh()``."""

    if TYPE_CHECKING:
        session: Session | None
        records_page: RecordsPage
        _dialogs: list[QDialog]

        def _track(self, dialog: QDialog) -> None: ...
        def _update_actions(self) -> None: ...
        def refresh(self) -> None: ...
        def _show_error(self, exc: BaseException) -> None: ...
        def setAcceptDrops(self, on: bool) -> None: ...  # noqa: N802
        def statusBar(self) -> QStatusBar: ...  # noqa: N802

    def _setup_media(self) -> None:
        section = self.records_page.media_section
        section.set_thumbnails(self._media_thumbnail)
        section.add_files_requested.connect(self.add_media_files)
        section.add_folder_requested.connect(self.add_media_folder)
        section.grid.open_requested.connect(self.open_media)
        section.grid.delete_requested.connect(self.delete_media)
        section.grid.files_dropped.connect(self.import_media)
        section.attach_requested.connect(self.attach_media_to_record)
        section.detach_requested.connect(self.detach_media)
        section.grid.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        section.model.modelReset.connect(self._update_actions)
        self.media_importer: MediaImporter | None = None
        self.photo_analysis = BackgroundAnalysis(self)  # type: ignore[arg-type]
        self.photo_analysis.progress.connect(section.show_analysis)
        self.setAcceptDrops(True)

    def start_photo_analysis(self) -> None:
        """After unlocking: analyse the photos an earlier run, a crash or a lock left."""
        if self.session is not None:
            self.photo_analysis.start(self.session)

    # -- the session, when it may be asked -----------------------------------------
    def _media_thumbnail(self, media_id: str) -> bytes | None:
        if self.session is None or session_busy(self.session):
            return None
        try:
            return self.session.media_thumbnail(media_id) or b""
        except FieldReportError:
            return b""

    def _list_media(self, unattached: bool, search: str | None) -> list[Any]:
        if self.session is None or session_busy(self.session):
            return []
        return self.session.media(unattached=unattached, search=search)

    def media_count(self) -> int:
        if self.session is None or session_busy(self.session):
            return self.records_page.media_count
        return len(self.session.media())

    def stop_media_work(self) -> None:
        """Before locking: cancel a running import (or wait for an export) until it stops;
        stop the photos' analysis (what is left stays queued in the vault)."""
        self.photo_analysis.stop()
        stop_session_tasks(self.session)

    # -- importing ------------------------------------------------------------------
    def add_media_files(self) -> None:
        paths = file_dialogs.open_files(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("MainWindow", "Add photos and files to the vault"),
        )
        if paths:
            self.import_media(paths)

    def add_media_folder(self) -> None:
        path = file_dialogs.open_folder(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate(
                "MainWindow", "Add a folder (with its subfolders) to the vault"
            ),
        )
        if path:
            self.import_media([Path(path)])

    def import_media(self, paths: list[Path]) -> MediaImporter | None:
        """Store files and folders unattached, with progress and a summary."""
        if self.session is None or not paths or session_busy(self.session):
            return None
        importer = MediaImporter(
            self.session,
            paths,
            self,  # type: ignore[arg-type]
            note=QCoreApplication.translate(
                "MainWindow", "They are listed under Photos and files, not attached to a record."
            ),
            track=self._track,
        )
        importer.imported.connect(self._media_imported)
        self.media_importer = importer
        importer.start()
        return importer

    def _media_imported(self, summary: Any) -> None:
        if self.session is None:
            return
        self.refresh()
        if summary.media_ids and not self.records_page.media_shown:
            self.records_page.show_media()
        if summary.media_ids:
            self.records_page.media_section.grid.select_id(summary.media_ids[0])

    # -- one item -------------------------------------------------------------------
    def open_media(self, media_id: str) -> MediaViewer | None:
        if self.session is None:
            return None
        section = self.records_page.media_section
        row = section.model.row_of(media_id)
        if row < 0:
            return None
        viewer = MediaViewer(self.session, section.model.items(), row, self)  # type: ignore[arg-type]
        viewer.item_changed.connect(section.model.update_item)
        viewer.item_deleted.connect(lambda _id: self.refresh())
        self._track(viewer)
        viewer.open()
        return viewer

    def delete_media(self, media_id: str) -> QDialog | None:
        if self.session is None:
            return None
        section = self.records_page.media_section
        row = section.model.row_of(media_id)
        if row < 0:
            return None
        box = ask_delete_media(
            self,  # type: ignore[arg-type]
            self.session,
            section.model.item(row),
            lambda _deleted: self.refresh(),
        )
        self._track(box)
        return box

    # -- attaching and detaching ------------------------------------------------------
    def attach_media_to_record(self, media_ids: list[str]) -> RecordPicker | None:
        """Choose a record, then attach every chosen item to it (one new revision)."""
        if self.session is None or not media_ids or session_busy(self.session):
            return None
        picker = RecordPicker(
            RecordFinder(self.session, self.list_reads),
            self,  # type: ignore[arg-type]
            multiple=False,
            title=QCoreApplication.translate("MainWindow", "Attach to a record"),
            prompt=QCoreApplication.translate(
                "MainWindow",
                "Choose the record to attach them to. Chosen photos and files: {count}",
            ).format(count=len(media_ids)),
        )

        def chosen() -> None:
            ids = picker.chosen_ids()
            if self.session is None or not ids:
                return
            try:
                record = self.session.attach_media(ids[0], media_ids)
            except FieldReportError as exc:
                self._show_error(exc)
                return
            self.refresh()
            self.records_page.media_section.grid.select_id(media_ids[0])
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Attached to “{title}”: {count}").format(
                    title=self._title_of(record.id), count=len(media_ids)
                ),
                6000,
            )

        picker.accepted.connect(chosen)
        self._track(picker)
        picker.open()
        return picker

    def _title_of(self, record_id: str) -> str:
        summaries = self.session.list(lang=i18n.current_language()) if self.session else []
        found = [s for s in summaries if s.id == record_id]
        return title_text(found[0]) if found else record_id[:8]

    def detach_media(self, media_ids: list[str]) -> int:
        """Take the chosen items off every record; they stay under Photos and files."""
        if self.session is None or not media_ids or session_busy(self.session):
            return 0
        try:
            changed = self.session.detach_media_everywhere(media_ids)
        except FieldReportError as exc:
            self._show_error(exc)
            return 0
        self.refresh()
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Taken off their records: {count}. They stay under Photos and files."
            ).format(count=len(media_ids)),
            6000,
        )
        return len(changed)

    # -- files dropped onto the window ------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.session is not None and dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = dropped_paths(event.mimeData())
        if self.session is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_media(paths)
