"""Ed25519 identities: signing, verifying and human-comparable fingerprints."""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

_RAW = serialization.Encoding.Raw


def generate_private_key() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def public_key_of(private_raw: bytes) -> bytes:
    return (
        Ed25519PrivateKey.from_private_bytes(private_raw)
        .public_key()
        .public_bytes(_RAW, serialization.PublicFormat.Raw)
    )


def sign(private_raw: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_raw).sign(message)


def verify(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_raw: bytes) -> str:
    """A fingerprint people can read aloud: 8 groups of 4 base32 characters."""
    digest = hashlib.sha256(b"fieldreport-ed25519:" + public_raw).digest()
    text = base64.b32encode(digest).decode("ascii")[:32]
    return " ".join(text[i : i + 4] for i in range(0, 32, 4))
