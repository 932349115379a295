"""The central store: the organisation's keys and everything its devices sent.

One private folder, opened with its own passphrase through the same machinery
as the field vault (Argon2id-wrapped data key, SQLCipher 4 database, age
media files)::

    central.key   the data key wrapped under the passphrase
    central.db    SQLCipher 4 database (schema: fieldreport.central.migrations)
    central.lock  held while a process has the store open (one at a time)
    media/        media originals, age-encrypted, one key per item (MediaStore)
    pending/      bundles kept as received (held, quarantined), by bundle hash

Every database access of the central side goes through a :class:`CentralStore`
(its ``db`` is plain SQLite SQL through sqlite-utils), so a PostgreSQL
implementation can later take its place behind the same class.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import sqlite_utils

from fieldreport.central import migrations
from fieldreport.central.organisation import Organisation
from fieldreport.crypto import kdf, keywrap, signing
from fieldreport.errors import StoreBusy, UsageError, VaultExists, VaultLocked, VaultNotFound
from fieldreport.storage import database, keyfile
from fieldreport.storage.clock import utc_now
from fieldreport.storage.custody_log import CustodyLog
from fieldreport.storage.device import DeviceIdentity
from fieldreport.storage.files import make_private_folder, restrict_file
from fieldreport.storage.media_store import MediaStore
from fieldreport.storage.vault import check_passphrase
from fieldreport.sync.org_keys import OrgKeys

KEY_FILE = "central.key"
DB_FILE = "central.db"
LOCK_FILE = "central.lock"
PENDING_FOLDER = "pending"
STORE_ENV = "FIELDREPORT_CENTRAL_STORE"


def exists(folder: Path) -> bool:
    return (folder / KEY_FILE).is_file()


def resolve_store_dir(explicit: str | None) -> Path:
    """``--store DIR`` wins, then ``$FIELDREPORT_CENTRAL_STORE``."""
    chosen = explicit or os.environ.get(STORE_ENV)
    if not chosen:
        raise UsageError(f"Give the central store folder with --store DIR or {STORE_ENV}.")
    return Path(chosen).expanduser().resolve()


class CentralStore:
    """An open central store; ``close()`` forgets the key and releases the folder."""

    def __init__(self, folder: Path, db: sqlite_utils.Database, lock: IO[bytes] | None) -> None:
        self.folder = folder
        self._db: sqlite_utils.Database | None = db
        self._lock = lock
        info = self.info()
        keys = OrgKeys.from_secret_json(json.loads(info["org_keys"]))
        self.org = Organisation(name=info["org_name"], keys=keys, org_id=info["org_id"])
        self.log = CustodyLog(db, _org_identity(self.org, info["created_at"]))
        self.media = MediaStore(db, folder, self.log)

    # -- lifecycle ---------------------------------------------------------
    @classmethod
    def create(
        cls, folder: Path, passphrase: str, org_name: str, params: kdf.KdfParams | None = None
    ) -> CentralStore:
        check_passphrase(passphrase)
        name = org_name.strip()
        if not 1 <= len(name) <= 200:
            raise UsageError("The organisation's name must be 1 to 200 characters.")
        if exists(folder):
            raise VaultExists(f"A central store already exists in {folder}.")
        if (folder / "vault.key").exists():
            raise UsageError(f"{folder} holds a field vault; choose another folder.")
        make_private_folder(folder)
        lock = _lock(folder)
        try:
            data_key = keyfile.new_data_key()
            db_path = folder / DB_FILE
            for leftover in (db_path, folder / (DB_FILE + "-wal"), folder / (DB_FILE + "-shm")):
                leftover.unlink(missing_ok=True)  # an interrupted creation
            db = database.open_encrypted(db_path, _db_key(data_key), check=False)
            org = Organisation.create(name)
            now = utc_now()
            try:
                migrations.migrate(db)
                with database.transaction(db):
                    facts = {
                        "org_name": org.name,
                        "org_id": org.org_id,
                        "org_keys": json.dumps(org.keys.to_secret_json()),
                        "created_at": now,
                        "next_serial": "1",
                    }
                    db.table("store_info").insert_all(
                        [{"key": k, "value": v} for k, v in facts.items()]
                    )
                    public = org.keys.signing_public_key
                    CustodyLog(db, _org_identity(org, now)).append(
                        "store_created", f"org:{org.org_id}", hashlib.sha256(public).hexdigest()
                    )
            except BaseException:
                database.close(db)
                raise
            # The key file is written last: until it exists there is no store.
            keyfile.write(
                folder / KEY_FILE, keyfile.seal(data_key, passphrase, params or kdf.calibrate())
            )
            _restrict(folder)
            return cls(folder, db, lock)
        except BaseException:
            lock.close()
            raise

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> CentralStore:
        if not exists(folder):
            raise VaultNotFound(
                f"There is no central store in {folder}. Create one with 'central init'."
            )
        data_key = keyfile.open_key(keyfile.read(folder / KEY_FILE), passphrase)
        lock = _lock(folder)
        try:
            db = database.open_encrypted(folder / DB_FILE, _db_key(data_key))
            try:
                with database.translate_errors():
                    migrations.migrate(db)
                    store = cls(folder, db, lock)
                    store.sweep()
            except BaseException:
                database.close(db)
                raise
        except BaseException:
            lock.close()
            raise
        _restrict(folder)
        return store

    @classmethod
    def open_to_read(cls, folder: Path, passphrase: str) -> CentralStore:
        """Open to look only, beside a process that holds the store (the sync server).

        No lock, no migration and no clean-up: SQLite's WAL lets this read a
        consistent snapshot while the other process writes. Nothing here may
        write; commands that change the store use :meth:`open`.
        """
        if not exists(folder):
            raise VaultNotFound(
                f"There is no central store in {folder}. Create one with 'central init'."
            )
        data_key = keyfile.open_key(keyfile.read(folder / KEY_FILE), passphrase)
        db = database.open_encrypted(folder / DB_FILE, _db_key(data_key), check=False)
        try:
            with database.translate_errors():
                if migrations.CENTRAL_MIGRATIONS.pending(db):
                    raise UsageError(
                        "The central store needs an update; open it once with the sync "
                        "server stopped."
                    )
                return cls(folder, db, None)
        except BaseException:
            database.close(db)
            raise

    def close(self) -> None:
        if self._db is not None:
            if self._lock is None:  # opened to read: no checkpoint, the owner does that
                self._db.conn.close()
            else:
                database.close(self._db)
                self._lock.close()
            self._db = None

    def __enter__(self) -> CentralStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        """Opened with :meth:`open_to_read`: nothing may be written to the file."""
        return self._lock is None

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            raise VaultLocked("The central store is closed.")
        return self._db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        with database.transaction(self.db) as db:
            yield db

    # -- facts ---------------------------------------------------------------
    def info(self) -> dict[str, str]:
        return {row[0]: row[1] for row in self.db.execute("SELECT key, value FROM store_info")}

    def put_info(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO store_info (key, value) VALUES (?, ?)", [key, value]
        )

    @property
    def pending_folder(self) -> Path:
        return self.folder / PENDING_FOLDER

    def sweep(self) -> None:
        """Remove what an interrupted import left: media without a row, kept files without one."""
        self.media.sweep()
        if not self.pending_folder.is_dir():
            return
        kept = {
            r[0]
            for r in self.db.execute("SELECT file_name FROM bundles WHERE file_name IS NOT NULL")
        }
        for path in self.pending_folder.iterdir():
            if path.name not in kept:
                path.unlink(missing_ok=True)

    def counts(self) -> dict[str, int]:
        """Row counts of every table (for tests and diagnostics)."""
        tables = self.db.table_names()
        return {t: self.db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _org_identity(org: Organisation, created_at: str) -> DeviceIdentity:
    """The organisation's signing key as the signer of the centre's own custody log."""
    private = org.keys.signing_private_key
    return DeviceIdentity(org.org_id, private, signing.public_key_of(private), created_at)


def _db_key(data_key: bytes) -> bytes:
    return keywrap.subkey(data_key, "fieldreport central database v1")


def _restrict(folder: Path) -> None:
    for name in (KEY_FILE, DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", LOCK_FILE):
        if (folder / name).is_file():
            restrict_file(folder / name)


def _lock(folder: Path) -> IO[bytes]:
    """An exclusive lock on the store (released when the returned file closes)."""
    handle = open(folder / LOCK_FILE, "a+b")  # noqa: SIM115 - kept open while the store is
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise StoreBusy(
            f"The central store in {folder} is open in another FieldReport: the coordinator "
            "window, another command, or the sync server (central serve). Close it, or stop "
            "the server, first; list, show, devices and verify-log work meanwhile."
        ) from None
    return handle
