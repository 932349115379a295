"""After a refused save: how many fields need attention, each named as a link to it."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

BANNER_STYLE = "background: #fdecea; color: #7f0016; padding: 6px; border: 1px solid #b00020;"
LINK_COLOUR = "#7f0016"


class ProblemBanner(QLabel):
    """Hidden until :meth:`show_fields`; ``linkActivated`` gives the field's path."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem-banner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(BANNER_STYLE)
        self.setVisible(False)

    def show_fields(self, fields: Sequence[tuple[str, str]]) -> None:
        """``fields``: (path, name as shown in the form), in form order; empty hides it."""
        count = self.tr("Fields that need attention: {count}").format(count=len(fields))
        links = " · ".join(
            f"<a href='{html.escape(path)}' style='color:{LINK_COLOUR};'>{html.escape(name)}</a>"
            for path, name in fields
        )
        self.setText(f"<b>{html.escape(count)}</b><br>{links}")
        self.setVisible(bool(fields))
