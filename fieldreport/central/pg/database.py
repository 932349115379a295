"""A PostgreSQL connection that the central modules use as they use sqlite-utils.

The central modules send SQLite SQL through ``CentralStore.db``. For a store
on PostgreSQL that ``db`` is a :class:`PgDatabase`: the part of sqlite-utils'
``Database`` they use (``execute``, ``executemany``, ``query``, ``table(…)``
with ``insert``, ``insert_all``, ``update``, ``upsert``, ``table_names``,
``atomic``, and ``conn`` with ``BEGIN``/``COMMIT``/``ROLLBACK``), each
statement rewritten by :mod:`fieldreport.central.pg.dialect`. On the way in,
values of sealed columns are sealed (:mod:`fieldreport.central.pg.sealed`) and
a revision's clear facts are added (:mod:`fieldreport.central.pg.clear_facts`);
on the way out, every sealed value is opened, so the modules see what SQLite
would have given them.

The coordinator's record index (``record_index*`` tables) holds titles and
search text in clear: on PostgreSQL it is never stored there but kept in an
in-memory SQLite database of this process, built from the sealed revisions
(every statement naming ``record_index`` goes there).

A writing transaction (``BEGIN IMMEDIATE``) takes a PostgreSQL advisory lock,
so writers queue one at a time across every program and machine, as the
embedded store's write lock has them do; readers never wait. An import is the
exception: it begins without that lock, takes its device's lock
(:meth:`PgDatabase.lock_device`) once the bundle names its device, and the
writers' lock only for its short global section (:meth:`PgDatabase.lock_writes`),
so imports of different devices run at once.

A lost connection (the server stopped or restarted, a network cut, the
backend ended) becomes :class:`~fieldreport.errors.DatabaseUnavailable`
(:mod:`.lost`); the next statement connects again, except inside a
transaction that the loss cut short: that one must end first (its ROLLBACK
is then a no-op: PostgreSQL already rolled it back), so nothing of it is ever
written outside a transaction.
"""

from __future__ import annotations

import contextlib
import decimal
import itertools
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import sqlite_utils

from fieldreport.central.pg import dialect
from fieldreport.central.pg.clear_facts import clear_facts
from fieldreport.central.pg.lost import is_gone, unavailable
from fieldreport.central.pg.sealed import Sealer, is_sealed
from fieldreport.errors import ConcurrentWrite, DatabaseUnavailable

if TYPE_CHECKING:
    import psycopg

_LOCAL = re.compile(r"\brecord_index|\bsqlite_master\b|\btemp\.", re.IGNORECASE)
_CONTROL = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|END)\b", re.IGNORECASE)
_savepoints = itertools.count(1)
#: Statements that only read (a lost connection's read is tried once more on a new one).
_READ = re.compile(r"^\s*(SELECT|WITH|SHOW)\b(?!.*\b(INSERT|UPDATE|DELETE)\b)", re.I | re.S)
T = TypeVar("T")


class Cursor:
    """What ``execute`` returns: the rows already read, as SQLite's cursor gives them."""

    def __init__(
        self,
        rows: list[tuple[Any, ...]],
        names: list[str],
        rowcount: int = -1,
        lastrowid: int | None = None,
    ) -> None:
        self._rows = iter(rows)
        self.description = [(n, None, None, None, None, None, None) for n in names] or None
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    def fetchone(self) -> tuple[Any, ...] | None:
        return next(self._rows, None)

    def fetchall(self) -> list[tuple[Any, ...]]:
        return list(self._rows)

    def fetchmany(self, size: int = 1) -> list[tuple[Any, ...]]:
        return list(itertools.islice(self._rows, size))

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return self._rows

    def close(self) -> None:
        self._rows = iter(())


