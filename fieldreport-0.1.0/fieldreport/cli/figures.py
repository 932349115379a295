"""``central duplicates``, ``same``, ``different``, ``figures`` and ``name-device``.

A coordinator's desk on the command line: possible duplicates with their
reasons, the decisions about them (signed into the centre's custody log,
undoable), and the de-duplicated figures with the records behind them.
"""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from typing import Any

from fieldreport.central import decisions, devices, duplicate_reasons, duplicates, figures
from fieldreport.central.facts import Filters
from fieldreport.cli import output
from fieldreport.cli.central_store import open_store
from fieldreport.cli.output import out
from fieldreport.domain.languages import LANGUAGES
from fieldreport.domain.vocabularies import load_vocabularies

COORDINATOR_ENV = "FIELDREPORT_COORDINATOR"
_SHORT = 8  # characters of an id shown in tables (any unambiguous 6+ work as input)


def cmd_duplicates(args: argparse.Namespace) -> int:
    duplicates.check_kind(args.kind)  # before the passphrase is asked for
    with open_store(args, read_only=True) as central:
        found = duplicates.find(central, kind=args.kind, include_decided=args.all)
    if args.json:
        output.print_json([c.to_json() for c in found])
        return 0
    if not found:
        out("No possible duplicates" + ("." if args.all else " left to review."))
        return 0
    rows = [
        [
            f"{c.score:.2f}",
            c.kind,
            c.record_a[:_SHORT],
            c.record_b[:_SHORT],
            c.decision,
            " / ".join(c.devices),
            "; ".join(duplicate_reasons.describe(r, args.lang) for r in c.reasons),
        ]
        for c in found
    ]
    output.print_table(["SCORE", "KIND", "RECORD A", "RECORD B", "STATE", "DEVICES", "WHY"], rows)
    out(
        f"{output.count(len(found), 'pair')}. Mark them with 'central same A B' or "
        "'central different A B' (ids as shown, or longer); --json gives full ids and every "
        "weight."
    )
    return 0


def _decide(decision: str) -> Callable[[argparse.Namespace], int]:
    def handler(args: argparse.Namespace) -> int:
        by = coordinator(args.by)
        with open_store(args) as central:
            made = decisions.decide(
                central, args.first, args.second, decision, by=by, undo=args.undo
            )
        a, b = made.record_a, made.record_b
        if made.decision == decisions.UNDONE:
            out(f"Undone: {a} and {b} are no longer marked as {decision}.")
        elif decision == decisions.SAME:
            out(f"Marked {a} and {b} as one {made.kind}; both records are kept.")
        else:
            out(f"Marked {a} and {b} as different; they are no longer offered as a pair.")
        out(f"Recorded by {made.decided_by} at {made.decided_at} (custody log {made.log_seq}).")
        return 0

    return handler


def coordinator(by: str | None) -> str:
    """Who decides: ``--by``, else $FIELDREPORT_COORDINATOR, else the login name."""
    return by or os.environ.get(COORDINATOR_ENV) or _login_name()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""  # decisions.decide asks for --by


def cmd_figures(args: argparse.Namespace) -> int:
    chosen = Filters.parse(
        args.date_from, args.date_to, args.region, args.district, args.settlement
    )
    with open_store(args, read_only=True) as central:
        result = figures.compute(central, chosen, with_duplicates=not args.no_duplicates)
    if args.json:
        output.print_json(result.to_json())
        return 0
    _print_figures(result.to_json(), checked=not args.no_duplicates)
    return 0


