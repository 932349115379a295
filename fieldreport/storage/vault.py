"""The field vault on disk: one private folder holding the key file and two compartments.

Layout (format 2, docs/vault-format.md)::

    vault.key             four key slots (storage/key_slots.py), used or random
    vault.db, media/      compartment 0: SQLCipher 4 database and its media files
    vault-b.db, media-b/  compartment 1: the same, under its own data key

Every vault is created with both compartments initialised as real, empty
vaults; which one holds the monitor's records is chosen at random and named
only inside the real key slot. The other is the decoy a duress passphrase
opens (when one is set), else a vault whose key only the real slot knows.
Vaults of format 1 (``vault.key`` with one wrapped key, ``vault.db``) are
upgraded at their first unlock.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from dataclasses import dataclass, replace
from pathlib import Path

import pyrage
import sqlite_utils

from fieldreport.crypto import kdf, keywrap
from fieldreport.errors import (
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from fieldreport.storage import (
    database,
    device,
    key_slots,
    keyfile,
    labels,
    migrations,
    recovery_key,
)
from fieldreport.storage.autosave import AutosaveStore
from fieldreport.storage.custody_log import CustodyLog
from fieldreport.storage.files import make_private_folder, restrict_file
from fieldreport.storage.key_slots import Opened, Payload, SlotFile
from fieldreport.storage.media_store import MEDIA_FOLDER, MediaStore
from fieldreport.storage.records import RecordStore

KEY_FILE = "vault.key"
DB_FILE = "vault.db"
MIN_PASSPHRASE_LENGTH = 10
WRONG = "The passphrase is wrong. Nothing was changed."


@dataclass(frozen=True)
class Compartment:
    """One of the vault's two databases and its media folder."""

    db: str
    media: str

    @property
    def files(self) -> tuple[str, ...]:
        return (self.db, self.db + "-wal", self.db + "-shm", self.db + "-journal")


COMPARTMENTS = (Compartment(DB_FILE, MEDIA_FOLDER), Compartment("vault-b.db", "media-b"))


def exists(folder: Path) -> bool:
    return (folder / KEY_FILE).is_file()


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            f"The passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters long."
        )


@dataclass(frozen=True)
class DuressState:
    """What the real slot says about a duress passphrase (never known in the decoy)."""

    set: bool
    erases_real: bool


