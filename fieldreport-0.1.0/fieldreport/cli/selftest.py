"""``fieldreport-cli self-test``: does this installation work here? One line per check.

What a packager runs on the built app and what field support asks a monitor to
run. It touches no vault: everything happens in a temporary folder that is
removed afterwards (see :mod:`fieldreport.selftest`). Exit 0 only if every
check passed.
"""

from __future__ import annotations

import argparse

from fieldreport import __version__
from fieldreport.cli import output
from fieldreport.errors import SelfTestFailed
from fieldreport.selftest import Check, passed, run_self_test


def cmd_self_test(args: argparse.Namespace) -> int:
    results = run_self_test(None if args.json else _print_line)
    ok = passed(results)
    failed = [c.name for c in results if not (c.ok or c.skipped)]
    if args.json:
        output.print_json(
            {"ok": ok, "version": __version__, "checks": [c.to_json() for c in results]}
        )
    elif ok:
        output.out(f"FieldReport {__version__}: all {len(results)} checks passed.")
    else:
        output.out(f"FieldReport {__version__}: {len(failed)} of {len(results)} checks failed.")
    if not ok:
        output.err(f"{output.PROG}: the self-test failed: {', '.join(failed)}")
        return SelfTestFailed.exit_code
    return 0


def _print_line(check: Check) -> None:
    output.out(check.line())


def add_commands(sub: argparse._SubParsersAction) -> None:
    text = (
        "check that this installation works (libraries, translations, a whole record "
        "round trip with real keys in a temporary folder, the window's Qt plugins); "
        "exit 0 only if every check passed"
    )
    p = sub.add_parser("self-test", help=text, description=text)
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.set_defaults(handler=cmd_self_test)
