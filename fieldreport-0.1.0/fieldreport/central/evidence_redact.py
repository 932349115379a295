"""Anonymising what an evidence package shows, keeping what stays provable.

A device logged the SHA-256 of each whole revision; a revision with a name
taken out no longer has that hash, and no hash of the shown part can be
checked against the device's log. So an anonymised revision is shown as:

* every envelope field (id, kind, revision, status, deleted, saved_at) and
  ``logged_hash``, the content hash the device signed into its custody log:
  the log proves that this revision existed, on that device, at that time;
* its data with each identifying field (names, contacts, owners, a
  residence's address and coordinates, a statement's text without consent to
  publish) left out, and every known name in free text replaced by ``•••``
  (:class:`~fieldreport.central.anonymise.NameMask`);
* ``withheld``: for each value left out or masked, ``SHA-256(salt ‖
  canonical JSON of the original value)``. The salt is derived from the
  organisation's key (HMAC of the revision and path), so it is not in the
  package, and the organisation can later disclose one value with its salt
  (to a court, say) and prove it was this one; with all of them disclosed
  the whole revision is rebuilt and checked against the device's hash.

What the anonymised fields *say* is therefore attested by the organisation's
signature on the package, not by the device; the verifier says so.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from typing import Any

from fieldreport.central.export_columns import (
    PRIVATE_PLACE_KEYS,
    RESIDENCE_PATHS,
    statement_text_allowed,
)
from fieldreport.crypto import keywrap
from fieldreport.crypto.canonical import canonical_json
from fieldreport.domain.schema import IDENTIFYING_PATHS

SALT_PURPOSE = "fieldreport evidence salts v1"
#: Media description fields an anonymised package leaves out (the file's name, caption, EXIF).
MEDIA_WITHHELD = ("original_name", "caption", "metadata")
_RESIDENCE_LEAVES = frozenset(f"{r}.{k}" for r in RESIDENCE_PATHS for k in PRIVATE_PLACE_KEYS)


class Redactor:
    def __init__(self, org_private_key: bytes, mask: Callable[[str], str]) -> None:
        self._salt_key = keywrap.subkey(org_private_key, SALT_PURPOSE)
        self._mask = mask

    def salt(self, obj: str, path: str) -> bytes:
        """The salt of one value: ``obj`` is ``record:<id>#<revision>`` or ``media:<id>``."""
        return hmac.new(self._salt_key, f"{obj}/{path}".encode(), hashlib.sha256).digest()

    def commitment(self, obj: str, path: str, value: Any) -> str:
        return hashlib.sha256(self.salt(obj, path) + canonical_json(value)).hexdigest()

    def revision(self, body: dict[str, Any], logged_hash: str) -> dict[str, Any]:
        """The anonymised form of a revision body ``{id, kind, revision, …, data}``."""
        obj = f"record:{body['id']}#{body['revision']}"
        kind, data = body["kind"], body["data"]
        withheld: dict[str, str] = {}
        no_text = kind == "statement" and not statement_text_allowed(data)

        def leave_out(path: str) -> bool:
            plain = ".".join(p for p in path.split(".") if not p.isdigit())
            return (
                any(plain == p or plain.startswith(p + ".") for p in IDENTIFYING_PATHS[kind])
                or plain in _RESIDENCE_LEAVES
                or (no_text and plain == "text")
            )

        def walk(value: Any, path: str) -> Any:
            if isinstance(value, dict):
                kept = {}
                for key, item in value.items():
                    sub = f"{path}.{key}" if path else key
                    shown = walk(item, sub)
                    if shown is not _GONE:
                        kept[key] = shown
                return kept
            if isinstance(value, list):
                return [
                    shown
                    for i, item in enumerate(value)
                    if (shown := walk(item, f"{path}.{i}")) is not _GONE
                ]
            if leave_out(path):
                withheld[path] = self.commitment(obj, path, value)
                return _GONE
            if isinstance(value, str):
                masked = self._mask(value)
                if masked != value:
                    withheld[path] = self.commitment(obj, path, value)
                return masked
            return value

        shown = walk(data, "") if isinstance(data, dict) else {}
        return {
            "format": "fieldreport-anonymised-revision/1",
            **{k: body[k] for k in ("id", "kind", "revision", "status", "deleted", "saved_at")},
            "logged_hash": logged_hash,
            "data": shown,
            "withheld": withheld,
        }

    def media_description(self, media_id: str, info: dict[str, Any]) -> dict[str, Any]:
        obj = f"media:{media_id}"
        withheld = {k: self.commitment(obj, k, info[k]) for k in MEDIA_WITHHELD if k in info}
        return {
            "format": "fieldreport-anonymised-media-description/1",
            **{k: v for k, v in info.items() if k not in MEDIA_WITHHELD},
            "withheld": withheld,
        }


_GONE = object()
