"""Duplicate detection and decisions on two devices' real, overlapping bundles."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldreport.central import decisions, duplicates
from fieldreport.central.store import CentralStore
from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json, sha256_hex
from fieldreport.errors import RecordNotFound, UsageError
from tests.central.conftest import export_to, run_import
from tests.central.overlap import Overlap, build


@pytest.fixture
def overlap(central: CentralStore, join, tmp_path: Path) -> Overlap:
    return build(central, join, tmp_path)


def _assert_signed_by_organisation(central: CentralStore) -> None:
    """The centre's own log: chained, each entry signed by the organisation's key."""
    previous = "0" * 64
    for entry in central.log.entries():
        message = canonical_json(entry.body())
        assert entry.prev_hash == previous and sha256_hex(message) == entry.entry_hash
        assert signing.verify(central.org.keys.signing_public_key, entry.signature, message)
        previous = entry.entry_hash


def _pairs(found: list[duplicates.Candidate]) -> set[frozenset[str]]:
    return {frozenset(c.pair) for c in found}


def test_the_same_person_in_cyrillic_and_latin_and_the_house_reported_twice_are_found(
    overlap: Overlap,
):
    ids = overlap.ids
    found = duplicates.find(overlap.central)
    assert _pairs(found) == {
        frozenset((ids["asan_cyr"], ids["asan_lat"])),
        frozenset((ids["house_1"], ids["house_2"])),
    }
    person = next(c for c in found if c.kind == "person")
    assert person.score > 0.95
    reasons = {r.field: r.verdict for r in person.reasons}
    assert reasons["name"] == "same" and reasons["settlement"] == "same"
    assert reasons["sex"] == "same" and reasons["date"] == "same"
    assert person.devices == ("Monitor 1, Leilek", "Monitor 2, Batken") or person.devices == (
        "Monitor 2, Batken",
        "Monitor 1, Leilek",
    )
    damage = next(c for c in found if c.kind == "damage")
    assert {r.field: r.verdict for r in damage.reasons}["owner"] == "same"
    assert {r.field: r.verdict for r in damage.reasons}["coordinates"] == "same"
    # Titles never carry names.
    assert not any("Мамытов" in t or "Mamytov" in t for c in found for t in c.titles)
    assert [c.kind for c in duplicates.find(overlap.central, kind="damage")] == ["damage"]


def test_different_removes_the_pair_and_undo_brings_it_back(overlap: Overlap):
    central, ids = overlap.central, overlap.ids
    log_before = central.log.head()[0]
    decision = decisions.decide(
        central, ids["asan_lat"], ids["asan_cyr"], decisions.DIFFERENT, by="Coordinator A"
    )
    assert decision.decided_by == "Coordinator A"
    assert central.log.head()[0] == log_before + 1
    assert _pairs(duplicates.find(central, kind="person")) == set()
    listed = duplicates.find(central, kind="person", include_decided=True)
    assert [c.decision for c in listed] == ["different"]
    decisions.decide(
        central, ids["asan_cyr"], ids["asan_lat"], decisions.DIFFERENT, by="A", undo=True
    )
    assert len(duplicates.find(central, kind="person")) == 1
    _assert_signed_by_organisation(central)
    assert decisions.verify(central) == []
    entry = list(central.log.entries(log_before))
    assert [e.event for e in entry] == ["duplicates_different", "duplicates_undone"]


def test_same_is_kept_as_a_cluster_and_both_originals_stay(overlap: Overlap):
    central, ids = overlap.central, overlap.ids
    rows = central.counts()["revisions"]
    decisions.decide(central, ids["asan_cyr"], ids["asan_lat"], decisions.SAME, by="A")
    assert central.counts()["revisions"] == rows
    assert decisions.clusters(central) == [frozenset((ids["asan_cyr"], ids["asan_lat"]))]
    assert _pairs(duplicates.find(central, kind="person")) == set()


@pytest.mark.parametrize(
    ("first", "second", "decision", "undo", "error", "message"),
    [
        ("asan_cyr", "nope-not-an-id", "same", False, RecordNotFound, "No imported record"),
        ("asan_cyr", "house_1", "same", False, UsageError, "cannot be one"),
        ("incident_1", "incident_2", "same", False, UsageError, "Only person and damage"),
        ("asan_cyr", "asan_lat", "same", True, UsageError, "nothing to undo"),
        ("asan_cyr", "asan_cyr", "same", False, UsageError, "two different records"),
        ("asan_cyr", "asan_lat", "maybe", False, UsageError, "Unknown decision"),
    ],
)
def test_bad_decisions_are_refused_and_change_nothing(
    overlap: Overlap, first, second, decision, undo, error, message
):
    central, ids = overlap.central, overlap.ids
    before = central.counts()
    with pytest.raises(error, match=message):
        decisions.decide(
            central, ids.get(first, first), ids.get(second, second), decision, by="A", undo=undo
        )
    assert central.counts() == before


def test_contradicting_decisions_are_refused(overlap: Overlap):
    central, ids = overlap.central, overlap.ids
    decisions.decide(central, ids["asan_cyr"], ids["asan_lat"], decisions.SAME, by="A")
    decisions.decide(central, ids["asan_lat"], ids["bolot"], decisions.SAME, by="A")
    before = central.counts()
    with pytest.raises(UsageError, match="undo that first"):
        decisions.decide(central, ids["asan_cyr"], ids["asan_lat"], decisions.DIFFERENT, by="A")
    with pytest.raises(UsageError, match="through other records"):
        decisions.decide(central, ids["asan_cyr"], ids["bolot"], decisions.DIFFERENT, by="A")
    with pytest.raises(UsageError, match="already marked"):
        decisions.decide(central, ids["asan_cyr"], ids["asan_lat"], decisions.SAME, by="A")
    with pytest.raises(UsageError, match="who decides"):
        decisions.decide(central, ids["aigul"], ids["bolot"], decisions.SAME, by="  ")
    assert central.counts() == before
    assert decisions.clusters(central) == [
        frozenset((ids["asan_cyr"], ids["asan_lat"], ids["bolot"]))
    ]


def test_unknown_kind_is_refused(overlap: Overlap):
    with pytest.raises(UsageError, match="person or damage"):
        duplicates.find(overlap.central, kind="statement")


def test_a_new_revision_is_compared_anew(overlap: Overlap, tmp_path: Path):
    central, ids = overlap.central, overlap.ids
    steps: list[tuple[int, int]] = []
    assert len(duplicates.find(central, kind="person", report=lambda *s: steps.append(s))) == 1
    assert steps and steps[-1][0] == steps[-1][1]
    batken = overlap.sessions["batken"]
    record = batken.get(ids["asan_lat"])
    batken.edit(record.id, {**record.data, "name": "Temir Usenov", "age": 61})
    run_import(central, export_to(batken, tmp_path / "batken-2.bundle").path)
    assert duplicates.find(central, kind="person") == []
