"""The organisation's keys: an X25519 age identity and an Ed25519 signing key.

Bundles are age-encrypted to the X25519 recipient; certificates, receipts and
provisioning files are signed with the Ed25519 key. Each public key has a key
id: the first 16 hex digits of the SHA-256 of its 32 raw public bytes.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldreport.crypto import signing
from fieldreport.errors import FieldReportError, SyncFileRejected
from fieldreport.sync import bech32
from fieldreport.sync.fields import KEY_ID, Fields

IDENTITY_HRP = "age-secret-key-"
RECIPIENT_HRP = "age"
PUBLIC_FIELDS = {"age_recipient", "age_key_id", "signing_public_key", "signing_key_id"}


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def age_identity_from_secret(secret: bytes) -> str:
    """The ``AGE-SECRET-KEY-1…`` text of a 32-byte X25519 secret."""
    if len(secret) != 32:
        raise ValueError("an X25519 secret is 32 bytes")
    return bech32.encode(IDENTITY_HRP, secret).upper()


def age_secret_of(identity: str) -> bytes:
    hrp, secret = bech32.decode(identity.strip())
    if hrp != IDENTITY_HRP or len(secret) != 32 or identity.strip().upper() != identity.strip():
        raise bech32.Bech32Error("not an age X25519 identity")
    return secret


def age_recipient_of(identity: str) -> str:
    public = (
        X25519PrivateKey.from_private_bytes(age_secret_of(identity))
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    return bech32.encode(RECIPIENT_HRP, public)


def age_recipient_raw(recipient: str) -> bytes:
    """The 32 raw bytes of an ``age1…`` recipient; raises ``Bech32Error`` if malformed."""
    hrp, public = bech32.decode(recipient)
    if hrp != RECIPIENT_HRP or len(public) != 32 or recipient != recipient.lower():
        raise bech32.Bech32Error("not an age X25519 recipient")
    return public


@dataclass(frozen=True)
class OrgPublicKeys:
    """What a device pins: the public halves and their key ids."""

    age_recipient: str
    signing_public_key: bytes

    @property
    def age_key_id(self) -> str:
        return key_id(age_recipient_raw(self.age_recipient))

    @property
    def signing_key_id(self) -> str:
        return key_id(self.signing_public_key)

    @property
    def fingerprint(self) -> str:
        """The organisation's fingerprint, read aloud like a device's (8 groups of 4).

        Of the signing key, which signs the provisioning file and with it the
        bundle key it carries: a coordinator reads it out (``central init``,
        ``central provisioning``), a monitor compares it before joining.
        """
        return signing.fingerprint(self.signing_public_key)

    def to_json(self) -> dict[str, str]:
        return {
            "age_recipient": self.age_recipient,
            "age_key_id": self.age_key_id,
            "signing_public_key": self.signing_public_key.hex(),
            "signing_key_id": self.signing_key_id,
        }

    @classmethod
    def from_json(
        cls, value: Any, *, what: str = "keys", error: type[FieldReportError] = SyncFileRejected
    ) -> OrgPublicKeys:
        fields = Fields(value, PUBLIC_FIELDS, what=what, error=error)
        recipient = fields.text("age_recipient", max_len=100)
        try:
            age_raw = age_recipient_raw(recipient)
        except bech32.Bech32Error:
            return fields.fail(
                f"the field age_recipient in the {what} is not an age X25519 recipient"
            )
        signing_raw = fields.hex_bytes("signing_public_key", 32)
        if fields.text("age_key_id", KEY_ID, 16) != key_id(age_raw):
            fields.fail(f"the field age_key_id in the {what} does not match the recipient")
        if fields.text("signing_key_id", KEY_ID, 16) != key_id(signing_raw):
            fields.fail(f"the field signing_key_id in the {what} does not match the signing key")
        return cls(recipient, signing_raw)


@dataclass(frozen=True)
class OrgKeys:
    """The private halves (kept only at the centre)."""

    age_identity: str
    signing_private_key: bytes

    @classmethod
    def generate(cls) -> OrgKeys:
        return cls.from_secrets(os.urandom(32), signing.generate_private_key())

    @classmethod
    def from_secrets(cls, age_secret: bytes, signing_seed: bytes) -> OrgKeys:
        if len(signing_seed) != 32:
            raise ValueError("an Ed25519 seed is 32 bytes")
        return cls(age_identity_from_secret(age_secret), bytes(signing_seed))

    @property
    def signing_public_key(self) -> bytes:
        return signing.public_key_of(self.signing_private_key)

    def public(self) -> OrgPublicKeys:
        return OrgPublicKeys(age_recipient_of(self.age_identity), self.signing_public_key)

    def sign(self, message: bytes) -> bytes:
        return signing.sign(self.signing_private_key, message)

    def to_secret_json(self) -> dict[str, str]:
        return {
            "age_identity": self.age_identity,
            "signing_private_key": self.signing_private_key.hex(),
        }

    @classmethod
    def from_secret_json(cls, value: dict[str, str]) -> OrgKeys:
        return cls.from_secrets(
            age_secret_of(value["age_identity"]), bytes.fromhex(value["signing_private_key"])
        )
