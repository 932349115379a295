"""A real central store fed by real bundles: two devices, every kind, every media type.

Device one saves the demo records (every kind, linked) and attaches a file of
every supported type to an incident; device two saves one incident of its own.
Both export bundles the centre imports. The coordinator window then opens the
store through its own passphrase page, as a coordinator would.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldreport.central import devices
from fieldreport.central.importer import Importer
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from fieldreport.domain.samples import resolve_placeholders, sample_records
from fieldreport.sync.device_sync import export
from tests.media import samples
from tests.ui.helpers import WAIT_MS, click

CENTRAL_PASSPHRASE = "organisation passphrase here"
DEVICE_PASSPHRASE = "device passphrase for tests"

#: One file per supported media type: (file name, bytes maker).
MEDIA_FILES = {
    "photo.jpg": lambda: samples.jpeg(samples.picture(320, 240), exif=samples.exif_block()),
    "scan.png": lambda: samples.png(samples.picture(200, 150)),
    "phone.heic": samples.heic,
    "scan.tiff": samples.tiff,
    "voice.wav": samples.wav,
    "voice.mp3": samples.mp3,
    "voice.ogg": samples.ogg,
    "clip.mp4": samples.mp4,
    "clip.mov": samples.mov,
    "letter.pdf": samples.pdf,
}


@dataclass
class Received:
    folder: Path
    ids: dict[str, str]  # sample name → record id
    media: dict[str, str]  # file name → media id
    other: str  # device two's incident
    deleted: str  # device two's incident, deleted on the device before it was sent
    device_one: str
    device_two: str


def _device(folder: Path, org: CentralStore, name: str | None = None) -> Session:
    session = Session.create(folder, DEVICE_PASSPHRASE)
    _, request = session.join(org.org.provisioning())
    _, certificate = devices.approve(org, request, name=name)
    session.install_certificate(certificate)
    return session


@pytest.fixture
def received(tmp_path: Path) -> Iterator[Received]:
    store = CentralStore.create(tmp_path / "central", CENTRAL_PASSPHRASE, "Demo Monitors")
    one = _device(tmp_path / "one", store, "Monitor 1, Kok-Tash")
    two = _device(tmp_path / "two", store)
    try:
        ids: dict[str, str] = {}
        for name, kind, data in sample_records():
            ids[name] = one.add(kind, resolve_placeholders(data, ids)).id
        files = tmp_path / "files"
        files.mkdir()
        paths = []
        for file_name, make in MEDIA_FILES.items():
            path = files / file_name
            path.write_bytes(make())
            paths.append(path)
        incident = next(n for n, k, _ in sample_records() if k == "incident")
        list(one.import_media(paths, record_id=ids[incident]))
        media = {item.original_name: item.id for item in one.media()}
        assert set(media) == set(MEDIA_FILES), media
        other = two.add("incident", {"status": "draft", "title": "Roadblock near Ak-Sai"}).id
        gone = two.add("incident", {"status": "draft", "title": "Photos of the checkpoint"}).id
        two.delete(gone)
        importer = Importer(store)
        for session, name in ((one, "one.bundle"), (two, "two.bundle")):
            bundle = export(session._vault, tmp_path / name)
            outcomes = importer.import_files([bundle.path])
            assert [o.status for o in outcomes] == ["imported"]
        result = Received(
            tmp_path / "central", ids, media, other, gone, one.device_id, two.device_id
        )
    finally:
        for session in (one, two):
            session.lock()
        store.close()
    yield result


@pytest.fixture
def coordinator(qtbot, received: Received):
    """The coordinator window on the received store, opened through its passphrase page."""
    from fieldreport.ui.central.window import CentralWindow

    win = CentralWindow(received.folder)
    qtbot.addWidget(win)
    win.show()
    page = win.open_page
    assert not page.creating
    page.passphrase.setText(CENTRAL_PASSPHRASE)
    click(qtbot, page.submit_button)
    qtbot.waitUntil(lambda: win.store is not None, timeout=WAIT_MS)
    yield win
    win.lock()
    win.idle.detach()


def settled(qtbot, win) -> None:
    """Wait until no query is running or waiting, and no change (import, approval) runs."""
    qtbot.waitUntil(
        lambda: not win.importing and not win.runner.busy and not win.runner._pending,
        timeout=WAIT_MS,
    )


@dataclass
class Overlapping:
    folder: Path
    ids: dict[str, str]  # see tests/central/overlap.py


@pytest.fixture
def overlapping(tmp_path: Path) -> Iterator[Overlapping]:
    """Two devices whose reports overlap (tests/central/overlap.py), for the coordinator's desk."""
    from tests.central.overlap import build

    store = CentralStore.create(tmp_path / "central", CENTRAL_PASSPHRASE, "Demo Monitors")
    sessions: list[Session] = []

    def join(name: str = "device", approve: bool = True) -> Session:
        session = Session.create(tmp_path / name, DEVICE_PASSPHRASE)
        sessions.append(session)
        _, request = session.join(store.org.provisioning())
        (tmp_path / f"{name}.request").write_bytes(request)
        if approve:
            _, certificate = devices.approve(store, request)
            session.install_certificate(certificate)
        return session

    try:
        ids = build(store, join, tmp_path).ids
    finally:
        for session in sessions:
            session.lock()
        store.close()
    yield Overlapping(tmp_path / "central", ids)


def open_window(qtbot, folder: Path):
    """The coordinator window on the store in ``folder``, opened through its passphrase page."""
    from fieldreport.ui.central.window import CentralWindow

    win = CentralWindow(folder)
    qtbot.addWidget(win)
    win.show()
    win.open_page.passphrase.setText(CENTRAL_PASSPHRASE)
    click(qtbot, win.open_page.submit_button)
    qtbot.waitUntil(lambda: win.store is not None, timeout=WAIT_MS)
    return win


@pytest.fixture
def desk(qtbot, overlapping: Overlapping):
    """The coordinator window on the overlapping store."""
    win = open_window(qtbot, overlapping.folder)
    yield win
    win.lock()
    win.idle.detach()
