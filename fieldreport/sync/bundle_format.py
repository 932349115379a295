"""The bundle's inner layer: names, ids, limits and the manifest.

A bundle is age v1 (to the organisation's recipient) around a POSIX (ustar)
tar stream whose members are, in this order: ``manifest.json`` (RFC 8785
canonical JSON), ``manifest.sig`` (64 raw bytes: Ed25519 by the device over
the manifest's bytes), then every item the manifest lists, in its order.

Each item's name follows from its kind and id; nothing else is accepted:

=================  ============================  ============================
kind               id                            name
=================  ============================  ============================
``log``            ``log:<from_seq>-<to_seq>``   ``log/entries.json``
``record_revision`` ``record:<uuid>#<revision>`` ``records/<uuid>/<revision>.json``
``media_info``     ``media-info:<uuid>``         ``media/<uuid>.json``
``media``          ``media:<uuid>``              ``media/<uuid>`` (format 1),
                                                 ``media/<uuid>.age`` (format 2)
=================  ============================  ============================

Format 2 (written since envelope encryption) carries each media original as
the vault stores it, an age file under the item's own key; its manifest entry
adds that key wrapped to the organisation and the plaintext's SHA-256 and
size (:mod:`fieldreport.sync.sealed_media`). Format 1 (media decrypted inside
the bundle) is still read: bundles of earlier versions may be in flight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import BundleRejected
from fieldreport.sync import strict_json
from fieldreport.sync.fields import HEX64, Fields
from fieldreport.sync.sealed_media import MAX_HEADER, MAX_WRAPPED, payload_size

FORMAT_1 = "fieldreport-bundle/1"
FORMAT_2 = "fieldreport-bundle/2"
FORMATS = {FORMAT_1: 1, FORMAT_2: 2}
WRITTEN = 2  # the version this code writes
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
SIGNATURE_SIZE = 64

MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_DEPTH = 4
MAX_ITEMS = 200_000
#: Custody-log entries per bundle: the centre holds each one while it checks the
#: bundle (about 1.5 KB each, so at most about 150 MB). Every entry brings at most
#: two items (a media original and its description), so a stretch this long
#: always fits MAX_ITEMS; a device sends a longer one in several bundles.
MAX_LOG_ENTRIES = MAX_ITEMS // 2
MAX_SEQUENCE = 2**53 - 1
MAX_SIZE = {
    "log": 1024 * 1024 * 1024,
    "record_revision": 16 * 1024 * 1024,
    "media_info": 1024 * 1024,
    "media": 64 * 1024 * 1024 * 1024,
}
KINDS = tuple(MAX_SIZE)

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_NUM = r"[1-9][0-9]{0,15}"
_IDS: dict[str, tuple[re.Pattern[str], str]] = {
    "log": (re.compile(rf"log:({_NUM})-({_NUM})"), "log/entries.json"),
    "record_revision": (re.compile(rf"record:({_UUID})#({_NUM})"), "records/{0}/{1}.json"),
    "media_info": (re.compile(rf"media-info:({_UUID})"), "media/{0}.json"),
    "media": (re.compile(rf"media:({_UUID})"), "media/{0}"),
}
MANIFEST_KEYS = {
    "format",
    "org_id",
    "device_id",
    "sequence",
    "previous_bundle_hash",
    "log",
    "created_at",
    "items",
}
ITEM_KEYS = {"name", "id", "kind", "sha256", "size"}
SEALED_KEYS = {"plain_sha256", "plain_size", "wrapped_key"}  # format 2, media only
_WRAPPED = re.compile(r"[A-Za-z0-9+/]{4,1024}={0,2}")


def parse_item_id(item_id: str, version: int = 1) -> tuple[str, str] | None:
    """``(kind, name)`` for a well-formed item id, else None."""
    for kind, (pattern, name) in _IDS.items():
        match = pattern.fullmatch(item_id)
        if match:
            suffix = ".age" if kind == "media" and version >= 2 else ""
            return kind, name.format(*match.groups()) + suffix
    return None


def record_item_id(record_id: str, revision: int) -> str:
    return f"record:{record_id}#{revision}"


def log_item_id(from_seq: int, to_seq: int) -> str:
    return f"log:{from_seq}-{to_seq}"


@dataclass(frozen=True, slots=True)
class ManifestItem:
    name: str
    id: str
    kind: str
    sha256: str  # of the bytes in the bundle (for a sealed original: the ciphertext)
    size: int
    # A sealed media original (format 2): its plaintext's hash and size at capture,
    # and its age identity wrapped to the organisation (Base64 of an age file).
    plain_sha256: str | None = None
    plain_size: int | None = None
    wrapped_key: str | None = field(default=None, repr=False)

    @classmethod
    def of(cls, item_id: str, sha256: str, size: int, version: int = 1) -> ManifestItem:
        parsed = parse_item_id(item_id, version)
        if parsed is None:
            raise ValueError(f"not an item id: {item_id!r}")
        return cls(name=parsed[1], id=item_id, kind=parsed[0], sha256=sha256, size=size)

    @classmethod
    def sealed(
        cls, media_id: str, sha256: str, size: int, plain_sha256: str, plain_size: int, key: str
    ) -> ManifestItem:
        """A media original as the vault stores it (format 2)."""
        item = cls.of(f"media:{media_id}", sha256, size, version=2)
        return replace(item, plain_sha256=plain_sha256, plain_size=plain_size, wrapped_key=key)

    @property
    def is_sealed(self) -> bool:
        return self.wrapped_key is not None

    @property
    def content_sha256(self) -> str:
        """The SHA-256 of what the item holds (a sealed original's plaintext)."""
        return self.plain_sha256 if self.plain_sha256 is not None else self.sha256

    @property
    def content_size(self) -> int:
        return self.plain_size if self.plain_size is not None else self.size

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "id": self.id,
            "kind": self.kind,
            "sha256": self.sha256,
            "size": self.size,
        }
        if self.wrapped_key is not None:
            out.update(
                plain_sha256=self.plain_sha256,
                plain_size=self.plain_size,
                wrapped_key=self.wrapped_key,
            )
        return out


