"""``central verify`` and ``central alarms``: the centre checks itself and its alarms.

``verify`` re-checks every chain and signed decision the centre holds, one
line per check, exit 13 when one is broken (:mod:`fieldreport.central.verify`).
``alarms`` lists what only a copied key or an altered device sends, and
``alarms acknowledge`` records, signed, that a coordinator dealt with one
(:mod:`fieldreport.central.alarms`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from fieldreport.central import alarms, devices, media_check, verify
from fieldreport.cli import output
from fieldreport.cli.central_store import open_store
from fieldreport.cli.figures import COORDINATOR_ENV, coordinator
from fieldreport.cli.output import out
from fieldreport.errors import CustodyLogBroken


def cmd_verify(args: argparse.Namespace) -> int:
    if args.media:
        _check_media(args)
    with open_store(args, read_only=True) as central:
        checks = []
        for check in verify.run(central):
            checks.append(check)
            if not args.json:
                out(check.line())
    if args.json:
        output.print_json([c.to_json() for c in checks])
    broken = [c for c in checks if not c.ok]
    if broken:
        first = broken[0]
        raise CustodyLogBroken(
            f"{output.count(len(broken), 'check')} of {len(checks)} failed; first: "
            f"{first.name}: {first.detail}"
        )
    return 0


def _check_media(args: argparse.Namespace) -> None:
    """Open and check every received original not checked yet (recorded, signed)."""
    with open_store(args) as central:
        waiting = len(media_check.unchecked(central))
        if not args.json:
            out(f"Checking {output.count(waiting, 'received original')} not checked yet …")
        for result in media_check.check_all(central):
            if not args.json:
                out(result.line())


def cmd_alarms(args: argparse.Namespace) -> int:
    if getattr(args, "alarms_action", None) == "acknowledge":
        return _acknowledge(args)
    with open_store(args, read_only=True) as central:
        found = alarms.all_alarms(central, open_only=args.open)
        names = devices.names(central)
    if args.json:
        output.print_json([{**a.to_json(), "device_name": names.get(a.device_id)} for a in found])
        return 0
    if not found:
        out("No alarms." if not args.open else "No alarms waiting to be acknowledged.")
        return 0
    rows = [
        [
            str(a.id),
            a.raised_at,
            _device(a.device_id, names),
            a.code,
            f"acknowledged by {a.acknowledged_by} on {a.acknowledged_at}"
            if a.acknowledged
            else "open",
        ]
        for a in found
    ]
    output.print_table(["ALARM", "RAISED", "DEVICE", "CODE", "STATE"], rows)
    for a in found:
        out(f"Alarm {a.id}: {a.reason}")
        if a.note:
            out(f"  note: {a.note}")
    waiting = sum(1 for a in found if not a.acknowledged)
    if waiting:
        out(
            f"{output.count(waiting, 'alarm')} not acknowledged; once dealt with: "
            "central alarms acknowledge ALARM [--note TEXT]."
        )
    return 0


def _acknowledge(args: argparse.Namespace) -> int:
    with open_store(args) as central:
        done = alarms.acknowledge(central, args.alarm, coordinator(args.by), args.note or "")
        entry = central.db.execute(
            "SELECT log_seq FROM alarm_acknowledgements WHERE alarm_id = ?", [done.id]
        ).fetchone()[0]
    out(
        f"Alarm {done.id} (device {done.device_id}, {done.code}) acknowledged by "
        f"{done.acknowledged_by} at {done.acknowledged_at} (custody log {entry}); it is kept."
    )
    return 0


def _device(device_id: str, names: dict[str, str]) -> str:
    name = names.get(device_id, device_id)
    return f"{device_id[:8]} ({name})" if name != device_id else device_id[:8]


def add_verify_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Register ``verify`` and ``alarms`` under ``central`` (``add`` gives --store)."""
    p = add(
        "verify",
        cmd_verify,
        "re-check the centre's custody log, every device's, every duplicate decision, "
        "handover and alarm acknowledgement (exit 13 if one is broken)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--media",
        action="store_true",
        help="first open every received original not checked yet and compare its SHA-256 "
        "with the one its device signed (recorded; a mismatch raises an alarm)",
    )
    p = add("alarms", cmd_alarms, "list the alarms raised on devices, and acknowledge them")
    p.add_argument("--open", action="store_true", help="only those not acknowledged yet")
    p.add_argument("--json", action="store_true", help="print JSON")
    sub = p.add_subparsers(dest="alarms_action", metavar="acknowledge")
    ack = sub.add_parser(
        "acknowledge",
        help="record, signed, that an alarm was dealt with (it stays listed)",
        description="Record, signed into the centre's custody log, that a coordinator "
        "dealt with an alarm. The alarm is kept and shown as acknowledged.",
    )
    ack.add_argument("alarm", metavar="ALARM", help="the alarm's number (central alarms)")
    ack.add_argument("--note", metavar="TEXT", help="why, in one line (kept with it)")
    ack.add_argument(
        "--by", metavar="NAME", help=f"who (default: ${COORDINATOR_ENV}, else the login name)"
    )
    ack.add_argument("--store", metavar="DIR", default=argparse.SUPPRESS, help="central store")
