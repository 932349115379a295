"""Records typed into the real window leave no readable trace on disk.

The window is driven the way a person would: a vault is set up through the
setup page, a statement and an incident are written through their forms with
distinctive strings (ASCII, Russian and Kyrgyz letters), one of them is
edited, the vault is locked and the window closed. Then every file under the
vault folder, the home folder (with its XDG data, config, state and cache
folders) and the temporary folder is searched for each string in UTF-8,
UTF-16-LE and UTF-16-BE. Finally the vault is opened again with the core
alone, to prove the records were really saved.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from fieldreport import logging_setup
from fieldreport.core import Session
from fieldreport.settings import Settings
from fieldreport.ui.window import MainWindow
from tests.canary import files_containing
from tests.ui.helpers import PASSPHRASE, click, create_through_setup, editor, fill_required, rows

CANARY_TEXT = "CANARYGUI4471"
CANARY_CYRILLIC = "КАНАРЕЙКАОКНО9083"
CANARY_KYRGYZ = "КАНАРЕЙКАТЕРЕЗЕӨҮҢ6612"
CANARY_NAME = "canary-gui-witness-5518"
CANARY_EDIT = "КАНАРЕЙКАПРАВКА2240"
CANARY_TITLE = "CANARYGUITITLE3307"
CANARIES = [CANARY_TEXT, CANARY_CYRILLIC, CANARY_KYRGYZ, CANARY_NAME, CANARY_EDIT, CANARY_TITLE]


def _logging_to_the_home_folder(monkeypatch) -> logging.Handler | None:
    """The app's own log file (under the test's home), at DEBUG, so it is searched too."""
    monkeypatch.delenv("FIELDREPORT_NO_LOG_FILE", raising=False)
    monkeypatch.setattr(logging_setup, "_configured", False)
    logger = logging.getLogger("fieldreport")
    before = list(logger.handlers)
    monkeypatch.setattr(logger, "level", logger.level)
    logging_setup.setup_logging(logging.DEBUG)
    added = [h for h in logger.handlers if h not in before]
    return added[0] if added else None


def _flush_deletions() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def test_gui_leaves_no_readable_record_text_on_disk(
    qtbot, monkeypatch, tmp_path: Path, isolated_environment: Path, vault_folder: Path
):
    home = isolated_environment
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    handler = _logging_to_the_home_folder(monkeypatch)
    try:
        win = MainWindow(vault_folder, Settings())
        qtbot.addWidget(win)
        win.show()
        create_through_setup(qtbot, win)

        # A witness statement with a name and text in three scripts.
        win.records_page.show_kind("statement")
        form = win.new_record()
        fill_required(form, "statement")
        editor(form, "witness.full_name").edit.setText(CANARY_NAME)
        editor(form, "witness.contact").edit.setText(f"{CANARY_CYRILLIC} +996 555 000 000")
        editor(form, "text").edit.setPlainText(
            f"{CANARY_TEXT} — биз үйдө элек. {CANARY_CYRILLIC}\n{CANARY_KYRGYZ}"
        )
        editor(form, "notes").edit.setPlainText(CANARY_TEXT)
        with qtbot.waitSignal(form.finished):
            click(qtbot, form.save_final_button)

        # An incident.
        win.records_page.show_kind("incident")
        form = win.new_record()
        fill_required(form, "incident")
        editor(form, "title").edit.setText(CANARY_TITLE)
        editor(form, "description").edit.setPlainText(f"{CANARY_CYRILLIC} {CANARY_KYRGYZ}")
        editor(form, "alleged_perpetrators").edit.setText(CANARY_TEXT)
        with qtbot.waitSignal(form.finished):
            click(qtbot, form.save_draft_button)

        # Edit the statement, and look at its history as a person would.
        statement_id = rows(win.records_page.sections["statement"])[0].id
        form = win.edit_record(statement_id)
        editor(form, "text").edit.setPlainText(f"{CANARY_EDIT}\n{CANARY_CYRILLIC}")
        with qtbot.waitSignal(form.finished):
            click(qtbot, form.save_draft_button)
        win.records_page.sections["statement"].select(statement_id)
        history = win.show_history()
        assert history is not None and history.line("text").changed

        # Lock (the history dialog closes with it), then close the window.
        win.lock_action.trigger()
        assert win.session is None
        assert win.stack.currentWidget() is win.unlock_page
        win.close()
        _flush_deletions()
    finally:
        if handler is not None:
            handler.flush()
            logging.getLogger("fieldreport").removeHandler(handler)
            handler.close()

    # The log file exists, so it was really searched.
    assert list(home.rglob("*.log")), "the app's log file was not written under HOME"
    assert vault_folder.is_dir() and any(vault_folder.iterdir())
    for root in (vault_folder, home, temp):
        assert files_containing(root, CANARIES) == [], root
    # And nothing anywhere else under the test's folder.
    assert files_containing(tmp_path, CANARIES) == []

    session = Session.unlock(vault_folder, PASSPHRASE)
    try:
        statement = session.get(statement_id)
        assert statement.revision == 2
        assert statement.data["witness"]["full_name"] == CANARY_NAME
        assert statement.data["text"].startswith(CANARY_EDIT)
        assert CANARY_KYRGYZ in session.get(statement_id, 1).data["text"]
        incidents = session.list("incident")
        assert [s.title for s in incidents] == [CANARY_TITLE]
        incident = session.get(incidents[0].id)
        assert incident.data["description"] == f"{CANARY_CYRILLIC} {CANARY_KYRGYZ}"
    finally:
        session.lock()
