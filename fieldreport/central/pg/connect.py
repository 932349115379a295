"""Opening the central store's PostgreSQL database (the rules: :mod:`.url`).

Messages name the database and its host, never a password; a database of
another program, or one a newer FieldReport wrote, is refused untouched. A
server that is not there now (stopped, restarting, out of reach) is
:class:`~fieldreport.errors.DatabaseUnavailable` (:mod:`.lost`); one that
refuses (password, certificate, no such database) is a usage error.
"""

from __future__ import annotations

from fieldreport.central.pg import schema
from fieldreport.central.pg.database import PgDatabase
from fieldreport.central.pg.lost import is_gone, unavailable
from fieldreport.central.pg.sealed import Sealer
from fieldreport.central.pg.url import DatabaseTarget, check_url
from fieldreport.errors import UsageError

CONNECT_TIMEOUT_S = 15


def connect(target: DatabaseTarget):  # noqa: ANN201 - psycopg is imported only here
    try:
        import psycopg
        import psycopg.conninfo
    except ImportError:  # pragma: no cover - psycopg is a dependency
        raise UsageError("PostgreSQL support needs psycopg (pip install psycopg).") from None
    try:
        conninfo = psycopg.conninfo.make_conninfo(
            "",
            **target.connect_kwargs(),
            connect_timeout=str(CONNECT_TIMEOUT_S),
            application_name="fieldreport",
        )
        return psycopg.connect(conninfo)
    except psycopg.Error as exc:
        if is_gone(exc):
            raise unavailable(target.description, exc) from None
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise UsageError(f"Could not open the central {target.description}: {reason}") from None


def psycopg_errors() -> tuple[type[BaseException], ...]:
    import psycopg

    return (psycopg.OperationalError, psycopg.InterfaceError)


def open_database(
    url: str, values_key: bytes, *, create: bool = False, migrate: bool = True
) -> PgDatabase:
    """The store's database, its schema brought up to date (``migrate``) or checked.

    ``create``: the database must hold no table yet (a new organisation).
    """
    target = check_url(url)
    conn = connect(target)
    try:
        conn.autocommit = True
        try:
            current = schema.version(conn)
        except psycopg_errors() as exc:
            if is_gone(exc):
                raise unavailable(target.description, exc) from None
            raise
        if create:
            tables = conn.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
            ).fetchone()
            if current != 0 or (tables and tables[0]):
                raise UsageError(
                    f"The {target.description} is not empty: a new central store needs an "
                    "empty database (createdb). Nothing was changed."
                )
        if current > schema.LATEST or migrate:
            schema.migrate(conn)  # refuses a newer schema, changing nothing
        elif current < schema.LATEST:
            raise UsageError(
                "The central database needs an update, which this command does not make: "
                "open it once in the coordinator window or with a command that changes it."
            )
    except BaseException:
        conn.close()
        raise
    return PgDatabase(
        conn,
        Sealer(values_key),
        reconnect=lambda: connect(target),
        description=target.description,
    )
