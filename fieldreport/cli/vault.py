"""The vault's own commands: ``init``, ``passwd``, ``add``, ``edit``, ``show``,
``history``, ``list``, ``delete`` and ``log verify``, and the one way every
device command opens the vault (``open_vault``)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator

from fieldreport import coercion
from fieldreport.cli import output, terminal
from fieldreport.cli.output import PROG, err
from fieldreport.core import (
    Record,
    RecordSummary,
    Session,
    check_new_passphrase,
    put_back_interrupted_restore,
    vault_exists,
)
from fieldreport.domain.kinds import KINDS
from fieldreport.errors import UsageError, VaultNotFound
from fieldreport.paths import resolve_vault_dir

ID_HELP = "the record's id, or its first 6 or more characters"


@contextlib.contextmanager
def open_vault(args: argparse.Namespace, passphrase: str | None = None) -> Iterator[Session]:
    """The unlocked vault for one command; locked again whatever happens."""
    folder = resolve_vault_dir(args.vault)
    put_back_interrupted_restore(folder)  # a restore over it cut short: the vault as it was
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
        _warn(session, record)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    if args.json is None and not args.detach and args.location_from_media is None:
        raise UsageError(
            "Say what to change: --json FILE, --detach MEDIA_ID or --location-from-media MEDIA_ID."
        )
    if args.replace and args.json is None:
        raise UsageError("--replace needs --json FILE with the whole record.")
    data = terminal.read_json(args.json) if args.json is not None else {}
    with open_vault(args) as session:
        before = session.get(args.id)
        record = session.edit(
            args.id,
            data,
            replace=args.replace,
            detach=args.detach or (),
            location_from_media=args.location_from_media,
        )
        print(f"{record.id} revision {record.revision}")
        if before.status == "final" and record.status == "draft":
            err(f"Record {record.id} is a draft again (it was final), as the JSON says.")
        kept = set(record.data.get("media") or [])
        for media_id in before.data.get("media") or []:
            if media_id not in kept:
                err(f"Detached media {media_id} (it stays in the vault).")
        _warn(session, record)
    return 0


def _warn(session: Session, record: Record) -> None:
    """Problems that do not stop a save (a settlement not in the gazetteer), one line each."""
    for problem in session.warnings(record.kind, record.data):
        err(f"warning: {problem.path}: {problem.text()}")


def cmd_show(args: argparse.Namespace) -> int:
    with open_vault(args) as session:
        record = session.get(args.id, args.revision)
        if args.json:
            output.print_json(record.to_json())
            return 0
        links = session.links(record.id)
        sync_state = session.record_sync_state(record.id)
        purged = coercion.purged_at(session, record.id)
    state = "deleted" if record.deleted else record.status
    print(f"{record.kind} {record.id}")
    print(f"revision {record.revision} ({state}), saved {record.updated_at}")
    if purged is not None:
        print(f"held by the organisation: removed from this laptop on {purged[:10]}")
    for path, value in output.flatten(record.data):
        if path not in ("status", "links"):
            print(f"  {path}: {value}")
    for label, summaries in (("links to", links.outgoing), ("linked from", links.incoming)):
        for s in summaries:
            print(f"  {label}: {s.id}  {s.kind}  {s.title}")
    for other in links.elsewhere:
        print(f"  links to: {other}  (not in this vault)")
    print(f"sync: {_sync_text(*sync_state)}")
    return 0


def _sync_text(state: str, bundle: int | None) -> str:
    if state == "synced":
        return "synced"
    if state == "on_its_way":
        return f"on its way (bundle {bundle}, waiting for the receipt)"
    return "not yet sent"


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
                    "sync": _sync_state(r),
                    "bundle": r.on_its_way,
                }
                for r in records
            ]
        )
        return 0
    rows = [
        [
            r.id,
            r.kind,
            r.status,
            str(r.revision),
            _sync_cell(r),
            r.event_date,
            r.location_text,
            r.title,
        ]
        for r in records
    ]
    output.print_table(["ID", "KIND", "STATUS", "REV", "SYNC", "DATE", "PLACE", "TITLE"], rows)
    print(output.count(len(records), "record"), file=sys.stderr)
    return 0


def _sync_state(r: RecordSummary) -> str:
    if r.synced:
        return "synced"
    return "on_its_way" if r.on_its_way is not None else "not_sent"


def _sync_cell(r: RecordSummary) -> str:
    if r.synced:
        return "synced"
    return f"on its way (bundle {r.on_its_way})" if r.on_its_way is not None else "not sent"


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
    p.add_argument("kind", choices=KINDS, help="the kind of record: %(choices)s")
    p.add_argument(
        "--json", required=True, metavar="FILE", help="the record's JSON file, or - for stdin"
    )
    p = add(
        "edit",
        cmd_edit,
        "change a record (a new revision): the fields given replace those fields, the "
        "rest is kept; a field given as null is removed",
    )
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument(
        "--json",
        metavar="FILE",
        help='JSON with the fields to change, or - for stdin; with "revision" the edit is '
        "refused (exit 25) if someone saved since that revision",
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="the JSON is the whole record (as show --json prints it, with its revision); "
        "fields it leaves out are removed, except status and media, which are kept",
    )
    p.add_argument(
        "--detach",
        action="append",
        metavar="MEDIA_ID",
        help="take this media item off the record (it stays in the vault); may be repeated",
    )
    p.add_argument(
        "--location-from-media",
        metavar="MEDIA_ID",
        help="put this photo's GPS position into the record's location (the place's name is kept)",
    )
    p = add("show", cmd_show, "show a record (its latest revision unless --revision)")
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument(
        "--json", action="store_true", help="print the record's JSON (as edit --replace takes it)"
    )
    p.add_argument("--revision", type=int, metavar="N", help="show revision N instead")
    p = add("history", cmd_history, "list a record's revisions")
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("list", cmd_list, "list records (newest first)")
    p.add_argument("--kind", choices=KINDS, help="only records of this kind: %(choices)s")
    p.add_argument("--search", metavar="TEXT", help="words that must all appear in the record")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("delete", cmd_delete, "delete a record (a tombstone revision; history stays)")
    p.add_argument("id", metavar="ID", help=ID_HELP)
    p = add("log", lambda a: 2, "the custody log: check that nothing was altered")
    log_sub = p.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    verify = log_sub.add_parser(
        "verify",
        help="verify the whole custody log chain",
        description="Verify the whole custody log chain (exit 0 only if intact).",
    )
    verify.set_defaults(handler=cmd_log_verify)
