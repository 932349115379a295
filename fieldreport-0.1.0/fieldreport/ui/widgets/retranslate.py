"""Re-run ``retranslateUi()`` whenever the application language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class RetranslateMixin:
    """Put first in the bases; the class defines ``retranslateUi()``."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]
