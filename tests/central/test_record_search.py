"""The centre's record list: titles for every kind, search and filters, over real imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldreport.central import queries, record_index
from fieldreport.central.record_search import (
    RecordFilter,
    areas,
    count,
    find,
    linked_from,
)
from fieldreport.central.store import CentralStore
from fieldreport.domain.present import UNTITLED
from fieldreport.domain.samples import resolve_placeholders, sample_records
from fieldreport.errors import UsageError
from tests.central.conftest import export_to, run_import
from tests.conftest import TEST_PASSPHRASE

IDENTIFYING = ("Demo Person A", "Demo Owner B", "Demo Person C", "Demo Person D")


def add_samples(session) -> dict[str, str]:
    ids: dict[str, str] = {}
    for name, kind, data in sample_records():
        ids[name] = session.add(kind, resolve_placeholders(data, ids)).id
    return ids


@pytest.fixture
def imported(central: CentralStore, join, tmp_path: Path):
    one, two = join("one"), join("two")
    ids = add_samples(one)
    stray = two.add("incident", {"status": "draft", "title": "Roadblock near Ak-Sai"})
    for session, name in ((one, "one.bundle"), (two, "two.bundle")):
        outcome = run_import(central, export_to(session, tmp_path / name).path)
        assert [o.status for o in outcome] == ["imported"]
    return ids, stray.id, one, two


def test_every_kind_has_a_masked_title_date_and_place(central, imported):
    ids, _stray, one, _two = imported
    rows = {row.id: row for row in find(central)}
    assert set(ids.values()) <= set(rows)
    for record_id in ids.values():
        row = rows[record_id]
        assert row.title and row.title != UNTITLED, row
        assert not any(name in row.title for name in IDENTIFYING)
    # the same labels as the field app's list, in every language
    for lang in ("en", "ru", "ky", "tg"):
        field = {s.id: s for s in one.list(lang=lang)}
        central_rows = {row.id: row for row in find(central, lang=lang)}
        for record_id in ids.values():
            assert central_rows[record_id].title == field[record_id].title
            assert central_rows[record_id].place == field[record_id].location_text
            assert central_rows[record_id].event_date == field[record_id].event_date
    assert any(row.place for row in rows.values())
    listed = queries.list_records(central)
    assert all(item["title"] for item in listed)
    assert not any(name in str(listed) for name in IDENTIFYING)


def test_search_finds_words_from_any_field_in_any_language(central, imported):
    ids, stray, *_ = imported
    assert [r.id for r in find(central, RecordFilter(search="roadblock ak-sai"))] == [stray]
    # an identifying field is searchable inside the encrypted store, never shown
    found = find(central, RecordFilter(search="demo person a"))
    assert ids[next(n for n, k, _ in sample_records() if k == "statement")] in {r.id for r in found}
    assert not any("Demo Person A" in r.title for r in found)
    # a vocabulary term in Russian finds an English-keyed record
    incidents = ("incident",)
    shelled = {r.id for r in find(central, RecordFilter(incidents, search="shelling"))}
    russian = {r.id for r in find(central, RecordFilter(incidents, search="обстрел"))}
    assert shelled and shelled == russian
    assert find(central, RecordFilter(search="nothing-like-this")) == []
    # an id prefix finds the record
    assert [r.id for r in find(central, RecordFilter(search=stray[:8]))] == [stray]


def test_filters_by_kind_status_period_area_and_device(central, imported):
    ids, stray, one, two = imported
    persons = find(central, RecordFilter(kinds=("person",)))
    assert persons and {r.kind for r in persons} == {"person"}
    drafts = find(central, RecordFilter(status="draft"))
    assert stray in {r.id for r in drafts} and {r.status for r in drafts} == {"draft"}
    april = {r.id for r in find(central, RecordFilter(date_from="2021-04", date_to="2021-04"))}
    may = {r.id for r in find(central, RecordFilter(date_from="2021-05-01"))}
    assert april and may and not april & may
    assert stray not in april | may  # it has no date
    leilek = find(central, RecordFilter(district="Leilek"))
    assert leilek and {r.settlement for r in leilek} == {"Kulundu"}
    assert find(central, RecordFilter(settlement="kok-tash"))
    assert find(central, RecordFilter(region="Batken", settlement="Kulundu")) == leilek
    assert [r.id for r in find(central, RecordFilter(device_id=two.device_id))] == [stray]
    chosen = frozenset(list(ids.values())[:2])
    assert {r.id for r in find(central, RecordFilter(ids=chosen))} == chosen
    assert count(central, RecordFilter(kinds=("person",))) == len(persons)
    found = areas(central)
    assert "Batken" in [a.code for a in found.regions]
    kulundu = next(a for a in found.settlements if a.label("settlement", "ru") == "Кулунду")
    assert (kulundu.region, kulundu.district) == ("Batken", "Leilek")


def test_links_both_ways(central, imported):
    ids, *_ = imported
    for name, _kind, data in sample_records():
        for link in data.get("links", ()):
            target = ids[link.removeprefix("@")]
            assert ids[name] in linked_from(central, target)


def test_bad_filters_are_refused_with_a_clear_message(central, imported):
    with pytest.raises(UsageError, match="not a date"):
        find(central, RecordFilter(date_from="2021-13"))
    with pytest.raises(UsageError, match="ends"):
        find(central, RecordFilter(date_from="2021-05", date_to="2021-04"))
    with pytest.raises(UsageError, match="Unknown kind"):
        find(central, RecordFilter(kinds=("media",)))


def test_the_index_follows_new_revisions_and_is_rebuilt_when_its_version_changes(
    central, imported, tmp_path, monkeypatch
):
    ids, stray, _one, two = imported
    record = two.get(stray)
    two.edit(stray, {**record.data, "title": "Checkpoint near Ak-Sai", "revision": 1})
    run_import(central, export_to(two, tmp_path / "again.bundle").path)
    row = next(r for r in find(central) if r.id == stray)
    assert (row.title, row.revision) == ("Checkpoint near Ak-Sai", 2)
    assert find(central, RecordFilter(search="roadblock")) == []
    monkeypatch.setattr(record_index, "INDEX_VERSION", "test-rebuild")
    assert record_index.refresh(central) == central.counts()["revisions"]
    assert next(r for r in find(central) if r.id == stray).revision == 2


def test_a_store_opened_to_read_indexes_in_memory_only(central, imported, tmp_path):
    ids, *_ = imported
    folder = central.folder
    central.close()
    reader = CentralStore.open_to_read(folder, TEST_PASSPHRASE)
    try:
        assert reader.read_only
        assert {r.id for r in find(reader)} >= set(ids.values())
        main_tables = {
            row[0]
            for row in reader.db.execute("SELECT name FROM main.sqlite_master WHERE type='table'")
        }
        assert "record_index" not in main_tables
    finally:
        reader.close()
    store = CentralStore.open(folder, TEST_PASSPHRASE)
    try:
        assert {r.id for r in find(store)} >= set(ids.values())
    finally:
        store.close()


def test_central_list_on_the_command_line(central, imported, monkeypatch, capsys):
    from fieldreport import cli

    ids, stray, *_ = imported
    folder = central.folder
    central.close()
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)

    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["central", *args, "--store", str(folder)])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("list")
    assert code == 0 and out.splitlines()[0].split() == [
        "ID", "KIND", "DATE", "PLACE", "TITLE", "DEVICE"
    ]  # fmt: skip
    assert not any(name in out for name in IDENTIFYING)
    code, out, _ = run("list", "--json", "--kind", "person", "--lang", "ru")
    rows = json.loads(out)
    assert rows and all(r["kind"] == "person" and r["title"] for r in rows)
    assert any(r["date"] for r in rows)
    assert any("Кок-Таш" in r["place"] or "Кулунду" in r["place"] for r in rows)
    code, out, _ = run("list", "--json", "--search", "roadblock", "--status", "draft")
    assert [r["id"] for r in json.loads(out)] == [stray]
    code, out, _ = run("list", "--json", "--district", "Leilek", "--from", "2021-04")
    assert json.loads(out) and all("Kulundu" in r["place"] for r in json.loads(out))
    code, _, err = run("list", "--from", "2021-13")
    assert code != 0 and err.count("\n") == 1 and "not a date" in err
    code, _, err = run("list", "--from", "2021-05", "--to", "2021-04")
    assert code != 0 and "before it begins" in err
