"""Plain HTTP requests to the test server (certificate checks off: tests pin elsewhere)."""

from __future__ import annotations

import base64
import http.client
import json
import ssl
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from fieldreport.central.server_auth import b64url, token_message
from fieldreport.core import Session


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def _unverified() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # no CA store to load: checks are off
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


UNVERIFIED = _unverified()


def connect(url: str) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    if parts.scheme == "https":
        return http.client.HTTPSConnection(
            parts.hostname, parts.port, context=UNVERIFIED, timeout=30
        )
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)


def call(
    url: str,
    method: str,
    path: str,
    body: bytes | dict | None = None,
    headers: dict[str, str] | None = None,
    token: str | None = None,
) -> Reply:
    conn = connect(url)
    try:
        sent = dict(headers or {})
        if isinstance(body, dict):
            body = json.dumps(body).encode()
            sent.setdefault("Content-Type", "application/json")
        if token:
            sent["Authorization"] = f"Bearer {token}"
        conn.request(method, path, body=body, headers=sent)
        response = conn.getresponse()
        data = response.read()
        return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, data)
    finally:
        conn.close()


def sign_in(url: str, session: Session, org_id: str) -> str:
    device = session._vault.device
    reply = call(url, "POST", "/v1/auth/challenge", {"device_id": device.device_id})
    assert reply.status == 200, reply
    challenge = reply.json()["challenge"]
    signature = b64url(device.sign(token_message(org_id, device.device_id, challenge)))
    reply = call(
        url,
        "POST",
        "/v1/auth/token",
        {"device_id": device.device_id, "challenge": challenge, "signature": signature},
    )
    assert reply.status == 200, reply
    return reply.json()["token"]  # type: ignore[no-any-return]


TUS = {"Tus-Resumable": "1.0.0"}


def metadata(**values: str) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in values.items())
