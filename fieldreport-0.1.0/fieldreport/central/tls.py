"""TLS for the sync server: a self-signed certificate and the pin devices check it by.

An organisation without a certificate from a public authority can serve with
a self-signed one: the provisioning file carries its pin (the SHA-256 of the
certificate's SubjectPublicKeyInfo), and devices accept that key only.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from fieldreport.errors import UsageError
from fieldreport.sync.net_transport import spki_pin


def pin_of(certificate: x509.Certificate) -> str:
    """The pin devices check: the same computation as the device's (``spki_pin``)."""
    return spki_pin(certificate.public_bytes(serialization.Encoding.DER))


def tls_pin(cert_file: Path) -> str:
    """The pin of a PEM certificate file, as the provisioning file carries it."""
    try:
        certificate = x509.load_pem_x509_certificate(cert_file.read_bytes())
    except (OSError, ValueError) as exc:
        raise UsageError(f"{cert_file} is not a readable PEM certificate ({exc}).") from None
    return pin_of(certificate)


def make_self_signed(hosts: list[str], cert_out: Path, key_out: Path, days: int = 3650) -> str:
    """Write a self-signed certificate for ``hosts`` (names or IP addresses); returns its pin."""
    if not hosts:
        raise UsageError("Name at least one host (a name or an address) for the certificate.")
    for path in (cert_out, key_out):
        if path.exists():
            raise UsageError(f"{path} already exists; choose another name.")
    key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(key_out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key_pem)
    cert_out.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return pin_of(certificate)
