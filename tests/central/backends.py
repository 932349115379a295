"""Every central test on both backends: the embedded store and PostgreSQL.

``central_backend`` (autouse in tests/central and tests/net) runs each test
once per backend. For PostgreSQL it points ``FIELDREPORT_CENTRAL_DATABASE`` at
a new, empty database of a throwaway cluster (one per test session, started
by the first test that needs it, stopped at the end), so every
``CentralStore.create`` and ``central init`` of the test makes its store
there. Where PostgreSQL is not installed, those runs are skipped.
``FIELDREPORT_TEST_BACKENDS=embedded`` (or ``postgresql``) runs one only.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from fieldreport.central import store as store_module
from fieldreport.central.store import DATABASE_ENV
from tests.central.pg_cluster import Cluster, throwaway_cluster

BACKENDS = [
    b.strip() for b in os.environ.get("FIELDREPORT_TEST_BACKENDS", "embedded,postgresql").split(",")
]
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    with throwaway_cluster() as cluster:
        yield cluster


class Databases:
    """New empty databases of the cluster, dropped after the test."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self.names: list[str] = []

    def new(self) -> str:
        """A new database's URL."""
        return self.cluster.url(self.new_name())

    def new_name(self) -> str:
        name = self.cluster.new_database(f"t{os.getpid()}_{next(_numbers)}")
        self.names.append(name)
        return name

    def drop(self) -> None:
        with self.cluster.connect() as conn:
            conn.autocommit = True
            for name in self.names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_databases(pg_cluster: Cluster) -> Iterator[Databases]:
    databases = Databases(pg_cluster)
    yield databases
    databases.drop()


@pytest.fixture
def pg_database(pg_databases: Databases) -> str:
    """A new empty database's URL (dropped after the test)."""
    return pg_databases.new()


@pytest.fixture(autouse=True, params=BACKENDS)
def central_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.node.get_closest_marker("embedded_only") and request.param != "embedded":
        pytest.skip("about the embedded store's own file")
    if request.node.get_closest_marker("postgresql_only") and request.param != "postgresql":
        pytest.skip("about PostgreSQL itself")
    if request.param == "postgresql":
        databases: Databases = request.getfixturevalue("pg_databases")
        first = databases.new()
        monkeypatch.setenv(DATABASE_ENV, first)
        used: list[str] = []

        def fresh(explicit: str | None) -> str | None:
            # Each store the test creates in this process gets a database of its own
            # (a command run as a subprocess takes the first from the environment).
            if explicit is not None or os.environ.get(DATABASE_ENV) != first:
                return explicit or os.environ.get(DATABASE_ENV) or None
            used.append(first if not used else databases.new())
            return used[-1]

        monkeypatch.setattr(store_module, "resolve_database", fresh)
    else:
        monkeypatch.delenv(DATABASE_ENV, raising=False)
    return str(request.param)
