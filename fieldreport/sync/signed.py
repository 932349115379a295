"""Signed documents: ``{"body": {...}, "key_id": "…", "signature": "…"}``.

The whole file is RFC 8785 canonical JSON (no trailing newline). The
signature is Ed25519 over the canonical JSON of ``body`` alone; ``body.format``
names the document type, so a signature made for one type never verifies as
another. ``key_id`` is the signer's key id (see :mod:`org_keys`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldreport.crypto import signing
from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import FieldReportError
from fieldreport.sync import strict_json
from fieldreport.sync.fields import KEY_ID, Fields
from fieldreport.sync.org_keys import key_id

ENVELOPE = {"body", "key_id", "signature"}


def sign_document(body: dict[str, Any], private_key: bytes) -> bytes:
    message = canonical_json(body)
    return canonical_json(
        {
            "body": body,
            "key_id": key_id(signing.public_key_of(private_key)),
            "signature": signing.sign(private_key, message).hex(),
        }
    )


@dataclass(frozen=True)
class SignedDocument:
    body: dict[str, Any]
    key_id: str
    signature: bytes
    message: bytes  # the canonical JSON of body: what was signed
    what: str
    error: type[FieldReportError]

    def fields(self, keys: set[str]) -> Fields:
        return Fields(self.body, keys, what=self.what, error=self.error)

    def verify(self, public_key: bytes, signer: str) -> None:
        """Raise unless ``public_key`` (described as ``signer``) made the signature."""
        if self.key_id != key_id(public_key):
            raise self.error(
                f"The {self.what} was signed by another key ({self.key_id}), "
                f"not by {signer} ({key_id(public_key)})."
            )
        if not signing.verify(public_key, self.signature, self.message):
            raise self.error(
                f"The {self.what}'s signature is not valid: it was changed after {signer} "
                "signed it, or it is forged."
            )


def open_document(
    data: bytes,
    *,
    format: str | tuple[str, ...],
    what: str,
    error: type[FieldReportError],
    max_bytes: int,
    max_depth: int = strict_json.DEFAULT_MAX_DEPTH,
) -> SignedDocument:
    """Parse a signed document of type ``format`` (the signature is not checked yet).

    ``format`` may name several types (a newer one first): the body's must be one of them.
    """
    formats = (format,) if isinstance(format, str) else format
    value = strict_json.parse(
        data, what=what, error=error, max_bytes=max_bytes, max_depth=max_depth
    )
    envelope = Fields(value, ENVELOPE, what=what, error=error)
    body = envelope.raw("body")
    if not isinstance(body, dict) or body.get("format") not in formats:
        found = body.get("format") if isinstance(body, dict) else None
        shown = repr(found[:60]) if isinstance(found, str) else "none"
        raise error(
            f"This is not {strict_json.a_or_an(what)} (expected format {formats[0]!r}, "
            f"found {shown})."
        )
    return SignedDocument(
        body=body,
        key_id=envelope.text("key_id", KEY_ID, 16),
        signature=envelope.hex_bytes("signature", 64),
        message=canonical_json(body),
        what=what,
        error=error,
    )
