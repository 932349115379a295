"""``backup --out FILE`` and ``restore FILE``: the whole vault in one age file (docs/coercion.md).

The backup's passphrase is asked for on the terminal, or read from
``FIELDREPORT_NEW_PASSPHRASE`` (backup) and ``FIELDREPORT_PASSPHRASE``
(restore) in scripts. ``restore --identity FILE`` opens a backup with the
organisation's age identity instead.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from fieldreport import backup
from fieldreport.cli import terminal
from fieldreport.cli.output import count
from fieldreport.core import check_new_passphrase
from fieldreport.errors import UsageError
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
        help="bring a backup back as a new vault in --vault DIR",
        description="Decrypt FILE with the backup passphrase (FIELDREPORT_PASSPHRASE in "
        "scripts) or the organisation's identity, and write the vault into --vault DIR, "
        "which must not hold a vault or anything else. A damaged or altered backup is "
        "refused and nothing is written.",
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
    backup.check_restorable(args.file, target)
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
    media = backup.restore(args.file, target, passphrase, identity, new_passphrase=new)
    opens = "the new passphrase" if new else "the vault's passphrase at the time of the backup"
    print(
        f"Restored the vault into {target} ({count(media, 'media file')}); it opens with {opens}."
    )
    return 0
