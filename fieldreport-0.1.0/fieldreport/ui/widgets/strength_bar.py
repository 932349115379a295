"""A live passphrase-strength bar with a translated hint."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from fieldreport.passphrase import strength
from fieldreport.ui.widgets.retranslate import RetranslateMixin

_COLOURS = ("#b00020", "#d9480f", "#e6a700", "#5c940d", "#2b8a3e")


class StrengthBar(RetranslateMixin, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.hint)
        self._hint_source = ""
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        result = strength(passphrase)
        if not passphrase:
            result = type(result)(0, "")  # nothing typed yet: no verdict
        self.bar.setValue(result.score)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {_COLOURS[result.score]}; }}")
        self._hint_source = result.hint
        self.score = result.score
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's naming
        source = self._hint_source
        self.hint.setText(QCoreApplication.translate("Passphrase", source) if source else "")
