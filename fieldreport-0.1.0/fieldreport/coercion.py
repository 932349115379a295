"""Quick erase, what it would lose, and purge after receipt: the facade's part for them.

``erase_vault`` needs no passphrase (whoever holds the laptop can delete files
anyway; what matters is that the key goes first, see
:mod:`fieldreport.storage.erase`). ``unconfirmed`` counts, in an unlocked
vault, what the organisation never confirmed with a receipt: that is what an
erase would lose for good. ``erase_session`` locks an open vault first, so its
key is forgotten in memory too. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from fieldreport.errors import VaultNotFound
from fieldreport.paths import default_vault_dir, log_dir
from fieldreport.storage import erase as erase_store
from fieldreport.storage import purge as purge_store
from fieldreport.storage import vault as vault_store
from fieldreport.storage.erase import Erased
from fieldreport.storage.purge import PurgePlan

__all__ = [
    "Erased",
    "PurgePlan",
    "Unconfirmed",
    "erase_session",
    "erase_vault",
    "finish_erase",
    "finish_erase_in_background",
    "purge",
    "purge_plan",
    "purged_at",
    "refuse_purged",
    "unconfirmed",
]

LOG_PREFIX = "fieldreport.log"


@dataclass(frozen=True)
class Unconfirmed:
    """Records and media files no receipt from the organisation covers."""

    records: int
    media: int

    @property
    def nothing(self) -> bool:
        return self.records == 0 and self.media == 0


def unconfirmed(session: Any) -> Unconfirmed:
    """What an erase of this unlocked vault would lose for good (``core.Session``)."""
    pending = session.sync_status()["pending"]
    return Unconfirmed(records=int(pending["records"]), media=int(pending["media"]))


def erase_vault(folder: Path, *, finish: bool = True) -> Erased:
    """Destroy the vault's key, set its files aside, remove the app's log files, then
    (``finish``) remove the set-aside files.

    The vault is unreadable once the key is gone, and gone from its folder (the
    app looks freshly installed) once its files are set aside — both in
    constant time. With ``finish=False`` the caller removes them afterwards
    (:func:`finish_erase`, or :func:`finish_erase_in_background`). Also finishes
    an erase a crash cut short. Raises :class:`VaultNotFound` when there is
    nothing of a vault in ``folder``.
    """
    folder = Path(folder)
    if not vault_store.exists(folder) and not erase_store.leftovers(folder):
        raise VaultNotFound(f"There is no vault in {folder}; nothing was erased.")
    result = erase_store.erase(folder, finish=False)
    forget_logs()
    if finish:
        done = finish_erase(folder)
        result = replace(result, files=result.files + done.files, left=result.left + done.left)
        result = replace(result, pending=0)
    return result


def finish_erase(folder: Path) -> Erased:
    """Remove what an erase set aside beside ``folder`` (also one a crash or a quit cut
    short); then the app's own data folder, when that left it empty."""
    folder = Path(folder)
    removed, left = erase_store.remove_set_aside(folder)
    if not folder.exists() and folder == default_vault_dir():
        with contextlib.suppress(OSError):  # the app's own data folder, when now empty
            folder.parent.rmdir()
    return Erased(folder, removed, not folder.exists(), left)


def finish_erase_in_background(folder: Path) -> threading.Thread:
    """:func:`finish_erase` on a thread of its own (the window goes on at once).

    If the app ends first, what is left is removed by the next erase, or when the
    window starts (:func:`finish_erase` again)."""
    thread = threading.Thread(
        target=finish_erase, args=(Path(folder),), name="finish-erase", daemon=True
    )
    thread.start()
    return thread


def erase_session(session: Any, *, finish: bool = True) -> Erased:
    """Lock the open vault (its key leaves memory), then erase it."""
    folder = session.folder
    with contextlib.suppress(Exception):  # the erase must happen whatever locking met
        session.lock()
    return erase_vault(folder, finish=finish)


def forget_logs() -> None:
    """Close and remove the app's log files: they say when the app was used.

    Logs hold no record content, but a freshly installed app has none.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename).name.startswith(
            LOG_PREFIX
        ):
            root.removeHandler(handler)
            handler.close()
    folder = log_dir()
    if not folder.is_dir():
        return
    for path in folder.glob(LOG_PREFIX + "*"):
        with contextlib.suppress(OSError):
            path.unlink()
    for empty in (folder, folder.parent):  # the log folder, and the app's folder above it
        with contextlib.suppress(OSError):
            empty.rmdir()  # only when empty


# -- purge after receipt (fieldreport.storage.purge) ------------------------------
# ``session`` is a ``core.Session``; like its own sync half, these work on its vault.
def purge_plan(session: Any, older_than_days: int | None = None) -> PurgePlan:
    """The records and media the organisation confirmed (receipts), that many days ago."""
    return purge_store.plan(session._vault, older_than_days)


def purge(session: Any, plan: PurgePlan) -> PurgePlan:
    """Remove what ``plan`` names from this laptop, leaving stubs (see storage/purge.py)."""
    vault = session._vault
    return purge_store.apply(vault, plan, vault.media.folder)


def purged_at(session: Any, record_id: str) -> str | None:
    return session._vault.records.purged_at(session.get(record_id).id)


def refuse_purged(session: Any, record_id: str) -> None:
    """Raise :class:`RecordPurged` when only the record's stub is left on this laptop."""
    session._vault.records.refuse_purged(session.get(record_id).id)
