"""Wrapping a data key under a key-encryption key (AES-256-GCM)."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


class UnwrapFailed(Exception):
    """The wrapping key is wrong or the wrapped key was altered."""


def wrap(key: bytes, kek: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, AESGCM(kek).encrypt(nonce, key, aad)


def unwrap(nonce: bytes, wrapped: bytes, kek: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, aad)
    except InvalidTag as exc:
        raise UnwrapFailed() from exc


def subkey(master: bytes, purpose: str, length: int = 32) -> bytes:
    """Derive an independent key for one purpose from the vault's data key."""
    return HKDF(algorithm=SHA256(), length=length, salt=None, info=purpose.encode("utf-8")).derive(
        master
    )
