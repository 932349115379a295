"""When PostgreSQL cannot be reached: one clear message, and a new connection next time.

A server stopped or restarted, a network cut, a backend ended by an
administrator (``pg_terminate_backend``): psycopg raises ``OperationalError``
(or ``InterfaceError`` once the connection is closed). The store turns each
into :class:`~fieldreport.errors.DatabaseUnavailable`, a message naming the
database and its host (never a password) and saying what to do. PostgreSQL
rolls back the transaction that was cut, so nothing is half-written; the
store's next statement connects again (:class:`~.database.PgDatabase`).

A refusal that waiting will not cure (a wrong password, a certificate from
another authority, no TLS, no such database) stays a usage error at opening.
"""

from __future__ import annotations

from typing import Any

from fieldreport.errors import DatabaseUnavailable

#: Words of libpq's and the server's messages that mean "not there now", not "refused".
_GONE = (
    "connection refused",
    "no such file or directory",  # the server's Unix socket is not there (stopped)
    "timeout expired",
    "could not connect",
    "server closed the connection",
    "connection is closed",
    "connection is lost",
    "terminating connection",
    "the database system is starting up",
    "the database system is shutting down",
    "the database system is in recovery mode",
    "network is unreachable",
    "no route to host",
    "could not receive data",
    "could not send data",
    "ssl syscall error",
    "consuming input failed",
    "sending query failed",
)


def is_gone(exc: BaseException) -> bool:
    """Whether ``exc`` (from psycopg) says the server is not reachable now."""
    import psycopg

    if isinstance(exc, psycopg.errors.AdminShutdown | psycopg.errors.CannotConnectNow):
        return True
    if isinstance(exc, psycopg.errors.CrashShutdown | psycopg.errors.IdleSessionTimeout):
        return True
    text = str(exc).lower()
    return isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError) and any(
        word in text for word in _GONE
    )


def unavailable(description: str, exc: BaseException | None = None) -> DatabaseUnavailable:
    """The one message: what happened to which database, and what to do."""
    reason = _reason(exc)
    return DatabaseUnavailable(
        f"The central {description} cannot be reached (the connection was lost or the "
        f"server is down{': ' + reason if reason else ''}). Nothing half-done was kept; "
        "try again once the database server is back."
    )


def _reason(exc: Any) -> str:
    if exc is None:
        return ""
    lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
    reason = lines[-1] if lines else type(exc).__name__
    return reason.rstrip(".")[:200]
