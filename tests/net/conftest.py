"""Fixtures for the network tests: a central store with approved devices, and its server.

On either backend of the central store (FIELDREPORT_TEST_BACKEND, tests/central/backends.py).
"""

from __future__ import annotations

from tests.central.conftest import central, join  # noqa: F401 - fixtures used by name
