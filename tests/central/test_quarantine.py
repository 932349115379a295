"""Quarantine is bounded: refused outright when it could never verify, limited in count and
bytes (in total and per claimed device), let go after its expiry or by a coordinator."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from fieldreport.central import devices, quarantine
from fieldreport.central.quarantine import QuarantineLimits
from fieldreport.central.store import CentralStore
from fieldreport.errors import UsageError
from fieldreport.sync.bundle_format import MANIFEST_NAME, SIGNATURE_NAME
from fieldreport.sync.tar_stream import TarWriter
from tests.central.conftest import capture, export_to, run_import, snapshot
from tests.sync.helpers import CREATED_MTIME, encrypt, manifest_for, new_device, sample_sources


def _kept_files(central: CentralStore) -> list[str]:
    folder = central.pending_folder
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _unsigned(central: CentralStore, tmp_path: Path, signature: bytes, name: str) -> Path:
    """A complete bundle naming an invented device, with ``signature`` in place of one."""
    device = new_device()
    sources = sample_sources()
    manifest = manifest_for(sources, central.org.org_id, device.device_id).encode()
    out = io.BytesIO()
    tar = TarWriter(out, CREATED_MTIME)
    tar.add_bytes(MANIFEST_NAME, manifest)
    tar.add_bytes(SIGNATURE_NAME, signature)
    for source in sources:
        tar.add(source.item.name, source.item.size, source.fill)
    tar.close()
    path = tmp_path / name
    path.write_bytes(encrypt(out.getvalue(), central.org.keys.public().age_recipient))
    return path


@pytest.mark.parametrize(
    "signature",
    [bytes(64), b"\x01" + bytes(63), bytes(32) + b"\xff" * 32, b"\xff" * 64],
    ids=["zeros", "identity-point", "scalar-too-large", "not-a-point"],
)
def test_an_unsigned_bundle_of_an_unknown_device_is_refused_outright(
    central: CentralStore, tmp_path: Path, signature: bytes
):
    before = snapshot(central)
    [outcome] = run_import(central, _unsigned(central, tmp_path, signature, "forged.bundle"))
    assert (outcome.status, outcome.code) == ("rejected", "not_signed"), outcome
    assert "malformed" in outcome.reason
    assert snapshot(central) == before
    assert _kept_files(central) == []
    assert central.db.execute("SELECT count(*) FROM bundles").fetchone() == (0,)


def test_a_malformed_manifest_of_an_unknown_device_is_refused(central, tmp_path: Path):
    device = new_device()
    body = b'{"device_id":"%s","format":"fieldreport-bundle/1"}' % device.device_id.encode()
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in ((MANIFEST_NAME, body), (SIGNATURE_NAME, device.sign(body))):
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data), 0o600, CREATED_MTIME
            tar.addfile(info, io.BytesIO(data))
    path = tmp_path / "malformed.bundle"
    path.write_bytes(encrypt(out.getvalue(), central.org.keys.public().age_recipient))
    [outcome] = run_import(central, path)
    assert (outcome.status, outcome.code) == ("rejected", "invalid"), outcome
    assert _kept_files(central) == []


def _bundles(session, tmp_path: Path, count: int, tag: str) -> list[Path]:
    paths = []
    for i in range(count):
        capture(session, tmp_path, f"[TEST] {tag} {i}")
        paths.append(export_to(session, tmp_path / f"{tag}-{i}.bundle").path)
    return paths


def test_quarantine_is_bounded_per_claimed_device_and_in_total(
    central: CentralStore, join, tmp_path: Path, monkeypatch
):
    monkeypatch.setattr(quarantine, "LIMITS", QuarantineLimits(max_count=3, max_count_per_device=2))
    first, second = join("first", approve=False), join("second", approve=False)
    a = _bundles(first, tmp_path, 3, "a")
    b = _bundles(second, tmp_path, 2, "b")
    outcomes = run_import(central, *a)
    assert [o.status for o in outcomes] == ["quarantined", "quarantined", "rejected"]
    assert outcomes[2].code == "quarantine_full"
    assert outcomes[2].params == {"device": first._vault.device.device_id}
    assert run_import(central, a[0])[0].status == "quarantined"  # kept already: counts once
    outcomes = run_import(central, *b)
    assert [o.status for o in outcomes] == ["quarantined", "rejected"]  # 3 in total
    assert len(_kept_files(central)) == 3

    monkeypatch.setattr(quarantine, "LIMITS", QuarantineLimits(max_bytes_per_device=1))
    [outcome] = run_import(central, b[1])
    assert outcome.code == "quarantine_full"  # bytes, per device
    assert len(_kept_files(central)) == 3


def test_a_coordinator_discards_and_old_bundles_expire(
    central: CentralStore, join, tmp_path: Path, monkeypatch
):
    waiting = join("waiting", approve=False)
    paths = _bundles(waiting, tmp_path, 2, "w")
    first, second = run_import(central, *paths)
    assert first.status == second.status == "quarantined"
    with pytest.raises(UsageError, match="8 hex"):
        quarantine.discard(central, bundle="abc")
    assert quarantine.discard(central, bundle=first.bundle_hash[:10]) == [first.bundle_hash]
    row = central.db.execute(
        "SELECT outcome, reason, file_name FROM bundles WHERE bundle_hash = ?", [first.bundle_hash]
    ).fetchone()
    assert row[0] == "rejected" and "Discarded by a coordinator" in row[1] and row[2] is None
    assert _kept_files(central) == [f"{second.bundle_hash}.bundle"]
    logged = central.db.execute(
        "SELECT content_hash FROM custody_log WHERE event = 'bundle_discarded'"
    ).fetchall()
    assert logged == [(first.bundle_hash,)]
    with pytest.raises(UsageError, match="No kept"):
        quarantine.discard(central, bundle=first.bundle_hash)

    monkeypatch.setattr(quarantine, "LIMITS", QuarantineLimits(expiry_days=0))
    assert quarantine.expire(central) == [second.bundle_hash]
    assert _kept_files(central) == []

    # Approval imports nothing that was let go; the files, imported again by hand, go in.
    _, certificate = devices.approve(central, (tmp_path / "waiting.request").read_bytes())
    waiting.install_certificate(certificate)
    monkeypatch.setattr(quarantine, "LIMITS", QuarantineLimits())
    outcomes = run_import(central, *paths)
    assert [o.status for o in outcomes] == ["imported", "imported"]


def test_the_command_line_lists_and_discards(tmp_path: Path, monkeypatch, capsys):
    from fieldreport import cli
    from fieldreport.core import Session
    from tests.conftest import TEST_PASSPHRASE

    folder = tmp_path / "store"
    waiting = Session.create(tmp_path / "waiting", TEST_PASSPHRASE)
    with CentralStore.create(folder, TEST_PASSPHRASE, "Test Network") as central:
        waiting.join(central.org.provisioning())
        paths = _bundles(waiting, tmp_path, 2, "q")
        outcomes = run_import(central, *paths)
    waiting.lock()
    assert [o.status for o in outcomes] == ["quarantined", "quarantined"]
    monkeypatch.setenv("FIELDREPORT_CENTRAL_PASSPHRASE", TEST_PASSPHRASE)
    store = ["--store", str(folder)]
    assert cli.main(["central", "quarantine", *store]) == 0
    listed = capsys.readouterr().out
    assert outcomes[0].bundle_hash[:16] in listed and "quarantined" in listed
    assert cli.main(["central", "discard", outcomes[0].bundle_hash[:12], *store]) == 2
    assert "--yes" in capsys.readouterr().err  # no terminal: never discards unasked
    assert cli.main(["central", "discard", outcomes[0].bundle_hash[:12], "--yes", *store]) == 0
    assert "Discarded" in capsys.readouterr().out
    device_id = outcomes[1].device_id
    assert cli.main(["central", "discard", "--device", device_id, "--yes", *store]) == 0
    assert cli.main(["central", "quarantine", "--json", *store]) == 0
    assert capsys.readouterr().out.strip().endswith("[]")
    assert cli.main(["central", "discard", "--expired", *store]) == 0
    assert "0 expired" in capsys.readouterr().out
