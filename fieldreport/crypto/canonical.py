"""RFC 8785 canonical JSON and content hashes."""

from __future__ import annotations

import hashlib
from typing import Any

import rfc8785


def canonical_json(value: Any) -> bytes:
    return rfc8785.dumps(value)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_hash(value: Any) -> str:
    """SHA-256 (hex) of the canonical JSON form of ``value``."""
    return sha256_hex(canonical_json(value))
