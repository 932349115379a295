"""Sealed media (bundle format 2): stored as received, hostile ones refused, old bundles still read.

Real vaults, a real central store, bundles written by the export code or
forged with a real device key (an approved device gone hostile): each forged
bundle must be refused with its reason and leave the store as it was.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pyrage
import pytest

from fieldreport.central.importer import Importer
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from fieldreport.crypto import age_stream
from fieldreport.crypto.canonical import canonical_json
from fieldreport.sync.bundle_format import LogRange, Manifest, ManifestItem
from fieldreport.sync.bundle_writer import write_inner
from fieldreport.sync.export_plan import ItemSource, plan_export
from fieldreport.sync.sealed_media import wrap_key
from tests.central.conftest import capture, export_to, run_import, snapshot
from tests.sync.helpers import CREATED_AT, encrypt, jpeg, raw_tar, signed_head

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "bundle_v1"
FIXTURE_PASSPHRASE = "fixture passphrase for tests only"

Change = Callable[[list[ItemSource]], list[ItemSource]]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def forge(session: Session, central: CentralStore, out: Path, change: Change) -> Path:
    """Bundle 1 of ``session``, its sources changed by ``change``, signed by its real key."""
    vault = session._vault
    recipient = central.org.keys.public().age_recipient
    plan = plan_export(vault, 0, recipient)
    assert plan is not None
    sources = change(list(plan.sources))
    manifest = bundle_1(central, session, plan.log, [s.item for s in sources])
    plain = io.BytesIO()
    write_inner(plain, manifest, vault.device, sources)
    out.write_bytes(encrypt(plain.getvalue(), recipient))
    return out


def bundle_1(
    central: CentralStore, session: Session, log: LogRange, items: list[ManifestItem]
) -> Manifest:
    """The manifest of a device's first bundle (format 2) holding ``items``."""
    return Manifest(
        org_id=central.org.org_id,
        device_id=session._vault.device.device_id,
        sequence=1,
        previous_bundle_hash=None,
        log=log,
        created_at=CREATED_AT,
        items=tuple(items),
        version=2,
    )


def sealed(sources: list[ItemSource]) -> list[int]:
    return [i for i, s in enumerate(sources) if s.item.is_sealed]


def replaced(source: ItemSource, data: bytes | None = None, **changes: object) -> ItemSource:
    """``source`` with its manifest entry changed, holding ``data`` if given (hash unchecked)."""
    item = dataclasses.replace(source.item, **changes)  # type: ignore[arg-type]
    if data is None:
        return ItemSource(item, source.fill, verify_hash=False)
    return ItemSource(item, lambda out: out.write(data), verify_hash=False)


def stored_file(session: Session, media_id: str) -> tuple[bytes, str]:
    """The vault's age file of a media item and its identity."""
    vault = session._vault
    file_name, identity = vault.db.execute(
        "SELECT file_name, identity FROM media WHERE id = ?", [media_id]
    ).fetchone()
    return (vault.media.folder / file_name).read_bytes(), identity


# -- the new format ------------------------------------------------------------------
def test_the_centre_stores_the_devices_ciphertext_as_received(central, join, tmp_path: Path):
    device = join()
    capture(device, tmp_path)
    [item] = device.media()
    bundle = export_to(device, tmp_path / "1.bundle")
    assert bundle.manifest.version == 2
    [outcome] = run_import(central, bundle.path)
    assert outcome.status == "imported" and outcome.counts["media"] == 1
    blob, file_name, identity, sha256 = central.db.execute(
        "SELECT m.id, m.file_name, m.identity, m.sha256 FROM media_items i "
        "JOIN media m ON m.id = i.blob_id WHERE i.id = ?",
        [item.id],
    ).fetchone()
    ciphertext, key = stored_file(device, item.id)
    assert (central.media.folder / file_name).read_bytes() == ciphertext  # not encrypted again
    assert identity == key and sha256 == item.sha256
    original = io.BytesIO()
    assert central.media.read_original(blob, original) == item.sha256
    assert _sha(original.getvalue()) == item.sha256


