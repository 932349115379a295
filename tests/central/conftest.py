"""Fixtures: a real central store and real field vaults that joined its organisation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fieldreport.central import devices
from fieldreport.central.importer import Importer, Outcome
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from fieldreport.sync.bundle_writer import ExportedBundle
from fieldreport.sync.device_sync import export
from tests.conftest import TEST_PASSPHRASE
from tests.sync.helpers import jpeg


@pytest.fixture
def central(tmp_path: Path) -> Iterator[CentralStore]:
    store = CentralStore.create(tmp_path / "central", TEST_PASSPHRASE, "Test Monitoring Network")
    yield store
    store.close()


Joiner = Callable[..., Session]


@pytest.fixture
def join(central: CentralStore, tmp_path: Path) -> Iterator[Joiner]:
    """Make a field vault that joined the organisation (approved unless told otherwise)."""
    sessions: list[Session] = []

    def _join(name: str = "device", approve: bool = True) -> Session:
        session = Session.create(tmp_path / name, TEST_PASSPHRASE)
        sessions.append(session)
        _, request = session.join(central.org.provisioning())
        (tmp_path / f"{name}.request").write_bytes(request)
        if approve:
            _, certificate = devices.approve(central, request)
            session.install_certificate(certificate)
        return session

    yield _join
    for session in sessions:
        if not session.locked:
            session.lock()


def capture(session: Session, tmp_path: Path, title: str = "[TEST] Shelling") -> str:
    """A record with a photo attached; returns the record id."""
    record = session.add("incident", {"title": title})
    photo = jpeg(tmp_path / f"{record.id}.jpg", (len(title) * 7 % 255, 20, 30))
    list(session.import_media([photo], record_id=record.id))
    return record.id


def export_to(session: Session, path: Path) -> ExportedBundle:
    result = export(session._vault, path)
    assert isinstance(result, ExportedBundle), result
    return result


def run_import(central: CentralStore, *paths: Path) -> list[Outcome]:
    return Importer(central).import_files(list(paths))


CONTENT = ("device_log", "revisions", "media_items", "media_infos", "media", "receipts")


def snapshot(central: CentralStore) -> tuple[dict[str, int], list[str]]:
    """Row counts of everything imported, and the media files on disk."""
    counts = central.counts()
    media = central.media.folder
    files = sorted(p.name for p in media.iterdir()) if media.is_dir() else []
    imported = central.db.execute(
        "SELECT count(*) FROM bundles WHERE outcome = 'imported'"
    ).fetchone()[0]
    return {**{t: counts[t] for t in CONTENT}, "imported": imported}, files
