"""The device's Ed25519 identity, kept inside the encrypted vault."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlite_utils

from fieldreport.crypto import signing
from fieldreport.storage.clock import utc_now


@dataclass(frozen=True)
class DeviceIdentity:
    device_id: str
    private_key: bytes
    public_key: bytes
    created_at: str

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(self.public_key)

    def sign(self, message: bytes) -> bytes:
        return signing.sign(self.private_key, message)


def create(db: sqlite_utils.Database) -> DeviceIdentity:
    private = signing.generate_private_key()
    identity = DeviceIdentity(
        device_id=str(uuid.uuid4()),
        private_key=private,
        public_key=signing.public_key_of(private),
        created_at=utc_now(),
    )
    db.table("device").insert(
        {
            "id": identity.device_id,
            "private_key": identity.private_key,
            "public_key": identity.public_key,
            "created_at": identity.created_at,
        }
    )
    return identity


def load(db: sqlite_utils.Database) -> DeviceIdentity:
    row = next(iter(db.table("device").rows), None)
    if row is None:
        raise LookupError("the vault has no device identity")
    return DeviceIdentity(
        device_id=row["id"],
        private_key=row["private_key"],
        public_key=row["public_key"],
        created_at=row["created_at"],
    )
