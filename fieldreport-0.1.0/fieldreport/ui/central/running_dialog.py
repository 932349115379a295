"""What the coordinator's dialogs that run work on a worker share: Start, then Cancel.

Export…, Report… and Export evidence package… start once, show progress, and
while running their Close button (and Escape) asks the worker to stop rather
than walking away. The dialog defines ``running``, ``status``, ``error`` and
the ``start_requested`` / ``cancel_requested`` signals, and its own
``set_running``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldreport.ui.widgets.common import error_label, show_error


class RunningDialogMixin:
    running: bool
    status: Any
    error: Any
    start_requested: Any
    cancel_requested: Any

    def set_running(self, running: bool) -> None:
        raise NotImplementedError

    def make_running_widgets(self) -> None:
        """The identifying-data choice and its warning, progress, status, error, buttons."""
        parent: Any = self
        self.identifying = QCheckBox(parent)
        self.identifying_note = QLabel(parent)
        self.identifying_note.setWordWrap(True)
        self.identifying_note.setStyleSheet("color: #8a1c1c;")
        self.progress = QProgressBar(parent)
        self.progress.setVisible(False)
        self.status = QLabel(parent)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label(parent)
        self.start_button = QPushButton(parent)
        self.start_button.setDefault(True)
        self.close_button = QPushButton(parent)
        self.close_button.setAutoDefault(False)

    def lay_out_running(self, intro: QWidget, choices: QLayout) -> None:
        """The intro, the dialog's own choices, then the widgets above, buttons at the right."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        parent: Any = self
        layout = QVBoxLayout(parent)
        layout.addWidget(intro)
        layout.addLayout(choices)
        for widget in (self.identifying, self.identifying_note, self.progress, self.status):
            layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.start_button.clicked.connect(self._start)
        self.close_button.clicked.connect(self._close_or_cancel)

    def _start(self) -> None:
        if not self.running:
            show_error(self.error, "")
            self.start_requested.emit()

    def _close_or_cancel(self) -> None:
        if self.running:
            self.cancel_requested.emit()
            self.status.setText(QCoreApplication.translate("RunningDialog", "Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        if self.running:  # Escape while writing asks to stop, it does not walk away
            self._close_or_cancel()
            return
        super().reject()  # type: ignore[misc]

    def failed(self, text: str) -> None:
        self.set_running(False)
        show_error(self.error, text)

    def finished(self, text: str) -> None:
        self.set_running(False)
        self.status.setText(text)
