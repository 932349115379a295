"""``fieldreport-cli``: the headless command line. It never imports Qt.

One module per command group; ``output`` prints, ``terminal`` asks. Every
error a person can cause prints one line to standard error and exits with the
code listed in the README (see ``fieldreport.errors.EXIT_CODES``).
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import sys
from collections.abc import Sequence

from fieldreport import __version__
from fieldreport.cli import central, media, net, sync, vault
from fieldreport.cli.output import PROG
from fieldreport.errors import FieldReportError, ValidationFailed
from fieldreport.logging_setup import setup_logging

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="FieldReport on the command line. The passphrase is asked for on the "
        "terminal, or read from FIELDREPORT_PASSPHRASE in scripts.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help="vault folder (default: $FIELDREPORT_VAULT or the platform's user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    vault.add_commands(sub)
    media.add_commands(sub, vault.open_vault)
    sync.add_commands(sub, vault.open_vault)
    net.add_commands(sub, vault.open_vault)
    central.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen CLI's bundle age process starts here
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    try:
        return args.handler(args)
    except ValidationFailed as exc:
        print(f"{PROG}: {_validation_line(exc)}", file=sys.stderr)
        return exc.exit_code
    except FieldReportError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing more was changed.", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error in %s", args.command)
        print(
            f"{PROG}: an unexpected error occurred (a bug). Details without record content "
            "were written to the log folder.",
            file=sys.stderr,
        )
        return 1


def _validation_line(exc: ValidationFailed) -> str:
    """One line: the first problem in full, then where the others are."""
    first, *others = exc.problems
    line = f"invalid record: {first.path}: {first.text()}"
    if others:
        paths = ", ".join(dict.fromkeys(p.path for p in others))
        line += f" Also to fix ({len(others)} more): {paths}."
    return line


def run() -> None:  # pragma: no cover - console entry
    sys.exit(main())
