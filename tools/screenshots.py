"""Screenshots of the real window on a 1366×768 laptop in every language, for review and docs.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py

The window is 1366×705: what a maximised window gets on a 1366×768 Windows
laptop once the taskbar and the title bar are taken off. Forms get the size
they would get there (the screen minus the taskbar, minus the form's margin).

Writes ``docs/screenshots/<lang>/<name>.png``: the setup and unlock pages (also
while busy deriving the key), the list of each kind, each kind's form (top and
scrolled to the bottom), a form showing validation messages, the history dialog
(a statement edited once, so changes are marked), the settings dialog (also
its Safety group with a panic shortcut chosen) and the erase dialog, the
offer to restore forms kept at lock and a restored form whose record changed
meanwhile; the photos and files: the Media section, the import's progress and
summary, the viewer with its metadata, and an incident form with attachments;
the Sync page (fingerprint and its QR code, a bundle written) and the
coordinator's window (devices, import outcomes, a record of each kind beside
its origin, a search with a period, a record's photos, the viewer on them, the
photos and files list). ``--central-only`` takes the Sync page and the
coordinator's window only. From ``tools/screenshots_window.py``: the menus,
links both ways, the record pickers, a save refused as stale, attaching photos,
the delete confirmation and deleted records, the empty list, a place from the
gazetteer, the keyboard shortcuts and the lists with records on their way.
From ``tools/screenshots_photos.py`` (alone: ``--photos-only``): the gallery
with photos stored but not analysed yet (placeholders), then analysed.
Uses a throwaway demo vault with fictional records and generated "[DEMO]"
pictures only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSize, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from fieldreport.core import Session  # noqa: E402
from fieldreport.crypto import kdf  # noqa: E402
from fieldreport.demo import open_demo_vault  # noqa: E402
from fieldreport.domain.kinds import KINDS  # noqa: E402
from fieldreport.settings import Settings  # noqa: E402
from fieldreport.ui import i18n  # noqa: E402
from fieldreport.ui.geometry import form_size, texts_cut_off  # noqa: E402
from fieldreport.ui.window import MainWindow  # noqa: E402
from tools.screenshots_coercion import (  # noqa: E402
    shoot_erase,
    shoot_escrow_and_restore_over,
    shoot_escrow_question,
    shoot_recover,
    shoot_recovery_split,
    shoot_restore_backup,
)
from tools.screenshots_photos import shoot_photo_analysis  # noqa: E402
from tools.screenshots_window import shoot_all, shoot_attach  # noqa: E402

#: A maximised window on a 1366×768 Windows laptop: minus a 40 px taskbar and
#: a 23 px title bar.
WIDTH, HEIGHT = 1366, 705
#: The part of that screen a dialog may use (no taskbar).
AVAILABLE_HEIGHT = 728


def settle(ms: int = 150) -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
    QTest.qWait(ms)


def save(widget: QWidget, folder: Path, name: str) -> None:
    settle()
    for text in texts_cut_off(widget):
        print(f"CUT OFF in {folder.name}/{name}: {text}")  # noqa: T201 - for the reviewer
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)  # noqa: T201 - a tool's progress


def place(window: MainWindow) -> None:
    window.resize(WIDTH, HEIGHT)
    window.move(0, 0)
    window.show()
    settle()


def place_form(form: QDialog) -> None:
    """The size a form (or the history) gets on the laptop: Xvfb has no taskbar."""
    laptop = form_size(QSize(WIDTH, AVAILABLE_HEIGHT))
    form.resize(form.width(), min(form.height(), laptop.height()))
    form.move(40, 10)


def relock(window: MainWindow) -> None:
    """Lock (open forms are kept) and unlock again, as a person would."""
    window.lock()
    window._opened(Session.unlock(window.vault_folder, window.demo_passphrase))
    settle()


def shoot_restore(window: MainWindow, folder: Path) -> None:
    """Two forms kept at lock; the statement's record changes meanwhile; then restored."""
    window.records_page.show_kind("statement")
    section = window.records_page.current_section
    section.view.selectRow(0)
    record_id = section.selected_id()
    form = window.edit_record(record_id)
    form.fields.rows["notes"].editor.edit.setPlainText(
        "Demo note, not saved yet: the witness named a second checkpoint."
    )
    relock(window)
    record = window.session.get(record_id)
    edited = {**record.data, "revision": record.revision, "tags": ["demo-follow-up"]}
    window.session.edit(record_id, edited)  # meanwhile a newer revision
    window.records_page.show_kind("incident")
    form = window.new_record()
    form.fields.rows["title"].editor.edit.setText("Demo: roadblock on the Kok-Tash road")
    relock(window)
    save(window, folder, "restore_offer")
    window.restore_unsaved()
    form = window.open_forms()[0]
    place_form(form)
    save(form, folder, "form_restored")
    window.lock()  # kept again; the demo vault is deleted at the end anyway


