"""Devices carry the name a coordinator gave them, shown wherever their id was."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldreport.central import devices, queries
from fieldreport.central.store import CentralStore
from fieldreport.errors import UsageError
from tests.central.conftest import export_to, run_import


def test_a_name_given_at_approval_is_stored_and_shown(central: CentralStore, join, tmp_path: Path):
    session = join("leilek", approve=False)
    request = (tmp_path / "leilek.request").read_bytes()
    device, certificate = devices.approve(central, request, name="  Monitor 3,   Leilek ")
    assert device.name == "Monitor 3, Leilek" and device.label == "Monitor 3, Leilek"
    assert devices.get(central, device.id).to_json()["name"] == "Monitor 3, Leilek"
    assert devices.names(central) == {device.id: "Monitor 3, Leilek"}
    session.install_certificate(certificate)
    record = session.add("incident", {"title": "[TEST] Shelling"})
    run_import(central, export_to(session, tmp_path / "1.bundle").path)
    shown = queries.show(central, record.id)
    assert shown["revisions"][0]["origin"]["device_name"] == "Monitor 3, Leilek"
    # Approving again (a new certificate) keeps the name unless a new one is given.
    assert devices.approve(central, request)[0].name == "Monitor 3, Leilek"
    assert devices.rename(central, device.id, "Monitor 4").name == "Monitor 4"
    assert central.log.head()[0] >= 4  # created, approved, approved again, named


def test_a_device_without_a_name_shows_its_id(central: CentralStore, join):
    join("plain")
    (only,) = devices.all_devices(central)
    assert only.name is None and only.label == only.id
    assert devices.names(central) == {only.id: only.id}


@pytest.mark.parametrize("name", ["", "   ", "x" * 101, "bell\x07"])
def test_a_bad_name_is_refused_and_nothing_is_approved(
    central: CentralStore, join, tmp_path: Path, name: str
):
    join("leilek", approve=False)
    request = (tmp_path / "leilek.request").read_bytes()
    before = central.counts()
    with pytest.raises(UsageError, match="device name"):
        devices.approve(central, request, name=name)
    assert central.counts() == before
