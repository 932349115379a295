"""A file read and SHA-256'd a few blocks ahead, on a helper thread.

The bundle reader's thread decrypts, parses and stores the items; reading the
bundle file and hashing it (the bundle hash) need not wait for it: both let go
of the GIL, so on a second core they cost the reader's thread nothing. At most
``depth`` blocks of ``block`` bytes wait: memory stays flat.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from types import TracebackType
from typing import Any

DEPTH = 4


class ReadAhead:
    """``read(n)`` from ``handle`` (unbuffered), its bytes hashed and counted on a helper thread.

    Use as a context manager; :meth:`finish` (after the last read) gives the
    SHA-256 and the count of every byte of the file, read to its end.
    """

    def __init__(self, handle: Any, block: int, *, prefix: bytes = b"", depth: int = DEPTH) -> None:
        """``prefix``: the bytes before ``handle``'s position, already read (hashed first)."""
        self._handle = handle
        self._block = block
        self._blocks: queue.Queue[bytes | BaseException] = queue.Queue(depth)
        self._stop = threading.Event()
        self._sha256 = hashlib.sha256(prefix)
        self._count = len(prefix)
        self._current = b""
        self._at = 0
        self._ended = False
        self._thread = threading.Thread(target=self._run, name="bundle-read", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                data = self._handle.read(self._block)
                if data:
                    self._sha256.update(data)  # hashlib lets go of the GIL
                    self._count += len(data)
                self._put(data)
                if not data:
                    return
        except BaseException as exc:  # raised to the reader by its next read
            self._put(exc)

    def _put(self, item: bytes | BaseException) -> None:
        while not self._stop.is_set():
            try:
                self._blocks.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def read(self, n: int = -1) -> bytes:
        if self._at >= len(self._current):
            if self._ended:
                return b""
            item = self._blocks.get()
            if isinstance(item, BaseException):
                self._ended = True
                raise item
            if not item:
                self._ended = True
                return b""
            self._current, self._at = item, 0
        at = self._at
        end = len(self._current) if n < 0 else min(len(self._current), at + n)
        self._at = end
        if at == 0 and end == len(self._current):
            return self._current
        return self._current[at:end]

    def finish(self) -> tuple[str, int]:
        """The file's SHA-256 and size, once everything was read (to the end)."""
        if not self._ended or self._at < len(self._current):
            raise RuntimeError("the file was not read to its end")
        self._thread.join()
        return self._sha256.hexdigest(), self._count

    def close(self) -> None:
        self._stop.set()
        self._thread.join()

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
