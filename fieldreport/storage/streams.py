"""File-like wrappers that hash, count, stop on request and remember what went wrong.

pyrage reports any exception raised by a Python stream as its own error with
only the text; these wrappers keep the original so callers can tell a cancel
from a full disk.
"""

from __future__ import annotations

import hashlib
import io
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
