"""Fixtures: an organisation and a device (a real vault) that joined it."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldreport.central.organisation import Organisation
from fieldreport.core import Session
from fieldreport.errors import BundleRejected
from fieldreport.storage.vault import Vault
from fieldreport.sync import device_state
from fieldreport.sync.bundle_reader import VerifiedBundle
from fieldreport.sync.sinks import MemorySink

AGE = shutil.which("age")
needs_age = pytest.mark.skipif(AGE is None, reason="the stock age tool is not installed")


@dataclass
class Field:
    session: Session
    org: Organisation

    @property
    def vault(self) -> Vault:
        return self.session._vault

    def device_key(self, device_id: str) -> bytes:
        if device_id != self.vault.device.device_id:
            raise BundleRejected(f"Device {device_id} is not enrolled.")
        return self.vault.device.public_key

    def read(self, path: Path, sink: MemorySink | None = None) -> tuple[VerifiedBundle, MemorySink]:
        sink = sink or MemorySink()
        return self.org.open_bundle(path, self.device_key, sink), sink


@pytest.fixture
def org() -> Organisation:
    return Organisation.create("Test Monitoring Network")


@pytest.fixture
def field(session: Session, org: Organisation) -> Field:
    vault = session._vault
    _, request = device_state.join(vault, org.provisioning())
    _, certificate = org.approve(request, serial=1)
    device_state.install_certificate(vault, certificate)
    return Field(session, org)