def demo_files(folder: Path) -> list[Path]:
    """Fictional pictures (coloured shapes marked [DEMO]), a recording and a refused file."""
    import struct

    from PIL import Image, ImageDraw

    camera = folder / "DCIM" / "100DEMO"
    camera.mkdir(parents=True)
    colours = ["#3b7dd8", "#2a9d8f", "#e9c46a", "#f4a261", "#8d99ae", "#6a4c93"]
    for number, colour in enumerate(colours, start=1):
        image = Image.new("RGB", (1200, 900), colour)
        draw = ImageDraw.Draw(image)
        draw.ellipse((150 + 40 * number, 180, 650, 700), fill="#f2f2f2", outline="black", width=6)
        draw.rectangle((600, 300 + 20 * number, 1050, 800), fill="#e4572e", outline="black")
        draw.text((40, 40), f"[DEMO] photo {number}", fill="white", font_size=64)
        exif = Image.Exif()
        exif[0x010F] = "DemoCam"
        exif[0x0110] = "Field 1"
        exif[0x0132] = f"2021:04:29 10:{10 + number}:00"
        if number % 2:
            exif[0x8825] = {1: "N", 2: (42.0, 31.0, 12.0 * number), 3: "E", 4: (72.0, 14.0, 6.0)}
        image.save(camera / f"IMG_{number:04d}.jpg", exif=exif, quality=85)
    wav = camera / "VOICE_0001.wav"
    size = 48_044
    header = b"RIFF" + struct.pack("<I", size - 8) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16)
    header += b"data" + struct.pack("<I", size - 44)
    wav.write_bytes(header + bytes(size - 44))
    (camera / "notes.txt").write_text("[DEMO] not a supported type")
    return [folder / "DCIM"]


def shoot_media(window: MainWindow, folder: Path) -> None:
    """Import demo files (with one refused), the gallery, the viewer, a form's attachments."""
    from fieldreport.media_import import ImportProgress
    from fieldreport.ui.dialogs.import_dialog import ImportDialog

    progress = ImportDialog(window)
    progress.show_running()
    progress.show_progress(ImportProgress(3, 8, 5_400_000, 9_800_000, "DCIM/100DEMO/IMG_0004.jpg"))
    progress.show()
    save(progress, folder, "media_import_progress")
    progress.done(0)

    with tempfile.TemporaryDirectory(prefix="fieldreport-shots-media-") as files:
        importer = window.import_media(demo_files(Path(files)))
        while importer.summary is None:
            settle(50)
        save(importer.dialog, folder, "media_import_summary")
        importer.dialog.accept()
    media = window.session.media()
    photos = [item for item in media if item.kind == "photo"]
    window.session.set_caption(photos[0].id, "[DEMO] School yard, east wall")
    incident = window.session.list("incident")[0]
    window.session.attach_media(incident.id, [item.id for item in photos[:3]])
    window.refresh()
    window.records_page.show_media()
    section = window.records_page.media_section
    section.grid.select_id(photos[0].id)
    save(window, folder, "media")

    viewer = window.open_media(photos[0].id)
    place_form(viewer)
    save(viewer, folder, "media_viewer")
    viewer.reject()
    settle()

    form = window.edit_record(incident.id)
    place_form(form)
    form.scroll.ensureWidgetVisible(form.media.panel.grid)
    save(form, folder, "form_incident_media")
    form.media.open_viewer(photos[2].id)
    viewer = form.media.viewer
    place_form(viewer)
    save(viewer, folder, "media_viewer_from_form")
    viewer.reject()
    form.force_close()
    settle()


