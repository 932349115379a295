"""Importing photos and files through the window: record forms, the Media section, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from tests.ui.helpers import WAIT_MS, click, fill_required, wait_analysed
from tests.ui.media_files import make_photo, make_wav


def wait_done(qtbot, importer) -> None:
    qtbot.waitUntil(lambda: not importer.running and importer.summary is not None, timeout=WAIT_MS)


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "card"
    folder.mkdir()
    return [
        make_photo(folder / "IMG_0001.jpg"),
        make_photo(folder / "IMG_0002.png", "#2a9d8f"),
    ]


def test_import_by_dialog_into_a_new_record(qtbot, unlocked, photos, monkeypatch):
    win = unlocked
    win.records_page.show_kind("incident")
    form = win.new_record()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in photos], "")
    )
    panel = form.media.panel
    assert "when you save it" in panel.note.text()
    click(qtbot, panel.add_files_button)
    importer = form.media.importer
    wait_done(qtbot, importer)
    assert len(importer.summary.stored) == 2
    assert "attached to this record when you save" in importer.dialog.note.text()
    importer.dialog.accept()

    model = form.media.model
    assert model.rowCount() == 2
    ids = form.fields.extra("media")
    assert ids == model.ids()
    wait_analysed(qtbot, win)  # stored first; thumbnails made in the background

    def thumbnails_shown() -> bool:  # once the form's list has heard the analysis ended
        for row in range(2):  # thumbnails decoded in memory, from the vault
            icon = model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole)
            assert not icon.isNull()
        return set(model._pixmaps) == set(ids)

    qtbot.waitUntil(thumbnails_shown, timeout=WAIT_MS)
    assert panel.grid.isVisibleTo(form)
    assert form.is_dirty()

    fill_required(form, "incident")
    click(qtbot, form.save_final_button)
    record = win.session.list("incident")[0]
    assert win.session.get(record.id).data["media"] == ids
    assert [m.id for m in win.session.media(record_id=record.id)] == ids


def test_import_into_a_saved_record_attaches_at_once(qtbot, unlocked, photos, monkeypatch):
    win = unlocked
    record = win.session.add("damage", {"status": "draft", "notes": "demo"})
    form = win.edit_record(record.id)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photos[0])], ""))
    form.fields.rows["notes"].editor.edit.setPlainText("typed meanwhile")
    click(qtbot, form.media.panel.add_files_button)
    wait_done(qtbot, form.media.importer)
    form.media.importer.dialog.accept()
    current = win.session.get(record.id)
    assert current.revision == 2
    assert current.data["media"] == form.media.model.ids()
    assert form.record.revision == 2
    assert form.fields.rows["notes"].editor.value() == "typed meanwhile"
    assert form.save("draft")  # no conflict with the revision the import made
    assert win.session.get(record.id).data["media"] == current.data["media"]


def test_folder_with_a_bad_file_lists_it_and_keeps_the_good_ones(qtbot, unlocked, tmp_path):
    folder = tmp_path / "DCIM"
    (folder / "100PHONE").mkdir(parents=True)
    make_photo(folder / "100PHONE" / "good.jpg")
    make_wav(folder / "100PHONE" / "voice.wav")
    (folder / "100PHONE" / "notes.txt").write_text("not evidence we know")
    (folder / "100PHONE" / "empty.jpg").write_bytes(b"")
    win = unlocked
    win.records_page.show_media()
    importer = win.import_media([folder])
    wait_done(qtbot, importer)
    dialog = importer.dialog
    assert len(importer.summary.stored) == 2
    refused = dict(importer.summary.refused)
    assert set(refused) == {"DCIM/100PHONE/notes.txt", "DCIM/100PHONE/empty.jpg"}
    texts = [dialog.refused.item(i).text() for i in range(dialog.refused.count())]
    assert any("notes.txt" in t and "not a supported type" in t for t in texts)
    assert any("empty.jpg" in t and "empty" in t for t in texts)
    assert "Refused: 2" in dialog.refused_label.text()
    assert dialog.keep_button.isVisible()  # only notes.txt can be kept as a document
    assert win.records_page.media_section.model.rowCount() == 2

    click(qtbot, dialog.keep_button)
    qtbot.waitUntil(lambda: not importer.running and dialog.pages.currentIndex() == 1)
    assert len(importer.summary.stored) == 3
    assert [name for name, _ in importer.summary.refused] == ["DCIM/100PHONE/empty.jpg"]
    assert not dialog.keep_button.isVisible()
    kinds = sorted(m.mime for m in win.session.media())
    assert kinds == ["application/octet-stream", "audio/x-wav", "image/jpeg"]
    assert win.records_page.media_section.model.rowCount() == 3
    dialog.accept()


def test_duplicates_are_reported(qtbot, unlocked, photos):
    win = unlocked
    wait_done(qtbot, importer := win.import_media(photos[:1]))
    importer.dialog.accept()
    wait_done(qtbot, importer := win.import_media(photos[:1]))
    assert len(importer.summary.duplicates) == 1
    assert "Already in the vault" in importer.dialog.duplicates.text()
    assert len(win.session.media()) == 1


def test_cancel_mid_import_leaves_nothing(qtbot, unlocked, tmp_path, vault_folder):
    big = make_wav(tmp_path / "long-recording.wav", 3 * 1024**3)  # sparse: no disk used
    win = unlocked
    importer = win.import_media([big])
    dialog = importer.dialog
    qtbot.waitUntil(
        lambda: dialog._progress is not None and dialog._progress.bytes_done > 0, timeout=WAIT_MS
    )
    assert "File 1 of 1" in dialog.count.text()
    assert "long-recording.wav" in dialog.current.text()
    click(qtbot, dialog.cancel_button)
    wait_done(qtbot, importer)
    assert importer.summary.cancelled
    assert "cancelled" in dialog.headline.text()
    assert win.session.media() == []
    leftovers = [p for p in vault_folder.glob("media*/*") if p.is_file()]
    assert leftovers == []


def test_files_dropped_on_the_window_are_stored_unattached(qtbot, unlocked, photos):
    win = unlocked
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in photos])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    win.dropEvent(event)
    wait_done(qtbot, win.media_importer)
    assert "not attached" in win.media_importer.dialog.note.text()
    assert len(win.session.media(unattached=True)) == 2
    assert win.records_page.media_shown


def test_media_section_filters_unattached_and_searches(qtbot, unlocked, photos):
    win = unlocked
    wait_done(qtbot, importer := win.import_media(photos))
    importer.dialog.accept()
    attached = win.session.media()[0]
    record = win.session.add("incident", {"status": "draft", "media": [attached.id]})
    assert record.data["media"] == [attached.id]
    win.refresh()
    section = win.records_page.media_section
    win.records_page.show_media()
    assert section.model.rowCount() == 2
    assert "Photos and files (2)" in win.records_page.nav.item(4).text()
    section.filter.setCurrentIndex(1)  # not attached to a record
    assert section.model.ids() == [m.id for m in win.session.media(unattached=True)]
    assert section.model.rowCount() == 1
    section.filter.setCurrentIndex(0)
    section.search.setText("img_0002")
    section.reload()
    assert [section.model.item(0).original_name] == ["IMG_0002.png"]
    assert not win.edit_action.isEnabled()  # record actions do not apply here


def test_delete_key_in_the_gallery_asks_then_deletes(qtbot, unlocked, photos):
    win = unlocked
    wait_done(qtbot, importer := win.import_media(photos[:1]))
    importer.dialog.accept()
    section = win.records_page.media_section
    grid = section.grid
    grid.setFocus()
    grid.select_id(section.model.ids()[0])
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    box = win._dialogs[-1]
    assert "cannot be undone" in box.informativeText()
    assert "signed note" in box.informativeText()
    click(qtbot, box.button(box.StandardButton.Yes))
    assert win.session.media() == []
    assert section.model.rowCount() == 0
    assert win.session.count() == 0  # no record was deleted instead
