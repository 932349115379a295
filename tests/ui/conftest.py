"""Fixtures for the desktop-app tests: offscreen Qt, fast key derivation, private folders.

The root ``tests/conftest.py`` already gives every test its own home and data
folders; here the vault folder is pointed at ``tmp_path`` too.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.ui.helpers import create_through_setup


def pytest_configure(config: pytest.Config) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def _fast_and_private(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    from fieldreport.crypto import kdf

    monkeypatch.setattr(kdf, "TARGET_SECONDS", 0.0)
    monkeypatch.setattr(kdf, "DEFAULT_MEMORY_KIB", kdf.MIN_MEMORY_KIB)
    monkeypatch.setenv("FIELDREPORT_VAULT", str(tmp_path / "vault"))
    yield
    from fieldreport.ui import i18n

    i18n.set_language("en")


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def window(qtbot, vault_folder: Path):
    from fieldreport.settings import Settings
    from fieldreport.ui.window import MainWindow

    win = MainWindow(vault_folder, Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.lock()
    win.idle.detach()


@pytest.fixture
def unlocked(qtbot, window):
    create_through_setup(qtbot, window)
    return window
