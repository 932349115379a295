"""A bundle's small items on disk while an import checks them: encrypted, memory bounded.

The items of a bundle other than media originals (the custody-log stretch,
up to 1 GiB; record revisions, up to 16 MiB each; media descriptions) must
wait until the whole bundle is read before they are checked against the
custody log. They wait here, not in memory, so that a hostile but approved
device cannot make the centre (the sync server, a coordinator's window) run
out of memory with a format-valid bundle.

The spool is one file per import in the store's ``spool/`` folder. The items
are written one after the other as one stream of plaintext, cut into blocks of
:data:`BLOCK` bytes, each sealed with AES-256-GCM under a key made at random
for this import and held only in this process's memory (never written, never
derived from anything on disk); block *n* uses the nonce *n*, so the file is a
short fixed header (:data:`HEADER`, nothing secret) and then a fixed-size array
of blocks, and an item is found by its offset. A spool left by
a crash therefore cannot be read by anyone, and it is removed the next time
the store opens (:func:`sweep`; the file is locked while in use, so a sweep by
another program does not remove a spool that is being written).

Memory held: the block being written, the last block read, and per item its
offset and size (at most ``bundle_format.MAX_ITEMS`` of them).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import secrets
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldreport.storage import part_files
from fieldreport.storage.files import make_private_folder

FOLDER = "spool"
SUFFIX = ".spool"
BLOCK = 64 * 1024  # plaintext bytes per sealed block
#: The file starts with these bytes, never read back: the writer's lock holds its first
#: byte, and on Windows a lock keeps every other handle from reading the bytes it holds.
HEADER = b"fieldreport spool, AES-256-GCM\n\x00"
TAG = 16
SEALED = BLOCK + TAG
READ = 1024 * 1024  # bytes pulled from the bundle at a time


class ItemSpool:
    """Items written once (:meth:`write`) and read back any number of times (:meth:`read`)."""

    def __init__(self, folder: Path) -> None:
        make_private_folder(folder)
        self.path = folder / f"{secrets.token_hex(16)}{SUFFIX}"
        self._aead: AESGCM | None = AESGCM(AESGCM.generate_key(bit_length=256))
        self._exit = contextlib.ExitStack()
        self._held: list[BinaryIO] = []
        # Created private and locked (part_files): a sweep leaves a spool in use alone.
        self._out = self._exit.enter_context(part_files.writing(self.path, self._held, sync=False))
        self._out.write(HEADER)
        self._in: BinaryIO | None = None
        self._pending = bytearray()  # plaintext of the block not sealed yet
        self._blocks = 0  # sealed blocks written
        self._flushed = 0  # sealed blocks on disk (not in the write buffer)
        self._where: dict[str, tuple[int, int]] = {}  # item id -> (plaintext offset, size)
        self._cached: tuple[int, bytes] | None = None  # the last block read, opened

    @property
    def _size(self) -> int:
        return self._blocks * BLOCK + len(self._pending)

    def write(self, item_id: str, source: BinaryIO, first: bytes = b"") -> str:
        """Spool ``first`` then ``source`` to its end as item ``item_id``; returns their SHA-256."""
        hasher = hashlib.sha256(first)
        start = self._size
        self._add(first)
        while chunk := source.read(READ):
            hasher.update(chunk)
            self._add(chunk)
        self._where[item_id] = (start, self._size - start)
        return hasher.hexdigest()

    def _add(self, data: bytes) -> None:
        if len(data) < BLOCK - len(self._pending):  # most items: into the open block
            self._pending += data
            return
        view = memoryview(data)
        while view:
            room = BLOCK - len(self._pending)
            self._pending += view[:room]
            view = view[room:]
            if len(self._pending) == BLOCK:
                self._out.write(self._seal(self._blocks, bytes(self._pending)))
                self._blocks += 1
                self._pending.clear()

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._where

    def __len__(self) -> int:
        return len(self._where)

    def ids(self) -> Iterator[str]:
        return iter(self._where)

    def size(self, item_id: str) -> int:
        return self._where[item_id][1]

    def read(self, item_id: str) -> bytes:
        """The whole item (for items bounded small: a revision, a description)."""
        if self._aead is None:
            raise ValueError("the spool is closed")
        at, size = self._where[item_id]
        end = at + size
        parts = []
        while at < end:
            parts.append(self._chunk(at, end - at))
            at += len(parts[-1])
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def open(self, item_id: str) -> BinaryIO:
        """The item as a stream, opened block by block as it is read (the custody log)."""
        if self._aead is None:
            raise ValueError("the spool is closed")
        start, size = self._where[item_id]
        return io.BufferedReader(_ItemReader(self, start, size), READ)

    def _chunk(self, offset: int, n: int) -> bytes:
        """Up to ``n`` plaintext bytes from ``offset``, within one block."""
        index, within = divmod(offset, BLOCK)
        if index == self._blocks:
            block = bytes(self._pending)
        elif self._cached is not None and self._cached[0] == index:
            block = self._cached[1]
        else:
            block = self._open_block(index)
            self._cached = (index, block)
        return block[within : within + n]

    def _open_block(self, index: int) -> bytes:
        if self._aead is None:
            raise ValueError("the spool is closed")
        if index >= self._flushed:
            self._out.flush()
            self._flushed = self._blocks
        if self._in is None:
            self._in = self.path.open("rb", buffering=0)
        self._in.seek(len(HEADER) + index * SEALED)
        sealed = self._in.read(SEALED)
        return self._aead.decrypt(_nonce(index), sealed, None)

    def _seal(self, index: int, plain: bytes) -> bytes:
        assert self._aead is not None
        return self._aead.encrypt(_nonce(index), plain, None)

    def close(self) -> None:
        """Forget the key and remove the file (safe to call twice)."""
        if self._aead is None:
            return
        self._aead = None
        self._cached = None
        self._pending.clear()
        self._where.clear()
        if self._in is not None:
            self._in.close()
        with contextlib.suppress(OSError):  # a spool thrown away need not flush (full disk)
            self._exit.close()
        for handle in self._held:
            part_files.release(handle)
        part_files.release(self._out)  # when flushing failed, it was not handed to _held
        with contextlib.suppress(OSError):
            self.path.unlink()

    def __enter__(self) -> ItemSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SpooledItems(Mapping[str, bytes]):
    """``spool[item_id]`` as bytes: what a reader of the old in-memory ``items`` expects."""

    def __init__(self, spool: ItemSpool) -> None:
        self._spool = spool

    def __getitem__(self, item_id: str) -> bytes:
        if item_id not in self._spool:
            raise KeyError(item_id)
        return self._spool.read(item_id)

    def __iter__(self) -> Iterator[str]:
        return self._spool.ids()

    def __len__(self) -> int:
        return len(self._spool)


class _ItemReader(io.RawIOBase):
    def __init__(self, spool: ItemSpool, start: int, size: int) -> None:
        self._spool = spool
        self._at = start
        self._end = start + size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        filled = 0
        while filled < len(view) and self._at < self._end:
            chunk = self._spool._chunk(self._at, min(len(view) - filled, self._end - self._at))
            view[filled : filled + len(chunk)] = chunk
            filled += len(chunk)
            self._at += len(chunk)
        return filled


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def sweep(folder: Path) -> int:
    """Remove the spools an interrupted import left (unreadable: their keys died with it)."""
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.iterdir():
        if path.name.endswith(SUFFIX) and part_files.abandoned(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed
