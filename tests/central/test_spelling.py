"""Names and places meet across Kyrgyz, Russian, Tajik and Latin spellings."""

from __future__ import annotations

import pytest

from fieldreport.central.duplicate_scores import name_similarity
from fieldreport.central.facts import Filters, make_place, settlement_key
from fieldreport.central.spelling import name_key, name_tokens, place_key


@pytest.mark.parametrize(
    ("written", "again"),
    [
        ("Асан Мамытов", "Asan Mamytov"),
        ("Мамытов Асан", "Asan Mamytov"),  # family name first
        ("Жолдошев Бакыт", "Bakyt Joldoshev"),  # Zh / J
        ("Ҷамшед Раҳимов", "Jamshed Rakhimov"),  # Tajik ҷ, ҳ
        ("Қодиров Ғайрат", "Kodirov Gayrat"),  # Tajik қ, ғ
        ("Раҳмонӣ Ҷӯраев", "Rahmoni Juraev"),  # Tajik ӣ, ӯ
        ("Мария Юсупова", "Mariya Yusupova"),
        ("Нурлан Үсөнбаев", "Nurlan Usonbaev"),  # Kyrgyz ү, ө
        ("Айгуль Токтосунова", "Aigul Toktosunova"),
    ],
)
def test_the_same_name_in_two_scripts_has_one_key(written: str, again: str):
    assert name_key(written) == name_key(again)


def test_names_that_share_only_a_first_name_are_not_alike():
    assert name_similarity(name_tokens("Асан Мамытов"), name_tokens("Asan Kadyrov")) < 0.75
    assert name_similarity(name_tokens("Нурлан Үсөнбаев"), name_tokens("Nurlan Usenbaev")) >= 0.85
    assert name_similarity(name_tokens("Asan"), name_tokens("Asan Mamytov")) < 0.95
    assert name_similarity((), name_tokens("Asan")) == 0.0


def test_places_meet_through_the_gazetteer_and_by_spelling():
    assert settlement_key("Ак-Сай") == settlement_key("Ak-Sai")
    assert settlement_key("Худжанд") == settlement_key("Khujand")
    assert settlement_key("Канибадам") == settlement_key("Konibodom")
    assert settlement_key("Көк-Терек") == settlement_key("Kok-Terek")  # not in the gazetteer
    assert place_key("Көк-Терек") == place_key("Кок-Терек") == "kok terek"
    assert settlement_key("Kulundu") != settlement_key("Kok-Tash")


def test_a_known_settlement_brings_its_region_and_district():
    place = make_place("", "", "Кулунду")
    assert Filters.parse(district="Leilek").in_area(place)
    assert Filters.parse(region="Batken", settlement="Kulundu").in_area(place)
    assert not Filters.parse(district="Batken").in_area(place)
