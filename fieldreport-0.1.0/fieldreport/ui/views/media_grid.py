"""A grid of media thumbnails: arrows move, Enter opens, Delete deletes; files can be dropped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from fieldreport.ui.models.media_list import MediaListModel, Role

_OWN_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def dropped_paths(mime: QMimeData | None) -> list[Path]:
    """The local files and folders in a drag (links to web pages are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class MediaGrid(QListView):
    open_requested = Signal(str)  # media id
    delete_requested = Signal(str)  # media id
    files_dropped = Signal(list)  # list[Path]

    def __init__(
        self,
        model: MediaListModel,
        parent: QWidget | None = None,
        *,
        icon: int = 128,
        multiple: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setIconSize(QSize(icon, icon))
        self.setGridSize(QSize(icon + 40, icon + 48))
        self.setSpacing(6)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if multiple:  # Ctrl+click and Shift+click choose several (to attach them at once)
            self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(False)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.activated.connect(self._activated)

    def media_model(self) -> MediaListModel:
        model = self.model()
        assert isinstance(model, MediaListModel)
        return model

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(Role.ID) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        """The chosen items in gallery order (the current one when none is selected)."""
        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        ids = [self.media_model().item(row).id for row in rows]
        if not ids and (current := self.current_id()):
            ids = [current]
        return ids

    def select_id(self, media_id: str | None) -> None:
        row = self.media_model().row_of(media_id) if media_id else -1
        if row < 0 and self.media_model().rowCount():
            row = 0
        if row >= 0:
            self.setCurrentIndex(self.media_model().index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        media_id = index.data(Role.ID)
        if media_id:
            self.open_requested.emit(media_id)

    # -- keys: the window's Delete and Enter actions must not take them here ----------
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _OWN_KEYS
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        media_id = self.current_id()
        if event.key() == Qt.Key.Key_Delete and media_id:
            self.delete_requested.emit(media_id)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and media_id:
            self.open_requested.emit(media_id)
            return
        super().keyPressEvent(event)

    # -- dropping files -----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()
