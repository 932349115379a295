"""Reading a bundle: bound, decrypt, verify every byte, all or nothing.

Order: the file size is bounded; the age layer is opened with the
organisation's identity, streaming; the tar stream must hold ``manifest.json``
then ``manifest.sig``; the manifest (bounded, strict) names the device, whose
key must have signed it; then every member must be the next listed item, a
plain file with the listed size and SHA-256; nothing may follow. Items go to a
caller's sink as they are checked; on any failure the sink is told to discard
them and :class:`BundleRejected` names the reason.
"""

from __future__ import annotations

import hashlib
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from fieldreport.crypto import signing
from fieldreport.errors import BundleRejected
from fieldreport.sync import age_pipe
from fieldreport.sync.bundle_format import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    SIGNATURE_NAME,
    SIGNATURE_SIZE,
    Manifest,
    ManifestItem,
    device_id_of,
    parse_manifest,
)
from fieldreport.sync.sinks import ItemSink
from fieldreport.sync.tar_stream import BLOCK, RECORD

DEFAULT_MAX_BUNDLE_BYTES = 64 * 1024**3
CHUNK = 1024 * 1024
DAMAGED = "The bundle is damaged or was altered (its encryption does not check out)."
NOT_FOR_US = (
    "The bundle is not addressed to this organisation (it was encrypted to another key), "
    "or its header is damaged."
)


@dataclass(frozen=True)
class VerifiedBundle:
    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    bundle_hash: str  # SHA-256 of the whole file, as read
    size: int


DeviceKeys = Callable[[str], bytes]  # device id -> Ed25519 public key; raises if unknown
ManifestCheck = Callable[[Manifest], None]  # raises to stop before any item is read


def read_bundle(
    path: Path,
    *,
    identity: str,
    org_id: str,
    device_key: DeviceKeys,
    sink: ItemSink,
    max_bytes: int = DEFAULT_MAX_BUNDLE_BYTES,
    on_manifest: ManifestCheck | None = None,
) -> VerifiedBundle:
    size = path.stat().st_size
    if size > max_bytes:
        raise BundleRejected(f"The bundle is too large ({size} bytes; at most {max_bytes}).")
    hasher = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            source = _Hashing(handle, hasher)
            try:
                manifest, manifest_bytes, signature = age_pipe.decrypt_into(
                    source,  # type: ignore[arg-type]
                    identity,
                    lambda plain: read_inner(plain, org_id, device_key, sink, size, on_manifest),
                )
            except age_pipe.DecryptionFailed as exc:
                raise BundleRejected(NOT_FOR_US if exc.no_matching_key else DAMAGED) from None
            if handle.read(1) or source.count != size:
                raise BundleRejected(
                    "The bundle file has data after its end, or changed while read."
                )
    except BaseException:
        sink.discard()
        raise
    return VerifiedBundle(manifest, manifest_bytes, signature, hasher.hexdigest(), size)


class _Hashing:
    def __init__(self, source: BinaryIO, hasher: hashlib._Hash) -> None:
        self._source = source
        self._hasher = hasher
        self.count = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        data = self._source.read(n)
        self._hasher.update(data)
        self.count += len(data)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        n = self._source.readinto(buffer)  # type: ignore[attr-defined]
        if n:
            self._hasher.update(memoryview(buffer)[:n])
            self.count += n
        return n or 0


def read_inner(
    plain: BinaryIO,
    org_id: str,
    device_key: DeviceKeys,
    sink: ItemSink,
    file_size: int,
    on_manifest: ManifestCheck | None = None,
) -> tuple[Manifest, bytes, bytes]:
    """Check the plaintext tar stream; returns (manifest, its bytes, its signature)."""
    try:
        with tarfile.open(fileobj=plain, mode="r|") as tar:
            result = _read_members(tar, org_id, device_key, sink, file_size, on_manifest)
    except tarfile.TarError:
        raise BundleRejected("The bundle's inner archive is damaged or cut short.") from None
    _check_trailer(plain)
    return result


