"""``fieldreport-cli central handover``: records move from one device to another.

For a monitor whose laptop was replaced: the coordinator names the old and
the new device (and, if not everything moves, the records), reads what will
move, and confirms; the organisation's key signs the decision and the
centre's custody log records it (:mod:`fieldreport.central.handover`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from fieldreport.central import handover
from fieldreport.cli import output
from fieldreport.cli.central_store import open_store
from fieldreport.cli.output import out

SHOWN = 20  # record ids listed before "… and N more"


def cmd_handover(args: argparse.Namespace) -> int:
    with open_store(args) as central:
        chosen = handover.plan(central, args.from_device, args.to_device, args.records)
        out(f"Handover: {chosen.describe()}.")
        for record_id in chosen.records[:SHOWN]:
            out(f"  record {record_id}")
        if len(chosen.records) > SHOWN:
            out(f"  … and {output.count(len(chosen.records) - SHOWN, 'more record')}")
        out(
            "From now on the centre accepts changes to them only from the new device; "
            "the old device's are refused, with an alarm."
        )
        output.confirm(
            "Hand them over, signed by the organisation?",
            args.yes,
            declined="Not confirmed; nothing was handed over.",
        )
        done = handover.hand_over(central, chosen)
    out(
        f"Handed over ({output.count(len(chosen.objects), 'item')}); the signed decision is "
        f"handover {done.id}, entry {done.log_seq} of the centre's custody log."
    )
    return 0


def add_handover_command(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add(
        "handover",
        cmd_handover,
        "hand records from one device to another (a replaced laptop), signed and logged",
    )
    p.add_argument(
        "--from",
        dest="from_device",
        required=True,
        metavar="DEVICE",
        help="the device that owns the records now (its id)",
    )
    p.add_argument(
        "--to",
        dest="to_device",
        required=True,
        metavar="DEVICE",
        help="the device that owns them from now on (its id)",
    )
    p.add_argument(
        "records",
        nargs="*",
        metavar="RECORD_ID",
        help="the records to hand over (default: everything the old device owns)",
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
