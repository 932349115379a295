"""The viewer: one item at a time, zoomable, with its metadata, caption and actions.

Previews come from the vault as JPEG bytes (already upright) and are decoded
in memory; closing the viewer (also at lock) drops the picture. Exports are
the only plaintext FieldReport writes, to a path the person picks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldreport.domain import present
from fieldreport.domain.schema import KIND_LABELS
from fieldreport.errors import FieldReportError
from fieldreport.ui import file_dialogs
from fieldreport.ui.dialogs.delete_media import ask_delete_media
from fieldreport.ui.geometry import form_size
from fieldreport.ui.i18n import current_language
from fieldreport.ui.media_text import kind_icon, kind_note, short_name
from fieldreport.ui.messages import error_text
from fieldreport.ui.models.media_list import analysis_text
from fieldreport.ui.widgets.common import error_label, show_error
from fieldreport.ui.widgets.media_details import gps_text
from fieldreport.ui.widgets.media_viewer_panel import ViewerPanel
from fieldreport.ui.widgets.retranslate import RetranslateMixin
from fieldreport.ui.widgets.zoom_view import ZoomView
from fieldreport.ui.workers import run_task, session_busy

#: ``{"lat", "lon", "precision"}`` → fills the record form's location.
LocationTarget = Callable[[dict], None]


class MediaViewer(RetranslateMixin, QDialog):
    item_changed = Signal(object)  # a MediaItem whose caption was saved
    item_deleted = Signal(str)  # media id

    def __init__(
        self,
        session: Any,
        items: list[Any],
        index: int,
        parent: QWidget | None = None,
        *,
        use_location: LocationTarget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session = session
        self.items = list(items)
        self.index = max(0, min(index, len(self.items) - 1))
        self.use_location = use_location
        self._busy = False

        self.view = ZoomView(self)
        self.panel = ViewerPanel(self)
        self.panel.setFixedWidth(400)
        self.message = error_label(self)
        self.position = QLabel(self)
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.close_button = QPushButton(self)
        # Zoom you can see and click, not only keys on a focused picture.
        self.zoom_out_button = QToolButton(self)
        self.zoom_in_button = QToolButton(self)
        self.fit_button = QToolButton(self)
        self.zoom_level = QLabel(self)
        self.zoom_level.setMinimumWidth(48)
        self.zoom_level.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setAutoDefault(False)
        zoom = QHBoxLayout()
        zoom.setSpacing(2)
        for widget in (self.zoom_out_button, self.zoom_level, self.zoom_in_button, self.fit_button):
            zoom.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addLayout(zoom)
        bottom.addSpacing(12)
        bottom.addWidget(self.position)
        bottom.addWidget(self.message, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.close_button)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.view.previous_requested.connect(self.show_previous)
        self.view.next_requested.connect(self.show_next)
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.fit_button.clicked.connect(self.view.fit_to_window)
        self.view.zoom_changed.connect(self._show_zoom)
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button.clicked.connect(self.show_next)
        self.close_button.clicked.connect(self.accept)
        panel = self.panel
        panel.caption.returnPressed.connect(self.save_caption)
        panel.save_caption_button.clicked.connect(self.save_caption)
        panel.export_button.clicked.connect(lambda: self.export(strip=False))
        panel.export_stripped_button.clicked.connect(lambda: self.export(strip=True))
        panel.location_button.clicked.connect(self.fill_location)
        panel.delete_button.clicked.connect(self.delete)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.view.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.view.zoom_out),
            (QKeySequence("Ctrl+0"), self.view.fit_to_window),
        ):
            QShortcut(keys, self, activated=slot)
        screen = self.screen()
        self.resize(form_size(screen.availableGeometry().size() if screen else None))
        self.retranslateUi()
        self._show()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the item shown -------------------------------------------------------------
    @property
    def item(self) -> Any:
        return self.items[self.index] if self.items else None

    def _show(self) -> None:
        item = self._fresh()
        show_error(self.message, "")
        if item is None:
            self.view.clear()
            self.panel.clear()
            return
        if item.kind == "photo":
            data = self.session.media_preview(item.id)
            image = QImage.fromData(data, "JPEG") if data else QImage()  # in memory only
            if image.isNull() and getattr(item, "analysis", "done") == "damaged":
                self.view.set_message(analysis_text(item))  # why, and that it is kept
            elif image.isNull():
                self.view.set_message(self.tr("There is no preview of this photo."))
            else:
                self.view.set_image(image)
        else:
            icon = kind_icon(item.kind).pixmap(QSize(96, 96))
            self.view.set_message(kind_note(item.kind), None)
            self.view.picture.setPixmap(icon)
            self.view.picture.setToolTip(kind_note(item.kind))
        self.panel.show_item(item, self._record_names(item))
        waiting = getattr(item, "analysis", "done") == "pending"  # its GPS is read on demand
        self.panel.location_button.setVisible(
            self.use_location is not None and (waiting or bool(item.metadata.get("gps")))
        )
        self._update_navigation()

    def _fresh(self) -> Any:
        """The item shown, read again when it is a photo.

        The gallery's copy may predate its analysis (metadata, damage), which
        may have finished in the background since.
        """
        item = self.item
        if item is None or item.kind != "photo" or not hasattr(self.session, "media_item"):
            return item  # the coordinator's viewer shows received media: no analysis
        if session_busy(self.session):
            return item
        try:
            item = self.session.media_item(item.id)
        except FieldReportError:
            return item
        self.items[self.index] = item
        return item

    def _record_names(self, item: Any) -> list[str]:
        names = []
        for record_id in item.records:
            try:
                record = self.session.get(record_id)
            except FieldReportError:
                continue
            kind = QCoreApplication.translate("Kind", KIND_LABELS[record.kind])
            title = present.title(record.kind, record.data, current_language())
            if title == present.UNTITLED:
                title = QCoreApplication.translate("Present", present.UNTITLED)
            names.append(f"{kind}: {title}")
        return names

    def _update_navigation(self) -> None:
        count = len(self.items)
        self.position.setText(
            self.tr("{number} of {count}").format(number=self.index + 1, count=count)
            if count
            else ""
        )
        has_image = self.view.has_image()
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(has_image)
        if not has_image:
            self.zoom_level.setText("")
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < count - 1)

    def _show_zoom(self, scale: float) -> None:
        self.zoom_level.setText(f"{round(scale * 100)} %")

    def show_previous(self) -> None:
        self._go(self.index - 1)

    def show_next(self) -> None:
        self._go(self.index + 1)

    def _go(self, index: int) -> None:
        if self._busy or not 0 <= index < len(self.items) or index == self.index:
            return
        self._save_caption_if_changed()
        self.index = index
        self._show()

    # -- caption ------------------------------------------------------------------
    def save_caption(self) -> bool:
        item = self.item
        if item is None or getattr(self.session, "locked", True):
            return False
        try:
            updated = self.session.set_caption(item.id, self.panel.caption.text())
        except FieldReportError as exc:
            show_error(self.message, error_text(exc))
            return False
        self.items[self.index] = updated
        self.panel.caption_saved(updated.caption)
        self.item_changed.emit(updated)
        return True

    def _save_caption_if_changed(self) -> None:
        item = self.item
        if item is not None and self.panel.caption.text().strip() != item.caption:
            self.save_caption()

    # -- actions ------------------------------------------------------------------
    def export(self, *, strip: bool) -> None:
        item = self.item
        if item is None or self._busy:
            return
        name = short_name(item.original_name) or item.id[:8]
        if strip:
            stem, dot, suffix = name.rpartition(".")
            name = f"{stem}-shared.{suffix}" if dot else f"{name}-shared"
            title = self.tr("Export without metadata")
        else:
            title = self.tr("Export the original")
        chosen = file_dialogs.save_file(self, title, Path.home() / name)
        if chosen is None:
            return
        path = str(chosen)
        self._set_busy(True, self.tr("Exporting…"))
        run_task(
            self.session.export_media,
            item.id,
            Path(path),
            strip_metadata=strip,
            on_success=lambda out: self._exported(Path(out)),
            on_error=self._export_failed,
            uses_session=self.session,
        )

    def _exported(self, out: Path) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.panel.set_status(self.tr("Written to {path}").format(path=str(out)))

    def _export_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        show_error(self.message, error_text(exc))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.panel.set_busy(busy)
        self.panel.set_status(text)
        for button in (self.previous_button, self.next_button):
            button.setEnabled(not busy)
        if not busy:
            self._update_navigation()

    def fill_location(self) -> None:
        item = self.item
        if item is None or self.use_location is None:
            return
        location = self.session.location_from_media(item.id)  # analyses it if it waits
        if location is None:
            self.panel.location_button.hide()
            self.panel.set_status(self.tr("This photo has no position (GPS) in its metadata."))
            return
        self.use_location(location)
        self.panel.set_status(
            self.tr("The record's position was set to {position}.").format(
                position=gps_text(location)
            )
        )

    def delete(self) -> QDialog | None:
        item = self.item
        if item is None or self._busy:
            return None
        return ask_delete_media(self, self.session, item, self._deleted)

    def _deleted(self, deleted: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self.items = [i for i in self.items if i.id != deleted.id]
        self.index = min(self.index, len(self.items) - 1)
        self.item_deleted.emit(deleted.id)
        if not self.items:
            self.accept()
            return
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """PageUp/PageDown anywhere (the picture also takes Left/Right)."""
        if event.key() == Qt.Key.Key_PageUp:
            self.show_previous()
        elif event.key() == Qt.Key.Key_PageDown:
            self.show_next()
        else:
            super().keyPressEvent(event)

    # -- closing ------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Closing (also at lock): keep a changed caption, then drop the picture."""
        if not self._busy:
            self._save_caption_if_changed()
        self.view.clear()
        self.panel.clear()
        self.items = []
        super().done(result)

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Photos and files"))
        self.previous_button.setText(self.tr("&Previous"))
        self.previous_button.setToolTip(self.tr("Left arrow or Page Up"))
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setToolTip(self.tr("Right arrow or Page Down"))
        self.close_button.setText(self.tr("&Close"))
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+, Ctrl+wheel)"))
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (−, Ctrl+wheel)"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Fit the picture to the window (0)"))
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setAccessibleName(button.toolTip())
        self._update_navigation()
