"""The central import's pipeline: the bundle decrypted in a child, originals pulled into the store.

Each original is encrypted into the store straight from the bundle's plaintext
stream and fsynced on a helper thread while the next one is read; it is
committed only after its fsync, and a refused bundle leaves no file behind.
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from pathlib import Path

import pyrage

from fieldreport.central.store import CentralStore
from fieldreport.crypto import age_stream
from fieldreport.storage import media_store
from tests.central.conftest import capture, export_to, run_import, snapshot


def test_every_original_arrives_intact_and_synced_before_its_commit(
    central: CentralStore, join, tmp_path: Path, monkeypatch
):
    device = join()
    for n in range(3):
        capture(device, tmp_path, "[TEST] photo" + "!" * n)
    bundle = export_to(device, tmp_path / "1.bundle")
    synced: set[str] = set()
    real_sync, real_commit = media_store.MediaStore.sync, media_store.MediaStore.commit

    def sync(self, pending):
        real_sync(self, pending)
        synced.add(pending.file_name)

    def commit(self, pending, extras):
        assert pending.file_name in synced  # fsynced before its row and its final name
        return real_commit(self, pending, extras)

    monkeypatch.setattr(media_store.MediaStore, "sync", sync)
    monkeypatch.setattr(media_store.MediaStore, "commit", commit)
    [outcome] = run_import(central, bundle.path)
    assert outcome.status == "imported", outcome.reason
    assert outcome.counts["media"] == 3 and len(synced) == 3
    files = sorted(central.media.folder.iterdir())
    assert [f.suffix for f in files] == [".age"] * 3
    originals = {item.sha256 for item in device.media()}
    rows = central.db.execute("SELECT file_name, identity, sha256 FROM media").fetchall()
    for file_name, identity, sha256 in rows:
        plain = io.BytesIO()
        with (central.media.folder / file_name).open("rb") as source:
            age_stream.decrypt_stream(source, plain, identity)
        assert hashlib.sha256(plain.getvalue()).hexdigest() == sha256
    assert {r[2] for r in rows} == originals


def test_a_bad_original_after_good_ones_leaves_nothing(central: CentralStore, join, tmp_path: Path):
    device = join()
    for n in range(3):
        capture(device, tmp_path, "[TEST] photo" + "!" * n)
    bundle = export_to(device, tmp_path / "1.bundle")
    empty = snapshot(central)
    identity = pyrage.x25519.Identity.from_str(central.org.keys.age_identity)
    plain = pyrage.decrypt(bundle.path.read_bytes(), [identity])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        last = [
            m for m in tar.getmembers() if m.name.startswith("media/") and m.name.endswith(".age")
        ]
        offset = last[-1].offset_data + last[-1].size - 10  # in its age payload
    changed = bytearray(plain)
    changed[offset] ^= 0xFF  # the same size, another hash
    recipient = pyrage.x25519.Recipient.from_str(central.org.keys.public().age_recipient)
    bad = tmp_path / "bad.bundle"
    bad.write_bytes(pyrage.encrypt(bytes(changed), [recipient]))
    [outcome] = run_import(central, bad)
    assert outcome.status == "rejected" and "does not match its hash" in outcome.reason
    assert snapshot(central) == empty  # no row, no file, no .part still held open
    [outcome] = run_import(central, bundle.path)
    assert outcome.status == "imported", outcome.reason
    assert not [p for p in central.media.folder.iterdir() if p.suffix == ".part"]
    assert os.listdir(central.media.folder)
