"""Writing a bundle: the signed inner tar, age-encrypted, written atomically.

The file is written as ``.<name>.<random>.part`` beside its final name,
fsynced, then renamed; a crash or a full disk leaves at most that part file,
which is not a complete age file and so never opens as a bundle.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from fieldreport.errors import FieldReportError, StorageFull, UsageError
from fieldreport.storage.clock import utc_now
from fieldreport.storage.database import transaction
from fieldreport.storage.device import DeviceIdentity
from fieldreport.storage.streams import RecordingWriter
from fieldreport.storage.vault import Vault
from fieldreport.sync import age_pipe, device_state
from fieldreport.sync.bundle_format import MANIFEST_NAME, SIGNATURE_NAME, Manifest
from fieldreport.sync.export_plan import ItemSource, plan_export
from fieldreport.sync.tar_stream import ItemMismatch, TarWriter


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


def write_atomically(out: Path, recipients: list[str], produce: Callable[[BinaryIO], None]) -> str:
    """age-encrypt what ``produce`` writes into ``out``, atomically; returns the file's SHA-256."""
    if out.exists():
        raise UsageError(f"{out} already exists; choose another name.")
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    part = out.with_name(f".{out.name}.{secrets.token_hex(4)}.part")
    hasher = hashlib.sha256()
    try:
        with part.open("xb") as handle:
            writer = RecordingWriter(handle, hasher)  # type: ignore[arg-type]
            try:
                age_pipe.encrypt_from(produce, writer, recipients)  # type: ignore[arg-type]
            except BaseException as exc:
                raise (writer.failure or exc) from exc
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, out)
    except BaseException as exc:
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
    return hasher.hexdigest()


def export_bundle(vault: Vault, out: Path, created_at: str | None = None) -> ExportedBundle | None:
    """Write everything new since the last exported bundle to ``out``; None if nothing is new."""
    org = device_state.require_organisation(vault.db)
    last = device_state.last_bundle(vault.db)
    plan = plan_export(vault, last.log_to_seq)
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
    )
    bundle_hash = write_atomically(
        out,
        [org.keys.age_recipient],
        lambda target: write_inner(target, manifest, vault.device, plan.sources),
    )
    with transaction(vault.db):
        device_state.record_export(
            vault.db,
            device_state.LastBundle(
                manifest.sequence,
                bundle_hash,
                manifest.log.to_seq,
                manifest.created_at,
                str(out.resolve()),
            ),
        )
        vault.log.append("bundle_export", f"bundle:{manifest.sequence}", bundle_hash)
    return ExportedBundle(out, manifest, bundle_hash, out.stat().st_size)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):  # some file systems (FAT on a stick) refuse it
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
