"""A QR code drawn in memory from segno's module matrix (never written to a file)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

QUIET_ZONE = 4  # modules of white border the standard asks for


def qr_image(text: str, module_px: int = 4) -> QImage:
    """``text`` as a black-on-white QR code, ``module_px`` pixels per module."""
    code = segno.make(text, error="m", micro=False)
    matrix = [list(row) for row in code.matrix]
    count = len(matrix) + 2 * QUIET_ZONE
    size = count * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        QRect(
                            (x + QUIET_ZONE) * module_px,
                            (y + QUIET_ZONE) * module_px,
                            module_px,
                            module_px,
                        ),
                        Qt.GlobalColor.black,
                    )
    finally:
        painter.end()
    return image


class QrLabel(QLabel):
    """Shows one text as a QR code; empty text shows nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_shown = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_code(self, text: str) -> None:
        self.text_shown = text
        if text:
            self.setPixmap(QPixmap.fromImage(qr_image(text)))
        else:
            self.clear()