def shoot_sync(window: MainWindow, folder: Path) -> None:
    """Join a fictional organisation, export a bundle; then the coordinator's window."""
    from fieldreport.central import devices
    from fieldreport.central.store import CentralStore
    from fieldreport.sync.provisioning import Server
    from fieldreport.ui.central.window import CentralWindow
    from fieldreport.ui.widgets.sync_status import SyncView

    with tempfile.TemporaryDirectory(prefix="fieldreport-shots-sync-") as tmp:
        work = Path(tmp)
        store = CentralStore.create(work / "central", "demo central passphrase", "[DEMO] Monitors")
        session = window.session
        server = Server("https://sync.example.org:8443", "0" * 64)  # fictional; never called
        _org, request = session.join(store.org.provisioning(server=server))
        stray = Session.create(work / "other-vault", "another demo passphrase")
        stray.join(store.org.provisioning())
        window.records_page.show_sync()
        window.refresh_sync()
        save(window, folder, "sync_joined")
        _device, certificate = devices.approve(store, request, name="[DEMO] Monitor 1, Kok-Tash")
        session.install_certificate(certificate)
        stick = work / "USB-STICK"
        stick.mkdir()
        window._exported(session.export_bundle(stick))
        save(window, folder, "sync_exported")
        # What the background sync shows (states set directly: no server runs here).
        window.refresh_sync()
        window.background_sync._show(SyncView("syncing", sent=31_400_000, total=52_700_000))
        save(window, folder, "sync_sending")
        held = SimpleNamespace(code="held", sequence=3)
        window.background_sync._show(SyncView("attention", result=held))
        save(window, folder, "sync_attention")
        window.background_sync._show(SyncView())
        stray.add("incident", {"status": "draft", "title": "[DEMO] Unapproved device"})
        stray.export_bundle(stick)
        stray.lock()
        second_device(store, work, stick)
        (work / "broken.bundle").write_bytes(b"[DEMO] not a bundle")

        shoot_central(CentralWindow(work / "central"), store, stick, work, folder)
        settle()
    window.records_page.show_kind("incident")


def second_device(store: Any, work: Path, stick: Path) -> None:
    """A second demo monitor who reports one of the demo persons again (a possible duplicate)."""
    from fieldreport.central import devices
    from fieldreport.domain.samples import sample_records

    second = Session.create(work / "second-vault", "second demo passphrase")
    _org, request = second.join(store.org.provisioning())
    _device, certificate = devices.approve(store, request, name="[DEMO] Monitor 2, Batken")
    second.install_certificate(certificate)
    person = next(
        data for _n, kind, data in sample_records() if kind == "person" and data.get("name")
    )
    again = {k: v for k, v in person.items() if k != "links"}
    if isinstance(again.get("age"), int):
        again["age"] += 1
    second.add("person", again)
    second.export_bundle(stick)
    second.lock()


