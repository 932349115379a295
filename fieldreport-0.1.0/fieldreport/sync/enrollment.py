"""Enrollment: the device's request (proof of possession) and the organisation's certificate.

Request (format ``fieldreport-enrollment-request/1``), signed by the device key
it carries::

    {"format", "device_id", "device_public_key", "fingerprint", "created_at", "org_id"}

Certificate (format ``fieldreport-certificate/1``), signed by the organisation::

    {"format", "org_id", "device_id", "device_public_key", "issued_at", "serial"}
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldreport.crypto import signing
from fieldreport.errors import SyncFileRejected
from fieldreport.storage.clock import utc_now
from fieldreport.storage.device import DeviceIdentity
from fieldreport.sync.org_keys import OrgKeys, OrgPublicKeys
from fieldreport.sync.signed import open_document, sign_document

REQUEST_FORMAT = "fieldreport-enrollment-request/1"
CERTIFICATE_FORMAT = "fieldreport-certificate/1"
MAX_BYTES = 64 * 1024
REQUEST = {"format", "device_id", "device_public_key", "fingerprint", "created_at", "org_id"}
CERTIFICATE = {"format", "org_id", "device_id", "device_public_key", "issued_at", "serial"}


@dataclass(frozen=True)
class EnrollmentRequest:
    device_id: str
    device_public_key: bytes
    fingerprint: str
    created_at: str
    org_id: str
    raw: bytes


@dataclass(frozen=True)
class Certificate:
    org_id: str
    device_id: str
    device_public_key: bytes
    issued_at: str
    serial: int
    raw: bytes


def make_request(device: DeviceIdentity, org_id: str, created_at: str | None = None) -> bytes:
    body = {
        "format": REQUEST_FORMAT,
        "device_id": device.device_id,
        "device_public_key": device.public_key.hex(),
        "fingerprint": device.fingerprint,
        "created_at": created_at or utc_now(),
        "org_id": org_id,
    }
    return sign_document(body, device.private_key)


def read_request(data: bytes, org_id: str | None = None) -> EnrollmentRequest:
    """Parse a request and check the device holds the key it presents."""
    what = "enrollment request"
    doc = open_document(
        data, format=REQUEST_FORMAT, what=what, error=SyncFileRejected, max_bytes=MAX_BYTES
    )
    fields = doc.fields(REQUEST)
    public = fields.hex_bytes("device_public_key", 32)
    doc.verify(public, "the device key it presents")
    request = EnrollmentRequest(
        device_id=fields.uuid("device_id"),
        device_public_key=public,
        fingerprint=fields.text("fingerprint", max_len=39),
        created_at=fields.timestamp("created_at"),
        org_id=fields.uuid("org_id"),
        raw=bytes(data),
    )
    if request.fingerprint != signing.fingerprint(public):
        fields.fail("the fingerprint in the enrollment request does not match its key")
    if org_id is not None and request.org_id != org_id:
        fields.fail("the enrollment request is for another organisation")
    return request


def issue_certificate(
    org: OrgKeys, request: EnrollmentRequest, serial: int, issued_at: str | None = None
) -> bytes:
    body = {
        "format": CERTIFICATE_FORMAT,
        "org_id": request.org_id,
        "device_id": request.device_id,
        "device_public_key": request.device_public_key.hex(),
        "issued_at": issued_at or utc_now(),
        "serial": serial,
    }
    return sign_document(body, org.signing_private_key)


def read_certificate(
    data: bytes,
    org: OrgPublicKeys,
    org_id: str,
    device: DeviceIdentity | None = None,
) -> Certificate:
    """Verify a certificate against the pinned organisation (and, given, this device)."""
    what = "certificate"
    doc = open_document(
        data, format=CERTIFICATE_FORMAT, what=what, error=SyncFileRejected, max_bytes=MAX_BYTES
    )
    fields = doc.fields(CERTIFICATE)
    doc.verify(org.signing_public_key, "the organisation")
    cert = Certificate(
        org_id=fields.uuid("org_id"),
        device_id=fields.uuid("device_id"),
        device_public_key=fields.hex_bytes("device_public_key", 32),
        issued_at=fields.timestamp("issued_at"),
        serial=fields.integer("serial", 1),
        raw=bytes(data),
    )
    if cert.org_id != org_id:
        fields.fail("the certificate is for another organisation")
    if device is not None and (
        cert.device_id != device.device_id or cert.device_public_key != device.public_key
    ):
        fields.fail("the certificate is for another device")
    return cert
