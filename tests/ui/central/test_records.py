"""The coordinator's Records tab on a real store: list, titles, search, filters, record view."""

from __future__ import annotations

import pytest

from fieldreport.domain.samples import sample_records
from fieldreport.ui import i18n
from fieldreport.ui.central.record_model import Column
from tests.ui.central.conftest import MEDIA_FILES, settled
from tests.ui.helpers import WAIT_MS

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


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
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