def shoot_central(central: Any, store: Any, stick: Path, work: Path, folder: Path) -> None:
    """The coordinator's window: devices, imports, records, the record view, media, filters."""
    from PySide6.QtWidgets import QDialog

    place(central)
    central._opened(store)
    central.tabs.setCurrentWidget(central.devices_page)
    wait_idle(central)
    save(central, folder, "central_devices")
    bundles = sorted(stick.glob("*.bundle"))
    for paths in (bundles, bundles[:1], [work / "broken.bundle"]):
        central.tabs.setCurrentWidget(central.import_page)
        central.import_files(paths)
        while central.importing:
            settle(50)
    save(central, folder, "central_import")
    central.tabs.setCurrentWidget(central.records_view)
    page = central.records_view
    wait_idle(central)
    for kind in ("incident", "statement", "damage", "person"):
        row = next(r for r in range(page.model.rowCount()) if page.model.row(r).kind == kind)
        page.view.selectRow(row)
        wait_idle(central)
        save(central, folder, f"central_record_{kind}")
    page.filters.search.setText("kok-tash")
    page.filters.date_from.setText("2021-04")
    page.filters._now()
    shoot_filtered(central, folder, "central_search")
    page.filters.region.setCurrentIndex(1)  # a region, named in the interface's language
    shoot_filtered(central, folder, "central_area_filter")
    with_media = [r for r in range(page.model.rowCount()) if page.model.row(r).kind == "incident"]
    for row in with_media:
        page.view.selectRow(row)
        wait_idle(central)
        if page.record_view.detail is not None and page.record_view.detail.media:
            break
    save(central, folder, "central_record_media")
    detail = page.record_view.detail
    if detail is not None:
        shoot_evidence(central, detail.id, folder)
    if detail is not None and detail.media:
        viewer = central.records.view_media(detail.media[0].item.id)
        wait_idle(central)
        viewer = central.records.viewer
        if isinstance(viewer, QDialog):
            place_form(viewer)
            save(viewer, folder, "central_media_viewer")
            viewer.reject()
    page.filters.set_kind("media")
    wait_idle(central)
    page.media_view.selectRow(0)
    wait_idle(central)
    save(central, folder, "central_media")
    page.filters.set_kind(None)
    wait_idle(central)
    shoot_handover(central, store, folder)

    central.tabs.setCurrentWidget(central.overview_page)
    wait_idle(central)
    save(central, folder, "central_overview")
    central.overview_page.set_busy(True)  # as while a long count runs, then when stopped
    central.overview_page.busy.set_progress(12_000, 20_000)
    save(central, folder, "central_overview_reading")
    central.overview_page.busy.show_stopped()
    save(central, folder, "central_overview_stopped")
    central.overview_page.set_busy(False)
    killed = next((b for k, b in central.overview_page.buttons.items() if b.isEnabled()), None)
    if killed is not None:
        killed.click()
        wait_idle(central)
        save(central, folder, "central_records_behind")
    central.records.show_only(None)
    central.tabs.setCurrentWidget(central.duplicates_page)
    wait_idle(central)
    save(central, folder, "central_duplicates")
    central.duplicates_page.identifying.setChecked(True)
    wait_idle(central)
    save(central, folder, "central_duplicates_names")
    central.duplicates_page.identifying.setChecked(False)
    for report in (False, True):
        dialog = central.exports.open_dialog(report)
        dialog.identifying.setChecked(not report)
        save(dialog, folder, "central_report" if report else "central_export")
        dialog.identifying.setChecked(False)
        dialog.set_running(True)
        dialog.show_progress(120, 480, "")
        save(dialog, folder, "central_report_running" if report else "central_export_running")
        dialog.set_running(False)
        dialog.reject()
    shoot_media_alarm(central, store, folder)
    central.close()


def shoot_media_alarm(central: Any, store: Any, folder: Path) -> None:
    """A record whose file the centre found unlike its signed hash (last: the alarm stays)."""
    from fieldreport.central import devices

    central.tabs.setCurrentWidget(central.records_view)
    page = central.records_view
    wait_idle(central)
    rows = [r for r in range(page.model.rowCount()) if page.model.row(r).kind == "incident"]
    for row in rows:
        page.view.selectRow(row)
        wait_idle(central)
        detail = page.record_view.detail
        if detail is not None and detail.media:
            item = detail.media[0].item
            device = store.db.execute(
                "SELECT device_id FROM media_items WHERE id = ?", [item.id]
            ).fetchone()[0]
            devices.raise_alarm(
                store, device, "media_mismatch", "[DEMO] not as signed", f"media:{item.id}"
            )
            page.view.selectRow(0 if row else 1)  # another record, then this one again
            wait_idle(central)
            page.view.selectRow(row)
            wait_idle(central)
            for _ in range(100):
                shown = page.record_view.detail
                if shown is not None and shown.id == detail.id and shown.alarms:
                    break
                settle(50)
            save(central, folder, "central_record_alarm")
            return


