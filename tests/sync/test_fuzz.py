"""Property-based tests: hostile input only ever raises our own, explained errors."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldreport.crypto import age_stream
from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import BundleRejected, FieldReportError, SyncFileRejected
from fieldreport.sync import bundle_format, enrollment, provisioning, receipt
from fieldreport.sync.bundle_format import ManifestItem, parse_manifest
from fieldreport.sync.bundle_reader import read_inner
from fieldreport.sync.export_plan import ItemSource
from fieldreport.sync.org_keys import OrgKeys
from fieldreport.sync.sealed_media import wrap_key
from fieldreport.sync.signed import sign_document
from fieldreport.sync.sinks import MemorySink
from tests.sync.helpers import inner, manifest_for, new_device, sample_sources

ORG = OrgKeys.generate()
ORG_ID = "0b9d3c52-0000-4000-8000-00000000000a"
DEVICE = new_device()
SOURCES = sample_sources(media_size=300)
MANIFEST = manifest_for(SOURCES, ORG_ID, DEVICE.device_id)
INNER = inner(MANIFEST, DEVICE, SOURCES)


def _sealed_sources() -> list[ItemSource]:
    """Format 2: the media item sealed (an age file under its own key, the key wrapped)."""
    plain = os.urandom(300)
    identity = age_stream.new_identity()
    out = io.BytesIO()
    age_stream.encrypt_stream(io.BytesIO(plain), out, identity)
    data = out.getvalue()
    media_id = SOURCES[-1].item.id.removeprefix("media:")
    item = ManifestItem.sealed(
        media_id,
        hashlib.sha256(data).hexdigest(),
        len(data),
        hashlib.sha256(plain).hexdigest(),
        len(plain),
        wrap_key(identity, ORG.public().age_recipient),
    )
    return [*SOURCES[:-1], ItemSource(item, lambda target: target.write(data))]


SEALED_SOURCES = _sealed_sources()
MANIFEST_2 = dataclasses.replace(manifest_for(SEALED_SOURCES, ORG_ID, DEVICE.device_id), version=2)
INNER_2 = inner(MANIFEST_2, DEVICE, SEALED_SOURCES)
EXAMPLES = int(os.environ.get("FIELDREPORT_FUZZ_EXAMPLES", "300"))  # raise it for a long run
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)
FORMATS = [
    (provisioning.FORMAT, lambda data: provisioning.read_provisioning(data)),
    (enrollment.REQUEST_FORMAT, lambda data: enrollment.read_request(data)),
    (
        enrollment.CERTIFICATE_FORMAT,
        lambda data: enrollment.read_certificate(data, ORG.public(), ORG_ID),
    ),
    (receipt.FORMAT, lambda data: receipt.read_receipt(data, ORG.public(), ORG_ID)),
]


def _only_ours(parse, data: bytes, expected: type[FieldReportError]) -> None:
    with contextlib.suppress(expected):
        parse(data)


def _encode(value) -> bytes:
    try:
        return canonical_json(value)
    except (ValueError, TypeError):  # NaN, huge integers, lone surrogates
        return repr(value).encode("utf-8", "surrogatepass")


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes):
    _only_ours(parse_manifest, data, BundleRejected)
    for _, parse in FORMATS:
        _only_ours(parse, data, SyncFileRejected)


@FUZZ
@given(json_values)
def test_random_json(value):
    data = _encode(value)
    _only_ours(parse_manifest, data, BundleRejected)
    for _, parse in FORMATS:
        _only_ours(parse, data, SyncFileRejected)


@FUZZ
@given(st.sampled_from(range(len(FORMATS))), st.dictionaries(st.text(max_size=20), json_values))
def test_correctly_signed_documents_with_random_bodies(index: int, body: dict):
    """Past the signature, every field is still checked: only our errors come out."""
    fmt, parse = FORMATS[index]
    try:
        data = sign_document({**body, "format": fmt}, ORG.signing_private_key)
    except (ValueError, TypeError):
        return  # the body cannot be canonicalised
    _only_ours(parse, data, SyncFileRejected)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _paths(child, (*prefix, i))


MANIFEST_PATHS = [(1, p) for p in list(_paths(MANIFEST.to_json()))[1:]] + [
    (2, p) for p in list(_paths(MANIFEST_2.to_json()))[1:]
]


@FUZZ
@given(st.sampled_from(MANIFEST_PATHS), json_values)
def test_manifests_with_one_field_replaced(where, replacement):
    version, path = where
    value = (MANIFEST if version == 1 else MANIFEST_2).to_json()
    target = value
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = replacement
    _only_ours(parse_manifest, _encode(value), BundleRejected)


def _key(device_id: str) -> bytes:
    if device_id != DEVICE.device_id:
        raise BundleRejected("unknown device")
    return DEVICE.public_key


@FUZZ
@given(
    st.sampled_from([INNER, INNER_2]),
    st.lists(st.tuples(st.integers(0, len(INNER) - 1), st.integers(1, 255)), max_size=4),
)
def test_inner_archives_with_changed_bytes(original, changes):
    data = bytearray(original)
    for offset, mask in changes:
        data[offset] ^= mask
    _only_ours(
        lambda d: read_inner(io.BytesIO(d), ORG_ID, _key, MemorySink(), 10**9),
        bytes(data),
        BundleRejected,
    )


@FUZZ
@given(st.integers(0, len(INNER) - 1))
def test_inner_archives_cut_short(length: int):
    _only_ours(
        lambda d: read_inner(io.BytesIO(d), ORG_ID, _key, MemorySink(), 10**9),
        INNER[:length],
        BundleRejected,
    )


def test_the_unchanged_inner_archive_is_accepted():
    manifest, _, _ = read_inner(io.BytesIO(INNER), ORG_ID, _key, MemorySink(), 10**9)
    assert manifest == MANIFEST and bundle_format.FORMAT_1 == "fieldreport-bundle/1"
    manifest, _, _ = read_inner(io.BytesIO(INNER_2), ORG_ID, _key, MemorySink(), 10**9)
    assert manifest == MANIFEST_2 and manifest.version == 2
    assert b'"format":"fieldreport-bundle/2"' in INNER_2
