"""minisign's file formats (https://jedisct1.github.io/minisign/), written and read.

A public key file::

    untrusted comment: minisign public key <KEY ID>
    base64("Ed" || key id (8 bytes) || Ed25519 public key (32 bytes))

A signature file (the pre-hashed form minisign writes since 0.10)::

    untrusted comment: <text>
    base64("ED" || key id || Ed25519(BLAKE2b-512(file)))
    trusted comment: <text>
    base64(Ed25519(signature || trusted comment))

The legacy form ("Ed": the file itself signed) is read too. The key id is the
first 8 bytes of SHA-256 over the public key (the bytes of FieldReport's key
id); minisign prints it as a little-endian 64-bit number in hex.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from fieldreport.crypto import signing

PUBLIC_ALG = b"Ed"
PREHASHED_ALG = b"ED"
LEGACY_ALG = b"Ed"


class MinisignError(ValueError):
    """A key or signature file that is not minisign's format, or a signature that fails."""


def key_number(public_raw: bytes) -> bytes:
    return hashlib.sha256(public_raw).digest()[:8]


def key_id_text(number: bytes) -> str:
    """The key id as minisign prints it."""
    return number[::-1].hex().upper()


def public_key_file(public_raw: bytes) -> str:
    number = key_number(public_raw)
    blob = base64.b64encode(PUBLIC_ALG + number + public_raw).decode("ascii")
    return f"untrusted comment: minisign public key {key_id_text(number)}\n{blob}\n"


def _prehash(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=64).digest()


def signature_file(private_raw: bytes, data: bytes, trusted_comment: str) -> str:
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise ValueError("a trusted comment is one line")
    number = key_number(signing.public_key_of(private_raw))
    signature = signing.sign(private_raw, _prehash(data))
    comment = trusted_comment.encode("utf-8")
    global_signature = signing.sign(private_raw, signature + comment)
    return (
        "untrusted comment: signature from the organisation's FieldReport key\n"
        f"{base64.b64encode(PREHASHED_ALG + number + signature).decode('ascii')}\n"
        f"trusted comment: {trusted_comment}\n"
        f"{base64.b64encode(global_signature).decode('ascii')}\n"
    )


def _b64(line: str, size: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError) as e:
        raise MinisignError(f"{what} is not base64") from e
    if len(raw) != size:
        raise MinisignError(f"{what} has {len(raw)} bytes, not {size}")
    return raw


def read_public_key(text: str) -> bytes:
    """The raw Ed25519 key of a minisign public key file."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) != 2 or not lines[0].startswith("untrusted comment:"):
        raise MinisignError("not a minisign public key (a comment line and a key line)")
    raw = _b64(lines[1], 42, "the key line")
    if raw[:2] != PUBLIC_ALG:
        raise MinisignError("not an Ed25519 minisign key")
    if raw[2:10] != key_number(raw[10:]):
        raise MinisignError("the key id is not the one FieldReport derives from the key")
    return raw[10:]


@dataclass(frozen=True)
class Verified:
    trusted_comment: str


def verify(public_raw: bytes, data: bytes, signature_text: str) -> Verified:
    """Check a minisign signature file over ``data``; MinisignError says what fails."""
    lines = signature_text.splitlines()
    if len(lines) < 4 or not lines[0].startswith("untrusted comment:"):
        raise MinisignError("not a minisign signature file (four lines)")
    if not lines[2].startswith("trusted comment: "):
        raise MinisignError("the third line is not the trusted comment")
    raw = _b64(lines[1], 74, "the signature line")
    algorithm, number, signature = raw[:2], raw[2:10], raw[10:]
    if number != key_number(public_raw):
        raise MinisignError("the signature was made with another key")
    if algorithm == PREHASHED_ALG:
        message = _prehash(data)
    elif algorithm == LEGACY_ALG:
        message = data
    else:
        raise MinisignError("unknown signature algorithm")
    if not signing.verify(public_raw, signature, message):
        raise MinisignError("the signature does not match the file")
    comment = lines[2].removeprefix("trusted comment: ")
    global_signature = _b64(lines[3], 64, "the trusted comment's signature")
    if not signing.verify(public_raw, global_signature, signature + comment.encode("utf-8")):
        raise MinisignError("the trusted comment was altered")
    return Verified(comment)
