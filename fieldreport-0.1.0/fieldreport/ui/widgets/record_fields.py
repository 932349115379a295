"""All the fields of one record kind, generated from the schema.

Each field gets a label (``*`` when required for a final record, ``⚠`` when
it holds personal data), its editor, a help line and a red message line for
the problems validation finds.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from fieldreport.domain.schema import COMMON_FIELDS, FIELDS, FieldSpec
from fieldreport.ui.messages import problem_text
from fieldreport.ui.widgets.common import HELP_STYLE, error_label, show_error
from fieldreport.ui.widgets.editor_factory import make_editor
from fieldreport.ui.widgets.field_editors import FieldEditor
from fieldreport.ui.widgets.links_editor import RecordSource
from fieldreport.ui.widgets.retranslate import RetranslateMixin

#: Headings shown above the fields of each group object.
GROUP_TITLES = {
    "witness": QT_TRANSLATE_NOOP("RecordFields", "Witness"),
    "consent": QT_TRANSLATE_NOOP("RecordFields", "Consent"),
    "interview": QT_TRANSLATE_NOOP("RecordFields", "Interview"),
    "owner": QT_TRANSLATE_NOOP("RecordFields", "Owner"),
}
COMMON_TITLE = QT_TRANSLATE_NOOP("RecordFields", "Tags, notes and links")
PERSONAL_DATA = QT_TRANSLATE_NOOP(
    "RecordFields",
    "Personal data: never shown in lists and left out of anonymised exports.",
)
#: The date format, explained under every date field whose own help does not already.
DATE_FORMAT_HELP = QT_TRANSLATE_NOOP(
    "Field", "YYYY-MM-DD; YYYY-MM if the day is not known; YYYY if only the year is."
)
#: A final record's place needs its settlement: say which part is missing.
SETTLEMENT_REQUIRED = QT_TRANSLATE_NOOP(
    "RecordFields",
    "Settlement is required: type the village or town (choose it from the list if it is there).",
)

WARNING_SIGN = "⚠"
LABEL_WIDTH = 200
#: Height of multi-line fields: the statement itself gets more room.
TALL_FIELDS = {"text"}


@dataclass
class FieldRow:
    spec: FieldSpec
    label: QLabel
    editor: FieldEditor
    help: QLabel
    error: QLabel


def form_specs(kind: str) -> tuple[FieldSpec, ...]:
    """The fields a form shows: the kind's own, then the common ones except status."""
    return (*FIELDS[kind], *(spec for spec in COMMON_FIELDS if spec.path != "status"))


