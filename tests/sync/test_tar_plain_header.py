"""The tar reader's quick reading of the writer's own headers agrees with the full reading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldreport.sync import tar_reader
from fieldreport.sync.tar_reader import TarFormatError
from fieldreport.sync.tar_stream import header

NAMES = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
)


def _full(block: bytes) -> tar_reader.Header | None:
    try:
        return tar_reader._full_header(block, 512)
    except TarFormatError:
        return None


@settings(max_examples=300, deadline=None)
@given(
    NAMES,
    st.integers(0, 8**11 - 1),
    st.integers(0, 8**11 - 1),
    st.lists(st.tuples(st.integers(0, 511), st.integers(0, 255)), max_size=3),
    st.booleans(),
)
def test_the_quick_reading_accepts_nothing_the_full_one_refuses(name, size, mtime, changes, resum):
    try:
        block = bytearray(header(name, size, mtime)[:512])
    except ValueError:  # a name too long for ustar: the writer refuses it
        return
    for where, value in changes:
        block[where] = value
    data = _summed(block) if resum else bytes(block)  # a checksum that matches the change
    quick = tar_reader._plain_header(data, 512)
    full = _full(data)
    assert quick is None or quick == full
    if not changes:
        assert quick == full == tar_reader.Header(name, size, mtime, 512)
    assert (tar_reader.parse_header(data, 512) if full else None) == full


def _summed(block: bytearray) -> bytes:
    block[148:156] = b"%06o\x00 " % (sum(block[:148]) + 8 * 0x20 + sum(block[156:]))
    return bytes(block)


def test_a_header_from_another_writer_is_read_fully():
    block = bytearray(header("records/a.json", 10, 0)[:512])
    block[329:345] = b"0000000\x000000000\x00"  # device numbers spelled out, as GNU tar does
    assert tar_reader._plain_header(_summed(block), 0) is None
    assert tar_reader.parse_header(_summed(block), 0).name == "records/a.json"
    block[100:108] = b"0000644\x00"
    with pytest.raises(TarFormatError, match="mode is 644"):
        tar_reader.parse_header(_summed(block), 0)