@dataclass(frozen=True)
class LogRange:
    from_seq: int
    to_seq: int
    head_hash: str  # entry_hash of entry to_seq


@dataclass(frozen=True)
class Manifest:
    org_id: str
    device_id: str
    sequence: int
    previous_bundle_hash: str | None
    log: LogRange
    created_at: str
    items: tuple[ManifestItem, ...]
    version: int = 1  # 2: media originals sealed (what export writes); 1: read, and tests

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_2 if self.version == 2 else FORMAT_1,
            "org_id": self.org_id,
            "device_id": self.device_id,
            "sequence": self.sequence,
            "previous_bundle_hash": self.previous_bundle_hash,
            "log": {
                "from_seq": self.log.from_seq,
                "to_seq": self.log.to_seq,
                "head_hash": self.log.head_hash,
            },
            "created_at": self.created_at,
            "items": [item.to_json() for item in self.items],
        }

    def encode(self) -> bytes:
        data = canonical_json(self.to_json())
        parse_manifest(data)  # never write a manifest a reader would refuse
        return data

    @property
    def total_size(self) -> int:
        return sum(item.size for item in self.items)


def device_id_of(data: bytes) -> str:
    """The signer's device id, read (bounded, strictly) before the signature is checked."""
    fields, _ = _fields(
        strict_json.parse(
            data,
            what="bundle manifest",
            error=BundleRejected,
            max_bytes=MAX_MANIFEST_BYTES,
            max_depth=MAX_MANIFEST_DEPTH,
        )
    )
    return fields.uuid("device_id")


def _fields(value: Any) -> tuple[Fields, int]:
    fields = Fields(value, MANIFEST_KEYS, what="bundle manifest", error=BundleRejected)
    named = fields.raw("format")
    version = FORMATS.get(named) if isinstance(named, str) else None
    if version is None:
        fields.fail(f"this is not a bundle manifest of format {FORMAT_2!r} or {FORMAT_1!r}")
    return fields, version or 0


