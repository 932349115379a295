"""Fixed keys and a fixed sample bundle for the fuzz targets and their corpus.

The corpus in ``tests/fuzz/corpus`` holds files encrypted to, and signed by,
these keys; they are derived from fixed seeds here (test keys, never used for
anything else), so the corpus stays valid for every run.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import replace

from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json
from fieldreport.storage.custody_log import GENESIS_HASH, LogEntry
from fieldreport.storage.device import DeviceIdentity
from fieldreport.sync.bundle_format import LogRange, Manifest, ManifestItem
from fieldreport.sync.bundle_writer import write_inner
from fieldreport.sync.export_plan import ItemSource
from fieldreport.sync.org_keys import OrgKeys, key_id


def _seed(label: str) -> bytes:
    return hashlib.sha256(f"fieldreport fuzz test key: {label}".encode()).digest()


ORG = OrgKeys.from_secrets(_seed("org age"), _seed("org signing"))
ORG_PUBLIC = ORG.public()
ORG_ID = "0b9d3c52-0000-4000-8000-00000000f022"
DEVICE_ID = "0b9d3c52-0000-4000-8000-0000000d0001"
DEVICE = DeviceIdentity(
    device_id=DEVICE_ID,
    private_key=_seed("device"),
    public_key=signing.public_key_of(_seed("device")),
    created_at="2021-05-02T09:00:00.000Z",
)
RECORD_ID = "0b9d3c52-0000-4000-8000-0000000c0001"
MEDIA_ID = "0b9d3c52-0000-4000-8000-0000000a0001"
CREATED_AT = "2021-05-02T09:00:00.000Z"

ITEMS: list[tuple[str, bytes]] = [
    ("log:1-2", b'[{"seq":1},{"seq":2}]'),
    (f"record:{RECORD_ID}#1", b'{"id":"%s","revision":1}' % RECORD_ID.encode()),
    (f"media:{MEDIA_ID}", bytes(range(256)) * 3),
]


def sources() -> list[ItemSource]:
    out = []
    for item_id, data in ITEMS:
        item = ManifestItem.of(item_id, hashlib.sha256(data).hexdigest(), len(data))
        out.append(ItemSource(item, lambda target, data=data: target.write(data)))
    return out


MANIFEST = Manifest(
    org_id=ORG_ID,
    device_id=DEVICE_ID,
    sequence=1,
    previous_bundle_hash=None,
    log=LogRange(1, 2, "cd" * 32),
    created_at=CREATED_AT,
    items=tuple(s.item for s in sources()),
)


# Format 2: the same bundle with its media item sealed (an age file of 200 header bytes
# and the payload age makes of 768 bytes; its key wrapped, here a stand-in of the form).
MANIFEST_2 = replace(
    MANIFEST,
    version=2,
    items=(
        *MANIFEST.items[:-1],
        ManifestItem.sealed(
            MEDIA_ID, "ab" * 32, 200 + 16 + 768 + 16, MANIFEST.items[-1].sha256, 768, "QUJD" * 100
        ),
    ),
)


def inner_stream(manifest: Manifest = MANIFEST) -> bytes:
    out = io.BytesIO()
    write_inner(out, manifest, DEVICE, sources())
    return out.getvalue()


def log_entries() -> bytes:
    """Two custody-log entries signed by the device, as a bundle carries them."""
    entries, prev = [], GENESIS_HASH
    for seq, (event, obj, content) in enumerate(
        [("create", f"record:{RECORD_ID}#1", ITEMS[1][1]), ("create", "x", b"")], 1
    ):
        draft = LogEntry(
            seq, prev, CREATED_AT, event, obj, hashlib.sha256(content).hexdigest(), "", b""
        )
        message = canonical_json(draft.body())
        entry = replace(
            draft,
            entry_hash=hashlib.sha256(message).hexdigest(),
            signature=DEVICE.sign(message),
        )
        entries.append(entry.to_json())
        prev = entry.entry_hash
    return canonical_json(entries)


LOG_HEAD = json.loads(log_entries())[-1]["entry_hash"]


def device_key(device_id: str) -> bytes:
    from fieldreport.errors import BundleRejected

    if device_id != DEVICE_ID:
        raise BundleRejected(f"Device {device_id} is not enrolled.")
    return DEVICE.public_key


def signed_envelope(body: bytes, private_key: bytes) -> bytes:
    """A signed document around ``body`` taken as it is (canonical or not), signed over it."""
    kid = key_id(signing.public_key_of(private_key)).encode()
    signature = signing.sign(private_key, body).hex().encode()
    return b'{"body":' + body + b',"key_id":"' + kid + b'","signature":"' + signature + b'"}'
