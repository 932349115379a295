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
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from fieldreport.crypto import signing
from fieldreport.crypto.signature_shape import plausible
from fieldreport.errors import BundleRejected, StorageFull
from fieldreport.sync.age_layer import (
    BLOCK,
    HEAD,
    SEALED,
    AgeError,
    Decrypting,
    NotForUs,
    payload_at,
)
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
from fieldreport.sync.read_ahead import ReadAhead
from fieldreport.sync.sinks import CountingSink, ItemSink
from fieldreport.sync.tar_reader import RECORD, Header, TarFormatError, TarStream

log = logging.getLogger(__name__)
T = TypeVar("T")
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


# device id -> Ed25519 public key; raises if unknown. None: check everything but the
# signature (it cannot be: the device is not known yet; see check_structure).
DeviceKeys = Callable[[str], bytes | None]
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
        raise BundleRejected(
            f"The bundle is too large ({size} bytes; at most {max_bytes}).",
            "too_large",
            size=size,
            limit=max_bytes,
        )

    def consume(plain: BinaryIO) -> tuple[Manifest, bytes, bytes]:
        return read_inner(plain, org_id, device_key, sink, size, on_manifest)

    try:
        decrypted = _decrypt(path, identity, consume)
        (manifest, manifest_bytes, signature), bundle_hash, count, trailing = decrypted
        if trailing or count != size:  # plaintext after the archive's end, or a file changed
            raise BundleRejected(
                "The bundle file has data after its end, or changed while read.", "damaged"
            )
    except BaseException:
        sink.discard()
        raise
    return VerifiedBundle(manifest, manifest_bytes, signature, bundle_hash, size)


def check_structure(path: Path, *, identity: str, org_id: str, max_bytes: int) -> Manifest:
    """Every check :func:`read_bundle` makes but the signature's, for a device not known yet.

    The whole file is decrypted and every item is read, sized and hashed (and
    forgotten); the signature must be one that could verify under some key
    (:func:`fieldreport.crypto.signature_shape.plausible`). What passes is a
    well-formed bundle of this organisation that only its device's key can
    still refuse: worth keeping until that device is approved.
    """
    verified = read_bundle(
        path,
        identity=identity,
        org_id=org_id,
        device_key=lambda _device_id: None,
        sink=CountingSink(),
        max_bytes=max_bytes,
    )
    return verified.manifest


class _Head(Exception):
    def __init__(self, manifest_bytes: bytes, signature: bytes) -> None:
        super().__init__("head read")
        self.manifest_bytes = manifest_bytes
        self.signature = signature


def read_head(path: Path, identity: str) -> tuple[bytes, bytes]:
    """The bytes of ``manifest.json`` and ``manifest.sig``, decrypting no further than them.

    For a cheap check before a bundle is kept or fully read (who claims to have
    sent it, and whether it is signed at all); nothing after the signature is
    checked here, so only :func:`read_bundle` may accept a bundle.
    """

    def consume(plain: BinaryIO) -> None:
        with TarStream(plain) as tar:
            manifest_bytes = _read_small(tar, MANIFEST_NAME, MAX_MANIFEST_BYTES)
            signature = _read_small(tar, SIGNATURE_NAME, SIGNATURE_SIZE)
        raise _Head(manifest_bytes, signature)  # stop decrypting here

    try:
        with path.open("rb") as handle:
            plain = _opened(handle, identity)
            try:
                consume(plain)  # type: ignore[arg-type]
            except BaseException as exc:
                if plain.failure is not None and not isinstance(exc, OSError):
                    raise _refusal(plain.failure) from None
                raise
    except _Head as head:
        return head.manifest_bytes, head.signature
    except TarFormatError as exc:
        message = f"The bundle's inner archive {exc}; it was refused."
        raise BundleRejected(message, "damaged") from None
    raise BundleRejected(DAMAGED, "damaged")  # consume always raises; never reached


def _opened(source: Any, identity: str) -> Decrypting:
    """The age layer of ``source`` opened, or the bundle refused (not ours, or damaged)."""
    try:
        return Decrypting(source, identity)
    except AgeError as exc:
        raise _refusal(exc) from None


def _refusal(failure: AgeError) -> BundleRejected:
    if isinstance(failure, NotForUs):
        return BundleRejected(NOT_FOR_US, "not_for_us")
    return BundleRejected(DAMAGED, "damaged")


def _decrypt(
    path: Path, identity: str, consume: Callable[[BinaryIO], T]
) -> tuple[T, str, int, bool]:
    """(what ``consume`` made of the plaintext, file SHA-256, bytes read, plaintext left over).

    The age layer is opened in this process (:mod:`fieldreport.sync.age_layer`);
    the file is read and hashed a few blocks ahead on a helper thread, beside the
    decryption and the items' work on this one. The result counts only once age
    authenticated the whole stream, to its last chunk.
    """
    with path.open("rb", buffering=0) as handle:
        head = handle.read(HEAD)  # header and nonce: then the reads are aligned on chunks
        try:
            at = payload_at(head, identity)
        except AgeError as exc:
            raise _refusal(exc) from None
        handle.seek(at)
        source = ReadAhead(handle, BLOCK * SEALED, prefix=head[:at])
        return _decrypt_from(source, head[:at], identity, consume)


