"""``fieldreport-cli central quarantine`` and ``central discard``: what the store keeps unimported.

Bundles of devices not approved yet (quarantined) and bundles waiting for a
missing predecessor (held) are kept as received, within bounds
(:mod:`fieldreport.central.quarantine`). A coordinator lists them and lets go
of what will never be approved; each decision goes into the centre's custody log.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from fieldreport.central import quarantine
from fieldreport.cli import output
from fieldreport.cli.central_store import open_store
from fieldreport.cli.output import out
from fieldreport.errors import UsageError


def cmd_quarantine(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as central:
        rows = quarantine.kept(central, args.device or "")
    if args.json:
        keys = ("bundle_hash", "device_id", "outcome", "size", "received_at")
        output.print_json([dict(zip(keys, row, strict=True)) for row in rows])
        return 0
    table = [[h[:16], d[:8], o, str(s), r] for h, d, o, s, r in rows]
    output.print_table(["BUNDLE", "DEVICE", "STATE", "BYTES", "RECEIVED"], table)
    return 0


def cmd_discard(args: argparse.Namespace) -> int:
    if args.expired:
        if args.bundle or args.device:
            raise UsageError("--expired lets go of every expired bundle; name nothing else.")
        with open_store(args) as central:
            gone = quarantine.expire(central)
        out(f"Let go of {output.count(len(gone), 'expired bundle')}.")
        return 0
    what = f"bundle {args.bundle}" if args.bundle else f"the quarantined bundles of {args.device}"
    question = f"Discard {what}? The kept file is removed and will not be imported."
    output.confirm(question, args.yes, declined="Nothing was discarded.")
    with open_store(args) as central:
        gone = quarantine.discard(central, bundle=args.bundle or "", device_id=args.device or "")
    for bundle_hash in gone:
        out(f"Discarded {bundle_hash[:16]} (logged in the store's custody log).")
    return 0


def add_quarantine_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    p = add("quarantine", cmd_quarantine, "list bundles kept unimported (quarantined or held)")
    p.add_argument("--device", metavar="DEVICE_ID", help="only those naming this device")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("discard", cmd_discard, "let go of a kept bundle, or a device's quarantined ones")
    p.add_argument("bundle", nargs="?", metavar="BUNDLE_HASH", help="its hash (8+ first digits)")
    p.add_argument("--device", metavar="DEVICE_ID", help="every quarantined bundle naming it")
    p.add_argument("--expired", action="store_true", help="every bundle past its expiry")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
