"""The provisioning file: what a device needs to join an organisation.

Body (format ``fieldreport-provisioning/1``)::

    {"format", "org": {"name", "id"}, "keys": {age_recipient, age_key_id,
     signing_public_key, signing_key_id}, "server": {"url", "tls_pin" | null} | null,
     "gazetteer": {…} | null, "vocabularies": {…} | null, "issued_at",
     "offer_escrow": true}   # optional: absent in files that do not ask for escrow

signed (see :mod:`signed`) by the organisation's signing key, the same key
the file carries. A device refuses a file that key did not sign, a file
changed in any byte, and (once it has joined) a file carrying other keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from fieldreport.errors import SyncFileRejected
from fieldreport.storage.clock import utc_now
from fieldreport.sync.fields import HEX64, Fields
from fieldreport.sync.org_keys import OrgKeys, OrgPublicKeys
from fieldreport.sync.signed import open_document, sign_document

FORMAT = "fieldreport-provisioning/1"
WHAT = "provisioning file"
MAX_BYTES = 16 * 1024 * 1024
MAX_DEPTH = 32
BODY = {"format", "org", "keys", "server", "gazetteer", "vocabularies", "issued_at"}
# Optional fields: written only when they say something, so a file without them is the
# same, byte for byte, as one made before they existed (and older devices still read it).
OFFER_ESCROW = "offer_escrow"
# https:// to any host; http:// only to this computer (a server behind a local proxy, tests)
URL = re.compile(
    r"(https://[A-Za-z0-9.-]+|http://(localhost|127(\.[0-9]{1,3}){3}|\[::1\]))"
    r"(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?"
)


@dataclass(frozen=True)
class Server:
    url: str  # https, or http to this computer
    # SHA-256 (hex) of the server certificate's SubjectPublicKeyInfo (DER); None: the
    # system's certificate authorities decide (a server with a public certificate).
    tls_pin: str | None = None


@dataclass(frozen=True)
class Provisioning:
    org_name: str
    org_id: str
    keys: OrgPublicKeys
    server: Server | None
    gazetteer: dict[str, Any] | None
    vocabularies: dict[str, Any] | None
    issued_at: str
    raw: bytes  # the file, byte for byte, for the device to keep
    # The organisation asks monitors to escrow the vault's data key to it at join (they
    # still choose: see fieldreport/backup.py); False for files that do not ask.
    offers_escrow: bool = False


def make_provisioning(
    org: OrgKeys,
    *,
    org_name: str,
    org_id: str,
    server: Server | None = None,
    gazetteer: dict[str, Any] | None = None,
    vocabularies: dict[str, Any] | None = None,
    issued_at: str | None = None,
    offer_escrow: bool = False,
) -> bytes:
    body: dict[str, Any] = {
        "format": FORMAT,
        "org": {"name": org_name, "id": org_id},
        "keys": org.public().to_json(),
        "server": None if server is None else {"url": server.url, "tls_pin": server.tls_pin},
        "gazetteer": gazetteer,
        "vocabularies": vocabularies,
        "issued_at": issued_at or utc_now(),
    }
    if offer_escrow:
        body[OFFER_ESCROW] = True
    data = sign_document(body, org.signing_private_key)
    read_provisioning(data)  # never hand out a file a device would refuse
    return data


def read_provisioning(data: bytes, pinned: OrgPublicKeys | None = None) -> Provisioning:
    """Parse and verify; with ``pinned``, also require the keys the device already holds."""
    doc = open_document(
        data,
        format=FORMAT,
        what=WHAT,
        error=SyncFileRejected,
        max_bytes=MAX_BYTES,
        max_depth=MAX_DEPTH,
    )
    fields = doc.fields(BODY | ({OFFER_ESCROW} & doc.body.keys()))
    org = fields.obj("org", {"name", "id"}, "organisation in the provisioning file")
    keys = OrgPublicKeys.from_json(fields.raw("keys"), what="keys in the provisioning file")
    doc.verify(keys.signing_public_key, "the key the file carries")
    if pinned is not None and pinned != keys:
        raise SyncFileRejected(
            "This provisioning file carries other organisation keys "
            f"({keys.signing_key_id}) than the ones this device trusts "
            f"({pinned.signing_key_id}); it was refused."
        )
    return Provisioning(
        org_name=org.text("name", max_len=200),
        org_id=org.uuid("id"),
        keys=keys,
        server=_server(fields),
        gazetteer=_optional_object(fields, "gazetteer"),
        vocabularies=_optional_object(fields, "vocabularies"),
        issued_at=fields.timestamp("issued_at"),
        raw=bytes(data),
        offers_escrow=OFFER_ESCROW in doc.body and _offer_escrow(fields),
    )


def _offer_escrow(fields: Fields) -> bool:
    """The field, when present, is ``true`` (a file that does not ask leaves it out)."""
    if fields.raw(OFFER_ESCROW) is not True:
        fields.fail(f"the field {OFFER_ESCROW} in the provisioning file is not true")
    return True


def _server(fields: Fields) -> Server | None:
    if fields.raw("server") is None:
        return None
    server = fields.obj("server", {"url", "tls_pin"}, "server in the provisioning file")
    pin = None if server.raw("tls_pin") is None else server.text("tls_pin", HEX64, 64)
    return Server(url=server.text("url", URL, 2000), tls_pin=pin)


def _optional_object(fields: Fields, key: str) -> dict[str, Any] | None:
    value = fields.raw(key)
    if value is not None and not isinstance(value, dict):
        fields.fail(f"the field {key} in the provisioning file is neither an object nor null")
    return value
