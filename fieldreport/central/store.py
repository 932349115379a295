"""The central store: the organisation's keys and everything its devices sent.

One private folder, opened with its own passphrase through the same machinery
as the field vault (Argon2id-wrapped data key, SQLCipher 4 database, age
media files)::

    central.key         the data key wrapped under the passphrase
    central.db          SQLCipher 4 database in WAL mode (schema: central.migrations)
    central.database    instead of central.db: the address of the organisation's
                        PostgreSQL database (no password; docs/central-postgresql.md)
    central.write.lock  held for each write, by whichever process writes (store_lock)
    central.lock        held by the sync server while it runs (one server per store)
    media/              media originals, age-encrypted, one key per item (MediaStore)
    pending/            bundles kept as received (held, quarantined), by bundle hash
    spool/              an import's small items, encrypted under a key in memory only
                        (item_spool; what a crash left is removed at the next sweep)

Several processes may have the store open at once (the sync server, the
coordinator window, commands): each keys its own connection, reads a
consistent snapshot without any lock, and takes the write lock
(:mod:`fieldreport.central.store_lock`) for each change, which is short
except an import. See docs/central-concurrency.md.

Every database access of the central side goes through a :class:`CentralStore`
(its ``db`` is plain SQLite SQL through sqlite-utils). On PostgreSQL the same
``db`` is a :class:`~fieldreport.central.pg.database.PgDatabase`, which runs
that SQL there, sealing what identifies anyone on the way in.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import sqlite_utils

from fieldreport.central import item_spool, migrations, store_lock
from fieldreport.central.organisation import Organisation
from fieldreport.crypto import kdf, keywrap, signing
from fieldreport.errors import UsageError, VaultExists, VaultLocked, VaultNotFound
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
#: Present when the store's database is PostgreSQL: its address (never a password).
DATABASE_FILE = "central.database"
DATABASE_ENV = "FIELDREPORT_CENTRAL_DATABASE"
PENDING_FOLDER = "pending"
STORE_ENV = "FIELDREPORT_CENTRAL_STORE"
#: How long closing waits for readers before leaving the WAL to the next checkpoint.
CHECKPOINT_WAIT_MS = 200


def exists(folder: Path) -> bool:
    return (folder / KEY_FILE).is_file()


def database_url(folder: Path) -> str | None:
    """The PostgreSQL address the store folder records (None: the embedded database)."""
    path = folder / DATABASE_FILE
    return path.read_text(encoding="utf-8").strip() if path.is_file() else None


def resolve_database(explicit: str | None) -> str | None:
    """``--database URL`` wins, then ``$FIELDREPORT_CENTRAL_DATABASE``; None: embedded."""
    return explicit or os.environ.get(DATABASE_ENV) or None


def resolve_store_dir(explicit: str | None) -> Path:
    """``--store DIR`` wins, then ``$FIELDREPORT_CENTRAL_STORE``."""
    chosen = explicit or os.environ.get(STORE_ENV)
    if not chosen:
        raise UsageError(f"Give the central store folder with --store DIR or {STORE_ENV}.")
    return Path(chosen).expanduser().resolve()


class CentralStore:
    """An open central store; ``close()`` forgets the key and lets the folder go."""

    def __init__(
        self,
        folder: Path,
        db: Any,
        db_key: bytes,
        *,
        read_only: bool = False,
        write_lock: store_lock.WriteLock | None = None,
        database: str | None = None,
    ) -> None:
        """``db``: sqlite-utils' Database, or a PgDatabase when ``database`` (its URL) is set;
        ``db_key``: SQLCipher's key, or PostgreSQL's sealing key."""
        self.folder = folder
        self.database = database
        self._db: sqlite_utils.Database | None = db
        self._db_key: bytes | None = db_key
        self._read_only = read_only
        self._write_lock = write_lock or store_lock.WriteLock(folder)
        self._server_lock: IO[bytes] | None = None
        info = self.info()
        keys = OrgKeys.from_secret_json(json.loads(info["org_keys"]))
        self.org = Organisation(name=info["org_name"], keys=keys, org_id=info["org_id"])
        self.log = CustodyLog(db, _org_identity(self.org, info["created_at"]))
        self.media = MediaStore(db, folder, self.log)

    # -- lifecycle ---------------------------------------------------------
    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        org_name: str,
        params: kdf.KdfParams | None = None,
        database: str | None = None,
    ) -> CentralStore:
        """A new organisation; ``database``: a PostgreSQL URL (None: $FIELDREPORT_CENTRAL_DATABASE
        if set; "": the embedded database, whatever the environment says)."""
        database = resolve_database(None) if database is None else (database or None)
        if database is not None:
            from fieldreport.central.pg.url import check_url

            check_url(database)  # before anything is made
        check_passphrase(passphrase)
        name = org_name.strip()
        if not 1 <= len(name) <= 200:
            raise UsageError("The organisation's name must be 1 to 200 characters.")
        if exists(folder):
            raise VaultExists(f"A central store already exists in {folder}.")
        if (folder / "vault.key").exists():
            raise UsageError(f"{folder} holds a field vault; choose another folder.")
        make_private_folder(folder)

        def create_locked(lock: store_lock.WriteLock) -> CentralStore:
            with lock.held():
                return cls._create_locked(folder, passphrase, name, params, lock, database)

        return _with_new_lock(folder, create_locked)

    @classmethod
    def _create_locked(
        cls,
        folder: Path,
        passphrase: str,
        name: str,
        params: kdf.KdfParams | None,
        lock: store_lock.WriteLock,
        url: str | None = None,
    ) -> CentralStore:
        if exists(folder):  # made by another process while this one waited
            raise VaultExists(f"A central store already exists in {folder}.")
        data_key = keyfile.new_data_key()
        db_path = folder / DB_FILE
        for leftover in (db_path, folder / (DB_FILE + "-wal"), folder / (DB_FILE + "-shm")):
            leftover.unlink(missing_ok=True)  # an interrupted creation
        (folder / DATABASE_FILE).unlink(missing_ok=True)
        db_key = _db_key(data_key, url)
        if url is not None:
            db: Any = _open_pg(url, db_key, create=True)
            (folder / DATABASE_FILE).write_text(url + "\n", encoding="utf-8")
        else:
            db = database.open_encrypted(db_path, db_key, check=False)
        org = Organisation.create(name)
        now = utc_now()
        try:
            if url is None:
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
            # The key file is written last: until it exists there is no store.
            keyfile.write(
                folder / KEY_FILE, keyfile.seal(data_key, passphrase, params or kdf.calibrate())
            )
        except BaseException:
            _close_db(db)
            raise
        return cls(folder, db, db_key, write_lock=lock, database=url)

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> CentralStore:
        """Open to read and write, beside any other process that has the store open.

        The schema is brought up to date and what an interrupted import left is
        swept, both under the write lock; so is the full check of the file at
        opening, which must not meet another program's checkpoint.
        """
        if not exists(folder):
            raise VaultNotFound(
                f"There is no central store in {folder}. Create one with 'central init'."
            )
        data_key = keyfile.open_key(keyfile.read(folder / KEY_FILE), passphrase)
        url = database_url(folder)
        db_key = _db_key(data_key, url)

        def open_locked(lock: store_lock.WriteLock) -> CentralStore:
            if url is not None:  # PostgreSQL migrates under its own advisory lock
                db = _open_pg(url, db_key)
                try:
                    store = cls(folder, db, db_key, write_lock=lock, database=url)
                    store.sweep()
                except BaseException:
                    db.close()
                    raise
                return store
            # The full check (cipher_integrity_check) reads central.db itself, past SQLite's
            # locks and the WAL: a checkpoint writing that file meanwhile (another program's
            # commit or closing) would show it a half-written page, reported as damage. Every
            # checkpoint runs under the write lock (see close()), so the check holds it too.
            with lock.held():
                db = database.open_encrypted(folder / DB_FILE, db_key)
                try:
                    with database.translate_errors():
                        migrations.migrate(db)
                        store = cls(folder, db, db_key, write_lock=lock)
                        store.sweep()
                except BaseException:
                    db.conn.close()
                    raise
            return store

        return _with_new_lock(folder, open_locked)

    @classmethod
    def open_to_read(cls, folder: Path, passphrase: str) -> CentralStore:
        """Open to look only: no migration, no clean-up, nothing written.

        SQLite's WAL lets this read a consistent snapshot while other processes
        write; commands that change the store use :meth:`open`.
        """
        if not exists(folder):
            raise VaultNotFound(
                f"There is no central store in {folder}. Create one with 'central init'."
            )
        data_key = keyfile.open_key(keyfile.read(folder / KEY_FILE), passphrase)
        url = database_url(folder)
        db_key = _db_key(data_key, url)
        if url is not None:
            pg = _open_pg(url, db_key, migrate=False)
            try:
                return cls(folder, pg, db_key, read_only=True, database=url)
            except BaseException:
                pg.close()
                raise
        db = database.open_encrypted(folder / DB_FILE, db_key, check=False)
        try:
            with database.translate_errors():
                if migrations.CENTRAL_MIGRATIONS.pending(db):
                    raise UsageError(
                        "The central store needs an update, which this command does not make: "
                        "open it once in the coordinator window or with a command that changes "
                        "it (central approve, revoke, import, provisioning)."
                    )
                return cls(folder, db, db_key, read_only=True)
        except BaseException:
            db.conn.close()
            raise

    def reader(self) -> CentralStore:
        """Another connection to this store, to read only (for another thread).

        SQLCipher keys each connection on its own; this one gets the same key.
        """
        if self._db_key is None:
            raise VaultLocked("The central store is closed.")
        if self.database is not None:
            pg = _open_pg(self.database, self._db_key, migrate=False)
            try:
                return CentralStore(
                    self.folder, pg, self._db_key, read_only=True, database=self.database
                )
            except BaseException:
                pg.close()
                raise
        db = database.open_encrypted(self.folder / DB_FILE, self._db_key, check=False)
        try:
            return CentralStore(self.folder, db, self._db_key, read_only=True)
        except BaseException:
            db.conn.close()
            raise

    def writer(self) -> CentralStore:
        """Another connection to this store, to read and write (an importer's own, on
        PostgreSQL, so imports of different devices run at once); same key, same waits."""
        if self._db_key is None:
            raise VaultLocked("The central store is closed.")
        if self.database is None:
            db: Any = database.open_encrypted(self.folder / DB_FILE, self._db_key, check=False)
        else:
            db = _open_pg(self.database, self._db_key, migrate=False)
        try:
            other = CentralStore(self.folder, db, self._db_key, database=self.database)
        except BaseException:
            db.conn.close()
            raise
        other.write_wait = self.write_wait
        return other

    def hold_for_serving(self) -> None:
        """Take the sync server's lock: one server per store (StoreBusy if one runs)."""
        if self._server_lock is None:
            self._server_lock = store_lock.hold_server_lock(self.folder)

    def close(self) -> None:
        if self._db is not None:
            db, self._db, self._db_key = self._db, None, None
            if self.database is not None:
                db.conn.close()
            elif not self._read_only:
                with self._write_lock.held_if_free() as free:
                    if free:  # nobody writes now: fold the WAL back into the file
                        _checkpoint(db)
                        db.conn.close()  # the last one to close checkpoints as well
            db.conn.close()  # (a second close does nothing)
            self._write_lock.close()
            if self._server_lock is not None:
                self._server_lock.close()
                self._server_lock = None

    def __enter__(self) -> CentralStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def on_postgresql(self) -> bool:
        return self.database is not None

    @property
    def read_only(self) -> bool:
        """Opened to read only (:meth:`open_to_read`, :meth:`reader`): nothing may be written."""
        return self._read_only

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            raise VaultLocked("The central store is closed.")
        return self._db

    @property
    def write_wait(self) -> float | None:
        """How long a write waits for another process's (None: as long as it takes)."""
        return self._write_lock.wait_seconds

    @write_wait.setter
    def write_wait(self, seconds: float | None) -> None:
        self._write_lock.wait_seconds = seconds

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the write lock (re-entrant): for changes to files and rows together."""
        if self._read_only:
            raise UsageError("This central store was opened to read only.")
        with self._write_lock.held():
            yield

    @contextlib.contextmanager
    def writing_if_free(self) -> Iterator[bool]:
        """Hold the write lock only if no one has it now (for caches worth no wait)."""
        if self._read_only:
            yield False
            return
        with self._write_lock.held_if_free() as held:
            yield held

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One all-or-nothing write, under the write lock."""
        with self.writing(), database.transaction(self.db) as db:
            yield db

    # -- imports: one device at a time, devices at once on PostgreSQL -----------
    @contextlib.contextmanager
    def importing(self) -> Iterator[None]:
        """Hold what an import needs for its whole length (files and rows together).

        Embedded: the write lock (one import at a time). PostgreSQL: only a
        shared hold that keeps other programs' sweeps away from the files of an
        import not yet committed; the import's transaction then takes its
        device's turn and, briefly, the writers' turn (:meth:`import_transaction`).
        """
        if self._read_only:
            raise UsageError("This central store was opened to read only.")
        if self.database is None:
            with self.writing():
                yield
            return
        with self.db.importing():  # type: ignore[attr-defined]
            yield

    @contextlib.contextmanager
    def import_transaction(self) -> Iterator[sqlite_utils.Database]:
        """An import's one all-or-nothing write.

        Embedded: :meth:`transaction`. PostgreSQL: begun without the writers'
        lock; call :meth:`device_turn` once the device is known, before reading
        its state, and :meth:`global_turn` before touching what all devices share
        (owners, the centre's custody log, receipts).
        """
        if self.database is None or self.db.conn.in_transaction:
            with self.transaction() as db:
                yield db
            return
        db = self.db
        db.conn.execute("BEGIN")
        try:
            yield db
            db.conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(Exception):
                db.conn.execute("ROLLBACK")
            raise

    def device_turn(self, device_id: str) -> None:
        """Inside :meth:`import_transaction`: wait until no other import of this device runs."""
        if self.database is not None:
            self.db.lock_device(device_id)  # type: ignore[attr-defined]

    def global_turn(self) -> None:
        """Inside :meth:`import_transaction`: wait for the writers' turn (held to its end)."""
        if self.database is not None:
            self.db.lock_writes()  # type: ignore[attr-defined]

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
        """Remove what an interrupted import left: media without a row, kept files without one.

        On PostgreSQL imports of other programs run beside this one's writes:
        while any is in progress the sweep is left for later (the next one).
        """
        with self.writing():
            if self.database is None:
                self._sweep()
                return
            with self.db.sweeping() as free:  # type: ignore[attr-defined]
                if free:
                    self._sweep()

    def _sweep(self) -> None:
        self.media.sweep()
        item_spool.sweep(self.folder / item_spool.FOLDER)
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


