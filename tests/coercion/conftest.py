"""Fixtures for the coercion tests (settings, erase, wipe after failures).

The command-line runner is the one tests/cli uses: a real vault driven
through ``cli.main`` in this process.
"""

from __future__ import annotations

from tests.cli.conftest import initialised, run

__all__ = ["initialised", "run"]
