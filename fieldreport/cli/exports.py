"""``fieldreport-cli central export | report | media export``: what leaves the centre.

Exports and reports are anonymised unless ``--include-identifying`` is given
(exports only; a report never names anyone). A file that exists is replaced
only with ``--force``. Progress shows on standard error when it is a
terminal; the summary line goes to standard error too, so standard output
stays empty for scripts.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from fieldreport.central.report_text import REPORT_LANGUAGES
from fieldreport.central.selection import Selection
from fieldreport.cli.central_store import open_store
from fieldreport.cli.output import ProgressLine, err
from fieldreport.domain.kinds import KINDS

if TYPE_CHECKING:
    from fieldreport.central.exports import ExportProgress
    from fieldreport.central.report import ReportProgress

# The writers (spreadsheets, PDF) load only when a command uses them: every other
# command of the command line starts without them.
EXPORT_FORMATS = "csv | xlsx | geojson | kml | hxl"


def _selection(args: argparse.Namespace, kind: str | None = None) -> Selection:
    return Selection.parse(
        kind=kind,
        date_from=args.date_from,
        date_to=args.date_to,
        region=args.region,
        district=args.district,
        settlement=args.settlement,
    )


def cmd_export(args: argparse.Namespace) -> int:
    from fieldreport.central.exports import check_format, export_records

    fmt = check_format(args.format)
    selection = _selection(args, args.kind)  # bad input is refused before the passphrase
    line = ProgressLine()

    def show(p: ExportProgress) -> None:
        line.write(f"Exporting: {p.done:,} of {p.total:,} records read")

    try:
        with open_store(args, read_only=True) as central:
            result = export_records(
                central,
                Path(args.out),
                fmt,
                selection,
                include_identifying=args.include_identifying,
                force=args.force,
                bom=False if args.no_bom else None,
                progress=show,
            )
    finally:
        line.clear()
    counts = ", ".join(f"{kind} {n:,}" for kind, n in result.written.items())
    err(f"Wrote {result.total:,} records ({counts}) to {result.path}")
    if result.not_located:
        err(f"{result.not_located:,} selected records have no place on a map and were left out.")
    if result.cut_cells:
        err(f"{result.cut_cells:,} long texts were cut to fit a spreadsheet cell; see the CSV.")
    if result.identifying:
        err("It contains names and contacts: keep it encrypted, share it with care.")
    else:
        err("Anonymised: names and contacts are left out.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from fieldreport.central.report import check_language, make_report

    lang = check_language(args.lang)
    selection = _selection(args)
    line = ProgressLine()

    def show(p: ReportProgress) -> None:
        line.write(f"Report: {p.step} ({p.done} of {p.total})")

    try:
        with open_store(args, read_only=True) as central:
            result = make_report(
                central, Path(args.out), selection, lang=lang, force=args.force, progress=show
            )
    finally:
        line.clear()
    incidents = f"{result.incidents:,} incident{'' if result.incidents == 1 else 's'}"
    err(f"Wrote the report ({incidents}) to {result.path}")
    return 0


def cmd_media_export(args: argparse.Namespace) -> int:
    from fieldreport.central.media_out import export_media

    with open_store(args, read_only=True) as central:
        written = export_media(
            central, args.id, Path(args.out), strip=args.strip_metadata, force=args.force
        )
    kind = "a copy without metadata" if written.stripped else "the original"
    err(f"Wrote {kind} of {written.media_id} to {written.path}")
    return 0


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", metavar="DATE", help="YYYY-MM-DD, YYYY-MM or YYYY")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="the last day (or month, year)")
    p.add_argument("--region", metavar="NAME", help="in any language the gazetteer knows")
    p.add_argument("--district", metavar="NAME", help="only this district")
    p.add_argument("--settlement", metavar="NAME", help="only this settlement")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")


def add_export_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Register the commands under ``central`` (``add`` is ``central``'s own helper)."""
    p = add(
        "export",
        cmd_export,
        "export records as CSV, XLSX, GeoJSON, KML or HXL (anonymised unless asked)",
    )
    p.add_argument("--format", required=True, metavar="FORMAT", help=EXPORT_FORMATS)
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    p.add_argument("--kind", metavar="KIND", help="only records of one kind: " + " | ".join(KINDS))
    p.add_argument(
        "--include-identifying",
        action="store_true",
        help="include names and contacts (and every statement's text): handle the file with care",
    )
    p.add_argument("--no-bom", action="store_true", help="CSV without a byte-order mark")
    _filters(p)

    p = add("report", cmd_report, "write a situation report (PDF), anonymised")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    p.add_argument(
        "--lang", default="en", metavar="LANG", help=" | ".join(REPORT_LANGUAGES) + " (default: en)"
    )
    _filters(p)

    media = add("media", None, "imported photos, recordings and documents")
    msub = media.add_subparsers(dest="media_command", metavar="ACTION", required=True)
    p = msub.add_parser(
        "export",
        help="write an imported media item to a file",
        description="Write an imported media item's original (or a photo without metadata).",
    )
    p.add_argument("id", metavar="MEDIA_ID", help="the media item's id (or its first characters)")
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    p.add_argument("--strip-metadata", action="store_true", help="photos: a copy without EXIF/GPS")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--store", metavar="DIR", default=argparse.SUPPRESS, help="central store folder")
    p.set_defaults(handler=cmd_media_export)
