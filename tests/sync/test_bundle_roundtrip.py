"""Bundles written from a real vault, read back, and opened by the stock age tool."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import subprocess
import tarfile
from pathlib import Path

import pyrage
import pytest

from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import FieldReportError, NotJoined, StorageFull, UsageError
from fieldreport.storage import streams
from fieldreport.sync import bundle_writer, device_state, export_plan
from fieldreport.sync.bundle_writer import export_bundle, write_inner
from fieldreport.sync.export_plan import plan_export
from fieldreport.sync.receipt import read_receipt
from fieldreport.sync.sealed_media import unwrap_key
from fieldreport.sync.sinks import StagingSink
from tests.sync.conftest import AGE, Field, needs_age
from tests.sync.helpers import jpeg


def fill(field: Field, tmp_path: Path) -> tuple[str, str, bytes]:
    """A record with two revisions and an attached photo; returns their ids and the photo."""
    record = field.session.add("incident", {"title": "[TEST] Shelling near the school"})
    field.session.edit(record.id, {"title": "[TEST] Shelling near the school, 3 injured"})
    photo = jpeg(tmp_path / "photo.jpg")
    list(field.session.import_media([photo], record_id=record.id))
    media_id = field.session.media(record_id=record.id)[0].id
    field.session.set_caption(media_id, "[TEST] east wall")
    return record.id, media_id, photo.read_bytes()


def test_a_bundle_round_trips_every_item(field: Field, tmp_path: Path):
    record_id, media_id, photo = fill(field, tmp_path)
    with pytest.raises(UsageError, match="does not exist"):
        export_bundle(field.vault, tmp_path / "missing" / "1.bundle")
    exported = export_bundle(field.vault, tmp_path / "1.bundle")
    verified, sink = field.read(exported.path)
    manifest = verified.manifest
    assert verified.bundle_hash == exported.bundle_hash == _sha(exported.path.read_bytes())
    assert (manifest.sequence, manifest.previous_bundle_hash, manifest.log.from_seq) == (1, None, 1)
    assert [i.kind for i in manifest.items] == [
        "log",
        *["record_revision"] * 3,
        "media_info",
        "media",
    ]
    sealed = sink.items[f"media:{media_id}"]  # the vault's age file, as stored
    stored = field.vault.db.execute(
        "SELECT file_name, identity FROM media WHERE id = ?", [media_id]
    ).fetchone()
    assert sealed == (field.vault.media.folder / stored[0]).read_bytes()
    item = manifest.items[-1]
    assert manifest.version == 2 and item.name == f"media/{media_id}.age"
    assert (item.plain_sha256, item.plain_size) == (_sha(photo), len(photo))
    assert item.wrapped_key is not None
    key = unwrap_key(item.wrapped_key, field.org.keys.age_identity)
    assert key == stored[1]
    assert pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(key)]) == photo
    info = json.loads(sink.items[f"media-info:{media_id}"])
    assert info["caption"] == "[TEST] east wall" and info["sha256"] == _sha(photo)
    entries = json.loads(sink.items[f"log:1-{manifest.log.to_seq}"])
    assert [e["seq"] for e in entries] == list(range(1, manifest.log.to_seq + 1))
    assert entries[-1]["entry_hash"] == manifest.log.head_hash
    hashes = {e["object"]: e["content_hash"] for e in entries}
    for revision in (1, 2, 3):
        body = sink.items[f"record:{record_id}#{revision}"]
        assert canonical_json(json.loads(body)) == body
        assert _sha(body) == hashes[f"record:{record_id}#{revision}"]  # the custody log's hash


def test_bundles_chain_and_carry_only_what_is_new(field: Field, tmp_path: Path):
    fill(field, tmp_path)
    first = export_bundle(field.vault, tmp_path / "1.bundle")
    assert export_bundle(field.vault, tmp_path / "2.bundle") is None  # nothing new
    second_record = field.session.add("incident", {"title": "[TEST] second"})
    second = export_bundle(field.vault, tmp_path / "2.bundle")
    manifest = second.manifest
    assert manifest.sequence == 2 and manifest.previous_bundle_hash == first.bundle_hash
    assert manifest.log.from_seq == first.manifest.log.to_seq + 1
    ids = [item.id for item in manifest.items]
    assert ids == [
        f"log:{manifest.log.from_seq}-{manifest.log.to_seq}",
        f"record:{second_record.id}#1",
    ]
    verified, sink = field.read(second.path)
    entries = json.loads(sink.items[ids[0]])
    assert entries[0]["event"] == "bundle_export"  # the first export was logged
    assert entries[0]["content_hash"] == first.bundle_hash
    assert field.session.verify_log().ok


def test_a_bundle_needs_an_organisation(session, tmp_path: Path):
    with pytest.raises(NotJoined):
        export_bundle(session._vault, tmp_path / "x.bundle")


def test_an_existing_file_is_not_overwritten(field: Field, tmp_path: Path):
    fill(field, tmp_path)
    (tmp_path / "x.bundle").write_bytes(b"keep me")
    with pytest.raises(UsageError):
        export_bundle(field.vault, tmp_path / "x.bundle")
    assert (tmp_path / "x.bundle").read_bytes() == b"keep me"


@needs_age
def test_the_stock_age_tool_opens_our_bundle(field: Field, tmp_path: Path):
    _, media_id, photo = fill(field, tmp_path)
    exported = export_bundle(field.vault, tmp_path / "1.bundle")
    identity = tmp_path / "org-identity.txt"
    identity.write_text(field.org.keys.age_identity + "\n")
    done = subprocess.run(
        [AGE, "-d", "-i", str(identity), str(exported.path)], capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    with tarfile.open(fileobj=io.BytesIO(done.stdout), mode="r:") as tar:
        names = tar.getnames()
        assert names == [
            "manifest.json",
            "manifest.sig",
            *(i.name for i in exported.manifest.items),
        ]
        sealed = tar.extractfile(f"media/{media_id}.age").read()
    assert sealed.startswith(b"age-encryption.org/v1\n") and photo not in sealed


@needs_age
def test_we_read_a_bundle_whose_outer_layer_the_stock_tool_wrote(field: Field, tmp_path: Path):
    fill(field, tmp_path)
    vault = field.vault
    plan = plan_export(vault, 0, field.org.keys.public().age_recipient)
    manifest = bundle_writer.Manifest(
        org_id=field.org.org_id,
        device_id=vault.device.device_id,
        sequence=1,
        previous_bundle_hash=None,
        log=plan.log,
        created_at="2021-05-02T09:00:00.000Z",
        items=plan.items,
        version=2,
    )
    plain = tmp_path / "inner.tar"
    with plain.open("wb") as out:
        write_inner(out, manifest, vault.device, plan.sources)
    bundle = tmp_path / "stock.bundle"
    recipient = field.org.keys.public().age_recipient
    done = subprocess.run(
        [AGE, "-r", recipient, "-o", str(bundle), str(plain)], capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    verified, sink = field.read(bundle)
    assert verified.manifest == manifest and len(sink.items) == len(manifest.items)


def test_staging_sink_and_receipt(field: Field, tmp_path: Path):
    _, media_id, photo = fill(field, tmp_path)
    exported = export_bundle(field.vault, tmp_path / "1.bundle")
    sink = StagingSink(tmp_path / "staging")
    verified = field.org.open_bundle(exported.path, field.device_key, sink)
    sealed = sink.paths[f"media:{media_id}"].read_bytes()
    item = verified.manifest.items[-1]
    key = unwrap_key(item.wrapped_key or "", field.org.keys.age_identity)
    assert pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(key)]) == photo
    org = device_state.organisation(field.vault.db)
    receipt = read_receipt(
        field.org.receipt_for(verified), org.keys, org.org_id, field.vault.device.device_id
    )
    assert receipt.bundle_hash == exported.bundle_hash
    assert set(receipt.accepted_items) == {i.id for i in verified.manifest.items}


def test_a_full_disk_leaves_no_bundle(field: Field, tmp_path: Path, monkeypatch):
    fill(field, tmp_path)
    real = streams._write_all
    room = [5000]

    def full_disk(fd: int, chunks: list[bytes]) -> None:  # the bundle's writer thread
        size = sum(len(c) for c in chunks)
        if size > room[0]:
            raise OSError(errno.ENOSPC, "No space left on device")
        room[0] -= size
        real(fd, chunks)

    monkeypatch.setattr(streams, "_write_all", full_disk)
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(StorageFull):
        export_bundle(field.vault, out / "1.bundle")
    assert list(out.iterdir()) == []
    assert device_state.last_bundle(field.vault.db).sequence == 0


def test_a_failure_mid_export_leaves_no_bundle(field: Field, tmp_path: Path, monkeypatch):
    _, media_id, _ = fill(field, tmp_path)

    def broken(path, target):
        target.write(b"partial")
        raise FieldReportError("the media store failed")

    monkeypatch.setattr(export_plan, "_copy_file", broken)
    with pytest.raises(FieldReportError, match="media store failed"):
        export_bundle(field.vault, tmp_path / "1.bundle")
    assert [p.name for p in tmp_path.iterdir() if "bundle" in p.name] == []
    assert device_state.last_bundle(field.vault.db).sequence == 0


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
