"""The gallery after an import: placeholders until each thumbnail exists, made on a worker
thread; a damaged photo kept and marked; locking stops the analysis and the next unlock
finishes it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fieldreport import media_analysis
from fieldreport.core import Session
from fieldreport.ui.media_icons import damaged_icon, waiting_icon
from tests.media import samples
from tests.ui.helpers import PASSPHRASE, WAIT_MS, unlock_through_page, wait_analysed
from tests.ui.media_files import make_photo


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch):
    """The analysis waits (on its worker thread) until the test lets it go."""
    gate = threading.Event()
    threads: set[str] = set()
    real = media_analysis.examine

    def examine(store, item):  # type: ignore[no-untyped-def]
        threads.add(threading.current_thread().name)
        assert gate.wait(WAIT_MS / 1000)
        return real(store, item)

    monkeypatch.setattr(media_analysis, "examine", examine)
    yield gate, threads
    gate.set()


def _icon_key(model, row: int) -> int:
    return model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole).cacheKey()


def _import(qtbot, win, paths: list[Path]):
    importer = win.import_media(paths)
    qtbot.waitUntil(lambda: importer.summary is not None and not importer.running, timeout=WAIT_MS)
    importer.dialog.accept()
    return importer.summary


def test_placeholders_until_the_thumbnails_exist(qtbot, unlocked, tmp_path: Path, held):
    gate, threads = held
    win = unlocked
    card = tmp_path / "card"
    card.mkdir()
    paths = [make_photo(card / f"IMG_{i}.jpg", colour) for i, colour in enumerate(("red", "blue"))]
    samples.write(card, "IMG_9-cut.jpg", samples.truncated_jpeg())

    summary = _import(qtbot, win, [card])

    assert len(summary.stored) == 3  # stored before any is analysed
    section = win.records_page.media_section
    model = section.model
    assert model.rowCount() == 3
    assert {model.item(r).analysis for r in range(3)} == {"pending"}
    for row in range(3):
        assert _icon_key(model, row) == waiting_icon().cacheKey()
        tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        assert "being read" in tip
    qtbot.waitUntil(lambda: section.analysis.isVisibleTo(section), timeout=WAIT_MS)
    assert "of 3" in section.analysis.text() and "safe" in section.analysis.text()
    assert not win.session.media_thumbnail(model.item(0).id)

    gate.set()
    wait_analysed(qtbot, win)
    qtbot.waitUntil(lambda: not section.analysis.isVisibleTo(section), timeout=WAIT_MS)

    assert threads and threading.current_thread().name not in threads  # off the GUI thread
    by_name = {model.item(r).original_name: r for r in range(3)}
    for path in paths:
        row = by_name[f"card/{path.name}"]
        key = _icon_key(model, row)
        assert key not in (waiting_icon().cacheKey(), damaged_icon().cacheKey())
        assert model.item(row).id in model._pixmaps  # the thumbnail, decoded in memory
    cut = by_name["card/IMG_9-cut.jpg"]
    assert _icon_key(model, cut) == damaged_icon().cacheKey()
    tip = model.data(model.index(cut, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Damaged" in tip and "truncated" in tip and "kept" in tip
    assert win.session.media_item(model.item(cut).id).analysis == "damaged"
    viewer = win.open_media(model.item(cut).id)  # the viewer says why, and that it is kept
    assert "Damaged" in viewer.view.picture.text() and "kept" in viewer.view.picture.text()
    viewer.reject()


def test_locking_stops_the_analysis_and_the_next_unlock_finishes_it(
    qtbot, unlocked, tmp_path: Path, held
):
    gate, threads = held
    win = unlocked
    card = tmp_path / "card"
    card.mkdir()
    for i, colour in enumerate(("red", "green", "blue", "black")):
        make_photo(card / f"IMG_{i}.jpg", colour, size=(320, 240))
    _import(qtbot, win, [card])
    qtbot.waitUntil(lambda: bool(threads), timeout=WAIT_MS)  # a photo is being decoded
    vault = win.session.folder

    threading.Timer(0.2, gate.set).start()  # let the photos in flight go while it locks
    win.lock()

    assert not win.photo_analysis.running and win.session is None
    session = Session.unlock(vault, PASSPHRASE)
    waiting = session.media_waiting_for_analysis()
    session.lock()
    assert 0 < waiting < 4  # it stopped between photos: the rest stayed queued

    unlock_through_page(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.session is not None, timeout=WAIT_MS)
    wait_analysed(qtbot, win)

    assert all(win.session.media_thumbnail(i.id) for i in win.session.media())


def test_an_import_pauses_the_analysis_and_its_end_resumes_it(
    qtbot, unlocked, tmp_path: Path, held
):
    gate, threads = held
    win = unlocked
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, colours in ((first, ("red", "green", "blue")), (second, ("white", "black"))):
        folder.mkdir()
        for i, colour in enumerate(colours):
            make_photo(folder / f"IMG_{i}.jpg", colour, size=(320, 240))
    _import(qtbot, win, [first])
    qtbot.waitUntil(lambda: bool(threads), timeout=WAIT_MS)  # analysing the first card
    running = win.photo_analysis.task

    importer = win.import_media([second])  # storing comes first: the analysis is asked to stop

    assert running is not None and running.is_cancelled()
    gate.set()
    qtbot.waitUntil(lambda: importer.summary is not None and not importer.running, timeout=WAIT_MS)
    importer.dialog.accept()
    wait_analysed(qtbot, win)  # and it went on once the import was done

    assert len(win.session.media()) == 5
    assert all(win.session.media_thumbnail(i.id) for i in win.session.media())