def shoot_evidence(central: Any, record_id: str, folder: Path) -> None:
    """Export evidence package… from the record view: the choices, then while it writes."""
    dialog = central.evidence.open_dialog(record_id)
    save(dialog, folder, "central_evidence")
    dialog.identifying.setChecked(True)
    dialog.set_running(True)
    dialog.show_progress(7, 12)
    save(dialog, folder, "central_evidence_running")
    dialog.set_running(False)
    dialog.identifying.setChecked(False)
    dialog.reject()
    page = central.records_view  # several rows selected (Shift+Down), one package of them
    page.view.setFocus()
    for _ in range(3):
        QTest.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    wait_idle(central)
    save(central, folder, "central_records_selected")
    shown = page.record_view.detail
    if shown is not None:
        dialog = central.evidence.open_dialog(shown.id, None, page.selected_records())
        dialog.c2pa.setChecked(True)
        save(dialog, folder, "central_evidence_selected")
        dialog.reject()
    page.select_record(record_id)
    wait_idle(central)


def shoot_filtered(central: Any, folder: Path, name: str) -> None:
    """The Records tab as its filters left it, the first record open; then every record again."""
    page = central.records_view
    wait_idle(central)
    page.view.selectRow(0)
    wait_idle(central)
    save(central, folder, name)
    page.filters.reset()
    wait_idle(central)


def shoot_handover(central: Any, store: Any, folder: Path) -> None:
    """The Devices tab with a device chosen, and the handover's confirmation."""
    from PySide6.QtWidgets import QMessageBox

    from fieldreport.central import devices, handover
    from fieldreport.ui.central.handover_actions import handover_question

    central.tabs.setCurrentWidget(central.devices_page)
    wait_idle(central)
    found = [d for d in devices.all_devices(store) if d.status == "approved"]
    if len(found) < 2:
        return
    old, new = found[1], found[0]
    model = central.devices_page.model
    central.devices_page.view.selectRow(
        next(r for r in range(model.rowCount()) if model.text(r, 0) == old.label)
    )
    save(central, folder, "central_devices_chosen")
    plan = handover.plan(store, old.id, new.id, [])
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("HandoverActions", "Hand these records over?"),
        handover_question(plan, {d.id: d.label for d in found}),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        central,
    )
    box.show()
    settle()
    save(box, folder, "central_handover_confirm")
    box.close()


def wait_idle(central: Any) -> None:
    settle(50)
    while central.runner.busy or central.runner._pending:
        settle(30)
    settle()


def shoot_photos(settings: Settings, folder: Path) -> None:
    """A demo vault of its own: photos stored, waiting for their analysis, then analysed."""
    window = MainWindow(Path(tempfile.gettempdir()), settings, demo=True)
    place(window)
    window._demo_opened(open_demo_vault())
    settle()
    shoot_photo_analysis(window, folder, save, settle)
    window.lock()
    window.close()
    settle()


