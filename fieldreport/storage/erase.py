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
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from fieldreport.storage import failure_counter
from fieldreport.storage.files import fsync_folder
from fieldreport.storage.recovery_key import FILE_NAME as RECOVERY_FILE
from fieldreport.storage.vault import COMPARTMENTS, KEY_FILE

#: Files holding the wrapped data keys: the key file (every slot), what an interrupted
#: rewrap left, and the key wrapped for recovery shares (fieldreport/recovery.py).
KEY_FILES = (KEY_FILE, KEY_FILE + ".tmp", RECOVERY_FILE, RECOVERY_FILE + ".tmp")
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
#: Beside the vault folder, ``.NAME.erased-<random>``: an erased vault's files being removed.
SET_ASIDE = ".erased-"
#: Beside the vault folder, ``.NAME.replaced-<random>``: a vault a restore replaced
#: (fieldreport/backup_replace.py), whole until the restored one is in place.
REPLACED = ".replaced-"


@dataclass(frozen=True)
class Erased:
    folder: Path
    files: int  # files removed (the key file among them)
    folder_removed: bool  # False when the folder holds other files (or ones left, below)
    left: int = 0  # the vault's files that could not be removed now (unreadable without the key)
    pending: int = 0  # set aside, still to be removed (``erase(finish=False)``)


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
    """Whether anything the vault writes is still in ``folder`` (a vault, or an erase cut
    short), or set aside beside it and not yet removed."""
    names = (*KEY_FILES, *OTHER_FILES, *FOLDERS)
    return any((folder / name).exists() for name in names) or bool(set_aside(folder))


def set_aside(folder: Path) -> list[Path]:
    """The hidden folders beside ``folder`` holding an erased vault's files still to remove."""
    parent, prefix = folder.parent, f".{folder.name}{SET_ASIDE}"
    if not parent.is_dir():
        return []
    with contextlib.suppress(OSError):
        return [p for p in parent.iterdir() if p.name.startswith(prefix) and p.is_dir()]
    return []


def replaced(folder: Path) -> list[Path]:
    """The hidden folders beside ``folder`` holding a vault a restore replaced."""
    parent, prefix = folder.parent, f".{folder.name}{REPLACED}"
    if not parent.is_dir():
        return []
    with contextlib.suppress(OSError):
        return [p for p in parent.iterdir() if p.name.startswith(prefix) and p.is_dir()]
    return []


def erase(folder: Path, *, finish: bool = True) -> Erased:
    """Destroy the key, set every other file of the vault aside, then (``finish``) remove them.

    Setting aside is renaming: the database, media, outbox and settings move
    into one hidden folder beside the vault folder (``.NAME.erased-…``), in
    constant time whatever their size, and the vault folder goes; the app then
    looks freshly installed. Removing the set-aside files takes the file
    system as long as ``rm -rf``; with ``finish=False`` the caller does it
    later (:func:`remove_set_aside`), in the background. They are unreadable
    from the moment the key is gone.

    A file that cannot be moved or removed now (open in another program;
    Windows refuses) does not stop the rest: it is counted in ``left`` and is
    unreadable anyway. Erasing again removes it.
    """
    removed = left = 0
    if destroy_key(folder):
        removed += 1
    for aside in replaced(folder):  # a restore over the vault cut short: its old vault too
        if destroy_key(aside):
            removed += 1
        with contextlib.suppress(OSError):
            os.rename(aside, aside.with_name(aside.name.replace(REPLACED, SET_ASIDE, 1)))
    moved, stuck = _set_aside(folder)
    for name in stuck:  # could not be moved (another disk, or held open): remove in place
        path = folder / name
        try:
            if path.is_dir():
                files = [p for p in path.rglob("*") if not p.is_dir()]
                shutil.rmtree(path, ignore_errors=True)
                still = sum(1 for p in files if p.exists())
                removed += len(files) - still
                left += still
            else:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            pass
        except OSError:
            left += 1
    gone = False
    if folder.is_dir():
        fsync_folder(folder)
        with contextlib.suppress(OSError):  # not empty: someone's own files stay
            folder.rmdir()
            gone = True
    if gone or not folder.exists():
        with contextlib.suppress(OSError):
            fsync_folder(folder.parent)
    pending = moved
    if finish:
        done, still = remove_set_aside(folder)
        removed, left, pending = removed + done, left + still, 0
    return Erased(folder, removed, gone or not folder.exists(), left, pending)


def _set_aside(folder: Path) -> tuple[int, list[str]]:
    """Rename the vault's other files into a new hidden folder beside it.

    Returns how many files were moved, and the names that could not be.
    """
    names = [n for n in (*OTHER_FILES, *FOLDERS) if os.path.lexists(folder / n)]
    if not names:
        return 0, []
    try:
        trash = folder.parent / f".{folder.name}{SET_ASIDE}{secrets.token_hex(6)}"
        trash.mkdir(mode=0o700)
    except OSError:
        return 0, names
    moved, stuck = 0, []
    for name in names:
        source = folder / name
        count = sum(1 for p in source.rglob("*") if not p.is_dir()) if source.is_dir() else 1
        try:
            os.rename(source, trash / name)
            moved += count
        except OSError:
            stuck.append(name)
    fsync_folder(folder)
    return moved, stuck


def remove_set_aside(folder: Path) -> tuple[int, int]:
    """Remove what erasing ``folder`` set aside; returns (files removed, files left)."""
    removed = left = 0
    for trash in set_aside(folder):
        files = [p for p in trash.rglob("*") if not p.is_dir()]
        shutil.rmtree(trash, ignore_errors=True)
        still = sum(1 for p in files if p.exists())
        removed += len(files) - still
        left += still
    with contextlib.suppress(OSError):
        fsync_folder(folder.parent)
    return removed, left
