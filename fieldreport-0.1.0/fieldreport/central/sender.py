"""A bundle uploaded over an authenticated connection must be the uploader's own.

The sync server knows who uploads (the device signed in); before it keeps a
finished upload or hands it to the importer it reads only the bundle's head
(:func:`fieldreport.sync.bundle_reader.read_head`): the manifest must name the
uploading device and carry that device's signature. A device can therefore
never relay, plant or fill quarantine with bundles that claim another device
(unknown, revoked or approved); the USB path (``central import``) is for that.
"""

from __future__ import annotations

from pathlib import Path

from fieldreport.central import devices
from fieldreport.central.store import CentralStore
from fieldreport.crypto import signing
from fieldreport.errors import BundleRejected
from fieldreport.sync.bundle_format import SIGNATURE_SIZE, device_id_of
from fieldreport.sync.bundle_reader import read_head


def check_sender(store: CentralStore, path: Path, uploader: str) -> None:
    """Raise :class:`BundleRejected` unless ``uploader`` made and signed the bundle at ``path``."""
    try:
        key = devices.key_for_import(store, uploader)
    except devices.UnknownDevice:
        raise BundleRejected(
            f"Device {uploader} is not approved.", "not_signed", device=uploader
        ) from None
    manifest_bytes, signature = read_head(path, store.org.keys.age_identity)
    claimed = device_id_of(manifest_bytes)
    if claimed != uploader:
        raise BundleRejected(
            f"The bundle names device {claimed} but was uploaded by device {uploader}: a device "
            "sends only its own bundles over the network. It was not kept.",
            "not_signed",
            device=uploader,
        )
    if len(signature) != SIGNATURE_SIZE or not signing.verify(key, signature, manifest_bytes):
        raise BundleRejected(
            f"The bundle's manifest is not signed by device {uploader}: it was altered or forged. "
            "It was not kept.",
            "not_signed",
            device=uploader,
        )
