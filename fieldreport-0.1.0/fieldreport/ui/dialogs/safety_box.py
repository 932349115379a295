"""The Settings dialog's *Safety* group: panic shortcut, wipe after failures, *Erase…*."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldreport.shortcuts import PRESETS
from fieldreport.ui.widgets.retranslate import RetranslateMixin

WIPE_CHOICES = (3, 5, 10, 20)
PURGE_CHOICES = (7, 30, 90)


class SafetyBox(RetranslateMixin, QGroupBox):
    panic_changed = Signal(str)  # "" is off
    wipe_changed = Signal(int)  # 0 is off
    erase_requested = Signal()
    purge_requested = Signal()
    purge_days_changed = Signal(int)  # 0 is off

    def __init__(
        self,
        panic_shortcut: str,
        wipe_after_failures: int,
        purge_after_days: int = 0,
        parent: QWidget | None = None,
    ) -> None:
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
        self.wipe = QComboBox(self)
        self.wipe.addItem("", 0)
        for failures in sorted({*WIPE_CHOICES, wipe_after_failures} - {0}):
            self.wipe.addItem(str(failures), failures)
        self.wipe.setCurrentIndex(max(self.wipe.findData(wipe_after_failures), 0))
        self.wipe_label = QLabel(self)
        self.wipe_label.setBuddy(self.wipe)
        self.wipe_label.setWordWrap(True)
        self.wipe_note = QLabel(self)
        self.wipe_note.setWordWrap(True)
        self.purge_days = QComboBox(self)
        self.purge_days.addItem("", 0)
        for days in sorted({*PURGE_CHOICES, purge_after_days} - {0}):
            self.purge_days.addItem(str(days), days)
        self.purge_days.setCurrentIndex(max(self.purge_days.findData(purge_after_days), 0))
        self.purge_days_label = QLabel(self)
        self.purge_days_label.setBuddy(self.purge_days)
        self.purge_days_label.setWordWrap(True)
        self.purge_button = QPushButton(self)
        self.purge_button.setAutoDefault(False)
        self.erase_button = QPushButton(self)
        self.erase_button.setAutoDefault(False)
        self.erase_button.setStyleSheet("QPushButton:enabled { color: #b00020; }")
        # One column, each label above its field across the whole width: a form
        # layout's label column squeezed wrapped labels to a few words per line.
        column = QVBoxLayout(self)
        for widget in (
            self.panic_label,
            self.panic,
            self.panic_note,
            self.wipe_label,
            self.wipe,
            self.wipe_note,
            self.purge_days_label,
            self.purge_days,
        ):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.purge_button)
        row.addStretch(1)
        row.addWidget(self.erase_button)
        column.addLayout(row)
        self.panic.currentIndexChanged.connect(
            lambda _: self.panic_changed.emit(self.panic.currentData())
        )
        self.wipe.currentIndexChanged.connect(
            lambda _: self.wipe_changed.emit(self.wipe.currentData())
        )
        self.purge_days.currentIndexChanged.connect(
            lambda _: self.purge_days_changed.emit(self.purge_days.currentData())
        )
        self.purge_button.clicked.connect(self.purge_requested)
        self.erase_button.clicked.connect(self.erase_requested)
        self.retranslateUi()

    def retranslateUi(self) -> None:  # noqa: N802
        self.setTitle(self.tr("Safety"))
        self.panic.setItemText(0, self.tr("Off"))
        self.panic_label.setText(self.tr("&Panic shortcut:"))
        self.panic_note.setText(
            self.tr("Pressing it while the app is open erases this vault at once, without asking.")
        )
        self.wipe.setItemText(0, self.tr("Off"))
        self.wipe_label.setText(self.tr("Erase after &wrong passphrases in a row:"))
        self.wipe_note.setText(
            self.tr(
                "Protects this laptop only: a copy of its disk has its own count. "
                "A correct passphrase starts the count again."
            )
        )
        self.purge_days.setItemText(0, self.tr("Off"))
        self.purge_days_label.setText(
            self.tr("Remove from this laptop &days after the organisation confirmed them:")
        )
        self.purge_button.setText(self.tr("Remove c&onfirmed records…"))
        self.erase_button.setText(self.tr("&Erase this vault…"))
