"""``recovery split`` and ``recovery restore``: SLIP-39 shares for a forgotten passphrase.

See docs/coercion.md (*Recovery shares*). ``split`` needs the passphrase (the
vault must be open to wrap its key); ``restore`` needs enough shares instead,
as files or typed at the terminal, and a new passphrase (the terminal, or
``FIELDREPORT_NEW_PASSPHRASE`` in scripts).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldreport import recovery, recovery_shares
from fieldreport.cli import terminal
from fieldreport.cli.output import confirm, count, err
from fieldreport.core import check_new_passphrase
from fieldreport.errors import UsageError
from fieldreport.paths import resolve_vault_dir
from fieldreport.recovery_shares import ShareText

Opener = Callable[..., contextlib.AbstractContextManager[Any]]

SECRET = (
    "These files are SECRET: whoever holds enough of them opens the vault. Print or copy each "
    "share, give each to a different trusted person or place, never keep them with the "
    "laptop, then delete the files from this computer."
)


def add_commands(sub: argparse._SubParsersAction, open_vault: Opener) -> None:
    p = sub.add_parser(
        "recovery",
        help="recovery shares: open the vault without the passphrase (split, restore)",
        description="Split a recovery secret for this vault into shares that people can "
        "write down (SLIP-39 words), any THRESHOLD of which open the vault and set a new "
        "passphrase when the old one is forgotten.",
    )
    cmds = p.add_subparsers(dest="recovery_command", metavar="ACTION", required=True)
    s = cmds.add_parser(
        "split",
        help="write N shares (words and a printable PDF sheet) into DIR",
        description="Write share-NN.txt (20 words) and share-NN.pdf (the words and a QR "
        "code, to print) for each share into DIR. Any THRESHOLD shares open the vault; fewer "
        "reveal nothing. A new split replaces the previous one: its shares stop working. "
        "The files are secret: print them, hand them out, delete them.",
    )
    s.add_argument("--shares", type=int, required=True, metavar="N", help="how many (2 to 16)")
    s.add_argument(
        "--threshold", type=int, required=True, metavar="K", help="how many open it (2 to N)"
    )
    s.add_argument("--out", required=True, metavar="DIR", help="the folder for the shares")
    s.add_argument("--yes", action="store_true", help="replace share files already in DIR")
    s.set_defaults(handler=lambda args: cmd_split(args, open_vault))
    r = cmds.add_parser(
        "restore",
        help="open the vault with enough shares and set a new passphrase",
        description="Combine the shares (files, or typed at the terminal when no file is "
        "given), open the vault and set a new passphrase (asked twice, or "
        "FIELDREPORT_NEW_PASSPHRASE in scripts). Too few shares, shares from different "
        "splits, a mistyped word or another vault's shares are refused (exit 28), and "
        "nothing is changed.",
    )
    r.add_argument("files", nargs="*", metavar="SHARE_FILE", help="share files (share-NN.txt)")
    r.set_defaults(handler=cmd_restore)


def cmd_split(args: argparse.Namespace, open_vault: Opener) -> int:
    recovery_shares.check_counts(args.shares, args.threshold)
    out = Path(args.out)
    there = recovery.existing(out, args.shares)
    if there:
        confirm(
            f"{out} already holds {count(len(there), 'share file')}. Replace them?",
            args.yes,
            declined="Not replaced; nothing was changed.",
        )
    with open_vault(args) as session:
        made = recovery.split(session, out, args.shares, args.threshold, replace=True)
    print(
        f"Wrote {made.shares} shares into {made.folder} (share-NN.txt: the words; "
        f"share-NN.pdf: a sheet to print). Any {made.threshold} of them open the vault; "
        "shares from an earlier split no longer do."
    )
    err(SECRET)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    folder = resolve_vault_dir(args.vault)
    given = recovery.read_share_files(args.files) if args.files else _typed()
    recovery_shares.combine(given)  # refused here, before asking for a passphrase
    passphrase, confirmation = terminal.ask_new_passphrase(terminal.NEW_PASSPHRASE_ENV)
    check_new_passphrase(passphrase, confirmation)
    session = recovery.restore(folder, given, passphrase)
    session.lock()
    print(f"Recovered the vault in {folder}: it now opens with the new passphrase.")
    return 0


def _typed() -> list[ShareText]:
    """Shares typed at the terminal, one per prompt, until the set's threshold is reached."""
    if not terminal.has_terminal():
        raise UsageError("Give the share files, or run this at a terminal to type the words.")
    given: list[ShareText] = []
    needed = None
    while needed is None or len(given) < needed:
        label = f"share {len(given) + 1}"
        try:
            text = input(f"Words of {label} (on one line; an empty line stops): ")
        except EOFError:
            text = ""
        if not text.strip():
            break
        share = recovery_shares.parse(ShareText(label, text))  # a mistyped word: said now
        needed = needed or share.member_threshold
        given.append(ShareText(label, text))
    return given
