"""Recovery shares: the facade both faces call (``recovery split`` / ``recovery restore``).

``split`` draws a fresh random recovery secret, wraps the open vault's data
key under it (``recovery.key`` in the vault folder,
:mod:`fieldreport.storage.recovery_key`) and writes the secret's SLIP-39
shares (:mod:`fieldreport.recovery_shares`) to a folder the person chooses:
one text file and one printable PDF sheet per share. ``restore`` combines
enough shares, opens the vault with the data key they unwrap and sets a new
passphrase. Nothing here imports Qt.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from fieldreport import recovery_shares, recovery_sheet
from fieldreport.core import Session
from fieldreport.errors import SharesRefused, UsageError, VaultNotFound
from fieldreport.recovery_shares import ShareText
from fieldreport.recovery_sheet import SheetText
from fieldreport.storage import failure_counter, recovery_key
from fieldreport.storage import vault as vault_store
from fieldreport.storage.files import atomic_write, make_private_folder
from fieldreport.storage.user_files import read_input
from fieldreport.storage.vault import Vault

__all__ = ["ShareSet", "ShareText", "SheetText", "existing", "read_share_files", "restore", "split"]

MAX_SHARE_FILE = 64 * 1024


@dataclass(frozen=True)
class ShareSet:
    folder: Path
    shares: int
    threshold: int
    files: list[Path]  # per share: its text file, then its sheet


def share_paths(folder: Path, shares: int) -> list[Path]:
    paths: list[Path] = []
    for index in range(1, shares + 1):
        paths += [folder / f"share-{index:02d}.txt", folder / f"share-{index:02d}.pdf"]
    return paths


def existing(folder: Path, shares: int) -> list[Path]:
    """The files a split into ``folder`` would replace (ask before going on)."""
    return [p for p in share_paths(Path(folder), shares) if p.exists()]


def split(
    session: Any,
    folder: Path,
    shares: int,
    threshold: int,
    *,
    replace: bool = False,
    sheet: SheetText | None = None,
) -> ShareSet:
    """Write ``shares`` share files and sheets into ``folder``; any ``threshold`` open the vault.

    The share files are written first and ``recovery.key`` last: until it is
    replaced, the shares of an earlier split keep working.
    """
    recovery_shares.check_counts(shares, threshold)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is not a folder.")
    if existing(folder, shares) and not replace:
        raise UsageError(f"{folder} already holds share files; choose another folder.")
    vault: Vault = session._vault
    secret = os.urandom(recovery_key.SECRET_BYTES)
    mnemonics = recovery_shares.make(secret, shares, threshold)
    made = date.today().isoformat()
    make_private_folder(folder)
    paths = share_paths(folder, shares)
    for index, mnemonic in enumerate(mnemonics, start=1):
        txt, pdf = paths[2 * index - 2], paths[2 * index - 1]
        words = recovery_shares.file_text(mnemonic, index, shares, threshold, made)
        atomic_write(txt, words.encode("utf-8"))
        atomic_write(pdf, recovery_sheet.render(mnemonic, index, shares, threshold, made, sheet))
    vault.seal_recovery_key(secret)
    return ShareSet(folder, shares, threshold, paths)


def read_share_files(names: Sequence[str]) -> list[ShareText]:
    out = []
    for name in names:
        raw = read_input(name, "share file", MAX_SHARE_FILE)
        out.append(ShareText(Path(name).name, raw.decode("utf-8", "replace")))
    return out


def restore(folder: Path, given: Sequence[ShareText], new_passphrase: str) -> Session:
    """Open the vault in ``folder`` with enough shares and set ``new_passphrase``.

    Checked in this order, and nothing is changed unless all pass: the new
    passphrase, that a vault is there, each share (words, checksum, set), that
    there are enough, and that they open this vault.
    """
    folder = Path(folder)
    vault_store.check_passphrase(new_passphrase)
    if not vault_store.exists(folder):
        raise VaultNotFound(f"There is no vault in {folder}; nothing was recovered.")
    secret = recovery_shares.combine(given)
    if not recovery_key.exists(folder):
        raise SharesRefused(
            f"The vault in {folder} has no recovery shares (none were ever made for it, "
            "or it was restored from an older backup). Nothing was changed.",
            "no_recovery",
        )
    try:
        data_key = recovery_key.open_key(folder, secret)
    except recovery_key.NotThisVault:
        raise SharesRefused(
            f"These shares do not open the vault in {folder}: they belong to another vault, "
            "or to an earlier split of this one (a new split replaces the old shares). "
            "Nothing was changed.",
            "not_this_vault",
        ) from None
    # The vault format's own path (storage/vault.py): open the compartment the key opens,
    # then make the new passphrase its slot's (a new key file when no slot is known).
    vault = Vault.open_with_key(folder, data_key)
    try:
        vault.set_passphrase(new_passphrase)
        failure_counter.reset(folder)
    except BaseException:
        vault.lock()
        raise
    return Session(vault)
