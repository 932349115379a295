"""Exports of the centre's records: CSV, XLSX, GeoJSON, KML and HXL, anonymised by default.

The one entry point both faces call::

    result = export_records(store, Path("out.csv"), "csv", Selection.parse(kind="person"),
                            progress=lambda p: ..., cancel=lambda: False)

Records stream from the store to the file in constant memory; the file
appears complete under its name or not at all (``output_file``). What an
anonymised export leaves out is described in ``export_columns``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from fieldreport.central import export_source
from fieldreport.central.anonymise import NameMask
from fieldreport.central.export_columns import Record, columns_for, kind_columns, to_row
from fieldreport.central.export_geo import GeoJsonWriter, KmlWriter
from fieldreport.central.export_text import CsvWriter
from fieldreport.central.export_xlsx import XlsxWriter, scratch_folder
from fieldreport.central.output_file import atomic_output, check_target
from fieldreport.central.selection import Selection
from fieldreport.central.store import CentralStore
from fieldreport.errors import UsageError
from fieldreport.storage.streams import Cancelled

FORMATS: tuple[str, ...] = ("csv", "xlsx", "geojson", "kml", "hxl")
#: The file name ending each format is usually given.
SUFFIXES: dict[str, str] = {
    "csv": ".csv",
    "xlsx": ".xlsx",
    "geojson": ".geojson",
    "kml": ".kml",
    "hxl": ".csv",
}
#: Progress is reported at most once per this many records (and at the end).
PROGRESS_EVERY = 200


@dataclass(frozen=True)
class ExportProgress:
    """``done`` of ``total`` candidate records read (``total`` counts before period and area)."""

    done: int
    total: int


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    #: Records written, by kind.
    written: dict[str, int] = field(default_factory=dict)
    #: Selected records left off a map because they have no place with coordinates.
    not_located: int = 0
    #: Whether identifying fields were included (the person asked for them).
    identifying: bool = False
    #: Text cells cut to fit a spreadsheet cell (XLSX only).
    cut_cells: int = 0

    @property
    def total(self) -> int:
        return sum(self.written.values())


class _Writer(Protocol):
    def write(self, record: Record, row: dict[str, Any]) -> bool: ...

    def close(self) -> None: ...


def check_format(fmt: str) -> str:
    name = fmt.strip().lower()
    if name not in FORMATS:
        raise UsageError(f"Unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}.")
    return name


def export_records(
    store: CentralStore,
    out: Path,
    fmt: str,
    selection: Selection | None = None,
    *,
    include_identifying: bool = False,
    force: bool = False,
    bom: bool | None = None,
    progress: Callable[[ExportProgress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the selected records to ``out`` in ``fmt``; see the module's docstring.

    ``bom``: a UTF-8 byte-order mark at the start of a CSV (default) or HXL
    file (default off). ``cancel`` is asked between records; when it answers
    True the export stops, nothing is left behind, and ``Cancelled`` is raised.
    Raises UsageError (bad format, existing file without ``force``),
    InvalidInput (no such folder, not writable) or StorageFull (disk full).
    """
    fmt = check_format(fmt)
    selection = selection or Selection()
    out = Path(out)
    check_target(out, force)
    total = export_source.candidates(store, selection)
    mask = None if include_identifying else NameMask.of_store(store)
    written = dict.fromkeys(selection.kinds, 0)
    not_located = done = 0
    with (
        atomic_output(out, force) as handle,
        _writer(fmt, handle, out, selection, include_identifying, bom) as writer,
    ):
        for record, selected in export_source.scan(store, selection):
            done += 1
            if cancel is not None and cancel():
                raise Cancelled()
            if selected:
                if writer.write(record, to_row(record, include_identifying, mask)):
                    written[record.kind] += 1
                else:
                    not_located += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(ExportProgress(done, total))
    if progress is not None:
        progress(ExportProgress(done, total))
    return ExportResult(
        path=out,
        format=fmt,
        written=written,
        not_located=not_located,
        identifying=include_identifying,
        cut_cells=getattr(writer, "cut_cells", 0),
    )


@contextlib.contextmanager
def _writer(
    fmt: str,
    handle: BinaryIO,
    out: Path,
    selection: Selection,
    include_identifying: bool,
    bom: bool | None,
) -> Iterator[_Writer]:
    columns = columns_for(selection.kinds, include_identifying)
    writer: _Writer
    if fmt == "xlsx":
        with scratch_folder(out) as scratch:
            per_kind = {kind: kind_columns(kind, include_identifying) for kind in selection.kinds}
            book = XlsxWriter(handle, per_kind, scratch)
            try:
                yield book
            except BaseException:
                book.abandon()
                raise
            book.close()
        return
    if fmt in ("csv", "hxl"):
        writer = CsvWriter(
            handle, columns, hxl=fmt == "hxl", bom=(fmt == "csv") if bom is None else bom
        )
    elif fmt == "geojson":
        writer = GeoJsonWriter(handle, columns)
    else:
        writer = KmlWriter(handle, columns, out.stem)
    yield writer
    writer.close()
