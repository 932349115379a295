from __future__ import annotations

import json
import re

import pytest

from fieldreport.domain.languages import LANGUAGES
from fieldreport.domain.vocabularies import (
    Vocabularies,
    VocabularyError,
    load_vocabularies,
)
from fieldreport.resources import resource_path

# Every enumerated list in domain.md, with its terms in the documented order.
DOMAIN_LISTS = {
    "incident_category": [
        "shelling", "small_arms_fire", "air_strike", "drone_strike", "arson", "looting",
        "destruction_of_property", "killing", "injury", "hostage_taking", "detention",
        "displacement", "livestock_seizure", "obstruction_of_journalists", "attack_on_school",
        "attack_on_health_facility", "other",
    ],
    "property_type": [
        "house", "apartment_building", "school", "kindergarten", "health_facility",
        "administrative_building", "shop_or_market", "religious_building", "vehicle",
        "agricultural_land", "livestock_shelter", "infrastructure", "other",
    ],
    "damage_level": ["destroyed", "severe", "moderate", "minor", "none_visible"],
    "damage_cause": [
        "arson", "shelling", "gunfire", "air_or_drone_strike", "bulldozing", "looting",
        "explosion", "unknown", "other",
    ],
    "sex": ["female", "male", "other", "undisclosed"],
    "age_group": ["0-17", "18-29", "30-44", "45-59", "60+", "unknown"],
    "witness_role": [
        "eyewitness", "victim", "relative_of_victim", "official", "medical_staff", "hearsay",
        "other",
    ],
    "consent_scope": ["investigation", "share_with_partners", "publish_anonymised"],
    "consent_method": ["verbal_recorded", "written", "other"],
    "interview_language": ["ky", "ru", "tg", "uz", "en", "other"],
    "person_outcome": [
        "killed", "injured", "missing", "detained_or_hostage", "released", "displaced",
    ],
    "civilian": ["yes", "no", "unknown"],
    "livestock_species": ["cattle", "sheep", "goats", "horses", "donkeys", "poultry", "other"],
    "livestock_fate": ["killed", "taken", "missing", "injured"],
    "location_precision": ["exact", "approximate", "settlement"],
}  # fmt: skip

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
KYRGYZ_ONLY_LETTERS = set("өүңӨҮҢ")
#: Letters of Tajik Cyrillic that neither Russian nor Kyrgyz has.
TAJIK_ONLY_LETTERS = set("ғӣқӯҳҷҒӢҚӮҲҶ")


@pytest.mark.parametrize("name", sorted(DOMAIN_LISTS))
def test_domain_lists_are_shipped_in_order(name: str) -> None:
    assert load_vocabularies().terms(name) == DOMAIN_LISTS[name]


def test_currency_includes_the_documented_codes() -> None:
    assert {"KGS", "TJS", "USD"} <= set(load_vocabularies().terms("currency"))


def test_every_term_has_a_label_in_every_language() -> None:
    vocabularies = load_vocabularies()
    for name in vocabularies.names():
        for term in vocabularies.terms(name):
            labels = {lang: vocabularies.label(name, term, lang) for lang in LANGUAGES}
            assert all(labels.values()), (name, term)
            # ru, ky and tg labels are Cyrillic translations, not English copies
            for lang in ("ru", "ky", "tg"):
                assert CYRILLIC.search(labels[lang]), (name, term, lang)


def test_kyrgyz_labels_use_kyrgyz_letters_somewhere() -> None:
    vocabularies = load_vocabularies()
    ky = "".join(
        vocabularies.label(name, term, "ky")
        for name in vocabularies.names()
        for term in vocabularies.terms(name)
    )
    assert KYRGYZ_ONLY_LETTERS & set(ky)


def test_tajik_labels_are_tajik_not_russian_copies() -> None:
    vocabularies = load_vocabularies()
    pairs = [
        (vocabularies.label(name, term, "tg"), vocabularies.label(name, term, "ru"))
        for name in vocabularies.names()
        for term in vocabularies.terms(name)
    ]
    tg = "".join(tajik for tajik, _ in pairs)
    assert set("ғӣқӯҳҷ") <= set(tg.lower())  # every letter Tajik adds to Cyrillic
    assert not (KYRGYZ_ONLY_LETTERS & set(tg))
    same = [tajik for tajik, russian in pairs if tajik == russian]
    assert len(same) < len(pairs) // 10, same  # a few shared words (e.g. "KGS") at most


def test_damage_levels_have_definitions_in_every_language() -> None:
    vocabularies = load_vocabularies()
    for term in vocabularies.terms("damage_level"):
        for lang in LANGUAGES:
            assert len(vocabularies.definition("damage_level", term, lang)) > 10
    assert "collapsed" in vocabularies.definition("damage_level", "destroyed", "en")


def test_label_falls_back_to_english_then_to_the_term() -> None:
    vocabularies = load_vocabularies()
    assert vocabularies.label("sex", "female", "ru") == "Женский"
    assert vocabularies.label("sex", "female", "ky") == "Аял"
    assert vocabularies.label("sex", "female", "tg") == "Зан"
    assert vocabularies.label("sex", "female", "de") == "Female"
    assert vocabularies.label("sex", "no-such-term", "ru") == "no-such-term"


def test_choices_pair_ids_with_labels() -> None:
    choices = load_vocabularies().choices("civilian", "ky")
    assert choices == [("yes", "Ооба"), ("no", "Жок"), ("unknown", "Белгисиз")]


def test_load_is_cached() -> None:
    assert load_vocabularies() is load_vocabularies()


def test_shipped_file_says_it_is_a_starter() -> None:
    document = json.loads(resource_path("vocabularies.json").read_text(encoding="utf-8"))
    assert document["format"] == 1
    assert "replaces" in document["note"]


@pytest.mark.parametrize(
    "document",
    [
        {"format": 2, "vocabularies": {}},
        {"format": 1},
        {"format": 1, "vocabularies": {"sex": {"terms": [{"id": "a"}, {"id": "a"}]}}},
        {"format": 1, "vocabularies": {"sex": {"terms": [{"label": {"en": "x"}}]}}},
        {"format": 1, "vocabularies": {"sex": {"terms": [{"id": "a", "label": "A"}]}}},
    ],
)
def test_malformed_documents_are_refused(document: dict) -> None:
    with pytest.raises(VocabularyError):
        Vocabularies.from_dict(document)
