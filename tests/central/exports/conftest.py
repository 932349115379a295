"""A real central store with records from two devices, canary names included.

Built once per test module (two field vaults join the organisation, save
records, export bundles that the centre imports) and reopened by each test.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from fieldreport.central import devices
from fieldreport.central.importer import Importer
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from fieldreport.crypto import kdf
from fieldreport.sync.device_sync import export
from tests.conftest import TEST_PASSPHRASE
from tests.media.samples import exif_block, jpeg

#: Names that must never leave the centre in an anonymised export or report.
CANARIES = (
    "Zyxwvu Canarywitness",
    "Асан Канареечный",
    "Qwerty Canaryowner",
    "Asan Kanareechny",
    "+996 555 000111",
    "owner-canary@example.org",
)
#: Parts of them that must not appear either (a surname alone is still a name).
CANARY_PARTS = ("Canarywitness", "Канареечный", "Canaryowner", "Kanareechny", "000111")
SECRET_TEXT = "SECRET-TESTIMONY-NOT-FOR-PUBLICATION"
PUBLIC_TEXT = "Текст показаний: дома горели всю ночь."
#: The published statement names a person recorded on the other device (in lower case).
NAMING_TEXT = f"{PUBLIC_TEXT} {CANARIES[3].lower()} погиб."

_KOK_TASH = {"country": "KG", "region": "Batken", "district": "Batken", "settlement": "Kok-Tash"}
_KULUNDU = {"country": "KG", "region": "Batken", "district": "Leilek", "settlement": "Kulundu"}
_AK_SAI = {"country": "KG", "region": "Batken", "district": "Batken", "settlement": "Ak-Sai"}
_NOWHERE = {"country": "KG", "region": "Batken", "settlement": "Not-In-Gazetteer"}


def _statement(name: str, contact: str, scope: list[str], text: str) -> dict:
    return {
        "status": "final",
        "witness": {
            "code": "W-014" if "publish_anonymised" in scope else "W-015",
            "full_name": name,
            "contact": contact,
            "sex": "female",
            "age_group": "30-44",
            "residence": {**_KOK_TASH, "address": "12 Canary street", "lat": 39.95, "lon": 70.54},
            "role": "eyewitness",
        },
        "consent": {"given": True, "scope": scope, "method": "verbal_recorded"},
        "interview": {
            "date": "2021-05-03",
            "location": _KULUNDU,
            "interviewer": "Monitor 1",
            "language": "ru",
        },
        "text": text,
    }


DEVICE_A = [
    (
        "incident",
        "i1",
        {
            "status": "final",
            "title": "Shelling and arson in Kok-Tash",
            "occurred_on": "2021-04-29",
            "location": _KOK_TASH,
            "categories": ["shelling", "arson"],
            "reported_counts": {
                "killed": {"value": 10, "source": "Village council"},
                "displaced_people": {"value": 300, "source": "Aid group"},
            },
        },
    ),
    (
        "incident",
        "i2",
        {
            "status": "final",
            "title": "Обстрел в Кулунду",
            "occurred_on": "2021-05-01",
            "location": {**_KULUNDU, "lat": 40.1, "lon": 69.7, "precision": "exact"},
            "categories": ["shelling"],
            "reported_counts": {"killed": {"value": 12, "source": "Hospital"}},
        },
    ),
    (
        "statement",
        "s1",
        _statement(CANARIES[0], CANARIES[4], ["investigation", "publish_anonymised"], NAMING_TEXT),
    ),
    (
        "statement",
        "s2",
        _statement("Second Canarywitness", "second@example.org", ["investigation"], SECRET_TEXT),
    ),
    (
        "person",
        "p1",
        {
            "status": "final",
            "outcome": "killed",
            "name": CANARIES[1],
            "sex": "male",
            "age": 34,
            "civilian": "yes",
            "event_on": "2021-04-29",
            "event_location": _KOK_TASH,
            "residence": {**_KOK_TASH, "address": "5 Canary lane", "lat": 39.951, "lon": 70.541},
            "description": f"{CANARIES[1]} was at home when the shelling began.",
        },
    ),
    (
        "damage",
        "d1",
        {
            "status": "final",
            "property_type": "house",
            "owner": {"name": CANARIES[2], "contact": CANARIES[5]},
            "location": _KOK_TASH,
            "damage_level": "destroyed",
            "causes": ["arson"],
            "damaged_on": "2021-04-29",
            "assessed_on": "2021-05-02",
            "assessor": "Monitor 1",
            "livestock": [
                {"species": "cattle", "count": 12, "fate": "taken"},
                {"species": "sheep", "count": 40, "fate": "taken"},
                {"species": "goats", "count": 3, "fate": "killed"},
            ],
            "households_displaced": 3,
            "estimated_cost": {"amount": 1500000, "currency": "KGS"},
        },
    ),
]

DEVICE_B = [
    (
        "person",
        "p2",
        {
            "status": "final",
            "outcome": "killed",
            "name": CANARIES[3],
            "sex": "male",
            "age_group": "30-44",
            "civilian": "yes",
            "event_on": "2021-04-29",
            "event_location": _KOK_TASH,
        },
    ),
    (
        "person",
        "p3",
        {
            "status": "draft",
            "outcome": "injured",
            "sex": "female",
            "age_group": "18-29",
            "civilian": "unknown",
            "event_location": _NOWHERE,
        },
    ),
    (
        "damage",
        "d2",
        {
            "status": "final",
            "property_type": "school",
            "location": _AK_SAI,
            "damage_level": "severe",
            "causes": ["shelling"],
            "assessed_on": "2021-05-04",
            "assessor": "Monitor 2",
            "description": '=HYPERLINK("http://example.org")',
        },
    ),
]


@dataclass
class Filled:
    folder: Path
    ids: dict[str, str] = field(default_factory=dict)
    media_id: str = ""


def _fill(base: Path) -> Filled:
    filled = Filled(base / "central")
    with CentralStore.create(filled.folder, TEST_PASSPHRASE, "Test Network") as central:
        bundles = []
        for name, records in (("device-a", DEVICE_A), ("device-b", DEVICE_B)):
            session = Session.create(base / name, TEST_PASSPHRASE)
            try:
                _, request = session.join(central.org.provisioning())
                _, certificate = devices.approve(central, request)
                session.install_certificate(certificate)
                for kind, key, data in records:
                    filled.ids[key] = session.add(kind, data).id
                if name == "device-a":
                    photo = base / "photo.jpg"
                    photo.write_bytes(jpeg(exif=exif_block(gps=True)))
                    list(session.import_media([photo], record_id=filled.ids["i1"]))
                    filled.media_id = session.media()[0].id
                bundle = base / f"{name}.bundle"
                export(session._vault, bundle)
                bundles.append(bundle)
            finally:
                session.lock()
        outcomes = Importer(central).import_files(bundles)
        assert all(o.status == "imported" for o in outcomes), outcomes
    return filled


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    base = tmp_path_factory.mktemp("filled")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kdf, "TARGET_SECONDS", 0.0)
        patch.setattr(kdf, "DEFAULT_MEMORY_KIB", kdf.MIN_MEMORY_KIB)
        patch.setenv("HOME", str(base / "home"))
        yield _fill(base)


@pytest.fixture
def central(filled: Filled) -> Iterator[CentralStore]:
    store = CentralStore.open(filled.folder, TEST_PASSPHRASE)
    yield store
    store.close()


@pytest.fixture
def small_disk(tmp_path: Path):
    """A real 64 KiB file system (tmpfs), where this machine lets us mount one."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("this machine does not let us mount a small file system")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)