def _decrypt_from(
    source: ReadAhead, head: bytes, identity: str, consume: Callable[[BinaryIO], T]
) -> tuple[T, str, int, bool]:
    with source:
        plain = Decrypting(source, identity, head=head)
        try:
            result = consume(plain)  # type: ignore[arg-type]
            left_over = plain.rest()
        except BaseException as exc:
            ours = isinstance(exc, OSError | StorageFull)  # our disk failed, not the bundle
            if plain.failure is not None and not ours:
                raise _refusal(plain.failure) from None
            raise
        digest, count = source.finish()
    return result, digest, count, left_over


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
        with TarStream(plain) as tar:
            result = _read_members(tar, org_id, device_key, sink, file_size, on_manifest)
            _check_trailer(plain, tar.offset)
    except TarFormatError as exc:
        message = f"The bundle's inner archive {exc}; it was refused."
        raise BundleRejected(message, "damaged") from None
    return result


def _read_members(
    tar: TarStream,
    org_id: str,
    device_key: DeviceKeys,
    sink: ItemSink,
    file_size: int,
    on_manifest: ManifestCheck | None,
) -> tuple[Manifest, bytes, bytes]:
    manifest_bytes = _read_small(tar, MANIFEST_NAME, MAX_MANIFEST_BYTES)
    device_id = device_id_of(manifest_bytes)
    public = device_key(device_id)
    signature = _read_small(tar, SIGNATURE_NAME, SIGNATURE_SIZE)
    if public is None:
        valid = plausible(signature)  # structure only: a signature that could verify
    else:
        valid = len(signature) == SIGNATURE_SIZE and signing.verify(
            public, signature, manifest_bytes
        )
    if not valid:
        how = "its signature is missing or malformed" if public is None else "it was altered"
        raise BundleRejected(
            f"The bundle's manifest is not signed by device {device_id}: {how} or forged.",
            "not_signed",
            device=device_id,
        )
    manifest = parse_manifest(manifest_bytes)
    _check_times(tar, manifest)
    if manifest.org_id != org_id:
        raise BundleRejected("The bundle is for another organisation.", "other_organisation")
    if manifest.total_size > file_size:
        raise BundleRejected(
            "The bundle is cut short, or its manifest lists more data than the file holds.",
            "damaged",
        )
    if on_manifest is not None:
        on_manifest(manifest)  # e.g. the importer's sequence check, before any item is read
    listed = {item.name for item in manifest.items}
    for item in manifest.items:
        _read_item(tar, item, listed, sink)
    extra = _next(tar)
    if extra is not None:
        raise BundleRejected(_unlisted(extra.name))
    _check_times(tar, manifest)
    finish = getattr(sink, "finish", None)
    if finish is not None:  # a sink that completes its last item late (the central store)
        finish()
    return manifest, manifest_bytes, signature


def _next(tar: TarStream) -> Header | None:
    member = tar.next()  # a member that is not a plain ustar file raises TarFormatError
    if member is None:
        return None
    name = member.name
    if name.startswith("/") or ".." in name.split("/") or "\\" in name:
        raise BundleRejected(
            f"The bundle's inner archive holds an unsafe name ({name[:80]!r}); it was refused."
        )
    return member


def _check_times(tar: TarStream, manifest: Manifest) -> None:
    """Every member carries the manifest's creation time (whole seconds), as written."""
    expected = int(datetime.fromisoformat(manifest.created_at.replace("Z", "+00:00")).timestamp())
    if tar.mtimes != {expected}:
        raise BundleRejected(
            "The bundle's inner archive has member times other than its manifest's; "
            "it was refused.",
            "damaged",
        )


def _unlisted(name: str) -> str:
    return f"The bundle holds an item its manifest does not list ({name[:80]!r})."


def _read_small(tar: TarStream, name: str, limit: int) -> bytes:
    member = _next(tar)
    if member is None or member.name != name:
        raise BundleRejected(f"The bundle does not start with its {name}.")
    if member.size > limit:
        raise BundleRejected(f"The bundle's {name} is too large ({member.size} bytes).")
    return tar.extractfile(member).read()


def _read_item(tar: TarStream, item: ManifestItem, listed: set[str], sink: ItemSink) -> None:
    member = _next(tar)
    if member is None:
        raise BundleRejected(
            f"An item the bundle's manifest lists is missing ({item.name}).",
            "item_mismatch",
            item=item.name,
        )
    if member.name != item.name:
        if member.name in listed:
            raise BundleRejected(
                f"The bundle's items are out of order or repeated ({member.name})."
            )
        raise BundleRejected(_unlisted(member.name))
    if member.size != item.size:
        raise BundleRejected(
            f"Item {item.name} has another size than its manifest says.",
            "item_mismatch",
            item=item.name,
        )
    data = tar.extractfile(member)
    take = getattr(sink, "take", None)
    if take is not None:  # a sink that reads the item itself (the central media store)
        digest = take(item, data)
        if data.left:
            raise RuntimeError(f"the sink did not read item {item.name} to its end")
    else:
        digest = _push(data, sink.open(item))  # type: ignore[arg-type]
    if digest != item.sha256:
        raise BundleRejected(
            f"Item {item.name} does not match its hash in the manifest.",
            "item_mismatch",
            item=item.name,
        )


def _push(data: BinaryIO, target: BinaryIO) -> str:
    """Write the item's bytes to the sink's ``target``; returns their SHA-256."""
    hasher = hashlib.sha256()
    try:
        while chunk := data.read(CHUNK):
            hasher.update(chunk)
            target.write(chunk)
    finally:
        target.close()
    return hasher.hexdigest()


def _check_trailer(plain: BinaryIO, offset: int) -> None:
    """After the end blocks: exactly the zero padding to a whole record, then nothing."""
    expected = -offset % RECORD
    rest = b""
    while len(rest) <= expected and (more := plain.read(expected + 1 - len(rest))):
        rest += more
    if rest != bytes(expected):
        raise BundleRejected(
            "The bundle has data after the end of its archive, or its end is cut short.",
            "damaged",
        )
