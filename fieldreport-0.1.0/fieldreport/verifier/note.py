"""C2SP signed notes and tlog checkpoints (https://c2sp.org/signed-note, /tlog-checkpoint).

A checkpoint is the note text ``<origin>\\n<size>\\n<base64 root>\\n``, then an
empty line and one signature line per signer:
``— <key name> <base64(key hash (4 bytes) ‖ Ed25519 signature over the text)>``.
The key hash is the first 4 bytes of SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ public key).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from fieldreport.crypto import signing

DASH = "\u2014"


class NoteError(ValueError):
    """Not a checkpoint, or not signed by the key expected."""


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes

    def text(self) -> str:
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n"


def key_hash(name: str, public_raw: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n\x01" + public_raw).digest()[:4]


def sign(checkpoint: Checkpoint, private_raw: bytes) -> str:
    text = checkpoint.text()
    public = signing.public_key_of(private_raw)
    signature = signing.sign(private_raw, text.encode())
    blob = base64.b64encode(key_hash(checkpoint.origin, public) + signature).decode()
    return f"{text}\n{DASH} {checkpoint.origin} {blob}\n"


def verify(note: str, public_raw: bytes) -> Checkpoint:
    """The checkpoint of a note signed by ``public_raw`` under its origin's name."""
    text, sep, signatures = note.partition("\n\n")
    if not sep:
        raise NoteError("is not a signed note (no empty line before the signatures)")
    lines = text.split("\n")
    if len(lines) < 3:
        raise NoteError("is not a checkpoint (origin, size, root hash)")
    origin, size_text, root_text = lines[:3]
    try:
        root = base64.b64decode(root_text, validate=True)
    except (binascii.Error, ValueError) as e:
        raise NoteError("its root hash is not base64") from e
    if not size_text.isdigit() or len(root) != 32 or not origin:
        raise NoteError("is not a checkpoint (origin, size, root hash)")
    wanted = key_hash(origin, public_raw)
    message = (text + "\n").encode()
    for line in signatures.splitlines():
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != DASH or parts[1] != origin:
            continue
        try:
            blob = base64.b64decode(parts[2], validate=True)
        except (binascii.Error, ValueError):
            continue
        if blob[:4] == wanted and signing.verify(public_raw, blob[4:], message):
            return Checkpoint(origin, int(size_text), root)
    raise NoteError("is not signed by the organisation's key")
