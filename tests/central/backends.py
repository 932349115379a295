"""The central tests on either backend: the embedded store or PostgreSQL.

``FIELDREPORT_TEST_BACKEND=postgresql`` runs a test session with every central
store on PostgreSQL (the default, ``embedded``, runs them on the SQLCipher
file); CI runs tests/central and tests/net once with each (.ci/run).

On PostgreSQL, ``central_backend`` (session-scoped, autouse) starts one
throwaway cluster for the session (stopped at its end) and gives every
``CentralStore.create`` in the process a new empty database of its own, and
``_database_per_test`` points ``FIELDREPORT_CENTRAL_DATABASE`` at a new one
for each test (what a ``central init`` run as a subprocess takes), dropping
the test's databases after it. Every store a test or a module fixture makes,
and every command it runs, is then on PostgreSQL. Where PostgreSQL is not
installed, the session's tests are skipped. Markers: ``embedded_only`` (about
the SQLCipher file itself), ``postgresql_only`` (about PostgreSQL itself).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from fieldreport.central import store as store_module
from fieldreport.central.store import DATABASE_ENV
from tests.central.pg_cluster import Cluster, throwaway_cluster

BACKEND = os.environ.get("FIELDREPORT_TEST_BACKEND", "embedded").strip() or "embedded"
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

    def made(self, url: str) -> bool:
        return any(url == self.cluster.url(name) for name in self.names)

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
        # as a subprocess takes the one in the environment, made for it).
        chosen = explicit or os.environ.get(DATABASE_ENV) or None
        if explicit is not None or chosen is None or not self.databases.made(chosen):
            return chosen
        if chosen == self.first and not self.used:
            self.used = True
            return chosen
        return self.databases.new()


_pools: list[_Pool] = []


@pytest.fixture(scope="session", autouse=True)
def central_backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """The backend of every store the session's tests (and their fixtures) create."""
    if BACKEND not in ("embedded", "postgresql"):
        raise pytest.UsageError("FIELDREPORT_TEST_BACKEND is embedded or postgresql")
    with pytest.MonkeyPatch.context() as patch:
        if BACKEND != "postgresql":
            patch.delenv(DATABASE_ENV, raising=False)
            yield BACKEND
            return
        try:
            cluster: Cluster = request.getfixturevalue("pg_cluster")
        except pytest.skip.Exception:
            yield "postgresql-missing"
            return
        pool = _Pool(Databases(cluster))
        patch.setattr(store_module, "resolve_database", pool.resolve)
        pool.start(patch)
        _pools.append(pool)
        try:
            yield "postgresql"
        finally:
            _pools.remove(pool)
            pool.databases.drop()


@pytest.fixture(autouse=True)
def _database_per_test(
    central_backend: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    if central_backend == "postgresql-missing":
        pytest.skip("PostgreSQL's server binaries are not installed (apt-get install postgresql)")
    if request.node.get_closest_marker("embedded_only") and central_backend != "embedded":
        pytest.skip("for the embedded session (about the SQLCipher file, or from it)")
    if request.node.get_closest_marker("postgresql_only") and central_backend != "postgresql":
        pytest.skip("about PostgreSQL itself (FIELDREPORT_TEST_BACKEND=postgresql)")
    if central_backend != "postgresql":
        yield
        return
    pool = _pools[-1]
    made = len(pool.databases.names)
    pool.start(monkeypatch)
    yield
    pool.databases.drop(made)
