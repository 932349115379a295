"""No window or dialog has two Alt+letter shortcuts on the same letter, in any language.

Walks the real windows the way a person meets them: first start, unlock,
every list, every record form, every prompt and dialog, the menus, in English,
Russian and Kyrgyz. A mnemonic is the letter after a single ``&`` in a button,
check box, group box, tab or menu title, or in a label that has a buddy (a
label without a buddy shows its ``&`` literally and has no mnemonic).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from fieldreport.domain.kinds import KINDS
from fieldreport.ui import i18n
from fieldreport.ui.dialogs.import_dialog import ImportDialog
from tests.media.helpers import run_import
from tests.ui.helpers import PASSPHRASE, WAIT_MS, create_through_setup, unlock_through_page
from tests.ui.media_files import make_photo


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), case-folded."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].casefold()
        i += 1
    return None


def _texts(top: QWidget) -> list[str]:
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.window() is not top or not widget.isVisibleTo(top) and widget is not top:
            continue
        if (
            isinstance(widget, QAbstractButton)
            or isinstance(widget, QLabel)
            and widget.buddy() is not None
        ):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            found.append(widget.title())
        elif isinstance(widget, QTabWidget):
            found.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenuBar):
            found.extend(a.text() for a in widget.actions() if a.isVisible())
    return found


def duplicates(texts: list[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return {letter: names for letter, names in by_letter.items() if len(names) > 1}


class Collector:
    def __init__(self, language: str) -> None:
        self.language = language
        self.problems: list[str] = []
        self.mnemonics = 0  # how many were looked at, so the walk cannot pass empty

    def check(self, where: str, top: QWidget) -> None:
        QApplication.processEvents()
        self.mnemonics += sum(1 for text in _texts(top) if mnemonic(text))
        for letter, names in duplicates(_texts(top)).items():
            self.problems.append(f"{self.language} {where}: Alt+{letter.upper()} in {names}")

    def check_menu(self, where: str, menu: QMenu) -> None:
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        for letter, names in duplicates(texts).items():
            self.problems.append(f"{self.language} {where}: Alt+{letter.upper()} in {names}")


def _last_dialog(win) -> QDialog:
    QApplication.processEvents()
    return win._dialogs[-1]


def _walk_form(c: Collector, win, qtbot, kind: str, record_id: str | None) -> None:
    win.records_page.show_kind(kind)
    form = win.edit_record(record_id) if record_id else win.new_record()
    qtbot.waitExposed(form)
    c.check(f"form {kind} {'saved' if record_id else 'new'}", form)
    links = form.fields.rows["links"].editor
    links.pick()
    picker = [d for d in form.findChildren(QDialog) if d.isVisible() and d is not form][-1]
    c.check("link picker", picker)
    picker.reject()
    # The unsaved-changes prompts: on close, and on quit (with "Keep for later").
    form.fields.rows["notes"].editor.edit.setPlainText("changed")
    form.reject()
    c.check("unsaved changes (close)", form._prompt)
    form._prompt.done(QMessageBox.StandardButton.Cancel)
    form._prompt = None
    form.ask_before_quit(lambda: None)
    c.check("unsaved changes (quit)", form._prompt)
    form.force_close()


def walk(c: Collector, win, qtbot, tmp_path: Path) -> None:
    # First start and unlock.
    c.check("setup page", win)
    from fieldreport.ui.dialogs.restore_backup import RestoreBackupDialog

    restore = RestoreBackupDialog(Path("old.backup"), win.vault_folder, win)
    c.check("restore from a backup", restore)
    restore.done(0)
    create_through_setup(qtbot, win)
    win.lock()
    c.check("unlock page", win)
    recover = win.recover_with_shares()
    c.check("recover with shares", recover)
    recover.done(0)
    unlock_through_page(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.session is not None, timeout=WAIT_MS)
    session = win.session
    photo = make_photo(tmp_path / f"m-{c.language}.jpg")
    _outcomes, summary = run_import(session, [photo])
    ids = {kind: session.add(kind, {"notes": "[DEMO]"}).id for kind in KINDS}
    session.attach_media(ids["incident"], list(summary.media_ids))
    win.refresh()
    for menu in (win.file_menu, win.records_menu, win.sync_menu, win.help_menu):
        c.check_menu(f"menu {menu.title()}", menu)

    for kind in KINDS:
        win.records_page.show_kind(kind)
        c.check(f"list {kind}", win)
    win.set_show_deleted(True)
    c.check("list with deleted", win)
    win.set_show_deleted(False)
    win.records_page.show_media()
    win.records_page.media_section.grid.select_id(summary.media_ids[0])
    c.check("photos and files", win)
    win.records_page.show_sync()
    c.check("sync page", win)

    for kind in KINDS:
        _walk_form(c, win, qtbot, kind, None)
        _walk_form(c, win, qtbot, kind, ids[kind])

    win.records_page.show_kind("incident")
    win.records_page.current_section.select(ids["incident"])
    for opener, where in (
        (win.delete_record, "delete confirmation"),
        (win.show_history, "history"),
        (win.show_settings, "settings"),
        (win.make_recovery_shares, "recovery shares"),
        (win.show_shortcuts, "keyboard shortcuts"),
        (win.show_about, "about"),
    ):
        dialog = opener()
        c.check(where, dialog)
        dialog.done(0)
    win.records_page.show_media()
    viewer = win.open_media(summary.media_ids[0])
    c.check("media viewer", viewer)
    viewer.done(0)
    picker = win.attach_media_to_record(list(summary.media_ids))
    c.check("attach to a record", picker)
    picker.done(0)
    box = win.delete_media(summary.media_ids[0])
    c.check("delete a photo", box)
    box.done(0)
    importer = win.import_media([photo])
    qtbot.waitUntil(lambda: importer.summary is not None, timeout=WAIT_MS)
    c.check("import summary", importer.dialog)
    importer.dialog.done(0)
    progress = ImportDialog(win)
    progress.show_running()
    progress.show()
    c.check("import progress", progress)
    progress.done(0)

    # A photo with GPS seen from a form: "Use this position for the record" is shown.
    win.records_page.show_kind("incident")
    form = win.edit_record(ids["incident"])
    viewer = form.media.open_viewer(summary.media_ids[0])
    assert viewer.panel.location_button.isVisibleTo(viewer)
    c.check("media viewer from a form", viewer)
    viewer.done(0)
    # Forms kept at lock: the restore bar above the lists, and its discard prompt.
    form.fields.rows["notes"].editor.edit.setPlainText("kept at lock")
    win.lock()
    unlock_through_page(qtbot, win, PASSPHRASE)
    qtbot.waitUntil(lambda: win.restore_bar.isVisible(), timeout=WAIT_MS)
    c.check("restore offer", win)
    box = win.discard_unsaved()
    c.check("discard kept forms", box)
    box.done(0)
    # Settings with its Key escrow group (shown only while escrow is agreed), and the
    # dialogs of Restore over this vault… (the question built without a backup).
    from fieldreport.central.organisation import Organisation
    from fieldreport.ui.dialogs.restore_backup import RestoreBackupDialog
    from fieldreport.ui.restore_over_question import restore_over_question

    win.session.join(Organisation.create("Escrow Org").provisioning(offer_escrow=True), True)
    dialog = win.show_settings()
    assert dialog.escrow.isVisibleTo(dialog)
    c.check("settings with key escrow", dialog)
    c.check("withdraw key escrow", dialog.escrow.ask_to_withdraw())
    dialog.done(0)
    over = RestoreBackupDialog(tmp_path / "x.backup", win.vault_folder, win, replacing=True)
    c.check("restore over this vault", over)
    over.done(0)
    box = restore_over_question(win, None, None, lambda _yes: None)
    c.check("restore over: the question", box)
    box.done(0)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_no_window_or_dialog_has_a_duplicate_mnemonic(qtbot, window, tmp_path, language):
    i18n.set_language(language)
    c = Collector(language)
    walk(c, window, qtbot, tmp_path)
    assert c.problems == []
    assert c.mnemonics > 150


def test_the_checker_finds_a_duplicate():
    assert mnemonic("Save as &final") == "f"
    assert mnemonic("Salt && &pepper") == "p"
    assert mnemonic("No mnemonic") is None
    assert duplicates(["Add &files…", "Save as &final", "&Open"]) == {
        "f": ["Add &files…", "Save as &final"]
    }
