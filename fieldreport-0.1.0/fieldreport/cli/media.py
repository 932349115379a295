"""``fieldreport-cli attach`` and ``fieldreport-cli media …``: evidence files, headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from fieldreport.cli import output
from fieldreport.cli.output import size_text
from fieldreport.core import (
    Analysed,
    AnalysisProgress,
    FileOutcome,
    ImportProgress,
    ImportSummary,
    MediaItem,
    Session,
)
from fieldreport.errors import MediaRejected, UsageError

Opener = Callable[[argparse.Namespace], AbstractContextManager[Session]]
MEDIA_ID_HELP = "the media item's id, or its first 6 or more characters"
INTERRUPTED = 130  # Ctrl+C, as the shell reports it


class _ProgressLine(output.ProgressLine):
    def show(self, p: ImportProgress) -> None:
        if not p.files_total:
            return
        done = p.bytes_done / p.bytes_total if p.bytes_total else 1.0
        bar = "#" * int(done * 20)
        self.write(
            f"[{bar:<20}] {p.files_done}/{p.files_total} files, "
            f"{size_text(p.bytes_done)}/{size_text(p.bytes_total)} {p.current}"
        )


def _run_import(events: Iterator, progress: _ProgressLine) -> ImportSummary:
    summary = ImportSummary()
    for event in events:
        if isinstance(event, ImportProgress):
            progress.show(event)
        elif isinstance(event, FileOutcome):
            progress.clear()
            if event.refused:
                print(f"refused  {event.name}: {event.refused}", file=sys.stderr)
            elif event.item is not None:
                note = "  (already in the vault)" if event.duplicate else ""
                print(f"{event.item.id}  {event.item.sha256}  {event.name}{note}")
        elif isinstance(event, ImportSummary):
            summary = event
    progress.clear()
    return summary


def cmd_attach(args: argparse.Namespace, open_vault: Opener) -> int:
    # With --unattached every argument is a path; otherwise the first is the record.
    paths = [args.record, *args.paths] if args.unattached else args.paths
    if not paths:
        raise UsageError("Give at least one file or folder to attach.")
    with open_vault(args) as session:
        events = session.import_media(
            [Path(p) for p in paths],
            record_id=None if args.unattached else args.record,
            allow_other=args.allow_other,
            report=_ProgressLine().show if sys.stderr.isatty() else None,
        )
        summary = _run_import(events, _ProgressLine())
        if _analyse(session, after=summary) is None:
            return INTERRUPTED
    if summary.refused:
        if not summary.stored and not summary.duplicates:
            raise MediaRejected("No file was stored.")
        return MediaRejected.exit_code
    return 0


def _print_summary(summary: ImportSummary) -> None:
    parts = [f"{len(summary.stored)} stored", f"{len(summary.duplicates)} already in the vault"]
    if summary.refused:
        parts.append(f"{len(summary.refused)} refused")
    if summary.record_revision:
        parts.append(f"attached (record revision {summary.record_revision})")
    print("; ".join(parts) + ".", file=sys.stderr)
    if any("not a supported type" in reason for _name, reason in summary.refused):
        print(
            "Add --allow-other to keep files of other types as generic documents.", file=sys.stderr
        )


class _AnalysisLine(output.ProgressLine):
    def show(self, p: AnalysisProgress) -> None:
        if p.total:
            self.write(f"Analysing photos (thumbnails, metadata): {p.done}/{p.total}")


def _analyse(session: Session, *, after: ImportSummary | None = None) -> int | None:
    """Analyse every photo waiting (this import's and any left earlier), with a progress line.

    ``after``: the import's summary, printed first (the originals are safe from
    then on; a Ctrl+C from that moment on is answered as below). Returns how
    many were analysed, or None when interrupted (Ctrl+C): the rest stays
    queued in the vault, and the originals are stored either way.
    """
    line = _AnalysisLine()
    analysed = 0
    try:
        if after is not None:
            _print_summary(after)
        for event in session.analyse_media():
            if isinstance(event, AnalysisProgress):
                line.show(event)
            elif isinstance(event, Analysed):
                analysed += 1
                if event.damage:
                    line.clear()
                    print(
                        f"damaged  {event.media_id}  {event.name}: {event.damage} "
                        "It is kept as it was received.",
                        file=sys.stderr,
                    )
    except KeyboardInterrupt:
        line.clear()
        left = session.media_waiting_for_analysis()
        print(
            f"Interrupted. Every original is stored; {output.count(left, 'photo')} not analysed "
            "yet (thumbnail, metadata) will be by `fieldreport-cli media analyse`, the next "
            "attach, or the window after it unlocks the vault.",
            file=sys.stderr,
        )
        return None
    line.clear()
    return analysed


def cmd_media_analyse(args: argparse.Namespace, open_vault: Opener) -> int:
    with open_vault(args) as session:
        waiting = session.media_waiting_for_analysis()
        if not waiting:
            print("Every photo is analysed; nothing to do.", file=sys.stderr)
            return 0
        analysed = _analyse(session)
    if analysed is None:
        return INTERRUPTED
    print(f"Analysed {output.count(analysed, 'photo')}.", file=sys.stderr)
    return 0


def _row(item: MediaItem) -> list[str]:
    return [item.id, item.kind, size_text(item.size), item.imported_at[:16], item.original_name]


def _json(item: MediaItem) -> dict:
    """An item as the CLI prints it: with its analysis (pending, done, damaged) for photos."""
    info = item.to_json()
    if item.kind == "photo":
        info["analysis"] = item.analysis
    return info


def cmd_media_list(args: argparse.Namespace, open_vault: Opener) -> int:
    with open_vault(args) as session:
        items = session.media(record_id=args.record, unattached=args.unattached, search=args.search)
    if args.json:
        output.print_json([_json(item) for item in items])
        return 0
    output.print_table(["ID", "KIND", "SIZE", "IMPORTED", "NAME"], [_row(i) for i in items])
    print(output.count(len(items), "item"), file=sys.stderr)
    return 0


def cmd_media_show(args: argparse.Namespace, open_vault: Opener) -> int:
    with open_vault(args) as session:
        item = session.media_item(args.id)
    if args.json:
        output.print_json(_json(item))
        return 0
    print(f"{item.kind} {item.id}{' (deleted)' if item.deleted else ''}")
    for path, value in output.flatten({k: v for k, v in _json(item).items() if k != "id"}):
        print(f"  {path}: {value}")
    return 0


def cmd_media_export(args: argparse.Namespace, open_vault: Opener) -> int:
    out = Path(args.out)
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give the name of the file to write.")
    if out.exists() and not args.force:
        raise UsageError(f"{out} already exists; choose another name or add --force.")
    with open_vault(args) as session:
        written = session.export_media(args.id, out, strip_metadata=args.strip_metadata)
    kind = "copy without metadata" if args.strip_metadata else "original"
    print(f"Wrote the {kind} to {written}", file=sys.stderr)
    return 0


def cmd_media_caption(args: argparse.Namespace, open_vault: Opener) -> int:
    with open_vault(args) as session:
        item = session.set_caption(args.id, args.text)
    if item.caption:
        print(f"{item.id} caption set.")
    else:
        print(f"{item.id} caption removed.")
    return 0


def cmd_media_delete(args: argparse.Namespace, open_vault: Opener) -> int:
    with open_vault(args) as session:
        item = session.media_item(args.id)
        attached = (
            f", attached to {output.count(len(item.records), 'record')}" if item.records else ""
        )
        output.confirm(
            f"Destroy {item.original_name} ({item.id}, {size_text(item.size)}{attached})? "
            "Its key and file are destroyed; this cannot be undone.",
            args.yes,
            declined="Not deleted; nothing was changed.",
        )
        item = session.delete_media(item.id)
    print(
        f"{item.id} deleted: its key and file are destroyed (sha256 {item.sha256} stays in "
        "the custody log)"
    )
    return 0


def add_commands(sub: argparse._SubParsersAction, open_vault: Opener) -> None:
    def bind(handler):  # noqa: ANN001, ANN202
        return lambda args: handler(args, open_vault)

    p = sub.add_parser(
        "attach",
        help="store files or folders as evidence and attach them to a record",
        description="Store files or whole folders (e.g. a phone's DCIM) encrypted in the "
        "vault; prints each media id and its SHA-256, then a summary line. When some files "
        "are stored and others refused, the exit code is 15.",
        usage="%(prog)s [--allow-other] RECORD_ID PATH [PATH ...]\n"
        "       %(prog)s --unattached [--allow-other] PATH [PATH ...]",
    )
    p.add_argument(
        "record",
        metavar="RECORD_ID",
        help="the record to attach to (its first 6 or more characters are enough)",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to store")
    p.add_argument(
        "--unattached",
        action="store_true",
        help="store without attaching (then there is no RECORD_ID: every argument is a PATH)",
    )
    p.add_argument(
        "--allow-other",
        action="store_true",
        help="keep files of other types as generic documents instead of refusing them",
    )
    p.set_defaults(handler=bind(cmd_attach))

    media = sub.add_parser(
        "media",
        help="list, show, caption, export and delete media items",
        description="Photos, recordings and documents stored in the vault.",
    )
    media_sub = media.add_subparsers(dest="media_command", metavar="ACTION", required=True)
    p = media_sub.add_parser("list", help="list media items")
    p.add_argument("--record", metavar="ID", help="only those attached to this record")
    p.add_argument("--unattached", action="store_true", help="only those attached to none")
    p.add_argument("--search", metavar="TEXT", help="words in the name, caption or camera")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=bind(cmd_media_list))
    p = media_sub.add_parser("show", help="show a media item's details")
    p.add_argument("id", metavar="MEDIA_ID", help=MEDIA_ID_HELP)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=bind(cmd_media_show))
    p = media_sub.add_parser(
        "analyse",
        help="make the thumbnails and read the metadata of photos not analysed yet",
        description="Photos are stored first; their analysis (thumbnail, EXIF metadata, "
        "whether they are damaged) follows. attach finishes it before it returns; this "
        "finishes what an interrupted attach left.",
    )
    p.set_defaults(handler=bind(cmd_media_analyse))
    p = media_sub.add_parser("caption", help='set a media item\'s caption ("" removes it)')
    p.add_argument("id", metavar="MEDIA_ID", help=MEDIA_ID_HELP)
    p.add_argument("text", metavar="TEXT", help="the caption (quote it)")
    p.set_defaults(handler=bind(cmd_media_caption))
    p = media_sub.add_parser("export", help="write the original (or a copy without metadata)")
    p.add_argument("id", metavar="MEDIA_ID", help=MEDIA_ID_HELP)
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    p.add_argument(
        "--strip-metadata", action="store_true", help="a shareable copy of a photo without EXIF/GPS"
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(handler=bind(cmd_media_export))
    p = media_sub.add_parser(
        "delete", help="destroy a media item's key and file (detaches it; asks first)"
    )
    p.add_argument("id", metavar="MEDIA_ID", help=MEDIA_ID_HELP)
    p.add_argument("--yes", action="store_true", help="delete without asking")
    p.set_defaults(handler=bind(cmd_media_delete))