class Vault:
    """An unlocked vault. ``lock()`` closes the database and forgets the key."""

    def __init__(
        self,
        folder: Path,
        data_key: bytes,
        db: sqlite_utils.Database,
        compartment: int = 0,
        slot: Opened | None = None,
    ) -> None:
        self.folder = folder
        self.compartment = compartment
        self._slot = slot
        self._data_key: bytearray | None = bytearray(data_key)
        self._db: sqlite_utils.Database | None = db
        self.device = device.load(db)
        self._log = CustodyLog(db, self.device)
        self._records = RecordStore(db, self._log)
        self._autosave = AutosaveStore(db)
        self._media = MediaStore(
            db, folder, self._log, COMPARTMENTS[compartment].media, keep_cipher_hash=True
        )

    @property
    def db_path(self) -> Path:
        return self.folder / COMPARTMENTS[self.compartment].db

    @property
    def media_folder(self) -> Path:
        """This compartment's media folder (``media`` or ``media-b``), locked or not."""
        return self.folder / COMPARTMENTS[self.compartment].media

    # -- lifecycle ---------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str, params: kdf.KdfParams | None = None) -> Vault:
        check_passphrase(passphrase)
        if exists(folder):
            raise VaultExists(f"A vault already exists in {folder}.")
        old_umask = os.umask(0o077)
        try:
            make_private_folder(folder)
            keys = (keyfile.new_data_key(), keyfile.new_data_key())
            real = choose_real_compartment()
            dbs = [_init_compartment(folder, c, keys[c]) for c in range(len(COMPARTMENTS))]
            database.close(dbs[1 - real])
            db = dbs[real]
            try:
                # The key file is written last: until it exists there is no vault.
                params = params or kdf.calibrate()
                master = key_slots.master_key(passphrase, params)
                index = key_slots.free_index(set())
                payload = Payload(keys[real], real, key_slots.REAL, keys[1 - real])
                slot_file = SlotFile.empty(params)
                slot_file = slot_file.with_slot(
                    index, key_slots.seal(master, params, index, payload)
                )
                key_slots.write(folder / KEY_FILE, slot_file)
                _restrict_all(folder)
                _same_times(folder)
            except BaseException:
                database.close(db)
                raise
        finally:
            os.umask(old_umask)
        return cls(folder, keys[real], db, real, Opened(index, payload))

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Vault:
        if not exists(folder):
            raise VaultNotFound(f"There is no vault in {folder}.")
        path = folder / KEY_FILE
        try:
            raw = path.read_bytes()
        except OSError:
            raw = b""
        if not key_slots.is_slot_file(raw):
            opened = _upgrade(folder, passphrase)  # format 1 (or damaged: says so)
        else:
            slot_file = key_slots.parse(raw, KEY_FILE)
            master = key_slots.master_key(passphrase, slot_file.params)
            found = key_slots.open_slots(slot_file, master)
            if found is None:
                raise WrongPassphrase(WRONG)
            opened = found
            if opened.payload.erases_others:  # a duress slot set to erase the real vault
                key_slots.overwrite_in_place(path, slot_file.only({opened.index}))
                recovery_key.destroy(folder)  # no shares may open the real vault afterwards
        payload = opened.payload
        return cls._open(folder, payload.data_key, payload.compartment, opened)

    @classmethod
    def open_with_key(cls, folder: Path, data_key: bytes) -> Vault:
        """Open the compartment ``data_key`` opens, without a passphrase (recovery shares).

        A key that is neither compartment's fails here: no database opens
        (:class:`~fieldreport.errors.VaultDamaged`). Such a vault knows no slot:
        it says no duress passphrase is set, and :meth:`set_passphrase` gives it one.
        """
        if not exists(folder):
            raise VaultNotFound(f"There is no vault in {folder}.")
        return cls._open(folder, data_key, compartment_of(folder, data_key), None)

    @classmethod
    def _open(cls, folder: Path, data_key: bytes, compartment: int, opened: Opened | None) -> Vault:
        old_umask = os.umask(0o077)
        try:
            db_path = folder / COMPARTMENTS[compartment].db
            db = database.open_encrypted(db_path, _db_key(data_key))
            try:
                with database.translate_errors():
                    migrations.migrate(db)
                    labels.refresh_if_stale(db)
                    vault = cls(folder, data_key, db, compartment, opened)
                    vault._media.sweep()  # what an interrupted import left behind
            except BaseException:
                database.close(db)
                raise
            _restrict_all(folder)
            _same_times(folder)
        finally:
            os.umask(old_umask)
        return vault

    def companion(self) -> Vault:
        """The same unlocked vault on a connection of its own, for work on another thread.

        Background sync uses one so that it never holds the window's connection:
        SQLite's WAL lets both read at once, and writes queue for the lock
        (``database.transaction`` begins IMMEDIATE). Lock it when done.
        """
        if self._data_key is None:
            raise VaultLocked("The vault is locked.")
        key = bytes(self._data_key)
        db = database.open_encrypted(self.db_path, _db_key(key), check=False)
        try:
            return type(self)(self.folder, key, db, self.compartment, self._slot)
        except BaseException:
            database.close(db)
            raise

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap this vault's slot under a new passphrase; the data is not re-encrypted."""
        self._own_slot(old)
        rewrap_slot(self.folder, old, new)
        with database.transaction(self.db):
            self.log.append("passphrase_changed", f"device:{self.device.device_id}", "0" * 64)

    def set_passphrase(self, new: str) -> None:
        """Make ``new`` this vault's passphrase without the old one (recovery opened it).

        Opened through the real slot, only that slot is resealed (a duress
        passphrase keeps working). Opened with the data key alone
        (:meth:`open_with_key`), the key file is made anew by
        :func:`set_real_passphrase`. The data is not re-encrypted.
        """
        check_passphrase(new)
        if self._data_key is None:
            raise VaultLocked("The vault is locked.")
        slot = self._slot
        if slot is not None and slot.payload.real:
            path = self.folder / KEY_FILE
            slot_file = key_slots.read(path)
            master = key_slots.master_key(new, slot_file.params)
            clash = key_slots.open_slots(slot_file, master)
            if clash is not None and clash.index != slot.index:
                raise WeakPassphrase("Choose another passphrase: this vault already uses that one.")
            sealed = key_slots.seal(master, slot_file.params, slot.index, slot.payload)
            key_slots.write(path, slot_file.with_slot(slot.index, sealed))
        else:
            self._slot = set_real_passphrase(
                self.folder, bytes(self._data_key), new, compartment=self.compartment
            )
        with database.transaction(self.db):
            self.log.append("passphrase_changed", f"device:{self.device.device_id}", "0" * 64)

    # -- duress ------------------------------------------------------------
    def duress(self) -> DuressState:
        """Whether a duress passphrase is set (known only to the real slot)."""
        slot = self._slot
        if slot is None or not slot.payload.real:
            return DuressState(False, False)
        flags = slot.payload.flags
        is_set, erases = flags & key_slots.DURESS_SET, flags & key_slots.DURESS_ERASES
        return DuressState(bool(is_set), bool(erases))

    def set_duress(self, passphrase: str, duress: str, *, erase_real: bool) -> None:
        """Give the other compartment a passphrase of its own (replacing any earlier one).

        ``passphrase`` must be this vault's real passphrase. With ``erase_real``,
        the duress passphrase destroys every other slot (the real one among them)
        before opening the decoy.
        """
        check_passphrase(duress)
        if duress == passphrase:
            raise WeakPassphrase("The duress passphrase must differ from the vault's passphrase.")
        slot_file, master, opened = self._real_slot(passphrase)
        params = slot_file.params
        duress_master = key_slots.master_key(duress, params)
        index = opened.index
        flags = key_slots.REAL | key_slots.DURESS_SET
        flags |= key_slots.DURESS_ERASES if erase_real else 0
        real_payload = replace(opened.payload, flags=flags)
        decoy_payload = Payload(
            opened.payload.other_key,
            1 - opened.payload.compartment,
            key_slots.ERASE_OTHERS if erase_real else 0,
        )
        duress_index = key_slots.free_index({index})
        slot_file = (
            slot_file.only({index})
            .with_slot(index, key_slots.seal(master, params, index, real_payload))
            .with_slot(
                duress_index, key_slots.seal(duress_master, params, duress_index, decoy_payload)
            )
        )
        key_slots.write(self.folder / KEY_FILE, slot_file)
        self._slot = Opened(index, real_payload)

    def clear_duress(self, passphrase: str) -> None:
        """Destroy the duress slot (every slot but the real one becomes random bytes)."""
        slot_file, master, opened = self._real_slot(passphrase)
        index = opened.index
        real_payload = replace(opened.payload, flags=key_slots.REAL)
        slot_file = slot_file.only({index}).with_slot(
            index, key_slots.seal(master, slot_file.params, index, real_payload)
        )
        key_slots.write(self.folder / KEY_FILE, slot_file)
        self._slot = Opened(index, real_payload)

    def _own_slot(self, passphrase: str) -> tuple[SlotFile, bytes, Opened]:
        slot_file = key_slots.read(self.folder / KEY_FILE)
        master = key_slots.master_key(passphrase, slot_file.params)
        opened = key_slots.open_slots(slot_file, master)
        if opened is None or self._slot is None or opened.index != self._slot.index:
            raise WrongPassphrase(WRONG)
        return slot_file, master, opened

    def _real_slot(self, passphrase: str) -> tuple[SlotFile, bytes, Opened]:
        """The real slot, opened with ``passphrase``; a decoy's passphrase is simply wrong here."""
        slot_file, master, opened = self._own_slot(passphrase)
        if not opened.payload.real:
            raise WrongPassphrase(WRONG)
        return slot_file, master, opened

    def wrap_data_key_to(self, age_recipient: str) -> bytes:
        """The data key, age-encrypted to ``age_recipient`` (escrow: fieldreport/backup.py)."""
        if self._data_key is None:
            raise VaultLocked("The vault is locked.")
        recipient = pyrage.x25519.Recipient.from_str(age_recipient)
        return bytes(pyrage.encrypt(bytes(self._data_key), [recipient]))

    def seal_recovery_key(self, secret: bytes) -> None:
        """Wrap this vault's data key under a recovery secret (``recovery.key``,
        fieldreport/recovery.py); :meth:`open_with_key` opens it with what that unwraps."""
        if self._data_key is None:
            raise VaultLocked("The vault is locked.")
        recovery_key.write(self.folder, bytes(self._data_key), secret)

    def lock(self) -> None:
        self._slot = None
        if self._db is not None:
            database.close(self._db)
            self._db = None
            _same_times(self.folder)
        if self._data_key is not None:
            for i in range(len(self._data_key)):
                self._data_key[i] = 0
            self._data_key = None

    @property
    def locked(self) -> bool:
        return self._db is None

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            raise VaultLocked("The vault is locked. Unlock it first.")
        return self._db

    @property
    def records(self) -> RecordStore:
        self.db  # noqa: B018 - raises VaultLocked when locked
        return self._records

    @property
    def autosave(self) -> AutosaveStore:
        self.db  # noqa: B018 - raises VaultLocked when locked
        return self._autosave

    @property
    def media(self) -> MediaStore:
        self.db  # noqa: B018 - raises VaultLocked when locked
        return self._media

    @property
    def log(self) -> CustodyLog:
        self.db  # noqa: B018 - raises VaultLocked when locked
        return self._log

    def subkey(self, purpose: str) -> bytes:
        if self._data_key is None:
            raise VaultLocked("The vault is locked. Unlock it first.")
        return keywrap.subkey(bytes(self._data_key), purpose)


