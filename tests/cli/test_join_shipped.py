"""``fieldreport-cli join --out REQUEST`` without a file uses the provisioning.json
shipped beside the app; with none there it says where it looked and changes nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from fieldreport.central import devices
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from tests.conftest import TEST_PASSPHRASE
from tests.net.world import quick_kdf


@pytest.fixture
def app_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "FieldReport"
    folder.mkdir()
    monkeypatch.setattr(sys, "executable", str(folder / "fieldreport-cli"))
    return folder


@pytest.fixture
def store(tmp_path: Path):
    central = CentralStore.create(tmp_path / "org", TEST_PASSPHRASE, "Leilek Monitors", quick_kdf())
    yield central
    central.close()


def joined(vault_dir: Path) -> str | None:
    session = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        org = session.sync_status()["organisation"]
        return None if org is None else org["name"]
    finally:
        session.lock()


def test_join_without_a_file_uses_the_shipped_one(run, vault_dir, store, app_folder, tmp_path):
    (app_folder / "provisioning.json").write_bytes(store.org.provisioning())
    assert run("init")[0] == 0
    request = tmp_path / "request.json"
    code, out, err = run("join", "--out", str(request))
    assert code == 0, err
    assert f"Using the provisioning file beside the app: {app_folder / 'provisioning.json'}" in err
    fingerprint = store.org.keys.public().fingerprint
    assert f"Organisation fingerprint (Leilek Monitors): {fingerprint}" in err
    device, _cert = devices.approve(store, request.read_bytes())
    assert f"Device fingerprint: {device.fingerprint}" in out
    assert joined(vault_dir) == "Leilek Monitors"


def test_join_without_a_file_and_none_shipped_says_where_it_looked(
    run, vault_dir, app_folder, tmp_path
):
    assert run("init")[0] == 0
    code, out, err = run("join", "--out", str(tmp_path / "request.json"))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert str(app_folder / "provisioning.json") in err and "name it" in err
    assert not (tmp_path / "request.json").exists()
    assert joined(vault_dir) is None


def test_a_damaged_shipped_file_is_refused_and_changes_nothing(
    run, vault_dir, store, app_folder, tmp_path
):
    damaged = store.org.provisioning().replace(b"Leilek Monitors", b"Leilek Monitorz")
    (app_folder / "provisioning.json").write_bytes(damaged)
    assert run("init")[0] == 0
    code, _out, err = run("join", "--out", str(tmp_path / "request.json"))
    assert code == 17 and "signature" in err
    assert not (tmp_path / "request.json").exists()
    assert joined(vault_dir) is None


def test_central_init_and_provisioning_print_the_fingerprint_monitors_compare(
    run, tmp_path, monkeypatch
):
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(tmp_path / "central"))
    code, out, _ = run("central", "init", "--org-name", "Leilek Monitors")
    assert code == 0
    printed = out.split("Organisation fingerprint: ")[1].splitlines()[0]
    code, out, _ = run("central", "provisioning", "--out", str(tmp_path / "org.json"))
    assert code == 0 and printed in out
    with CentralStore.open(tmp_path / "central", TEST_PASSPHRASE) as central:
        assert central.org.keys.public().fingerprint == printed
