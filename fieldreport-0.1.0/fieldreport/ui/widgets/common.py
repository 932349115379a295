"""Small shared widgets: an inline error label, a busy bar (with words), a centred column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"
#: Help and hint text: a grey dark enough to read outdoors (≥ 4.5:1 on the window's
#: background and on white, WCAG AA); Qt's palette(mid) is only about 2.8:1.
MUTED_COLOUR = "#595959"
HELP_STYLE = f"color: {MUTED_COLOUR};"


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red, word-wrapped label, hidden while empty."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    """An indeterminate progress bar, hidden until work starts."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setFixedHeight(6)
    bar.setVisible(False)
    return bar


class BusyIndicator(QWidget):
    """A sentence saying what is going on above a busy bar; hidden until work starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = busy_bar(self)
        self.bar.setVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setVisible(False)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()


def centred_column(page: QWidget, inner: QWidget, max_width: int = 560) -> None:
    """Place ``inner`` in the middle of ``page``, no wider than ``max_width``."""
    inner.setMaximumWidth(max_width)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner, 4)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


def add_lock_shortcut(dialog: QWidget) -> None:
    """Ctrl+L locks from ``dialog`` too (a modal dialog blocks the window's own shortcut).

    For dialogs opened by a form or a gallery; those the window tracks get it there.
    """
    from PySide6.QtGui import QShortcut

    host = dialog.parentWidget()
    while host is not None and not hasattr(host, "lock_action"):
        host = host.parentWidget()
    if host is not None:
        action = host.lock_action  # type: ignore[attr-defined]
        QShortcut(action.shortcut(), dialog, activated=action.trigger)
