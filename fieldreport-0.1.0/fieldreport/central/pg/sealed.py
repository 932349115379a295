"""Sealing one value for PostgreSQL: AES-256-GCM bound to its table, column and row.

PostgreSQL holds no identifying field and no statement text in clear
(docs/central-postgresql.md, "What is encrypted at rest"). Each such value is
sealed by the application with a key derived from the organisation's data
key, a random 96-bit nonce, and as associated data the place it belongs to,
so a sealed value copied to another row or column, or changed by one byte,
does not open. Layout: ``version (1) ‖ nonce (12) ‖ ciphertext ‖ tag (16)``.

The store's values (:meth:`Sealer.seal_value`) carry their place with them:
``MAGIC ‖ len ‖ "table.column" ‖ type ‖ nonce ‖ ciphertext ‖ tag``, the header
authenticated as associated data, so the database adapter
(:mod:`fieldreport.central.pg.database`) opens any sealed value a query returns
without knowing which column it came from, and a changed byte anywhere fails.
They are bound to their table and column, not to their row: a value moved to
another row of the same column by someone who can write to the database opens
(the custody logs and receipts, hash-chained and signed, are what show tampering).
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldreport.crypto import keywrap
from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import VaultDamaged

VERSION = 1
#: How every value sealed by :meth:`Sealer.seal_value` begins.
MAGIC = b"\x00FRsealed1"
_TEXT, _BYTES = b"s", b"b"
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

    def seal_value(self, table: str, column: str, value: str | bytes) -> bytes:
        """``value`` (text or bytes) sealed with its place in the header."""
        raw, kind = (value.encode("utf-8"), _TEXT) if isinstance(value, str) else (value, _BYTES)
        place = f"{table}.{column}".encode()
        header = MAGIC + bytes([len(place)]) + place + kind
        nonce = os.urandom(NONCE_BYTES)
        return header + nonce + self._aead.encrypt(nonce, raw, header)

    def open_value(self, sealed: bytes) -> str | bytes:
        """What :meth:`seal_value` sealed; VaultDamaged if it was altered."""
        at = len(MAGIC)
        if not sealed.startswith(MAGIC) or len(sealed) < at + 1:
            raise VaultDamaged(_damaged("?", "?", "?"))
        end = at + 1 + sealed[at]
        header, kind = sealed[: end + 1], sealed[end : end + 1]
        place = sealed[at + 1 : end].decode("ascii", "replace")
        nonce, body = sealed[end + 1 : end + 1 + NONCE_BYTES], sealed[end + 1 + NONCE_BYTES :]
        try:
            raw = self._aead.decrypt(nonce, body, header)
        except (InvalidTag, ValueError):
            raise VaultDamaged(_damaged(place, "", "a row")) from None
        return raw.decode("utf-8") if kind == _TEXT else raw


def is_sealed(value: object) -> bool:
    return isinstance(value, bytes) and value.startswith(MAGIC)


def _place(table: str, column: str, row_key: str) -> bytes:
    return canonical_json({"column": column, "row": row_key, "table": table})


def _damaged(table: str, column: str, row_key: str) -> str:
    return (
        f"A sealed value in the central database ({table}.{column} of {row_key}) is damaged, "
        "was altered or moved; it was not read."
    )
