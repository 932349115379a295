"""A record's revisions; selecting one shows its content, read-only.

The content is shown as people read the form: translated labels and values,
grouped as the form groups them, with the fields changed since the previous
revision marked. A toggle shows the stored JSON instead.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldreport.domain.schema import KIND_LABELS
from fieldreport.errors import FieldReportError
from fieldreport.ui.dialogs.revision_view import (
    Line,
    Section,
    clean,
    render_html,
    revision_sections,
)
from fieldreport.ui.i18n import current_language
from fieldreport.ui.messages import error_text
from fieldreport.ui.models.record_table import local_time, title_text
from fieldreport.ui.models.revision_table import REVISION_ROLE, RevisionTableModel
from fieldreport.ui.widgets.links_editor import describe
from fieldreport.ui.widgets.record_picker import kind_text
from fieldreport.ui.widgets.retranslate import RetranslateMixin


class HistoryDialog(RetranslateMixin, QDialog):
    def __init__(self, session: Any, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.session = session
        self.record_id = record_id
        self.record: Any = None
        self.previous: Any = None
        self.sections: list[Section] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = RevisionTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.content = QTextBrowser(self)
        self.content.setOpenLinks(False)
        self.content.setOpenExternalLinks(False)
        self.content.setObjectName("revision-content")
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.content)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.raw_button = QPushButton(self)
        self.raw_button.setCheckable(True)
        self.raw_button.setAutoDefault(False)
        self.raw_button.toggled.connect(lambda _on: self._render())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.raw_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.model.set_rows(session.history(record_id))
        self.view.selectionModel().currentRowChanged.connect(self._show_revision)
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1200, 700
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 40)
        self.resize(width, height)
        self.retranslateUi()
        if self.model.rowCount():
            self.view.selectRow(self.model.rowCount() - 1)

    # -- showing a revision ------------------------------------------------------------
    def select_revision(self, revision: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.data(self.model.index(row, 0), REVISION_ROLE) == revision:
                self.view.selectRow(row)
                return

    def _show_revision(self, current: Any, _previous: Any = None) -> None:
        self.record = self.previous = None
        revision = self.model.data(self.model.index(current.row(), 0), REVISION_ROLE)
        if revision is None:
            self._render()
            return
        try:
            self.record = self.session.get(self.record_id, revision)
            if revision > 1:
                self.previous = self.session.get(self.record_id, revision - 1)
        except FieldReportError as exc:
            self.record = self.previous = None
            self.sections = []
            self.content.setPlainText(error_text(exc))
            return
        self._render()

    def _render(self) -> None:
        record = self.record
        if record is None:
            self.sections = []
            self.content.clear()
            return
        if self.raw_button.isChecked():
            self.content.setPlainText(json.dumps(record.to_json(), ensure_ascii=False, indent=2))
            self.content.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            return
        self.content.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        lang = current_language()
        self.sections = revision_sections(
            record.kind,
            self._with_status(record),
            self._with_status(self.previous) if self.previous is not None else None,
            lang,
            self._link_titles(lang),
        )
        incoming = self._incoming_section(lang)
        if incoming is not None:
            self.sections.append(incoming)
        kind = QCoreApplication.translate("Kind", KIND_LABELS.get(record.kind, record.kind))
        heading = self.tr("{kind} — revision {revision}, saved {saved}").format(
            kind=kind, revision=record.revision, saved=local_time(record.updated_at)
        )
        notice = ""
        if record.deleted:
            notice = self.tr(
                "This revision deleted the record. It still shows what the record held "
                "when it was deleted."
            )
        self.content.setHtml(render_html(heading, notice, self.sections))

    @staticmethod
    def _with_status(record: Any) -> dict[str, Any]:
        return {**record.data, "status": record.status}

    def _link_titles(self, lang: str) -> dict[str, str]:
        ids = {
            str(item)
            for record in (self.record, self.previous)
            if record is not None and isinstance(record.data.get("links"), list)
            for item in record.data["links"]
        }
        if not ids:
            return {}
        try:
            summaries = self.session.list(lang=lang)
        except FieldReportError:
            return {}
        return {s.id: describe(s) for s in summaries if s.id in ids}

    def _incoming_section(self, lang: str) -> Section | None:
        """The records whose links point to this one (links are kept on the linking record)."""
        try:
            summaries = self.session.links(self.record_id, lang=lang).incoming
        except FieldReportError:
            return None
        if not summaries:
            return None
        lines = [
            Line(path=f"linked_from.{s.id}", label=kind_text(s.kind), value=clean(title_text(s)))
            for s in summaries
        ]
        return Section(self.tr("Records that link to this one"), lines)

    def _fit_revision_list(self) -> None:
        """Give the revision list the width its columns need, the content the rest."""
        header = self.view.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        needed = header.length() + 2 * self.view.frameWidth()
        needed += self.view.verticalScrollBar().sizeHint().width()
        total = max(self.splitter.width(), self.width() - 30)
        needed = min(needed, total // 2)
        self.splitter.setSizes([needed, max(total - needed, 1)])

    def line(self, path: str) -> Any:
        """The shown line of the field at ``path`` (``None`` when it is not shown)."""
        for section in self.sections:
            for line in section.lines:
                if line.path == path:
                    return line
        return None

    def clear(self) -> None:
        self.record = self.previous = None
        self.sections = []
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
        self.raw_button.setText(self.tr("Show as &JSON"))
        self.raw_button.setToolTip(self.tr("The revision exactly as stored, with its field keys"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._fit_revision_list()
        self._render()
