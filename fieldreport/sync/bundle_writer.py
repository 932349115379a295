"""Writing a bundle: the signed inner tar, age-encrypted, written atomically.

The file is written as ``.<name>.<random>.part`` beside its final name and
fsynced; then the device records the export (its last bundle, with both
names, and a ``bundle_export`` custody entry), and only then renames the part
file into place. So every bundle file that carries a bundle's name is one the
device recorded: a kill after the rename cannot make the next export take
the same sequence again. A kill between the record and the rename leaves the
recorded part file, which :func:`finish_interrupted` (run before each export
and whenever the sync state is read) puts in place. A crash or a full disk
before the record leaves at most a part file, which the device never sends.

Media originals travel as the vault stores them (bundle format 2: each one's
age file, its key wrapped to the organisation in the manifest; see
:mod:`fieldreport.sync.sealed_media`), so the bundle's age layer is the only
encryption an export does, and their SHA-256 was kept at ingest, so nothing
hashes them again. The age layer runs in this process on OpenSSL's
ChaCha20-Poly1305 (:mod:`fieldreport.sync.age_layer`); a helper thread hashes
the ciphertext (the bundle hash) and writes it, beside the tar stream and the
encryption on this thread. Each byte is read once, encrypted once, hashed once
and written once.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import secrets
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import BinaryIO

from fieldreport.errors import FieldReportError, StorageFull, UsageError
from fieldreport.storage.clock import utc_now
from fieldreport.storage.database import transaction
from fieldreport.storage.device import DeviceIdentity
from fieldreport.storage.files import sha256_file
from fieldreport.storage.streams import BackgroundWriter
from fieldreport.storage.vault import Vault
from fieldreport.sync import device_state
from fieldreport.sync.age_layer import Encrypting
from fieldreport.sync.bundle_format import MANIFEST_NAME, SIGNATURE_NAME, WRITTEN, Manifest
from fieldreport.sync.export_plan import ItemSource, plan_export
from fieldreport.sync.provisioning import Provisioning
from fieldreport.sync.tar_stream import ItemMismatch, TarWriter

log = logging.getLogger(__name__)
WRITE_AHEAD = 8 * 1024 * 1024  # ciphertext queued for the writer thread at most


@dataclass(frozen=True)
class ExportedBundle:
    path: Path
    manifest: Manifest
    bundle_hash: str  # SHA-256 of the whole file
    size: int


def write_inner(
    target: BinaryIO, manifest: Manifest, device: DeviceIdentity, sources: Sequence[ItemSource]
) -> None:
    """The plaintext tar stream: manifest, its signature by ``device``, then the items."""
    manifest_bytes = manifest.encode()
    if tuple(s.item for s in sources) != manifest.items:
        raise ValueError("the sources do not match the manifest's items")
    mtime = int(datetime.fromisoformat(manifest.created_at.replace("Z", "+00:00")).timestamp())
    tar = TarWriter(target, mtime)
    tar.add_bytes(MANIFEST_NAME, manifest_bytes)
    tar.add_bytes(SIGNATURE_NAME, device.sign(manifest_bytes))
    for source in sources:
        item = source.item
        tar.add(item.name, item.size, source.fill, item.sha256 if source.verify_hash else None)
    tar.close()


def write_atomically(
    out: Path,
    recipients: list[str],
    produce: Callable[[BinaryIO], None],
    before_rename: Callable[[str, Path], None] | None = None,
) -> str:
    """age-encrypt what ``produce`` writes into ``out``, atomically; returns the file's SHA-256.

    ``before_rename(hash, part)`` runs once the part file is complete and
    fsynced, before it is renamed to ``out``; if it raises, the part file is
    removed. Once it has returned, the part file is kept whatever happens,
    so that what it recorded stays true (see :func:`finish_interrupted`).
    """
    if out.exists():
        raise UsageError(f"{out} already exists; choose another name.")
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    part = out.with_name(f".{out.name}.{secrets.token_hex(4)}.part")
    recorded = False
    try:
        with part.open("xb"):
            pass
        bundle_hash = encrypt_into(part, recipients, produce)
        if before_rename is not None:
            _fsync_folder(out.parent)  # the part file's name lasts as long as the record
            before_rename(bundle_hash, part)
            recorded = True
        os.replace(part, out)
    except BaseException as exc:
        if not recorded:
            with contextlib.suppress(OSError):
                part.unlink()
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            raise StorageFull(
                f"There is no room for the bundle in {out.parent}; nothing was written."
            ) from exc
        if isinstance(exc, ItemMismatch):
            raise FieldReportError(
                f"The vault changed while the bundle was written ({exc}); export again."
            ) from exc
        raise
    _fsync_folder(out.parent)
    return bundle_hash


def encrypt_into(part: Path, recipients: list[str], produce: Callable[[BinaryIO], None]) -> str:
    """age-encrypt what ``produce`` writes into ``part`` (exists, empty), fsync it; its SHA-256.

    This thread runs ``produce`` and the encryption; a helper thread hashes and
    writes the ciphertext (hashlib and the system's write let go of the GIL), so
    on two cores those overlap. A file not finished (``produce`` failed) is not a
    whole age file: no reader accepts it.
    """
    hasher = hashlib.sha256()
    with part.open("r+b", buffering=0) as handle:
        behind = BackgroundWriter(handle, limit=WRITE_AHEAD, hasher=hasher)  # type: ignore[arg-type]
        try:
            age = Encrypting(partial(_queue, behind), recipients)
            produce(age)  # type: ignore[arg-type]
            age.finish()
            behind.close()  # everything written, or the disk's error
        finally:
            behind.abandon()
        os.fsync(handle.fileno())
    return hasher.hexdigest()


def _queue(behind: BackgroundWriter, pieces: list[bytes]) -> None:
    for piece in pieces:
        behind.write(piece)


_EXPORT_LOCKS: dict[Path, threading.RLock] = {}
_EXPORT_LOCKS_GUARD = threading.Lock()


def export_lock(vault: Vault) -> threading.RLock:
    """One export of a vault at a time in this process.

    The window (a USB export) and background sync (an export into the outbox)
    use two connections to one vault; each bundle takes the next sequence, so
    two at once would both take it, and the centre would see a fork.
    """
    key = vault.folder.resolve()
    with _EXPORT_LOCKS_GUARD:
        return _EXPORT_LOCKS.setdefault(key, threading.RLock())


def export_bundle(
    vault: Vault,
    out: Path,
    created_at: str | None = None,
    *,
    after: device_state.LastBundle | None = None,
) -> ExportedBundle | None:
    """Write everything new since the last exported bundle to ``out``; None if nothing is new.

    ``after`` names another bundle to continue from instead (the last receipted
    one, to send again what a lost bundle carried): the new bundle takes the
    next sequence after it, names it as its predecessor and carries every
    custody-log entry after its end. Either way it becomes the last bundle.
    """
    with export_lock(vault):
        return _export_bundle(vault, out, created_at, after)


def _export_bundle(
    vault: Vault, out: Path, created_at: str | None, after: device_state.LastBundle | None
) -> ExportedBundle | None:
    org = device_state.require_organisation(vault.db)
    finish_interrupted(vault)
    previous = device_state.last_bundle(vault.db)
    last = previous if after is None else after
    return _export_planned(vault, out, created_at, org, previous, last)


def _export_planned(
    vault: Vault,
    out: Path,
    created_at: str | None,
    org: Provisioning,
    previous: device_state.LastBundle,
    last: device_state.LastBundle,
) -> ExportedBundle | None:
    plan = plan_export(vault, last.log_to_seq, org.keys.age_recipient)
    if plan is None:
        return None
    manifest = Manifest(
        org_id=org.org_id,
        device_id=vault.device.device_id,
        sequence=last.sequence + 1,
        previous_bundle_hash=last.bundle_hash,
        log=plan.log,
        created_at=created_at or utc_now(),
        items=plan.items,
        version=WRITTEN,
    )

    def record(bundle_hash: str, part: Path) -> None:
        with transaction(vault.db):
            if device_state.last_bundle(vault.db) != previous:  # another connection exported
                raise FieldReportError("Another bundle was exported meanwhile; export again.")
            device_state.record_export(
                vault.db,
                device_state.LastBundle(
                    manifest.sequence,
                    bundle_hash,
                    manifest.log.to_seq,
                    manifest.created_at,
                    str(out.resolve()),
                    str(part.resolve()),
                ),
            )
            vault.log.append("bundle_export", f"bundle:{manifest.sequence}", bundle_hash)

    bundle_hash = write_atomically(
        out,
        [org.keys.age_recipient],
        lambda target: write_inner(target, manifest, vault.device, plan.sources),
        before_rename=record,
    )
    return ExportedBundle(out, manifest, bundle_hash, out.stat().st_size)


def finish_interrupted(vault: Vault) -> bool:
    """Rename into place a recorded bundle whose process died before its rename.

    Returns True if it did. A part file that is gone (the stick was taken
    away) or is not the recorded bundle is left alone: the bundle counts as
    lost, and ``bundle export --again`` sends what it carried.
    """
    lock = export_lock(vault)
    if not lock.acquire(blocking=False):
        return False  # an export is running: it does this itself, or its rename is due
    try:
        return _finish_interrupted(vault)
    finally:
        lock.release()


def _finish_interrupted(vault: Vault) -> bool:
    last = device_state.last_bundle(vault.db)
    if not last.part or not last.path or not last.bundle_hash:
        return False
    part, final = Path(last.part), Path(last.path)
    try:
        if final.exists() or not part.is_file() or sha256_file(part) != last.bundle_hash:
            return False
        os.replace(part, final)
    except OSError as exc:
        log.warning("The bundle written before a crash could not be put in place: %s", exc)
        return False
    _fsync_folder(final.parent)
    log.info("bundle %s, written before a crash, put in place", last.sequence)
    return True


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # some file systems (FAT on a stick) refuse it
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
