"""Quitting (Ctrl+Q, closing the window, SIGTERM), the first window size, focus after forms."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication

from fieldreport.core import Session
from fieldreport.paths import log_dir
from fieldreport.ui.window import DEFAULT_SIZE, initial_geometry, restored_geometry
from tests.ui.helpers import PASSPHRASE, WAIT_MS, click, fill_required


@pytest.fixture
def quit_calls(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    calls: list[bool] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: calls.append(True))
    return calls


def test_ctrl_q_locks_then_quits(qtbot, unlocked, quit_calls):
    win = unlocked
    session = win.session
    qtbot.keyClick(win, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert session.locked
    assert win.session is None
    assert not win.isVisible()
    assert quit_calls == [True]


def test_quit_is_next_to_lock_in_the_toolbar(unlocked):
    actions = unlocked.toolbar.actions()
    assert actions.index(unlocked.quit_action) == actions.index(unlocked.lock_action) + 1
    assert unlocked.quit_action.text() == "&Quit"


def test_ctrl_q_works_while_locked(qtbot, window, quit_calls):
    assert not window.toolbar.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert quit_calls == [True]


def test_closing_the_window_locks(qtbot, unlocked):
    session = unlocked.session
    assert unlocked.close()
    assert session.locked
    assert unlocked.session is None


def test_quit_with_unsaved_form_asks_first(qtbot, unlocked, quit_calls):
    win = unlocked
    form = win.new_record()
    form.fields.rows["title"].editor.edit.setText("Not yet saved")
    assert not win.quit_app()
    assert quit_calls == []
    assert win.session is not None and not win.session.locked
    form.force_close()


def _prompt_button(form, text: str):
    [button] = [b for b in form._prompt.buttons() if b.text() == text]
    return button


def test_quit_with_unsaved_form_can_keep_it_for_later(qtbot, unlocked, vault_folder, quit_calls):
    win = unlocked
    form = win.new_record()
    form.fields.rows["title"].editor.edit.setText("For after the next unlock")
    assert not win.quit_app()
    with qtbot.waitSignal(form.finished):
        _prompt_button(form, "Keep for &later").click()
    qtbot.waitUntil(lambda: quit_calls == [True])  # quitting goes on
    assert win.session is None
    assert not win.isVisible()
    session = Session.unlock(vault_folder, PASSPHRASE)
    try:
        assert [k.data["title"] for k in session.autosaved()] == ["For after the next unlock"]
        assert session.count() == 0
    finally:
        session.lock()


def test_quit_with_unsaved_form_can_save_a_draft_and_go_on(qtbot, unlocked, quit_calls):
    win = unlocked
    session = win.session
    form = win.new_record()
    form.fields.rows["title"].editor.edit.setText("Saved on the way out")
    win.close()  # the window's close button asks the same
    with qtbot.waitSignal(form.finished):
        _prompt_button(form, "Save &draft").click()
    qtbot.waitUntil(lambda: quit_calls == [True])
    assert session.locked
    reopened = Session.unlock(session.folder, PASSPHRASE)
    try:
        assert reopened.count("incident") == 1
        assert reopened.autosaved() == []
    finally:
        reopened.lock()


def test_quit_now_keeps_unsaved_form(qtbot, unlocked, vault_folder, quit_calls):
    """What SIGTERM does: lock at once (the form is kept), like auto-lock, then quit."""
    win = unlocked
    session = win.session
    form = win.new_record()
    form.fields.rows["title"].editor.edit.setText("Not yet saved")
    with qtbot.waitSignal(form.finished):
        win.quit_now()
    assert session.locked
    assert not win.isVisible()
    assert quit_calls == [True]
    reopened = Session.unlock(vault_folder, PASSPHRASE)
    try:
        assert [k.data["title"] for k in reopened.autosaved()] == ["Not yet saved"]
    finally:
        reopened.lock()


def test_unlock_finishing_after_close_is_locked(qtbot, window, vault_folder):
    Session.create(vault_folder, PASSPHRASE).lock()
    window.close()
    late = Session.unlock(vault_folder, PASSPHRASE)
    window._opened(late)
    assert late.locked
    assert window.session is None


@pytest.mark.parametrize(
    ("screen", "available", "maximised"),
    [
        (QSize(1366, 768), QRect(0, 0, 1366, 728), True),
        (QSize(1280, 1024), QRect(0, 0, 1280, 984), True),
        (QSize(1600, 768), QRect(0, 0, 1600, 728), True),
        (QSize(1440, 900), QRect(0, 0, 1440, 860), True),  # 1280×800 + frame does not fit
        (QSize(1920, 1080), QRect(0, 0, 1920, 1040), False),
        (QSize(2560, 1440), QRect(0, 0, 2560, 1400), False),
    ],
)
def test_initial_geometry(screen, available, maximised):
    geometry = initial_geometry(screen, available)
    if maximised:
        assert geometry is None
    else:
        assert geometry.size() == DEFAULT_SIZE
        assert geometry.center() == available.center()


def test_restored_geometry_fits_a_small_screen():
    available = QRect(0, 0, 1366, 728)
    geometry = restored_geometry(available)
    assert available.contains(geometry)
    assert geometry.height() <= 728 - 80
    assert geometry.width() == DEFAULT_SIZE.width()


def test_show_on_screen_maximises_on_a_small_screen(qtbot, window):
    window.hide()
    window.show_on_screen()  # the offscreen screen is smaller than 1366×768
    assert window.isMaximized()


def _focus_elsewhere(win) -> None:
    win.focus_search()
    assert win.focusWidget() is win.records_page.current_section.search


def test_focus_returns_to_the_list_after_a_form(qtbot, unlocked):
    win = unlocked
    view = win.records_page.current_section.view
    _focus_elsewhere(win)
    form = win.new_record()
    qtbot.waitExposed(form)
    fill_required(form, "incident")
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.save_final_button)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)

    _focus_elsewhere(win)
    form = win.edit_record()
    qtbot.waitExposed(form)
    with qtbot.waitSignal(form.finished):
        qtbot.keyClick(form, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    # The window's shortcuts work straight away.
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.stack.currentWidget() is win.unlock_page


def test_focus_stays_on_the_unlock_page_when_a_form_is_locked(qtbot, unlocked):
    win = unlocked
    form = win.new_record()
    qtbot.waitExposed(form)
    with qtbot.waitSignal(form.finished):
        win.lock()
    qtbot.wait(20)
    assert win.focusWidget() is win.unlock_page.passphrase


@pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM delivery on Windows")
def test_sigterm_locks_and_exits_cleanly(tmp_path: Path, vault_folder: Path):
    Session.create(vault_folder, PASSPHRASE).lock()
    log_file = log_dir() / "fieldreport.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FIELDREPORT_NO_LOG_FILE", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "fieldreport", "--vault", str(vault_folder)],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + WAIT_MS / 1000
        while "Desktop app started" not in (
            log_file.read_text("utf-8") if log_file.exists() else ""
        ):
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the app did not start"
            time.sleep(0.05)
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0, process.stderr.read().decode()
        assert time.monotonic() - started < 5
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert f"Signal {int(signal.SIGTERM)} received" in log_file.read_text("utf-8")


def test_ctrl_q_inside_a_form_locks_and_quits(qtbot, unlocked, monkeypatch):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QShortcut

    quits = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    win = unlocked
    session = win.session
    form = win.new_record()
    quit_key = win.quit_action.shortcut()
    shortcut = next(s for s in form.findChildren(QShortcut) if s.key() == quit_key)
    shortcut.activated.emit()  # Ctrl+Q while the (unchanged) form is open
    assert quits and session.locked
