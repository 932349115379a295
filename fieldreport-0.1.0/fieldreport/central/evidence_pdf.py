"""The evidence package's summary as a PDF (``data/summary.pdf``), beside the HTML one.

The same blocks as ``summary.html`` (:func:`fieldreport.central.evidence_text.summary`),
typeset with fpdf2 in PT Sans (Latin and Cyrillic), as the situation report is.
Long ids and hashes wrap inside their cells.
"""

from __future__ import annotations

from fpdf import FPDF
from fpdf.fonts import FontFace

from fieldreport.central.evidence_text import Block
from fieldreport.central.report_pdf import check_fonts, font_files

FONT = "PTSans"
HEAD = FontFace(emphasis="BOLD", fill_color=(235, 235, 235))


def summary_pdf(blocks: list[Block], lang: str) -> bytes:
    check_fonts()
    doc = FPDF(orientation="L", unit="mm", format="A4")
    regular, bold = font_files()
    doc.add_font(FONT, "", regular)
    doc.add_font(FONT, "B", bold)
    doc.set_auto_page_break(True, margin=14)
    doc.set_margins(12, 12, 12)
    doc.set_lang(lang)
    doc.set_creator("FieldReport")
    doc.set_title(blocks[0].text)
    doc.add_page()
    for block in blocks:
        if block.kind in ("h1", "h2"):
            doc.ln(2)
            doc.set_font(FONT, "B", 15 if block.kind == "h1" else 12)
            doc.multi_cell(0, 7, block.text, new_x="LMARGIN", new_y="NEXT")
        elif block.kind == "table":
            doc.set_font(FONT, "", 7.5)
            with doc.table(
                headings_style=HEAD, line_height=3.6, padding=0.8, text_align="LEFT"
            ) as table:
                table.row(list(block.headers))
                for row in block.rows:
                    table.row(list(row))
            doc.ln(2)
        else:
            doc.set_font(FONT, "B" if block.kind == "strong" else "", 9.5)
            doc.multi_cell(0, 4.6, block.text, new_x="LMARGIN", new_y="NEXT")
            doc.ln(1)
    return bytes(doc.output())
