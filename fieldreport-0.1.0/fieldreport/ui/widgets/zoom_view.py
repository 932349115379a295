"""A picture that fits the window or is zoomed: + and - (or Ctrl+wheel), 0 fits again.

Left/Right ask for the previous or next picture (unless they scroll a zoomed one). The
image lives in memory only (a ``QImage`` decoded from bytes).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

ZOOM_STEP = 1.25
MIN_ZOOM = 0.05
MAX_ZOOM = 8.0


class ZoomView(QScrollArea):
    previous_requested = Signal()
    next_requested = Signal()
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QScrollArea { background: #2b2b2b; }")
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("background: #2b2b2b; color: #f0f0f0; padding: 12px;")
        self.picture.setWordWrap(True)
        self.setWidget(self.picture)
        self.setWidgetResizable(False)
        self._image = QImage()
        self.fit = True
        self.zoom = 1.0

    # -- contents ------------------------------------------------------------------
    def set_image(self, image: QImage | None) -> None:
        self._image = image if image is not None and not image.isNull() else QImage()
        self.fit = True
        self._render()

    def set_message(self, text: str, pixmap: QPixmap | None = None) -> None:
        """No picture: a type icon and a sentence instead (audio, video, documents)."""
        self._image = QImage()
        self.picture.setPixmap(QPixmap())
        if pixmap is not None:
            self.picture.setPixmap(pixmap)
            self.picture.setToolTip(text)
        self.picture.setText("" if pixmap is not None else text)
        self.picture.resize(self.viewport().size())

    def clear(self) -> None:
        self._image = QImage()
        self.picture.clear()

    def has_image(self) -> bool:
        return not self._image.isNull()

    # -- zoom ----------------------------------------------------------------------
    def fit_scale(self) -> float:
        if self._image.isNull():
            return 1.0
        area = self.viewport().size()
        return max(
            MIN_ZOOM,
            min(area.width() / self._image.width(), area.height() / self._image.height(), 1.0),
        )

    def scale(self) -> float:
        return self.fit_scale() if self.fit else self.zoom

    def zoom_in(self) -> None:
        self._set_zoom(self.scale() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.scale() / ZOOM_STEP)

    def fit_to_window(self) -> None:
        self.fit = True
        self._render()

    def _set_zoom(self, zoom: float) -> None:
        if self._image.isNull():
            return
        self.fit = False
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._render()

    def _render(self) -> None:
        if self._image.isNull():
            self.picture.clear()
            return
        scale = self.scale()
        size = self._image.size() * scale
        pixmap = QPixmap.fromImage(self._image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.picture.setPixmap(pixmap)
        self.picture.resize(pixmap.size().expandedTo(self.viewport().size()))
        self.zoom_changed.emit(scale)

    # -- events --------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._image.isNull():
            self.picture.resize(self.viewport().size())
        elif self.fit:
            self._render()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit_to_window()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            event.ignore()  # previous / next: the viewer's
        elif key == Qt.Key.Key_Left and not self._scrolls(key):
            self.previous_requested.emit()
        elif key == Qt.Key.Key_Right and not self._scrolls(key):
            self.next_requested.emit()
        else:
            super().keyPressEvent(event)

    def _scrolls(self, key: int) -> bool:
        """Left/Right scroll a zoomed picture wider than the window instead."""
        bar = self.horizontalScrollBar()
        if bar.maximum() == 0:
            return False
        at_edge = bar.value() == (bar.minimum() if key == Qt.Key.Key_Left else bar.maximum())
        if at_edge:
            return False
        bar.setValue(bar.value() + (bar.singleStep() * (-4 if key == Qt.Key.Key_Left else 4)))
        return True
