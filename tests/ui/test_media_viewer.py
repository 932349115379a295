"""The viewer: zoom, previous/next, caption, exports, position for the record, locking."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import ExifTags, Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.helpers import WAIT_MS, click, wait_analysed
from tests.ui.media_files import GPS, make_photo, make_wav


def _import(qtbot, win, paths):
    importer = win.import_media(paths)
    qtbot.waitUntil(lambda: importer.summary is not None and not importer.running, timeout=WAIT_MS)
    importer.dialog.accept()
    wait_analysed(qtbot, win)  # thumbnails and metadata, made in the background
    return importer.summary


@pytest.fixture
def gallery(qtbot, unlocked, tmp_path):
    """Two photos (one with GPS and orientation 6) and a recording, in the Media section."""
    win = unlocked
    folder = tmp_path / "card"
    folder.mkdir()
    files = [
        make_photo(folder / "a-gps.jpg"),
        make_photo(folder / "b-plain.png", "#2a9d8f"),
        make_wav(folder / "c-voice.wav"),
    ]
    _import(qtbot, win, files)
    win.records_page.show_media()
    return win


def _open_first(qtbot, win):
    grid = win.records_page.media_section.grid
    grid.setFocus()
    grid.select_id(win.records_page.media_section.model.ids()[0])
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    viewer = win._dialogs[-1]
    assert viewer.isVisible()
    return viewer


def test_viewer_zoom_and_navigation(qtbot, gallery):
    viewer = _open_first(qtbot, gallery)
    view = viewer.view
    assert view.has_image() and view.fit
    assert viewer.panel.details.text("gps") == f"{GPS[0]:.6f}, {GPS[1]:.6f}"
    assert viewer.panel.details.text("camera") == "DemoCam Field 1"
    assert viewer.panel.details.text("type") == "JPEG photo"
    assert viewer.panel.details.text("sha256").replace("\n", "") == viewer.item.sha256
    assert "No record" in viewer.panel.details.text("records")
    # The preview is upright: the 640×480 photo was held sideways (orientation 6).
    assert view._image.height() > view._image.width()
    fitted = view.scale()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert not view.fit and view.scale() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale() == pytest.approx(fitted / 1.25)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.fit

    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert viewer.index == 1 and viewer.item.original_name.endswith("b-plain.png")
    assert not viewer.panel.details.values["gps"].isVisibleTo(viewer)
    qtbot.keyClick(viewer, Qt.Key.Key_PageDown)
    assert viewer.item.kind == "audio"
    assert "cannot be played" in viewer.view.picture.toolTip()
    assert not viewer.panel.export_stripped_button.isVisibleTo(viewer)
    assert not viewer.next_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(viewer, Qt.Key.Key_PageUp)
    assert viewer.index == 0
    assert "1 of 3" in viewer.position.text()


def test_caption_is_saved(qtbot, gallery):
    win = gallery
    viewer = _open_first(qtbot, win)
    viewer.panel.caption.setText("School yard after the shelling [DEMO]")
    qtbot.keyClick(viewer.panel.caption, Qt.Key.Key_Return)
    item_id = viewer.item.id
    assert win.session.media_item(item_id).caption == "School yard after the shelling [DEMO]"
    assert "saved" in viewer.panel.status.text()
    section = win.records_page.media_section
    assert section.model.item(section.model.row_of(item_id)).caption.startswith("School yard")
    # A caption typed and left unsaved is kept when moving on.
    qtbot.keyClick(viewer.view, Qt.Key.Key_Right)
    viewer.panel.caption.setText("Second caption")
    viewer.reject()
    assert win.session.media_item(section.model.ids()[1]).caption == "Second caption"
    assert win.session.media(search="school")[0].id == item_id


def test_export_original_and_without_metadata(qtbot, gallery, tmp_path, monkeypatch):
    win = gallery
    viewer = _open_first(qtbot, win)
    item = viewer.item
    original = tmp_path / "out" / "original.jpg"
    original.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(original), ""))
    click(qtbot, viewer.panel.export_button)
    qtbot.waitUntil(lambda: not viewer._busy, timeout=WAIT_MS)
    assert hashlib.sha256(original.read_bytes()).hexdigest() == item.sha256
    assert str(original) in viewer.panel.status.text()

    stripped = tmp_path / "out" / "shared.jpg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(stripped), ""))
    click(qtbot, viewer.panel.export_stripped_button)
    qtbot.waitUntil(lambda: not viewer._busy, timeout=WAIT_MS)
    with Image.open(io.BytesIO(stripped.read_bytes())) as image:
        assert not dict(image.getexif().get_ifd(ExifTags.IFD.GPSInfo))
    with Image.open(original) as image:
        assert dict(image.getexif().get_ifd(ExifTags.IFD.GPSInfo))

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    click(qtbot, viewer.panel.export_button)  # cancelled: nothing written, not busy
    assert not viewer._busy
    assert sorted(p.name for p in original.parent.iterdir()) == ["original.jpg", "shared.jpg"]


def test_use_location_fills_the_record_form(qtbot, unlocked, tmp_path, monkeypatch):
    win = unlocked
    win.records_page.show_kind("incident")
    form = win.new_record()
    photo = make_photo(tmp_path / "gps.jpg")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    click(qtbot, form.media.panel.add_files_button)
    importer = form.media.importer
    qtbot.waitUntil(lambda: importer.summary is not None, timeout=WAIT_MS)
    importer.dialog.accept()
    viewer = form.media.open_viewer(form.media.model.ids()[0])
    assert viewer.panel.location_button.isVisibleTo(viewer)
    click(qtbot, viewer.panel.location_button)
    location = form.fields.rows["location"].editor
    assert float(location.lat.text()) == pytest.approx(GPS[0])
    assert float(location.lon.text()) == pytest.approx(GPS[1])
    assert location.precision.term() == "exact"
    assert "position" in viewer.panel.status.text()


def test_viewer_from_the_media_section_has_no_location_button(qtbot, gallery):
    viewer = _open_first(qtbot, gallery)
    assert not viewer.panel.location_button.isVisibleTo(viewer)


def test_lock_closes_the_viewer_and_forgets_thumbnails(qtbot, gallery):
    win = gallery
    viewer = _open_first(qtbot, win)
    section = win.records_page.media_section
    assert section.model._pixmaps or section.model.data(
        section.model.index(0, 0), Qt.ItemDataRole.DecorationRole
    )
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)
    with qtbot.waitSignal(viewer.finished):
        qtbot.keyClick(viewer.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.session is None
    assert not viewer.isVisible()
    assert section.model.rowCount() == 0 and section.model._pixmaps == {}
    assert win.stack.currentWidget() is win.unlock_page


def test_lock_closes_a_viewer_opened_from_a_form(qtbot, unlocked, tmp_path):
    win = unlocked
    photo = make_photo(tmp_path / "p.jpg")
    summary = _import(qtbot, win, [photo])
    record = win.session.add("incident", {"status": "draft", "media": summary.media_ids})
    form = win.edit_record(record.id)
    assert form.media.model.rowCount() == 1
    viewer = form.media.open_viewer(summary.media_ids[0])
    assert "Incident" in viewer.panel.details.text("records")
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)
    with qtbot.waitSignal(viewer.finished):
        qtbot.keyClick(viewer.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.session is None
    assert not viewer.isVisible() and not form.isVisible()


def test_lock_during_an_import_cancels_it_first(qtbot, unlocked, tmp_path, vault_folder):
    big = make_wav(tmp_path / "long.wav", 3 * 1024**3)
    win = unlocked
    importer = win.import_media([big])
    dialog = importer.dialog
    qtbot.waitUntil(
        lambda: dialog._progress is not None and dialog._progress.bytes_done > 0, timeout=WAIT_MS
    )
    win.lock()
    assert not importer.task.running
    assert win.session is None
    assert not [p for p in vault_folder.glob("media*/*") if p.is_file()]
    from tests.ui.helpers import PASSPHRASE, unlock_through_page

    unlock_through_page(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.session is not None, timeout=WAIT_MS)
    assert win.session.media() == []


def test_delete_in_the_viewer_moves_on(qtbot, gallery):
    win = gallery
    viewer = _open_first(qtbot, win)
    first = viewer.item.id
    box = viewer.delete()
    click(qtbot, box.button(box.StandardButton.Yes))
    assert win.session.media_item(first).deleted
    assert viewer.index == 0 and viewer.item.id != first and len(viewer.items) == 2
    assert win.records_page.media_section.model.rowCount() == 2


def test_model_roles_without_a_view(tmp_path: Path):
    from fieldreport.storage.media_store import MediaItem
    from fieldreport.ui.models.media_list import MediaListModel, Role

    asked = []

    def thumbnails(media_id):
        asked.append(media_id)
        return None if len(asked) == 1 else b""  # busy once, then nothing stored

    item = MediaItem("m1", "00" * 32, 10, "audio/mpeg", "audio", "rec/a.mp3", "", "", {}, False)
    photo = MediaItem("m2", "11" * 32, 10, "image/jpeg", "photo", "b.jpg", "", "Cap", {}, False)
    model = MediaListModel(thumbnails)
    model.set_items([item, photo])
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "a.mp3"
    assert model.data(model.index(1, 0)) == "Cap"
    assert model.data(model.index(0, 0), Role.KIND) == "audio"
    assert model.data(model.index(1, 0), Role.ID) == "m2"
    assert b"caption" in model.roleNames().values()
    assert "MP3 recording" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    model.data(model.index(1, 0), Qt.ItemDataRole.DecorationRole)  # busy: not kept
    model.data(model.index(1, 0), Qt.ItemDataRole.DecorationRole)
    model.data(model.index(1, 0), Qt.ItemDataRole.DecorationRole)  # cached now
    assert asked == ["m2", "m2"]
    model.clear()
    assert model.rowCount() == 0 and model._pixmaps == {}


def test_visible_zoom_buttons_and_ctrl_wheel(qtbot, gallery):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    viewer = _open_first(qtbot, gallery)
    view = viewer.view
    for button in (viewer.zoom_in_button, viewer.zoom_out_button, viewer.fit_button):
        assert button.isVisible() and button.isEnabled()
    fitted = view.scale()
    assert viewer.zoom_level.text() == f"{round(fitted * 100)} %"
    viewer.fit_button.setFocus()  # the picture need not have the keyboard
    click(qtbot, viewer.zoom_in_button)
    assert view.scale() == pytest.approx(fitted * 1.25)
    assert viewer.zoom_level.text() == f"{round(fitted * 125)} %"
    click(qtbot, viewer.zoom_out_button)
    click(qtbot, viewer.zoom_out_button)
    assert view.scale() == pytest.approx(fitted / 1.25)
    click(qtbot, viewer.fit_button)
    assert view.fit
    # Ctrl+wheel over the picture zooms in and out.
    centre = QPointF(view.viewport().rect().center())
    for delta, expected in ((120, fitted * 1.25), (-120, fitted)):
        event = QWheelEvent(
            centre,
            QPointF(view.viewport().mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(view.viewport(), event)
        assert view.scale() == pytest.approx(expected)
    # A recording has no picture: the zoom buttons are off.
    viewer.show_next()
    viewer.show_next()
    assert viewer.item.kind == "audio"
    assert not viewer.zoom_in_button.isEnabled()
