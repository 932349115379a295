"""The coordinator's Records tab on a real store: list, titles, search, filters, record view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from fieldreport.domain.samples import sample_records
from fieldreport.ui import i18n
from fieldreport.ui.central.record_model import Column
from tests.ui.central.conftest import MEDIA_FILES, settled
from tests.ui.helpers import WAIT_MS, click

IDENTIFYING = ("Demo Person A", "Demo Owner B", "Demo Person C", "Demo Person D", "demo-contact")


def open_records(qtbot, win) -> None:
    win.tabs.setCurrentWidget(win.records_view)
    settled(qtbot, win)


def choose_record(qtbot, win, record_id: str):
    page = win.records_view
    assert page.select_record(record_id), record_id
    qtbot.waitUntil(
        lambda: page.record_view.detail is not None and page.record_view.detail.id == record_id,
        timeout=WAIT_MS,
    )
    settled(qtbot, win)
    return page.record_view


@pytest.mark.parametrize("language", ["en", "ru", "ky", "tg"])
def test_every_kind_and_every_media_type_opens(qtbot, coordinator, received, language):
    i18n.set_language(language)
    win = coordinator
    open_records(qtbot, win)
    page = win.records_view
    model = page.model
    assert model.rowCount() == len(received.ids) + 1
    for name, _kind, _data in sample_records():
        view = choose_record(qtbot, win, received.ids[name])
        assert view.heading.text() and ":" in view.heading.text()
        text = view.text()
        assert received.ids[name] in text
        assert not any(secret in text for secret in IDENTIFYING), (name, text)
        assert not page.error.isVisible()
    # every media type, from the Photos and files list
    page.filters.set_kind("media")
    settled(qtbot, win)
    media_model = page.media_model
    assert media_model.rowCount() == len(MEDIA_FILES)
    opened = set()
    for row in range(media_model.rowCount()):
        page.media_view.selectRow(row)
        qtbot.waitUntil(lambda: page.media_pane.info is not None, timeout=WAIT_MS)
        settled(qtbot, win)
        info = page.media_pane.info
        assert info is not None and not page.error.isVisible()
        assert "custody-log" in page.media_pane.origin.text() or language != "en"
        viewer = win.records.view_media(info.item.id)
        if viewer is None:  # pictures being made first
            qtbot.waitUntil(lambda: win.records.viewer is not None, timeout=WAIT_MS)
            viewer = win.records.viewer
        assert viewer.item.id == info.item.id
        if info.item.kind == "photo":
            assert viewer.view.has_image(), info.item.original_name
        viewer.reject()
        win.records.viewer = None
        opened.add(info.item.original_name)
        page.media_pane.info = None
    assert opened == set(MEDIA_FILES)


def test_titles_for_every_kind_masked_with_date_and_place(qtbot, coordinator, received):
    win = coordinator
    open_records(qtbot, win)
    model = win.records_view.model
    for row in range(model.rowCount()):
        title = model.text(row, Column.TITLE)
        assert title and title != "(untitled)", row
        assert not any(secret in title for secret in IDENTIFYING)
    places = [model.text(row, Column.PLACE) for row in range(model.rowCount())]
    assert any("Kok-Tash" in place for place in places)
    devices = {model.text(row, Column.DEVICE) for row in range(model.rowCount())}
    assert len(devices) == 2


def visible_ids(page) -> set[str]:
    return {page.model.row(n).id for n in range(page.model.rowCount())}


def test_search_and_every_filter_through_the_bar(qtbot, coordinator, received):
    win = coordinator
    open_records(qtbot, win)
    page = win.records_view
    bar = page.filters
    everything = visible_ids(page)
    bar.search.setText("roadblock")  # typing waits a moment, then one query
    qtbot.waitUntil(lambda: visible_ids(page) == {received.other}, timeout=WAIT_MS)
    bar.search.setText("обстрел")  # a Russian label finds English-keyed records
    bar._now()
    settled(qtbot, win)
    assert visible_ids(page) and received.other not in visible_ids(page)
    bar.reset()
    settled(qtbot, win)
    assert visible_ids(page) == everything
    bar.set_kind("person")
    settled(qtbot, win)
    assert {page.model.row(n).kind for n in range(page.model.rowCount())} == {"person"}
    bar.set_kind(None)
    bar.status.setCurrentIndex(bar.status.findData("draft"))
    settled(qtbot, win)
    assert received.other in visible_ids(page)
    assert {page.model.row(n).status for n in range(page.model.rowCount())} == {"draft"}
    bar.reset()
    bar.date_from.setText("2021-05")
    bar._now()
    settled(qtbot, win)
    may = visible_ids(page)
    assert may and received.other not in may
    bar.date_to.setText("2021-04")  # ends before it begins: a clear line, the list stays
    bar._now()
    settled(qtbot, win)
    assert page.error.isVisible() and "before it begins" in page.error.text()
    assert visible_ids(page) == may
    bar.reset()
    settled(qtbot, win)
    assert not page.error.isVisible()
    bar.region.setCurrentIndex(bar.region.findData("Batken"))
    settled(qtbot, win)
    assert bar.district.findData("Leilek") > 0
    bar.district.setCurrentIndex(bar.district.findData("Leilek"))
    settled(qtbot, win)
    assert [bar.settlement.itemData(i) for i in range(1, bar.settlement.count())] == [
        "@kg-batken-leilek-kulundu"
    ]
    leilek = visible_ids(page)
    assert leilek and all(page.model.row(n).settlement == "Kulundu" for n in range(len(leilek)))
    bar.reset()
    bar.device.setCurrentIndex(bar.device.findData(received.device_two))
    settled(qtbot, win)
    assert visible_ids(page) == {received.other}
    bar.reset()
    settled(qtbot, win)
    assert page.count.text().startswith(f"{len(everything)} ")


def test_the_record_view_links_both_ways_masks_and_shows_revisions(qtbot, coordinator, received):
    win = coordinator
    open_records(qtbot, win)
    names = {name: (kind, data) for name, kind, data in sample_records()}
    source = next(n for n, (_k, d) in names.items() if d.get("links"))
    target = names[source][1]["links"][0].removeprefix("@")
    view = choose_record(qtbot, win, received.ids[target])
    assert f"record:{received.ids[source]}" in view.html()  # named by
    view.content.anchorClicked.emit(QUrl(f"record:{received.ids[source]}"))
    qtbot.waitUntil(lambda: view.detail.id == received.ids[source], timeout=WAIT_MS)
    assert f"record:{received.ids[target]}" in view.html()  # names
    assert view.back_button.isEnabled()
    click(qtbot, view.back_button)
    qtbot.waitUntil(lambda: view.detail.id == received.ids[target], timeout=WAIT_MS)

    statement = next(n for n, (k, _d) in names.items() if k == "statement")
    view = choose_record(qtbot, win, received.ids[statement])
    assert "Demo Person A" not in view.text() and "•••" in view.text()
    view.identifying.setChecked(True)
    assert "Demo Person A" in view.text()
    view.identifying.setChecked(False)
    assert "Demo Person A" not in view.text()

    incident = next(n for n, (k, _d) in names.items() if k == "incident")
    view = choose_record(qtbot, win, received.ids[incident])
    assert view.revision.count() == 2  # saved, then the files attached
    assert "Revision 2 of 2" in view.text()
    view.revision.setCurrentIndex(0)
    assert "Revision 1 of 2" in view.text()
    assert view.text().count("custody-log entry") == 2  # every revision's origin
    assert view.media_model.rowCount() == len(MEDIA_FILES)
    photo = next(item for item in view.media_model.items() if item.original_name == "photo.jpg")
    qtbot.waitUntil(lambda: bool(view.thumbnails.get(photo.id)), timeout=WAIT_MS)
    view.media.select_id(photo.id)
    qtbot.keyClick(view.media, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.records.viewer is not None, timeout=WAIT_MS)
    viewer = win.records.viewer
    assert viewer.item.id == photo.id and viewer.view.has_image()
    assert viewer.panel.delete_button.isHidden() and viewer.panel.caption.isReadOnly()
    assert len(viewer.items) == len(MEDIA_FILES)
    viewer.show_next()
    viewer.reject()


def test_locking_forgets_what_was_read(qtbot, coordinator, received):
    win = coordinator
    open_records(qtbot, win)
    view = choose_record(qtbot, win, received.other)
    assert "Roadblock" in view.heading.text()
    win.lock()
    assert win.records_view.model.rowCount() == 0
    assert view.detail is None and view.text() == ""
    assert win.records.pictures == {}


def test_records_deleted_on_their_device_are_listed_on_request(qtbot, coordinator, received):
    win = coordinator
    open_records(qtbot, win)
    page = win.records_view
    assert received.deleted not in visible_ids(page)
    page.filters.deleted.setChecked(True)
    settled(qtbot, win)
    assert received.deleted in visible_ids(page)
    row = page.model.row_of(received.deleted)
    assert page.model.text(row, Column.TITLE) == "Photos of the checkpoint (deleted)"
    view = choose_record(qtbot, win, received.deleted)
    assert view.revision.count() == 2
    assert "deleted the record on its device" in view.text()
    view.revision.setCurrentIndex(0)
    assert "deleted the record" not in view.text()


def test_the_records_behind_a_figure_and_back_to_every_record(qtbot, coordinator, received):
    win = coordinator
    open_records(qtbot, win)
    page = win.records_view
    everything = visible_ids(page)
    behind = frozenset(list(received.ids.values())[:3])
    page.filters.search.setText("something typed before")
    win.records.show_only(behind, "Killed")
    settled(qtbot, win)
    assert visible_ids(page) == behind
    assert page.behind.isVisible() and "Killed" in page.behind.text()
    assert page.filters.search.text() == ""  # the figure's records, not a search among them
    page.filters.set_kind("person")  # filters still narrow them
    settled(qtbot, win)
    assert visible_ids(page) <= behind
    click(qtbot, page.every_button)
    settled(qtbot, win)
    assert not page.behind.isVisible()
    page.filters.reset()
    settled(qtbot, win)
    assert visible_ids(page) == everything


def test_an_alarm_on_a_records_file_shows_on_the_record(qtbot, coordinator, received):
    """A file unlike the hash its device signed (central/media_check.py) shows on its record."""
    from fieldreport.central import devices
    from fieldreport.central.store import CentralStore
    from tests.ui.central.conftest import CENTRAL_PASSPHRASE

    incident = next(n for n, k, _ in sample_records() if k == "incident")
    record_id = received.ids[incident]
    store = CentralStore.open(received.folder, CENTRAL_PASSPHRASE)
    try:
        media_id, device_id = store.db.execute(
            "SELECT id, device_id FROM media_items ORDER BY id LIMIT 1"
        ).fetchone()
        devices.raise_alarm(
            store, device_id, "media_mismatch", "[TEST] not as signed", f"media:{media_id}"
        )
    finally:
        store.close()
    win = coordinator
    open_records(qtbot, win)
    text = choose_record(qtbot, win, record_id).text()
    [name] = [
        m.item.original_name
        for m in win.records_view.record_view.detail.media
        if m.item.id == media_id
    ]
    assert "Alarms" in text and f"({name})" in text
    assert "Sent a file whose contents do not match the hash it signed" in text
    other = next(n for n, k, _ in sample_records() if k != "incident")
    assert "Alarms" not in choose_record(qtbot, win, received.ids[other]).text()
