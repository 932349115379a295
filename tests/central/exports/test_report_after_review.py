"""After a coordinator confirms two reports are one person, the report counts them once.

A module of its own: the ``filled`` store it changes is built for this module only.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from fieldreport.central import decisions
from fieldreport.central.report import make_report
from fieldreport.central.store import CentralStore
from tests.central.exports.conftest import Filled


def _words(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_confirming_the_same_person_counts_them_once(
    central: CentralStore, filled: Filled, tmp_path: Path
) -> None:
    before = make_report(central, tmp_path / "before.pdf")
    assert before.figures["people"]["killed"]["count"] == 2
    assert "Possible duplicate pairs not yet reviewed: 1." in _words(tmp_path / "before.pdf")

    decisions.decide(central, filled.ids["p1"], filled.ids["p2"], "same", by="Coordinator")
    after = make_report(central, tmp_path / "after.pdf")

    killed = after.figures["people"]["killed"]
    assert (killed["count"], killed["unreviewed"]) == (1, 0)
    assert set(killed["records"]) == {filled.ids["p1"], filled.ids["p2"]}  # both kept
    words = _words(tmp_path / "after.pdf")
    assert (
        "Possible duplicate pairs not yet reviewed: 0. Groups of records confirmed as one: 1."
        in words
    )
