"""*Erase this vault…*: says what the organisation never confirmed, then wants a typed word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldreport.coercion import Unconfirmed
from fieldreport.ui.widgets.retranslate import RetranslateMixin

#: Always accepted too, whatever the language: the keyboard may have only Latin letters.
ENGLISH_WORD = "ERASE"


class EraseDialog(RetranslateMixin, QDialog):
    """Accepted only when the word is typed and *Erase* pressed; the window then erases."""

    def __init__(self, lost: Unconfirmed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.lost = lost
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        self.loss = QLabel(self)
        self.loss.setWordWrap(True)
        self.word_label = QLabel(self)
        self.word_label.setWordWrap(True)
        self.word = QLineEdit(self)
        self.word_label.setBuddy(self.word)
        self.buttons = QDialogButtonBox(self)
        self.erase_button = QPushButton(self)
        self.erase_button.setAutoDefault(False)
        self.erase_button.setDefault(False)
        self.erase_button.setStyleSheet(
            "QPushButton:enabled { color: #b00020; font-weight: bold; }"
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)  # Enter erases once the word is typed, or nothing
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.loss)
        layout.addWidget(self.word_label)
        layout.addWidget(self.word)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.word.textChanged.connect(self._check_word)
        self.word.returnPressed.connect(self._erase_if_typed)
        self.erase_button.clicked.connect(self._erase_if_typed)
        self.cancel_button.clicked.connect(self.reject)
        self.setMinimumWidth(520)
        self.retranslateUi()
        self.word.setFocus()

    def word_to_type(self) -> str:
        return self.tr("ERASE")

    def typed(self) -> bool:
        answer = self.word.text().strip().upper()
        return answer in (self.word_to_type().upper(), ENGLISH_WORD)

    def _check_word(self) -> None:
        self.erase_button.setEnabled(self.typed())

    def _erase_if_typed(self) -> None:
        if self.typed():
            self.accept()

    def loss_text(self) -> str:
        if self.lost.nothing:
            return self.tr(
                "The organisation has confirmed every record and file in this vault "
                "(receipts): nothing unconfirmed will be lost."
            )
        return self.tr(
            "Never confirmed by the organisation (no receipt): records: {records}, files: "
            "{files}. They exist only on this laptop and will be lost for good."
        ).format(records=self.lost.records, files=self.lost.media)

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Erase this vault"))
        self.what.setText(
            self.tr(
                "Erasing destroys the vault's key first, then every record, photo, file and "
                "unsaved form on this laptop. The app then starts as if newly installed. "
                "This cannot be undone."
            )
        )
        self.loss.setText(self.loss_text())
        self.word_label.setText(self.tr("To erase, &type {word}:").format(word=self.word_to_type()))
        self.erase_button.setText(self.tr("&Erase the vault"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self._check_word()
