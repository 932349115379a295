"""What a gallery shows for a photo before its thumbnail exists, or when it is damaged.

Drawn in memory with QPainter (nothing is read from or written to disk): a
grey picture frame with a clock while the photo waits for its analysis, and
the same frame with a warning sign when the analysis found it damaged.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

SIZE = QSize(128, 96)  # a landscape thumbnail's shape: names line up beside real ones
FRAME = QColor("#d9dde3")
LINE = QColor("#7a8494")
WARNING = QColor("#c0392b")


def _frame(painter: QPainter) -> None:
    """A landscape picture outline: frame, hills and a sun, in greys."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(8, 8, 112, 80)
    painter.setPen(QPen(LINE, 2))
    painter.setBrush(FRAME)
    painter.drawRoundedRect(box, 6, 6)
    hills = QPainterPath(QPointF(14, 80))
    hills.lineTo(46, 46)
    hills.lineTo(66, 64)
    hills.lineTo(84, 50)
    hills.lineTo(114, 80)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(hills)
    painter.drawEllipse(QPointF(92, 28), 7, 7)


@cache
def waiting_icon() -> QIcon:
    """A photo stored, its thumbnail not made yet (a clock on a picture frame)."""
    pixmap = QPixmap(SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    _frame(painter)
    centre = QPointF(40, 32)
    painter.setPen(QPen(LINE, 3))
    painter.setBrush(QColor("white"))
    painter.drawEllipse(centre, 15, 15)
    painter.drawLine(centre, QPointF(40, 22))
    painter.drawLine(centre, QPointF(48, 32))
    painter.end()
    return QIcon(pixmap)


@cache
def damaged_icon() -> QIcon:
    """A photo the analysis found damaged (kept: it is evidence either way)."""
    pixmap = QPixmap(SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    _frame(painter)
    painter.setPen(QPen(WARNING, 2))
    painter.setBrush(WARNING)
    painter.drawPolygon(QPolygonF([QPointF(40, 14), QPointF(60, 50), QPointF(20, 50)]))
    pen = QPen(QColor("white"), 4)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(40, 26), QPointF(40, 38))
    painter.drawPoint(QPointF(40, 45))
    painter.end()
    return QIcon(pixmap)
