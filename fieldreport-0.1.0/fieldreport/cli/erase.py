"""``erase [--yes]``: destroy the vault's key, then its files (see docs/coercion.md).

Without ``--yes`` it first says how many records and files the organisation
never confirmed (those are lost for good), using the passphrase when one is
given (Enter skips the count), then asks to type a word.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

from fieldreport import coercion
from fieldreport.cli import terminal
from fieldreport.cli.output import PROG, confirm, count, err
from fieldreport.core import Session, vault_exists
from fieldreport.errors import Declined, FieldReportError, VaultNotFound
from fieldreport.paths import resolve_vault_dir
from fieldreport.storage import erase as erase_store

WORD = "ERASE"


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "erase",
        help="erase this vault at once: its key first, then every file (cannot be undone)",
        description="Destroy the vault's key (overwritten, flushed, removed), then remove the "
        "database, media, unsaved forms, outbox, settings and the app's log files. Without "
        "--yes it says what the organisation never confirmed (lost for good) and asks you "
        f"to type {WORD}. No passphrase is needed to erase; given, it counts what is lost.",
    )
    p.add_argument("--yes", action="store_true", help="erase without counting or asking")
    p.set_defaults(handler=cmd_erase)


def cmd_erase(args: argparse.Namespace) -> int:
    folder = resolve_vault_dir(args.vault)
    if not vault_exists(folder) and not erase_store.leftovers(folder):
        raise VaultNotFound(f"There is no vault in {folder}; nothing was erased.")
    if not args.yes:
        if not (sys.stdin.isatty() or os.name == "nt"):
            raise Declined("erase asks for confirmation; add --yes to erase in a script.")
        err(_what_is_lost(folder))
        confirm(
            f"This cannot be undone. Erase the vault in {folder}?",
            declined=f"Not erased: {WORD} was not typed. Nothing was changed.",
            word=WORD,
        )
    if not vault_exists(folder) and not erase_store.leftovers(folder):
        # wrong passphrases at the count's prompt reached wipe-after-failures: done already
        print(f"Erased the vault in {folder}.")
        return 0
    erased = coercion.erase_vault(folder, finish=False)  # the key, then everything set aside
    where = "removed" if erased.folder_removed else "kept (it holds other files)"
    print(
        f"Erased the vault in {folder}: its key was destroyed first, then the folder was "
        f"{where}; removing its {count(erased.pending + erased.files, 'file')}…",
        flush=True,
    )
    done = coercion.finish_erase(folder)  # what was set aside (unreadable already)
    erased = replace(erased, left=erased.left + done.left)
    if erased.left:
        err(
            f"{count(erased.left, 'file')} of the vault could not be removed now (open in the "
            f"app?); without the key they cannot be read. Close the app and run '{PROG} erase' "
            "again to remove them."
        )
    return 0


def _what_is_lost(folder: Path) -> str:
    unknown = (
        "What would be lost was not counted (the vault was not opened): everything the "
        "organisation has not confirmed with a receipt will be lost."
    )
    if not vault_exists(folder):  # an erase cut short: the key is gone already
        return "The vault's key is already destroyed; its remaining files will be removed."
    prompt = "Passphrase, to count what would be lost (Enter to skip): "
    try:
        passphrase = terminal.ask_passphrase(prompt)
    except FieldReportError:
        return unknown
    if not passphrase:
        return unknown
    try:
        session = Session.unlock(folder, passphrase)
    except FieldReportError as exc:
        return f"{exc} {unknown}"
    try:
        lost = coercion.unconfirmed(session)
    finally:
        session.lock()
    if lost.nothing:
        return "The organisation has confirmed every record and file here (receipts)."
    return (
        f"{count(lost.records, 'record')} and {count(lost.media, 'file')} were never "
        "confirmed by the organisation (no receipt) and will be lost."
    )
