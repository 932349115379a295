"""File-like wrappers that hash, count, stop on request and remember what went wrong.

pyrage reports any exception raised by a Python stream as its own error with
only the text; these wrappers keep the original so callers can tell a cancel
from a full disk.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections.abc import Callable
from typing import BinaryIO


class Cancelled(Exception):
    """The person asked to stop."""


class HashingReader(io.RawIOBase):
    """Reads ``source`` once: SHA-256, byte count, optional copy of small files.

    pyrage pulls with ``read(n)``: that is passed straight to ``source`` and
    its bytes handed on as they are (``RawIOBase.read`` would read into a
    fresh buffer and copy it out again), and kept by reference when the file
    is small enough to keep: :meth:`take_kept` joins them once at the end.
    """

    def __init__(
        self,
        source: BinaryIO,
        *,
        keep_up_to: int = 0,
        cancel: Callable[[], bool] | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self._source = source
        self._cancel = cancel
        self._progress = progress
        self._keep_up_to = keep_up_to
        self._kept: list[bytes] | None = [] if keep_up_to > 0 else None
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.failure: BaseException | None = None

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        try:
            if self._cancel is not None and self._cancel():
                raise Cancelled()
            data = self._source.read(-1 if size is None else size)
        except BaseException as exc:
            self.failure = exc
            raise
        if data:
            self._took(data)
        return data

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        try:
            if self._cancel is not None and self._cancel():
                raise Cancelled()
            n = self._source.readinto(buffer)  # type: ignore[attr-defined]
        except BaseException as exc:
            self.failure = exc
            raise
        if not n:
            return 0
        self._took(memoryview(buffer)[:n], copy=True)
        return n

    def _took(self, chunk: bytes | memoryview, *, copy: bool = False) -> None:
        n = len(chunk)
        self.sha256.update(chunk)
        self.size += n
        if self._kept is not None:
            if self.size <= self._keep_up_to:
                self._kept.append(bytes(chunk) if copy else chunk)  # type: ignore[arg-type]
            else:
                self._kept = None  # too large to keep: no thumbnail, memory stays flat
        if self._progress is not None:
            self._progress(n)

    @property
    def kept(self) -> bytes | None:
        """Everything read so far, when the file is small enough to keep (else ``None``)."""
        if self._kept is None:
            return None
        if len(self._kept) != 1:
            self._kept = [b"".join(self._kept)]
        return self._kept[0]

    def take_kept(self) -> bytes | None:
        """:attr:`kept`, then forget it (so only the caller holds the bytes)."""
        kept = self.kept
        self._kept = None
        return kept


class RecordingWriter(io.RawIOBase):
    """Passes writes to ``target`` and remembers the first failure (e.g. a full disk)."""

    def __init__(self, target: BinaryIO, hasher: hashlib._Hash | None = None) -> None:
        self._target = target
        self._hasher = hasher
        self.failure: BaseException | None = None

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[no-untyped-def,override]
        try:
            written = self._target.write(data)
        except BaseException as exc:
            self.failure = exc
            raise
        if self._hasher is not None:
            self._hasher.update(data)
        return written if written is not None else len(data)


class BackgroundWriter(io.RawIOBase):
    """Writes to ``target``'s file descriptor on a helper thread, in the order given.

    The caller's thread (age encrypting, which holds the GIL) only queues its
    chunks; the helper hands everything queued to the system in one call,
    which copies it into the page cache without the GIL, on another core. At
    most ``limit`` bytes wait (then ``write`` waits too): memory stays flat.
    A failure on the helper (a full disk) is raised by the next ``write`` or by
    :meth:`close`. :meth:`close` returns once everything is written;
    :meth:`abandon` stops the helper after a failure elsewhere. ``target``
    must have nothing buffered, and must stay open until either is called.
    """

    def __init__(
        self,
        target: BinaryIO,
        limit: int = 4 * 1024 * 1024,
        hasher: hashlib._Hash | None = None,
    ) -> None:
        self._fd = target.fileno()
        self._hasher = hasher  # updated on the helper with what is written, in order
        self._limit = limit
        self._queue: list[bytes] = []
        self._waiting = 0  # bytes queued or being written
        self._done = False
        self.failure: BaseException | None = None
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="media-writer", daemon=True)
        self._thread.start()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[no-untyped-def,override]
        chunk = data if isinstance(data, bytes) else bytes(data)
        with self._changed:
            while self._waiting >= self._limit and self.failure is None:
                self._changed.wait()
            if self.failure is not None:
                raise self.failure
            self._queue.append(chunk)
            self._waiting += len(chunk)
            self._changed.notify_all()
        return len(chunk)

    def close(self) -> None:
        """Wait until everything is written; raise the helper's failure if there was one."""
        if not self.closed:
            self._stop()
            super().close()
        if self.failure is not None:
            raise self.failure

    def abandon(self) -> None:
        """Stop the helper (what is queued may be dropped); never raises."""
        if not self.closed:
            with self._changed:
                self._queue.clear()
            self._stop()
            super().close()

    def _stop(self) -> None:
        with self._changed:
            self._done = True
            self._changed.notify_all()
        self._thread.join()

    def _run(self) -> None:
        while True:
            with self._changed:
                while not self._queue and not self._done:
                    self._changed.wait()
                if not self._queue:
                    return
                chunks, self._queue = self._queue, []
            try:
                if self._hasher is not None:
                    for chunk in chunks:
                        self._hasher.update(chunk)  # hashlib lets go of the GIL
                _write_all(self._fd, chunks)
            except BaseException as exc:
                with self._changed:
                    self.failure = exc
                    self._queue.clear()
                    self._changed.notify_all()
                return
            with self._changed:
                self._waiting -= sum(len(c) for c in chunks)
                self._changed.notify_all()


def _write_all(fd: int, chunks: list[bytes]) -> None:
    writev = getattr(os, "writev", None)
    if writev is None:  # Windows: one call per chunk (each still without the GIL)
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                view = view[os.write(fd, view) :]
        return
    views = [memoryview(c) for c in chunks]
    while views:
        written = writev(fd, views[:1024])  # IOV_MAX is at least 1024 on Linux
        while views and written >= len(views[0]):
            written -= len(views.pop(0))
        if written:
            views[0] = views[0][written:]