def parse_manifest(data: bytes) -> Manifest:
    """Parse and check a manifest's every field (its signature is checked elsewhere)."""
    fields, version = _fields(
        strict_json.parse(
            data,
            what="bundle manifest",
            error=BundleRejected,
            max_bytes=MAX_MANIFEST_BYTES,
            max_depth=MAX_MANIFEST_DEPTH,
        )
    )
    sequence = fields.integer("sequence", 1, MAX_SEQUENCE)
    previous = (
        None
        if fields.raw("previous_bundle_hash") is None
        else fields.sha256("previous_bundle_hash")
    )
    if (previous is None) != (sequence == 1):
        fields.fail(
            "the field previous_bundle_hash in the bundle manifest must be null for bundle 1 only"
        )
    log = fields.obj("log", {"from_seq", "to_seq", "head_hash"})
    log_range = LogRange(
        log.integer("from_seq", 1, MAX_SEQUENCE),
        log.integer("to_seq", 1, MAX_SEQUENCE),
        log.sha256("head_hash"),
    )
    if log_range.to_seq < log_range.from_seq:
        log.fail("the custody-log range in the bundle manifest is empty or reversed")
    if log_range.to_seq - log_range.from_seq >= MAX_LOG_ENTRIES:
        log.fail(
            f"the custody-log range in the bundle manifest is longer than {MAX_LOG_ENTRIES} "
            "entries (a device sends a longer one in several bundles)"
        )
    if sequence == 1 and log_range.from_seq != 1:  # nothing came before it to hold it for
        log.fail("bundle 1 must carry the custody log from its first entry")
    items = tuple(
        _item(value, index, version) for index, value in enumerate(fields.array("items", MAX_ITEMS))
    )
    _check_items(fields, items, log_range)
    return Manifest(
        org_id=fields.uuid("org_id"),
        device_id=fields.uuid("device_id"),
        sequence=sequence,
        previous_bundle_hash=previous,
        log=log_range,
        created_at=fields.timestamp("created_at"),
        items=items,
        version=version,
    )


def _item(value: Any, index: int, version: int) -> ManifestItem:
    plain = _record_item(value)
    if plain is not None:
        return plain
    sealed = version >= 2 and isinstance(value, dict) and str(value.get("id")).startswith("media:")
    fields = Fields(
        value,
        ITEM_KEYS | SEALED_KEYS if sealed else ITEM_KEYS,
        what=f"item {index + 1} of the bundle manifest",
        error=BundleRejected,
    )
    item_id = fields.text("id", max_len=120)
    parsed = parse_item_id(item_id, version)
    if parsed is None:
        return fields.fail(f"item {index + 1} of the bundle manifest has an invalid id")
    kind, name = parsed
    if fields.text("kind", max_len=20) != kind:
        fields.fail(f"item {index + 1} of the bundle manifest has the wrong kind for its id")
    if fields.text("name", max_len=120) != name:
        fields.fail(f"item {index + 1} of the bundle manifest has a name outside the layout")
    item = ManifestItem(
        name, item_id, kind, fields.sha256("sha256"), fields.integer("size", 0, MAX_SIZE[kind])
    )
    if not sealed:
        return item
    plain_size = fields.integer("plain_size", 0, MAX_SIZE[kind])
    header = item.size - payload_size(plain_size)
    if not 0 < header <= MAX_HEADER:
        fields.fail(
            f"item {index + 1} of the bundle manifest: its size does not fit the plaintext "
            "size age encrypted"
        )
    wrapped = fields.text("wrapped_key", _WRAPPED, max_len=MAX_WRAPPED)
    return replace(
        item, plain_sha256=fields.sha256("plain_sha256"), plain_size=plain_size, wrapped_key=wrapped
    )


_RECORD_ID, _RECORD_NAME = _IDS["record_revision"]


def _record_item(value: Any) -> ManifestItem | None:
    """A record revision's item, read without :class:`Fields` (most of a bundle's items).

    The same checks as :func:`_item`'s on the same fields, in a few
    comparisons: an item this accepts, :func:`_item` accepts alike; None for
    anything else, which :func:`_item` reads and names what is wrong.
    """
    if type(value) is not dict or value.keys() != ITEM_KEYS:
        return None
    item_id, sha256, size = value["id"], value["sha256"], value["size"]
    found = _RECORD_ID.fullmatch(item_id) if type(item_id) is str else None
    if found is None or value["kind"] != "record_revision":
        return None
    name = _RECORD_NAME.format(*found.groups())
    if value["name"] != name or type(sha256) is not str or not HEX64.fullmatch(sha256):
        return None
    if type(size) is not int or not 0 <= size <= MAX_SIZE["record_revision"]:
        return None
    return ManifestItem(name, item_id, "record_revision", sha256, size)


def _check_items(fields: Fields, items: tuple[ManifestItem, ...], log: LogRange) -> None:
    if len({item.id for item in items}) != len(items):
        fields.fail("the bundle manifest lists an item twice")
    if len({item.name for item in items}) != len(items):
        fields.fail("the bundle manifest lists a name twice")
    logs = [item for item in items if item.kind == "log"]
    if len(logs) != 1 or logs[0].id != log_item_id(log.from_seq, log.to_seq):
        fields.fail("the bundle manifest must list exactly one custody-log item for its range")
