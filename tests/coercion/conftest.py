"""Fixtures for the coercion tests (settings, erase, wipe after failures).

The command-line runner is the one tests/cli uses (a real vault driven
through ``cli.main`` in this process); the window fixtures are tests/ui's
(real widgets offscreen, a real vault in ``tmp_path``).
"""

from __future__ import annotations

import os

from tests.cli.conftest import initialised, run
from tests.ui.conftest import _fast_and_private, unlocked, vault_folder, window

__all__ = ["_fast_and_private", "initialised", "run", "unlocked", "vault_folder", "window"]


def pytest_configure() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
