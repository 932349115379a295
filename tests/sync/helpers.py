"""Building real and crafted bundles for the sync tests."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import uuid
from collections.abc import Iterable
from pathlib import Path

import pyrage
from PIL import Image

from fieldreport.crypto import signing
from fieldreport.storage.device import DeviceIdentity
from fieldreport.sync.bundle_format import LogRange, Manifest, ManifestItem
from fieldreport.sync.bundle_writer import write_inner
from fieldreport.sync.export_plan import ItemSource

CREATED_AT = "2021-05-02T09:00:00.000Z"
CREATED_MTIME = 1619946000  # CREATED_AT in whole seconds: every member's time in a bundle


def new_device(seed: bytes | None = None, device_id: str | None = None) -> DeviceIdentity:
    private = seed or signing.generate_private_key()
    return DeviceIdentity(
        device_id=device_id or str(uuid.uuid4()),
        private_key=private,
        public_key=signing.public_key_of(private),
        created_at=CREATED_AT,
    )


def source(item_id: str, data: bytes, *, claimed: bytes | None = None) -> ItemSource:
    """An item whose manifest entry describes ``claimed`` (default: ``data``) but holds ``data``."""
    described = data if claimed is None else claimed
    item = ManifestItem.of(item_id, hashlib.sha256(described).hexdigest(), len(described))
    return ItemSource(item, lambda out: out.write(data), verify_hash=claimed is None)


def sample_sources(media_size: int = 4000) -> list[ItemSource]:
    record = str(uuid.uuid4())
    return [
        source("log:1-3", b'[{"seq":1},{"seq":2},{"seq":3}]'),
        source(f"record:{record}#1", b'{"id":"%s","revision":1}' % record.encode()),
        source(f"record:{record}#2", b'{"id":"%s","revision":2}' % record.encode()),
        source(f"media:{uuid.uuid4()}", os.urandom(media_size)),
    ]


def manifest_for(
    sources: Iterable[ItemSource], org_id: str, device_id: str, sequence: int = 1
) -> Manifest:
    items = tuple(s.item for s in sources)
    log = next(i for i in items if i.kind == "log")
    first, last = (int(n) for n in log.id.removeprefix("log:").split("-"))
    return Manifest(
        org_id=org_id,
        device_id=device_id,
        sequence=sequence,
        previous_bundle_hash=None if sequence == 1 else "ab" * 32,
        log=LogRange(first, last, "cd" * 32),
        created_at=CREATED_AT,
        items=items,
    )


def inner(manifest: Manifest, device: DeviceIdentity, sources: list[ItemSource]) -> bytes:
    out = io.BytesIO()
    write_inner(out, manifest, device, sources)
    return out.getvalue()


def raw_tar(
    members: list[tuple[tarfile.TarInfo, bytes | None]], fmt: int = tarfile.USTAR_FORMAT
) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=fmt) as tar:
        for info, data in members:
            if data is not None:
                info.size = len(data)
            tar.addfile(info, None if data is None else io.BytesIO(data))
    return out.getvalue()


def member(name: str, kind: bytes = tarfile.REGTYPE, link: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    info.mode = 0o600
    info.mtime = CREATED_MTIME
    return info


def signed_head(
    manifest_bytes: bytes, device: DeviceIdentity
) -> list[tuple[tarfile.TarInfo, bytes | None]]:
    return [
        (member("manifest.json"), manifest_bytes),
        (member("manifest.sig"), device.sign(manifest_bytes)),
    ]


def encrypt(plain: bytes, recipient: str) -> bytes:
    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(recipient)])


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def jpeg(path: Path, colour: tuple[int, int, int] = (200, 10, 10)) -> Path:
    Image.new("RGB", (64, 48), colour).save(path, "JPEG", quality=90)
    return path
