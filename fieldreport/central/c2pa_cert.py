"""The organisation's C2PA signing credential: an X.509 chain and its private key.

C2PA Content Credentials are signed with an X.509 certificate (COSE), not with
the organisation's Ed25519 key. An organisation either makes its own
(:func:`make`: an organisation root CA and a signing certificate it issues,
ECDSA P-256, ES256) or imports one issued by a real CA (:func:`import_pem`).
Either way the chain and the key are kept in the store's ``store_info`` (in
the SQLCipher database, or sealed on PostgreSQL) beside the other
organisation keys, never in a file in the clear.

A reader shows credentials signed by a self-made root as *untrusted* (valid
signature, unknown signer) until the root is added to its trust list;
docs/evidence.md explains both ways. No ``c2pa`` import here: making and
importing need only ``cryptography``.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from fieldreport.central.store import CentralStore
from fieldreport.errors import InvalidInput, UsageError
from fieldreport.storage.clock import utc_now

INFO_KEY = "c2pa_credential"
_DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")  # id-kp-documentSigning


@dataclass(frozen=True)
class Credential:
    chain_pem: bytes  # the signing certificate first, then each issuer up to (not always) a root
    key_pem: bytes  # PKCS#8
    source: str  # "organisation" (made here) | "imported"
    created_at: str

    @property
    def certificates(self) -> list[x509.Certificate]:
        return x509.load_pem_x509_certificates(self.chain_pem)

    @property
    def algorithm(self) -> str:
        """``ES256``/``ES384``/``ES512``/``Ed25519``: what c2pa is told to sign with."""
        return algorithm_of(serialization.load_pem_private_key(self.key_pem, None))

    @property
    def root_pem(self) -> bytes:
        """The last certificate of the chain: what a reader adds to its trust list."""
        return self.certificates[-1].public_bytes(serialization.Encoding.PEM)

    def fingerprint(self, index: int = -1) -> str:
        """SHA-256 of a certificate (default: the root), as hex pairs."""
        der = self.certificates[index].public_bytes(serialization.Encoding.DER)
        return ":".join(f"{b:02X}" for b in hashlib.sha256(der).digest())

    @property
    def subject(self) -> str:
        return self.certificates[0].subject.rfc4514_string()

    @property
    def not_after(self) -> str:
        return self.certificates[0].not_valid_after_utc.date().isoformat()


def algorithm_of(key: object) -> str:
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "Ed25519"
    if isinstance(key, ec.EllipticCurvePrivateKey):
        sizes = {"secp256r1": "ES256", "secp384r1": "ES384", "secp521r1": "ES512"}
        if key.curve.name in sizes:
            return sizes[key.curve.name]
    raise InvalidInput(
        "The C2PA key must be ECDSA P-256, P-384, P-521 or Ed25519 (RSA-PSS is not supported here)."
    )


def load(store: CentralStore) -> Credential | None:
    raw = store.info().get(INFO_KEY)
    if not raw:
        return None
    value = json.loads(raw)
    return Credential(
        value["chain_pem"].encode(), value["key_pem"].encode(), value["source"], value["created_at"]
    )


def require(store: CentralStore) -> Credential:
    found = load(store)
    if found is None:
        raise UsageError(
            "The organisation has no C2PA signing certificate yet: make one with "
            "'fieldreport-cli central c2pa-cert --new' (or import one a certificate authority "
            "issued with --import CHAIN.pem --key KEY.pem)."
        )
    return found


def save(store: CentralStore, credential: Credential, *, replace: bool = False) -> None:
    if load(store) is not None and not replace:
        raise UsageError(
            "The organisation already has a C2PA signing certificate; add --replace to "
            "make or import another (photos credentialed before stay signed by the old one)."
        )
    value = {
        "chain_pem": credential.chain_pem.decode(),
        "key_pem": credential.key_pem.decode(),
        "source": credential.source,
        "created_at": credential.created_at,
    }
    with store.transaction():
        store.put_info(INFO_KEY, json.dumps(value))


def make(org_name: str, days: int = 3 * 365) -> Credential:
    """An organisation root CA (20 years) and a signing certificate (``days``) it issues."""
    now = datetime.datetime.now(datetime.UTC)
    start = now - datetime.timedelta(minutes=5)
    root_key = ec.generate_private_key(ec.SECP384R1())
    root_name = _name(org_name, f"{org_name} C2PA root")
    root = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(now + datetime.timedelta(days=20 * 365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(sign=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), False)
        .sign(root_key, hashes.SHA384())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(org_name, f"{org_name} content credentials"))
        .issuer_name(root_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(sign=True), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION, _DOCUMENT_SIGNING]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), False
        )
        .sign(root_key, hashes.SHA384())
    )
    del root_key  # the root signs this certificate only; a new one comes with a new root
    chain = leaf.public_bytes(serialization.Encoding.PEM) + root.public_bytes(
        serialization.Encoding.PEM
    )
    return Credential(chain, _pkcs8(key), "organisation", utc_now())


def import_pem(chain_pem: bytes, key_pem: bytes) -> Credential:
    """A chain (signing certificate first) and its key, checked to belong together."""
    try:
        certificates = x509.load_pem_x509_certificates(chain_pem)
    except ValueError as exc:
        raise InvalidInput(
            f"The certificate file is not a PEM certificate chain ({exc})."
        ) from None
    try:
        key = serialization.load_pem_private_key(key_pem, None)
    except (ValueError, TypeError) as exc:
        raise InvalidInput(f"The key file is not an unencrypted PEM private key ({exc}).") from None
    algorithm_of(key)
    public = key.public_key()  # type: ignore[union-attr]
    raw = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    if certificates[0].public_key().public_bytes(*raw) != public.public_bytes(*raw):
        raise InvalidInput(
            "The key does not belong to the first certificate of the chain (the signing "
            "certificate must come first, then its issuers)."
        )
    constraints = _extension(certificates[0], x509.BasicConstraints)
    if isinstance(constraints, x509.BasicConstraints) and constraints.ca:
        raise InvalidInput("The first certificate is a CA certificate; C2PA signs with an end one.")
    if certificates[0].not_valid_after_utc < datetime.datetime.now(datetime.UTC):
        raise InvalidInput("The signing certificate has expired.")
    return Credential(
        b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certificates),
        _pkcs8(key),
        "imported",
        utc_now(),
    )


def _extension(certificate: x509.Certificate, kind: type) -> object | None:
    try:
        return certificate.extensions.get_extension_for_class(kind).value
    except x509.ExtensionNotFound:
        return None


def _name(org_name: str, common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org_name[:64] or "FieldReport"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64]),
        ]
    )


def _usage(*, sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=not sign,
        crl_sign=not sign,
        encipher_only=False,
        decipher_only=False,
    )


def _pkcs8(key: object) -> bytes:
    return key.private_bytes(  # type: ignore[attr-defined,no-any-return]
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
