"""The vault's own commands: ``init``, ``passwd``, ``add``, ``edit``, ``show``,
``history``, ``list``, ``delete`` and ``log verify``, and the one way every
device command opens the vault (``open_vault``)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator

from fieldreport.cli import output, terminal
from fieldreport.cli.output import PROG
from fieldreport.core import Session, check_new_passphrase, vault_exists
from fieldreport.domain.kinds import KINDS
from fieldreport.errors import VaultNotFound
from fieldreport.paths import resolve_vault_dir


@contextlib.contextmanager
def open_vault(args: argparse.Namespace, passphrase: str | None = None) -> Iterator[Session]:
    """The unlocked vault for one command; locked again whatever happens."""
    folder = resolve_vault_dir(args.vault)
    if not vault_exists(folder):
        raise VaultNotFound(
            f"There is no vault in {folder}. Create one with '{PROG} init' or pass --vault DIR."
        )
    if passphrase is None:
        passphrase = terminal.ask_passphrase()
    session = Session.unlock(folder, passphrase)
    try:
        yield session
    finally:
        session.lock()


# -- commands ----------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    folder = resolve_vault_dir(args.vault)
    passphrase, confirmation = terminal.ask_new_passphrase(terminal.PASSPHRASE_ENV)
    check_new_passphrase(passphrase, confirmation)
    session = Session.create(folder, passphrase)
    try:
        print(f"Created a vault in {folder}")
        print(f"Device fingerprint: {session.fingerprint}")
    finally:
        session.lock()
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    old = terminal.ask_passphrase("Current passphrase: ")
    with open_vault(args, old) as session:
        new, confirmation = terminal.ask_new_passphrase(terminal.NEW_PASSPHRASE_ENV)
        session.change_passphrase(old, new, confirmation)
        print("Passphrase changed.")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    data = terminal.read_json(args.json)
    with open_vault(args) as session:
        record = session.add(args.kind, data)
        print(record.id)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    data = terminal.read_json(args.json)
    with open_vault(args) as session:
        record = session.edit(args.id, data)
        print(f"{record.id} revision {record.revision}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_vault(args) as session:
        record = session.get(args.id, args.revision)
    if args.json:
        output.print_json(record.to_json())
        return 0
    state = "deleted" if record.deleted else record.status
    print(f"{record.kind} {record.id}")
    print(f"revision {record.revision} ({state}), saved {record.updated_at}")
    for path, value in output.flatten(record.data):
        if path != "status":
            print(f"  {path}: {value}")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with open_vault(args) as session:
        revisions = session.history(args.id)
    if args.json:
        output.print_json(
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
    output.print_table(["REV", "SAVED", "STATE", "HASH"], rows)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_vault(args) as session:
        records = session.list(args.kind, args.search)
    if args.json:
        output.print_json(
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
    output.print_table(["ID", "KIND", "STATUS", "REV", "DATE", "PLACE", "TITLE"], rows)
    print(f"{len(records)} record(s)", file=sys.stderr)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_vault(args) as session:
        record = session.delete(args.id)
        print(f"{record.id} deleted (revision {record.revision} is the tombstone)")
    return 0


def cmd_log_verify(args: argparse.Namespace) -> int:
    with open_vault(args) as session:
        result = session.verify_log()
    if result.ok:
        print(result.describe())
        return 0
    print(f"{PROG}: {result.describe()}", file=sys.stderr)
    return 13


def add_commands(sub: argparse._SubParsersAction) -> None:
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