def get_path(data: dict[str, Any], path: str) -> Any:
    value: Any = data
    for part in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set (or, for ``None``, remove) ``path``; parents left empty are removed."""
    head, _, rest = path.partition(".")
    if not rest:
        if value is None:
            data.pop(head, None)
        else:
            data[head] = value
        return
    child = data.get(head)
    if not isinstance(child, dict):
        if value is None:
            return
        child = {}
        data[head] = child
    set_path(child, rest, value)
    if not child:
        data.pop(head, None)


def _is_required(problem: Any) -> bool:
    from fieldreport.domain import messages

    return getattr(problem, "message", None) == messages.REQUIRED


def _needs_date_format(spec: FieldSpec) -> bool:
    return spec.type == "date" and "YYYY" not in spec.help


def help_text(spec: FieldSpec) -> str:
    """The grey line under a field: its help, and for dates the format (once)."""
    parts = [QCoreApplication.translate("Field", spec.help) if spec.help else ""]
    if _needs_date_format(spec):
        parts.append(QCoreApplication.translate("Field", DATE_FORMAT_HELP))
    return " ".join(part for part in parts if part)


class RecordFields(RetranslateMixin, QWidget):
    changed = Signal()

    def __init__(
        self,
        kind: str,
        link_source: RecordSource,
        own_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.rows: dict[str, FieldRow] = {}
        self.headings: list[tuple[QLabel, str]] = []
        self._base: dict[str, Any] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, LABEL_WIDTH)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        row_index = 0
        current_group: str | None = None
        own = set(FIELDS[kind])
        for spec in form_specs(kind):
            group = spec.group if spec in own else "__common__"
            if group != current_group and group is not None:
                source = COMMON_TITLE if group == "__common__" else GROUP_TITLES.get(group, group)
                heading = QLabel(self)
                font = QFont(heading.font())
                font.setBold(True)
                font.setPointSizeF(font.pointSizeF() * 1.15)
                heading.setFont(font)
                heading.setContentsMargins(0, 10, 0, 2)
                self.headings.append((heading, source))
                grid.addWidget(heading, row_index, 0, 1, 2)
                row_index += 1
            current_group = group
            row = self._make_row(spec, link_source, own_id)
            self.rows[spec.path] = row
            grid.addWidget(row.label, row_index, 0, Qt.AlignmentFlag.AlignTop)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(row.editor)
            cell.addWidget(row.help)
            cell.addWidget(row.error)
            grid.addLayout(cell, row_index, 1)
            row_index += 1
        grid.setRowStretch(row_index, 1)
        self.retranslateUi()

    def _make_row(self, spec: FieldSpec, link_source: RecordSource, own_id: str | None) -> FieldRow:
        editor = make_editor(spec, self, link_source, own_id)
        if spec.type == "longtext":
            editor.setMaximumHeight(320 if spec.path in TALL_FIELDS else 130)
        editor.setObjectName(f"field:{spec.path}")
        editor.changed.connect(self.changed)
        label = QLabel(self)
        label.setWordWrap(True)
        label.setMaximumWidth(LABEL_WIDTH)
        label.setBuddy(editor.focusProxy() or editor)
        label.setContentsMargins(0, 4, 0, 0)
        help_label = QLabel(self)
        help_label.setWordWrap(True)
        help_label.setStyleSheet(HELP_STYLE)
        help_label.setVisible(bool(spec.help) or _needs_date_format(spec))
        error = error_label(self)
        error.setObjectName(f"error:{spec.path}")
        return FieldRow(spec, label, editor, help_label, error)

    # -- data ------------------------------------------------------------------
    def load(self, data: dict[str, Any]) -> None:
        """Show ``data``; keys the form has no editor for are kept for saving."""
        self._base = copy.deepcopy(data)
        for path, row in self.rows.items():
            row.editor.set_value(copy.deepcopy(get_path(data, path)))

    def extra(self, key: str) -> Any:
        """A value the form has no editor for (``media``), as it will be saved."""
        return copy.deepcopy(self._base.get(key))

    def set_extra(self, key: str, value: Any) -> None:
        """Change a value the form has no editor for (``None`` removes it)."""
        if value is None:
            self._base.pop(key, None)
        else:
            self._base[key] = copy.deepcopy(value)

    def collect(self) -> dict[str, Any]:
        data = copy.deepcopy(self._base)
        for path, row in self.rows.items():
            set_path(data, path, row.editor.value())
        return data

    # -- problems ----------------------------------------------------------------
    def row_for(self, problem_path: str) -> FieldRow | None:
        """The row a problem belongs to: the longest field path that prefixes it."""
        clean = re.sub(r"\[\d+\]", "", problem_path)
        best: FieldRow | None = None
        for path, row in self.rows.items():
            if (clean == path or clean.startswith(path + ".")) and (
                best is None or len(path) > len(best.spec.path)
            ):
                best = row
        return best

    def clear_problems(self) -> None:
        for row in self.rows.values():
            show_error(row.error, "")

    def show_problems(self, problems: list[Any]) -> list[Any]:
        """Show each problem under its field; returns those that fit no field."""
        self.clear_problems()
        texts: dict[str, list[str]] = {}
        unplaced = []
        for problem in problems:
            row = self.row_for(problem.path)
            if row is None:
                unplaced.append(problem)
                continue
            text = problem_text(problem)
            sub = problem.path[len(row.spec.path) :].lstrip(".")
            if row.spec.type == "location" and sub in ("", "settlement") and _is_required(problem):
                texts.setdefault(row.spec.path, []).append(
                    QCoreApplication.translate("RecordFields", SETTLEMENT_REQUIRED)
                )
                continue
            if sub:
                text = f"{self._sub_label(row.spec, sub)}: {text}"
            texts.setdefault(row.spec.path, []).append(text)
        for path, lines in texts.items():
            show_error(self.rows[path].error, "\n".join(dict.fromkeys(lines)))
        return unplaced

    def error_rows(self) -> list[FieldRow]:
        """The rows showing a problem, in form order."""
        return [row for row in self.rows.values() if row.error.text() and not row.error.isHidden()]

    def label_text(self, row: FieldRow) -> str:
        """A field's name as people read it in the form (with its group, if it has one)."""
        name = QCoreApplication.translate("Field", row.spec.label)
        group = row.spec.group if row.spec in FIELDS[self.kind] else None
        if group in GROUP_TITLES:
            return f"{QCoreApplication.translate('RecordFields', GROUP_TITLES[group])}: {name}"
        return name

    def first_error_row(self) -> FieldRow | None:
        for row in self.rows.values():
            if row.error.text() and not row.error.isHidden():
                return row
        return None

    @staticmethod
    def _sub_label(spec: FieldSpec, sub: str) -> str:
        from fieldreport.domain import schema

        key = sub.split(".")[-1].split("[")[0]
        labels = {
            "location": schema.LOCATION_LABELS,
            "counts": schema.COUNT_LABELS,
            "livestock": schema.LIVESTOCK_LABELS,
            "money": schema.MONEY_LABELS,
        }.get(spec.type, {})
        if spec.type == "counts":
            key = sub.split(".")[0]
        if key in labels:
            return QCoreApplication.translate("Field", labels[key])
        return sub

    # -- language ----------------------------------------------------------------
    def retranslateUi(self) -> None:  # noqa: N802
        for heading, source in self.headings:
            heading.setText(QCoreApplication.translate("RecordFields", source))
        personal = QCoreApplication.translate("RecordFields", PERSONAL_DATA)
        for row in self.rows.values():
            text = QCoreApplication.translate("Field", row.spec.label)
            if row.spec.required:
                text += " *"
            if row.spec.identifying:
                text = f"{WARNING_SIGN} {text}"
                row.label.setToolTip(personal)
                row.editor.setToolTip(personal)
            row.label.setText(text)
            row.help.setText(help_text(row.spec))
