"""Where a bundle reader puts items while it checks them.

A sink receives each item's bytes as they are decrypted, before the bundle as
a whole is known to be good; the reader calls ``discard()`` when anything
fails, and the caller may use what the sink holds only once ``read_bundle``
has returned.
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path
from typing import BinaryIO, Protocol

from fieldreport.sync.bundle_format import ManifestItem


class ItemSink(Protocol):
    def open(self, item: ManifestItem) -> BinaryIO:
        """A writable for the item's bytes; the reader closes it when the item is complete."""

    def discard(self) -> None:
        """Forget everything received (the bundle was refused)."""


class MemorySink:
    """Items kept in memory (small bundles, tests); ``items`` maps item id to bytes."""

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def open(self, item: ManifestItem) -> BinaryIO:
        sink = self

        class _Buffer(io.BytesIO):
            def close(self) -> None:
                sink.items[item.id] = self.getvalue()
                super().close()

        return _Buffer()

    def discard(self) -> None:
        self.items.clear()


class CountingSink:
    """Items checked (size and hash, by the reader) and then forgotten: nothing is kept."""

    def open(self, item: ManifestItem) -> BinaryIO:
        return _Nowhere()  # type: ignore[return-value]

    def discard(self) -> None:
        pass


class _Nowhere(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[no-untyped-def,override]
        return len(data)


class StagingSink:
    """Items written into a caller-given staging folder, named by position only."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.paths: dict[str, Path] = {}

    def open(self, item: ManifestItem) -> BinaryIO:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self.folder / f"{len(self.paths):06d}.item"
        self.paths[item.id] = path
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        return os.fdopen(fd, "wb")

    def discard(self) -> None:
        for path in self.paths.values():
            with contextlib.suppress(OSError):
                path.unlink()
        self.paths.clear()
