"""Unfinished uploads on the sync server: partial bundle files and their durable offsets.

Each upload is two files in the store's ``uploads`` folder: ``<id>.part`` (the
bytes received so far, age-encrypted bundle data, never plaintext) and
``<id>.json`` (who sent it, its length, the committed offset, its expiry),
replaced atomically. The offset is written only after the data before it is
fsynced, so after a crash the part file is cut back to the committed offset
and the upload resumes from there.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldreport.storage.files import fsync_folder

ID_BYTES = 16


@dataclass(frozen=True)
class Limits:
    max_upload: int = 4 * 1024**3  # one bundle
    max_uploads_per_device: int = 4  # unfinished at once
    max_waiting_per_device: int = 8  # finished, waiting for their import
    max_bytes_per_device: int = 8 * 1024**3  # reserved by all its uploads, finished or not
    expiry_seconds: int = 24 * 3600  # after the last write
    challenge_seconds: int = 120
    token_seconds: int = 900
    max_json_body: int = 4096
    max_connections: int = 500  # open at once; more are answered 503 (memory stays bounded)
    max_per_address: int = 32  # open at once from one IP address; more are answered 503
    header_timeout: float = 10.0  # seconds to send a request's headers (and a sign-in body)
    idle_timeout: float = 30.0  # seconds a request body may pause


class QuotaExceeded(Exception):
    """The device has too many uploads (unfinished, or waiting), or too many bytes reserved."""


@dataclass
class Upload:
    id: str
    device_id: str
    length: int
    offset: int = 0
    bundle_hash: str = ""
    expires_at: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    # SHA-256 of the committed bytes, kept in memory while they arrive, so a finished
    # upload need not be read again to check its hash (None after a restart: it is).
    sha256: Any = field(default=None, repr=False, compare=False)

    @property
    def complete(self) -> bool:
        return self.offset == self.length

    def state(self) -> dict[str, object]:
        return {
            "id": self.id,
            "device_id": self.device_id,
            "length": self.length,
            "offset": self.offset,
            "bundle_hash": self.bundle_hash,
            "expires_at": self.expires_at,
        }


class Uploads:
    """The registry of unfinished uploads; safe to call from several threads."""

    def __init__(self, folder: Path, limits: Limits) -> None:
        self.folder = folder
        self.limits = limits
        self._guard = threading.Lock()
        self._uploads: dict[str, Upload] = {}
        folder.mkdir(mode=0o700, exist_ok=True)
        self._load()

    # -- lookup ----------------------------------------------------------
    def get(self, upload_id: str, device_id: str) -> Upload | None:
        """The upload, only for the device that created it and while it has not expired."""
        with self._guard:
            upload = self._uploads.get(upload_id)
        if upload is None or upload.device_id != device_id or upload.expires_at < time.time():
            return None
        return upload

    def __len__(self) -> int:
        with self._guard:
            return len(self._uploads)

    def completed(self) -> list[Upload]:
        with self._guard:
            return [u for u in self._uploads.values() if u.complete]

    def part(self, upload: Upload) -> Path:
        return self.folder / f"{upload.id}.part"

    # -- changes ---------------------------------------------------------
    def create(self, device_id: str, length: int, bundle_hash: str) -> Upload:
        """A new upload; an unfinished one of the same device and bundle is dropped first.

        A device that lost an upload's address starts the bundle again: its old,
        abandoned upload would otherwise hold a place until it expires.
        """
        if bundle_hash:
            self._drop_abandoned(device_id, bundle_hash)
        with self._guard:
            # Finished uploads count until their import is over (they leave this folder
            # then, imported or refused): a device cannot pile up files nobody imports.
            mine = [u for u in self._uploads.values() if u.device_id == device_id]
            waiting = sum(1 for u in mine if u.complete)
            if len(mine) - waiting >= self.limits.max_uploads_per_device:
                raise QuotaExceeded("too many unfinished uploads")
            if waiting >= self.limits.max_waiting_per_device:
                raise QuotaExceeded("too many uploads waiting for their import")
            if sum(u.length for u in mine) + length > self.limits.max_bytes_per_device:
                raise QuotaExceeded("too many bytes in uploads not yet imported")
            upload = Upload(
                id=secrets.token_hex(ID_BYTES),
                device_id=device_id,
                length=length,
                bundle_hash=bundle_hash,
                expires_at=time.time() + self.limits.expiry_seconds,
                sha256=hashlib.sha256(),
            )
            self._uploads[upload.id] = upload
        self.part(upload).touch(mode=0o600)
        self._save(upload)
        return upload

    def _drop_abandoned(self, device_id: str, bundle_hash: str) -> None:
        with self._guard:
            same = [
                u
                for u in self._uploads.values()
                if u.device_id == device_id and u.bundle_hash == bundle_hash and not u.complete
            ]
        for old in same:
            if old.lock.acquire(blocking=False):  # not while a request still writes to it
                try:
                    self.remove(old)
                finally:
                    old.lock.release()

    def commit(self, upload: Upload, offset: int) -> None:
        """Make ``offset`` durable: the data before it is fsynced, then the offset written."""
        with self.part(upload).open("rb+") as handle:
            os.fsync(handle.fileno())
        before = upload.offset, upload.expires_at
        upload.offset = offset
        upload.expires_at = time.time() + self.limits.expiry_seconds
        try:
            self._save(upload)
        except BaseException:  # not durable, so not acknowledged: the upload stays where it was
            upload.offset, upload.expires_at = before
            raise

    def cut_back(self, upload: Upload) -> None:
        """Forget bytes written past the committed offset (a failed checksum, a refusal)."""
        with contextlib.suppress(FileNotFoundError), self.part(upload).open("rb+") as handle:
            handle.truncate(upload.offset)

    def remove(self, upload: Upload) -> None:
        with self._guard:
            self._uploads.pop(upload.id, None)
        for path in (self.folder / f"{upload.id}.json", self.part(upload)):
            path.unlink(missing_ok=True)

    def expire(self) -> int:
        """Remove unfinished uploads nobody wrote to in time; returns how many."""
        now = time.time()
        with self._guard:
            old = [u for u in self._uploads.values() if u.expires_at < now and not u.complete]
        for upload in old:
            self.remove(upload)
        return len(old)

    # -- files -----------------------------------------------------------
    def _save(self, upload: Upload) -> None:
        target = self.folder / f"{upload.id}.json"
        temp = target.with_suffix(".json.tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with open(fd, "w", encoding="utf-8") as handle:
                json.dump(upload.state(), handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        fsync_folder(self.folder)  # the rename itself survives a power loss

    def _load(self) -> None:
        for leftover in self.folder.glob("*.tmp"):
            leftover.unlink(missing_ok=True)
        for path in self._sidecars():
            try:
                state = json.loads(path.read_text(encoding="utf-8"))
                upload = Upload(**state)
            except (OSError, ValueError, TypeError):
                upload = None
            part = path.with_suffix(".part")
            if upload is None or not part.exists() or part.stat().st_size < upload.offset:
                path.unlink(missing_ok=True)
                part.unlink(missing_ok=True)
                continue
            with part.open("rb+") as handle:
                handle.truncate(upload.offset)
            self._uploads[upload.id] = upload
        for part in self.folder.glob("*.part"):
            if part.stem not in self._uploads:
                part.unlink(missing_ok=True)

    def _sidecars(self) -> Iterator[Path]:
        yield from self.folder.glob("*.json")
