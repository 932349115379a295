"""``backup --out FILE`` and ``restore FILE``: the whole vault in one age file (docs/coercion.md).

The backup's passphrase is asked for on the terminal, or read from
``FIELDREPORT_NEW_PASSPHRASE`` (backup) and ``FIELDREPORT_PASSPHRASE``
(restore) in scripts. ``restore --identity FILE`` opens a backup with the
organisation's age identity instead.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from fieldreport import backup
from fieldreport.cli import terminal
from fieldreport.cli.output import confirm, count
from fieldreport.core import Session, check_new_passphrase
from fieldreport.errors import FieldReportError, UsageError
from fieldreport.paths import resolve_vault_dir
from fieldreport.storage.user_files import read_input

OpenVault = Callable[[argparse.Namespace], AbstractContextManager[Any]]


def add_commands(sub: argparse._SubParsersAction, open_vault: OpenVault) -> None:
    p = sub.add_parser(
        "backup",
        help="write an encrypted backup of the whole vault to one file",
        description="Write the key file, a consistent copy of the database and the media "
        "files to FILE as one age file, encrypted to a backup passphrase you choose "
        "(FIELDREPORT_NEW_PASSPHRASE in scripts) and, once the device has joined, to the "
        "organisation. The app's window may stay open meanwhile. The restored vault opens "
        "with the vault's passphrase at the time of the backup.",
    )
    p.add_argument("--out", metavar="FILE", required=True, help="the backup file to write")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(handler=lambda args: cmd_backup(args, open_vault))

    r = sub.add_parser(
        "restore",
        help="bring a backup back as a new vault in --vault DIR (or over it: --replace)",
        description="Decrypt FILE with the backup passphrase (FIELDREPORT_PASSPHRASE in "
        "scripts) or the organisation's identity, and write the vault into --vault DIR, "
        "which must not hold a vault or anything else (--replace: replace the vault there). "
        "A damaged or altered backup is refused and nothing is written.",
    )
    r.add_argument("file", metavar="FILE", help="the backup file")
    r.add_argument(
        "--vault",
        dest="restore_vault",
        metavar="DIR",
        help="the new vault folder (as the global --vault DIR)",
    )
    r.add_argument(
        "--identity",
        metavar="FILE",
        help="the organisation's age identity file, instead of the backup passphrase",
    )
    r.add_argument(
        "--new-passphrase",
        action="store_true",
        help="with --identity: open the restored vault with the data key the monitor escrowed "
        "to the organisation at join, and give it a new passphrase (asked twice, or "
        "FIELDREPORT_NEW_PASSPHRASE)",
    )
    r.add_argument(
        "--replace",
        action="store_true",
        help="replace the vault in DIR with the backup: everything saved there since the "
        "backup was made is lost (it says when, and asks; the vault is kept aside until the "
        "backup is in place)",
    )
    r.add_argument("--yes", action="store_true", help="with --replace: do not ask to confirm")
    r.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace, open_vault: OpenVault) -> int:
    with open_vault(args) as session:
        passphrase, confirmation = terminal.ask_new_passphrase(terminal.NEW_PASSPHRASE_ENV)
        check_new_passphrase(passphrase, confirmation)
        written = backup.backup_session(session, args.out, passphrase, force=args.force)
    to = "the backup passphrase" + (" and the organisation" if written.to_organisation else "")
    print(
        f"Wrote the backup {written.path} (the vault and {count(written.media, 'media file')}), "
        f"encrypted to {to}."
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    target = resolve_vault_dir(args.restore_vault or args.vault)
    if args.yes and not args.replace:
        raise UsageError("--yes only goes with --replace.")
    backup.check_restorable(args.file, target, replace=args.replace)
    identity = passphrase = None
    if args.identity:
        identity = read_input(args.identity, "identity file", 4096).decode("utf-8", "replace")
    else:
        passphrase = terminal.ask_passphrase("Backup passphrase: ")
    new = None
    if args.new_passphrase:
        if identity is None:
            raise UsageError("--new-passphrase needs --identity (the organisation's identity).")
        new, confirmation = terminal.ask_new_passphrase(terminal.NEW_PASSPHRASE_ENV)
        check_new_passphrase(new, confirmation)
    prepared = backup.prepare_restore(
        args.file, target, passphrase, identity, new_passphrase=new, replace=args.replace
    )
    try:
        if args.replace:
            _confirm_replace(prepared, args.yes)
        media = prepared.place(replace=args.replace)
    finally:
        prepared.discard()
    opens = "the new passphrase" if new else "the vault's passphrase at the time of the backup"
    what = "the backup over the vault in" if args.replace else "the vault into"
    print(f"Restored {what} {target} ({count(media, 'media file')}); it opens with {opens}.")
    return 0


def _confirm_replace(prepared: backup.PreparedRestore, assume_yes: bool) -> None:
    """Say what replacing loses (counted when the vault's passphrase is given), then ask."""
    when = when_made(prepared)
    if not assume_yes:
        print(
            f"The backup was made {when}. Restoring it replaces the vault in "
            f"{prepared.target}: every record, change and file saved there since then is "
            "lost, with anything not yet sent to the organisation.",
            file=sys.stderr,
        )
        if prepared.made_at is not None and terminal.has_terminal():
            print(_what_is_lost(prepared), file=sys.stderr)
    confirm(
        "Replace the vault with the backup?",
        assume_yes,
        declined="Nothing was restored; the vault is as it was.",
    )


def when_made(prepared: backup.PreparedRestore) -> str:
    if prepared.made_at is None:
        return "at a time it does not say"
    return "on " + prepared.made_at.strftime("%Y-%m-%d at %H:%M UTC")


def _what_is_lost(prepared: backup.PreparedRestore) -> str:
    unknown = "What would be lost was not counted (the vault was not opened)."
    prompt = "Passphrase of the vault being replaced, to count what is lost (Enter to skip): "
    try:
        current = getpass.getpass(prompt)  # the backup's passphrase may be in the environment
    except (EOFError, OSError):
        return unknown
    if not current or prepared.made_at is None:
        return unknown
    try:
        session = Session.unlock(prepared.target, current)
    except FieldReportError as exc:
        return f"{exc} {unknown}"
    try:
        lost = session.changes_since(prepared.made_at)
    finally:
        session.lock()
    if lost.nothing:
        return "Nothing was saved in the vault since the backup was made."
    files = count(lost.media, "photo or file", "photos or files")
    return (
        f"Saved since the backup, and lost: {count(lost.created, 'new record')}, "
        f"{count(lost.changed, 'record')} changed, {files}."
    )
