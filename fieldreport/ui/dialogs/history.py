"""A record's revisions; selecting one shows its content, read-only."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldreport.errors import FieldReportError
from fieldreport.ui.messages import error_text
from fieldreport.ui.models.revision_table import REVISION_ROLE, RevisionTableModel
from fieldreport.ui.widgets.retranslate import RetranslateMixin


class HistoryDialog(RetranslateMixin, QDialog):
    def __init__(self, session: Any, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session = session
        self.record_id = record_id
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = RevisionTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.content = QPlainTextEdit(self)
        self.content.setReadOnly(True)
        self.content.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.content)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.model.set_rows(session.history(record_id))
        self.view.selectionModel().currentRowChanged.connect(self._show_revision)
        if self.model.rowCount():
            self.view.selectRow(self.model.rowCount() - 1)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(1000, screen.width() - 40) if screen else 1000, 600)
        self.retranslateUi()

    def _show_revision(self, current: Any, _previous: Any = None) -> None:
        revision = self.model.data(self.model.index(current.row(), 0), REVISION_ROLE)
        if revision is None:
            self.content.clear()
            return
        try:
            record = self.session.get(self.record_id, revision)
        except FieldReportError as exc:
            self.content.setPlainText(error_text(exc))
            return
        self.content.setPlainText(json.dumps(record.to_json(), ensure_ascii=False, indent=2))

    def clear(self) -> None:
        self.content.clear()
        self.model.set_rows([])

    def retranslateUi(self) -> None:  # noqa: N802
        # Qt ships no Kyrgyz strings for its standard buttons: name it ourselves.
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self.setWindowTitle(self.tr("History of the record"))
        self.intro.setText(
            self.tr(
                "Every save is kept as a revision. Select a revision to see what it held. "
                "Revisions cannot be changed."
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
