"""Fixtures for the network tests: a central store with approved devices, and its server.

Every test runs on both backends of the central store (tests/central/backends.py).
"""

from __future__ import annotations

from tests.central.backends import (  # noqa: F401 - fixtures used by name
    _database_per_test,
    central_backend,
    pg_cluster,
    pg_database,
    pg_databases,
)
from tests.central.conftest import central, join  # noqa: F401 - fixtures used by name
