"""One revision of a record as people read it: translated labels and values, changes marked.

:func:`revision_sections` turns a revision's data (and the previous
revision's, to mark what changed) into labelled lines in schema order,
grouped as the form groups them; :func:`render_html` lays them out for a
read-only text view. Values are shown in the interface language: vocabulary
terms by their labels, places by :func:`fieldreport.domain.present.location_text`.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldreport.domain.present import location_text
from fieldreport.domain.schema import (
    COMMON_FIELDS,
    COUNT_KEYS,
    COUNT_LABELS,
    FIELDS,
    GROUP_KEYS,
    LOCATION_PRECISION_VOCABULARY,
    MEDIA_FIELD,
    FieldSpec,
)
from fieldreport.domain.vocabularies import load_vocabularies
from fieldreport.ui.widgets.record_fields import (
    COMMON_TITLE,
    GROUP_TITLES,
    WARNING_SIGN,
    form_specs,
    get_path,
)

NO_VALUE = "—"
OTHER_TITLE = QT_TRANSLATE_NOOP("RevisionView", "Other data")
YES = QT_TRANSLATE_NOOP("RevisionView", "Yes")
NO = QT_TRANSLATE_NOOP("RevisionView", "No")
#: Marks a field whose value differs from the previous revision's.
CHANGED = QT_TRANSLATE_NOOP("RevisionView", "changed")
#: Put before the previous revision's value of a changed field.
BEFORE = QT_TRANSLATE_NOOP("RevisionView", "before:")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RevisionView", text)


@dataclass
class Line:
    path: str
    label: str
    value: str
    changed: bool = False
    before: str | None = None  # the previous revision's value, when changed
    identifying: bool = False


@dataclass
class Section:
    title: str | None
    lines: list[Line] = field(default_factory=list)


# -- values --------------------------------------------------------------------------
def clean(text: str) -> str:
    """Untrusted text without control or direction-override characters (newlines kept)."""
    return _CONTROL.sub("", text)


def _number(value: Any) -> str:
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else ""


def _term(vocabulary: str | None, term: Any, lang: str) -> str:
    if not isinstance(term, str):
        return _raw(term)
    if not vocabulary:
        return term
    return load_vocabularies().label(vocabulary, term, lang)


def _raw(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _location(value: Any, lang: str) -> str:
    if not isinstance(value, dict):
        return _raw(value)
    parts = [location_text(value, lang)]
    lat, lon = _number(value.get("lat")), _number(value.get("lon"))
    if lat or lon:
        parts.append(f"{lat or NO_VALUE}, {lon or NO_VALUE}")
    precision = value.get("precision")
    if isinstance(precision, str) and precision:
        label = QCoreApplication.translate("Field", "Precision")
        parts.append(f"{label}: {_term(LOCATION_PRECISION_VOCABULARY, precision, lang)}")
    return " · ".join(part for part in parts if part)


def _counts(value: Any) -> str:
    if not isinstance(value, dict):
        return _raw(value)
    lines = []
    for key in (*COUNT_KEYS, *(k for k in value if k not in COUNT_KEYS)):
        item = value.get(key)
        if item is None:
            continue
        label = (
            QCoreApplication.translate("Field", COUNT_LABELS[key]) if key in COUNT_LABELS else key
        )
        if isinstance(item, dict):
            number = _number(item.get("value")) or NO_VALUE
            source = item.get("source")
            text = f"{label}: {number}"
            if isinstance(source, str) and source.strip():
                text += f" — {source.strip()}"
        else:
            text = f"{label}: {_raw(item)}"
        lines.append(text)
    return "\n".join(lines)


def _livestock(value: Any, lang: str) -> str:
    if not isinstance(value, list):
        return _raw(value)
    lines = []
    for item in value:
        if not isinstance(item, dict):
            lines.append(_raw(item))
            continue
        species = _term("livestock_species", item.get("species"), lang) or NO_VALUE
        parts = [_number(item.get("count")), _term("livestock_fate", item.get("fate"), lang)]
        detail = ", ".join(part for part in parts if part)
        lines.append(f"{species}: {detail}" if detail else species)
    return "\n".join(lines)


def _money(value: Any, lang: str) -> str:
    if not isinstance(value, dict):
        return _raw(value)
    amount = value.get("amount")
    amount_text = _number(amount) or _raw(amount)
    currency = _term("currency", value.get("currency"), lang) if value.get("currency") else ""
    return " ".join(part for part in (amount_text, currency) if part)


def value_text(
    spec: FieldSpec, value: Any, lang: str, link_titles: Mapping[str, str] | None = None
) -> str:
    """``value`` of the field ``spec`` as one readable (possibly multi-line) text."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    kind = spec.type
    if kind == "bool":
        if isinstance(value, bool):
            return _tr(YES) if value else _tr(NO)
        return _raw(value)
    if kind == "choice":
        return _term(spec.vocabulary, value, lang)
    if kind == "multichoice":
        items = value if isinstance(value, list) else [value]
        return ", ".join(_term(spec.vocabulary, item, lang) for item in items)
    if kind == "location":
        return _location(value, lang)
    if kind == "counts":
        return _counts(value)
    if kind == "livestock":
        return _livestock(value, lang)
    if kind == "money":
        return _money(value, lang)
    if kind == "idlist":
        items = value if isinstance(value, list) else [value]
        titles = link_titles or {}
        return "\n".join(titles.get(str(item), _raw(item)) for item in items)
    if kind == "taglist":
        items = value if isinstance(value, list) else [value]
        return ", ".join(_raw(item) for item in items)
    return _raw(value)