def _db_key(data_key: bytes) -> bytes:
    return keywrap.subkey(data_key, "fieldreport vault database v1")


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def choose_real_compartment() -> int:
    """Which compartment will hold the monitor's records: at random, so neither tells."""
    return secrets.randbelow(len(COMPARTMENTS))


def _init_compartment(folder: Path, compartment: int, data_key: bytes) -> sqlite_utils.Database:
    """A new, empty vault database (with its own device identity) and media folder."""
    names = COMPARTMENTS[compartment]
    for name in names.files:  # left over from an interrupted creation or upgrade
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()
    db = database.open_encrypted(folder / names.db, _db_key(data_key), check=False)
    try:
        migrations.migrate(db)
        labels.refresh_if_stale(db)
        with db.atomic():
            identity = device.create(db)
            CustodyLog(db, identity).append(
                "vault_created", f"device:{identity.device_id}", _sha256(identity.public_key)
            )
        make_private_folder(folder / names.media)
    except BaseException:
        database.close(db)
        raise
    return db


def _upgrade(folder: Path, passphrase: str) -> Opened:
    """Open a format-1 vault and rewrite it in format 2 (the second compartment is new).

    The database stays compartment 0; compartment 1 is created empty under a new
    key, then the slot file replaces the old key file atomically (a crash before
    that leaves the format-1 vault, upgraded again at the next unlock).
    """
    old = keyfile.read(folder / KEY_FILE)
    data_key = keyfile.open_key(old, passphrase)  # raises WrongPassphrase
    other = keyfile.new_data_key()
    old_umask = os.umask(0o077)
    try:
        database.close(_init_compartment(folder, 1, other))
        master = key_slots.master_key(passphrase, old.params)
        index = key_slots.free_index(set())
        payload = Payload(data_key, 0, key_slots.REAL, other)
        slot_file = SlotFile.empty(old.params).with_slot(
            index, key_slots.seal(master, old.params, index, payload)
        )
        key_slots.write(folder / KEY_FILE, slot_file)
    finally:
        os.umask(old_umask)
    return Opened(index, payload)


