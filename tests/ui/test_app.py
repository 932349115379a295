"""The entry point: command-line options and the first page shown."""

from __future__ import annotations

import subprocess
import sys

from fieldreport.core import Session
from fieldreport.ui import i18n
from fieldreport.ui.app import build_window, parse_args
from tests.ui.helpers import PASSPHRASE


def test_options():
    args = parse_args(["--vault", "/x", "--lang", "ky", "--demo"])
    assert (args.vault, args.lang, args.demo) == ("/x", "ky", True)
    assert parse_args([]).vault is None
    assert parse_args(["--lang", "tg"]).lang == "tg"


def test_existing_vault_opens_on_the_unlock_page(qtbot, vault_folder):
    Session.create(vault_folder, PASSPHRASE).lock()
    window = build_window(parse_args(["--vault", str(vault_folder), "--lang", "ru"]))
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.unlock_page
    assert window.session is None
    assert i18n.current_language() == "ru"
    assert window.settings.language == "ru"


def test_vault_from_environment(qtbot, vault_folder):
    window = build_window(parse_args([]))
    qtbot.addWidget(window)
    assert window.vault_folder == vault_folder
    assert window.stack.currentWidget() is window.setup_page


def test_demo_opens_with_samples_and_shows_passphrase(qtbot):
    window = build_window(parse_args(["--demo"]))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.session is not None, timeout=30_000)
    assert window.demo_passphrase in window.banner.text()
    assert not window.banner.isHidden()
    assert sum(window.records_page.counts.values()) > 0
    window.lock()
    assert window.stack.currentWidget() is window.unlock_page
    window.close()


def test_python_dash_m_help():
    result = subprocess.run(
        [sys.executable, "-m", "fieldreport", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert "--demo" in result.stdout
