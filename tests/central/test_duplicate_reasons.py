"""Duplicate reasons are codes and values in the core, words at the face (en, ru, ky, tg)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldreport import cli
from fieldreport.central import duplicate_reasons, duplicates
from fieldreport.central.duplicate_reasons import FIELD_WORDS, MEASURE_WORDS, VERDICT_WORDS
from fieldreport.central.duplicate_scores import FIELDS, VERDICTS
from fieldreport.central.report_text import term
from fieldreport.central.store import CentralStore
from fieldreport.domain.languages import LANGUAGES
from tests.central.overlap import Overlap, build
from tests.conftest import TEST_PASSPHRASE

ENGLISH_WORDS = ("settlement", "the same", "similar", "different", "alike", "apart")


@pytest.fixture
def overlap(central: CentralStore, join, tmp_path: Path) -> Overlap:
    return build(central, join, tmp_path)


def test_every_code_has_words_in_every_language():
    for table, codes in (
        (FIELD_WORDS, FIELDS),
        (VERDICT_WORDS, VERDICTS),
        (MEASURE_WORDS, ("names", "addresses", "metres")),
    ):
        assert set(table) == set(codes)
        for words in table.values():
            assert set(words) == set(LANGUAGES) and all(words.values())
            assert len({words[lang] for lang in ("ru", "ky", "tg")}) == 3  # not Russian twice


def test_reasons_are_codes_and_values_without_names(central, overlap: Overlap):
    ids = overlap.ids
    found = duplicates.find(central, kind="person")
    asan = next(c for c in found if set(c.pair) == {ids["asan_cyr"], ids["asan_lat"]})
    reasons = {r.field: r for r in asan.reasons}
    assert reasons["name"].verdict == "same" and reasons["name"].params == {"similarity": 100}
    assert reasons["outcome"].params == {"first": "killed"}  # agreeing: one value
    ages = reasons["age"].params
    assert {ages["first"], ages["second"]} == {34, 35}  # in the pair's order
    for candidate in found:
        for reason in candidate.to_json()["reasons"]:
            assert reason["field"] in FIELDS and reason["verdict"] in VERDICTS
            assert set(reason) == {"field", "verdict", "params", "detail", "weight"}
            text = json.dumps(reason, ensure_ascii=False)
            assert "Мамытов" not in text and "Mamytov" not in text
    said = duplicate_reasons.describe(reasons["age"], "en")
    assert said == f"age: similar ({ages['first']} / {ages['second']})"
    assert duplicate_reasons.describe(reasons["outcome"], "ru") == (
        f"что произошло: совпадает ({term('person_outcome', 'killed', 'ru')})"
    )
    houses = duplicates.find(central, kind="damage")[0].to_json()["reasons"]
    metres = next(r for r in houses if r["field"] == "coordinates")
    assert isinstance(metres["params"]["metres"], int)
    assert metres["detail"] == f"{metres['params']['metres']} m apart"


@pytest.mark.parametrize("lang", ["ru", "ky", "tg"])
def test_the_command_line_says_reasons_in_the_language_asked(
    central, overlap: Overlap, tmp_path: Path, monkeypatch, capsys, lang: str
):
    central.close()
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(tmp_path / "central"))
    assert cli.main(["central", "duplicates", "--lang", lang]) == 0
    said = capsys.readouterr().out
    why = "\n".join(line for line in said.splitlines()[1:-1])  # the table's rows
    assert f"{FIELD_WORDS['name'][lang]}: {VERDICT_WORDS['same'][lang]}" in why
    assert MEASURE_WORDS["names"][lang].format(similarity=100) in why
    assert f"({term('property_type', 'house', lang)})" in why
    assert f"({term('sex', 'male', lang)})" in why
    assert not any(word in why for word in ENGLISH_WORDS), why
    assert cli.main(["central", "duplicates", "--json"]) == 0
    coded = json.loads(capsys.readouterr().out)
    assert coded[0]["reasons"][0]["field"] in FIELDS  # JSON keeps the codes, whatever --lang
    with pytest.raises(SystemExit) as refused:
        cli.main(["central", "duplicates", "--lang", "xx"])
    assert refused.value.code == 2
