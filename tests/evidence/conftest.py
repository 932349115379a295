"""A real central store with records from two devices, and evidence packages made from it.

Device A saves records (canary names included) and a photo, exports a bundle,
edits a record and exports a second; device B saves records and a photo. The
centre imports all three bundles and issues receipts. Packages are written
once per module, into folders tests copy before tampering with them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from fieldreport.central import devices, evidence
from fieldreport.central.importer import Importer
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from fieldreport.crypto import kdf
from fieldreport.sync.device_sync import export
from tests.central.exports.conftest import DEVICE_A, DEVICE_B
from tests.conftest import TEST_PASSPHRASE
from tests.media.samples import exif_block, jpeg


@dataclass
class World:
    base: Path
    central: Path
    ids: dict[str, str] = field(default_factory=dict)
    device_of: dict[str, str] = field(default_factory=dict)
    media: dict[str, str] = field(default_factory=dict)  # record key → media id
    identifying: Path = Path()
    anonymised: Path = Path()

    def package(self, tmp_path: Path, anonymised: bool = False) -> Path:
        """A copy of a package to tamper with."""
        copy = tmp_path / "package"
        shutil.copytree(self.anonymised if anonymised else self.identifying, copy)
        return copy


def _device(base: Path, central: CentralStore, name: str, world: World, records: list) -> Path:
    session = Session.create(base / name, TEST_PASSPHRASE)
    bundles = []
    try:
        _, request = session.join(central.org.provisioning())
        _, certificate = devices.approve(central, request)
        session.install_certificate(certificate)
        for kind, key, data in records:
            world.ids[key] = session.add(kind, data).id
            world.device_of[key] = name
        photo_on = "i1" if name == "device-a" else "d2"
        photo = base / f"{name}.jpg"
        photo.write_bytes(jpeg(exif=exif_block(gps=True)) if name == "device-a" else jpeg())
        list(session.import_media([photo], record_id=world.ids[photo_on]))
        world.media[photo_on] = session.media()[0].id
        bundles.append(base / f"{name}-1.bundle")
        export(session._vault, bundles[-1])
        if name == "device-a":
            session.edit(world.ids["i1"], {"title": "Shelling and arson in Kok-Tash (revised)"})
            bundles.append(base / f"{name}-2.bundle")
            export(session._vault, bundles[-1])
    finally:
        session.lock()
    return bundles


def _build(base: Path) -> World:
    world = World(base, base / "central")
    with CentralStore.create(world.central, TEST_PASSPHRASE, "Test Network") as central:
        bundles = _device(base, central, "device-a", world, DEVICE_A)
        bundles += _device(base, central, "device-b", world, DEVICE_B)
        outcomes = Importer(central).import_files(bundles)
        assert all(o.status == "imported" for o in outcomes), outcomes
        chosen = [world.ids[k] for k in ("i1", "s1", "s2", "p1", "d1", "p2", "d2")]
        world.identifying = base / "identifying"
        evidence.write_package(central, chosen, world.identifying, include_identifying=True)
        world.anonymised = base / "anonymised"
        evidence.write_package(central, chosen, world.anonymised, lang="ru")
    return world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    base = tmp_path_factory.mktemp("evidence")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kdf, "TARGET_SECONDS", 0.0)
        patch.setattr(kdf, "DEFAULT_MEMORY_KIB", kdf.MIN_MEMORY_KIB)
        patch.setenv("HOME", str(base / "home"))
        yield _build(base)
