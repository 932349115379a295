"""Restoring a backup over an existing vault: the vault in place is kept aside until the
restored one is in place, then destroyed (docs/coercion.md, *Restoring over a vault*).

Only the vault's own files move (the key files, both compartments' databases
and media folders, the outbox, the wrong-passphrase count); anything else a
person keeps in the folder stays, and so does ``settings.json`` (the laptop's
language, auto-lock and panic shortcut). The order makes a crash safe:

1. the old vault's key files move first into ``.NAME.replaced-<random>``
   beside the folder, then its other files: from the first move the folder
   holds no vault, and the hidden folder holds the old one, whole once step 1
   ends;
2. the restored vault's files move in, its key file last: from that rename on
   the folder holds the restored vault, whole;
3. the old vault's key is overwritten and removed (:func:`erase.destroy_key`),
   then its files.

If step 2 fails, what moved in goes back out and the old vault moves back.
A crash between steps leaves the old vault in the hidden folder (its key file
with it): :func:`put_back_interrupted` moves it back when the folder holds no
vault, and erasing the vault destroys it too (fieldreport/storage/erase.py).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path

from fieldreport.storage import erase
from fieldreport.storage.files import fsync_folder
from fieldreport.storage.vault import KEY_FILE, exists

#: Beside the vault folder, ``.NAME.replaced-<random>``: the vault a restore replaced.
REPLACED = erase.REPLACED
#: What keeps the laptop's choices rather than the vault's: it stays in the folder.
KEPT = ("settings.json", "settings.json.tmp")


def _vault_names(folder: Path) -> list[str]:
    """The vault's own files and folders present in ``folder``, key files first."""
    names = [*erase.KEY_FILES, *erase.OTHER_FILES, *erase.FOLDERS]
    return [n for n in dict.fromkeys(names) if n not in KEPT and os.path.lexists(folder / n)]


def _move(names: list[str], source: Path, target: Path) -> list[str]:
    moved = []
    for name in names:
        os.rename(source / name, target / name)
        moved.append(name)
    return moved


def replace_vault(restored: Path, target: Path) -> None:
    """Put the vault in ``restored`` (a folder on the same disk) in place of ``target``'s."""
    aside = target.parent / f".{target.name}{REPLACED}{secrets.token_hex(6)}"
    aside.mkdir(mode=0o700)
    old = _vault_names(target)
    new = [n for n in _vault_names(restored) if n != KEY_FILE] + [KEY_FILE]
    moved_out: list[str] = []
    moved_in: list[str] = []
    try:
        moved_out = _move(old, target, aside)
        fsync_folder(target)
        fsync_folder(aside)
        for name in new:
            os.rename(restored / name, target / name)
            moved_in.append(name)
        fsync_folder(target)
    except BaseException:
        with contextlib.suppress(OSError):  # undo, newest first: the old vault comes back
            for name in reversed(moved_in):
                os.rename(target / name, restored / name)
            for name in reversed(moved_out):
                os.rename(aside / name, target / name)
            fsync_folder(target)
            aside.rmdir()
        raise
    destroy_replaced(target)


def destroy_replaced(target: Path) -> None:
    """Destroy every vault a restore set aside beside ``target``: key first, then files."""
    for aside in erase.replaced(target):
        erase.destroy_key(aside)
        shutil.rmtree(aside, ignore_errors=True)
    with contextlib.suppress(OSError):
        fsync_folder(target.parent)


def put_back_interrupted(target: Path) -> bool:
    """After a crash in the middle of :func:`replace_vault`: when ``target`` holds no
    vault and one set aside beside it has its key, move it back. Returns whether it did."""
    if exists(target):
        return False
    for aside in erase.replaced(target):
        if not exists(aside):
            continue
        target.mkdir(mode=0o700, exist_ok=True)
        names = _vault_names(aside)
        keys = [n for n in names if n in erase.KEY_FILES]
        _move([n for n in names if n not in keys] + keys, aside, target)  # key last
        fsync_folder(target)
        with contextlib.suppress(OSError):
            aside.rmdir()
        return True
    return False
