"""Where the PostgreSQL central store is, and how to reach it safely.

Rules (docs/central-postgresql.md, "Connecting"):

* the address is a ``postgresql://user@host:port/dbname`` URL (or libpq's
  ``key=value`` form) with **no password in it**: a password on a command
  line ends up in shell histories and process lists;
* the password comes from ``FIELDREPORT_CENTRAL_DATABASE_PASSWORD``, or libpq
  finds it itself (``PGPASSWORD``, a ``.pgpass`` file named by ``PGPASSFILE``
  or in the home folder);
* TLS with the server's certificate checked (``sslmode=verify-full``, the
  default here, or ``verify-ca``), except on a local Unix socket or the
  loopback address (traffic that never leaves the machine);
* messages name the host and the database only, never a password.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from fieldreport.errors import UsageError

DATABASE_ENV = "FIELDREPORT_CENTRAL_DATABASE"
PASSWORD_ENV = "FIELDREPORT_CENTRAL_DATABASE_PASSWORD"
CHECKED_TLS = ("verify-full", "verify-ca")
LOOPBACK = ("127.0.0.1", "::1", "localhost")


@dataclass(frozen=True)
class DatabaseTarget:
    """A checked address: what to pass to ``psycopg.connect`` (the password apart)."""

    params: dict[str, str]
    password: str | None = field(default=None, repr=False)

    @property
    def description(self) -> str:
        """For messages: the database and where it is, nothing secret."""
        return f"database {self.params.get('dbname', '?')} on {self.params.get('host', '?')}"

    def connect_kwargs(self) -> dict[str, str]:
        kwargs = dict(self.params)
        if self.password is not None:
            kwargs["password"] = self.password
        return kwargs


def check_url(url: str, env: Mapping[str, str] = os.environ) -> DatabaseTarget:
    """Check ``url`` by the rules above; UsageError (nothing secret in it) if it breaks one."""
    from psycopg.conninfo import conninfo_to_dict  # only when PostgreSQL is asked for

    if not url.startswith(("postgresql://", "postgres://")) and "=" not in url:
        raise UsageError("A database address starts with postgresql:// .")
    try:
        parsed = conninfo_to_dict(url)
    except Exception:  # noqa: BLE001 - psycopg's message may repeat the URL, password and all
        raise UsageError("The database address could not be read.") from None
    if parsed.get("password"):
        raise UsageError(
            f"Do not put the database password in the address: set {PASSWORD_ENV}, "
            "or keep it in a .pgpass file (PGPASSFILE)."
        )
    params = {k: str(v) for k, v in parsed.items() if v is not None}
    hosts = [h for h in params.get("host", "").split(",") if h]
    if not hosts:
        raise UsageError("The database address names no host (or Unix socket folder).")
    params.setdefault("dbname", params.get("user", ""))
    if not params["dbname"]:
        raise UsageError("The database address names no database.")
    local = all(h.startswith("/") or h in LOOPBACK for h in hosts)
    if not local:
        mode = params.setdefault("sslmode", "verify-full")
        if mode not in CHECKED_TLS:
            raise UsageError(
                "The central database must be reached over TLS with its certificate checked: "
                f"use sslmode=verify-full (or verify-ca), not {mode}."
            )
    return DatabaseTarget(params, env.get(PASSWORD_ENV) or None)
