"""The coordinator's duplicate review (layout): each candidate pair side by side.

The list holds the pairs :mod:`fieldreport.central.duplicates` found (most
likely first), the two records are shown beside each other as the record
view shows them (names masked until asked), with the fields compared and
what each said. "Same", "Different" and "Undo" record a signed decision in
the centre's custody log (:mod:`fieldreport.central.decisions`); nothing is
ever merged, and both records stay as they came.
"""

from __future__ import annotations

import getpass
import os

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldreport.ui.central.reading_indicator import ReadingIndicator
from fieldreport.ui.central.table import TextTable, selected_id, table_view
from fieldreport.ui.widgets.common import error_label
from fieldreport.ui.widgets.retranslate import RetranslateMixin

SAME, DIFFERENT, UNDO = "same", "different", "undo"


def _who() -> str:
    """Who decides, as ``central same`` takes it: $FIELDREPORT_COORDINATOR, else the login."""
    named = os.environ.get("FIELDREPORT_COORDINATOR", "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is known: the coordinator types one
        return ""


class DuplicatesPage(RetranslateMixin, QWidget):
    changed = Signal()  # what to list changed
    pair_chosen = Signal(str)  # the pair's key ("a|b")
    decision_requested = Signal(str)  # same | different | undo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_label = QLabel(self)
        self.kind = QComboBox(self)
        for value in (None, "person", "damage"):
            self.kind.addItem("", value)
        self.kind_label.setBuddy(self.kind)
        self.decided = QCheckBox(self)
        self.by_label = QLabel(self)
        self.by = QLineEdit(self)
        self.by.setMaxLength(100)
        self.by.setText(_who())
        self.by_label.setBuddy(self.by)
        self.identifying = QCheckBox(self)
        self.busy = ReadingIndicator(self)
        self.error = error_label(self)
        self.model = TextTable(4, self)
        self.view = table_view(self.model, self, 2)
        self.left = QTextBrowser(self)
        self.right = QTextBrowser(self)
        for browser in (self.left, self.right):
            browser.setOpenLinks(False)
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.same_button = QPushButton(self)
        self.different_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        for button in (self.same_button, self.different_button, self.undo_button):
            button.setAutoDefault(False)
            button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind)
        top.addWidget(self.decided)
        top.addStretch(1)
        top.addWidget(self.by_label)
        top.addWidget(self.by)
        pair = QSplitter(Qt.Orientation.Horizontal, self)
        pair.addWidget(self.left)
        pair.addWidget(self.right)
        pair.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.identifying)
        buttons.addStretch(1)
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.different_button)
        buttons.addWidget(self.undo_button)
        review = QWidget(self)
        side = QVBoxLayout(review)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(pair, 1)
        side.addWidget(self.reasons)
        side.addWidget(self.state)
        side.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(review)
        split.setSizes([180, 420])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)

        self.kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.decided.toggled.connect(lambda _on: self.changed.emit())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.same_button.clicked.connect(lambda: self.decision_requested.emit(SAME))
        self.different_button.clicked.connect(lambda: self.decision_requested.emit(DIFFERENT))
        self.undo_button.clicked.connect(lambda: self.decision_requested.emit(UNDO))
        self.retranslateUi()

    def selected_pair(self) -> str | None:
        return selected_id(self.view)

    def _chosen(self) -> None:
        key = self.selected_pair()
        if key:
            self.pair_chosen.emit(key)

    def show_pair(self, left_html: str, right_html: str, reasons_html: str, state: str) -> None:
        self.left.setHtml(left_html)
        self.right.setHtml(right_html)
        self.reasons.setText(reasons_html)
        self.state.setText(state)

    def set_buttons(self, decision: str | None) -> None:
        """What can be done with the chosen pair (``None``: no pair chosen)."""
        self.same_button.setEnabled(decision == "unreviewed")
        self.different_button.setEnabled(decision == "unreviewed")
        self.undo_button.setEnabled(decision in (SAME, DIFFERENT))

    def clear_pair(self) -> None:
        for browser in (self.left, self.right):
            browser.clear()
        self.reasons.clear()
        self.state.clear()
        self.set_buttons(None)

    def clear(self) -> None:
        self.model.clear()
        self.clear_pair()
        self.error.setVisible(False)

    def set_busy(self, busy: bool) -> None:
        """Reading (the bar and Cancel show) or not."""
        if busy:
            self.busy.start()
        else:
            self.busy.setVisible(False)

    def retranslateUi(self) -> None:  # noqa: N802
        self.kind_label.setText(self.tr("&Kind:"))
        self.kind.setItemText(0, self.tr("People and property"))
        self.kind.setItemText(1, self.tr("People"))
        self.kind.setItemText(2, self.tr("Property"))
        self.decided.setText(self.tr("Decided pairs &too"))
        self.by_label.setText(self.tr("Decided &by:"))
        self.by.setToolTip(self.tr("Kept with every decision, in the centre's custody log"))
        self.identifying.setText(self.tr("Show &names and contacts"))
        self.same_button.setText(self.tr("The s&ame"))
        self.same_button.setToolTip(
            self.tr("One person or property: counted once in the figures; both records stay")
        )
        self.different_button.setText(self.tr("Di&fferent"))
        self.undo_button.setText(self.tr("Undo t&he decision"))
        self.busy.set_text(self.tr("Looking for possible duplicates…"))
        self.model.set_headers(
            [
                self.tr("Likelihood"),
                self.tr("Kind"),
                self.tr("The two records"),
                self.tr("Decision"),
            ]
        )


def decision_text(decision: str) -> str:
    words = {
        "unreviewed": QCoreApplication.translate("DuplicatesPage", "Not reviewed"),
        SAME: QCoreApplication.translate("DuplicatesPage", "The same"),
        DIFFERENT: QCoreApplication.translate("DuplicatesPage", "Different"),
    }
    return words.get(decision, decision)
