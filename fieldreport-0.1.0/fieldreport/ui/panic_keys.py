"""The panic shortcut, heard everywhere in the app: an event filter on the application.

A ``QShortcut`` is blocked while a modal dialog (a record form, Settings) is
open, and that is exactly when a monitor may need it; an application-wide
event filter sees every key press before any widget does, modal or not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication


class PanicKeys(QObject):
    """Emits ``pressed`` when the chosen combination is pressed; off when it is empty."""

    pressed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sequence = QKeySequence()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_combination(self, combination: str) -> None:
        self.sequence = QKeySequence(combination) if combination else QKeySequence()

    @property
    def enabled(self) -> bool:
        return not self.sequence.isEmpty()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.enabled and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
            if pressed.matches(self.sequence) == QKeySequence.SequenceMatch.ExactMatch:
                self.pressed.emit()
                return True
        return False
