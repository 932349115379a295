"""The inner tar stream is read strictly: every header field that a bundle writer never
writes is refused with a reason, before any signature check costs anything.

Each crafted file here can be made by anyone holding the organisation's public
recipient (every provisioning file carries it): the headers are written byte by
byte, and the result is sealed with a real age recipient generated for the test.
"""

from __future__ import annotations

import contextlib
import io
import re
import uuid
from pathlib import Path

import pytest

from fieldreport.central.importer import Importer
from fieldreport.central.store import CentralStore
from fieldreport.errors import BundleRejected
from fieldreport.storage.device import DeviceIdentity
from fieldreport.sync import bundle_reader
from fieldreport.sync.bundle_format import Manifest
from fieldreport.sync.sinks import MemorySink
from fieldreport.sync.tar_reader import BLOCK, RECORD, TarFormatError, TarStream, parse_header
from fieldreport.sync.tar_stream import header as writer_header
from tests.central.conftest import snapshot
from tests.sync.helpers import (
    CREATED_MTIME,
    encrypt,
    inner,
    manifest_for,
    new_device,
    sample_sources,
)

FIELDS = {  # name: (offset, length) of a ustar header
    "name": (0, 100),
    "mode": (100, 8),
    "uid": (108, 8),
    "gid": (116, 8),
    "size": (124, 12),
    "mtime": (136, 12),
    "chksum": (148, 8),
    "type": (156, 1),
    "linkname": (157, 100),
    "magic": (257, 6),
    "version": (263, 2),
    "uname": (265, 32),
    "gname": (297, 32),
    "devmajor": (329, 8),
    "devminor": (337, 8),
    "prefix": (345, 155),
    "pad": (500, 12),
}


def crafted_header(name: str, length: int, fields: dict[str, bytes]) -> bytes:
    """A header as a bundle writer makes it, with ``fields`` replaced, checksum recomputed."""
    block = bytearray(writer_header(name, length, CREATED_MTIME))
    for field, value in fields.items():
        start, length = FIELDS[field]
        block[start : start + length] = value.ljust(length, b"\0")[:length]
    if "chksum" not in fields:
        block[148:156] = b" " * 8
        block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)


def member(name: str, data: bytes, fields: dict[str, bytes] | None = None) -> bytes:
    return crafted_header(name, len(data), fields or {}) + data + bytes(-len(data) % BLOCK)


def end(body: bytes) -> bytes:
    body += bytes(2 * BLOCK)
    return body + bytes(-len(body) % RECORD)


@pytest.fixture
def device() -> DeviceIdentity:
    return new_device()


class Sealed:
    """Builds bundles from a good inner stream, one header field changed at a time."""

    def __init__(self, org_id: str, recipient: str, device: DeviceIdentity) -> None:
        self.recipient = recipient
        self.device = device
        self.sources = sample_sources(media_size=700)
        self.manifest: Manifest = manifest_for(self.sources, org_id, device.device_id)
        self.good = inner(self.manifest, device, self.sources)

    def members(self) -> list[tuple[str, bytes]]:
        """(name, data) of every member of the good stream, in order."""
        out, tar = [], TarStream(io.BytesIO(self.good))
        while (head := tar.next()) is not None:
            out.append((head.name, tar.extractfile(head).read()))
        return out

    def changed(self, index: int, **fields: bytes) -> bytes:
        """The bundle with member ``index``'s header fields replaced."""
        body = b"".join(
            member(name, data, fields if i == index else None)
            for i, (name, data) in enumerate(self.members())
        )
        return encrypt(end(body), self.recipient)


@pytest.fixture
def sealed(org, device) -> Sealed:
    return Sealed(org.org_id, org.keys.public().age_recipient, device)


def read(org, device: DeviceIdentity, data: bytes, folder: Path) -> None:
    path = folder / f"{uuid.uuid4().hex}.bundle"
    path.write_bytes(data)

    def key(device_id: str) -> bytes:
        assert device_id == device.device_id
        return device.public_key

    bundle_reader.read_bundle(
        path, identity=org.keys.age_identity, org_id=org.org_id, device_key=key, sink=MemorySink()
    )


def test_the_crafting_reproduces_a_good_bundle(org, device, sealed, tmp_path):
    assert end(b"".join(member(n, d) for n, d in sealed.members())) == sealed.good
    read(org, device, sealed.changed(0), tmp_path)  # no change: accepted


CASES = [
    # (member, fields, words the reason must contain)
    (0, {"size": b"-0000000001\0"}, "size is not a plain octal number"),
    (0, {"size": b"\xff" * 12}, "size is not a plain octal number"),
    (0, {"size": b"\x80" + b"\0" * 10 + b"\x10"}, "size is not a plain octal number"),
    (2, {"size": b"-0000000001\0"}, "size is not a plain octal number"),
    (0, {"size": b"  000001750 "}, "size is not a plain octal number"),
    (0, {"size": b"00000009750\0"}, "size is not a plain octal number"),
    (0, {"mode": b"0000777\0"}, "mode is 777"),
    (1, {"mode": b"0000644\0"}, "mode is 644"),
    (0, {"mode": b"\xff" * 8}, "mode is not a plain octal number"),
    (0, {"uid": b"0001750\0"}, "not owned by user and group 0"),
    (2, {"gid": b"0000001\0"}, "not owned by user and group 0"),
    (0, {"uname": b"monitor"}, "owner name"),
    (0, {"gname": b"staff"}, "group name"),
    (0, {"mtime": b"00000000000\0"}, "member times other than its manifest"),
    (3, {"mtime": b"00000000001\0"}, "member times other than its manifest"),
    (0, {"mtime": b"\xff" * 12}, "time is not a plain octal number"),
    (0, {"magic": b"\0" * 6, "version": b"\0\0"}, "not POSIX ustar"),
    (0, {"magic": b"ustar ", "version": b" \0"}, "not POSIX ustar"),  # old GNU
    (0, {"type": b"\0"}, "old-style"),
    (2, {"type": b"7"}, "contiguous file"),
    (2, {"type": b"5"}, "folder"),
    (2, {"type": b"1", "linkname": b"manifest.json"}, "a link"),
    (2, {"type": b"x"}, "extended header"),
    (2, {"type": b"L"}, "extended header"),
    (2, {"type": b"Z"}, "unknown type"),
    (2, {"linkname": b"elsewhere"}, "link name"),
    (2, {"prefix": b"records"}, "name prefix"),
    (2, {"devmajor": b"0000001\0"}, "device number"),
    (2, {"pad": b"hidden"}, "unused bytes"),
    (0, {"name": b"manifest.json\0junk"}, "malformed name"),
    (0, {"name": b"\xff\xfe.json"}, "not UTF-8"),
    (0, {"chksum": b"000000\0 "}, "checksum does not match"),
    (0, {"chksum": b"-000001\0"}, "checksum is not a plain octal number"),
]