def _print_figures(data: dict[str, Any], checked: bool) -> None:
    area = ", ".join(f"{k} {v}" for k, v in data["filters"].items() if v is not None)
    out(f"Figures ({area or 'every record'}); a group marked as one counts once.")
    _section("PEOPLE", data["people"], "person_outcome")
    property_ = {k: v for k, v in data["property"].items() if k != "by_type"}
    _section("PROPERTY", property_, "damage_level")
    _section("PROPERTY TYPE", data["property"]["by_type"], "property_type")
    _section("LIVESTOCK (head)", data["livestock"], "livestock_fate")
    _section("HOUSEHOLDS", {"displaced": data["households_displaced"]})
    if data["reported"]:
        out("")
        output.print_table(
            ["REPORTED BY INCIDENTS", "LOW", "HIGH", "SOURCES"],
            [
                [key, str(r["min"]), str(r["max"]), str(r["sources"])]
                for key, r in data["reported"].items()
            ],
        )
    for title, breakdown in (("SETTLEMENT", data["by_settlement"]), ("DATE", data["by_date"])):
        out("")
        output.print_table(
            [title, "KILLED", "INJURED", "MISSING", "HELD", "DISPLACED", "DESTROYED", "TAKEN"],
            [
                [
                    name,
                    *(str(t["people"][k]["count"]) for k in _PEOPLE_COLUMNS),
                    str(t["property"]["destroyed"]["count"]),
                    str(t["livestock"]["taken"]["count"]),
                ]
                for name, t in breakdown.items()
            ],
        )
    out("")
    if checked:
        out(
            f"Possible duplicates not yet reviewed: {data['duplicates']['unreviewed']}"
            " (central duplicates)."
        )
    if data["undated_left_out"]:
        undated = data["undated_left_out"]
        verb = "is" if undated == 1 else "are"
        out(f"{output.count(undated, 'record')} without a date {verb} outside the period.")
    out("central figures --json lists the records, witnesses and devices behind every number.")


_PEOPLE_COLUMNS = ("killed", "injured", "missing", "detained_or_hostage", "displaced")


def _section(title: str, figures_: dict[str, dict[str, Any]], vocabulary: str = "") -> None:
    """One table; ``vocabulary`` turns the JSON's term ids into their labels."""
    vocab = load_vocabularies()
    out("")
    output.print_table(
        [title, "COUNT", "RECORDS", "UNREVIEWED"],
        [
            [
                vocab.label(vocabulary, key) if vocabulary else key,
                str(f["count"]),
                str(len(f["records"])),
                "-" if f["unreviewed"] is None else str(f["unreviewed"]),
            ]
            for key, f in figures_.items()
        ],
    )


def cmd_name_device(args: argparse.Namespace) -> int:
    with open_store(args) as central:
        device = devices.rename(central, args.device, args.name)
    out(f"Device {device.id} is now called {device.name}.")
    return 0


def add_figures_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Register the commands under ``central`` (``add`` gives each its --store)."""
    p = add("duplicates", cmd_duplicates, "list possible duplicates with a score and the reasons")
    p.add_argument("--kind", metavar="person|damage", help="only person or only damage records")
    p.add_argument("--all", action="store_true", help="also pairs already decided")
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="en",
        help="say the reasons in this language (--json gives their codes)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    for name, meaning in (
        (decisions.SAME, "mark two records as one person or one property (both are kept)"),
        (decisions.DIFFERENT, "mark two records as not the same (no longer offered as a pair)"),
    ):
        p = add(name, _decide(name), meaning)
        p.add_argument("first", metavar="ID", help="one record's id")
        p.add_argument("second", metavar="ID", help="the other record's id")
        p.add_argument("--undo", action="store_true", help="take that decision back")
        p.add_argument(
            "--by",
            metavar="NAME",
            help=f"who decides (default: ${COORDINATOR_ENV}, else the login name)",
        )
    p = add("figures", cmd_figures, "de-duplicated figures with the records behind each")
    p.add_argument("--json", action="store_true", help="print JSON (with every record id)")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="YYYY-MM-DD, YYYY-MM or YYYY")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="the last day (or month, year)")
    p.add_argument("--region", metavar="NAME", help="only this region")
    p.add_argument("--district", metavar="NAME", help="only this district")
    p.add_argument("--settlement", metavar="NAME", help="only this settlement")
    p.add_argument(
        "--no-duplicates",
        action="store_true",
        help="skip counting unreviewed possible duplicates (faster on large stores)",
    )
    p = add("name-device", cmd_name_device, "give a registered device a name people will see")
    p.add_argument("device", metavar="DEVICE_ID", help="the device's id")
    p.add_argument("name", metavar="NAME", help='e.g. "Monitor 3, Leilek"')