def test_a_bundle_written_before_envelope_encryption_still_imports(tmp_path: Path):
    folder = tmp_path / "bundle_v1"
    shutil.copytree(FIXTURE, folder)
    ids = json.loads((folder / "ids.json").read_text())
    store = CentralStore.open(folder, FIXTURE_PASSPHRASE)
    try:
        # It is the old format: the originals in the clear inside the one age layer.
        inner = pyrage.decrypt(
            (folder / "device.bundle").read_bytes(),
            [pyrage.x25519.Identity.from_str(store.org.keys.age_identity)],
        )
        assert b'"format":"fieldreport-bundle/1"' in inner
        [outcome] = Importer(store).import_files([folder / "device.bundle"])
        assert outcome.status == "imported", outcome.reason
        assert (outcome.device_id, outcome.counts["media"]) == (ids["device"], 2)
        for media_id, sha256 in ids["media"].items():
            blob, stored_sha = store.db.execute(
                "SELECT blob_id, sha256 FROM media_items WHERE id = ?", [media_id]
            ).fetchone()
            assert stored_sha == sha256
            original = io.BytesIO()
            store.media.read_original(blob, original)  # encrypted at the centre, as before
            assert _sha(original.getvalue()) == sha256
        revisions = store.db.execute(
            "SELECT count(*) FROM revisions WHERE record_id = ?", [ids["record"]]
        ).fetchone()[0]
        assert revisions == 2
    finally:
        store.close()


# -- hostile devices -------------------------------------------------------------------
def _other_key(sources: list[ItemSource], org: str) -> list[ItemSource]:
    i = sealed(sources)[0]
    stranger = age_stream.new_identity()
    sources[i] = replaced(sources[i], wrapped_key=wrap_key(stranger, org))
    return sources


def _swapped_keys(sources: list[ItemSource], org: str) -> list[ItemSource]:
    first, second = sealed(sources)[:2]
    a, b = sources[first].item.wrapped_key, sources[second].item.wrapped_key
    sources[first] = replaced(sources[first], wrapped_key=b)
    sources[second] = replaced(sources[second], wrapped_key=a)
    return sources


def _key_for_another_org(sources: list[ItemSource], org: str) -> list[ItemSource]:
    i = sealed(sources)[0]
    elsewhere = age_stream.recipient_of(age_stream.new_identity())
    sources[i] = replaced(sources[i], wrapped_key=wrap_key(age_stream.new_identity(), elsewhere))
    return sources


def _wrong_ciphertext_hash(sources: list[ItemSource], org: str) -> list[ItemSource]:
    i = sealed(sources)[0]
    sources[i] = replaced(sources[i], sha256="00" * 32)
    return sources


def _wrong_plaintext_hash(sources: list[ItemSource], org: str) -> list[ItemSource]:
    i = sealed(sources)[0]
    sources[i] = replaced(sources[i], plain_sha256="11" * 32)
    return sources


def _longer_than_age_makes_it(sources: list[ItemSource], org: str) -> list[ItemSource]:
    i = sealed(sources)[0]
    buffer = io.BytesIO()
    sources[i].fill(buffer)
    data = buffer.getvalue() + bytes(64)
    sources[i] = replaced(sources[i], data, size=len(data), sha256=_sha(data))
    return sources


HOSTILE = {
    "a key that does not open it": (_other_key, "sealed_mismatch", "its key does not open it"),
    "the key of another item": (_swapped_keys, "sealed_mismatch", "its key does not open it"),
    "a key wrapped to another organisation": (
        _key_for_another_org,
        "sealed_mismatch",
        "not addressed to this organisation",
    ),
    "another ciphertext hash": (_wrong_ciphertext_hash, "item_mismatch", "does not match"),
    "another plaintext hash": (_wrong_plaintext_hash, "contents_mismatch", "custody-log entry"),
    "bytes after its age payload": (_longer_than_age_makes_it, "sealed_mismatch", "its length"),
}


