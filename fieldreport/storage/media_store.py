"""Encrypted media: originals as age files outside the database, the rest inside it.

An item is stored in three steps, so a crash at any point leaves either the
whole item or nothing:

1. the original is read once and age-encrypted to ``media/<name>.part`` (its
   writer holds a lock on it);
2. its row and custody-log entry are committed in one transaction;
3. the ``.part`` file is renamed to its final name.

:meth:`MediaStore.store` does all three; :meth:`MediaStore.encrypt` (step 1)
and :meth:`MediaStore.commit` (steps 2 and 3) or :meth:`MediaStore.discard`
let the importer fsync one original on a helper thread while it reads the next.
A photo committed with ``analyse_later`` is decoded (thumbnail, EXIF, damage)
afterwards, from its stored original (``fieldreport.media_analysis``).

:meth:`MediaStore.sweep` (run at unlock) finishes step 3 for committed items
and removes every abandoned ``.part`` or unreferenced file.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import sqlite_utils

from fieldreport.crypto import age_stream
from fieldreport.domain.media_types import MediaType
from fieldreport.errors import MediaNotFound, StorageFull, VaultDamaged
from fieldreport.storage import part_files
from fieldreport.storage.clock import utc_now
from fieldreport.storage.custody_log import CustodyLog
from fieldreport.storage.database import transaction
from fieldreport.storage.files import fsync_folder, make_private_folder
from fieldreport.storage.id_prefix import MIN_ID_PREFIX, escape_like
from fieldreport.storage.streams import (
    BackgroundWriter,
    Cancelled,
    HashingReader,
    RecordingWriter,
)

CHUNK = 1024 * 1024
MEDIA_FOLDER = "media"
SUFFIX = ".age"
PART = ".part"
_FULL = {
    errno.ENOSPC: "The disk is full; the file was not stored.",
    getattr(errno, "EDQUOT", errno.ENOSPC): "The disk is full; the file was not stored.",
    errno.EFBIG: (
        "The file is too large for the disk the vault is on (its file system or a size "
        "limit); the file was not stored."
    ),
}
_DAMAGED = "The encrypted file of media item {id} is damaged or was altered; it was not exported."


@dataclass(frozen=True)
class MediaItem:
    id: str
    sha256: str
    size: int
    mime: str
    kind: str
    original_name: str
    imported_at: str
    caption: str
    metadata: dict
    deleted: bool
    records: tuple[str, ...] = ()
    #: "pending" (stored, not analysed yet), "done", or "damaged" (the decoder found
    #: damage; ``metadata["damage"]`` says what). Not part of :meth:`to_json`.
    analysis: str = "done"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sha256": self.sha256,
            "size": self.size,
            "mime": self.mime,
            "kind": self.kind,
            "original_name": self.original_name,
            "imported_at": self.imported_at,
            "caption": self.caption,
            "metadata": self.metadata,
            "records": list(self.records),
            **({"deleted": True} if self.deleted else {}),
        }


@dataclass(frozen=True)
class Stored:
    item: MediaItem
    duplicate: bool  # the same bytes were already in the vault; nothing new was stored


@dataclass(frozen=True)
class Extras:
    """What the caller derived from the original's bytes (photos only)."""

    metadata: dict
    thumbnail: bytes | None = None
    preview: bytes | None = None


@dataclass(frozen=True)
class Pending:
    """An original read, hashed and encrypted to its ``.part`` file, not yet in the vault.

    Give it to :meth:`MediaStore.commit` or :meth:`MediaStore.discard`.
    """

    original_name: str
    media_type: MediaType
    sha256: str
    size: int
    kept: bytes | None = field(repr=False)  # the original's bytes, if small enough to keep
    file_name: str  # "" for a duplicate: nothing was left on disk
    identity: str = field(repr=False)
    duplicate_of: MediaItem | None = None
    # The .part file, still open and locked until it is renamed or removed.
    lock: Any = field(default=None, repr=False, compare=False)
    #: SHA-256 of the age file as written (what an export lists for it); None if not taken.
    cipher_sha256: str | None = None


