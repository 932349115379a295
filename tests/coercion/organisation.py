"""A real organisation for the coercion tests: join a vault, send a bundle, bring a receipt back."""

from __future__ import annotations

from pathlib import Path

from fieldreport.central.organisation import Organisation
from fieldreport.core import Session
from fieldreport.sync.sinks import MemorySink


def join(session: Session) -> Organisation:
    org = Organisation.create("Test Monitoring Network")
    _, request = session.join(org.provisioning())
    _, certificate = org.approve(request, serial=1)
    session.install_certificate(certificate)
    return org


def send_and_receipt(session: Session, org: Organisation, out: Path) -> None:
    """Export what is new as a bundle, open it as the organisation, install its receipt."""
    exported = session.export_bundle(out)
    device = session.device_id
    public = session._vault.device.public_key

    def device_key(device_id: str) -> bytes:
        assert device_id == device
        return public

    verified = org.open_bundle(exported.path, device_key, MemorySink())
    session.import_receipt(org.receipt_for(verified))