@pytest.mark.parametrize("what", sorted(HOSTILE))
def test_a_hostile_sealed_item_is_refused_and_nothing_is_stored(
    central, join, tmp_path: Path, what: str
):
    change, code, words = HOSTILE[what]
    device = join()
    for n in range(2):
        capture(device, tmp_path, "[TEST] photo" + "!" * n)
    org = central.org.keys.public().age_recipient
    bad = forge(device, central, tmp_path / "bad.bundle", lambda s: change(s, org))
    before = snapshot(central)
    [outcome] = run_import(central, bad)
    assert (outcome.status, outcome.code) == ("rejected", code), outcome.reason
    assert words in outcome.reason
    assert snapshot(central) == before  # no row, no file, no .part left
    # The device's honest bundle still goes in afterwards.
    [outcome] = run_import(central, export_to(device, tmp_path / "1.bundle").path)
    assert outcome.status == "imported" and outcome.counts["media"] == 2


def test_a_huge_sealed_item_is_refused_before_anything_is_read(central, join, tmp_path: Path):
    device = join()
    capture(device, tmp_path)
    vault = device._vault
    plan = plan_export(vault, 0, central.org.keys.public().age_recipient)
    assert plan is not None
    items = list(plan.items)
    i = next(n for n, item in enumerate(items) if item.is_sealed)
    huge = 60 * 1024**3
    header = items[i].size - (items[i].content_size + 16 + 16)
    items[i] = dataclasses.replace(
        items[i], plain_size=huge, size=header + 16 + huge + 16 * (huge // 65536)
    )
    manifest = bundle_1(central, device, plan.log, items)
    bad = tmp_path / "huge.bundle"
    plain = raw_tar(signed_head(manifest.encode(), vault.device))
    bad.write_bytes(encrypt(plain, central.org.keys.public().age_recipient))
    before = snapshot(central)
    [outcome] = run_import(central, bad)
    assert (outcome.status, outcome.code) == ("rejected", "damaged")
    assert "lists more data than the file holds" in outcome.reason
    assert snapshot(central) == before
    # Beyond the format's limit, or a size age cannot make of the plaintext: not a manifest.
    for changes in ({"size": 65 * 1024**4}, {"plain_size": items[i].size}):
        body = manifest.to_json()
        body["items"][i].update(changes)
        plain = raw_tar(signed_head(canonical_json(body), vault.device))
        bad.write_bytes(encrypt(plain, central.org.keys.public().age_recipient))
        [outcome] = run_import(central, bad)
        assert (outcome.status, outcome.code) == ("rejected", "invalid"), outcome.reason
        assert snapshot(central) == before


def test_the_item_entry_round_trips_through_the_manifest():
    item = ManifestItem.sealed(
        "0b9d3c52-0000-4000-8000-00000000000a", "ab" * 32, 300, "cd" * 32, 10, "QUJD"
    )
    assert item.name == "media/0b9d3c52-0000-4000-8000-00000000000a.age"
    assert (item.content_sha256, item.content_size) == ("cd" * 32, 10)


# -- the centre opens each original once: background verification ---------------------
def _other_plaintext(sources: list[ItemSource], org: str, identity: str) -> list[ItemSource]:
    """The first original replaced by other bytes of its size, under its own key: all else fits."""
    i = sealed(sources)[0]
    item = sources[i].item
    other = io.BytesIO()
    age_stream.encrypt_stream(io.BytesIO(b"\x00" * item.content_size), other, identity)
    data = other.getvalue()
    sources[i] = replaced(sources[i], data, size=len(data), sha256=_sha(data))
    return sources


def test_an_original_unlike_its_signed_hash_raises_an_alarm_when_first_opened(
    central, join, tmp_path: Path, monkeypatch, capsys
):
    from fieldreport import cli
    from fieldreport.central import devices, media_check, queries, verify
    from tests.conftest import TEST_PASSPHRASE

    device = join()
    records = [capture(device, tmp_path, "[TEST] photo" + "!" * n) for n in range(2)]
    first, second = device.media()
    _, identity = stored_file(device, first.id)
    org = central.org.keys.public().age_recipient
    bad = forge(
        device, central, tmp_path / "bad.bundle", lambda s: _other_plaintext(s, org, identity)
    )
    [outcome] = run_import(central, bad)
    assert outcome.status == "imported"  # the payload is not decrypted during the import
    assert len(media_check.unchecked(central)) == 2
    central.close()
    # central verify --media opens both, records each result and exits 13 for the alarm.
    folder = tmp_path / "central"
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(folder))
    assert cli.main(["central", "verify", "--media"]) == 13
    out, _ = capsys.readouterr()
    assert "Checking 2 received originals not checked yet" in out
    assert "ALARM   media" in out and f"({first.id})" in out and "ok      media" in out
    assert "BROKEN  received media: broken: 1 alarm(s) not acknowledged" in out
    store = CentralStore.open(folder, TEST_PASSPHRASE)
    try:
        bad_blob, good_blob = (
            store.db.execute("SELECT blob_id FROM media_items WHERE id = ?", [m.id]).fetchone()[0]
            for m in (first, second)
        )
        [alarm] = devices.alarms(store, device.device_id)
        assert (alarm.code, alarm.item) == ("media_mismatch", f"media:{first.id}")
        assert first.sha256 in alarm.reason and _sha(b"\x00" * first.size) in alarm.reason
        events = store.db.execute(
            "SELECT event, object, content_hash FROM custody_log WHERE event LIKE 'media_%' "
            "AND event != 'media_ingest' ORDER BY seq"
        ).fetchall()
        assert sorted(events) == [
            ("media_mismatch", f"media:{bad_blob}", _sha(b"\x00" * first.size)),
            ("media_verified", f"media:{good_blob}", second.sha256),
        ]
        assert media_check.unchecked(store) == [] and list(media_check.check_all(store)) == []
        [check] = [c for c in verify.run(store) if c.code == "media"]
        assert not check.ok and "1 opened and as signed, 1 not as signed" in check.detail
        # The alarm shows on the record that holds the item (central show), and on the item.
        [record] = [r for r in records if first.id in device.get(r).data["media"]]
        [shown] = queries.show(store, record)["alarms"]
        assert (shown["code"], shown["item"], shown["acknowledged"]) == (
            "media_mismatch",
            f"media:{first.id}",
            False,
        )
        assert queries.show(store, first.id)["alarms"] == [shown]
        [other] = [r for r in records if r != record]
        assert queries.show(store, other)["alarms"] == []
    finally:
        store.close()