def shoot_language(
    lang: str,
    out: Path,
    central_only: bool = False,
    coercion_only: bool = False,
    photos_only: bool = False,
) -> None:
    i18n.set_language(lang)
    folder = out / lang
    folder.mkdir(parents=True, exist_ok=True)
    settings = Settings(language=lang)
    if photos_only:
        shoot_photos(settings, folder)
        return
    if coercion_only:
        window = MainWindow(Path(tempfile.gettempdir()), settings, demo=True)
        place(window)
        window._demo_opened(open_demo_vault())
        save(window.show_settings(), folder, "settings")
        shoot_erase(window, folder, save)
        shoot_escrow_question(window, folder, save)
        shoot_recovery_split(window, folder, save)
        window.lock()
        save(window, folder, "unlock")
        shoot_recover(window, folder, save)
        window.close()
        shoot_escrow_and_restore_over(settings, folder, save)
        with tempfile.TemporaryDirectory(prefix="fieldreport-shots-") as empty:
            setup = MainWindow(Path(empty) / "vault", settings)
            place(setup)
            save(setup, folder, "setup")
            shoot_restore_backup(setup, folder, save)
            setup.close()
        settle()
        return
    if central_only:
        window = MainWindow(Path(tempfile.gettempdir()), settings, demo=True)
        place(window)
        window._demo_opened(open_demo_vault())
        shoot_sync(window, folder)
        window.lock()
        window.close()
        settle()
        return

    with tempfile.TemporaryDirectory(prefix="fieldreport-shots-") as empty:
        setup = MainWindow(Path(empty) / "vault", settings)
        place(setup)
        setup.setup_page.passphrase.setText("four words I remember")
        save(setup, folder, "setup")
        shoot_restore_backup(setup, folder, save)
        setup.setup_page.set_busy(True)  # as while Argon2id derives the key
        save(setup, folder, "setup_busy")
        setup.close()

    window = MainWindow(Path(tempfile.gettempdir()), settings, demo=True)
    place(window)
    window._demo_opened(open_demo_vault())
    settle()
    for kind in KINDS:
        window.records_page.show_kind(kind)
        window.records_page.current_section.view.selectRow(0)
        save(window, folder, f"list_{kind}")

    for kind in KINDS:
        window.records_page.show_kind(kind)
        section = window.records_page.current_section
        section.view.selectRow(0)
        form = window.edit_record(section.selected_id())
        place_form(form)
        save(form, folder, f"form_{kind}_top")
        bar = form.scroll.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        save(form, folder, f"form_{kind}_middle")
        bar.setValue(bar.maximum())
        save(form, folder, f"form_{kind}_bottom")
        form.force_close()
        settle()

    window.records_page.show_kind("incident")
    form = window.new_record()
    place_form(form)
    form.fields.rows["occurred_on"].editor.edit.setText("2021-13")
    form.save("final")
    save(form, folder, "form_incident_errors")
    form.force_close()  # not kept: nothing stays behind for the restore offer

    window.records_page.show_kind("statement")
    section = window.records_page.current_section
    section.view.selectRow(0)
    record_id = section.selected_id()
    record = window.session.get(record_id)
    edited = {**record.data, "revision": record.revision, "status": "draft"}
    edited["interview"] = {**edited.get("interview", {}), "interpreter": "Demo Interpreter B"}
    edited["notes"] = "Demo note: the witness was interviewed again a week later."
    window.session.edit(record_id, edited)  # a second revision, to show changes marked
    window.refresh()
    section.select(record_id)
    history = window.show_history()
    place_form(history)
    save(history, folder, "history")
    history.reject()

    dialog = window.show_settings()
    save(dialog, folder, "settings")
    dialog.reject()
    shoot_erase(window, folder, save)
    shoot_escrow_question(window, folder, save)
    shoot_recovery_split(window, folder, save)
    shoot_escrow_and_restore_over(settings, folder, save)

    window.records_page.show_kind("incident")
    window.records_page.current_section.search.setText("kok-tash")
    window.records_page.current_section.reload()
    save(window, folder, "search")
    window.records_page.current_section.search.clear()
    window.records_page.current_section.reload()

    shoot_all(window, settings, folder, save, place, place_form)  # menus, pickers, deleted…
    shoot_media(window, folder)
    shoot_attach(window, folder, save)
    shoot_sync(window, folder)
    save(window, folder, "list_on_its_way")
    shoot_restore(window, folder)

    window.lock()
    save(window, folder, "unlock")
    shoot_recover(window, folder, save)
    window.unlock_page.set_busy(True)
    save(window, folder, "unlock_busy")
    window.unlock_page.set_busy(False)
    window.close()
    settle()
    shoot_photos(settings, folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", action="append", choices=i18n.LANGUAGES)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--central-only", action="store_true", help="only the Sync page and coordinator window"
    )
    parser.add_argument(
        "--coercion-only", action="store_true", help="only Settings and the erase dialog"
    )
    parser.add_argument(
        "--photos-only", action="store_true", help="only the gallery before and after analysis"
    )
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        raise SystemExit('run under xvfb-run -a -s "-screen 0 1366x768x24"')
    kdf.TARGET_SECONDS = 0.0  # a throwaway demo vault; no need to be slow
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("FieldReport")
    for lang in args.lang or list(i18n.LANGUAGES):
        shoot_language(lang, args.out, args.central_only, args.coercion_only, args.photos_only)


if __name__ == "__main__":
    main()
