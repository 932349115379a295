"""A place written in Russian on one device and in English on another is one place at the centre.

Two devices type their locations into the field app's location editor, one
with the interface in Russian ("Сугд", "Кок-Терек", "Исфаринский район"), the
other in English ("Sughd", "Kok-Terek", a settlement from the gazetteer).
Their bundles are imported; then search, the figures, a CSV export (read back
by the csv module) and the coordinator window's area filters find the same
records whichever language or script the filter is given in.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldreport.central import figures
from fieldreport.central.exports import export_records
from fieldreport.central.facts import Filters
from fieldreport.central.importer import Importer
from fieldreport.central.record_search import RecordFilter, areas, find
from fieldreport.central.selection import Selection
from fieldreport.central.store import CentralStore
from fieldreport.sync.device_sync import export
from fieldreport.ui import i18n
from fieldreport.ui.widgets.location_editor import LocationEditor
from tests.ui.central.conftest import CENTRAL_PASSPHRASE, _device, open_window, settled


def typed(qtbot, language: str, settlement: str, region: str = "", district: str = "") -> dict:
    """A location as the field app's editor saves what a monitor typed in ``language``."""
    i18n.set_language(language)
    editor = LocationEditor()
    qtbot.addWidget(editor)
    editor.settlement.setText(settlement)
    editor.settlement.editingFinished.emit()  # fills region and district from the gazetteer
    if region:
        editor.region.setText(region)
    if district:
        editor.district.setText(district)
    value = editor.value()
    assert isinstance(value, dict)
    return value


@dataclass
class Places:
    folder: Path
    sughd: set[str]  # every record in the Sughd region, whatever its form wrote
    kok_terek: set[str]  # a village not in the gazetteer, in both scripts
    elsewhere: str  # a record in Batken


@pytest.fixture
def places(qtbot, tmp_path: Path):
    store = CentralStore.create(tmp_path / "central", CENTRAL_PASSPHRASE, "Demo Monitors")
    russian = _device(tmp_path / "ru", store, "Monitor 1, Isfara")
    english = _device(tmp_path / "en", store, "Monitor 2, Khujand")
    try:
        ru_village = typed(qtbot, "ru", "Кок-Терек", region="Сугд", district="Исфаринский район")
        ru_known = typed(qtbot, "ru", "Кулканд")  # region and district from the gazetteer
        en_village = typed(qtbot, "en", "Kok-Terek", region="Sughd", district="Isfara")
        en_known = typed(qtbot, "en", "Kulundu")
        assert ru_village["region"] == "Сугд" and en_village["region"] == "Sughd"
        assert ru_known["region"] == "Sughd"  # the gazetteer's key, as forms store it
        person = {
            "status": "final",
            "outcome": "killed",
            "sex": "male",
            "age_group": "30-44",
            "civilian": "yes",
            "event_on": "2021-04-29",
        }
        ids = {
            "ru_village": russian.add("person", {**person, "event_location": ru_village}).id,
            "ru_known": russian.add("person", {**person, "event_location": ru_known}).id,
            "en_village": english.add("person", {**person, "event_location": en_village}).id,
            "en_known": english.add("person", {**person, "event_location": en_known}).id,
        }
        importer = Importer(store)
        for session, name in ((russian, "ru.bundle"), (english, "en.bundle")):
            bundle = export(session._vault, tmp_path / name)
            assert [o.status for o in importer.import_files([bundle.path])] == ["imported"]
    finally:
        for session in (russian, english):
            session.lock()
        store.close()
    i18n.set_language("en")
    return Places(
        tmp_path / "central",
        {ids["ru_village"], ids["ru_known"], ids["en_village"]},
        {ids["ru_village"], ids["en_village"]},
        ids["en_known"],
    )


SUGHD_NAMES = ("Sughd", "Сугд", "Согдийская область", "Вилояти Суғд", "Согди облусу", "sughd")


def test_search_figures_and_exports_match_a_place_in_any_language(places: Places, tmp_path):
    store = CentralStore.open(places.folder, CENTRAL_PASSPHRASE)
    try:
        for name in SUGHD_NAMES:
            assert {r.id for r in find(store, RecordFilter(region=name))} == places.sughd, name
            found = figures.compute(store, Filters.parse(region=name), with_duplicates=False)
            assert set(found.totals.people["killed"].records) == places.sughd, name
        for name in ("Kok-Terek", "Кок-Терек", "Көк-Терек"):
            chosen = RecordFilter(settlement=name)
            assert {r.id for r in find(store, chosen)} == places.kok_terek, name
        for name in ("Isfara", "Исфаринский район", "Исфара"):
            assert {r.id for r in find(store, RecordFilter(district=name))} == places.sughd, name
        batken = {r.id for r in find(store, RecordFilter(region="Баткенская область"))}
        assert batken == {places.elsewhere}
        # One entry per place for the window's lists, however many ways it was written.
        listed = areas(store)
        assert [a.code for a in listed.regions if a.label("region", "ru").startswith("Согд")] == [
            "Sughd"
        ]
        assert len([a for a in listed.regions if a.code == "Sughd"]) == 1
        assert len([a for a in listed.settlements if "kok terek" in a.code]) == 1
        # An export of the area, read back by the csv module.
        out = tmp_path / "sughd.csv"
        export_records(store, out, "csv", Selection.parse(region="Сугд"), force=True)
        with out.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert {row["id"] for row in rows} == places.sughd
    finally:
        store.close()


def test_the_window_lists_each_place_once_and_its_filter_finds_every_spelling(
    qtbot, places: Places
):
    i18n.set_language("ru")
    win = open_window(qtbot, places.folder)
    try:
        win.tabs.setCurrentWidget(win.records_view)
        settled(qtbot, win)
        bar = win.records_view.filters
        regions = [bar.region.itemText(i) for i in range(1, bar.region.count())]
        assert sorted(regions) == ["Баткенская область", "Согдийская область"]
        bar.region.setCurrentIndex(bar.region.findData("Sughd"))
        settled(qtbot, win)
        model = win.records_view.model
        shown = {model.row(row).id for row in range(model.rowCount())}
        assert shown == places.sughd
        villages = [bar.settlement.itemText(i) for i in range(1, bar.settlement.count())]
        assert len(villages) == 2 and "Кулканд" in villages  # Kok-Terek once, Kulkand
        unknown = next(
            i for i in range(1, bar.settlement.count()) if bar.settlement.itemText(i) != "Кулканд"
        )
        bar.settlement.setCurrentIndex(unknown)
        settled(qtbot, win)
        shown = {model.row(row).id for row in range(model.rowCount())}
        assert shown == places.kok_terek
        # The Overview counts the same records for the same filter.
        win.tabs.setCurrentWidget(win.overview_page)
        overview = win.overview_page.filters
        settled(qtbot, win)
        overview.region.setCurrentIndex(overview.region.findData("Sughd"))
        settled(qtbot, win)
        killed = win.overview_page.figures.totals.people["killed"]
        assert set(killed.records) == places.sughd
    finally:
        win.lock()
        win.idle.detach()
        i18n.set_language("en")
