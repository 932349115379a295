"""Who may talk to the sync server: approved devices, proven by a signed challenge.

A device asks for a challenge (random, single use, short-lived), signs it with
its enrolled Ed25519 key together with the organisation's id and a fixed
purpose, and receives a bearer token that lives in memory only. Nothing here
depends on the device's clock. See docs/sync-server.md.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
import time
from dataclasses import dataclass

from fieldreport.crypto import signing
from fieldreport.sync.net_auth import b64url, token_message

MAX_CHALLENGES = 10_000
MAX_TOKENS = 10_000


class AuthError(Exception):
    """Refused, with the HTTP status and a short error code for the device."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


@dataclass(frozen=True)
class DeviceEntry:
    public_key: bytes
    status: str  # approved | revoked


def unb64url(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise AuthError(400, "bad_request", "not base64url") from None


class Gatekeeper:
    """Challenges, tokens and the approved devices, all in memory."""

    def __init__(
        self,
        org_id: str,
        devices: dict[str, DeviceEntry],
        challenge_seconds: int = 120,
        token_seconds: int = 900,
    ) -> None:
        self.org_id = org_id
        self.challenge_seconds = challenge_seconds
        self.token_seconds = token_seconds
        self._devices = dict(devices)
        self._challenges: dict[str, tuple[str, float]] = {}
        self._tokens: dict[str, tuple[str, float]] = {}
        self._guard = threading.Lock()

    def replace_devices(self, devices: dict[str, DeviceEntry]) -> None:
        """The registry as it is now (approvals and revocations made while the server runs)."""
        self._devices = dict(devices)  # one assignment: readers see the old or the new table

    def device(self, device_id: str) -> DeviceEntry:
        entry = self._devices.get(device_id)
        if entry is None:
            raise AuthError(403, "not_approved", "this device is not approved by the organisation")
        if entry.status == "revoked":
            raise AuthError(403, "revoked", "this device was revoked by the organisation")
        if entry.status != "approved":
            raise AuthError(403, "not_approved", "this device is not approved by the organisation")
        return entry

    def challenge(self, device_id: str) -> str:
        self.device(device_id)
        now = time.monotonic()
        with self._guard:
            _prune(self._challenges, now)
            if len(self._challenges) >= MAX_CHALLENGES:
                raise AuthError(503, "busy", "too many sign-ins at once; try again shortly")
            value = b64url(secrets.token_bytes(32))
            self._challenges[value] = (device_id, now + self.challenge_seconds)
        return value

    def token(self, device_id: str, challenge: str, signature: str) -> str:
        now = time.monotonic()
        with self._guard:
            issued = self._challenges.pop(challenge, None)  # single use, even when it fails
        if issued is None or issued[0] != device_id or issued[1] < now:
            raise AuthError(401, "bad_challenge", "the challenge is unknown, used or expired")
        entry = self.device(device_id)
        message = token_message(self.org_id, device_id, challenge)
        if not signing.verify(entry.public_key, unb64url(signature), message):
            raise AuthError(403, "bad_signature", "the signature is not this device's")
        with self._guard:
            _prune(self._tokens, now)
            if len(self._tokens) >= MAX_TOKENS:
                raise AuthError(503, "busy", "too many devices at once; try again shortly")
            value = b64url(secrets.token_bytes(32))
            self._tokens[value] = (device_id, now + self.token_seconds)
        return value

    def device_for(self, authorization: str | None) -> str:
        """The device id behind an ``Authorization: Bearer`` header; raises AuthError."""
        scheme, _, value = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not value:
            raise AuthError(401, "no_token", "sign in first")
        with self._guard:
            held = self._tokens.get(value.strip())
        if held is None or held[1] < time.monotonic():
            raise AuthError(401, "bad_token", "the token is unknown or expired; sign in again")
        self.device(held[0])
        return held[0]


def _prune(table: dict[str, tuple[str, float]], now: float) -> None:
    if len(table) > 256:
        for key in [k for k, (_, expires) in table.items() if expires < now]:
            del table[key]
