"""Quick erase and what it would lose: the part of the facade both faces call for it.

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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldreport.errors import VaultNotFound
from fieldreport.paths import log_dir
from fieldreport.storage import erase as erase_store
from fieldreport.storage import vault as vault_store
from fieldreport.storage.erase import Erased

__all__ = ["Erased", "Unconfirmed", "erase_session", "erase_vault", "unconfirmed"]

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


def erase_vault(folder: Path) -> Erased:
    """Destroy the vault's key, then its files, then the app's log files.

    Also finishes an erase a crash cut short. Raises :class:`VaultNotFound`
    when there is nothing of a vault in ``folder``.
    """
    folder = Path(folder)
    if not vault_store.exists(folder) and not erase_store.leftovers(folder):
        raise VaultNotFound(f"There is no vault in {folder}; nothing was erased.")
    result = erase_store.erase(folder)
    forget_logs()
    return result


def erase_session(session: Any) -> Erased:
    """Lock the open vault (its key leaves memory), then erase it."""
    folder = session.folder
    with contextlib.suppress(Exception):  # the erase must happen whatever locking met
        session.lock()
    return erase_vault(folder)


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
    with contextlib.suppress(OSError):
        folder.rmdir()
