"""The record list a page at a time: order, search through the FTS5 index, counts, positions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fieldreport.core import ListQuery, Session
from fieldreport.domain.dates import sort_key
from fieldreport.errors import UsageError, ValidationFailed
from fieldreport.storage import purge, record_list
from tests.fixtures.make_vault_fixtures import EARLIER_VERSIONS, FIXTURE_PASSPHRASE

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TITLES = ["Обстрел школы", "арест журналиста", "Burning of a barn", "ambush near the river"]


def _incident(title: str, date: str, **more: object) -> tuple[str, dict]:
    data = {
        "title": title,
        "occurred_on": date,
        "description": f"Words about {title}.",
        "location": {"settlement": "Kok-Tash"},
        "status": "draft",
    }
    data.update(more)
    return "incident", data


@pytest.fixture
def filled(session: Session) -> Session:
    dates = ["2021-04", "2021-03-30", "2020", "2021-04-02"]
    items = [_incident(f"{TITLES[i % 4]} #{i:03d}", dates[i % 4]) for i in range(450)]
    items.append(_incident("Needle 100% in the_haystack", "2021-05-01"))
    session.add_many(items)
    return session


def _all(session: Session, query: ListQuery) -> list:
    rows = []
    while True:
        page = session.list_page(query, len(rows), 100)
        rows.extend(page)
        if len(page) < 100:
            return rows


def test_add_many_stores_and_logs_each_record_as_one_save_would(session: Session):
    ids = session.add_many([_incident("First", "2021-01-01"), _incident("Second", "2021-01-02")])
    assert [session.get(i).data["title"] for i in ids] == ["First", "Second"]
    assert session.verify_log().ok
    assert session.verify_log().entries == 3  # the vault's creation and the two records
    with pytest.raises(ValidationFailed):  # one bad record: none is saved
        session.add_many([_incident("Third", "2021-01-03"), ("incident", {"colour": "red"})])
    assert session.count("incident") == 2


def test_pages_follow_each_order_and_cover_the_list_once(filled: Session):
    for order, key in (
        ("title", lambda r: (r.title.casefold(), r.id)),
        ("date", lambda r: (sort_key(r.event_date), r.id)),
        ("updated", lambda r: (r.updated_at, r.id)),
        ("status", lambda r: (r.status, r.id)),
    ):
        for descending in (False, True):
            query = ListQuery("incident", order=order, descending=descending)
            rows = _all(filled, query)
            assert len(rows) == 451 == len({r.id for r in rows})
            assert rows == sorted(rows, key=key, reverse=descending), order
            # The ids sorted once, then read a slice at a time: the same list.
            ids = filled.list_ids(query)
            assert filled.list_rows(ids[200:300]) == rows[200:300]
    query = ListQuery("incident", order="title", descending=False)
    titles = [r.title for r in _all(filled, query)]
    # Case does not split the Cyrillic titles from each other.
    assert titles.index("арест журналиста #001") < titles.index("Обстрел школы #000")


def test_search_finds_words_anywhere_in_any_case_and_counts_agree(filled: Session):
    query = ListQuery("incident", search="ШКОЛ #01")
    rows = _all(filled, query)
    expected = {f"Обстрел школы #{i:03d}" for i in range(0, 450, 4) if "#01" in f"#{i:03d}"}
    assert {r.title for r in rows} == expected
    assert filled.list_count(query) == len(expected)
    # % and _ are themselves, not wildcards.
    assert [r.title for r in filled.list_page(ListQuery(search="100% the_hay"), 0, 10)] == [
        "Needle 100% in the_haystack"
    ]
    assert filled.list_page(ListQuery(search="1000%"), 0, 10) == []
    # Quotes are letters too, not the index's query syntax.
    assert filled.list_page(ListQuery(search='needle" OR "school'), 0, 10) == []
    # Short words (under three letters) still find their records.
    assert filled.list_count(ListQuery(search="#0")) == 100
    # The command line's list searches the same index.
    assert {s.title for s in filled.list("incident", "школ #01")} == expected


def test_an_edit_a_deletion_and_a_purge_keep_the_index_in_step(filled: Session, tmp_path: Path):
    needle = filled.list_page(ListQuery(search="haystack"), 0, 1)[0]
    filled.edit(needle.id, {"description": "Now about a lighthouse."})
    assert filled.list_count(ListQuery(search="lighthouse")) == 1
    filled.delete(needle.id)
    assert filled.list_count(ListQuery(search="lighthouse")) == 0
    deleted = filled.list_page(ListQuery(search="lighthouse", deleted=True), 0, 10)
    assert [r.id for r in deleted] == [needle.id]
    db = filled._vault.db
    purge.apply(filled._vault, purge.PurgePlan(records=[needle.id]), tmp_path)
    assert filled.list_count(ListQuery(search="lighthouse", deleted=True)) == 0
    # Nothing of the purged text is left in the index's own tables either.
    leftovers = db.execute(
        "SELECT count(*) FROM record_text WHERE search_text LIKE '%lighthouse%'"
    ).fetchone()[0]
    assert leftovers == 0


def test_position_names_a_records_place_in_the_order(filled: Session):
    query = ListQuery("incident", order="title", descending=True)
    rows = _all(filled, query)
    for number in (0, 199, 200, 450):
        assert filled.list_position(query, rows[number].id) == number
    assert filled.list_position(ListQuery("person"), rows[0].id) == -1


def test_unknown_order_is_refused(session: Session):
    with pytest.raises(UsageError, match="Unknown order"):
        session.list_page(ListQuery(order="colour"), 0, 10)


def test_counts_and_lists_use_the_indexes(filled: Session):
    db = filled._vault.db
    where, params = record_list._where(ListQuery("incident"))
    plan = " ".join(
        str(row)
        for row in db.execute(f"EXPLAIN QUERY PLAN SELECT count(*) FROM records{where}", params)
    )
    assert "COVERING INDEX" in plan and "(kind=? AND deleted=?)" in plan  # not the rows
    where, params = record_list._where(ListQuery("incident", search="school"))
    plan = " ".join(
        str(row) for row in db.execute(f"EXPLAIN QUERY PLAN SELECT id FROM records{where}", params)
    )
    assert "VIRTUAL TABLE INDEX" in plan and "record_text" in plan


@pytest.mark.parametrize("lang", ["en", "ru", "ky", "tg"])
def test_a_kinds_list_by_title_is_a_walk_of_its_index(filled: Session, lang: str):
    """Ordering by title reads the stored keys in their index: nothing sorted, no key
    computed per record; a page is the index read from its offset."""
    db = filled._vault.db
    for descending in (False, True):
        query = ListQuery("incident", order="title", descending=descending, lang=lang)
        where, params = record_list._where(query)
        order, _ = record_list._order(query, ())
        plan = " ".join(
            str(row)
            for row in db.execute(
                f"EXPLAIN QUERY PLAN SELECT id FROM records{where} ORDER BY {order} LIMIT 100",
                params,
            )
        )
        assert f"INDEX records_title_{lang}" in plan and "TEMP B-TREE" not in plan, plan
    # The keys are the titles as the list shows them, case folded in every script.
    rows = _all(filled, ListQuery("incident", order="title", descending=False, lang=lang))
    keys = [r.title.casefold() for r in rows]
    assert keys == sorted(keys)


def test_the_search_index_is_encrypted_with_the_vault(filled: Session):
    folder = filled.folder
    filled.lock()
    raw = b"".join(p.read_bytes() for p in folder.glob("vault.db*"))
    assert "Обстрел".encode() not in raw and b"haystack" not in raw


@pytest.mark.parametrize("version", sorted(EARLIER_VERSIONS))
def test_an_earlier_vault_is_searchable_after_its_upgrade(version: str, tmp_path: Path):
    folder = tmp_path / "vault"
    shutil.copytree(FIXTURES / f"vault_{version}", folder)
    session = Session.unlock(folder, FIXTURE_PASSPHRASE)
    try:
        found = session.list_page(ListQuery(search="fictional farm"), 0, 10)
        assert [r.kind for r in found] == ["incident"]
        assert session.list_count(ListQuery("person")) == 1
        # Its records got their title keys (migration 0008): ordered by title in each language.
        db = session._vault.db
        for lang in ("en", "ru", "ky", "tg"):
            rows = session.list_page(ListQuery(order="title", descending=False, lang=lang), 0, 50)
            assert rows
            keys = dict(db.execute(f"SELECT id, title_key_{lang} FROM records").fetchall())
            assert [keys[r.id] for r in rows] == sorted(r.title.casefold() for r in rows)
    finally:
        session.lock()
