"""Writing the bundle's inner tar stream: ustar members, written as they are produced.

Only regular files, mode 0600, owner 0, one fixed time; names are short enough
for plain ustar headers (no pax or GNU extensions), and sizes are declared in
the header before the data, so every item must know its size up front. Each
member's bytes are counted (and, when asked, hashed) as they pass: a source
that delivers other bytes than announced stops the bundle.
"""

from __future__ import annotations

import hashlib
import io
import tarfile
from collections.abc import Callable
from typing import Any, BinaryIO

BLOCK = tarfile.BLOCKSIZE
RECORD = tarfile.RECORDSIZE


class ItemMismatch(Exception):
    """An item's source delivered other bytes than its manifest entry announced."""


def header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o600
    info.type = tarfile.REGTYPE
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info.tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict")


class _Member(io.RawIOBase):
    def __init__(self, target: BinaryIO, name: str, size: int, hashed: bool) -> None:
        self._target = target
        self._name = name
        self._left = size
        self.hasher = hashlib.sha256() if hashed else None

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        n = len(data)
        if n > self._left:
            raise ItemMismatch(f"item {self._name} is larger than announced")
        self._target.write(data)
        if self.hasher is not None:
            self.hasher.update(data)
        self._left -= n
        return n


class TarWriter:
    def __init__(self, target: BinaryIO, mtime: int) -> None:
        self._target = target
        self._mtime = mtime
        self.written = 0

    def add(
        self,
        name: str,
        size: int,
        fill: Callable[[BinaryIO], object],
        sha256: str | None = None,
    ) -> None:
        """Write one member; ``fill`` writes exactly ``size`` bytes (hashed if ``sha256``)."""
        self._write(header(name, size, self._mtime))
        member = _Member(self._target, name, size, hashed=sha256 is not None)
        fill(member)  # type: ignore[arg-type]
        if member._left:
            raise ItemMismatch(f"item {name} is smaller than announced")
        if member.hasher is not None and member.hasher.hexdigest() != sha256:
            raise ItemMismatch(f"item {name} changed while the bundle was written")
        self.written += size
        self._write(bytes(-size % BLOCK))

    def add_bytes(self, name: str, data: bytes) -> None:
        self.add(name, len(data), lambda out: out.write(data))

    def close(self) -> None:
        """End of archive: two zero blocks, padded to a whole record, as tar does."""
        self._write(bytes(2 * BLOCK))
        self._write(bytes(-self.written % RECORD))

    def _write(self, data: bytes) -> None:
        self._target.write(data)
        self.written += len(data)
