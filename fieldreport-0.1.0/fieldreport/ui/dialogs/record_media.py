"""A record form's photos and files: import, gallery, viewer, remove and delete.

For a record already saved, imported files are attached at once (the core
makes a new revision, and the form moves onto it). For a new record the ids
are kept in the form's media list and attached when the record is saved; the
panel says so. Files can be dropped onto the panel or anywhere on the form.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from fieldreport.errors import FieldReportError
from fieldreport.ui import file_dialogs
from fieldreport.ui.dialogs.delete_media import ask_delete_media
from fieldreport.ui.dialogs.media_viewer import MediaViewer
from fieldreport.ui.importer import MediaImporter
from fieldreport.ui.messages import error_text
from fieldreport.ui.models.media_list import MediaListModel
from fieldreport.ui.views.media_grid import dropped_paths
from fieldreport.ui.widgets.attachments_panel import AttachmentsPanel
from fieldreport.ui.widgets.common import add_lock_shortcut, show_error
from fieldreport.ui.workers import session_busy

if TYPE_CHECKING:
    from fieldreport.ui.dialogs.record_form import RecordFormDialog

#: The location a photo's GPS position fills, per kind.
LOCATION_FIELD = {
    "incident": "location",
    "damage": "location",
    "statement": "interview.location",
    "person": "event_location",
}


class RecordMedia(QObject):
    def __init__(self, form: RecordFormDialog) -> None:
        super().__init__(form)
        self.form = form
        self.session = form.session
        self.model = MediaListModel(self._thumbnail, self)
        self.panel = AttachmentsPanel(self.model, form)
        self.panel.layout().setContentsMargins(form.fields.layout().contentsMargins())
        self.importer: MediaImporter | None = None
        self.viewer: MediaViewer | None = None
        panel = self.panel
        panel.add_files_button.clicked.connect(self.add_files)
        panel.add_folder_button.clicked.connect(self.add_folder)
        panel.open_button.clicked.connect(lambda: self.open_viewer(panel.grid.current_id()))
        panel.remove_button.clicked.connect(lambda: self.remove(panel.grid.current_id()))
        panel.delete_button.clicked.connect(lambda: self.delete(panel.grid.current_id()))
        panel.grid.open_requested.connect(self.open_viewer)
        panel.grid.delete_requested.connect(self.delete)
        panel.grid.files_dropped.connect(self.import_paths)
        form.setAcceptDrops(True)
        form.installEventFilter(self)
        self.reload()

    # -- the list -----------------------------------------------------------------
    def ids(self) -> list[str]:
        return [m for m in self.form.fields.extra("media") or [] if isinstance(m, str)]

    def reload(self, select: str | None = None) -> None:
        self.panel.new_record = self.form.record is None
        items = []
        for media_id in self.ids():
            try:
                items.append(self.session.media_item(media_id))
            except FieldReportError:
                continue  # deleted meanwhile: not shown
        self.model.set_items(items)
        self.panel.grid.select_id(select)
        self.panel.retranslateUi()

    def clear(self) -> None:
        self.model.clear()

    def _thumbnail(self, media_id: str) -> bytes | None:
        if session_busy(self.session) or getattr(self.session, "locked", True):
            return None
        try:
            return self.session.media_thumbnail(media_id) or b""
        except FieldReportError:
            return b""

    def _set_ids(self, ids: list[str]) -> None:
        """A new record: the ids are saved with it (the form's content changed)."""
        self.form.fields.set_extra("media", list(dict.fromkeys(ids)) or None)
        self.form.fields.changed.emit()

    def _record_moved(self) -> None:
        """The core gave the record a new revision (attach, detach, delete): follow it."""
        record = self.session.get(self.form.record.id)
        self.form.record_changed_elsewhere(record)

    # -- importing ----------------------------------------------------------------
    def add_files(self) -> None:
        paths = file_dialogs.open_files(self.form, self.tr("Add photos and files to the record"))
        if paths:
            self.import_paths(paths)

    def add_folder(self) -> None:
        path = file_dialogs.open_folder(
            self.form, self.tr("Add a folder (with its subfolders) to the record")
        )
        if path:
            self.import_paths([Path(path)])

    def import_paths(self, paths: list[Path]) -> MediaImporter | None:
        if not paths or (self.importer is not None and self.importer.running):
            return None
        if self.form.autosave_timer.isActive():
            self.form.autosave_now()  # before the import owns the session
        record = self.form.record
        note = (
            self.tr("They are attached to this record.")
            if record is not None
            else self.tr("They will be attached to this record when you save it.")
        )
        self.importer = MediaImporter(
            self.session, paths, self.form, record_id=record.id if record else None, note=note
        )
        self.importer.imported.connect(self._imported)
        self.importer.start()
        return self.importer

    def _imported(self, summary: Any) -> None:
        ids = summary.media_ids
        if not ids or getattr(self.session, "locked", True):
            return
        try:
            if self.form.record is None:
                self._set_ids([*self.ids(), *ids])
            else:
                self._record_moved()
        except FieldReportError as exc:
            show_error(self.form.general_error, error_text(exc))
        self.reload(select=ids[0])

    # -- one item -----------------------------------------------------------------
    def open_viewer(self, media_id: str | None) -> MediaViewer | None:
        row = self.model.row_of(media_id) if media_id else -1
        if row < 0:
            return None
        path = LOCATION_FIELD.get(self.form.kind)
        target = self._use_location if path in self.form.fields.rows else None
        viewer = MediaViewer(self.session, self.model.items(), row, self.form, use_location=target)
        add_lock_shortcut(viewer)
        viewer.item_changed.connect(self.model.update_item)
        viewer.item_deleted.connect(self._after_delete)
        viewer.finished.connect(lambda _result: self._viewer_closed(viewer))
        self.viewer = viewer
        viewer.open()
        return viewer

    def _viewer_closed(self, viewer: QDialog) -> None:
        if self.viewer is viewer:
            self.viewer = None
        self.panel.grid.setFocus()

    def _use_location(self, location: dict) -> None:
        editor = self.form.fields.rows[LOCATION_FIELD[self.form.kind]].editor
        value = dict(editor.value() or {})
        value.update(location)
        editor.set_value(value)

    def remove(self, media_id: str | None) -> None:
        """Take the item off this record; it stays in the vault."""
        if not media_id:
            return
        try:
            if self.form.record is None:
                self._set_ids([m for m in self.ids() if m != media_id])
            else:
                self.session.detach_media(self.form.record.id, media_id)
                self._record_moved()
        except FieldReportError as exc:
            show_error(self.form.general_error, error_text(exc))
        self.reload()

    def delete(self, media_id: str | None) -> QDialog | None:
        row = self.model.row_of(media_id) if media_id else -1
        if row < 0:
            return None
        item = self.model.item(row)
        return ask_delete_media(self.form, self.session, item, lambda d: self._after_delete(d.id))

    def _after_delete(self, media_id: str) -> None:
        try:
            if self.form.record is None:
                self._set_ids([m for m in self.ids() if m != media_id])
            else:
                self._record_moved()
        except FieldReportError as exc:
            show_error(self.form.general_error, error_text(exc))
        self.reload()

    # -- files dropped onto the form ---------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kinds = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
        if watched is self.form and event.type() in kinds and isinstance(event, QDropEvent):
            paths = dropped_paths(event.mimeData())
            if not paths:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.import_paths(paths)
            return True
        return super().eventFilter(watched, event)
