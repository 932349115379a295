"""The same figures on both backends, and on PostgreSQL counted from the clear facts.

Two devices' overlapping reports are imported into an embedded store, whose
figures are taken (from records read whole, as the embedded store does; its
clear facts give the same places and dates); the store is then moved to
PostgreSQL (``central migrate``) and every figure is taken again there: they
must be equal, with and without duplicate detection, filtered or not, before
and after a coordinator's decision. On PostgreSQL, figures without duplicate
detection count from the clear ``facts`` column: the only sealed records
opened are the few whose words a figure shows (the statement that gives a
witness's code, the incidents that give a count's source).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldreport.central import decisions, facts, figures, queries
from fieldreport.central.facts import Filters
from fieldreport.central.pg.move import move_to_postgresql
from fieldreport.central.store import CentralStore
from tests.central.overlap import build
from tests.conftest import TEST_PASSPHRASE

pytestmark = pytest.mark.postgresql_only

FILTERS: list[dict[str, str]] = [
    {},
    {"settlement": "Кулунду"},
    {"region": "Batken", "date_from": "2021-04-29", "date_to": "2021-04-29"},
    {"date_from": "2021-05"},
]


@pytest.fixture
def central(tmp_path: Path) -> Iterator[CentralStore]:
    """This module's store starts embedded (it is moved to PostgreSQL in the test)."""
    store = CentralStore.create(tmp_path / "central", TEST_PASSPHRASE, "Network", database="")
    yield store
    store.close()


def _all(store: CentralStore) -> list[dict[str, Any]]:
    return [
        figures.compute(store, Filters.parse(**chosen), with_duplicates=duplicates).to_json()
        for chosen in FILTERS
        for duplicates in (False, True)
    ]


def test_figures_are_the_same_on_both_backends(
    central: CentralStore, join, tmp_path: Path, pg_database: str, monkeypatch
) -> None:
    overlap = build(central, join, tmp_path)
    ids = overlap.ids
    embedded = _all(central)
    killed = embedded[0]["people"]["killed"]
    assert killed["count"] == 3 and killed["witnesses"] == ["W-014"]  # the test has work
    assert embedded[0]["reported"]["killed"]["values"][0]["source"] in (
        "village council",
        "district hospital",
    )
    kinds = ("person", "damage", "incident", "statement")
    clear = {f.id: (f.kind, f.place, f.date) for f in facts.load_clear(central, kinds)}
    assert clear == {f.id: (f.kind, f.place, f.date) for f in facts.load(central, kinds)}
    assert len(clear) == len(ids)
    decisions.decide(central, ids["asan_cyr"], ids["asan_lat"], decisions.SAME, by="A")
    embedded_after = _all(central)
    assert embedded_after[0]["people"]["killed"]["count"] == 2
    central.close()

    move_to_postgresql(central.folder, TEST_PASSPHRASE, pg_database)
    moved = CentralStore.open(central.folder, TEST_PASSPHRASE)
    try:
        assert moved.on_postgresql
        assert _all(moved) == embedded_after
        opened = _count_opened(moved, list(ids.values()), monkeypatch)
        figures.compute(moved, with_duplicates=False)
        # One statement (W-014's) and the two incidents with counts: nothing else.
        assert sorted(opened) == sorted([ids["statement_1"], ids["incident_1"], ids["incident_2"]])
        decisions.decide(moved, ids["asan_cyr"], ids["asan_lat"], decisions.SAME, by="A", undo=True)
        assert _all(moved) == embedded
    finally:
        moved.close()


def _count_opened(store: CentralStore, record_ids: list[str], monkeypatch) -> list[str]:
    """Records whose sealed ``revisions.data`` is opened from now on (their ids)."""
    which = {data: record_id for record_id, data in queries.current_data(store, record_ids).items()}
    sealer = store.db._sealer  # type: ignore[attr-defined]
    opened: list[str] = []
    real = sealer.open_value

    def open_value(sealed: bytes) -> str | bytes:
        value = real(sealed)
        if b"revisions.data" in sealed[:40]:
            opened.append(which[value])  # type: ignore[index]
        return value

    monkeypatch.setattr(sealer, "open_value", open_value)
    return opened
