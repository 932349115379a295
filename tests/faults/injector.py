"""An in-process I/O fault injector with a seeded, reproducible failure plan.

While :func:`injected` is active, each write-side call made by the code under
test may fail, at random but reproducibly for a seed, with ``ENOSPC`` or
``EIO``, as a full or failing disk would:

* ``os.write``, ``os.fsync``, ``os.replace``, ``os.rename``, ``os.sendfile``
  (``shutil.copyfile``'s fast path);
* ``write`` and ``flush`` on every regular file opened for writing through
  ``open``, ``io.open`` (``Path.open``, ``Path.write_bytes``) or ``os.fdopen``
  (not pipes: a pipe between two threads does not fill a disk);
* SQL statements that change the database (``INSERT``, ``UPDATE``,
  ``DELETE``, ``REPLACE``) sent through sqlite-utils, which fail as SQLite
  reports a full disk or an I/O error (``OperationalError``).

SQLite's own page writes happen in C and are not reached here; its atomic
commit covers them (and ``tests/storage`` kills the process mid-transaction).
Every failure is recorded in ``plan.fired`` so a test can tell that faults
really happened.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import io
import os
import random
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3
import sqlite_utils

ERRNOS = (errno.ENOSPC, errno.EIO)
SQL_ERRORS = {errno.ENOSPC: "database or disk is full", errno.EIO: "disk I/O error"}
CHANGES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@dataclass
class FaultPlan:
    seed: int
    rate: float
    random: random.Random = field(init=False)
    fired: list[tuple[str, int]] = field(default_factory=list)
    calls: int = 0
    active: bool = False  # files opened while injecting stay wrapped: they fail only while on

    def __post_init__(self) -> None:
        self.random = random.Random(self.seed)

    def check(self, call: str) -> None:
        """Fail this call (raise ``OSError``) if the plan says so."""
        if not self.active:
            return
        self.calls += 1
        if self.random.random() < self.rate:
            code = self.random.choice(ERRNOS)
            self.fired.append((call, code))
            raise OSError(code, os.strerror(code))


class _FailingFile:
    """A file opened for writing whose ``write`` and ``flush`` follow the plan."""

    def __init__(self, inner: Any, plan: FaultPlan) -> None:
        self._inner = inner
        self._plan = plan

    def write(self, data: Any) -> int:
        self._plan.check("write")
        return self._inner.write(data)  # type: ignore[no-any-return]

    def flush(self) -> None:
        self._plan.check("flush")
        self._inner.flush()

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._inner)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _regular_fd(fd: int) -> bool:
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode)
    except OSError:
        return False


def _on_disk(handle: Any) -> bool:
    """A regular file (a disk can fail under it), not a pipe or a terminal."""
    try:
        return stat.S_ISREG(os.fstat(handle.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


def _writing(mode: str) -> bool:
    return any(c in mode for c in "wax+")


@contextlib.contextmanager
def injected(plan: FaultPlan) -> Iterator[FaultPlan]:
    """Apply ``plan`` to this process's file and database writes until the block ends."""
    saved = {
        name: getattr(os, name) for name in ("write", "fsync", "replace", "rename", "sendfile")
    }
    real_open, real_io_open, real_fdopen = builtins.open, io.open, os.fdopen
    real_execute = sqlite_utils.Database.execute

    def failing(name: str):  # type: ignore[no-untyped-def]
        real = saved[name]

        def call(*args: Any, **kwargs: Any) -> Any:
            fd = args[0] if name in ("write", "fsync") and args else None
            if not isinstance(fd, int) or _regular_fd(fd):
                plan.check(name)
            return real(*args, **kwargs)

        return call

    def opener(real):  # type: ignore[no-untyped-def]
        def open_(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            handle = real(file, mode, *args, **kwargs)
            return _FailingFile(handle, plan) if _writing(mode) and _on_disk(handle) else handle

        return open_

    def execute(self: sqlite_utils.Database, sql: str, *args: Any, **kwargs: Any) -> Any:
        if sql.lstrip().upper().startswith(CHANGES):
            try:
                plan.check("sql")
            except OSError as exc:
                raise sqlcipher3.OperationalError(SQL_ERRORS[exc.errno or errno.EIO]) from None
        return real_execute(self, sql, *args, **kwargs)

    try:
        for name in saved:
            setattr(os, name, failing(name))
        builtins.open = opener(real_open)  # type: ignore[assignment]
        io.open = opener(real_io_open)  # type: ignore[assignment]
        os.fdopen = opener(real_fdopen)  # type: ignore[assignment]
        sqlite_utils.Database.execute = execute  # type: ignore[method-assign]
        plan.active = True
        yield plan
    finally:
        plan.active = False
        for name, real in saved.items():
            setattr(os, name, real)
        builtins.open, io.open, os.fdopen = real_open, real_io_open, real_fdopen  # type: ignore[assignment]
        sqlite_utils.Database.execute = real_execute  # type: ignore[method-assign]
