"""Reading the bundle's inner tar stream: strict, in order, in large reads.

``tarfile``'s stream mode reads its input 10 KiB at a time and would, given a
larger buffer, swallow the bytes after the archive that the bundle reader must
still see. This reader parses each 512-byte header with ``tarfile`` itself
(:meth:`tarfile.TarInfo.frombuf`: checksum, numbers, ustar prefix), but reads
member data straight from the stream in the sizes its caller asks for, and
stops exactly after the first end-of-archive block.

It understands no extension: pax and GNU headers come back as the members they
are (type ``x``, ``g``, ``L``, ``K``, ``S``; see :data:`EXTENSION_TYPES`),
for the caller to refuse. A header that does not parse, or a stream that ends
where a header or member data should be, raises :class:`tarfile.ReadError`
(a :class:`tarfile.TarError`), as ``tarfile`` does.
"""

from __future__ import annotations

import tarfile
from typing import Any, BinaryIO

BLOCK = tarfile.BLOCKSIZE
ENCODING = "utf-8"
EXTENSION_TYPES = frozenset(
    {
        tarfile.XHDTYPE,
        tarfile.XGLTYPE,
        tarfile.SOLARIS_XHDTYPE,
        tarfile.GNUTYPE_LONGNAME,
        tarfile.GNUTYPE_LONGLINK,
        tarfile.GNUTYPE_SPARSE,
    }
)


class TarStream:
    """Members of a tar stream, one after the other; see :meth:`next` and :meth:`extractfile`."""

    pax_headers: dict[str, str] = {}  # never filled: extension headers are members here

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._offset = 0  # of the next unread byte
        self._member: _MemberReader | None = None

    def __enter__(self) -> TarStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self._member = None

    def next(self) -> tarfile.TarInfo | None:
        """The next member's header (its data is skipped if unread); None at the end block."""
        if self._member is not None:
            self._member.skip()
            self._member = None
        offset = self._offset
        header = self._read_exactly(BLOCK, "a header")
        try:
            info = tarfile.TarInfo.frombuf(header, ENCODING, "surrogateescape")
        except tarfile.EOFHeaderError:  # type: ignore[attr-defined]  # not in the stubs
            return None
        except tarfile.HeaderError as exc:
            raise tarfile.ReadError(f"{exc} at offset {offset}") from None
        info.offset = offset
        info.offset_data = offset + BLOCK
        size = info.size if info.type not in _NO_DATA else 0
        self._member = _MemberReader(self, size, -size % BLOCK)
        return info

    def extractfile(self, member: tarfile.TarInfo) -> _MemberReader:
        """The data of ``member``, which must be the one :meth:`next` returned last."""
        if self._member is None or member.offset_data != self._offset - self._member.read_so_far:
            raise tarfile.StreamError("only the current member can be read from a stream")
        return self._member

    def _read_exactly(self, n: int, what: str) -> bytes:
        data = self._stream.read(n)
        while len(data) < n:
            more = self._stream.read(n - len(data))
            if not more:
                raise tarfile.ReadError(f"unexpected end of data in {what}")
            data += more
        self._offset += n
        return data


# Members whose size field does not announce data that follows (links, folders, devices).
_NO_DATA = frozenset(
    {
        tarfile.LNKTYPE,
        tarfile.SYMTYPE,
        tarfile.CHRTYPE,
        tarfile.BLKTYPE,
        tarfile.DIRTYPE,
        tarfile.FIFOTYPE,
    }
)


class _MemberReader:
    """Exactly one member's data, read from the stream as asked (``read``, ``readinto``)."""

    def __init__(self, tar: TarStream, size: int, padding: int) -> None:
        self._tar = tar
        self._stream = tar._stream
        self.size = size
        self.left = size
        self._padding = padding
        self.read_so_far = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int | None = -1) -> bytes:
        left = self.left
        if n is None or n < 0:
            return b"".join(iter(lambda: self.read(left), b""))
        if n > left:
            n = left
        if n == 0:
            return b""
        data = self._stream.read(n)
        if not data:
            raise tarfile.ReadError("unexpected end of data in a member")
        got = len(data)
        self.left = left - got
        self.read_so_far += got
        self._tar._offset += got
        return data

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        n = min(len(view), self.left)
        if n == 0:
            return 0
        got = self._stream.readinto(view[:n])  # type: ignore[attr-defined]
        if not got:
            raise tarfile.ReadError("unexpected end of data in a member")
        self.left -= got
        self.read_so_far += got
        self._tar._offset += got
        return got

    def skip(self) -> None:
        """Read past what is left of the data, and the padding to the next block."""
        while self.left:
            self.read(min(self.left, 1024 * 1024))
        if self._padding:
            self._tar._read_exactly(self._padding, "padding")
            self._padding = 0