class PgDatabase:
    """One PostgreSQL connection with the store's sealing key (see the module's text)."""

    def __init__(
        self,
        pg: psycopg.Connection,
        sealer: Sealer,
        *,
        reconnect: Callable[[], psycopg.Connection] | None = None,
        description: str = "PostgreSQL database",
    ) -> None:
        """``reconnect``: a new connection to the same database, after one was lost."""
        pg.autocommit = True
        self.pg = pg
        self.description = description
        self._reconnect = reconnect
        self._began = False  # a transaction this object began and has not ended
        self._turns: list[list[str]] = []  # per import in progress: the devices whose turn it has
        self._sealer = sealer
        self._tables: dict[str, dialect.Table] | None = None
        self._plans: dict[str, dialect.Plan] = {}
        self._local: sqlite_utils.Database | None = None
        self.conn = _Connection(self)

    # -- what sqlite-utils offers ---------------------------------------------------
    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> Any:
        if _LOCAL.search(sql):
            return self.local.execute(sql, parameters or [])
        if _CONTROL.match(sql):
            return self.conn.execute(sql)
        plan = self._plan(sql)
        if plan.pragma is not None:
            return self._pragma(plan.pragma)
        params = self._params(plan, parameters or ())
        statement = plan.sql + (f" RETURNING {plan.identity}" if plan.identity else "")

        def run() -> tuple[Any, list[str], list[tuple[Any, ...]]]:
            cur = self.live().execute(statement, params)  # type: ignore[arg-type]
            names = [d.name for d in cur.description] if cur.description else []
            return cur, names, cur.fetchall() if names else []

        cur, names, rows = self._again_if_lost(run, _READ.match(statement) is not None)
        lastrowid = None
        if names and plan.identity:
            lastrowid = rows[0][0] if rows else None
            rows, names = [], []
        return self._result(sql, rows, names, cur.rowcount, lastrowid)

    def executemany(self, sql: str, many: Iterable[Sequence[Any]]) -> Any:
        if _LOCAL.search(sql):
            return self.local.conn.executemany(sql, many)
        plan = self._plan(sql)
        rows = [self._params(plan, params) for params in many]
        if rows:
            with self.talking(), self.live().cursor() as cur:
                cur.executemany(plan.sql, rows)  # type: ignore[arg-type]
        return Cursor([], [], len(rows))

    def query(self, sql: str, params: Sequence[Any] | None = None) -> Iterator[dict[str, Any]]:
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    def table(self, name: str) -> PgTable:
        return PgTable(self, name)

    def table_names(self) -> list[str]:
        return sorted(self.tables)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[PgDatabase]:
        """A savepoint inside the running transaction (or a transaction of its own)."""
        if not self.conn.in_transaction:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                yield self
            return
        name = f"fr_{next(_savepoints)}"
        self.run(f"SAVEPOINT {name}")
        try:
            yield self
        except BaseException:
            if not self.lost:
                self.run(f"ROLLBACK TO SAVEPOINT {name}")
            raise
        self.run(f"RELEASE SAVEPOINT {name}")

    # -- turns (advisory locks; see the module's text) ---------------------------------
    def lock_device(self, device_id: str) -> None:
        """Wait for this device's turn (other devices go on), held until the import in
        progress ends (:meth:`importing`): past its transaction, so what it keeps after
        a rollback (a held bundle's row) is written before the device's next import looks."""
        turns = self._turns[-1] if self._turns else None
        key = [dialect.DEVICE_LOCK, device_id]
        if turns is None:  # outside an import: for this transaction only
            self.run("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", key)
        elif device_id not in turns:
            self.run("SELECT pg_advisory_lock(%s, hashtext(%s))", key)
            turns.append(device_id)

    def lock_writes(self) -> None:
        """Inside a transaction: wait for the writers' turn, held until it ends."""
        self.run("SELECT pg_advisory_xact_lock(%s)", [dialect.WRITE_LOCK])

    @contextlib.contextmanager
    def importing(self) -> Iterator[None]:
        """An import in progress on this connection: sweeps of other programs wait."""
        self.run("SELECT pg_advisory_lock_shared(%s)", [dialect.SWEEP_LOCK])
        self._turns.append([])
        try:
            yield
        finally:
            devices = self._turns.pop()
            with contextlib.suppress(Exception):  # a lost connection let them go already
                for device_id in devices:
                    self.pg.execute(
                        "SELECT pg_advisory_unlock(%s, hashtext(%s))",
                        [dialect.DEVICE_LOCK, device_id],
                    )
                self.pg.execute("SELECT pg_advisory_unlock_shared(%s)", [dialect.SWEEP_LOCK])

    @contextlib.contextmanager
    def sweeping(self) -> Iterator[bool]:
        """Yields whether no other program's import is in progress (then none starts)."""
        row = self.run("SELECT pg_try_advisory_lock(%s)", [dialect.SWEEP_LOCK]).fetchone()
        free = bool(row and row[0])
        try:
            yield free
        finally:
            if free:
                with contextlib.suppress(Exception):
                    self.pg.execute("SELECT pg_advisory_unlock(%s)", [dialect.SWEEP_LOCK])

    # -- the connection, and losing it -------------------------------------------------
    @property
    def lost(self) -> bool:
        """The connection is gone (closed by the server, the network or a stop)."""
        return bool(self.pg.closed or self.pg.broken)

    def live(self) -> psycopg.Connection:
        """The connection; a new one if the last was lost (never inside a cut transaction)."""
        if not self.lost:
            return self.pg
        if self._began or self._reconnect is None:
            raise unavailable(self.description)
        self.pg = self._reconnect()  # DatabaseUnavailable while the server is still away
        self.pg.autocommit = True
        return self.pg

    @contextlib.contextmanager
    def talking(self) -> Iterator[None]:
        """Turn a lost connection into DatabaseUnavailable (other errors pass as they are)."""
        import psycopg

        try:
            yield
        except (psycopg.errors.UniqueViolation, psycopg.errors.DeadlockDetected) as exc:
            raise ConcurrentWrite(
                f"Another writer met this one on the same row ({exc.sqlstate})."
            ) from exc
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            if self.lost or is_gone(exc):
                if not self.lost:  # ended by the server but not yet noticed: let it go
                    with contextlib.suppress(Exception):
                        self.pg.close()
                raise unavailable(self.description, exc) from None
            raise

    def run(self, statement: str, params: Sequence[Any] | None = None) -> Any:
        """One statement of PostgreSQL's own SQL (no translation, no sealing)."""
        return self._again_if_lost(
            lambda: self.live().execute(statement, params),  # type: ignore[arg-type]
            _READ.match(statement) is not None,
        )

    def _again_if_lost(self, run: Callable[[], T], reads: bool) -> T:
        """``run()``; once more on a new connection if the old one was found lost, when
        that is safe: a statement that only reads, outside any transaction (a connection
        ended while idle, say by a server restart overnight, is noticed only when used)."""
        again = reads and not self._began and not self.lost
        try:
            with self.talking():
                return run()
        except DatabaseUnavailable:
            if not again:
                raise
        with self.talking():
            return run()

    def close(self) -> None:
        self.pg.close()
        if self._local is not None:
            self._local.conn.close()

    # -- the rest ----------------------------------------------------------------------
    @property
    def local(self) -> sqlite_utils.Database:
        """The in-memory SQLite database holding this process's record index."""
        if self._local is None:
            conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA temp_store = MEMORY")
            self._local = sqlite_utils.Database(conn)
        return self._local

    @property
    def tables(self) -> dict[str, dialect.Table]:
        if self._tables is None:
            with self.talking():
                self._tables = _catalog(self.live())
        return self._tables

    def forget_catalog(self) -> None:
        """After migrating: the tables changed."""
        self._tables = None
        self._plans.clear()

    def _plan(self, sql: str) -> dialect.Plan:
        plan = self._plans.get(sql)
        if plan is None:
            plan = self._plans[sql] = dialect.translate(sql, self.tables)
        return plan

    def _params(self, plan: dialect.Plan, given: Sequence[Any]) -> list[Any]:
        params = [int(p) if isinstance(p, bool) else p for p in given]
        facts = None
        if plan.facts_from is not None:
            data = params[plan.facts_from]
            facts = clear_facts(data if isinstance(data, str) else "{}")
        for index, table, column in plan.seal:
            value = params[index]
            if value is not None:
                plain = value if isinstance(value, str | bytes) else str(value)
                params[index] = self._sealer.seal_value(table, column, plain)
        if facts is not None:
            params.append(facts)
        return params

    def _result(
        self,
        sql: str,
        rows: list[tuple[Any, ...]],
        names: list[str],
        rowcount: int,
        lastrowid: int | None,
    ) -> Cursor:
        keep = [
            i
            for i, n in enumerate(names)
            if n not in dialect.HIDDEN or re.search(rf"\b{n}\b", sql, re.IGNORECASE)
        ]
        shown = [names[i] for i in keep]
        whole = len(keep) == len(names)
        opened = [
            tuple(self._value(row[i]) for i in keep) if not whole else tuple(map(self._value, row))
            for row in rows
        ]
        return Cursor(opened, shown, rowcount, lastrowid)

    def _value(self, value: Any) -> Any:
        if isinstance(value, bytes) and is_sealed(value):
            return self._sealer.open_value(value)
        if isinstance(value, decimal.Decimal):
            return int(value) if value == value.to_integral_value() else float(value)
        if isinstance(value, memoryview):
            return bytes(value)
        return value

    def _pragma(self, pragma: str) -> Cursor:
        name = pragma.split("=")[0].strip().lower()
        if name == "data_version":
            # Changes whenever any transaction began or ended since: a commit by
            # another program (an approval while the server runs) is never missed.
            row = self.run("SELECT pg_current_snapshot()::text").fetchone()
            return Cursor([(row[0] if row else "",)], ["data_version"])
        found = re.fullmatch(r"table_info\((\w+)\)", name)
        if found:
            table = self.tables.get(found.group(1))
            columns = [c for c in table.columns if c not in dialect.HIDDEN] if table else []
            rows = [(i, c, "", 0, None, int(c in table.pk)) for i, c in enumerate(columns)]  # type: ignore[union-attr]
            return Cursor(rows, ["cid", "name", "type", "notnull", "dflt_value", "pk"])
        return Cursor([], [])  # SQLite's tuning (cache size, timeouts): nothing to do here


