"""Every damaged, forged or hostile bundle is refused with its reason, and nothing is kept."""

from __future__ import annotations

import io
import tarfile
import uuid
from pathlib import Path

import pytest

from fieldreport.central.organisation import Organisation
from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import BundleRejected
from fieldreport.storage.device import DeviceIdentity
from fieldreport.sync import bundle_reader
from fieldreport.sync.age_layer import AgeError, Decrypting
from fieldreport.sync.bundle_reader import VerifiedBundle
from fieldreport.sync.sinks import MemorySink
from tests.sync.helpers import (
    encrypt,
    inner,
    manifest_for,
    member,
    new_device,
    raw_tar,
    sample_sources,
    signed_head,
    source,
)


@pytest.fixture
def device() -> DeviceIdentity:
    return new_device()


class Reader:
    def __init__(self, org: Organisation, device: DeviceIdentity, folder: Path) -> None:
        self.org, self.device, self.folder = org, device, folder
        self.recipient = org.keys.public().age_recipient

    def key(self, device_id: str) -> bytes:
        if device_id != self.device.device_id:
            raise BundleRejected(f"Device {device_id} is not enrolled.")
        return self.device.public_key

    def read(self, data: bytes, **kwargs) -> VerifiedBundle:
        path = self.folder / f"{uuid.uuid4().hex}.bundle"
        path.write_bytes(data)
        return bundle_reader.read_bundle(
            path,
            identity=self.org.keys.age_identity,
            org_id=self.org.org_id,
            device_key=self.key,
            sink=kwargs.pop("sink", MemorySink()),
            **kwargs,
        )

    def refuses(self, data: bytes, match: str, **kwargs) -> None:
        sink = MemorySink()
        with pytest.raises(BundleRejected, match=match):
            self.read(data, sink=sink, **kwargs)
        assert sink.items == {}  # whatever was received before the failure is discarded

    def good_inner(self, sources=None) -> bytes:
        sources = sources or sample_sources()
        manifest = manifest_for(sources, self.org.org_id, self.device.device_id)
        return inner(manifest, self.device, sources)

    def sealed(self, plain: bytes) -> bytes:
        return encrypt(plain, self.recipient)


@pytest.fixture
def reader(org: Organisation, device: DeviceIdentity, tmp_path: Path) -> Reader:
    return Reader(org, device, tmp_path)


def test_a_good_bundle_is_read(reader: Reader):
    sources = sample_sources()
    verified = reader.read(reader.sealed(reader.good_inner(sources)))
    assert verified.manifest.items == tuple(s.item for s in sources)


