"""Unlocking with *wipe after failed unlocks* and *purge after receipt* (two settings).

``purge-after-days`` (off by default): after each unlock, what the organisation
confirmed at least that many days ago is purged (:mod:`fieldreport.storage.purge`).

Off by default. When on (N, from 3 to 99): each unlock first counts one
failure, durably (:mod:`fieldreport.storage.failure_counter`), then checks the
passphrase; a correct one resets the count, a wrong one keeps it, and the N-th
wrong one in a row erases the vault (key first, :func:`coercion.erase_vault`).
The wrong-passphrase message is the same every time, and says nothing of the
count or the erase: it must not tell an examiner when to stop guessing.
Nothing here imports Qt.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fieldreport import coercion
from fieldreport import settings as settings_store
from fieldreport.errors import WrongPassphrase
from fieldreport.storage import failure_counter, purge
from fieldreport.storage import vault as vault_store
from fieldreport.storage.vault import Vault

log = logging.getLogger(__name__)


def unlock(folder: Path, passphrase: str) -> Vault:
    chosen = settings_store.load(folder)
    vault = _checked(folder, passphrase, chosen.wipe_after_failures)
    if chosen.purge_after_days:
        try:
            purge.apply(vault, purge.plan(vault, chosen.purge_after_days), vault.media.folder)
        except BaseException:
            vault.lock()
            raise
    return vault


def _checked(folder: Path, passphrase: str, limit: int) -> Vault:
    if not limit or not vault_store.exists(folder):
        vault = Vault.unlock(folder, passphrase)
        failure_counter.reset(folder)  # one left from when the setting was on
        return vault
    count = failure_counter.count_one(folder)  # before the check: a kill buys no guess
    try:
        vault = Vault.unlock(folder, passphrase)
    except WrongPassphrase:
        if count >= limit:
            coercion.erase_vault(folder)
        raise
    failure_counter.reset(folder)
    return vault
