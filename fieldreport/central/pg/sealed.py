"""Sealing one value for PostgreSQL: AES-256-GCM bound to its table, column and row.

PostgreSQL holds no identifying field and no statement text in clear
(docs/central-postgresql.md, "What is encrypted at rest"). Each such value is
sealed by the application with a key derived from the organisation's data
key, a random 96-bit nonce, and as associated data the place it belongs to,
so a sealed value copied to another row or column, or changed by one byte,
does not open. Layout: ``version (1) ‖ nonce (12) ‖ ciphertext ‖ tag (16)``.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldreport.crypto import keywrap
from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import VaultDamaged

VERSION = 1
NONCE_BYTES = 12
TAG_BYTES = 16
PURPOSE = "fieldreport central postgresql values v1"


def values_key(data_key: bytes) -> bytes:
    """The sealing key, derived from the organisation's data key (never stored)."""
    return keywrap.subkey(data_key, PURPOSE)


class Sealer:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("a sealing key is 32 bytes")
        self._aead = AESGCM(key)

    def seal(self, table: str, column: str, row_key: str, value: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, value, _place(table, column, row_key))
        return bytes([VERSION]) + nonce + sealed

    def open(self, table: str, column: str, row_key: str, sealed: bytes) -> bytes:
        """The value; VaultDamaged if it was altered, moved, or sealed with another key."""
        if len(sealed) < 1 + NONCE_BYTES + TAG_BYTES or sealed[0] != VERSION:
            raise VaultDamaged(_damaged(table, column, row_key))
        nonce, body = sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, body, _place(table, column, row_key))
        except InvalidTag:
            raise VaultDamaged(_damaged(table, column, row_key)) from None


def _place(table: str, column: str, row_key: str) -> bytes:
    return canonical_json({"column": column, "row": row_key, "table": table})


def _damaged(table: str, column: str, row_key: str) -> str:
    return (
        f"A sealed value in the central database ({table}.{column} of {row_key}) is damaged, "
        "was altered or moved; it was not read."
    )