def test_the_same_original_from_two_devices_is_stored_once_but_must_be_that_original(
    central, join, tmp_path: Path
):
    """A duplicate's bytes are dropped for the stored file's: they must be the same original."""
    first, second = join("first"), join("second")
    photo = jpeg(tmp_path / "shared.jpg", (12, 34, 56))
    list(first.import_media([photo]))
    [outcome] = run_import(central, export_to(first, tmp_path / "first.bundle").path)
    assert outcome.status == "imported"
    list(second.import_media([photo]))
    [item] = second.media()
    _, identity = stored_file(second, item.id)
    org = central.org.keys.public().age_recipient
    # The second device claims the shared original but sends other bytes of its size.
    bad = forge(
        second, central, tmp_path / "bad.bundle", lambda s: _other_plaintext(s, org, identity)
    )
    before = snapshot(central)
    [outcome] = run_import(central, bad)
    assert (outcome.status, outcome.code) == ("rejected", "sealed_mismatch")
    assert "its plaintext is not the original its manifest names" in outcome.reason
    assert snapshot(central) == before
    [outcome] = run_import(central, export_to(second, tmp_path / "second.bundle").path)
    assert outcome.status == "imported" and outcome.counts["media"] == 1
    blobs = central.db.execute("SELECT DISTINCT blob_id FROM media_items").fetchall()
    assert len(blobs) == 1  # stored once, listed for both


