"""Screenshots of the field window's menus, pickers, banners and lists (issue 10).

Called by ``tools/screenshots.py`` for each language with the demo window open:
the menu bar's menus, the form's problem banner (shot there), a record's links
both ways, the record picker behind *Add link…*, attaching photos to a record,
the delete confirmation and the deleted records, the empty list's hint, a place
chosen from the gazetteer (names in the language), the viewer's zoom controls
(shot there), the lists after an export ("on its way") and the keyboard shortcuts.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint
from PySide6.QtWidgets import QDialog, QWidget

from fieldreport.core import Session
from fieldreport.domain.gazetteer import load_gazetteer
from fieldreport.settings import Settings
from fieldreport.ui.i18n import current_language
from fieldreport.ui.widgets.links_editor import LinkPicker
from fieldreport.ui.window import MainWindow

Save = Callable[[QWidget, Path, str], None]


def shoot_menus(window: MainWindow, folder: Path, save: Save) -> None:
    for name, menu in (
        ("file", window.file_menu),
        ("records", window.records_menu),
        ("sync", window.sync_menu),
        ("help", window.help_menu),
    ):
        menu.popup(window.mapToGlobal(QPoint(0, window.menuBar().height())))
        save(menu, folder, f"menu_{name}")
        menu.hide()


def shoot_links_and_picker(window: MainWindow, folder: Path, save: Save, place: Callable) -> None:
    """An incident that statements link to: both directions, then the picker."""
    session = window.session
    assert session is not None
    incident = next(s for s in session.list("incident") if session.links(s.id).incoming)
    form = window.edit_record(incident.id)
    place(form)
    links = form.fields.rows["links"].editor
    form.scroll.ensureWidgetVisible(links.incoming)
    save(form, folder, "form_links_both_ways")
    links.pick()
    picker = form.findChildren(LinkPicker)[-1]
    picker.move(60, 40)
    save(picker, folder, "record_picker_links")
    picker.reject()
    form.force_close()


def shoot_attach(window: MainWindow, folder: Path, save: Save) -> None:
    session = window.session
    assert session is not None
    window.records_page.show_media()
    section = window.records_page.media_section
    section.reload()
    unattached = [m.id for m in session.media(unattached=True) if m.kind == "photo"][:2]
    model = section.model
    section.grid.selectionModel().clearSelection()
    for media_id in unattached:
        section.grid.selectionModel().select(
            model.index(model.row_of(media_id), 0), QItemSelectionModel.SelectionFlag.Select
        )
    save(window, folder, "media_choose_several")
    picker = window.attach_media_to_record(unattached)
    if picker is not None:
        picker.move(60, 40)
        picker.view.selectRow(0)
        save(picker, folder, "record_picker_attach")
        picker.reject()


def shoot_delete_and_deleted(window: MainWindow, folder: Path, save: Save) -> None:
    window.records_page.show_kind("damage")
    section = window.records_page.current_section
    section.view.selectRow(0)
    box = window.delete_record()
    if box is None:
        return
    save(box, folder, "delete_confirmation")
    box.done(box.StandardButton.Yes)
    window.set_show_deleted(True)
    section.view.selectRow(0)
    save(window, folder, "list_deleted")
    history = window.show_history()
    if history is not None:
        history.move(40, 10)
        save(history, folder, "history_of_deleted")
        history.reject()
    window.set_show_deleted(False)


def shoot_location(window: MainWindow, folder: Path, save: Save, place: Callable) -> None:
    """A new damage record: choosing Kulkand fills region and district in the language."""
    window.records_page.show_kind("damage")
    form = window.new_record()
    place(form)
    location = form.fields.rows["location"].editor
    gazetteer = load_gazetteer()
    place = gazetteer.find("Kulkand")
    assert place is not None
    location.settlement.setText(gazetteer.display_name(place, current_language()))
    location.settlement.editingFinished.emit()
    form.scroll.ensureWidgetVisible(location)
    save(form, folder, "form_location_from_gazetteer")
    form.force_close()


def shoot_stale_edit(window: MainWindow, folder: Path, save: Save, place: Callable) -> None:
    """A form saved after the record was saved elsewhere: nothing saved, and what to do."""
    window.records_page.show_kind("incident")
    section = window.records_page.current_section
    section.view.selectRow(0)
    form = window.edit_record(section.selected_id())
    place(form)
    form.fields.rows["notes"].editor.edit.setPlainText("Demo note typed in this form.")
    record = form.record
    window.session.edit(record.id, {"tags": ["demo-saved-elsewhere"]})  # as from the CLI
    form.save(record.status)
    save(form, folder, "form_stale_edit")
    form.force_close()
    form.close()


def shoot_empty(lang_settings: Settings, folder: Path, save: Save, place: Callable) -> None:
    with tempfile.TemporaryDirectory(prefix="fieldreport-shots-empty-") as tmp:
        window = MainWindow(Path(tmp) / "vault", lang_settings)
        place(window)
        window._opened(Session.create(Path(tmp) / "vault", "an empty demo vault passphrase"))
        window.records_page.show_kind("statement")
        save(window, folder, "list_empty")
        window.close()


def shoot_shortcuts(window: MainWindow, folder: Path, save: Save) -> None:
    box = window.show_shortcuts()
    save(box, folder, "keyboard_shortcuts")
    box.done(QDialog.DialogCode.Rejected)


def shoot_all(
    window: MainWindow,
    settings: Settings,
    folder: Path,
    save: Save,
    place: Callable,
    place_form: Callable,
) -> None:
    shoot_menus(window, folder, save)
    shoot_links_and_picker(window, folder, save, place_form)
    shoot_location(window, folder, save, place_form)
    shoot_stale_edit(window, folder, save, place_form)
    shoot_delete_and_deleted(window, folder, save)
    shoot_shortcuts(window, folder, save)
    shoot_empty(settings, folder, save, place)
