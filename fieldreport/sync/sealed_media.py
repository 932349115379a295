"""Media that travel sealed: the vault's age file as it is, its key wrapped to the organisation.

Each media original is stored as an age v1 file encrypted to an X25519
identity of its own (docs/media-format.md). A bundle of format 2 carries that
file byte for byte; the manifest carries the item's identity *wrapped* to the
organisation (the identity's text, age-encrypted to the organisation's
recipient, in Base64), the plaintext's SHA-256 and size taken at capture, and
the ciphertext's SHA-256 and size.

The centre unwraps the key and checks, while the ciphertext streams past:
its SHA-256 (the manifest's, signed by the device), that the key opens the
file's header (the X25519 stanza gives the file key and the header's MAC
verifies with it), and that the payload's length is exactly what age makes of
the signed plaintext size. Decrypting the payload and comparing the
plaintext's SHA-256 is the centre's background verification
(:mod:`fieldreport.central.media_check`).

Nothing here decrypts a payload; the header check follows
<https://age-encryption.org/v1> (X25519 recipient stanza, HKDF-SHA-256,
ChaCha20-Poly1305, HMAC-SHA-256) and is tested against pyrage and the stock
``age`` tool.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldreport.sync import bech32

CHUNK = 64 * 1024  # age's payload chunk
TAG = 16
NONCE = 16  # the payload's nonce, after the header
MAX_HEADER = 4096  # a one-recipient header is about 200 bytes
MAX_WRAPPED = 1024  # Base64 of an age file holding one identity: about 330 characters
_INTRO = b"age-encryption.org/v1\n"
_B64 = re.compile(rb"[A-Za-z0-9+/]*")
_IDENTITY = re.compile(r"AGE-SECRET-KEY-1[0-9A-Z]{58}")


class SealError(ValueError):
    """The sealed item or its key is not what the manifest says (the words say why)."""


class NoMatchingKey(SealError):
    """The age header holds no stanza the identity opens (another recipient's file)."""


def wrap_key(identity: str, recipient: str) -> str:
    """The item's identity, age-encrypted to the organisation's ``recipient``, in Base64."""
    sealed = pyrage.encrypt(identity.encode("ascii"), [pyrage.x25519.Recipient.from_str(recipient)])
    return base64.b64encode(sealed).decode("ascii")


def unwrap_key(wrapped: str, org_identity: str) -> str:
    """The item's identity from its wrapped key; :class:`SealError` if it is not one."""
    if len(wrapped) > MAX_WRAPPED:
        raise SealError("its wrapped key is too long")
    try:
        sealed = base64.b64decode(wrapped.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise SealError("its wrapped key is not Base64") from None
    try:
        plain = pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(org_identity)])
    except (pyrage.DecryptError, OSError, ValueError):
        raise SealError("its wrapped key is not addressed to this organisation") from None
    text = plain.decode("ascii", errors="replace")
    if not _IDENTITY.fullmatch(text):
        raise SealError("its wrapped key does not hold an age identity")
    return text


def payload_size(plain_size: int) -> int:
    """The bytes after an age header for ``plain_size`` bytes of plaintext."""
    chunks = max(1, -(-plain_size // CHUNK))
    return NONCE + plain_size + chunks * TAG


def header_end(head: bytes) -> int:
    """The length of the age header that starts ``head``, from its structure alone (no key).

    Raises :class:`SealError` if ``head`` does not start with an age header.
    """
    if not head.startswith(_INTRO):
        raise SealError("it is not an age file")
    end = head.find(b"\n--- ", len(_INTRO) - 1)
    line_end = head.find(b"\n", end + 1) if end >= 0 else -1
    if line_end < 0:
        raise SealError("its age header is cut short or too long")
    return line_end + 1


def header_length(head: bytes, identity: str) -> int:
    """Check that ``identity`` opens the age file that starts with ``head``; its header's length.

    ``head`` holds at least the whole header (its first :data:`MAX_HEADER`
    bytes, or the whole file if shorter). Raises :class:`SealError` if the
    header is malformed, holds no stanza this identity opens, or its MAC does
    not verify with the file key that stanza gives.
    """
    return open_header(head, identity)[1]


def open_header(head: bytes, identity: str) -> tuple[bytes, int]:
    """The file key and the header's length of the age file that starts with ``head``.

    As :func:`header_length` (the same checks, the same errors); a header that
    holds no stanza this identity opens raises :class:`NoMatchingKey`.
    """
    if not head.startswith(_INTRO):
        raise SealError("it is not an age file")
    end = head.find(b"\n--- ", len(_INTRO) - 1)
    if end < 0:
        raise SealError("its age header is cut short or too long")
    line_end = head.find(b"\n", end + 1)
    if line_end < 0:
        raise SealError("its age header is cut short or too long")
    mac_text = head[end + 5 : line_end]
    stanzas = _stanzas(head[len(_INTRO) : end + 1])
    secret = _secret(identity)
    for file_key in (_file_key(args, body, secret) for args, body in stanzas):
        if file_key is None:
            continue
        mac_key = _hkdf(file_key, b"", b"header")
        expected = hmac.new(mac_key, head[: end + 4], hashlib.sha256).digest()
        if hmac.compare_digest(_unpadded(mac_text), expected):
            return file_key, line_end + 1
        raise SealError("its age header was altered (the MAC does not verify)")
    raise NoMatchingKey("its key does not open it")


def _stanzas(block: bytes) -> list[tuple[list[bytes], bytes]]:
    out: list[tuple[list[bytes], bytes]] = []
    lines = block.split(b"\n")[:-1]
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.startswith(b"-> "):
            raise SealError("its age header is malformed")
        args = line[3:].split(b" ")
        body = b""
        while True:
            index += 1
            if index >= len(lines):
                raise SealError("its age header is malformed")
            part = lines[index]
            if len(part) > 64 or not _B64.fullmatch(part):
                raise SealError("its age header is malformed")
            body += part
            if len(part) < 64:
                break
        index += 1
        out.append((args, _unpadded(body)))
    return out


def _file_key(args: list[bytes], body: bytes, secret: X25519PrivateKey) -> bytes | None:
    if len(args) != 2 or args[0] != b"X25519":
        return None
    share = _unpadded(args[1])
    if len(share) != 32 or len(body) != 32:
        return None
    shared = secret.exchange(X25519PublicKey.from_public_bytes(share))
    if shared == bytes(32):
        return None
    ours = secret.public_key().public_bytes_raw()
    wrap = _hkdf(shared, share + ours, b"age-encryption.org/v1/X25519")
    try:
        return ChaCha20Poly1305(wrap).decrypt(bytes(12), body, None)
    except InvalidTag:
        return None


def _secret(identity: str) -> X25519PrivateKey:
    try:
        hrp, raw = bech32.decode(identity)
    except bech32.Bech32Error:
        raise SealError("its key is not an age identity") from None
    if hrp != "age-secret-key-" or len(raw) != 32:
        raise SealError("its key is not an age identity")
    return X25519PrivateKey.from_private_bytes(raw)


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, info).derive(ikm)


def _unpadded(text: bytes) -> bytes:
    """Base64 without padding, canonical (as age writes it); b'' if it is not."""
    if not _B64.fullmatch(text) or len(text) % 4 == 1:
        return b"\x00invalid"
    try:
        raw = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        return b"\x00invalid"
    if base64.b64encode(raw).rstrip(b"=") != text:
        return b"\x00invalid"
    return raw
