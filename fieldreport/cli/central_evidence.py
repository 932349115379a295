"""``central evidence RECORD_ID... --out DIR``: a package a third party can verify offline.

Writes a BagIt bag signed by the organisation (minisign) holding the records'
revisions, their original media, each device's custody log, certificate and
receipts, and a summary; anonymised unless ``--include-identifying``
(:mod:`fieldreport.central.evidence`, docs/evidence.md). ``fieldreport-verify
DIR`` checks it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from fieldreport.central import evidence, transparency
from fieldreport.cli.central_c2pa import add_c2pa_command
from fieldreport.cli.central_store import open_store
from fieldreport.cli.output import out


def cmd_evidence(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as central:
        written = evidence.write_package(
            central,
            args.records,
            Path(args.out),
            include_identifying=args.include_identifying,
            lang=args.lang,
            c2pa=args.c2pa,
        )
    what = "with identifying information" if not written.anonymised else "anonymised"
    out(
        f"Wrote the evidence package ({what}) to {written.folder}: {written.records} record(s), "
        f"{written.revisions} revision(s), {written.media} media file(s), from "
        f"{written.devices} device(s)."
    )
    out(f"Organisation fingerprint: {written.fingerprint}")
    if args.c2pa:
        out(
            f"{written.credentialed} photo(s) with C2PA Content Credentials in "
            f"{written.folder}/data/published/ (the root certificate for readers' trust "
            "lists is c2pa-root.pem there)."
        )
        for skipped in written.not_credentialed:
            out(f"No credentials for photo {skipped}")
    out(f"Check it with: fieldreport-verify {written.folder}  (or see VERIFY.md inside)")
    return 0


def cmd_checkpoint(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as central:
        made = transparency.tree(central)
        if args.json:
            out(transparency.checkpoint_json(central, made))
        else:
            sys.stdout.write(made.signed)
    return 0


def add_evidence_command(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Register ``evidence`` and ``checkpoint`` under ``central`` (``add`` gives --store)."""
    p = add(
        "checkpoint",
        cmd_checkpoint,
        "print the centre's signed checkpoint (C2SP signed note: the size and Merkle root of "
        "its custody log), to publish so anyone can later check that nothing was rewritten",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add(
        "evidence",
        cmd_evidence,
        "write an evidence package (BagIt, signed by the organisation) that anyone can "
        "verify offline with fieldreport-verify or stock tools",
    )
    p.add_argument("records", nargs="+", metavar="RECORD_ID", help="records to include")
    p.add_argument("--out", required=True, metavar="DIR", help="a new (or empty) folder")
    p.add_argument(
        "--include-identifying",
        action="store_true",
        help="keep names and contacts (default: anonymised)",
    )
    p.add_argument("--lang", choices=evidence.LANGS, default="en", help="language of the summary")
    p.add_argument(
        "--c2pa",
        action="store_true",
        help="also a copy of each photo with C2PA Content Credentials signed by the "
        "organisation, for publication (central c2pa-cert first)",
    )
    add_c2pa_command(add)
