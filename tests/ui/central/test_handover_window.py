"""Handing records over to another device from the coordinator window (Devices tab, record view).

The same core as ``central handover``: the window asks which approved device
takes them, says what moves from where to where, and only a confirmation
changes anything; the signed decision is checked here against the
organisation's public key, and the owners in the store are read back.
"""

from __future__ import annotations

from fieldreport.central import devices, handover, ownership
from fieldreport.central.store import CentralStore
from fieldreport.domain.samples import sample_records
from fieldreport.ui.central.table import ID_ROLE
from tests.ui.central.conftest import CENTRAL_PASSPHRASE, settled
from tests.ui.helpers import WAIT_MS, click


def select_device(win, device_id: str) -> None:
    page = win.devices_page
    model = page.model
    row = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, 0), ID_ROLE) == device_id
    )
    page.view.selectRow(row)


def owners(win, objects: list[str]) -> dict[str, str]:
    return ownership.owners_of(win.store.db, objects)


def test_a_device_s_records_are_handed_over_after_a_confirmation_naming_them(
    qtbot, coordinator, received, monkeypatch
):
    win = coordinator
    win.tabs.setCurrentWidget(win.devices_page)
    settled(qtbot, win)
    page = win.devices_page
    assert not page.handover_button.isEnabled()  # nothing chosen yet
    select_device(win, received.device_two)
    assert page.handover_button.isEnabled()
    choices: list[list[str]] = []
    questions: list[str] = []
    monkeypatch.setattr(win, "ask_choice", lambda _t, _l, items: choices.append(items) or 0)
    monkeypatch.setattr(win, "confirm", lambda _t, text: questions.append(text) or False)
    mine = [f"record:{received.other}", f"record:{received.deleted}"]

    click(qtbot, page.handover_button)  # not confirmed: nothing moves
    assert choices == [["Monitor 1, Kok-Tash (" + received.device_one[:8] + ")"]]
    assert "Records: 2, photos and files: 0." in questions[0]
    assert received.device_two in questions[0] and "Monitor 1, Kok-Tash" in questions[0]
    assert set(owners(win, mine).values()) == {received.device_two}
    assert win.store.db.execute("SELECT count(*) FROM handovers").fetchone()[0] == 0

    monkeypatch.setattr(win, "confirm", lambda _t, text: questions.append(text) or True)
    click(qtbot, page.handover_button)
    settled(qtbot, win)
    assert set(owners(win, mine).values()) == {received.device_one}
    document = win.store.db.execute("SELECT document FROM handovers").fetchone()[0]
    body = handover.read_decision(
        document.encode(), win.store.org.keys.public(), win.store.org.org_id
    )
    assert (body["from_device"], body["to_device"]) == (received.device_two, received.device_one)
    assert sorted(body["objects"]) == sorted(mine)
    assert "Monitor 1, Kok-Tash" in win.statusBar().currentMessage()
    assert not page.error.isVisible()


def test_one_record_is_handed_over_from_its_view_with_its_media(
    qtbot, coordinator, received, monkeypatch
):
    win = coordinator
    win.tabs.setCurrentWidget(win.records_view)
    settled(qtbot, win)
    incident = received.ids[next(n for n, k, _ in sample_records() if k == "incident")]
    page = win.records_view
    assert page.select_record(incident)
    qtbot.waitUntil(lambda: page.record_view.detail is not None, timeout=WAIT_MS)
    settled(qtbot, win)
    view = page.record_view
    assert view.handover_button.isVisible()
    questions: list[str] = []
    monkeypatch.setattr(win, "ask_choice", lambda _t, _l, items: 0)  # device two, unnamed
    monkeypatch.setattr(win, "confirm", lambda _t, text: questions.append(text) or True)
    click(qtbot, view.handover_button)
    settled(qtbot, win)
    media = [f"media:{m}" for m in received.media.values()]
    assert "Records: 1, photos and files: 10." in questions[0]
    assert "Monitor 1, Kok-Tash" in questions[0] and received.device_two in questions[0]
    moved = owners(win, [f"record:{incident}", *media])
    assert set(moved.values()) == {received.device_two}
    others = [f"record:{i}" for i in received.ids.values() if i != incident]
    assert set(owners(win, others).values()) == {received.device_one}


def test_without_another_approved_device_nothing_moves_and_the_page_says_why(
    qtbot, coordinator, received, monkeypatch
):
    win = coordinator
    settled(qtbot, win)  # the store's one connection is free: no read runs meanwhile
    devices.revoke(win.store, received.device_two)
    win.tabs.setCurrentWidget(win.devices_page)
    settled(qtbot, win)
    asked: list[str] = []
    monkeypatch.setattr(win, "ask_choice", lambda *_a: asked.append("asked") or 0)
    monkeypatch.setattr(win, "confirm", lambda *_a: asked.append("confirm") or True)
    select_device(win, received.device_one)
    click(qtbot, win.devices_page.handover_button)
    error = win.devices_page.error
    assert error.isVisible() and "approve the new device first" in error.text()
    assert asked == []
    folder = received.folder
    win.lock()
    store = CentralStore.open(folder, CENTRAL_PASSPHRASE)
    try:
        assert store.db.execute("SELECT count(*) FROM handovers").fetchone()[0] == 0
    finally:
        store.close()