def test_a_flipped_bit_anywhere_is_refused(reader: Reader):
    bundle = reader.sealed(reader.good_inner(sample_sources(media_size=150_000)))  # 3 age chunks
    size = len(bundle)
    for offset in (0, 5, 30, 60, 120, 190, size // 3, size // 2, size - 40, size - 1):
        changed = bytearray(bundle)
        changed[offset] ^= 0x04
        reader.refuses(bytes(changed), "damaged|not addressed")


def test_a_truncated_bundle_is_refused(reader: Reader):
    bundle = reader.sealed(reader.good_inner(sample_sources(media_size=150_000)))
    for length in (0, 20, 200, len(bundle) // 2, len(bundle) - 17, len(bundle) - 1):
        reader.refuses(bundle[:length], "damaged|not addressed|cut short")


def test_age_detects_a_cut_at_a_chunk_boundary(reader: Reader):
    bundle = reader.sealed(b"\x00" * 200_000)
    payload = bundle.index(b"\n---") + bundle[bundle.index(b"\n---") + 1 :].index(b"\n") + 2
    cut = bundle[: payload + 16 + 2 * (64 * 1024 + 16)]  # nonce, then two whole chunks
    with pytest.raises(AgeError):
        Decrypting(io.BytesIO(cut), reader.org.keys.age_identity).read()
    reader.refuses(cut, "damaged")


def test_a_bundle_for_another_organisation_is_refused(reader: Reader):
    other = Organisation.create("Another network")
    plain = reader.good_inner()
    reader.refuses(encrypt(plain, other.keys.public().age_recipient), "not addressed")
    sources = sample_sources()
    manifest = manifest_for(sources, other.org_id, reader.device.device_id)
    reader.refuses(reader.sealed(inner(manifest, reader.device, sources)), "another organisation")


def test_a_forged_or_unknown_signer_is_refused(reader: Reader):
    sources = sample_sources()
    manifest = manifest_for(sources, reader.org.org_id, reader.device.device_id)
    impostor = new_device(device_id=reader.device.device_id)
    reader.refuses(reader.sealed(inner(manifest, impostor, sources)), "not signed by device")
    stranger = new_device()
    manifest = manifest_for(sources, reader.org.org_id, stranger.device_id)
    reader.refuses(reader.sealed(inner(manifest, stranger, sources)), "not enrolled")


def test_an_item_that_does_not_match_its_hash_is_refused(reader: Reader):
    sources = sample_sources()
    media = sources[-1]
    sources[-1] = source(media.item.id, b"x" * media.item.size, claimed=b"y" * media.item.size)
    reader.refuses(reader.sealed(reader.good_inner(sources)), "does not match its hash")


def _crafted(reader: Reader, members, sources=None, tail=()) -> bytes:
    """A signed manifest for ``sources``, followed by ``members`` and then ``tail``."""
    sources = sources or sample_sources()
    manifest = manifest_for(sources, reader.org.org_id, reader.device.device_id).encode()
    return reader.sealed(raw_tar([*signed_head(manifest, reader.device), *members, *tail]))


class _Buffer(bytearray):
    def write(self, data: bytes) -> int:
        self.extend(data)
        return len(data)


def _members(sources):
    out = []
    for s in sources:
        buffer = _Buffer()
        s.fill(buffer)
        out.append((member(s.item.name), bytes(buffer)))
    return out


def test_an_unlisted_item_is_refused(reader: Reader):
    sources = sample_sources()
    extra = (member(f"records/{uuid.uuid4()}/1.json"), b"{}")
    reader.refuses(_crafted(reader, _members(sources), sources, [extra]), "does not list")
    listed = _members(sources)
    reader.refuses(_crafted(reader, [extra, *listed], sources), "does not list")


def test_a_listed_item_that_is_missing_or_out_of_order_is_refused(reader: Reader):
    sources = sample_sources()
    listed = _members(sources)
    reader.refuses(_crafted(reader, listed[:-1], sources), "is missing")
    swapped = [listed[0], listed[2], listed[1], listed[3]]
    reader.refuses(_crafted(reader, swapped, sources), "out of order")


def test_a_size_that_differs_from_the_manifest_is_refused(reader: Reader):
    sources = sample_sources()
    listed = _members(sources)
    info, data = listed[1]
    listed[1] = (info, data + b" ")
    reader.refuses(_crafted(reader, listed, sources), "another size")


@pytest.mark.parametrize("name", ["../evil", "/etc/passwd", "records/../../x.json", "a\\b"])
def test_unsafe_names_are_refused(reader: Reader, name: str):
    sources = sample_sources()
    reader.refuses(_crafted(reader, [(member(name), b"x")], sources), "unsafe name")


def test_a_manifest_listing_names_outside_the_layout_is_refused(reader: Reader):
    sources = sample_sources()
    manifest = manifest_for(sources, reader.org.org_id, reader.device.device_id).to_json()
    manifest["items"][1]["name"] = "records/../../etc/passwd"
    body = _canonical(manifest)
    reader.refuses(reader.sealed(raw_tar(signed_head(body, reader.device))), "outside the layout")
    manifest["items"][1]["name"] = sources[1].item.name
    manifest["items"][1]["id"] = "record:../../x#1"
    body = _canonical(manifest)
    reader.refuses(reader.sealed(raw_tar(signed_head(body, reader.device))), "invalid id")


def test_links_devices_and_folders_are_refused(reader: Reader):
    sources = sample_sources()
    listed = _members(sources)
    link = member(sources[-1].item.name, tarfile.SYMTYPE, "/etc/passwd")
    reader.refuses(_crafted(reader, [*listed[:-1], (link, None)], sources), "a link")
    hard = member(sources[-1].item.name, tarfile.LNKTYPE, sources[1].item.name)
    reader.refuses(_crafted(reader, [*listed[:-1], (hard, None)], sources), "a link")
    device = member(sources[-1].item.name, tarfile.CHRTYPE)
    reader.refuses(_crafted(reader, [*listed[:-1], (device, None)], sources), "other than a plain")
    folder = member("records", tarfile.DIRTYPE)
    reader.refuses(_crafted(reader, [(folder, None), *listed], sources), "other than a plain")


def test_extended_headers_are_refused(reader: Reader):
    sources = sample_sources()
    manifest = manifest_for(sources, reader.org.org_id, reader.device.device_id).encode()
    listed = _members(sources)
    listed[1][0].pax_headers = {"comment": "hello"}
    plain = raw_tar([*signed_head(manifest, reader.device), *listed], fmt=tarfile.PAX_FORMAT)
    reader.refuses(reader.sealed(plain), "extended")


def test_oversized_or_deeply_nested_manifests_are_refused(reader: Reader, monkeypatch):
    for body, reason in (
        (b"[" * 50 + b"]" * 50, "nested too deeply"),
        (b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
        (b'{"a":' * 20 + b"1" + b"}" * 20, "nested too deeply"),
    ):
        reader.refuses(reader.sealed(raw_tar(signed_head(body, reader.device))), reason)
    monkeypatch.setattr(bundle_reader, "MAX_MANIFEST_BYTES", 200)
    reader.refuses(reader.sealed(reader.good_inner()), "manifest.json is too large")


def test_a_bundle_larger_than_allowed_is_refused_before_reading(reader: Reader):
    bundle = reader.sealed(reader.good_inner())
    reader.refuses(bundle, "too large", max_bytes=len(bundle) - 1)


def test_data_after_the_archive_is_refused(reader: Reader):
    plain = reader.good_inner()
    reader.refuses(reader.sealed(plain + b"\x00" * 10240 + b"junk"), "after the end")


def test_a_manifest_claiming_more_than_the_file_holds_is_refused(reader: Reader):
    sources = sample_sources()
    media = sources[-1]
    sources[-1] = source(media.item.id, b"", claimed=b"z" * 10_000_000)
    manifest = manifest_for(sources, reader.org.org_id, reader.device.device_id).encode()
    plain = raw_tar(signed_head(manifest, reader.device))
    reader.refuses(reader.sealed(plain), "cut short, or its manifest lists more data")


def test_something_that_is_not_a_tar_is_refused(reader: Reader):
    reader.refuses(reader.sealed(b"hello, I am not a tar file" * 100), "inner archive|start with")
    reader.refuses(reader.sealed(b""), "inner archive|start with")
    reader.refuses(b"not even age", "damaged|not addressed")


def _canonical(value) -> bytes:
    return canonical_json(value)