# -- for recovery: a passphrase from the data key alone -----------------------------
def rewrap_slot(folder: Path, old: str, new: str) -> int:
    """Seal the slot ``old`` opens under ``new`` (same salt: the other slots stay valid).

    Returns the slot's number. Refuses a new passphrase another slot already uses.
    """
    check_passphrase(new)
    path = folder / KEY_FILE
    slot_file = key_slots.read(path)
    opened = key_slots.open_slots(slot_file, key_slots.master_key(old, slot_file.params))
    if opened is None:
        raise WrongPassphrase(WRONG)
    new_master = key_slots.master_key(new, slot_file.params)
    clash = key_slots.open_slots(slot_file, new_master)
    if clash is not None and clash.index != opened.index:
        raise WeakPassphrase("Choose another passphrase: this vault already uses that one.")
    sealed = key_slots.seal(new_master, slot_file.params, opened.index, opened.payload)
    key_slots.write(path, slot_file.with_slot(opened.index, sealed))
    return opened.index


def compartment_of(folder: Path, data_key: bytes) -> int:
    """Which compartment's database ``data_key`` opens (raises VaultDamaged when none)."""
    failure: Exception | None = None
    for index, names in enumerate(COMPARTMENTS):
        try:
            database.close(database.open_encrypted(folder / names.db, _db_key(data_key)))
            return index
        except Exception as exc:  # noqa: BLE001 - the other compartment, or a damaged one
            failure = exc
    assert failure is not None
    raise failure


