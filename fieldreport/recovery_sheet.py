"""A printable sheet per recovery share (PDF, fpdf2): the words, numbered, and a QR code.

The QR code is drawn from segno's module matrix as filled squares in the PDF
itself: no image of the share is ever written anywhere else. Text is set in
PT Sans, which has the Cyrillic letters of Russian, Kyrgyz and Tajik, so the
window can pass the sheet's sentences in the interface language
(:class:`SheetText`); the words themselves are SLIP-39's English list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import fontpkg_pt_sans
import segno

from fieldreport.errors import FieldReportError

if TYPE_CHECKING:
    from fpdf import FPDF

FONT = "PTSans"
QR_MM = 62.0
COLUMNS = 4


@dataclass(frozen=True)
class SheetText:
    """The sheet's sentences; ``{index}``, ``{shares}``, ``{threshold}``, ``{made}`` filled in."""

    title: str = "FieldReport recovery share {index} of {shares}"
    rule: str = (
        "Any {threshold} of the {shares} shares open the vault and set a new passphrase "
        "(Forgot the passphrase? at the unlock screen, or fieldreport-cli recovery restore)."
    )
    secret: str = (
        "SECRET. Whoever holds {threshold} shares can open the vault. Keep each share in a "
        "different safe place, never with the laptop, and do not photograph it."
    )
    words: str = "The {count} words, in this order:"
    made: str = "Made {made}. A new split replaces this one: its shares stop working."


def _fonts() -> tuple[Path, Path]:
    folder = Path(fontpkg_pt_sans.ROOT) / "files"
    regular, bold = folder / "PT_Sans-Web-Regular.ttf", folder / "PT_Sans-Web-Bold.ttf"
    if not (regular.is_file() and bold.is_file()):
        raise FieldReportError(
            "The sheet's font (PT Sans) is missing from this installation; reinstall FieldReport."
        )
    return regular, bold


def render(
    mnemonic: str, index: int, shares: int, threshold: int, made: str, text: SheetText | None = None
) -> bytes:
    """One A4 page for one share."""
    from fpdf import FPDF  # loaded when a sheet is made, not when the command line starts

    text = text or SheetText()
    fill = {"index": index, "shares": shares, "threshold": threshold, "made": made}
    doc = FPDF(orientation="P", unit="mm", format="A4")
    regular, bold = _fonts()
    doc.add_font(FONT, "", regular)
    doc.add_font(FONT, "B", bold)
    doc.set_margins(18, 18, 18)
    doc.set_auto_page_break(False)
    doc.set_creator("FieldReport")
    doc.add_page()
    width = doc.w - doc.l_margin - doc.r_margin

    doc.set_font(FONT, "B", 18)
    doc.multi_cell(width, 9, text.title.format(**fill), new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    doc.set_font(FONT, "", 11)
    doc.multi_cell(width, 6, text.rule.format(**fill), new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    doc.set_font(FONT, "B", 11)
    doc.set_fill_color(255, 236, 236)
    doc.multi_cell(width, 6, text.secret.format(**fill), fill=True, new_x="LMARGIN", new_y="NEXT")
    doc.ln(5)

    ws = mnemonic.split()
    doc.set_font(FONT, "", 11)
    doc.cell(width, 6, text.words.format(count=len(ws), **fill), new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    rows = -(-len(ws) // COLUMNS)
    col_w = width / COLUMNS
    top = doc.get_y()
    doc.set_font(FONT, "B", 13)
    for n, word in enumerate(ws):
        column, row = divmod(n, rows)  # down the columns, as a person reads a list
        doc.set_xy(doc.l_margin + column * col_w, top + row * 9)
        doc.cell(col_w, 8, f"{n + 1:2d}. {word}", border=1)
    doc.set_y(top + rows * 9 + 8)

    _qr(doc, mnemonic, doc.l_margin + (width - QR_MM) / 2, doc.get_y(), QR_MM)
    doc.set_y(doc.get_y() + QR_MM + 8)
    doc.set_font(FONT, "", 9)
    doc.multi_cell(width, 5, text.made.format(**fill), new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


def _qr(doc: FPDF, content: str, x: float, y: float, size: float) -> None:
    code = segno.make(content, error="m", micro=False)
    matrix = code.matrix
    module = size / (len(matrix) + 8)  # a quiet zone of four modules on each side
    doc.set_fill_color(0, 0, 0)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                doc.rect(x + (c + 4) * module, y + (r + 4) * module, module, module, style="F")
