"""A sealed media original (bundle format 2) into the central media store, as received.

The bundle carries the vault's age file and, in its signed manifest, the
item's key wrapped to the organisation. The centre unwraps the key, checks
that it opens the file's header and that the file's length is exactly what
age makes of the signed plaintext size, and writes the bytes as they come to
a ``.part`` file in the store's media folder while hashing them (the bundle
reader compares that hash with the manifest's; one pass, on a helper thread).
Nothing is decrypted or encrypted again: the file is stored as received and its key kept in the
store's ``media`` row, like any original's. Its plaintext's SHA-256 is
checked when the centre first opens it (:mod:`fieldreport.central.media_check`).

The result is a :class:`~fieldreport.storage.media_store.Pending` item, which
the store commits (row and custody entry) or discards like one it encrypted.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import BinaryIO

from fieldreport.central import media_check
from fieldreport.central.media_check import plaintext_sha256
from fieldreport.central.store import CentralStore
from fieldreport.domain.media_types import MediaType
from fieldreport.errors import BundleRejected
from fieldreport.storage import part_files
from fieldreport.storage.files import make_private_folder
from fieldreport.storage.media_store import PART, SUFFIX, MediaStore, Pending
from fieldreport.storage.media_store import _remove as remove_part
from fieldreport.storage.streams import BackgroundWriter
from fieldreport.sync.bundle_format import ManifestItem
from fieldreport.sync.sealed_media import (
    MAX_HEADER,
    SealError,
    header_length,
    payload_size,
    unwrap_key,
)

CHUNK = 1024 * 1024


def refused(item: ManifestItem, why: str) -> BundleRejected:
    return BundleRejected(
        f"Media item {item.id.removeprefix('media:')} in the bundle is refused: {why}.",
        "sealed_mismatch",
        item=item.id,
    )


def receive(
    media: MediaStore,
    store: CentralStore,
    source: BinaryIO,
    item: ManifestItem,
    org_identity: str,
    media_type: MediaType,
) -> tuple[Pending, str]:
    """Check and write one sealed original from ``source``; returns it and its bytes' SHA-256.

    ``store`` is the centre's (``media``'s database is its own), to find the same
    original stored; the caller's transaction holds what this changes there.

    Raises :class:`BundleRejected` (code ``sealed_mismatch``, the words saying
    why) if its key is not the organisation's to open or does not open it,
    or its length does not fit; nothing is left on disk then.
    """
    assert item.wrapped_key is not None and item.plain_size is not None
    assert item.plain_sha256 is not None
    try:
        identity = unwrap_key(item.wrapped_key, org_identity)
    except SealError as exc:
        raise refused(item, str(exc)) from None
    head = _read_up_to(source, min(MAX_HEADER, item.size))
    try:
        length = header_length(head, identity) + payload_size(item.plain_size)
    except SealError as exc:
        raise refused(item, str(exc)) from None
    if length != item.size:
        raise refused(item, "its length is not what age makes of its plaintext size")
    make_private_folder(media.folder)
    file_name = uuid.uuid4().hex + SUFFIX
    part = media.folder / (file_name + PART)
    held: list[BinaryIO] = []
    hasher = hashlib.sha256()
    try:
        with part_files.writing(part, hold=held, sync=False) as handle:
            # The hash and the write run on a helper thread (both let go of the GIL),
            # beside the decryption of what follows on this one; the pieces queued
            # go to the file in one call.
            behind = BackgroundWriter(handle, hasher=hasher)  # type: ignore[arg-type]
            try:
                behind.write(head)
                while chunk := source.read(CHUNK):
                    behind.write(chunk)
                behind.close()  # everything hashed and written, or the disk's error
            finally:
                behind.abandon()
        # A duplicate is linked to the file already stored and its own bytes dropped:
        # then they must be that original, or a device could claim an original it only
        # knows the hash of. Rare (the same file from two devices), so checked now.
        stored = _stored_already(store, item.plain_sha256)
        if stored is not None:
            if plaintext_sha256(part, identity) != item.plain_sha256:
                raise refused(item, "its plaintext is not the original its manifest names")
            # The stored one may itself be a claim over other bytes, sent first by a
            # device that knew only the hash: then this real one takes its place.
            media_check.stands_for(store, stored, item.plain_sha256)
    except BaseException:
        remove_part(part, held[0] if held else None)
        raise
    pending = Pending(
        "",
        media_type,
        item.plain_sha256,
        item.plain_size,
        None,
        file_name,
        identity,
        lock=held[0],
    )
    return pending, hasher.hexdigest()


def _stored_already(store: CentralStore, sha256: str) -> str | None:
    found = store.db.execute(
        "SELECT id FROM media WHERE sha256 = ? AND deleted = 0", [sha256]
    ).fetchone()
    return None if found is None else str(found[0])


def _read_up_to(source: BinaryIO, n: int) -> bytes:
    parts: list[bytes] = []
    got = 0
    while got < n and (data := source.read(n - got)):
        parts.append(data)
        got += len(data)
    return b"".join(parts)
