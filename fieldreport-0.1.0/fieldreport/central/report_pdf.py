"""Laying out the situation report as a PDF (fpdf2), in English, Russian, Kyrgyz or Tajik.

The document: title, who prepared it and when, period and area, how the
figures were counted; the figures table (with the unreviewed possible
duplicates beside each number and the records it rests on); the counts as
sources reported them (ranges where they disagree); one bar chart per
breakdown (settlement, date); the incidents; and an annex with the full id
of every record behind every figure.

Text is set in PT Sans (SIL Open Font License, from the ``fontpkg-pt-sans``
package), embedded as a subset with its Unicode map, so Cyrillic (Russian,
Kyrgyz, Tajik) shows and can be searched and copied in any PDF reader.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import fontpkg_pt_sans
from fpdf import FPDF
from fpdf.fonts import FontFace

from fieldreport.central.report_text import settlement, term, text
from fieldreport.domain.shapes import COUNT_KEYS
from fieldreport.errors import FieldReportError

FONT = "PTSans"
SHORT_ID = 8  # characters of a record id shown in tables (the annex has them whole)
IDS_IN_TABLE = 6
CHART_ROWS = 25
#: A report lists at most this many incidents (an export has them all).
INCIDENTS_LISTED = 1000
PEOPLE_COLOUR = (180, 50, 40)
PROPERTY_COLOUR = (70, 110, 160)
GREY = (90, 90, 90)
HEADINGS = FontFace(emphasis="BOLD", fill_color=(230, 230, 230))
GROUP = FontFace(emphasis="BOLD", fill_color=(245, 245, 245))


def font_files() -> tuple[Path, Path]:
    """The report's fonts (regular, bold); a packaged app must carry the package's files."""
    folder = Path(fontpkg_pt_sans.ROOT) / "files"
    return folder / "PT_Sans-Web-Regular.ttf", folder / "PT_Sans-Web-Bold.ttf"


def check_fonts() -> None:
    """Raise a person's error when the fonts are missing (a packaging mistake)."""
    if not all(path.is_file() for path in font_files()):
        raise FieldReportError(
            "The report's font (PT Sans) is missing from this installation; reinstall FieldReport."
        )


@dataclass(frozen=True)
class IncidentLine:
    id: str
    date: str
    place: str
    title: str
    categories: str


@dataclass(frozen=True)
class ReportInfo:
    organisation: str
    prepared_on: str
    period: str
    area: str


