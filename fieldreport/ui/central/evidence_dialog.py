"""Export evidence package… from a record's view: the choices, then progress and Cancel.

The same choices as ``central evidence``: which records (the one shown, the
rows selected in the list, or the records behind a figure), the summary's
language, whether names and contacts may be included (anonymised is the
default, and asking for them is confirmed) and whether photos also get C2PA
Content Credentials (``--c2pa``). The work runs on a worker
(``evidence_controller``); this dialog only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from fieldreport.central import c2pa_sign
from fieldreport.central.evidence import LANGS
from fieldreport.domain.languages import LANGUAGE_NAMES
from fieldreport.ui.central.running_dialog import RunningDialogMixin
from fieldreport.ui.i18n import current_language
from fieldreport.ui.widgets.retranslate import RetranslateMixin


class EvidenceDialog(RunningDialogMixin, RetranslateMixin, QDialog):
    start_requested = Signal()
    cancel_requested = Signal()

    def __init__(
        self,
        record_id: str,
        behind: list[str] | None = None,
        parent: QWidget | None = None,
        selected: list[str] | None = None,
    ) -> None:
        """``behind``: the records behind a figure the list shows; ``selected``: the rows
        selected in the list (chosen at first when more than one); both offered instead of one."""
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.record_id = record_id
        self.behind = sorted(behind) if behind else []
        self.selected = list(dict.fromkeys(selected or [])) if len(selected or []) > 1 else []
        self.running = False
        self.scope = QComboBox(self)
        self.scope.addItem("", "one")
        if self.behind:
            self.scope.addItem("", "behind")
        if self.selected:
            self.scope.addItem("", "selected")
            self.scope.setCurrentIndex(self.scope.count() - 1)
        self.scope_label = QLabel(self)
        self.scope_label.setBuddy(self.scope)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language = QComboBox(self)
        for lang in LANGS:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.c2pa = QCheckBox(self)
        self.c2pa.setEnabled(c2pa_sign.available())
        self.make_running_widgets()
        self.identifying_note.setVisible(False)

        form = QFormLayout()
        form.addRow(self.scope_label, self.scope)
        form.setRowVisible(self.scope, self.scope.count() > 1)
        form.addRow(self.language_label, self.language)
        form.addRow(self.c2pa)
        self.lay_out_running(self.intro, form)
        self.identifying.toggled.connect(self._note)
        self.setMinimumWidth(560)
        self.retranslateUi()

    def _note(self, shown: bool) -> None:
        self.identifying_note.setVisible(shown)
        self.adjustSize()  # the warning's lines get their room

    @property
    def record_ids(self) -> list[str]:
        chosen = self.scope.currentData()
        if chosen == "behind":
            return self.behind
        return self.selected if chosen == "selected" else [self.record_id]

    def set_running(self, running: bool) -> None:
        self.running = running
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)
        for widget in (self.scope, self.language, self.identifying, self.start_button):
            widget.setEnabled(not running)
        self.c2pa.setEnabled(not running and c2pa_sign.available())
        self.retranslateUi()
        self.adjustSize()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        self.status.setText(
            self.tr("{done} of {total} files written").format(done=done, total=total)
        )

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Export evidence package"))
        self.intro.setText(
            self.tr(
                "A folder an investigator can check offline: every revision of the records, "
                "the original photos and files bit for bit, each device's signed custody log, "
                "certificates and receipts, signed by the organisation. It is checked with "
                "fieldreport-verify or with standard tools (VERIFY.md inside explains how)."
            )
        )
        self.scope_label.setText(self.tr("&Records:"))
        texts = {
            "one": self.tr("This record"),
            "behind": self.tr("The {count} records behind the figure").format(
                count=len(self.behind)
            ),
            "selected": self.tr("The {count} records selected in the list").format(
                count=len(self.selected)
            ),
        }
        for i in range(self.scope.count()):
            self.scope.setItemText(i, texts[self.scope.itemData(i)])
        self.language_label.setText(self.tr("&Summary language:"))
        self.identifying.setText(self.tr("&Include names and contacts (identifying data)"))
        self.identifying_note.setText(
            self.tr(
                "Names and contacts of witnesses, people affected and owners will be written "
                "in the clear: anyone who gets the folder can read them. Leave this off unless "
                "the investigator needs them and may have them."
            )
        )
        self.c2pa.setText(self.tr("&Also photos with C2PA Content Credentials, for publication"))
        self.c2pa.setToolTip(
            self.tr(
                "A copy of each photo with a C2PA manifest signed by the organisation (capture "
                "hash, device, custody entry), which any C2PA reader can check. Unless the box "
                "below is ticked, the copy has no metadata (EXIF, GPS position) and the "
                "manifest no names or captions."
            )
            if c2pa_sign.available()
            else self.tr(
                "This installation has no c2pa-python package; a coordinator installs it "
                "with pip to add C2PA Content Credentials."
            )
        )
        self.start_button.setText(self.tr("&Choose the folder and start…"))
        self.close_button.setText(self.tr("&Cancel") if self.running else self.tr("C&lose"))
