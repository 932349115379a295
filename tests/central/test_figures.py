"""Figures over two devices' real, overlapping bundles: counted once, traceable, filtered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldreport.central import decisions, figures
from fieldreport.central.facts import Filters
from fieldreport.central.store import CentralStore
from fieldreport.errors import UsageError
from tests.central.conftest import export_to, run_import
from tests.central.overlap import Overlap, build


@pytest.fixture
def overlap(central: CentralStore, join, tmp_path: Path) -> Overlap:
    return build(central, join, tmp_path)


def _json(central: CentralStore, **filters: str) -> dict:
    return figures.compute(central, Filters.parse(**filters)).to_json()


def test_figures_count_every_report_until_a_coordinator_says_two_are_one(overlap: Overlap):
    central, ids = overlap.central, overlap.ids
    before = _json(central)
    killed = before["people"]["killed"]
    assert killed["count"] == 3
    assert killed["records"] == sorted([ids["asan_cyr"], ids["asan_lat"], ids["bolot"]])
    assert killed["unreviewed"] == 1
    assert killed["devices"] == ["Monitor 1, Leilek", "Monitor 2, Batken"]
    assert killed["witnesses"] == ["W-014"]  # the statement that names him
    assert before["people"]["injured"]["count"] == 1
    assert before["people"]["missing"] == {
        "count": 0,
        "records": [],
        "unreviewed": 0,
        "witnesses": [],
        "devices": [],
    }
    assert before["property"]["destroyed"]["count"] == 2
    assert before["property"]["severe"]["count"] == 1
    assert before["property"]["by_type"]["house"]["count"] == 2
    assert before["livestock"]["taken"]["count"] == 6 + 6 + 40
    assert before["households_displaced"]["count"] == 2
    assert before["duplicates"]["unreviewed"] == 2

    decisions.decide(central, ids["asan_cyr"], ids["asan_lat"], decisions.SAME, by="A")
    decisions.decide(central, ids["house_1"], ids["house_2"], decisions.SAME, by="A")
    after = _json(central)
    # Exactly the merged records fewer; the records behind each figure are all still there.
    assert after["people"]["killed"]["count"] == 2
    assert after["people"]["killed"]["records"] == killed["records"]
    assert after["people"]["killed"]["unreviewed"] == 0
    assert after["people"]["injured"] == before["people"]["injured"]
    assert after["property"]["destroyed"]["count"] == 1
    assert after["property"]["severe"] == before["property"]["severe"]
    assert after["livestock"]["taken"]["count"] == 6 + 40
    assert after["livestock"]["taken"]["by_species"] == {"cattle": 6, "sheep": 40}
    assert after["households_displaced"]["count"] == 1
    assert after["duplicates"] == {
        "unreviewed": 0,
        "unreviewed_person": 0,
        "unreviewed_damage": 0,
        "confirmed_clusters": 2,
    }


def test_reported_counts_are_a_range_and_breakdowns_meet_across_scripts(overlap: Overlap):
    result = _json(overlap.central)
    assert result["reported"]["killed"]["min"] == 3
    assert result["reported"]["killed"]["max"] == 5
    assert result["reported"]["killed"]["sources"] == 2
    assert result["reported"]["killed"]["agree"] is False
    assert sorted(result["reported"]["killed"]["records"]) == sorted(
        [overlap.ids["incident_1"], overlap.ids["incident_2"]]
    )
    # "Кулунду" and "Kulundu" are one settlement.
    assert set(result["by_settlement"]) == {"Kulundu", "Kok-Tash"}
    assert result["by_settlement"]["Kulundu"]["people"]["killed"]["count"] == 3
    assert result["by_settlement"]["Kok-Tash"]["property"]["destroyed"]["count"] == 2
    assert set(result["by_date"]) == {"2021-04-29", "2021-04-30"}
    in_russian = figures.compute(overlap.central, lang="ru", with_duplicates=False).to_json()
    assert set(in_russian["by_settlement"]) == {"Кулунду", "Кок-Таш"}
    # Not looked for is not "none": unreviewed duplicates are unknown, not zero.
    assert in_russian["people"]["killed"]["unreviewed"] is None
    assert in_russian["duplicates"]["unreviewed"] is None
    assert result["by_date"]["2021-04-30"]["property"]["severe"]["count"] == 1


def test_filters_narrow_by_area_and_period(overlap: Overlap):
    central = overlap.central
    in_kulundu = _json(central, settlement="Кулунду")
    assert in_kulundu["people"]["killed"]["count"] == 3
    assert in_kulundu["property"]["destroyed"]["count"] == 0
    assert _json(central, district="Batken")["property"]["destroyed"]["count"] == 2
    later = _json(central, date_from="2021-04-30")
    assert later["people"]["killed"]["count"] == 0
    assert later["property"]["severe"]["count"] == 1
    april = _json(central, date_from="2021-04", date_to="2021-04")
    assert april["people"]["killed"]["count"] == 3
    assert _json(central, region="Osh")["people"]["killed"]["count"] == 0


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"date_from": "2021-02-30"}, "--from 2021-02-30 is not a date"),
        ({"date_to": "yesterday"}, "--to yesterday is not a date"),
        ({"date_from": "2021-05-01", "date_to": "2021-04-01"}, "The period is empty"),
        ({"settlement": "  "}, "--settlement needs a name"),
    ],
)
def test_impossible_filters_are_refused(filters: dict, message: str):
    with pytest.raises(UsageError, match=message):
        Filters.parse(**filters)


def test_figures_use_the_current_revision_and_skip_deleted_records(
    central: CentralStore, join, tmp_path: Path
):
    overlap = build(central, join, tmp_path)
    # The second device corrects one record and deletes another; the next bundle says so.
    batken = overlap.sessions["batken"]
    record = batken.get(overlap.ids["bolot"])
    batken.edit(record.id, {**record.data, "outcome": "injured"})
    batken.delete(overlap.ids["school"])
    run_import(central, export_to(batken, tmp_path / "batken-2.bundle").path)
    result = _json(central)
    assert overlap.ids["bolot"] not in result["people"]["killed"]["records"]
    assert overlap.ids["bolot"] in result["people"]["injured"]["records"]
    assert result["property"]["severe"]["count"] == 0


def test_strange_shapes_are_counted_where_they_make_sense_and_never_crash(central: CentralStore):
    """Data the centre did not validate itself: wrong types are skipped, not fatal."""
    odd = [
        ("person", {"outcome": "killed", "name": ["not", "text"], "age": "34", "sex": 5}),
        ("person", {"outcome": "killed", "event_location": ["Kulundu"], "event_on": "2021-13"}),
        ("damage", {"damage_level": "destroyed", "livestock": [{"count": "many"}, 7, None]}),
        ("damage", {"damage_level": "destroyed", "households_displaced": True, "owner": "x"}),
        ("damage", {"location": {"settlement": 12, "lat": "north"}, "livestock": "lots"}),
        ("incident", {"reported_counts": {"killed": {"value": "five"}}, "links": "none"}),
        ("statement", {"witness": "W-1", "links": [None, 3]}),
    ]
    with central.transaction() as db:
        for n, (kind, data) in enumerate(odd):
            db.table("revisions").insert(
                {
                    "record_id": f"00000000-0000-0000-0000-{n:012d}",
                    "revision": 1,
                    "kind": kind,
                    "status": "draft",
                    "deleted": 0,
                    "saved_at": "2021-05-01T00:00:00Z",
                    "data": json.dumps(data),
                    "content_hash": "0" * 64,
                    "device_id": "d",
                }
            )
    result = figures.compute(central).to_json()
    assert result["people"]["killed"]["count"] == 2
    assert result["property"]["destroyed"]["count"] == 2
    assert result["livestock"]["taken"]["count"] == 0
    assert result["households_displaced"]["count"] == 0
    assert result["reported"] == {}
    assert _json(central, date_from="2021")["undated_left_out"] == len(odd) - 1
