"""CSV and HXL-tagged CSV writers (UTF-8).

CSV starts with a byte-order mark by default. Excel on Windows reads a CSV
without one in the computer's ANSI code page (Cyrillic turns into mojibake on
a double click); with it, Excel, LibreOffice, Python's ``utf-8-sig`` and
pandas all read UTF-8. Pipelines that want plain UTF-8 ask for ``bom=False``
(``--no-bom``). HXL files are for machines first (HDX tools, libhxl) and are
written without a BOM unless asked.

A text cell that a spreadsheet would run as a formula (it starts with
``= + - @``, a tab or a carriage return) is written with a leading ``'``, as
OWASP advises against CSV injection; numbers are written as numbers.
"""

from __future__ import annotations

import csv
from typing import Any, BinaryIO

from fieldreport.central.export_columns import Column, Record

BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """How a value is spelled in a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


class CsvWriter:
    """One header row of column names (and, for HXL, a row of hashtags), then a row a record."""

    def __init__(
        self, handle: BinaryIO, columns: list[Column], *, hxl: bool = False, bom: bool = True
    ) -> None:
        self._text = _Utf8(handle)
        if bom:
            self._text.write(BOM)
        self._columns = columns
        self._names = [column.name for column in columns]
        self._csv = csv.writer(self._text, lineterminator="\r\n")
        self._csv.writerow([column.name for column in columns])
        if hxl:
            self._csv.writerow([column.hxl for column in columns])

    def write(self, record: Record, row: dict[str, Any]) -> bool:
        get = row.get
        self._csv.writerow(["" if (v := get(name)) is None else cell(v) for name in self._names])
        return True

    def close(self) -> None:
        pass  # the caller owns (and closes) the binary handle


class _Utf8:
    """What ``csv.writer`` writes to: text, encoded into the binary handle as it comes."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle

    def write(self, text: str) -> int:
        return self._handle.write(text.encode("utf-8", "replace"))
