"""What a device signs to sign in to the sync server, for both sides (docs/sync-server.md).

The device signs the RFC 8785 canonical JSON of ``{purpose, org_id,
device_id, challenge}`` with its enrolled Ed25519 key and sends the signature
in base64url; the server checks exactly this message.
"""

from __future__ import annotations

import base64

from fieldreport.crypto.canonical import canonical_json

TOKEN_PURPOSE = "fieldreport-sync-token/1"


def token_message(org_id: str, device_id: str, challenge: str) -> bytes:
    """What a device signs to be given a token."""
    return canonical_json(
        {
            "purpose": TOKEN_PURPOSE,
            "org_id": org_id,
            "device_id": device_id,
            "challenge": challenge,
        }
    )


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")