def _with_new_lock(
    folder: Path, build: Callable[[store_lock.WriteLock], CentralStore]
) -> CentralStore:
    """``build`` the store with a write lock of its own (closed again if that fails)."""
    lock = store_lock.WriteLock(folder)
    try:
        store = build(lock)
    except BaseException:
        lock.close()
        raise
    _restrict(folder)
    return store


def _checkpoint(db: sqlite_utils.Database) -> None:
    """Truncate the WAL, waiting only briefly for readers (they keep it for the next time)."""
    with contextlib.suppress(database.DatabaseError):
        db.conn.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _org_identity(org: Organisation, created_at: str) -> DeviceIdentity:
    """The organisation's signing key as the signer of the centre's own custody log."""
    private = org.keys.signing_private_key
    return DeviceIdentity(org.org_id, private, signing.public_key_of(private), created_at)


def _db_key(data_key: bytes, url: str | None = None) -> bytes:
    """SQLCipher's key, or (``url``: PostgreSQL) the key that seals values there."""
    if url is not None:
        from fieldreport.central.pg.sealed import values_key

        return values_key(data_key)
    return keywrap.subkey(data_key, "fieldreport central database v1")


def _open_pg(url: str, values_key: bytes, **options: bool) -> Any:
    from fieldreport.central.pg.connect import open_database

    return open_database(url, values_key, **options)


def _close_db(db: Any) -> None:
    if isinstance(db, sqlite_utils.Database):
        database.close(db)
    else:
        db.close()


def _restrict(folder: Path) -> None:
    names = (KEY_FILE, DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", DATABASE_FILE)
    for name in names + (store_lock.WRITE_LOCK_FILE, store_lock.SERVER_LOCK_FILE):
        if (folder / name).is_file():
            restrict_file(folder / name)
