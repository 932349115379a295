"""Streaming age v1 encryption (through pyrage, the Rust implementation).

Each media item gets its own X25519 identity; its file is age-encrypted to
that identity's recipient, in age's 64 KiB chunks, so memory stays flat
whatever the file size. Destroying the identity destroys the file's contents
(crypto-shredding). The stock ``age -d -i`` tool can open a file given its
identity.
"""

from __future__ import annotations

from typing import Any

import pyrage

DecryptError = pyrage.DecryptError


def new_identity() -> str:
    """A fresh X25519 identity, as ``AGE-SECRET-KEY-1…`` text."""
    return str(pyrage.x25519.Identity.generate())


def recipient_of(identity: str) -> str:
    return str(pyrage.x25519.Identity.from_str(identity).to_public())


def encrypt_stream(source: Any, target: Any, identity: str) -> None:
    """Encrypt everything ``source`` yields into ``target`` for ``identity``'s recipient."""
    recipient = pyrage.x25519.Identity.from_str(identity).to_public()
    pyrage.encrypt_io(source, target, [recipient])


def decrypt_stream(source: Any, target: Any, identity: str) -> None:
    """Decrypt ``source`` into ``target``.

    Tampering raises :class:`DecryptError` when the header is bad, but a bare
    ``OSError("decryption error")`` when a payload chunk fails its check.
    """
    pyrage.decrypt_io(source, target, [pyrage.x25519.Identity.from_str(identity)])