def set_real_passphrase(
    folder: Path,
    data_key: bytes,
    new: str,
    params: kdf.KdfParams | None = None,
    *,
    compartment: int | None = None,
) -> Opened:
    """Make ``new`` the real vault's passphrase, knowing only its data key (recovery).

    The database ``data_key`` opens stays as it is. Every other slot is
    destroyed (a duress passphrase is gone: set it again); the other
    compartment, whose key is unknown here, is replaced by a new empty one.
    Fresh salt and parameters.
    """
    check_passphrase(new)
    real = compartment_of(folder, data_key) if compartment is None else compartment
    other = keyfile.new_data_key()
    old_umask = os.umask(0o077)
    try:
        other_names = COMPARTMENTS[1 - real]
        _remove_tree(folder / other_names.media)
        database.close(_init_compartment(folder, 1 - real, other))
        params = params or kdf.calibrate()
        master = key_slots.master_key(new, params)
        index = key_slots.free_index(set())
        payload = Payload(bytes(data_key), real, key_slots.REAL, other)
        slot_file = SlotFile.empty(params).with_slot(
            index, key_slots.seal(master, params, index, payload)
        )
        key_slots.write(folder / KEY_FILE, slot_file)
        _restrict_all(folder)
    finally:
        os.umask(old_umask)
    return Opened(index, payload)


def _remove_tree(path: Path) -> None:
    import shutil

    if path.is_dir():
        shutil.rmtree(path)


VAULT_FILES = (KEY_FILE, *(name for c in COMPARTMENTS for name in c.files))


def _restrict_all(folder: Path) -> None:
    """Make the vault's own files private (other files in the folder are left alone),
    and make sure both compartments' media folders exist (every vault has the same shape)."""
    for name in VAULT_FILES:
        with contextlib.suppress(OSError):
            if (folder / name).is_file():
                restrict_file(folder / name)
    for compartment in COMPARTMENTS:  # both, always: a vault of format 1 had none at first
        make_private_folder(folder / compartment.media)


def _same_times(folder: Path) -> None:
    """Give the key file and both compartments one modification time (now).

    Otherwise the file last written would show which compartment is in use.
    """
    now = time.time()
    for name in (KEY_FILE, *(n for c in COMPARTMENTS for n in (c.db, c.media))):
        with contextlib.suppress(OSError):
            os.utime(folder / name, (now, now))
