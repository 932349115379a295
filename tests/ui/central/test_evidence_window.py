"""Export evidence package… from a record's view, on the thread pool, checked by the verifier."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from fieldreport.domain.samples import sample_records
from fieldreport.verifier.package import verify
from tests.ui.central.conftest import settled
from tests.ui.helpers import WAIT_MS, click

IMAGES = {"jpg", "png", "heic", "tiff", "tif"}


def show_incident(qtbot, win, received) -> str:
    win.tabs.setCurrentWidget(win.records_view)
    settled(qtbot, win)
    incident = received.ids[next(n for n, k, _ in sample_records() if k == "incident")]
    page = win.records_view
    assert page.select_record(incident)
    qtbot.waitUntil(lambda: page.record_view.detail is not None, timeout=WAIT_MS)
    settled(qtbot, win)
    return incident


def test_evidence_package_from_the_record_view(qtbot, coordinator, received, tmp_path):
    win = coordinator
    incident = show_incident(qtbot, win, received)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    view = win.records_view.record_view
    assert view.evidence_button.isVisible()
    click(qtbot, view.evidence_button)
    dialog = win.evidence.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.record_ids == [incident] and dialog.scope.isHidden()
    progress: list[tuple[int, int]] = []
    dialog.show_progress = lambda done, total: progress.append((done, total))
    win.evidence.start(dialog, tmp_path)
    qtbot.waitUntil(lambda: not dialog.running and win.evidence.task is None, timeout=WAIT_MS)
    [folder] = [p for p in tmp_path.iterdir() if p.name.startswith("evidence-")]
    assert folder.name == f"evidence-{incident[:8]}"
    assert str(folder) in dialog.status.text() and not dialog.error.isVisible()
    assert progress and progress[-1][0] == progress[-1][1]
    report = verify(folder)
    assert report.ok and [v.id for v in report.verdicts if v.kind == "record"] == [incident]
    index = json.loads((folder / "data" / "evidence.json").read_text("utf-8"))
    assert index["anonymised"] is True
    dialog.reject()


def test_names_need_a_confirmation_and_a_figure_s_records(
    qtbot, coordinator, received, tmp_path, monkeypatch
):
    win = coordinator
    incident = show_incident(qtbot, win, received)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    others = sorted(received.ids.values())[:3]
    behind = frozenset({incident, *others})
    asked: list[str] = []
    monkeypatch.setattr(win, "confirm", lambda _t, text: asked.append(text) or False)
    dialog = win.evidence.open_dialog(incident, behind)
    assert not dialog.scope.isHidden()
    dialog.scope.setCurrentIndex(1)
    assert sorted(dialog.record_ids) == sorted(behind)
    dialog.identifying.setChecked(True)
    win.evidence.start(dialog, tmp_path)
    assert asked and "in the clear" in asked[0]
    assert list(tmp_path.iterdir()) == [] and not dialog.running  # declined: nothing written
    monkeypatch.setattr(win, "confirm", lambda *_a: True)
    win.evidence.start(dialog, tmp_path)
    qtbot.waitUntil(lambda: not dialog.running and win.evidence.task is None, timeout=WAIT_MS)
    [folder] = list(tmp_path.iterdir())
    assert folder.name == f"evidence-{sorted(behind)[0][:8]}-and-{len(behind) - 1}"
    report = verify(folder)
    assert report.ok, report.findings
    assert {v.id for v in report.verdicts if v.kind == "record"} == set(behind)
    assert json.loads((folder / "data" / "evidence.json").read_text())["anonymised"] is False
    dialog.reject()


def test_several_rows_from_the_keyboard_with_c2pa_credentials(
    qtbot, coordinator, received, tmp_path
):
    """Shift+arrows and Ctrl+A select rows, Ctrl+Shift+E opens one package of them all; the
    photos get C2PA Content Credentials that c2pa's Reader validates."""
    import c2pa

    from fieldreport.central import c2pa_cert
    from fieldreport.central.store import CentralStore
    from tests.ui.central.conftest import CENTRAL_PASSPHRASE

    with CentralStore.open(received.folder, CENTRAL_PASSPHRASE) as central:
        c2pa_cert.save(central, c2pa_cert.make(central.org.name))
    win = coordinator
    show_incident(qtbot, win, received)
    page = win.records_view
    page.view.setFocus()
    first = page.view.currentIndex().row()
    for _ in range(2):
        qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = page.selected_records()
    assert len(chosen) == min(3, page.model.rowCount() - first)
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    every = page.selected_records()
    assert len(every) == page.model.rowCount() > 3
    settled(qtbot, win)
    qtbot.keyClick(
        page.view,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: win.evidence.dialog is not None, timeout=WAIT_MS)
    dialog = win.evidence.dialog
    assert not dialog.scope.isHidden() and dialog.scope.currentData() == "selected"
    assert dialog.record_ids == every
    assert dialog.c2pa.isEnabled()
    dialog.c2pa.setChecked(True)
    out = tmp_path / "out"
    out.mkdir()
    win.evidence.start(dialog, out)
    qtbot.waitUntil(lambda: not dialog.running and win.evidence.task is None, timeout=WAIT_MS)
    assert not dialog.error.isVisible(), dialog.error.text()
    [folder] = list(out.iterdir())
    report = verify(folder)
    assert report.ok, report.findings
    assert {v.id for v in report.verdicts if v.kind == "record"} == set(every)
    index = json.loads((folder / "data" / "evidence.json").read_text("utf-8"))
    photos = index["c2pa"]["photos"]
    images = [m for m in index["media"] if m["file"] and m["file"].split(".")[-1] in IMAGES]
    assert len(photos) == len(images) == 4 and not index["c2pa"]["skipped"]  # JPEG PNG HEIC TIFF
    assert photos and "C2PA" in dialog.status.text()
    for photo in photos:
        with c2pa.Reader(str(folder / "data" / photo["file"])) as reader:
            assert reader.get_validation_state() == "Valid", photo
    dialog.reject()
