"""``fieldreport-verify DIR``: check an evidence package and say what it proves.

Exit codes: 0 everything verified; 1 a check failed (each failure names the
file and the check); 2 the folder is no evidence package or cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldreport.verifier.findings import NotAPackage
from fieldreport.verifier.package import Report, verify

FAILED = 1
NOT_A_PACKAGE = 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="fieldreport-verify",
        description="Check a FieldReport evidence package offline: the bag's hashes, the "
        "organisation's signature, every device's signed custody log, that each record "
        "revision and media file is what its device logged, and the receipts.",
    )
    parser.add_argument("folder", metavar="DIR", type=Path, help="the evidence package")
    parser.add_argument(
        "--since",
        metavar="CHECKPOINT",
        type=Path,
        help="an earlier checkpoint of the organisation (a file, as `central checkpoint` "
        "printed it): check that the centre's log only grew since, nothing rewritten",
    )
    args = parser.parse_args(argv)
    since = None
    if args.since is not None:
        try:
            since = args.since.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            _say(f"fieldreport-verify: cannot read {args.since} ({e.__class__.__name__})", err=True)
            return NOT_A_PACKAGE
    try:
        report = verify(args.folder, since)
    except NotAPackage as e:
        _say(f"fieldreport-verify: {e}", err=True)
        return NOT_A_PACKAGE
    _report(report)
    return 0 if report.ok else FAILED


def _report(report: Report) -> None:
    if report.fingerprint:
        _say(
            f"Organisation fingerprint: {report.fingerprint} (compare it with one the "
            "organisation published elsewhere)"
        )
    if report.checkpoint is not None:
        _say(
            f"Centre checkpoint: {report.checkpoint.size} entries, root "
            f"{report.checkpoint.root.hex()} (compare it with one published, or use --since)"
        )
    if report.anonymised:
        _say("This package is anonymised: names and contacts are withheld (see summary.html).")
    for finding in report.findings:
        _say(finding.line())
    for verdict in report.verdicts:
        what = "Record" if verdict.kind == "record" else "Media item"
        if verdict.ok:
            _say(
                f"{what} {verdict.id}: VERIFIED. "
                + "; ".join(verdict.words)
                + "; the organisation's signed receipts acknowledge receiving "
                + ("them." if verdict.kind == "record" and len(verdict.words) > 1 else "it.")
            )
        else:
            _say(f"{what} {verdict.id}: NOT VERIFIED.")
            for finding in verdict.problems:
                _say(f"  {finding.line()}")
    failures = len(report.findings) + sum(len(v.problems) for v in report.verdicts)
    if failures:
        _say(
            f"NOT VERIFIED: {failures} check(s) failed; do not rely on this package as it is.",
            err=True,
        )
    else:
        _say(
            f"Everything verified: {len(report.verdicts)} item(s), the bag, the organisation's "
            "signature, every device's custody log and the receipts."
        )


def _say(text: str, err: bool = False) -> None:
    stream = sys.stderr if err else sys.stdout
    stream.write(text + "\n")


def run() -> None:
    sys.exit(main())
