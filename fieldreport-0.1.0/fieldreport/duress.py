"""The duress passphrase: the facade's part for it (``duress set`` / ``clear``, Settings).

A second passphrase opens the vault's other compartment, a decoy the monitor
fills with harmless records, instead of the real one; optionally it first
destroys every other key slot, the real one among them, without a word.
Setting, changing or clearing it needs the real passphrase. Whether one is set
is known only inside the real key slot: a session opened with the duress
passphrase reports "not set", as a vault without one would. See
:mod:`fieldreport.storage.key_slots` and docs/vault-format.md. Nothing here
imports Qt.
"""

from __future__ import annotations

from typing import Any

from fieldreport.errors import WeakPassphrase
from fieldreport.storage import vault as vault_store
from fieldreport.storage.vault import DuressState

__all__ = ["DuressState", "clear", "set_passphrase", "state"]


def state(session: Any) -> DuressState:
    """Whether a duress passphrase is set, and whether it erases the real vault."""
    vault: vault_store.Vault = session._vault
    return vault.duress()


def set_passphrase(
    session: Any,
    passphrase: str,
    duress: str,
    confirmation: str | None = None,
    *,
    erase_real: bool = False,
) -> None:
    """Set (or replace) the duress passphrase; ``passphrase`` is the vault's real one."""
    vault_store.check_passphrase(duress)
    if confirmation is not None and confirmation != duress:
        raise WeakPassphrase("The two passphrases do not match. Nothing was changed.")
    session._vault.set_duress(passphrase, duress, erase_real=erase_real)


def clear(session: Any, passphrase: str) -> None:
    """Remove the duress passphrase (its slot becomes random bytes like any unused one)."""
    session._vault.clear_duress(passphrase)
