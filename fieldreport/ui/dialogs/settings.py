"""Settings: language, auto-lock delay, changing the passphrase (and the duress one), panic
shortcut and erase; withdrawing key escrow while it is agreed."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldreport.domain.languages import LANGUAGE_NAMES, LANGUAGES
from fieldreport.settings import AUTOLOCK_RANGE, Settings
from fieldreport.ui.dialogs.duress_dialog import DuressDialog
from fieldreport.ui.dialogs.escrow_box import EscrowBox
from fieldreport.ui.dialogs.safety_box import SafetyBox
from fieldreport.ui.geometry import fit_height
from fieldreport.ui.messages import error_text
from fieldreport.ui.widgets.common import BusyIndicator, error_label, show_error
from fieldreport.ui.widgets.retranslate import RetranslateMixin
from fieldreport.ui.widgets.strength_bar import StrengthBar
from fieldreport.ui.workers import run_task


class SettingsDialog(RetranslateMixin, QDialog):
    language_changed = Signal(str)
    autolock_changed = Signal(int)
    panic_changed = Signal(str)  # "" is off
    wipe_changed = Signal(int)  # 0 is off
    erase_requested = Signal()
    purge_requested = Signal()
    purge_days_changed = Signal(int)  # 0 is off
    recovery_requested = Signal()  # "Recovery shares…"

    def __init__(self, settings: Settings, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session = session

        self.general = QGroupBox(self)
        self.language = QComboBox(self.general)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.autolock = QSpinBox(self.general)
        self.autolock.setRange(*AUTOLOCK_RANGE)
        self.autolock.setValue(settings.autolock_minutes)
        self.language_label = QLabel(self.general)
        self.language_label.setBuddy(self.language)
        self.autolock_label = QLabel(self.general)
        self.autolock_label.setBuddy(self.autolock)
        self.autolock_label.setWordWrap(True)
        general_form = QFormLayout(self.general)
        general_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        general_form.addRow(self.language_label, self.language)
        general_form.addRow(self.autolock_label, self.autolock)

        self.passphrase_box = QGroupBox(self)
        self.old = QLineEdit(self.passphrase_box)
        self.new = QLineEdit(self.passphrase_box)
        self.confirmation = QLineEdit(self.passphrase_box)
        for edit in (self.old, self.new, self.confirmation):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = StrengthBar(self.passphrase_box)
        self.old_label = QLabel(self.passphrase_box)
        self.new_label = QLabel(self.passphrase_box)
        self.confirmation_label = QLabel(self.passphrase_box)
        self.old_label.setBuddy(self.old)
        self.new_label.setBuddy(self.new)
        self.confirmation_label.setBuddy(self.confirmation)
        self.change_button = QPushButton(self.passphrase_box)
        self.change_button.setAutoDefault(False)
        self.recovery_button = QPushButton(self.passphrase_box)
        self.recovery_button.setAutoDefault(False)
        self.duress_button = QPushButton(self.passphrase_box)
        self.duress_button.setAutoDefault(False)
        self.passphrase_error = error_label(self.passphrase_box)
        self.passphrase_done = QLabel(self.passphrase_box)
        self.passphrase_done.setWordWrap(True)
        self.passphrase_done.setStyleSheet("color: #2b8a3e;")
        self.passphrase_done.setVisible(False)
        self.busy = BusyIndicator(self.passphrase_box)  # words above a busy bar
        pass_form = QFormLayout(self.passphrase_box)
        pass_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        pass_form.addRow(self.old_label, self.old)
        pass_form.addRow(self.new_label, self.new)
        pass_form.addRow(self.confirmation_label, self.confirmation)
        pass_form.addRow("", self.strength)
        button_row = QHBoxLayout()
        button_row.addWidget(self.recovery_button)
        button_row.addWidget(self.duress_button)
        button_row.addStretch(1)
        button_row.addWidget(self.change_button)
        pass_form.addRow(self.busy)
        pass_form.addRow(self.passphrase_error)
        pass_form.addRow(self.passphrase_done)
        pass_form.addRow(button_row)

        self.safety = SafetyBox(
            settings.panic_shortcut, settings.wipe_after_failures, settings.purge_after_days, self
        )

        self.escrow = EscrowBox(session, self)  # shown only while escrow is agreed

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(self.passphrase_box)
        layout.addWidget(self.safety)
        layout.addWidget(self.escrow)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.language.currentIndexChanged.connect(
            lambda _: self.language_changed.emit(self.language.currentData())
        )
        self.autolock.valueChanged.connect(self.autolock_changed)
        self.safety.panic_changed.connect(self.panic_changed)
        self.safety.wipe_changed.connect(self.wipe_changed)
        self.safety.erase_requested.connect(self.erase_requested)
        self.safety.purge_requested.connect(self.purge_requested)
        self.safety.purge_days_changed.connect(self.purge_days_changed)
        self.new.textChanged.connect(self.strength.update_for)
        # An error ("Passphrases do not match") goes as soon as a field is changed.
        for edit in (self.old, self.new, self.confirmation):
            edit.textChanged.connect(lambda _: show_error(self.passphrase_error, ""))
        self.change_button.clicked.connect(self.change_passphrase)
        self.recovery_button.clicked.connect(self.recovery_requested)
        self.duress_button.clicked.connect(self.show_duress)
        self.confirmation.returnPressed.connect(self.change_passphrase)
        self.setMinimumWidth(560)
        self.retranslateUi()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for every wrapped line at this width (a long language wraps more)."""
        fit_height(self)

    def change_passphrase(self) -> None:
        if not self.change_button.isEnabled():
            return
        show_error(self.passphrase_error, "")
        self.passphrase_done.setVisible(False)
        self._set_busy(True)
        run_task(
            self.session.change_passphrase,
            self.old.text(),
            self.new.text(),
            self.confirmation.text(),
            on_success=lambda _result: self._changed(),
            on_error=self._failed,
            uses_session=self.session,
        )

    def show_duress(self) -> DuressDialog:
        """*Duress passphrase…*: its own dialog, over this one."""
        dialog = DuressDialog(self.session, self)
        dialog.open()
        return dialog

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.old, self.new, self.confirmation, self.change_button):
            widget.setEnabled(not busy)

    def _changed(self) -> None:
        if not shiboken6.isValid(self):  # closed (or locked) meanwhile
            return
        self._set_busy(False)
        for edit in (self.old, self.new, self.confirmation):
            edit.clear()
        self.passphrase_done.setText(self.tr("The passphrase was changed."))
        self.passphrase_done.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        show_error(self.passphrase_error, error_text(exc))

    def retranslateUi(self) -> None:  # noqa: N802
        # Named ourselves, so it is translated even without a qtbase_<lang>.qm.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self.setWindowTitle(self.tr("Settings"))
        self.general.setTitle(self.tr("General"))
        self.language_label.setText(self.tr("&Language:"))
        self.autolock_label.setText(self.tr("Lock &automatically after (minutes idle):"))
        self.passphrase_box.setTitle(self.tr("Change the passphrase"))
        self.old_label.setText(self.tr("C&urrent passphrase:"))
        self.new_label.setText(self.tr("&New passphrase:"))
        self.confirmation_label.setText(self.tr("&Repeat new passphrase:"))
        self.change_button.setText(self.tr("C&hange passphrase"))
        self.recovery_button.setText(self.tr("Reco&very shares…"))
        self.duress_button.setText(self.tr("Duress pa&ssphrase…"))
        self.busy.set_text(self.tr("Changing the passphrase…"))
        if self.passphrase_done.isVisible():
            self.passphrase_done.setText(self.tr("The passphrase was changed."))
        if self.isVisible():
            self._fit_height()
