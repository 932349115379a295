"""Whole lists read on the vault's second connection (the window's worker reads them there)."""

from __future__ import annotations

import threading

import pytest

from fieldreport.core import ListQuery, Session
from fieldreport.errors import VaultLocked

TITLES = ["Обстрел школы", "арест журналиста", "Burning of a barn", "ambush near the river"]


def _items(count: int, start: int = 0) -> list[tuple[str, dict]]:
    return [
        ("incident", {"title": f"{TITLES[i % 4]} {i:03d}", "description": f"zebra{i % 7}"})
        for i in range(start, start + count)
    ]


def test_the_reader_orders_and_searches_as_the_window_connection_does(session: Session):
    session.add_many(_items(260))
    reader = session.list_reader()
    try:
        for query in (
            ListQuery("incident", order="title", descending=False),
            ListQuery("incident", order="title", descending=True, lang="ru"),
            ListQuery("incident", search="zebra3", order="updated"),
            ListQuery("incident", search="арест", order="date"),
        ):
            listed = reader.ordered(query, (), 100)
            assert listed.ids == session.list_ids(query)
            assert [row.id for row in listed.first] == listed.ids[:100]
            assert listed.first == session.list_rows(listed.ids[:100], query.lang)
        found = reader.ordered(ListQuery("incident", search="zebra3"), (), 5)
        assert len(found.ids) == len([i for i in range(260) if i % 7 == 3])
    finally:
        reader.close()


def test_the_reader_sees_what_the_window_saved_and_reads_on_another_thread(session: Session):
    session.add_many(_items(10))
    reader = session.list_reader()
    try:
        query = ListQuery("incident", order="title", descending=False)
        assert len(reader.ordered(query).ids) == 10
        session.add_many(_items(5, start=10))  # saved on the window's connection
        answers: list[list[str]] = []
        worker = threading.Thread(target=lambda: answers.append(reader.ordered(query).ids))
        worker.start()
        worker.join(30)
        assert answers and len(answers[0]) == 15
        assert answers[0] == session.list_ids(query)
    finally:
        reader.close()


def test_a_closed_reader_reads_nothing_and_the_vault_stays_open(session: Session):
    session.add_many(_items(3))
    reader = session.list_reader()
    reader.close()
    with pytest.raises(VaultLocked):
        reader.ordered(ListQuery("incident"))
    assert session.count("incident") == 3  # the window's own connection is untouched
