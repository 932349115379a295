from __future__ import annotations

import json

import pytest

from fieldreport.domain.gazetteer import Gazetteer, GazetteerError, load_gazetteer
from fieldreport.domain.languages import LANGUAGES
from fieldreport.resources import resource_path


def test_starter_gazetteer_covers_both_regions() -> None:
    gazetteer = load_gazetteer()
    assert 20 <= len(gazetteer.entries) <= 40
    districts = {(e.country, e.region, e.district) for e in gazetteer.entries}
    for expected in (
        ("KG", "Batken", "Batken"),
        ("KG", "Batken", "Leilek"),
        ("KG", "Batken", "Kadamjay"),
        ("TJ", "Sughd", "Isfara"),
    ):
        assert expected in districts


def test_entries_have_unique_ids_and_names_in_every_language() -> None:
    gazetteer = load_gazetteer()
    ids = [entry.id for entry in gazetteer.entries]
    assert len(ids) == len(set(ids))
    for entry in gazetteer.entries:
        assert entry.id.startswith(entry.country.lower() + "-")
        for lang in LANGUAGES:
            assert entry.names.get(lang), (entry.id, lang)


def test_file_says_it_is_a_starter_and_its_centres_lie_in_the_area() -> None:
    text = resource_path("gazetteer.json").read_text(encoding="utf-8")
    document = json.loads(text)
    assert "starter" in document["note"].lower()
    assert "replaces" in document["note"]
    for entry in document["entries"]:
        assert "coordinates" not in entry
        if "lat" in entry:  # the Isfara valley and around: catches a swapped lat/lon
            assert 39.5 < entry["lat"] < 40.6 and 69.3 < entry["lon"] < 71.9, entry["id"]


@pytest.mark.parametrize("spelling", ["Kulundu", "kulundu", "КУЛУНДУ", "  Kulundu "])
def test_find_is_case_insensitive(spelling: str) -> None:
    entry = load_gazetteer().find(spelling)
    assert entry is not None and entry.id == "kg-batken-leilek-kulundu"


def test_find_matches_any_language_and_alias() -> None:
    gazetteer = load_gazetteer()
    kok_tash = gazetteer.find("Kok-Tash")
    assert kok_tash is not None
    assert gazetteer.find("Көк-Таш") is kok_tash
    assert gazetteer.find("Кок-Таш") is kok_tash
    assert gazetteer.find("kok tash") is kok_tash  # dash-insensitive
    assert gazetteer.find("Koktash") is kok_tash  # alias
    assert gazetteer.find("Atlantis") is None
    assert gazetteer.find("") is None


def test_search_by_prefix_sorted_in_language() -> None:
    gazetteer = load_gazetteer()
    found = gazetteer.search("ak", "en")
    names = [gazetteer.display_name(entry, "en") for entry in found]
    assert "Ak-Sai" in names and "Ak-Tatyr" in names
    assert names == sorted(names, key=str.casefold)
    assert [gazetteer.display_name(e, "ru") for e in gazetteer.search("Вор", "ru")] == ["Ворух"]


def test_display_name_falls_back_to_english() -> None:
    gazetteer = load_gazetteer()
    entry = gazetteer.find("Isfara")
    assert entry is not None
    assert gazetteer.display_name(entry, "ru") == "Исфара"
    assert gazetteer.display_name(entry, "tg") == "Исфара"
    assert gazetteer.display_name(entry, "de") == "Isfara"


def test_as_location_fills_the_hierarchy() -> None:
    entry = load_gazetteer().find("Maksat")
    assert entry is not None
    assert entry.as_location() == {
        "country": "KG",
        "region": "Batken",
        "district": "Leilek",
        "settlement": "Maksat",
    }


def test_malformed_gazetteer_is_refused() -> None:
    with pytest.raises(GazetteerError):
        Gazetteer.from_dict({"format": 1, "entries": [{"id": "x"}]})
    with pytest.raises(GazetteerError):
        Gazetteer.from_dict({"format": 9, "entries": []})


def test_regions_and_districts_are_named_in_each_language():
    from fieldreport.domain.present import location_text

    loc = {"settlement": "Kulundu", "district": "Leilek", "region": "Batken", "country": "KG"}
    assert location_text(loc, "en") == "Kulundu, Leilek district, Batken region, KG"
    assert location_text(loc, "ru") == "Кулунду, Лейлекский район, Баткенская область, KG"
    assert "Лейлек району" in location_text(loc, "ky")
    assert location_text(loc, "tg") == "Кулунду, Ноҳияи Лейлек, Вилояти Баткен, KG"
    unknown = {"settlement": "Nowhere-Fictional", "district": "Made-up district"}
    assert location_text(unknown, "ru") == "Nowhere-Fictional, Made-up district"


def test_a_settlement_may_carry_its_centre_and_a_bad_one_is_refused() -> None:
    entry = {"id": "kg-x", "country": "KG", "names": {"en": "X"}, "lat": 39.9, "lon": 70.5}
    gazetteer = Gazetteer.from_dict({"format": 1, "entries": [entry]})
    assert gazetteer.get("kg-x").centroid == (39.9, 70.5)
    without = {k: v for k, v in entry.items() if k not in ("lat", "lon")}
    assert Gazetteer.from_dict({"format": 1, "entries": [without]}).get("kg-x").centroid is None
    for bad in (
        {"lat": 39.9},
        {"lat": 91, "lon": 0},
        {"lat": "39.9", "lon": 70.5},
        {"lat": True, "lon": 1},
    ):
        with pytest.raises(GazetteerError):
            Gazetteer.from_dict({"format": 1, "entries": [{**without, **bad}]})
    # The starter file places at least the settlements its demonstration records use.
    assert load_gazetteer().find("Kok-Tash").centroid is not None
