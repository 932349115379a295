"""What a coordinator page shows while it reads: a sentence, a bar, and Cancel (or Esc).

The bar runs without end until the read reports how far it is (indexing new
records, duplicate detection); then it shows "done of total".
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from fieldreport.ui.widgets.retranslate import RetranslateMixin


class ReadingIndicator(RetranslateMixin, QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._done = self._total = 0
        self._stopped = False
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setMaximumWidth(260)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        layout.addStretch(0)
        self.setVisible(False)
        self.retranslateUi()

    def set_text(self, text: str) -> None:
        self._text = text
        self._show()

    def text(self) -> str:
        return self.label.text()

    def start(self) -> None:
        """A read began: no progress known yet."""
        self._done = self._total = 0
        self._stopped = False
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.cancel_button.setVisible(True)
        self._show()
        self.setVisible(True)

    def show_stopped(self) -> None:
        """The read was cancelled: say so until the next one starts."""
        self._stopped = True
        self.bar.setVisible(False)
        self.cancel_button.setVisible(False)
        self._show()
        self.setVisible(True)

    @property
    def stopped(self) -> bool:
        return self._stopped and not self.isHidden()

    def set_progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        self._show()

    def _show(self) -> None:
        text = self._text
        if self._stopped:
            text = self.tr("Stopped. Change a filter to read again.")
        elif self._total > 0:
            locale = QLocale()
            text = self.tr("{what} {done} of {total}").format(
                what=self._text,
                done=locale.toString(self._done),
                total=locale.toString(self._total),
            )
        self.label.setText(text)
        self.bar.setAccessibleName(text)

    def retranslateUi(self) -> None:  # noqa: N802
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop reading (Esc)"))
        self._show()