class PgTable:
    """``db.table(name)``: the writes the central modules make through sqlite-utils."""

    def __init__(self, db: PgDatabase, name: str) -> None:
        self.db = db
        self.name = name
        self.last_pk: Any = None

    def insert(self, record: dict[str, Any], **options: Any) -> PgTable:
        return self.insert_all([record], **options)

    def insert_all(
        self,
        records: Iterable[dict[str, Any]],
        *,
        replace: bool = False,
        ignore: bool = False,
        pk: Any = None,
        **_options: Any,
    ) -> PgTable:
        rows = list(records)
        if not rows:
            return self
        columns = list(rows[0])
        mode = " OR REPLACE" if replace else " OR IGNORE" if ignore else ""
        sql = (
            f"INSERT{mode} INTO {self.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        if len(rows) == 1:
            cursor = self.db.execute(sql, [rows[0].get(c) for c in columns])
            self.last_pk = cursor.lastrowid
        else:
            self.db.executemany(sql, ([r.get(c) for c in columns] for r in rows))
        return self

    def upsert(self, record: dict[str, Any], pk: str | Sequence[str], **_options: Any) -> PgTable:
        keys = [pk] if isinstance(pk, str) else list(pk)
        columns = list(record)
        updates = [c for c in columns if c not in keys]
        sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in updates)
        tail = f"DO UPDATE SET {sets}" if updates else "DO NOTHING"
        plan = dialect.translate(
            f"INSERT INTO {self.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            self.db.tables,
        )
        statement = plan.sql + f" ON CONFLICT ({', '.join(keys)}) {tail}"
        self.db.run(statement, self.db._params(plan, [record[c] for c in columns]))
        return self

    def update(self, pk_value: Any, updates: dict[str, Any], **_options: Any) -> PgTable:
        table = self.db.tables[self.name]
        keys = table.pk
        values = list(pk_value) if isinstance(pk_value, list | tuple) else [pk_value]
        sets = ", ".join(f"{c} = ?" for c in updates)
        where = " AND ".join(f"{k} = ?" for k in keys)
        self.db.execute(
            f"UPDATE {self.name} SET {sets} WHERE {where}", [*updates.values(), *values]
        )
        return self


