"""``fieldreport-cli``: the headless command line. It never imports Qt.

Every error a person can cause prints one line to standard error and exits
with the code listed in the README (see ``fieldreport.errors.EXIT_CODES``).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import multiprocessing
import sys
from collections.abc import Callable, Iterator, Sequence

from fieldreport import __version__, cli_central, cli_io, cli_media, cli_net, cli_sync
from fieldreport.core import Session, check_new_passphrase, vault_exists
from fieldreport.domain.kinds import KINDS
from fieldreport.errors import FieldReportError, ValidationFailed, VaultNotFound
from fieldreport.logging_setup import setup_logging
from fieldreport.paths import resolve_vault_dir

log = logging.getLogger(__name__)
PROG = "fieldreport-cli"


@contextlib.contextmanager
def _open(args: argparse.Namespace, passphrase: str | None = None) -> Iterator[Session]:
    """The unlocked vault for one command; locked again whatever happens."""
    folder = resolve_vault_dir(args.vault)
    if not vault_exists(folder):
        raise VaultNotFound(
            f"There is no vault in {folder}. Create one with '{PROG} init' or pass --vault DIR."
        )
    if passphrase is None:
        passphrase = cli_io.ask_passphrase()
    session = Session.unlock(folder, passphrase)
    try:
        yield session
    finally:
        session.lock()


# -- commands ----------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    folder = resolve_vault_dir(args.vault)
    passphrase, confirmation = cli_io.ask_new_passphrase(cli_io.PASSPHRASE_ENV)
    check_new_passphrase(passphrase, confirmation)
    session = Session.create(folder, passphrase)
    try:
        print(f"Created a vault in {folder}")
        print(f"Device fingerprint: {session.fingerprint}")
    finally:
        session.lock()
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    old = cli_io.ask_passphrase("Current passphrase: ")
    with _open(args, old) as session:
        new, confirmation = cli_io.ask_new_passphrase(cli_io.NEW_PASSPHRASE_ENV)
        session.change_passphrase(old, new, confirmation)
        print("Passphrase changed.")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    data = cli_io.read_json(args.json)
    with _open(args) as session:
        record = session.add(args.kind, data)
        print(record.id)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    data = cli_io.read_json(args.json)
    with _open(args) as session:
        record = session.edit(args.id, data)
        print(f"{record.id} revision {record.revision}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as session:
        record = session.get(args.id, args.revision)
    if args.json:
        cli_io.print_json(record.to_json())
        return 0
    state = "deleted" if record.deleted else record.status
    print(f"{record.kind} {record.id}")
    print(f"revision {record.revision} ({state}), saved {record.updated_at}")
    for path, value in cli_io.flatten(record.data):
        if path != "status":
            print(f"  {path}: {value}")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with _open(args) as session:
        revisions = session.history(args.id)
    if args.json:
        cli_io.print_json(
            [
                {
                    "revision": r.revision,
                    "saved_at": r.saved_at,
                    "status": r.status,
                    "deleted": r.deleted,
                    "content_hash": r.content_hash,
                    "log_seq": r.log_seq,
                }
                for r in revisions
            ]
        )
        return 0
    rows = [
        [str(r.revision), r.saved_at, "deleted" if r.deleted else r.status, r.content_hash[:16]]
        for r in revisions
    ]
    cli_io.print_table(["REV", "SAVED", "STATE", "HASH"], rows)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as session:
        records = session.list(args.kind, args.search)
    if args.json:
        cli_io.print_json(
            [
                {
                    "id": r.id,
                    "kind": r.kind,
                    "revision": r.revision,
                    "status": r.status,
                    "updated_at": r.updated_at,
                    "title": r.title,
                    "date": r.event_date,
                    "place": r.location_text,
                }
                for r in records
            ]
        )
        return 0
    rows = [
        [r.id, r.kind, r.status, str(r.revision), r.event_date, r.location_text, r.title]
        for r in records
    ]
    cli_io.print_table(["ID", "KIND", "STATUS", "REV", "DATE", "PLACE", "TITLE"], rows)
    print(f"{len(records)} record(s)", file=sys.stderr)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with _open(args) as session:
        record = session.delete(args.id)
        print(f"{record.id} deleted (revision {record.revision} is the tombstone)")
    return 0


def cmd_log_verify(args: argparse.Namespace) -> int:
    with _open(args) as session:
        result = session.verify_log()
    if result.ok:
        print(result.describe())
        return 0
    print(f"{PROG}: {result.describe()}", file=sys.stderr)
    return 13


# -- parser ------------------------------------------------------------------
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

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str):
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    add("init", cmd_init, "create a new vault (new passphrase: FIELDREPORT_PASSPHRASE)")
    add("passwd", cmd_passwd, "change the passphrase (new one: FIELDREPORT_NEW_PASSPHRASE)")
    p = add("add", cmd_add, "add a record from JSON and print its id")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--json", required=True, metavar="FILE", help="JSON file, or - for stdin")
    p = add("edit", cmd_edit, "save JSON as a record's new revision")
    p.add_argument("id")
    p.add_argument("--json", required=True, metavar="FILE", help="JSON file, or - for stdin")
    p = add("show", cmd_show, "show a record (its latest revision unless --revision)")
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--revision", type=int, metavar="N")
    p = add("history", cmd_history, "list a record's revisions")
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("list", cmd_list, "list records (newest first)")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--search", metavar="TEXT", help="words that must all appear in the record")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("delete", cmd_delete, "delete a record (a tombstone revision; history stays)")
    p.add_argument("id")
    p = add("log", lambda a: 2, "custody log commands")
    log_sub = p.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    verify = log_sub.add_parser("verify", help="verify the whole custody log chain")
    verify.set_defaults(handler=cmd_log_verify)
    cli_media.add_commands(sub, _open)
    cli_sync.add_commands(sub, _open)
    cli_net.add_commands(sub, _open)
    cli_central.add_commands(sub)
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
