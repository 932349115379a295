"""The field vault on disk: one private folder holding the key file and the database.

Layout::

    vault.key   the data key wrapped under the passphrase (Argon2id + AES-GCM)
    vault.db    SQLCipher 4 database keyed with a key derived from the data key
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlite_utils

from fieldreport.crypto import kdf, keywrap
from fieldreport.errors import VaultExists, VaultLocked, VaultNotFound, WeakPassphrase
from fieldreport.storage import database, device, keyfile, labels, migrations, recovery_key
from fieldreport.storage.autosave import AutosaveStore
from fieldreport.storage.custody_log import CustodyLog
from fieldreport.storage.files import make_private_folder, restrict_file
from fieldreport.storage.media_store import MEDIA_FOLDER, MediaStore
from fieldreport.storage.records import RecordStore

KEY_FILE = "vault.key"
DB_FILE = "vault.db"
MIN_PASSPHRASE_LENGTH = 10


def exists(folder: Path) -> bool:
    return (folder / KEY_FILE).is_file()


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            f"The passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters long."
        )


class Vault:
    """An unlocked vault. ``lock()`` closes the database and forgets the key."""

    def __init__(self, folder: Path, data_key: bytes, db: sqlite_utils.Database) -> None:
        self.folder = folder
        self._data_key: bytearray | None = bytearray(data_key)
        self._db: sqlite_utils.Database | None = db
        self.device = device.load(db)
        self._log = CustodyLog(db, self.device)
        self._records = RecordStore(db, self._log)
        self._autosave = AutosaveStore(db)
        self._media = MediaStore(db, folder, self._log)

    # -- lifecycle ---------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str, params: kdf.KdfParams | None = None) -> Vault:
        check_passphrase(passphrase)
        if exists(folder):
            raise VaultExists(f"A vault already exists in {folder}.")
        old_umask = os.umask(0o077)
        try:
            make_private_folder(folder)
            data_key = keyfile.new_data_key()
            db_path = folder / DB_FILE
            if db_path.exists():  # left over from an interrupted creation
                db_path.unlink()
            db = database.open_encrypted(db_path, _db_key(data_key), check=False)
            try:
                migrations.migrate(db)
                labels.refresh_if_stale(db)
                with db.atomic():
                    identity = device.create(db)
                    CustodyLog(db, identity).append(
                        "vault_created",
                        f"device:{identity.device_id}",
                        _sha256(identity.public_key),
                    )
            except BaseException:
                database.close(db)
                raise
            # The key file is written last: until it exists there is no vault.
            sealed = keyfile.seal(data_key, passphrase, params or kdf.calibrate())
            keyfile.write(folder / KEY_FILE, sealed)
            _restrict_all(folder)
        finally:
            os.umask(old_umask)
        return cls(folder, data_key, db)

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Vault:
        if not exists(folder):
            raise VaultNotFound(f"There is no vault in {folder}.")
        sealed = keyfile.read(folder / KEY_FILE)
        return cls.open_with_key(folder, keyfile.open_key(sealed, passphrase))

    @classmethod
    def open_with_key(cls, folder: Path, data_key: bytes) -> Vault:
        """Open the vault with its data key itself (recovery shares found it, not a passphrase).

        A key that is not this vault's fails here: the database does not open
        (:class:`~fieldreport.errors.VaultDamaged`).
        """
        old_umask = os.umask(0o077)
        try:
            db = database.open_encrypted(folder / DB_FILE, _db_key(data_key))
            try:
                with database.translate_errors():
                    migrations.migrate(db)
                    labels.refresh_if_stale(db)
                    vault = cls(folder, data_key, db)
                    vault._media.sweep()  # what an interrupted import left behind
            except BaseException:
                database.close(db)
                raise
            _restrict_all(folder)
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
        db = database.open_encrypted(self.folder / DB_FILE, _db_key(key), check=False)
        try:
            return type(self)(self.folder, key, db)
        except BaseException:
            database.close(db)
            raise

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the data key under a new passphrase; the data is not re-encrypted."""
        check_passphrase(new)
        sealed = keyfile.read(self.folder / KEY_FILE)
        data_key = keyfile.open_key(sealed, old)  # raises WrongPassphrase
        # Fresh salt and parameters tuned to this machine (never weaker than the minimum).
        keyfile.write(self.folder / KEY_FILE, keyfile.seal(data_key, new, kdf.calibrate()))
        with database.transaction(self.db):
            self.log.append("passphrase_changed", f"device:{self.device.device_id}", "0" * 64)

    def set_passphrase(self, new: str) -> None:
        """Wrap the open vault's data key under ``new``; the old passphrase is not needed.

        For recovery (the shares opened the vault). The data is not re-encrypted.
        """
        check_passphrase(new)
        if self._data_key is None:
            raise VaultLocked("The vault is locked.")
        sealed = keyfile.seal(bytes(self._data_key), new, kdf.calibrate())
        keyfile.write(self.folder / KEY_FILE, sealed)
        with database.transaction(self.db):
            self.log.append("passphrase_changed", f"device:{self.device.device_id}", "0" * 64)

    def seal_recovery_key(self, secret: bytes) -> None:
        """Wrap the data key under a recovery secret (``recovery.key``, fieldreport/recovery.py)."""
        if self._data_key is None:
            raise VaultLocked("The vault is locked.")
        recovery_key.write(self.folder, bytes(self._data_key), secret)

    def lock(self) -> None:
        if self._db is not None:
            database.close(self._db)
            self._db = None
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


VAULT_FILES = (KEY_FILE, recovery_key.FILE_NAME, DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm")


def _restrict_all(folder: Path) -> None:
    """Make the vault's own files private (other files in the folder are left alone)."""
    for name in VAULT_FILES:
        with contextlib.suppress(OSError):
            if (folder / name).is_file():
                restrict_file(folder / name)
    media = folder / MEDIA_FOLDER
    if media.is_dir():
        make_private_folder(media)