@pytest.mark.parametrize(("index", "fields", "words"), CASES)
def test_a_crafted_header_is_refused_with_its_reason(
    org, device, sealed, tmp_path, index, fields, words
):
    with pytest.raises(BundleRejected, match=words) as refused:
        read(org, device, sealed.changed(index, **fields), tmp_path)
    assert refused.value.code == "damaged"
    assert "inner archive" in str(refused.value)


def test_non_zero_padding_after_a_member_is_refused(org, device, sealed, tmp_path):
    members = sealed.members()
    body = b""
    for i, (name, data) in enumerate(members):
        block = member(name, data)
        if i == 1:  # manifest.sig: 64 bytes, then 448 bytes of padding
            block = block[:-1] + b"\x01"
        body += block
    with pytest.raises(BundleRejected, match="non-zero padding"):
        read(org, device, encrypt(end(body), sealed.recipient), tmp_path)


def test_a_single_end_block_is_refused(org, device, sealed, tmp_path):
    body = b"".join(member(n, d) for n, d in sealed.members())
    single = body + bytes(BLOCK) + b"\x01" + bytes(BLOCK - 1)
    single += bytes(-len(single) % RECORD)
    with pytest.raises(BundleRejected, match="single zero block"):
        read(org, device, encrypt(single, sealed.recipient), tmp_path)
    cut = body + bytes(BLOCK)  # one zero block and then nothing
    with pytest.raises(BundleRejected, match="cut short"):
        read(org, device, encrypt(cut, sealed.recipient), tmp_path)


def test_missing_or_extra_record_padding_is_refused(org, device, sealed, tmp_path):
    body = b"".join(member(n, d) for n, d in sealed.members()) + bytes(2 * BLOCK)
    with pytest.raises(BundleRejected, match="cut short"):
        read(org, device, encrypt(body, sealed.recipient), tmp_path)  # no padding to the record
    padded = end(body[: -2 * BLOCK]) + bytes(RECORD)
    with pytest.raises(BundleRejected, match="after the end"):
        read(org, device, encrypt(padded, sealed.recipient), tmp_path)


def test_a_header_is_parsed_without_python_errors_for_any_single_byte():
    good = writer_header("manifest.json", 1000, CREATED_MTIME)
    for offset in range(BLOCK):
        for value in (0x00, 0x20, 0x2D, 0x38, 0x80, 0xFF):
            block = bytearray(good)
            block[offset] = value
            with contextlib.suppress(TarFormatError):
                parse_header(bytes(block), 0)


def test_the_negative_size_that_crashed_the_importer_is_a_clean_rejection(
    tmp_path: Path,
):
    """The reported case: central import of a file made with the public recipient only."""
    from tests.conftest import TEST_PASSPHRASE

    store = CentralStore.create(tmp_path / "central", TEST_PASSPHRASE, "Test Network")
    try:
        device = new_device()
        crafted = Sealed(store.org.org_id, store.org.keys.public().age_recipient, device)
        before = snapshot(store)
        for fields in ({"size": b"-0000000001\0"}, {"size": b"\xff" * 12}):
            path = tmp_path / "crafted.bundle"
            path.write_bytes(crafted.changed(0, **fields))
            [outcome] = Importer(store).import_files([path])
            assert outcome.status == "rejected"
            assert outcome.code == "damaged"
            assert "size is not a plain octal number" in outcome.reason
            assert snapshot(store) == before
            kept = store.db.execute("SELECT count(*) FROM bundles").fetchone()[0]
            assert kept == 0  # nothing kept, nothing quarantined
    finally:
        store.close()


def test_every_crafted_header_leaves_the_store_unchanged(tmp_path: Path):
    """Through the importer: each class is rejected with its reason; nothing is kept."""
    from tests.conftest import TEST_PASSPHRASE

    store = CentralStore.create(tmp_path / "central", TEST_PASSPHRASE, "Test Network")
    try:
        crafted = Sealed(store.org.org_id, store.org.keys.public().age_recipient, new_device())
        before = snapshot(store)
        for number, (index, fields, words) in enumerate(CASES):
            path = tmp_path / f"case-{number}.bundle"
            path.write_bytes(crafted.changed(index, **fields))
            [outcome] = Importer(store).import_files([path])
            assert (outcome.status, outcome.code) == ("rejected", "damaged"), (fields, outcome)
            assert re.search(words, outcome.reason), (words, outcome.reason)
            assert snapshot(store) == before, fields
        assert store.db.execute("SELECT count(*) FROM bundles").fetchone() == (0,)
        assert not store.pending_folder.exists() or not any(store.pending_folder.iterdir())
    finally:
        store.close()
