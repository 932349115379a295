"""Every central test on both backends: the embedded store and PostgreSQL.

``central_backend`` (autouse in tests/central and tests/net, module-scoped so
module fixtures follow it too) runs each module once per backend. For
PostgreSQL it points ``FIELDREPORT_CENTRAL_DATABASE`` at a new, empty database
of a throwaway cluster (one per test session, started by the first test that
needs it, stopped at the end) for each test, and gives every
``CentralStore.create`` in the process a new database of its own, so every
store a test makes, and every ``central init`` it runs, is on PostgreSQL; the
test's databases are dropped after it. Where PostgreSQL is not installed,
those runs are skipped. Markers: ``embedded_only`` (about the SQLCipher file
itself), ``postgresql_only`` (about PostgreSQL itself).
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

    def drop(self, keep: int = 0) -> None:
        """Drop the databases made after the first ``keep``."""
        with self.cluster.connect() as conn:
            conn.autocommit = True
            for name in self.names[keep:]:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        del self.names[keep:]


@pytest.fixture
def pg_databases(pg_cluster: Cluster) -> Iterator[Databases]:
    databases = Databases(pg_cluster)
    yield databases
    databases.drop()


@pytest.fixture
def pg_database(pg_databases: Databases) -> str:
    """A new empty database's URL (dropped after the test)."""
    return pg_databases.new()


class _Pool:
    """While a module runs on PostgreSQL: which database a new store goes to."""

    def __init__(self, databases: Databases) -> None:
        self.databases = databases
        self.first = ""
        self.used = False

    def start(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A new empty database for what is created from now on (a subprocess takes it)."""
        self.first, self.used = self.databases.new(), False
        monkeypatch.setenv(DATABASE_ENV, self.first)

    def resolve(self, explicit: str | None) -> str | None:
        # Each store created in this process gets a database of its own (a command run
        # as a subprocess takes the one in the environment).
        chosen = explicit or os.environ.get(DATABASE_ENV) or None
        if explicit is not None or chosen != self.first:
            return chosen
        if self.used:
            return self.databases.new()
        self.used = True
        return self.first


_pools: dict[str, _Pool] = {}


@pytest.fixture(scope="module", autouse=True, params=BACKENDS)
def central_backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """The backend of every store the module's tests (and module fixtures) create."""
    with pytest.MonkeyPatch.context() as patch:
        if request.param != "postgresql":
            patch.delenv(DATABASE_ENV, raising=False)
            yield str(request.param)
            return
        try:
            cluster: Cluster = request.getfixturevalue("pg_cluster")
        except pytest.skip.Exception:
            yield "postgresql-missing"
            return
        pool = _Pool(Databases(cluster))
        patch.setattr(store_module, "resolve_database", pool.resolve)
        pool.start(patch)
        _pools[request.node.nodeid] = pool
        try:
            yield "postgresql"
        finally:
            del _pools[request.node.nodeid]
            pool.databases.drop()


@pytest.fixture(autouse=True)
def _database_per_test(
    central_backend: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    if central_backend == "postgresql-missing":
        pytest.skip("PostgreSQL's server binaries are not installed (apt-get install postgresql)")
    if request.node.get_closest_marker("embedded_only") and central_backend != "embedded":
        pytest.skip("about the embedded store's own file")
    if request.node.get_closest_marker("postgresql_only") and central_backend != "postgresql":
        pytest.skip("about PostgreSQL itself")
    if central_backend != "postgresql":
        yield
        return
    pool = _pools[_module_id(request)]
    made = len(pool.databases.names)
    pool.start(monkeypatch)
    yield
    pool.databases.drop(made)


def _module_id(request: pytest.FixtureRequest) -> str:
    return next(i for i in _pools if request.node.nodeid.startswith(i + "::"))