def test_a_device_cannot_squat_an_original_by_sending_its_hash_first(central, join, tmp_path: Path):
    """Adversary: a hostile device that knows only an original's hash (and size) sends it
    first, sealed over other bytes. The honest device's real original that follows must
    be kept, not dropped for the squatter's file; the squatter is named in an alarm."""
    from fieldreport.central import devices, media_check

    squatter, honest = join("squatter"), join("honest")
    photo = jpeg(tmp_path / "leaked.jpg", (200, 10, 10))
    list(squatter.import_media([photo]))  # the squatter's vault signs the photo's hash...
    [fake] = squatter.media()
    _, identity = stored_file(squatter, fake.id)
    org = central.org.keys.public().age_recipient
    squat = forge(  # ...but sends other bytes of its size in its place
        squatter, central, tmp_path / "squat.bundle", lambda s: _other_plaintext(s, org, identity)
    )
    [outcome] = run_import(central, squat)
    assert outcome.status == "imported"  # the payload is not decrypted at import
    list(honest.import_media([photo]))
    [real] = honest.media()
    assert real.sha256 == fake.sha256
    [outcome] = run_import(central, export_to(honest, tmp_path / "honest.bundle").path)
    assert outcome.status == "imported" and outcome.counts["media"] == 1
    blob = central.db.execute("SELECT blob_id FROM media_items WHERE id = ?", [real.id]).fetchone()[
        0
    ]
    original = io.BytesIO()
    assert central.media.read_original(blob, original) == real.sha256
    assert original.getvalue() == photo.read_bytes()  # the honest device's evidence is kept
    assert [c.ok for c in media_check.check_all(central)] in ([], [True])
    assert devices.alarms(central, honest.device_id) == []
    [alarm] = devices.alarms(central, squatter.device_id)
    assert (alarm.code, alarm.item) == ("media_mismatch", f"media:{fake.id}")


def test_a_squatted_hash_does_not_swallow_a_format_1_original(tmp_path: Path):
    """The same squat, the real original arriving from a device still writing format 1."""
    import tarfile

    from fieldreport.central import devices

    folder = tmp_path / "bundle_v1"
    shutil.copytree(FIXTURE, folder)
    ids = json.loads((folder / "ids.json").read_text())
    store = CentralStore.open(folder, FIXTURE_PASSPHRASE)
    try:
        inner = pyrage.decrypt(
            (folder / "device.bundle").read_bytes(),
            [pyrage.x25519.Identity.from_str(store.org.keys.age_identity)],
        )
        media_id, sha256 = next(iter(ids["media"].items()))
        with tarfile.open(fileobj=io.BytesIO(inner)) as tar:
            member = tar.extractfile(f"media/{media_id}")
            assert member is not None
            real = member.read()
        leaked = tmp_path / "leaked.jpg"
        leaked.write_bytes(real)
        squatter = Session.create(tmp_path / "squatter", FIXTURE_PASSPHRASE)
        _, request = squatter.join(store.org.provisioning())
        _, certificate = devices.approve(store, request)
        squatter.install_certificate(certificate)
        list(squatter.import_media([leaked]))
        [fake] = squatter.media()
        assert fake.sha256 == sha256
        _, identity = stored_file(squatter, fake.id)
        org = store.org.keys.public().age_recipient
        squat = forge(
            squatter, store, tmp_path / "squat.bundle", lambda s: _other_plaintext(s, org, identity)
        )
        [outcome] = Importer(store).import_files([squat])
        assert outcome.status == "imported"
        [outcome] = Importer(store).import_files([folder / "device.bundle"])
        assert outcome.status == "imported", outcome.reason
        blob = store.db.execute(
            "SELECT blob_id FROM media_items WHERE id = ?", [media_id]
        ).fetchone()[0]
        original = io.BytesIO()
        assert store.media.read_original(blob, original) == sha256
        assert original.getvalue() == real
        assert devices.alarms(store, ids["device"]) == []
        [alarm] = devices.alarms(store, squatter.device_id)
        assert (alarm.code, alarm.item) == ("media_mismatch", f"media:{fake.id}")
        squatter.lock()
    finally:
        store.close()