class _Document(FPDF):
    def __init__(self, lang: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.lang = lang
        check_fonts()
        regular, bold = font_files()
        self.add_font(FONT, "", regular)
        self.add_font(FONT, "B", bold)
        self.set_auto_page_break(True, margin=16)
        self.set_margins(16, 16, 16)
        self.set_lang(lang)
        self.set_creator("FieldReport")

    def footer(self) -> None:
        self.set_y(-11)
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, text("page", self.lang, page=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def render(
    figures: dict[str, Any], incidents: list[IncidentLine], info: ReportInfo, lang: str
) -> bytes:
    doc = _Document(lang)
    doc.set_title(text("title", lang))
    doc.add_page()
    _heading(doc, info, figures, lang)
    _figures_table(doc, figures, lang)
    _reported_table(doc, figures.get("reported") or {}, lang)
    for key in ("by_settlement", "by_date"):
        _chart(doc, key, figures.get(key) or {}, lang)
    _incidents(doc, incidents, lang)
    _annex(doc, figures, lang)
    return bytes(doc.output())


# -- parts ------------------------------------------------------------------


def _section(doc: _Document, title: str) -> None:
    if doc.get_y() > doc.h - 45:
        doc.add_page()
    doc.ln(4)
    doc.set_font(FONT, "B", 13)
    doc.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    doc.set_font(FONT, "", 10)


def _note(doc: _Document, words: str) -> None:
    doc.set_font(FONT, "", 9)
    doc.set_text_color(*GREY)
    doc.multi_cell(0, 4.6, words, new_x="LMARGIN", new_y="NEXT")
    doc.set_text_color(0, 0, 0)
    doc.set_font(FONT, "", 10)


def _heading(doc: _Document, info: ReportInfo, figures: dict[str, Any], lang: str) -> None:
    doc.set_font(FONT, "B", 20)
    doc.cell(0, 11, text("title", lang), new_x="LMARGIN", new_y="NEXT")
    doc.set_font(FONT, "", 10)
    doc.cell(
        0,
        6,
        text("prepared", lang, date=info.prepared_on, org=info.organisation),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    doc.ln(2)
    for label, value in ((text("period", lang), info.period), (text("area", lang), info.area)):
        doc.set_font(FONT, "B", 11)
        doc.cell(28, 6, label + ":")
        doc.set_font(FONT, "", 11)
        doc.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    _note(doc, text("method", lang))
    duplicates = figures.get("duplicates") or {}
    if duplicates.get("unreviewed") is None:
        _note(doc, text("not_checked", lang))
    else:
        clusters = duplicates.get("confirmed_clusters") or 0
        unreviewed = duplicates["unreviewed"]
        _note(doc, text("duplicates_summary", lang, unreviewed=unreviewed, clusters=clusters))
    undated = figures.get("undated_left_out") or 0
    if undated:
        _note(doc, text("undated_left_out", lang, count=undated))


def _short(ids: Iterable[str]) -> str:
    chosen = list(ids)
    shown = ", ".join(i[:SHORT_ID] for i in chosen[:IDS_IN_TABLE])
    return shown + (f" … (+{len(chosen) - IDS_IN_TABLE})" if len(chosen) > IDS_IN_TABLE else "")


def figure_rows(figures: dict[str, Any], lang: str) -> list[tuple[str, list[tuple[str, dict]]]]:
    """The figures table's groups: (group title, [(label, figure)]) in reading order."""
    people = figures.get("people") or {}
    prop = figures.get("property") or {}
    livestock = figures.get("livestock") or {}
    groups = [
        (
            text("people", lang),
            [(term("person_outcome", k, lang), f) for k, f in people.items()],
        ),
        (
            text("property", lang),
            [(term("damage_level", k, lang), f) for k, f in prop.items() if k != "by_type"]
            + [(term("property_type", k, lang), f) for k, f in (prop.get("by_type") or {}).items()],
        ),
        (
            text("livestock", lang),
            [(term("livestock_fate", k, lang), f) for k, f in livestock.items()],
        ),
        (
            text("households_displaced", lang),
            [(text("households_displaced", lang), figures.get("households_displaced") or {})],
        ),
    ]
    return [(title, [r for r in rows if isinstance(r[1], dict)]) for title, rows in groups]


def _figures_table(doc: _Document, figures: dict[str, Any], lang: str) -> None:
    _section(doc, text("figures", lang))
    checked = (figures.get("duplicates") or {}).get("unreviewed") is not None
    with doc.table(
        col_widths=(62, 18, 28, 70),
        text_align=("LEFT", "RIGHT", "RIGHT", "LEFT"),
        headings_style=HEADINGS,
        line_height=5.2,
        padding=1.2,
    ) as table:
        row = table.row()
        for key in ("figure", "count", "unreviewed", "records"):
            row.cell(text(key, lang))
        for title, rows in figure_rows(figures, lang):
            group = table.row()
            group.cell(title, colspan=4, style=GROUP)
            for label, figure in rows:
                row = table.row()
                row.cell(label)
                row.cell(str(figure.get("count", 0)))
                row.cell(str(figure.get("unreviewed") or 0) if checked else "–")
                row.cell(_short(figure.get("records") or []) or "–")


def _reported_table(doc: _Document, reported: dict[str, Any], lang: str) -> None:
    _section(doc, text("reported", lang))
    _note(doc, text("reported_note", lang))
    if not reported:
        doc.cell(0, 6, text("none", lang), new_x="LMARGIN", new_y="NEXT")
        return
    doc.ln(1)
    with doc.table(
        col_widths=(62, 26, 20, 70),
        text_align=("LEFT", "RIGHT", "RIGHT", "LEFT"),
        headings_style=HEADINGS,
        line_height=5.2,
        padding=1.2,
    ) as table:
        row = table.row()
        for key in ("figure", "range", "sources", "records"):
            row.cell(text(key, lang))
        for key in COUNT_KEYS:
            found = reported.get(key)
            if not isinstance(found, dict):
                continue
            low, high = found.get("min", 0), found.get("max", 0)
            row = table.row()
            row.cell(term("reported_count", key, lang))
            row.cell(str(low) if low == high else f"{low}–{high}")
            row.cell(str(found.get("sources", 0)))
            disagree = f" ({text('disagree', lang)})" if low != high else ""
            row.cell(_short(found.get("records") or []) + disagree)


def _chart_rows(key: str, breakdown: dict[str, Any], lang: str) -> list[tuple[str, int, int]]:
    rows = []
    for name, tally in breakdown.items():
        if not isinstance(tally, dict):
            continue
        people = sum(f.get("count", 0) for f in (tally.get("people") or {}).values())
        prop = sum(
            f.get("count", 0)
            for k, f in (tally.get("property") or {}).items()
            if k != "by_type" and isinstance(f, dict)
        )
        if people or prop:
            rows.append((_label(key, name, lang), people, prop))
    if key == "by_settlement":
        rows.sort(key=lambda r: (-(r[1] + r[2]), r[0]))
    return rows


def _label(key: str, name: str, lang: str) -> str:
    if name == "undated":
        return text("undated", lang)
    if name == "unknown place":
        return text("unknown_place", lang)
    return settlement(name, lang) if key == "by_settlement" else name


def _chart(doc: _Document, key: str, breakdown: dict[str, Any], lang: str) -> None:
    """Horizontal bars: people counted (red) and properties (blue) per settlement or date."""
    rows = _chart_rows(key, breakdown, lang)
    _section(doc, text(key, lang))
    if not rows:
        doc.cell(0, 6, text("none", lang), new_x="LMARGIN", new_y="NEXT")
        return
    shown = rows[:CHART_ROWS]
    largest = max(max(people, prop) for _, people, prop in shown) or 1
    label_width, bar_space, bar = 50.0, doc.epw - 50.0 - 14, 3.2
    doc.set_font(FONT, "", 8)
    for colour, word in ((PEOPLE_COLOUR, "chart_people"), (PROPERTY_COLOUR, "chart_property")):
        doc.set_fill_color(*colour)
        doc.rect(doc.get_x(), doc.get_y() + 1.2, 3, 3, style="F")
        doc.set_x(doc.get_x() + 4)
        doc.cell(doc.get_string_width(text(word, lang)) + 6, 5, text(word, lang))
    doc.ln(7)
    for label, people, prop in shown:
        if doc.get_y() > doc.h - 24:
            doc.add_page()
        y = doc.get_y()
        doc.set_font(FONT, "", 9)
        doc.cell(label_width, 2 * bar + 1, _fit(doc, label, label_width - 2))
        for offset, value, colour in ((0.0, people, PEOPLE_COLOUR), (bar, prop, PROPERTY_COLOUR)):
            width = bar_space * value / largest
            doc.set_fill_color(*colour)
            if width > 0:
                doc.rect(doc.l_margin + label_width, y + offset, width, bar - 0.4, style="F")
            doc.set_font(FONT, "", 7)
            doc.set_xy(doc.l_margin + label_width + width + 1, y + offset - 0.3)
            doc.cell(12, bar, str(value))
        doc.set_xy(doc.l_margin, y + 2 * bar + 2.2)
    if len(rows) > len(shown):
        _note(doc, f"… (+{len(rows) - len(shown)})")
    doc.set_fill_color(255, 255, 255)


def _fit(doc: _Document, words: str, width: float) -> str:
    if doc.get_string_width(words) <= width:
        return words
    while words and doc.get_string_width(words + "…") > width:
        words = words[:-1]
    return words + "…"


def _incidents(doc: _Document, incidents: list[IncidentLine], lang: str) -> None:
    """The incidents as a ruled list (drawn row by row: fpdf2's tables are slow for many)."""
    _section(doc, text("incidents", lang))
    if not incidents:
        doc.cell(0, 6, text("no_incidents", lang), new_x="LMARGIN", new_y="NEXT")
        return
    shown = incidents[:INCIDENTS_LISTED]
    widths = (22.0, 44.0, doc.epw - 22.0 - 44.0 - 20.0, 20.0)
    heads = [text(key, lang) for key in ("date", "place", "incident", "records")]
    _incident_row(doc, widths, [[h] for h in heads], bold=True)
    for incident in shown:
        doc.set_font(FONT, "", 9)
        title = _lines(doc, incident.title, widths[2])
        if incident.categories:
            title += _lines(doc, incident.categories, widths[2])
        cells = [
            [incident.date or text("undated", lang)],
            _lines(doc, incident.place or text("unknown_place", lang), widths[1])[:3],
            title[:6],
            [incident.id[:SHORT_ID]],
        ]
        if doc.get_y() + LINE * max(len(c) for c in cells) + 3 > doc.page_break_trigger:
            doc.add_page()
            _incident_row(doc, widths, [[h] for h in heads], bold=True)
        _incident_row(doc, widths, cells)
    if len(incidents) > len(shown):
        doc.ln(1)
        _note(doc, text("more_incidents", lang, count=len(incidents) - len(shown)))


LINE = 4.4


def _lines(doc: _Document, words: str, width: float) -> list[str]:
    """Greedy word wrap by measured widths (fpdf2's own line breaking is slow for many rows)."""
    room = width - 2.4
    space = doc.get_string_width(" ")
    lines: list[str] = []
    current, used = "", 0.0
    for paragraph in words.splitlines() or [""]:
        for word in paragraph.split():
            size = doc.get_string_width(word)
            while size > room:  # a word wider than the column: cut it
                head = _fit(doc, word, room)[:-1] or word[:1]
                if current:
                    lines.append(current)
                lines.append(head)
                current, used = "", 0.0
                word = word[len(head) :]
                size = doc.get_string_width(word)
            if current and used + space + size > room:
                lines.append(current)
                current, used = "", 0.0
            current, used = (f"{current} {word}", used + space + size) if current else (word, size)
        lines.append(current)
        current, used = "", 0.0
    return [line for line in lines if line] or [""]


def _incident_row(
    doc: _Document, widths: tuple[float, ...], cells: list[list[str]], bold: bool = False
) -> None:
    height = LINE * max(len(c) for c in cells) + 2
    x, y = doc.l_margin, doc.get_y()
    doc.set_font(FONT, "B" if bold else "", 9)
    if bold:
        doc.set_fill_color(230, 230, 230)
        doc.rect(x, y, sum(widths), height, style="F")
        doc.set_fill_color(255, 255, 255)
    for width, lines in zip(widths, cells, strict=True):
        doc.rect(x, y, width, height)
        for number, line in enumerate(lines):
            doc.set_xy(x + 1.2, y + 1 + number * LINE)
            doc.cell(width - 2.4, LINE, line)
        x += width
    doc.set_xy(doc.l_margin, y + height)


def _annex(doc: _Document, figures: dict[str, Any], lang: str) -> None:
    doc.add_page()
    _section(doc, text("annex", lang))
    _note(doc, text("annex_note", lang))
    entries: list[tuple[str, dict[str, Any]]] = []
    for title, rows in figure_rows(figures, lang):
        for label, figure in rows:
            entries.append((f"{title}: {label}" if label != title else title, figure))
    for key in COUNT_KEYS:
        found = (figures.get("reported") or {}).get(key)
        if isinstance(found, dict):
            label = f"{text('reported', lang)}: {term('reported_count', key, lang)}"
            entries.append((label, found))
    for label, figure in entries:
        ids = [i for i in figure.get("records") or [] if isinstance(i, str)]
        if not ids:
            continue
        doc.ln(1.5)
        doc.set_font(FONT, "B", 9)
        doc.multi_cell(0, 4.6, f"{label} ({len(ids)})", new_x="LMARGIN", new_y="NEXT")
        doc.set_font(FONT, "", 8)
        _id_lines(doc, ids)
        witnesses, devices = figure.get("witnesses") or [], figure.get("devices") or []
        if witnesses or devices:
            none = text("none", lang)
            doc.set_text_color(*GREY)
            doc.multi_cell(
                0,
                4.0,
                text(
                    "behind",
                    lang,
                    witnesses=", ".join(map(str, witnesses)) or none,
                    devices=", ".join(map(str, devices)) or none,
                ),
                new_x="LMARGIN",
                new_y="NEXT",
            )
            doc.set_text_color(0, 0, 0)


def _id_lines(doc: _Document, ids: list[str]) -> None:
    """Ids as lines of as many as fit (ids are of one length: no line breaking needed)."""
    # Ids have one length; a few give the width (with room for wider digits).
    widest = 1.05 * max(doc.get_string_width(i + ", ") for i in ids[:50])
    per_line = max(int(doc.epw // widest), 1)
    for start in range(0, len(ids), per_line):
        chunk = ids[start : start + per_line]
        last = start + per_line >= len(ids)
        line = ", ".join(chunk) + ("" if last else ",")
        doc.cell(0, 4.0, line, new_x="LMARGIN", new_y="NEXT")
