"""XLSX writer: one sheet per kind, streamed (XlsxWriter's constant-memory mode).

In constant-memory mode XlsxWriter keeps each sheet's rows in a scratch
file instead of memory. Those files hold the export's contents in plain
text, so they go in a private scratch folder beside the target (the place
the person chose to write the export to), never in the system's temporary
folder, and the folder is removed whatever happens. Text cells are always
written as text (never as formulas or links); a text longer than a cell can
hold (32,767 characters) is cut and marked ``[…]``, and counted.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from fieldreport.central.export_columns import Column, Record
from fieldreport.central.export_geo import xml_text
from fieldreport.errors import UsageError
from fieldreport.storage.files import make_private_folder

CELL_LIMIT = 32_767
ROW_LIMIT = 1_048_576
CUT_MARK = " […]"


@contextlib.contextmanager
def scratch_folder(out: Path) -> Iterator[Path]:
    folder = out.with_name(f".{out.name}.fieldreport-scratch")
    shutil.rmtree(folder, ignore_errors=True)  # left by a crash
    make_private_folder(folder)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class XlsxWriter:
    def __init__(
        self, handle: BinaryIO, kind_columns: dict[str, list[Column]], scratch: Path
    ) -> None:
        self._book = xlsxwriter.Workbook(
            handle,
            {
                "constant_memory": True,
                "tmpdir": str(scratch),
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
            },
        )
        header = self._book.add_format({"bold": True})
        self._sheets: dict[str, Any] = {}
        self._columns = kind_columns
        self._index = {
            kind: {column.name: i for i, column in enumerate(columns)}
            for kind, columns in kind_columns.items()
        }
        self._rows: dict[str, int] = {}
        self.cut_cells = 0
        for kind, columns in kind_columns.items():
            sheet = self._book.add_worksheet(kind)
            sheet.freeze_panes(1, 0)
            sheet.set_column(0, len(columns) - 1, 16)
            for index, column in enumerate(columns):
                sheet.write_string(0, index, column.name, header)
            self._sheets[kind] = sheet
            self._rows[kind] = 1

    def write(self, record: Record, row: dict[str, Any]) -> bool:
        sheet = self._sheets[record.kind]
        number = self._rows[record.kind]
        if number >= ROW_LIMIT:
            raise UsageError(
                f"More than {ROW_LIMIT - 1:,} {record.kind} records do not fit in one sheet; "
                "export CSV instead, or a shorter period."
            )
        positions = self._index[record.kind]
        for name, value in row.items():
            index = positions.get(name)
            if index is None or value is None:
                continue
            if isinstance(value, bool):
                sheet.write_boolean(number, index, value)
            elif isinstance(value, int | float):
                sheet.write_number(number, index, value)
            else:
                text = xml_text(value)
                if len(text) > CELL_LIMIT:
                    text = text[: CELL_LIMIT - len(CUT_MARK)] + CUT_MARK
                    self.cut_cells += 1
                sheet.write_string(number, index, text)
        self._rows[record.kind] = number + 1
        return True

    def close(self) -> None:
        try:
            self._book.close()
        except FileCreateError as exc:  # XlsxWriter wraps the OSError (a full disk …)
            self.abandon()
            cause = exc.args[0] if exc.args else None
            if isinstance(cause, OSError):
                raise cause from None
            raise

    def abandon(self) -> None:
        """Close the sheets' scratch files (a failed or cancelled export), so they can go."""
        for sheet in self._sheets.values():
            handle = getattr(sheet, "row_data_fh", None)
            if handle is not None:
                with contextlib.suppress(OSError):
                    handle.close()
