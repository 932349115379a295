from __future__ import annotations

import json

import pytest

from fieldreport.domain.kinds import KINDS
from fieldreport.domain.present import (
    MASK,
    event_date,
    location_text,
    masked,
    search_text,
    title,
)
from fieldreport.domain.schema import IDENTIFYING_PATHS

from .conftest import sample

DISTINCT_NAME = "Qwertyuiop Zxcvbnm"
DISTINCT_CONTACT = "+996-555-0000-ZZTOP"


def with_identities(kind: str, data: dict) -> dict:
    """``data`` with distinctive strings in every identifying field of ``kind``."""
    data = json.loads(json.dumps(data))
    for path in IDENTIFYING_PATHS[kind]:
        *parents, key = path.split(".")
        holder = data
        for segment in parents:
            holder = holder.setdefault(segment, {})
        holder[key] = DISTINCT_CONTACT if "contact" in key else DISTINCT_NAME
    return data


@pytest.mark.parametrize(
    "name", ["statement-1", "statement-3", "damage-1", "damage-2", "person-1", "person-3"]
)
@pytest.mark.parametrize("lang", ["en", "ru", "ky", "tg"])
def test_title_never_contains_identifying_values(name: str, lang: str) -> None:
    kind, data = sample(name)
    data = with_identities(kind, data)
    label = title(kind, data, lang)
    assert label
    for secret in (DISTINCT_NAME, DISTINCT_CONTACT, "Qwertyuiop", "ZZTOP"):
        assert secret.lower() not in label.lower()


def test_title_masks_an_identifying_value_copied_into_a_shown_field() -> None:
    kind, data = sample("statement-1")
    data["witness"]["full_name"] = "Aigul Demo-Surname"
    data["witness"]["code"] = "Aigul Demo-Surname"  # a monitor's mistake
    assert "Aigul" not in title(kind, data)


def test_titles_per_kind() -> None:
    assert title(*sample("incident-1")) == "[DEMO] Shelling and arson in Kok-Tash"
    assert title(*sample("statement-1")) == "W-DEMO-01 · 2021-05-03"
    assert title(*sample("damage-1")) == "House · Kok-Tash"
    assert title(*sample("damage-1"), lang="ru") == "Жилой дом · Кок-Таш"
    assert title(*sample("damage-1"), lang="tg") == "Хонаи истиқоматӣ · Кӯктош"
    person = title(*sample("person-1"))
    assert person == "Injured · Male · 30–44 · Kok-Tash"
    assert "Demo Person" not in person
    assert title("incident", {}) == "(untitled)"


def test_location_text() -> None:
    location = {
        "country": "KG",
        "region": "Batken",
        "district": "Leilek",
        "settlement": "kulundu",
        "address": "Demo street 5",
        "lat": 39.9,
        "lon": 69.6,
    }
    assert location_text(location) == ("Demo street 5, Kulundu, Leilek district, Batken region, KG")
    assert location_text(location, "ky", include_address=False) == (
        "Кулунду, Лейлек району, Баткен облусу, KG"
    )
    assert location_text({"settlement": "Unlisted"}) == "Unlisted"
    assert location_text(None) == ""


@pytest.mark.parametrize("kind", KINDS)
def test_masked_replaces_every_identifying_value(kind: str) -> None:
    name = {
        "incident": "incident-1",
        "statement": "statement-1",
        "damage": "damage-1",
        "person": "person-1",
    }[kind]
    _, data = sample(name)
    data = with_identities(kind, data)
    result = masked(kind, data)
    dumped = json.dumps(result, ensure_ascii=False)
    assert DISTINCT_NAME not in dumped and DISTINCT_CONTACT not in dumped
    for path in IDENTIFYING_PATHS[kind]:
        holder = result
        for segment in path.split("."):
            holder = holder[segment]
        assert holder == MASK
    if IDENTIFYING_PATHS[kind]:
        assert DISTINCT_NAME in json.dumps(data)  # the input is untouched
    else:
        assert result == data


def test_masked_does_not_invent_fields() -> None:
    _, data = sample("statement-2")  # no full name, no contact
    assert masked("statement", data) == data


def test_search_text_includes_everything_and_all_language_labels() -> None:
    kind, data = sample("damage-1")
    text = search_text(kind, with_identities(kind, data))
    assert text == text.lower()
    assert DISTINCT_NAME.lower() in text  # identifying values are searchable in the vault
    assert "жилой дом" in text and "турак үй" in text  # property type labels
    assert "көк-таш" in text  # gazetteer spellings
    assert "  " not in text


def test_search_text_finds_kyrgyz_statement_words() -> None:
    kind, data = sample("statement-3")
    assert "жертөлөгө" in search_text(kind, data)


def test_event_date() -> None:
    assert event_date(*sample("incident-1")) == "2021-04-29"
    assert event_date(*sample("statement-1")) == "2021-05-03"
    assert event_date(*sample("damage-1")) == "2021-04-29"
    assert event_date("damage", {"assessed_on": "2021-05-10"}) == "2021-05-10"
    assert event_date(*sample("person-3")) is None