# -- lines and sections -----------------------------------------------------------------
def _specs(kind: str) -> list[tuple[FieldSpec, str | None]]:
    """Every shown field with the group heading it falls under (``None``: no new heading)."""
    own = set(FIELDS[kind])
    status = next(spec for spec in COMMON_FIELDS if spec.path == "status")
    out: list[tuple[FieldSpec, str | None]] = [(status, None)]
    for spec in (*form_specs(kind), MEDIA_FIELD):
        group = spec.group if spec in own else "__common__"
        out.append((spec, group))
    return out


def _unknown_paths(kind: str, data: dict[str, Any]) -> list[str]:
    """Keys the schema does not describe (kept by the forms), so nothing stays hidden."""
    known_top = {spec.path.partition(".")[0] for spec, _ in _specs(kind)}
    groups = GROUP_KEYS.get(kind, {})
    paths = []
    for key, value in data.items():
        if key not in known_top:
            paths.append(key)
        elif key in groups and isinstance(value, dict):
            paths.extend(f"{key}.{sub}" for sub in value if sub not in groups[key])
    return paths


def revision_sections(
    kind: str,
    data: dict[str, Any],
    previous: dict[str, Any] | None,
    lang: str,
    link_titles: Mapping[str, str] | None = None,
) -> list[Section]:
    """The revision's non-empty fields (and those just emptied), grouped as in the form.

    A field is marked changed when its value differs from ``previous``; with no
    previous revision (the first one) nothing is marked.
    """
    sections: list[Section] = [Section(None)]
    current_group: str | None = None
    for spec, group in _specs(kind):
        if group is not None and group != current_group:
            source = COMMON_TITLE if group == "__common__" else GROUP_TITLES.get(group, group)
            sections.append(Section(QCoreApplication.translate("RecordFields", source)))
        current_group = group if group is not None else current_group
        line = _line(spec, data, previous, lang, link_titles)
        if line is not None:
            sections[-1].lines.append(line)
    other = Section(_tr(OTHER_TITLE))
    unknown = _unknown_paths(kind, data)
    if previous is not None:
        unknown += [p for p in _unknown_paths(kind, previous) if p not in unknown]
    for path in unknown:
        spec = FieldSpec(path, "text", path)
        line = _line(spec, data, previous, lang, link_titles, translate=False)
        if line is not None:
            other.lines.append(line)
    sections.append(other)
    return [section for section in sections if section.lines]


def _line(
    spec: FieldSpec,
    data: dict[str, Any],
    previous: dict[str, Any] | None,
    lang: str,
    link_titles: Mapping[str, str] | None,
    *,
    translate: bool = True,
) -> Line | None:
    value = get_path(data, spec.path)
    text = clean(value_text(spec, value, lang, link_titles))
    changed = False
    before: str | None = None
    if previous is not None:
        old = get_path(previous, spec.path)
        if _empty(old) != _empty(value) or (not _empty(value) and old != value):
            changed = True
            before = clean(value_text(spec, old, lang, link_titles))
    if not text and not changed:
        return None
    label = QCoreApplication.translate("Field", spec.label) if translate else spec.label
    return Line(spec.path, label, text, changed, before, spec.identifying)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


# -- HTML ---------------------------------------------------------------------------
CHANGED_BACKGROUND = "#fff3bf"
CHANGED_COLOUR = "#7a4d00"
MUTED_COLOUR = "#5f6368"


def _html_text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def render_html(heading: str, notice: str, sections: list[Section]) -> str:
    """The sections as a two-column HTML table for a ``QTextBrowser``."""
    changed_word = _tr(CHANGED)
    parts = [f"<p style='font-weight:600; font-size:large;'>{html.escape(heading)}</p>"]
    if notice:
        parts.append(
            f"<p style='background:{CHANGED_BACKGROUND}; color:{CHANGED_COLOUR}; "
            f"font-weight:600; padding:6px;'>{_html_text(notice)}</p>"
        )
    for section in sections:
        if section.title:
            parts.append(
                f"<p style='font-weight:600; margin-top:12px; margin-bottom:2px;'>"
                f"{html.escape(section.title)}</p>"
            )
        rows = []
        for line in section.lines:
            label = html.escape(line.label)
            if line.identifying:
                label = f"{WARNING_SIGN} {label}"
            value = _html_text(line.value) if line.value else NO_VALUE
            if line.changed:
                before = _html_text(line.before) if line.before else NO_VALUE
                label = (
                    f"<b>{label}</b><br><span style='color:{CHANGED_COLOUR};'>"
                    f"● {html.escape(changed_word)}</span>"
                )
                value = (
                    f"<b>{value}</b><br><span style='color:{MUTED_COLOUR};'>"
                    f"{html.escape(_tr(BEFORE))} {before}</span>"
                )
                style = f" style='background:{CHANGED_BACKGROUND};'"
            else:
                style = ""
            rows.append(
                f"<tr{style}><td width='32%' valign='top'>{label}</td>"
                f"<td valign='top'>{value}</td></tr>"
            )
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='4'>" + "".join(rows) + "</table>"
        )
    return "".join(parts)