class _Connection:
    """``db.conn``: transactions as SQLite's connection takes them, on both databases."""

    def __init__(self, db: PgDatabase) -> None:
        self._db = db

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        if self._db.lost:  # what it began was rolled back by the server: ROLLBACK is due
            return self._db._began
        return self._db.pg.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> Any:
        found = _CONTROL.match(sql)
        if found is None:
            return self._db.execute(sql, parameters)
        word = found.group(1).upper()
        local = self._db._local
        if word == "BEGIN":
            self._db.run("BEGIN")
            self._db._began = True
            if "IMMEDIATE" in sql.upper() or "EXCLUSIVE" in sql.upper():
                self._db.lock_writes()
            if local is not None and not local.conn.in_transaction:
                local.conn.execute("BEGIN")
        else:
            word = "COMMIT" if word == "END" else word
            began, self._db._began = self._db._began, False
            if self._db.lost:
                if local is not None and local.conn.in_transaction:
                    local.conn.execute("ROLLBACK")
                if word == "COMMIT" and began:  # nothing of it was kept
                    raise unavailable(self._db.description)
                return Cursor([], [])
            if self.in_transaction:
                self._db.run(word)
            if local is not None and local.conn.in_transaction:
                local.conn.execute(word)
        return Cursor([], [])

    def executemany(self, sql: str, many: Iterable[Sequence[Any]]) -> Any:
        return self._db.executemany(sql, many)

    def set_progress_handler(self, handler: Any, steps: int) -> None:
        """Stops apply to the in-memory index; a PostgreSQL statement runs to its end."""
        self._db.local.conn.set_progress_handler(handler, steps)

    def interrupt(self) -> None:
        self._db.local.conn.interrupt()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> _Connection:
        return self

    def __exit__(self, kind: object, *_rest: object) -> None:
        self.execute("ROLLBACK" if kind is not None else "COMMIT")


def _catalog(pg: psycopg.Connection) -> dict[str, dialect.Table]:
    rows = pg.execute(
        "SELECT c.table_name, c.column_name, c.is_identity FROM information_schema.columns c "
        "WHERE c.table_schema = current_schema() ORDER BY c.table_name, c.ordinal_position"
    ).fetchall()
    pks = pg.execute(
        "SELECT t.relname, a.attname FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
        "JOIN pg_namespace n ON n.oid = t.relnamespace "
        "JOIN unnest(i.indkey) WITH ORDINALITY k(attnum, ord) ON true "
        "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum "
        "WHERE i.indisprimary AND n.nspname = current_schema() ORDER BY t.relname, k.ord"
    ).fetchall()
    keys: dict[str, list[str]] = {}
    for table, column in pks:
        keys.setdefault(table, []).append(column)
    columns: dict[str, list[str]] = {}
    identity: dict[str, str] = {}
    for table, column, is_identity in rows:
        columns.setdefault(table, []).append(column)
        if is_identity == "YES":
            identity[table] = column
    return {
        t: dialect.Table(tuple(cols), tuple(keys.get(t, ())), identity.get(t))
        for t, cols in columns.items()
        if t != "schema_migrations"
    }
