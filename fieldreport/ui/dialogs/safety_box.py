"""The Settings dialog's *Safety* group: the panic shortcut and *Erase this vault…*."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from fieldreport.shortcuts import PRESETS
from fieldreport.ui.widgets.retranslate import RetranslateMixin


class SafetyBox(RetranslateMixin, QGroupBox):
    panic_changed = Signal(str)  # "" is off
    erase_requested = Signal()

    def __init__(self, panic_shortcut: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panic = QComboBox(self)
        self.panic.addItem("", "")
        for combination in dict.fromkeys([*PRESETS, panic_shortcut]):
            if combination:
                shown = QKeySequence(combination).toString(QKeySequence.SequenceFormat.NativeText)
                self.panic.addItem(shown, combination)
        self.panic.setCurrentIndex(max(self.panic.findData(panic_shortcut), 0))
        self.panic_label = QLabel(self)
        self.panic_label.setBuddy(self.panic)
        self.panic_label.setWordWrap(True)
        self.panic_note = QLabel(self)
        self.panic_note.setWordWrap(True)
        self.erase_button = QPushButton(self)
        self.erase_button.setAutoDefault(False)
        self.erase_button.setStyleSheet("QPushButton:enabled { color: #b00020; }")
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.panic_label, self.panic)
        form.addRow(self.panic_note)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.erase_button)
        form.addRow(row)
        self.panic.currentIndexChanged.connect(
            lambda _: self.panic_changed.emit(self.panic.currentData())
        )
        self.erase_button.clicked.connect(self.erase_requested)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802
        self.setTitle(self.tr("Safety"))
        self.panic.setItemText(0, self.tr("Off"))
        self.panic_label.setText(self.tr("&Panic shortcut:"))
        self.panic_note.setText(
            self.tr("Pressing it while the app is open erases this vault at once, without asking.")
        )
        self.erase_button.setText(self.tr("&Erase this vault…"))
