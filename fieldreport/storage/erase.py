"""Quick erase: destroy the vault's key first, then remove everything else it wrote.

Everything of substance in the vault is encrypted under one random data key,
and that key exists on disk only wrapped in ``vault.key``. Destroying that file
(overwritten with random bytes, flushed to the disk, then removed) makes the
database, the media, the autosaved forms and the outbox unreadable at once,
whatever their size; removing them afterwards only tidies up. The order is what
makes erase safe against a crash or a pulled plug: once the first byte of the
key file is overwritten the vault can no longer be opened, and a later erase
(or a new vault created in the same folder) finishes the removal.

Only the files the vault itself writes are removed; anything else a person
keeps in the same folder stays, and the folder goes only when it is empty.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from fieldreport.storage import failure_counter
from fieldreport.storage.files import fsync_folder
from fieldreport.storage.vault import COMPARTMENTS, KEY_FILE

#: Files holding the wrapped data keys (every slot): the key file and what an
#: interrupted rewrap left.
KEY_FILES = (KEY_FILE, KEY_FILE + ".tmp")
#: The vault's other files, removed after the key (every one unreadable without it):
#: both compartments' databases, whichever is the real one.
OTHER_FILES = (
    *(name for compartment in COMPARTMENTS for name in compartment.files),
    "settings.json",  # fieldreport.settings (above this layer): language and auto-lock
    "settings.json.tmp",
    failure_counter.FILE_NAME,
    failure_counter.FILE_NAME + ".tmp",
)
FOLDERS = (*(compartment.media for compartment in COMPARTMENTS), "outbox")
OVERWRITE_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Erased:
    folder: Path
    files: int  # files removed (the key file among them)
    folder_removed: bool  # False when the folder holds other files (or ones left, below)
    left: int = 0  # the vault's files that could not be removed now (unreadable without the key)


def destroy_key(folder: Path) -> bool:
    """Overwrite every copy of the wrapped key with random bytes, flush, then remove it.

    Returns whether a key file was there. After this returns — or after a
    crash anywhere inside it once the first overwrite began — the vault cannot
    be opened with any passphrase.
    """
    found = False
    for name in KEY_FILES:
        path = folder / name
        if not path.is_file():
            continue
        found = True
        _overwrite(path)
        path.unlink()
    if found:
        fsync_folder(folder)
    return found


def _overwrite(path: Path) -> None:
    """Replace the file's bytes in place (no new file, so the same blocks where possible)."""
    fd = os.open(path, os.O_WRONLY)
    try:
        left = max(os.fstat(fd).st_size, 1)
        while left > 0:
            written = os.write(fd, os.urandom(min(left, OVERWRITE_CHUNK)))
            left -= written
        os.fsync(fd)
    finally:
        os.close(fd)


def leftovers(folder: Path) -> bool:
    """Whether anything the vault writes is still in ``folder`` (a vault, or an erase cut short)."""
    names = (*KEY_FILES, *OTHER_FILES, *FOLDERS)
    return any((folder / name).exists() for name in names)


def erase(folder: Path) -> Erased:
    """Destroy the key, then remove the database, media, autosaves, outbox and settings.

    Once the key is gone, a file that cannot be removed now (open in another
    program; Windows refuses to delete such a file) does not stop the rest: it
    is counted in ``left`` and is unreadable anyway. Erasing again removes it.
    """
    removed = left = 0
    if destroy_key(folder):
        removed += 1
    for name in OTHER_FILES:
        try:
            (folder / name).unlink()
            removed += 1
        except FileNotFoundError:
            pass
        except OSError:
            left += 1
    for name in FOLDERS:
        sub = folder / name
        if sub.is_dir():
            files = [p for p in sub.rglob("*") if not p.is_dir()]
            shutil.rmtree(sub, ignore_errors=True)
            still = sum(1 for p in files if p.exists())
            removed += len(files) - still
            left += still
    gone = False
    if folder.is_dir():
        fsync_folder(folder)
        with contextlib.suppress(OSError):  # not empty: someone's own files stay
            folder.rmdir()
            gone = True
    return Erased(folder, removed, gone or not folder.exists(), left)
