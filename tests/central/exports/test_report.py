"""The situation report: its figures found by a PDF text extractor in each language, no names."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from fieldreport.central.report import ReportProgress, make_report
from fieldreport.central.report_pdf import FONT, _Document, font_files
from fieldreport.central.selection import Selection
from fieldreport.central.store import CentralStore
from fieldreport.errors import UsageError
from fieldreport.storage.streams import Cancelled
from tests.central.exports.conftest import CANARIES, CANARY_PARTS, SECRET_TEXT, Filled
from tests.central.exports.readers import leaks

#: Words each language's report must contain (title, a figure's label, a vocabulary term).
EXPECTED = {
    "en": ("Situation report", "People", "Killed", "As reported by sources", "Kok-Tash"),
    "ru": ("Ситуационный отчёт", "Люди", "Убит", "По данным источников", "Кок-Таш"),
    "ky": ("Кырдаал боюнча отчет", "Адамдар", "Өлтүрүлгөн", "Булактардын", "Көк-Таш"),
    "tg": ("Гузориш оид ба вазъият", "Одамон", "Кушта шуд", "Тибқи маълумоти манбаъҳо", "Кӯктош"),
}
#: The letters Tajik has beyond Russian: the report's font must draw them, not boxes.
TAJIK_LETTERS = "ғӣқӯҳҷҒӢҚӮҲҶ"


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.mark.parametrize("lang", ["en", "ru", "ky", "tg"])
def test_the_report_reads_back_with_its_figures_in_each_language(
    central: CentralStore, filled: Filled, tmp_path: Path, lang: str, caplog
) -> None:
    out = tmp_path / f"report-{lang}.pdf"
    steps: list[ReportProgress] = []
    with caplog.at_level(logging.WARNING, logger="fpdf"):
        result = make_report(central, out, lang=lang, progress=steps.append)
    assert not [r for r in caplog.records if "missing" in r.getMessage()]

    words = pdf_text(out)
    flat = " ".join(words.split())
    for expected in EXPECTED[lang]:
        assert expected in flat, (expected, flat[:2000])
    # Two people killed (p1, p2), reported ranges 10–12 from two sources, one house destroyed.
    killed = result.figures["people"]["killed"]
    assert killed["count"] == 2
    # p1 (Cyrillic name) and p2 (Latin) may be one person: the pair is unreviewed, and shown.
    assert killed["unreviewed"] == 1
    label = {"en": "Killed", "ru": "Погиб", "ky": "Каза болгон", "tg": "Кушта шуд"}[lang]
    assert re.search(rf"{label}\w*\s+2\s+1\s", words), words[:1500]
    assert "10–12" in flat
    # Every record behind a figure is named in full in the annex.
    for key in ("p1", "p2", "d1", "i1", "i2"):
        assert filled.ids[key] in flat.replace(" ", "") or filled.ids[key] in words
    # The incidents list, in the report's language where the gazetteer has the place.
    assert "Обстрел в Кулунду" in flat and "Shelling and arson in Kok-Tash" in flat
    assert result.incidents == 2
    assert [s.step for s in steps] == ["figures", "incidents", "layout", "writing", "done"]
    assert out.read_bytes().startswith(b"%PDF-")


def test_the_report_font_draws_every_tajik_letter(tmp_path: Path, caplog) -> None:
    for font in font_files():
        glyphs = TTFont(font)
        cmap = glyphs.getBestCmap()
        for letter in TAJIK_LETTERS:
            name = cmap.get(ord(letter))
            assert name and name != ".notdef", (font.name, letter)
            assert glyphs["glyf"][name].numberOfContours != 0, (font.name, letter)  # not blank
    # …and a PDF set in it carries them as text: the report's own document class.
    doc = _Document("tg")
    doc.add_page()
    for style in ("", "B"):
        doc.set_font(FONT, style, 12)
        doc.cell(
            0, 8, f"Ҷамъи ғалладона, қишлоқ, кӯҳ, ӣ: {TAJIK_LETTERS}", new_x="LMARGIN", new_y="NEXT"
        )
    out = tmp_path / "letters.pdf"
    with caplog.at_level(logging.WARNING, logger="fpdf"):
        out.write_bytes(bytes(doc.output()))
    assert not [r for r in caplog.records if "missing" in r.getMessage()]
    assert pdf_text(out).count(TAJIK_LETTERS) == 2


@pytest.mark.parametrize("lang", ["en", "ru", "ky", "tg"])
def test_no_canary_in_the_report(central: CentralStore, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "report.pdf"
    make_report(central, out, lang=lang)

    words = pdf_text(out)
    for canary in CANARIES + CANARY_PARTS + (SECRET_TEXT,):
        assert canary.casefold() not in words.casefold()
    assert leaks(out.read_bytes(), CANARIES + CANARY_PARTS) == []
    if shutil.which("pdftotext"):  # a second, independent extractor
        other = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
        assert not [c for c in CANARIES + CANARY_PARTS if c.casefold() in other.casefold()]
        assert "Обстрел в Кулунду" in " ".join(other.split())  # Cyrillic comes out as text


def test_a_period_and_an_area_narrow_the_report(central: CentralStore, tmp_path: Path) -> None:
    out = tmp_path / "may.pdf"
    selection = Selection.parse(date_from="2021-05", settlement="Кулунду")
    result = make_report(central, out, selection, lang="ru")

    flat = " ".join(pdf_text(out).split())
    assert "Период: с 2021-05-01" in flat and "Территория: Кулунду" in flat
    assert result.incidents == 1 and "Обстрел в Кулунду" in flat
    assert "Shelling and arson in Kok-Tash" not in flat
    assert result.figures["people"]["killed"]["count"] == 0


def test_bad_report_requests_leave_nothing(central: CentralStore, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    with pytest.raises(UsageError, match="can be written in en, ru, ky, tg; not in 'fr'"):
        make_report(central, tmp_path / "out" / "r.pdf", lang="fr")
    existing = tmp_path / "out" / "old.pdf"
    existing.write_bytes(b"old")
    with pytest.raises(UsageError, match="already exists"):
        make_report(central, existing, lang="en")
    assert existing.read_bytes() == b"old"
    with pytest.raises(Cancelled):
        make_report(central, tmp_path / "out" / "c.pdf", cancel=lambda: True)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["old.pdf"]


def test_the_fonts_are_installed_and_cover_every_letter_of_the_languages() -> None:
    from fontTools.ttLib import TTFont

    from fieldreport.central.report_pdf import check_fonts, font_files

    check_fonts()
    letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөүғӣқӯҳҷ«»–…•"
    for path in font_files():
        cmap = TTFont(path).getBestCmap()
        assert [c for c in letters + letters.upper() if ord(c) not in cmap] == []
