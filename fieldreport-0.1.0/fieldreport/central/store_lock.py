"""Who may write to a central store, and when: short turns, one process at a time.

Several processes open one embedded store at once: the sync server, the
coordinator window, ``central`` commands. SQLite's WAL lets every reader see a
consistent snapshot while one writer commits, so reading needs no lock at all.
Writing does, for more than the database: an import streams media into
``media/`` and keeps bundles in ``pending/`` inside its transaction, and the
sweep that removes what an interrupted import left behind must never run
while another process is between writing such files and committing their
rows. So every change (a transaction, an import, a sweep) takes the store's
*write lock* first:

* ``central.write.lock``: an exclusive file lock (``flock`` on POSIX,
  ``msvcrt`` on Windows) held for one write and let go at once; a second
  writer waits for it (up to :data:`WRITE_WAIT_SECONDS` for a person's command,
  as long as it takes for the sync server), never SQLite's busy loop;
* within one process a re-entrant thread lock in front of it, so nested
  writes (an import's transaction inside the import) take it once.

``central.lock`` is held by the sync server for as long as it runs: one
server per store (its ``uploads/`` folder is its own).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from fieldreport.errors import StoreBusy

WRITE_LOCK_FILE = "central.write.lock"
SERVER_LOCK_FILE = "central.lock"
#: How long a person's command waits for another process's write (an import).
WRITE_WAIT_SECONDS = 120.0
_POLL_SECONDS = 0.02


def _try_lock(handle: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _open(path: Path) -> IO[bytes]:
    return open(path, "a+b")  # noqa: SIM115 - kept open while the store is


class WriteLock:
    """The write lock of one open store (see the module doc)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        #: None: wait as long as it takes (the sync server's imports).
        self.wait_seconds: float | None = WRITE_WAIT_SECONDS
        self._handle: IO[bytes] | None = _open(folder / WRITE_LOCK_FILE)
        self._guard = threading.RLock()
        self._depth = 0

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Hold the lock for the block (re-entrant); raises StoreBusy after the wait."""
        wait = self.wait_seconds
        deadline = None if wait is None else time.monotonic() + wait
        if not self._guard.acquire(timeout=-1 if wait is None else wait):
            raise self._busy()
        try:
            if self._depth == 0:
                self._take(deadline)
            with self._counted():
                yield
        finally:
            self._guard.release()

    @contextlib.contextmanager
    def held_if_free(self) -> Iterator[bool]:
        """Hold the lock for the block only if nobody has it now; yields whether it is held."""
        if not self._guard.acquire(blocking=False):
            yield False
            return
        try:
            if self._depth == 0 and not (self._handle is not None and _try_lock(self._handle)):
                yield False
            else:
                with self._counted():
                    yield True
        finally:
            self._guard.release()

    @contextlib.contextmanager
    def _counted(self) -> Iterator[None]:
        """One more holder in this thread; the file lock goes with the last one."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0 and self._handle is not None:
                _unlock(self._handle)

    def _take(self, deadline: float | None) -> None:
        handle = self._handle
        if handle is None:
            raise StoreBusy("The central store is closed.")
        while not _try_lock(handle):
            if deadline is not None and time.monotonic() > deadline:
                raise self._busy()
            time.sleep(_POLL_SECONDS)

    def _busy(self) -> StoreBusy:
        return StoreBusy(
            f"The central store in {self.folder} stayed busy for {self.wait_seconds:.0f} s "
            "(another FieldReport is writing to it, such as the sync server importing a large "
            "bundle); nothing was changed. Try again in a moment."
        )

    def close(self) -> None:
        with self._guard:
            if self._handle is not None:
                self._handle.close()
                self._handle = None


def hold_server_lock(folder: Path) -> IO[bytes]:
    """The sync server's lock on the store (released when the returned file closes)."""
    handle = _open(folder / SERVER_LOCK_FILE)
    if not _try_lock(handle):
        handle.close()
        raise StoreBusy(
            f"A sync server (central serve) already runs on the central store in {folder}; "
            "one server per store. Stop it first, or use that one."
        )
    return handle
