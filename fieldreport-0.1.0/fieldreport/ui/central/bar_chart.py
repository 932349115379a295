"""A horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials).

One bar per row: its label on the left, the bar, its number at the end. A
click on a bar (or Enter on the focused one) asks for the records behind it
(``bar_activated`` with the bar's key); the arrow keys move between bars. The
chart is as tall as its bars need; put it in a scroll area when there are many.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = QColor("#3b6fb6")
FOCUS_COLOUR = QColor("#1b3f75")
GAP = 6


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    key: str  # what ``bar_activated`` carries (the records behind it are found by it)


class BarChart(QWidget):
    bar_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.current = 0 if self.bars else -1
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + GAP

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, max(1, len(self.bars)) * self._row_height() + GAP)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.sizeHint().height())

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(bar.label) for bar in self.bars), default=0)
        return min(widest + 12, self.width() * 2 // 5)

    def bar_rect(self, index: int) -> QRect:
        """Where bar ``index`` is drawn (also what a click must hit)."""
        metrics = self.fontMetrics()
        top = GAP // 2 + index * self._row_height()
        left = self._label_width()
        number_room = metrics.horizontalAdvance(f" {self._largest():,} ") + 8
        room = max(1, self.width() - left - number_room)
        largest = max(1, self._largest())
        width = max(2, round(room * self.bars[index].value / largest))
        return QRect(left, top + 2, width, self._row_height() - GAP)

    def _largest(self) -> int:
        return max((bar.value for bar in self.bars), default=0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        metrics = self.fontMetrics()
        label_width = self._label_width()
        text_colour = self.palette().color(self.foregroundRole())
        for index, bar in enumerate(self.bars):
            rect = self.bar_rect(index)
            row = QRect(0, rect.top() - 2, label_width - 8, self._row_height())
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, row.width())
            right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            painter.drawText(row, right, label)
            focused = index == self.current and self.hasFocus()
            painter.fillRect(rect, FOCUS_COLOUR if focused else BAR_COLOUR)
            if focused:
                painter.setPen(QPen(text_colour, 1, Qt.PenStyle.DotLine))
                painter.drawRect(rect.adjusted(-2, -2, 1, 1))
            painter.setPen(text_colour)
            number = QRect(rect.right() + 6, row.top(), self.width(), row.height())
            painter.drawText(
                number, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, f"{bar.value:,}"
            )
        painter.end()

    def bar_at(self, x: int, y: int) -> int:
        index = (y - GAP // 2) // self._row_height()
        if 0 <= index < len(self.bars) and x >= 0:
            return index
        return -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.bar_at(int(event.position().x()), int(event.position().y()))
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if index >= 0 else Qt.CursorShape.ArrowCursor
        )
        if index >= 0:
            bar = self.bars[index]
            self.setToolTip(f"{bar.label}: {bar.value:,}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.bar_at(int(event.position().x()), int(event.position().y()))
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.current = index
            self.update()
            self.bar_activated.emit(self.bars[index].key)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.bars:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = max(0, min(len(self.bars) - 1, self.current + step))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current >= 0:
            self.bar_activated.emit(self.bars[self.current].key)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()