class MediaStore:
    def __init__(
        self,
        db: sqlite_utils.Database,
        vault_folder: Path,
        log: CustodyLog,
        folder_name: str = MEDIA_FOLDER,
        *,
        keep_cipher_hash: bool = False,
    ) -> None:
        self._db = db
        self._log = log
        # The vault keeps each age file's SHA-256 in its row (column ``cipher_sha256``,
        # for exports); the centre's table has no such column.
        self._keep_cipher_hash = keep_cipher_hash
        self.folder = vault_folder / folder_name  # the vault's compartment's media folder

    # -- storing -------------------------------------------------------------
    def store(
        self,
        source: BinaryIO,
        original_name: str,
        media_type: MediaType,
        *,
        derive: Callable[[bytes], Extras] | None = None,
        keep_up_to: int = 0,
        cancel: Callable[[], bool] | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> Stored:
        """Read ``source`` once: hash it, encrypt it, store it (or find it already stored).

        ``derive`` gets the original bytes when the file is at most
        ``keep_up_to`` bytes, and returns metadata, thumbnail and preview; it
        may raise to refuse the file. Raises :class:`Cancelled` when
        ``cancel()`` turns true; nothing is left behind then.

        The same as :meth:`encrypt` then :meth:`commit` (or :meth:`discard`);
        a caller may run ``derive`` elsewhere in between (the importer does,
        on a worker thread, while it reads the next file).
        """
        pending = self.encrypt(
            source,
            original_name,
            media_type,
            keep_up_to=keep_up_to,
            cancel=cancel,
            progress=progress,
        )
        if pending.duplicate_of is not None:
            return Stored(pending.duplicate_of, duplicate=True)
        try:
            extras = (
                derive(pending.kept)
                if derive is not None and pending.kept is not None
                else Extras(metadata={})
            )
        except BaseException:
            self.discard(pending)
            raise
        return self.commit(pending, extras)

    def encrypt(
        self,
        source: BinaryIO,
        original_name: str,
        media_type: MediaType,
        *,
        keep_up_to: int = 0,
        cancel: Callable[[], bool] | None = None,
        progress: Callable[[int], None] | None = None,
        sync: bool = True,
        stored_ok: Callable[[MediaItem], bool] | None = None,
    ) -> Pending:
        """Step 1: read ``source`` once, hash it and encrypt it to a ``.part`` file.

        Nothing is in the vault yet: the result must be given to :meth:`commit`
        or :meth:`discard` (a crash before either leaves only the ``.part``,
        which the next sweep removes). When the same bytes are already stored,
        no file is left and ``duplicate_of`` names the stored item.

        With ``sync=False`` the ``.part`` file is not fsynced yet: call
        :meth:`sync` (from any thread, e.g. while the next file is read) and
        let it finish before :meth:`commit`. Its bytes are then also written
        by a helper thread (:class:`BackgroundWriter`), beside the encryption.

        ``stored_ok`` (the centre's) is asked whether the item already stored with
        the same hash may stand for these bytes; if it says no, it has taken that
        one out of the live originals, and these bytes are kept.
        """
        make_private_folder(self.folder)
        file_name = uuid.uuid4().hex + SUFFIX
        part = self.folder / (file_name + PART)
        identity = age_stream.new_identity()
        reader = HashingReader(source, keep_up_to=keep_up_to, cancel=cancel, progress=progress)
        held: list[BinaryIO] = []
        # The age file's own SHA-256, taken as it is written (one pass: no second read).
        cipher = hashlib.sha256() if self._keep_cipher_hash else None
        try:
            with part_files.writing(part, hold=held, sync=sync) as handle:
                # Pipelined callers (sync=False) also get the writing itself off this
                # thread: the page-cache copy (and the file's hash) then runs beside
                # age, on another core.
                behind = None if sync else BackgroundWriter(handle, hasher=cipher)
                writer = RecordingWriter(
                    behind or handle,  # type: ignore[arg-type]
                    cipher if behind is None else None,
                )
                try:
                    age_stream.encrypt_stream(_pulled(reader, keep_up_to), writer, identity)
                    if writer.failure is not None:  # pyrage may return after a failed write
                        raise writer.failure
                    if behind is not None:
                        behind.close()  # everything written, or the disk's error
                except age_stream.pyrage.EncryptError as exc:
                    raise (reader.failure or writer.failure or exc) from exc
                finally:
                    if behind is not None:
                        behind.abandon()
            sha256 = reader.sha256.hexdigest()
            existing = self._live_by_sha(sha256)
            if existing is not None and stored_ok is not None and not stored_ok(existing):
                existing = None
        except BaseException as exc:
            _remove(part, held[0] if held else None)
            if isinstance(exc, OSError) and exc.errno in _FULL:
                raise StorageFull(_FULL[exc.errno]) from exc
            raise
        if existing is not None:
            _remove(part, held[0])
            return Pending(
                original_name, media_type, sha256, reader.size, None, "", "", duplicate_of=existing
            )
        kept = reader.take_kept()
        return Pending(
            original_name,
            media_type,
            sha256,
            reader.size,
            kept,
            file_name,
            identity,
            lock=held[0],
            cipher_sha256=None if cipher is None else cipher.hexdigest(),
        )

    def sync(self, pending: Pending) -> None:
        """fsync a ``.part`` file that :meth:`encrypt` wrote with ``sync=False``.

        May run on another thread; the caller waits for it before :meth:`commit`
        or :meth:`discard`. A failure leaves the pending item to :meth:`discard`.
        """
        if pending.duplicate_of is not None or pending.lock is None:
            return
        try:
            os.fsync(pending.lock.fileno())
            fsync_folder(self.folder)  # the .part's name too: a power loss keeps the file
        except OSError as exc:
            if exc.errno in _FULL:
                raise StorageFull(_FULL[exc.errno]) from exc
            raise

    def commit(self, pending: Pending, extras: Extras, *, analyse_later: bool = False) -> Stored:
        """Steps 2 and 3: the row and its custody-log entry, then the final file name.

        With ``analyse_later`` the row is queued for analysis (a photo stored
        before its thumbnail and metadata exist; see ``storage/analysis_queue.py``).

        The same bytes may have been stored since :meth:`encrypt` looked (the
        importer has two files in flight at a time): then the ``.part`` is
        removed and the stored item is returned as a duplicate.
        """
        if pending.duplicate_of is not None:
            return Stored(pending.duplicate_of, duplicate=True)
        part = self.folder / (pending.file_name + PART)
        media_id = str(uuid.uuid4())
        metadata = json.dumps(extras.metadata, ensure_ascii=False)
        try:
            existing = self._live_by_sha(pending.sha256)
            if existing is not None:
                _remove(part, pending.lock)
                return Stored(existing, duplicate=True)
            row = {
                "id": media_id,
                "sha256": pending.sha256,
                "size": pending.size,
                "mime": pending.media_type.mime,
                "kind": pending.media_type.kind,
                "original_name": pending.original_name,
                "imported_at": utc_now(),
                "caption": "",
                "metadata": metadata,
                "file_name": pending.file_name,
                "identity": pending.identity,
                "thumbnail": extras.thumbnail,
                "preview": extras.preview,
                "deleted": 0,
                "search_text": search_text(pending.original_name, "", extras.metadata),
            }
            if analyse_later:  # only then: the centre's copy of this table has no such column
                row["analysis"] = "pending"
            if self._keep_cipher_hash:  # the vault's: what its exports list for the file
                row["cipher_sha256"] = pending.cipher_sha256
            with transaction(self._db):
                self._db.table("media").insert(row)
                self._log.append("media_ingest", f"media:{media_id}", pending.sha256)
        except BaseException as exc:
            _remove(part, pending.lock)
            if isinstance(exc, OSError) and exc.errno in _FULL:
                raise StorageFull(_FULL[exc.errno]) from exc
            raise
        if part_files.RELEASE_BEFORE_RENAME:
            part_files.release(pending.lock)
        os.replace(part, self.folder / pending.file_name)
        part_files.release(pending.lock)  # only now may a sweep consider the name
        # The item as get() would read it back (a new item has no record links yet),
        # without reading the row just written.
        item = self._item({**row, "metadata": metadata}, records=())
        return Stored(item, duplicate=False)

    def discard(self, pending: Pending) -> None:
        """Forget an encrypted original that will not be committed (refused or cancelled)."""
        if pending.duplicate_of is None and pending.file_name:
            _remove(self.folder / (pending.file_name + PART), pending.lock)

    # -- reading -------------------------------------------------------------
    def _live_by_sha(self, sha256: str) -> MediaItem | None:
        row = self._db.execute(
            "SELECT id FROM media WHERE sha256 = ? AND deleted = 0", [sha256]
        ).fetchone()
        return self.get(row[0]) if row else None

    def _row(self, media_id: str) -> dict:
        rows = list(self._db.query("SELECT * FROM media WHERE id = ?", [media_id]))
        if not rows and len(media_id) >= MIN_ID_PREFIX:
            rows = list(
                self._db.query(
                    "SELECT * FROM media WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                    [escape_like(media_id.lower()) + "%"],
                )
            )
            if len(rows) > 1:
                raise MediaNotFound(
                    f"More than one media id starts with {media_id}; type more of the id."
                )
        if not rows and len(media_id) < MIN_ID_PREFIX:
            raise MediaNotFound(
                f"No media item with id {media_id}: give the whole id, or at least its first "
                f"{MIN_ID_PREFIX} characters."
            )
        if not rows:
            raise MediaNotFound(f"No media item with id {media_id}.")
        return rows[0]

    def get(self, media_id: str) -> MediaItem:
        return self._item(self._row(media_id))

    def _item(self, row: dict, records: tuple[str, ...] | None = None) -> MediaItem:
        if records is None:
            records = tuple(
                r[0]
                for r in self._db.execute(
                    "SELECT record_id FROM media_links WHERE media_id = ? ORDER BY record_id",
                    [row["id"]],
                )
            )
        return MediaItem(
            id=row["id"],
            sha256=row["sha256"],
            size=row["size"],
            mime=row["mime"],
            kind=row["kind"],
            original_name=row["original_name"] or "",
            imported_at=row["imported_at"],
            caption=row["caption"] or "",
            metadata=json.loads(row["metadata"] or "{}"),
            deleted=bool(row["deleted"]),
            records=records,
            analysis=row.get("analysis") or "done",
        )

    def list(
        self,
        *,
        record_id: str | None = None,
        unattached: bool = False,
        search: str | None = None,
    ) -> list[MediaItem]:
        where, params = ["m.deleted = 0"], []
        if record_id is not None:
            where.append("m.id IN (SELECT media_id FROM media_links WHERE record_id = ?)")
            params.append(record_id)
        if unattached:
            where.append("m.id NOT IN (SELECT media_id FROM media_links)")
        for word in (search or "").lower().split():
            where.append("m.search_text LIKE ? ESCAPE '\\'")
            params.append("%" + word.replace("\\", "\\\\").replace("%", "\\%") + "%")
        sql = f"SELECT * FROM media m WHERE {' AND '.join(where)} ORDER BY m.imported_at, m.id"
        return [self._item(row) for row in self._db.query(sql, params)]

    def thumbnail(self, media_id: str) -> bytes | None:
        row = self._db.execute("SELECT thumbnail FROM media WHERE id = ?", [media_id]).fetchone()
        return row[0] if row else None

    def preview(self, media_id: str) -> bytes | None:
        row = self._db.execute("SELECT preview FROM media WHERE id = ?", [media_id]).fetchone()
        return row[0] if row else None

    def save_preview(self, media_id: str, preview: bytes) -> None:
        with transaction(self._db):
            self._db.execute(
                "UPDATE media SET preview = ? WHERE id = ? AND deleted = 0", [preview, media_id]
            )

    def read_original(self, media_id: str, target: BinaryIO) -> str:
        """Decrypt the original into ``target``; returns its SHA-256, checked against ingest."""
        row = self._row(media_id)
        if row["deleted"] or not row["identity"]:
            raise MediaNotFound(f"Media item {row['id']} was deleted; its contents are gone.")
        return self.decrypt(row, target)

    def decrypt(self, row: dict, target: BinaryIO) -> str:
        """Decrypt the file of ``row`` (its id, file_name, identity, sha256) into ``target``.

        Touches no database, so it may run on any thread; raises
        :class:`VaultDamaged` when the file is missing, altered or not the original.
        """
        hasher = hashlib.sha256()
        writer = RecordingWriter(target, hasher)
        # age hands over 8 KiB at a time: gathered here, the hash and the target see
        # 1 MiB writes (fewer Python calls per byte); flushed before the check below.
        gathered = io.BufferedWriter(writer, CHUNK)  # type: ignore[arg-type]
        path = self.folder / row["file_name"]
        try:
            with path.open("rb", buffering=CHUNK) as source:  # age reads 8 KiB at a time
                age_stream.decrypt_stream(source, gathered, row["identity"])
                gathered.flush()
            if writer.failure is not None:  # pyrage may return after a failed write
                raise writer.failure
        except FileNotFoundError as exc:
            raise VaultDamaged(_DAMAGED.format(id=row["id"])) from exc
        except (age_stream.DecryptError, OSError) as exc:
            # pyrage reports a failed chunk check (a flipped or missing byte after the
            # header) as a bare OSError("decryption error"), not as DecryptError.
            if writer.failure is not None:
                raise writer.failure from exc
            raise VaultDamaged(_DAMAGED.format(id=row["id"])) from exc
        if hasher.hexdigest() != row["sha256"]:
            raise VaultDamaged(_DAMAGED.format(id=row["id"]))
        return row["sha256"]

    # -- changing ------------------------------------------------------------
    def set_caption(self, media_id: str, caption: str) -> MediaItem:
        row = self._row(media_id)
        metadata = json.loads(row["metadata"] or "{}")
        with transaction(self._db):
            self._db.table("media").update(
                row["id"],
                {
                    "caption": caption,
                    "search_text": search_text(row["original_name"] or "", caption, metadata),
                },
            )
            self._log.append(
                "media_caption", f"media:{row['id']}", hashlib.sha256(caption.encode()).hexdigest()
            )
        return self.get(row["id"])

    def shred(self, media_id: str) -> MediaItem:
        """Destroy the item's key and file; keep a tombstone row with its hash."""
        row = self._row(media_id)
        if row["deleted"]:
            raise MediaNotFound(f"Media item {row['id']} was already deleted.")
        with transaction(self._db):
            self._db.table("media").update(
                row["id"],
                {
                    "deleted": 1,
                    "identity": None,
                    "thumbnail": None,
                    "preview": None,
                    "caption": "",
                    "original_name": "",
                    "metadata": "{}",
                    "search_text": "",
                },
            )
            self._db.execute("DELETE FROM media_links WHERE media_id = ?", [row["id"]])
            self._log.append("media_delete", f"media:{row['id']}", row["sha256"])
        with contextlib.suppress(FileNotFoundError):
            (self.folder / row["file_name"]).unlink()
        return self.get(row["id"])

    def sweep(self) -> int:
        """Finish or remove what an interrupted import left behind; returns files removed."""
        if not self.folder.is_dir():
            return 0
        live = {
            r[0] for r in self._db.execute("SELECT file_name FROM media WHERE deleted = 0") if r[0]
        }
        removed = 0
        for path in self.folder.iterdir():
            name = path.name
            if name.endswith(PART):
                final = name[: -len(PART)]
                if not part_files.abandoned(path):
                    continue  # another FieldReport is writing it right now
                if final in live and not (self.folder / final).exists():
                    os.replace(path, self.folder / final)  # committed: finish step 3
                    continue
                path.unlink()
                removed += 1
            elif name.endswith(SUFFIX) and name not in live:
                path.unlink()
                removed += 1
        return removed


def _pulled(reader: HashingReader, keep_up_to: int) -> Any:
    """What age reads from: ``reader`` itself, or a buffer before it.

    age pulls 8 KiB at a time. When nothing is kept (``keep_up_to == 0``), a
    buffer in front lets ``reader`` (and the hash) see 1 MiB reads instead: far
    fewer Python calls per byte. When the bytes are kept (a photo to describe),
    ``reader`` keeps age's own chunks without copying them, so it stays in front.
    """
    return io.BufferedReader(reader, CHUNK) if keep_up_to <= 0 else reader


def _remove(part: Path, lock: Any) -> None:
    """Remove a ``.part`` file and release its lock (in the order the platform allows)."""
    if part_files.RELEASE_BEFORE_RENAME:
        part_files.release(lock)
    with contextlib.suppress(OSError):
        part.unlink()
    part_files.release(lock)


def search_text(name: str, caption: str, metadata: dict) -> str:
    parts = [name, caption]
    parts += [str(metadata.get(k, "")) for k in ("camera_make", "camera_model", "captured_at")]
    return " ".join(p for p in parts if p).lower()


__all__ = ["Cancelled", "Extras", "MediaItem", "MediaStore", "Pending", "Stored"]
