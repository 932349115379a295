"""A bundle's custody-log stretch read as it streams: never the whole of it at once.

The stretch is one RFC 8785 array of flat objects, the entries (written by
``sync.export_plan``). It is read here from the import's spool in windows of
about :data:`WINDOW` bytes, each cut at the end of an entry and parsed strictly
(:func:`fieldreport.sync.strict_json.parse`) as an array of its own: the whole
array is canonical exactly when each window is, since RFC 8785 writes an array
as ``[`` + its elements joined by ``,`` + ``]``. So the bytes of a stretch (up
to ``MAX_SIZE["log"]``) are never held whole, nor a parse tree of them; what
the import keeps is one :class:`~fieldreport.central.chain.Entry` per entry,
at most ``bundle_format.MAX_LOG_ENTRIES`` of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from fieldreport.errors import FieldReportError
from fieldreport.sync import strict_json

WINDOW = 512 * 1024  # a window's entries parsed take about 5 times its size
#: An entry in canonical JSON is at most about 1.8 KiB (an object of 200 characters,
#: each written in up to 6 bytes); anything longer is not an entry.
MAX_ENTRY_BYTES = 4096
# A flat object (no nested brackets outside its strings), then the separator.
# Possessive (no backtracking): linear time, and no state kept per repetition.
_STRING = rb'"[^"\\]*+(?:\\.[^"\\]*+)*+"'
_OBJECT = rb'\{(?:[^"{}\[\]]++|' + _STRING + rb")*+\}"
_RUN = re.compile(rb"(?:" + _OBJECT + rb",)*+")
_LAST = re.compile(_OBJECT + rb"\]")


def elements(
    source: BinaryIO,
    count: int,
    *,
    what: str,
    error: type[FieldReportError],
    wrong_count: str,
) -> Iterator[Any]:
    """The ``count`` elements of the array, parsed, in order; raises ``error`` otherwise.

    ``wrong_count`` is the message when the array holds another number of elements
    (or is not an array of flat objects).
    """
    reader = _Window(source)
    if reader.take(1) != b"[":
        raise error(wrong_count)
    seen = 0
    while True:
        buffer = reader.fill(WINDOW)
        run = _RUN.match(buffer)
        end = run.end() if run else 0
        if end:
            window = buffer[: end - 1]  # the complete entries, without the last comma
            values = _parse(b"[" + window + b"]", what, error)
            seen += len(values)
            if seen > count:
                raise error(wrong_count)
            yield from values
            reader.drop(end)
            continue
        last = _LAST.match(buffer)
        if last is None:
            if len(buffer) >= MAX_ENTRY_BYTES or reader.at_end:
                raise error(wrong_count)  # no entry ends within an entry's length
            reader.more()
            continue
        values = _parse(b"[" + buffer[: last.end()], what, error)
        seen += len(values)
        reader.drop(last.end())
        if seen != count or reader.fill(1):
            raise error(wrong_count if seen != count else f"The {what} has data after its end.")
        yield from values
        return


def _parse(data: bytes, what: str, error: type[FieldReportError]) -> list[Any]:
    limit = 2 * (WINDOW + MAX_ENTRY_BYTES)  # a window, and the entry begun at its end
    value = strict_json.parse(data, what=what, error=error, max_bytes=limit, max_depth=3)
    if not isinstance(value, list):  # pragma: no cover - the brackets are ours
        raise error(f"The {what} is not a list of entries.")
    return value


class _Window:
    """Bytes of the source, read ahead as asked, dropped once used."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self._buffer = b""
        self.at_end = False

    def take(self, n: int) -> bytes:
        data = self.fill(n)[:n]
        self.drop(len(data))
        return data

    def fill(self, n: int) -> bytes:
        """At least ``n`` bytes ahead when the source has them (and what was read already)."""
        while len(self._buffer) < n and not self.at_end:
            self.more(n - len(self._buffer))
        return self._buffer

    def more(self, n: int = MAX_ENTRY_BYTES) -> None:
        chunk = self._source.read(max(n, MAX_ENTRY_BYTES))
        if chunk:
            self._buffer += chunk
        else:
            self.at_end = True

    def drop(self, n: int) -> None:
        self._buffer = self._buffer[n:]