def _read_members(
    tar: tarfile.TarFile,
    org_id: str,
    device_key: DeviceKeys,
    sink: ItemSink,
    file_size: int,
    on_manifest: ManifestCheck | None,
) -> tuple[Manifest, bytes, bytes]:
    if tar.pax_headers:
        raise BundleRejected("The bundle's inner archive has extended (pax) headers.")
    manifest_bytes = _read_small(tar, MANIFEST_NAME, MAX_MANIFEST_BYTES)
    device_id = device_id_of(manifest_bytes)
    public = device_key(device_id)
    signature = _read_small(tar, SIGNATURE_NAME, SIGNATURE_SIZE)
    if len(signature) != SIGNATURE_SIZE or not signing.verify(public, signature, manifest_bytes):
        raise BundleRejected(
            f"The bundle's manifest is not signed by device {device_id}: it was altered or forged."
        )
    manifest = parse_manifest(manifest_bytes)
    if manifest.org_id != org_id:
        raise BundleRejected("The bundle is for another organisation.")
    if manifest.total_size > file_size:
        raise BundleRejected(
            "The bundle is cut short, or its manifest lists more data than the file holds."
        )
    if on_manifest is not None:
        on_manifest(manifest)  # e.g. the importer's sequence check, before any item is read
    listed = {item.name for item in manifest.items}
    for item in manifest.items:
        _read_item(tar, item, listed, sink)
    extra = _next(tar)
    if extra is not None:
        raise BundleRejected(_unlisted(extra.name))
    return manifest, manifest_bytes, signature


def _next(tar: tarfile.TarFile) -> tarfile.TarInfo | None:
    member = tar.next()
    if member is None:
        return None
    problem = _member_problem(member)
    if problem:
        raise BundleRejected(f"The bundle's inner archive holds {problem}; it was refused.")
    return member


def _member_problem(member: tarfile.TarInfo) -> str:
    name = member.name[:80]
    if member.issym() or member.islnk():
        return f"a link ({name!r})"
    if not member.isreg():
        return f"something other than a plain file ({name!r})"
    if member.pax_headers or member.offset_data != member.offset + BLOCK:
        return f"an extended header ({name!r})"
    if name.startswith("/") or ".." in name.split("/") or "\\" in name:
        return f"an unsafe name ({name!r})"
    return ""


def _unlisted(name: str) -> str:
    return f"The bundle holds an item its manifest does not list ({name[:80]!r})."


def _read_small(tar: tarfile.TarFile, name: str, limit: int) -> bytes:
    member = _next(tar)
    if member is None or member.name != name:
        raise BundleRejected(f"The bundle does not start with its {name}.")
    if member.size > limit:
        raise BundleRejected(f"The bundle's {name} is too large ({member.size} bytes).")
    data = tar.extractfile(member)
    assert data is not None  # a regular file
    return data.read()


def _read_item(tar: tarfile.TarFile, item: ManifestItem, listed: set[str], sink: ItemSink) -> None:
    member = _next(tar)
    if member is None:
        raise BundleRejected(f"An item the bundle's manifest lists is missing ({item.name}).")
    if member.name != item.name:
        if member.name in listed:
            raise BundleRejected(
                f"The bundle's items are out of order or repeated ({member.name})."
            )
        raise BundleRejected(_unlisted(member.name))
    if member.size != item.size:
        raise BundleRejected(f"Item {item.name} has another size than its manifest says.")
    data = tar.extractfile(member)
    assert data is not None
    target = sink.open(item)
    # A sink that hashes every byte written to it anyway (the central media store)
    # reports that SHA-256 after close; it is not computed twice.
    own = getattr(target, "written_sha256", None)
    hasher = None if own is not None else hashlib.sha256()
    try:
        while chunk := data.read(CHUNK):
            if hasher is not None:
                hasher.update(chunk)
            target.write(chunk)
    finally:
        target.close()
    digest = hasher.hexdigest() if hasher is not None else own()  # type: ignore[misc]
    if digest != item.sha256:
        raise BundleRejected(f"Item {item.name} does not match its hash in the manifest.")


def _check_trailer(plain: BinaryIO) -> None:
    """After the end-of-archive blocks only zero padding (at most one record) may follow."""
    rest = plain.read(RECORD + 1)
    if len(rest) > RECORD or rest.count(0) != len(rest):
        raise BundleRejected("The bundle has data after the end of its archive.")
