"""Validation: required fields for finals, shapes for everything."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from fieldreport.domain import messages as m
from fieldreport.domain.kinds import KINDS
from fieldreport.domain.schema import FIELDS
from fieldreport.domain.validation import Problem, get_path, validate, warnings

from .conftest import resolved_samples, sample

FINAL_SAMPLES = {kind: data for name, kind, data in resolved_samples() if data["status"] == "final"}


def paths(problems: list[Problem]) -> list[str]:
    return [problem.path for problem in problems]


def without(data: dict[str, Any], path: str) -> dict[str, Any]:
    result = copy.deepcopy(data)
    *parents, key = path.split(".")
    holder = result
    for segment in parents:
        holder = holder[segment]
    holder.pop(key, None)
    return result


def with_value(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    result = copy.deepcopy(data)
    *parents, key = path.split(".")
    holder = result
    for segment in parents:
        holder = holder.setdefault(segment, {})
    holder[key] = value
    return result


def test_every_sample_validates_in_its_stated_status(samples: list) -> None:
    assert {kind for _, kind, _ in samples} == set(KINDS)
    assert {data["status"] for _, _, data in samples} == {"draft", "final"}
    for name, kind, data in samples:
        assert validate(kind, data) == [], name


REQUIRED = [(kind, spec.path) for kind in KINDS for spec in FIELDS[kind] if spec.required]


@pytest.mark.parametrize(("kind", "path"), REQUIRED)
def test_missing_required_field_in_a_final_is_named(kind: str, path: str) -> None:
    data = without(FINAL_SAMPLES[kind], path)
    problems = validate(kind, data)
    assert Problem(path, m.REQUIRED) in problems
    # ... and the same record as a draft is accepted
    assert validate(kind, {**data, "status": "draft"}) == []


@pytest.mark.parametrize(("kind", "path"), REQUIRED)
def test_empty_string_counts_as_missing(kind: str, path: str) -> None:
    spec_value: Any = "" if get_path(FINAL_SAMPLES[kind], path) is not True else None
    problems = validate(kind, with_value(FINAL_SAMPLES[kind], path, spec_value))
    assert path in paths(problems)


@pytest.mark.parametrize("kind", KINDS)
def test_an_empty_draft_is_valid_and_an_empty_final_is_not(kind: str) -> None:
    assert validate(kind, {}) == []
    assert validate(kind, {"status": "draft"}) == []
    assert validate(kind, {"status": "final"})


def test_unknown_kind_and_status() -> None:
    assert paths(validate("bulletin", {})) == ["kind"]
    problems = validate("incident", {"status": "done"})
    assert paths(problems) == ["status"]
    assert "draft, final" in problems[0].text()


def test_unknown_fields_are_rejected_at_any_level() -> None:
    data = {"title": "x", "colour": "red", "location": {"settlement": "Arka", "zip": "1"}}
    assert paths(validate("incident", data)) == ["colour", "location.zip"]
    statement = {"witness": {"code": "W-1", "shoe_size": 42}}
    assert paths(validate("statement", statement)) == ["witness.shoe_size"]
    assert paths(validate("statement", {"witness": "W-1"})) == ["witness"]


def test_storage_assigned_fields_are_ignored() -> None:
    _, data = sample("incident-1")
    data = {**data, "id": "x", "kind": "incident", "revision": 2, "created_at": "t"}
    assert validate("incident", data) == []


@pytest.mark.parametrize(
    ("kind", "path", "value", "message"),
    [
        ("incident", "title", 5, m.NOT_TEXT),
        ("incident", "title", "x" * 201, m.TOO_LONG),
        ("incident", "title", "bell\x07", m.CONTROL_CHARS),
        ("incident", "categories", "shelling", m.NOT_LIST),
        ("incident", "occurred_on", 2021, m.BAD_DATE),
        ("incident", "date_approximate", "yes", m.NOT_BOOL),
        ("incident", "location", "Kulundu", m.NOT_OBJECT),
        ("statement", "witness.sex", "f", m.NOT_A_TERM),
        ("statement", "consent.given", "true", m.NOT_BOOL),
        ("statement", "text", "x" * 200_001, m.TOO_LONG),
        ("damage", "households_displaced", -1, m.NEGATIVE),
        ("damage", "households_displaced", 2.5, m.NOT_INT),
        ("damage", "households_displaced", True, m.NOT_INT),
        ("damage", "damage_level", "total", m.NOT_A_TERM),
        ("person", "age", 131, m.TOO_LARGE),
        ("person", "age", "34", m.NOT_INT),
        ("person", "civilian", True, m.NOT_TEXT),
        ("person", "links", "not-a-list", m.NOT_LIST),
        ("person", "tags", "demo", m.NOT_LIST),
        ("person", "notes", ["a"], m.NOT_TEXT),
    ],
)
def test_bad_values_are_rejected_in_drafts_and_finals(
    kind: str, path: str, value: Any, message: str
) -> None:
    for status in ("draft", "final"):
        data = with_value({"status": status}, path, value)
        missing = (m.REQUIRED, m.AGE_OR_GROUP)
        problems = [p for p in validate(kind, data) if p.message not in missing]
        assert problems == [Problem(path, message, problems[0].params if problems else {})], status


def test_unknown_terms_in_lists_name_the_item() -> None:
    problems = validate("incident", {"categories": ["shelling", "bombing", "shelling"]})
    assert [(p.path, p.message) for p in problems] == [
        ("categories[1]", m.NOT_A_TERM),
        ("categories[2]", m.DUPLICATE),
    ]
    assert "air_strike" in problems[0].text()


@pytest.mark.parametrize(
    "value", ["2021-02-30", "2021-13", "21-04-29", "2021/04/29", "29.04.2021", "2021-4-9", "1850"]
)
def test_invalid_dates(value: str) -> None:
    assert paths(validate("incident", {"occurred_on": value})) == ["occurred_on"]


@pytest.mark.parametrize("value", ["2021", "2021-04", "2021-04-29", "2024-02-29"])
def test_valid_partial_dates(value: str) -> None:
    assert validate("incident", {"occurred_on": value}) == []


def test_future_dates_are_rejected() -> None:
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    next_year = str(dt.date.today().year + 1)
    assert validate("person", {"event_on": tomorrow}) == [Problem("event_on", m.FUTURE_DATE)]
    assert paths(validate("statement", {"interview": {"date": next_year}})) == ["interview.date"]
    # the current month is not "in the future" even though it has not ended
    assert validate("person", {"event_on": dt.date.today().strftime("%Y-%m")}) == []


def test_occurred_until_must_not_precede_occurred_on() -> None:
    bad = {"occurred_on": "2021-04-29", "occurred_until": "2021-04-28"}
    assert paths(validate("incident", bad)) == ["occurred_until"]
    # a partial date covering the start is fine
    assert validate("incident", {"occurred_on": "2021-04-29", "occurred_until": "2021-04"}) == []
    assert validate("incident", {"occurred_on": "2021-04-29", "occurred_until": "2021-04-29"}) == []


def test_assessment_cannot_precede_the_damage() -> None:
    bad = {"damaged_on": "2021-05-01", "assessed_on": "2021-04-30"}
    assert paths(validate("damage", bad)) == ["assessed_on"]


@pytest.mark.parametrize(
    ("location", "bad_path"),
    [
        ({"lat": 90.5, "lon": 70}, "location.lat"),
        ({"lat": -91, "lon": 70}, "location.lat"),
        ({"lat": 39.9, "lon": 180.01}, "location.lon"),
        ({"lat": 39.9, "lon": -200}, "location.lon"),
        ({"lat": "39.9", "lon": 69.6}, "location.lat"),
        ({"lat": True, "lon": 69.6}, "location.lat"),
        ({"lat": float("nan"), "lon": 69.6}, "location.lat"),
        ({"lat": 39.9}, "location.lon"),
        ({"country": "kg"}, "location.country"),
        ({"country": "KGZ"}, "location.country"),
        ({"precision": "roughly"}, "location.precision"),
        ({"settlement": 7}, "location.settlement"),
    ],
)
def test_bad_locations(location: dict, bad_path: str) -> None:
    assert paths(validate("incident", {"location": location})) == [bad_path]


def test_good_location_with_boundary_coordinates() -> None:
    location = {
        "country": "KG",
        "settlement": "Kulundu",
        "lat": -90,
        "lon": 180.0,
        "precision": "exact",
    }
    assert validate("incident", {"location": location}) == []


def test_required_location_needs_a_settlement_in_a_final() -> None:
    _, data = sample("incident-1")
    data["location"] = {"country": "KG", "region": "Batken", "lat": 39.9, "lon": 69.6}
    assert paths(validate("incident", data)) == ["location.settlement"]
    assert validate("incident", {**data, "status": "draft"}) == []
    # optional locations do not need one
    _, person = sample("person-1")
    person["residence"] = {"country": "KG"}
    assert validate("person", person) == []


def test_settlement_outside_the_gazetteer_is_only_a_warning() -> None:
    _, data = sample("incident-1")
    data["location"] = {"country": "KG", "settlement": "Nowhere-Village"}
    assert validate("incident", data) == []
    assert warnings("incident", data) == [Problem("location.settlement", m.NOT_IN_GAZETTEER)]
    data["location"]["settlement"] = "кулунду"
    assert warnings("incident", data) == []
    _, statement = sample("statement-1")
    statement["witness"]["residence"] = {"settlement": "Elsewhere"}
    assert paths(warnings("statement", statement)) == ["witness.residence.settlement"]


def test_final_statement_needs_consent() -> None:
    _, data = sample("statement-1")
    refused = with_value(data, "consent", {"given": False})
    assert validate("statement", refused) == [Problem("consent.given", m.CONSENT_NEEDED)]
    assert validate("statement", {**refused, "status": "draft"}) == []


def test_given_consent_needs_scope_and_method_in_a_final() -> None:
    _, data = sample("statement-1")
    data["consent"] = {"given": True}
    assert paths(validate("statement", data)) == ["consent.scope", "consent.method"]
    data["consent"]["scope"] = ["publish_everything"]
    data["consent"]["method"] = "telepathy"
    assert paths(validate("statement", data)) == ["consent.scope[0]", "consent.method"]
    assert paths(validate("statement", {**data, "status": "draft"})) == [
        "consent.scope[0]",
        "consent.method",
    ]


def test_person_needs_age_or_age_group_in_a_final() -> None:
    _, data = sample("person-1")
    for kept in ("age", "age_group"):
        partial = {k: v for k, v in data.items() if k != ("age_group" if kept == "age" else "age")}
        assert validate("person", partial) == []
    neither = {k: v for k, v in data.items() if k not in ("age", "age_group")}
    assert paths(validate("person", neither)) == ["age"]
    assert validate("person", {**neither, "status": "draft"}) == []


def test_age_inconsistent_with_group_is_a_warning() -> None:
    _, data = sample("person-1")
    data["age"] = 70
    assert validate("person", data) == []
    assert paths(warnings("person", data)) == ["age_group"]


def test_links_and_media_must_be_uuids() -> None:
    good = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
    data = {"links": [good, "@incident-1", good.upper()], "media": ["abc", 5]}
    assert paths(validate("incident", data)) == ["links[1]", "links[2]", "media[0]", "media[1]"]


def test_reported_counts() -> None:
    counts = {
        "killed": {"value": 3, "source": "Demo hospital"},
        "injured": {"value": -1, "source": "x"},
        "missing": {"value": "2"},
        "houses_burned": 12,
        "cows": {"value": 1, "source": "x"},
    }
    problems = validate("incident", {"reported_counts": counts})
    assert paths(problems) == [
        "reported_counts.cows",
        "reported_counts.injured.value",
        "reported_counts.missing.value",
        "reported_counts.houses_burned",
    ]
    # in a final, each count needs its source
    _, data = sample("incident-1")
    data["reported_counts"] = {"killed": {"value": 3}}
    assert paths(validate("incident", data)) == ["reported_counts.killed.source"]


def test_livestock_items() -> None:
    livestock = [
        {"species": "cattle", "count": 6, "fate": "taken"},
        {"species": "camels", "count": -2, "fate": "eaten", "colour": "brown"},
        "sheep",
        {"species": "sheep"},
    ]
    problems = validate("damage", {"livestock": livestock})
    assert paths(problems) == [
        "livestock[1].colour",
        "livestock[1].species",
        "livestock[1].fate",
        "livestock[1].count",
        "livestock[2]",
    ]
    _, data = sample("damage-3")
    data["livestock"] = [{"species": "sheep"}]
    assert paths(validate("damage", data)) == ["livestock[0].fate", "livestock[0].count"]


def test_estimated_cost() -> None:
    assert validate("damage", {"estimated_cost": {"amount": 10.5, "currency": "USD"}}) == []
    problems = validate("damage", {"estimated_cost": {"amount": -5, "currency": "Gold"}})
    assert paths(problems) == ["estimated_cost.amount", "estimated_cost.currency"]
    assert paths(validate("damage", {"estimated_cost": {"amount": "1000"}})) == [
        "estimated_cost.amount"
    ]
    _, data = sample("damage-1")
    data["estimated_cost"] = {"amount": 100}
    assert paths(validate("damage", data)) == ["estimated_cost.currency"]


def test_messages_never_contain_the_values_given() -> None:
    secret = "Zarina-Secret-Name-9431"
    data = {
        "status": "final",
        "witness": {"code": secret * 10, "sex": secret, "full_name": 7},
        "interview": {"date": secret, "language": secret},
        "consent": {"given": secret, "scope": [secret]},
        secret: secret,
    }
    for problem in validate("statement", data):
        assert secret not in problem.text() or problem.path == secret


def test_problem_text_formats_params() -> None:
    problem = Problem("title", m.TOO_LONG, {"max": 200})
    assert problem.text() == "Too long: at most 200 characters."
    assert str(problem) == "title: Too long: at most 200 characters."
    assert Problem("livestock[3].count", m.NEGATIVE).field_path == "livestock.count"


def test_tags() -> None:
    assert validate("incident", {"tags": ["demo", "Батken"]}) == []
    problems = validate("incident", {"tags": ["ok", 1, "x" * 101, "ok"]})
    assert paths(problems) == ["tags[1]", "tags[2]", "tags[3]"]
