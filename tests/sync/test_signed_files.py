"""Organisation keys, provisioning files, enrollment, certificates and receipts."""

from __future__ import annotations

import pyrage
import pytest

from fieldreport.central.organisation import Organisation
from fieldreport.errors import NotJoined, SyncFileRejected
from fieldreport.sync import device_state
from fieldreport.sync.enrollment import make_request, read_certificate, read_request
from fieldreport.sync.org_keys import OrgKeys, OrgPublicKeys, age_recipient_of, key_id
from fieldreport.sync.provisioning import Server, make_provisioning, read_provisioning
from fieldreport.sync.receipt import make_receipt, read_receipt
from tests.sync.conftest import Field
from tests.sync.helpers import new_device


def each_byte_changed(data: bytes, step: int = 1):
    for offset in range(0, len(data), step):
        changed = bytearray(data)
        changed[offset] ^= 0x01 if chr(data[offset]).isalnum() else 0x20
        yield offset, bytes(changed)


def test_org_keys_match_pyrage_and_have_key_ids():
    keys = OrgKeys.generate()
    recipient = age_recipient_of(keys.age_identity)
    assert str(pyrage.x25519.Identity.from_str(keys.age_identity).to_public()) == recipient
    public = keys.public()
    assert public.age_recipient == recipient and len(public.age_key_id) == 16
    assert public.signing_key_id == key_id(keys.signing_public_key)
    assert OrgPublicKeys.from_json(public.to_json()) == public
    assert OrgKeys.from_secret_json(keys.to_secret_json()) == keys


def test_public_keys_with_a_wrong_key_id_are_refused():
    public = OrgKeys.generate().public().to_json()
    with pytest.raises(SyncFileRejected, match="age_key_id"):
        OrgPublicKeys.from_json({**public, "age_key_id": "0" * 16})
    with pytest.raises(SyncFileRejected, match="age_recipient"):
        OrgPublicKeys.from_json({**public, "age_recipient": "age1notarecipient"})


def test_provisioning_round_trip(org: Organisation):
    server = Server("https://sync.example.org:8443/fieldreport", "ab" * 32)
    data = org.provisioning(server=server, gazetteer={"format": 1, "places": []})
    prov = read_provisioning(data)
    assert (prov.org_name, prov.org_id, prov.server) == (org.name, org.org_id, server)
    assert prov.keys == org.keys.public() and prov.gazetteer == {"format": 1, "places": []}
    assert prov.vocabularies is None and prov.raw == data


def test_provisioning_without_a_pin_leaves_the_server_to_certificate_authorities(
    org: Organisation,
):
    server = Server("https://sync.example.org/fieldreport")
    prov = read_provisioning(org.provisioning(server=server))
    assert prov.server == server and prov.server.tls_pin is None
    with pytest.raises(SyncFileRejected):  # a pin, when present, is still 64 hex digits
        read_provisioning(org.provisioning(server=Server("https://sync.example.org", "ab")))


def test_provisioning_changed_in_any_byte_is_refused(org: Organisation):
    data = org.provisioning()
    for offset, changed in each_byte_changed(data):
        with pytest.raises(SyncFileRejected):
            read_provisioning(changed)
        assert offset >= 0
    with pytest.raises(SyncFileRejected, match="canonical"):
        read_provisioning(data + b"\n")


def test_provisioning_not_signed_by_the_key_it_carries_is_refused(org: Organisation):
    other = OrgKeys.generate()
    # A file carrying org's public keys, but signed by someone else.
    forged = make_provisioning(other, org_name="x", org_id=org.org_id)
    forged = forged.replace(
        other.public().signing_public_key.hex().encode(), org.keys.signing_public_key.hex().encode()
    ).replace(other.public().signing_key_id.encode(), org.keys.public().signing_key_id.encode())
    with pytest.raises(SyncFileRejected, match="another key|not valid"):
        read_provisioning(forged)


def test_a_joined_device_refuses_another_organisations_file(field: Field):
    again, _ = device_state.join(field.vault, field.org.provisioning(gazetteer={"v": 2}))
    assert again.gazetteer == {"v": 2}  # same keys: an update is accepted
    with pytest.raises(SyncFileRejected, match="other organisation keys"):
        device_state.join(field.vault, Organisation.create("Impostors").provisioning())


def test_enrollment_request_proves_possession(org: Organisation):
    device = new_device()
    request = read_request(make_request(device, org.org_id), org.org_id)
    assert request.device_public_key == device.public_key
    assert request.fingerprint == device.fingerprint
    # Someone presenting this device's key but signing with their own.
    impostor = new_device(device_id=device.device_id)
    forged = make_request(impostor, org.org_id).replace(
        impostor.public_key.hex().encode(), device.public_key.hex().encode()
    )
    with pytest.raises(SyncFileRejected):
        read_request(forged)
    with pytest.raises(SyncFileRejected, match="another organisation"):
        read_request(make_request(device, Organisation.create("B").org_id), org.org_id)


def test_certificate_verifies_against_the_pinned_key(org: Organisation):
    device = new_device()
    _, certificate = org.approve(make_request(device, org.org_id), serial=7)
    cert = read_certificate(certificate, org.keys.public(), org.org_id, device)
    assert (cert.serial, cert.device_id) == (7, device.device_id)
    impostor = Organisation(org.name, OrgKeys.generate(), org.org_id)
    _, forged = impostor.approve(make_request(device, org.org_id), serial=7)
    with pytest.raises(SyncFileRejected, match="another key"):
        read_certificate(forged, org.keys.public(), org.org_id, device)
    with pytest.raises(SyncFileRejected, match="another device"):
        read_certificate(certificate, org.keys.public(), org.org_id, new_device())


def test_installing_a_certificate_needs_the_organisation(session, org: Organisation):
    with pytest.raises(NotJoined):
        device_state.install_certificate(session._vault, b"{}")
    _, request = device_state.join(session._vault, org.provisioning())
    _, certificate = org.approve(request, serial=1)
    assert device_state.install_certificate(session._vault, certificate).serial == 1
    assert device_state.certificate(session._vault.db).serial == 1


def _receipt(keys: OrgKeys, org_id: str, device_id: str) -> bytes:
    return make_receipt(
        keys,
        org_id=org_id,
        bundle_hash="ef" * 32,
        device_id=device_id,
        sequence=3,
        accepted_items=["log:1-3", "record:0b9d3c52-0000-4000-8000-00000000000a#2"],
    )


def test_receipt_round_trip_and_refusals(org: Organisation):
    device = new_device()
    data = _receipt(org.keys, org.org_id, device.device_id)
    receipt = read_receipt(data, org.keys.public(), org.org_id, device.device_id)
    assert receipt.sequence == 3 and len(receipt.accepted_items) == 2
    with pytest.raises(SyncFileRejected, match="another key"):
        read_receipt(
            _receipt(OrgKeys.generate(), org.org_id, device.device_id),
            org.keys.public(),
            org.org_id,
        )
    with pytest.raises(SyncFileRejected, match="another device"):
        read_receipt(data, org.keys.public(), org.org_id, new_device().device_id)
    for _, changed in each_byte_changed(data, step=3):
        with pytest.raises(SyncFileRejected):
            read_receipt(changed, org.keys.public(), org.org_id, device.device_id)


def test_a_receipt_is_not_a_certificate(org: Organisation):
    data = _receipt(org.keys, org.org_id, new_device().device_id)
    with pytest.raises(SyncFileRejected, match="not a certificate"):
        read_certificate(data, org.keys.public(), org.org_id)
