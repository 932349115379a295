"""Export…, Report… and a photo's export from the coordinator window, read back independently."""

from __future__ import annotations

import csv
import io

import pytest
from PIL import Image

from fieldreport.ui import i18n
from tests.ui.central.conftest import settled
from tests.ui.helpers import WAIT_MS, click

NAMES = ("Асан Мамытов", "Asan Mamytov", "Бакыт Жолдошев", "Bolot Sydykov")


def run_export(qtbot, win, report: bool, target, *, fmt: str | None = None, identifying=False):
    dialog = win.exports.open_dialog(report)
    if fmt is not None:
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.identifying.setChecked(identifying)
    win.exports.start(dialog, target)
    qtbot.waitUntil(lambda: not dialog.running and win.exports.task is None, timeout=WAIT_MS)
    settled(qtbot, win)
    return dialog


def test_export_is_anonymised_unless_asked_and_confirmed(qtbot, monkeypatch, desk, tmp_path):
    win = desk
    settled(qtbot, win)
    asked: list[str] = []
    plain = tmp_path / "records.csv"
    dialog = run_export(qtbot, win, False, plain, fmt="csv")
    assert str(plain) in dialog.status.text() and not dialog.error.isVisible()
    text = plain.read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) >= 9
    assert not any(name in text for name in NAMES)
    dialog.reject()

    monkeypatch.setattr(win, "confirm", lambda _t, text: asked.append(text) or False)
    refused = tmp_path / "refused.csv"
    dialog = run_export(qtbot, win, False, refused, fmt="csv", identifying=True)
    assert asked and "in the clear" in asked[0] and str(refused) in asked[0]
    assert not refused.exists()  # declined: nothing written
    dialog.reject()
    monkeypatch.setattr(win, "confirm", lambda *_a: True)
    named = tmp_path / "named.csv"
    dialog = run_export(qtbot, win, False, named, fmt="csv", identifying=True)
    assert "Asan Mamytov" in named.read_bytes().decode("utf-8-sig")
    dialog.reject()


def test_export_takes_the_records_tab_filters_and_refuses_a_bad_period(qtbot, desk, tmp_path):
    win = desk
    win.tabs.setCurrentWidget(win.records_view)
    settled(qtbot, win)
    win.records_view.filters.set_kind("person")
    settled(qtbot, win)
    dialog = win.exports.open_dialog(False)
    assert dialog.kind.currentData() == "person"
    dialog.date_from.setText("2021-05")
    dialog.date_to.setText("2021-04")
    win.exports.start(dialog, tmp_path / "never.csv")
    assert dialog.error.isVisible() and not (tmp_path / "never.csv").exists()
    dialog.reject()


@pytest.mark.parametrize("language", ["en", "ru", "ky", "tg"])
def test_report_from_the_window(qtbot, desk, tmp_path, language):
    i18n.set_language(language)
    win = desk
    settled(qtbot, win)
    target = tmp_path / "report.pdf"
    dialog = win.exports.open_dialog(True)
    assert dialog.identifying.isHidden()  # a report is always anonymised
    dialog.format.setCurrentIndex(dialog.format.findData(language))
    win.exports.start(dialog, target)
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert not dialog.error.isVisible(), dialog.error.text()
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert not any(name in text for name in NAMES)
    dialog.reject()


def test_a_photo_exported_from_the_window(qtbot, coordinator, received, tmp_path):
    win = coordinator
    win.tabs.setCurrentWidget(win.records_view)
    settled(qtbot, win)
    page = win.records_view
    page.filters.set_kind("media")
    settled(qtbot, win)
    model = page.media_model
    row = next(r for r in range(model.rowCount()) if model.text(r, 1) == "photo.jpg")
    page.media_view.selectRow(row)
    qtbot.waitUntil(lambda: page.media_pane.info is not None, timeout=WAIT_MS)
    settled(qtbot, win)
    assert page.media_pane.export_button.isVisible()
    original = received.folder.parent / "files" / "photo.jpg"
    exact = tmp_path / "exact.jpg"
    win.exports.export_media(received.media["photo.jpg"], False, exact)
    qtbot.waitUntil(lambda: exact.exists() and win.exports.task is None, timeout=WAIT_MS)
    assert exact.read_bytes() == original.read_bytes()
    with Image.open(exact) as image:
        assert image.getexif()  # the original keeps its metadata
    shared = tmp_path / "shared.jpg"
    win.exports.export_media(received.media["photo.jpg"], True, shared)
    qtbot.waitUntil(lambda: shared.exists() and win.exports.task is None, timeout=WAIT_MS)
    with Image.open(shared) as image:
        assert not image.getexif()
    assert str(shared) in page.media_pane.status.text()


def test_locking_closes_the_export_dialog(qtbot, desk):
    win = desk
    settled(qtbot, win)
    dialog = win.exports.open_dialog(False)
    assert dialog.isVisible()
    win.lock()
    assert not dialog.isVisible()
    assert win.exports.open_dialog(False) is None  # nothing to export from a locked store


def test_cancel_while_an_export_waits_for_a_read_writes_nothing(qtbot, desk, tmp_path):
    win = desk
    settled(qtbot, win)
    target = tmp_path / "waited.csv"
    win.tabs.setCurrentWidget(win.records_view)  # a read starts
    assert win.runner.busy
    dialog = win.exports.open_dialog(False)
    win.exports.start(dialog, target)
    assert dialog.running and win.exports.task is None  # waiting for the read
    click(qtbot, dialog.close_button)  # Cancel
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    settled(qtbot, win)
    assert "nothing was written" in dialog.error.text() and not target.exists()
    win.exports.start(dialog, target)  # and it can still be done afterwards
    qtbot.waitUntil(lambda: not dialog.running and target.exists(), timeout=WAIT_MS)
    dialog.reject()
