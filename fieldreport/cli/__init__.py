"""``fieldreport-cli``: the headless command line. It never imports Qt.

One module per command group; ``output`` prints, ``terminal`` asks. Every
error a person can cause prints one line to standard error and exits with the
code listed in the README (see ``fieldreport.errors.EXIT_CODES``).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from fieldreport import __version__
from fieldreport.cli import (
    backup,
    central,
    erase,
    media,
    net,
    purge,
    recovery,
    selftest,
    sync,
    vault,
)
from fieldreport.cli import duress as duress_cli
from fieldreport.cli import escrow as escrow_cli
from fieldreport.cli import settings as settings_cli
from fieldreport.cli.output import PROG
from fieldreport.errors import FieldReportError, StorageFull, ValidationFailed
from fieldreport.logging_setup import setup_logging
from fieldreport.paths import use_portable_folders

FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
DISK_ERRORS = FULL | {errno.EIO, errno.EROFS}  # a disk full or failing: said plainly (exit 14)
PIPE_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for a writer whose reader left
log = logging.getLogger(__name__)

EPILOG = """environment variables:
  FIELDREPORT_VAULT               the vault folder (instead of --vault DIR)
  FIELDREPORT_PASSPHRASE          the vault's passphrase, for scripts
  FIELDREPORT_NEW_PASSPHRASE      the new passphrase for passwd (and duress set)
  FIELDREPORT_CENTRAL_STORE       the central store folder (instead of --store DIR)
  FIELDREPORT_CENTRAL_PASSPHRASE  the central store's passphrase (else FIELDREPORT_PASSPHRASE)

Every mistake prints one line on standard error and exits with its own code
(0 success, 2 wrong arguments or a confirmation answered no, 9 unreadable
input, 10 invalid record, 25 someone saved the record meanwhile, ...): the
whole table is in the README, under "The command line". Each command has its
own --help; those that cannot be undone ask first (--yes in scripts)."""


class OneLineParser(argparse.ArgumentParser):
    """Wrong arguments are one line too (``--help`` shows the usage), exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG,
        description="FieldReport on the command line. The passphrase is asked for on the "
        "terminal, or read from FIELDREPORT_PASSPHRASE in scripts.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    settings_cli.add_commands(sub, vault.open_vault)
    erase.add_commands(sub)
    duress_cli.add_commands(sub, vault.open_vault)
    backup.add_commands(sub, vault.open_vault)
    escrow_cli.add_commands(sub, vault.open_vault)
    purge.add_commands(sub, vault.open_vault)
    recovery.add_commands(sub, vault.open_vault)
    central.add_commands(sub)
    selftest.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen CLI that ever starts a process needs it first
    use_portable_folders()  # a 'portable' file beside the executable: data beside it too
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    try:
        code: int = args.handler(args)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at exit
        return code
    except BrokenPipeError:
        return _pipe_closed()
    except ValidationFailed as exc:
        print(f"{PROG}: {_validation_line(exc)}", file=sys.stderr)
        return exc.exit_code
    except FieldReportError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        if exc.errno not in DISK_ERRORS:
            return _bug(args.command)
        print(f"{PROG}: {_disk_line(exc)}", file=sys.stderr)
        return StorageFull.exit_code
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing more was changed.", file=sys.stderr)
        return 130
    except Exception:
        return _bug(args.command)


def _bug(command: str) -> int:
    log.exception("unexpected error in %s", command)
    print(
        f"{PROG}: an unexpected error occurred (a bug). Details without record content "
        "were written to the log folder.",
        file=sys.stderr,
    )
    return 1


def _pipe_closed() -> int:
    """The reader went away (``central show … | head``): stop quietly, as ``head``'s writer does.

    Standard output is pointed at the null device so that Python's final flush
    does not fail again; the exit code is the shell's for a writer ended by
    SIGPIPE (128 + 13).
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return PIPE_CLOSED


def _disk_line(exc: OSError) -> str:
    """One line for a disk that is full or failing (what the system said; no path)."""
    what = exc.strerror or type(exc).__name__
    if exc.errno in FULL:
        return (
            f"the disk is full ({what}); what was not finished was not saved. "
            "Free some space and try again."
        )
    return (
        f"the disk could not be written ({what}); what was not finished was not saved. "
        "Check the disk and try again."
    )


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
