"""Property-based: hostile bytes never crash type sniffing, stripping or decoding."""

from __future__ import annotations

import contextlib
import functools
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldreport import media_analysis
from fieldreport.domain import photos, strip_metadata
from fieldreport.domain.media_types import SNIFF_BYTES, MediaType, sniff
from tests.media import samples

# Pillow warns about the damage it meets; that is expected here.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")
# MEDIA_FUZZ_EXAMPLES=5000 for a longer hunt.
FAST = settings(
    max_examples=int(os.environ.get("MEDIA_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@functools.cache
def seeds() -> dict[str, bytes]:
    exif = samples.exif_block(orientation=6)
    return {
        "image/jpeg": samples.jpeg(exif=exif),
        "image/png": samples.png(exif=exif, text={"Comment": "hello"}),
        "image/tiff": samples.tiff(exif=exif),
        "image/heic": samples.heic(exif=exif),
    }


@st.composite
def mutated(draw, mime: str | None = None) -> tuple[str, bytes]:
    """A real photo with a few bytes flipped, overwritten, cut, inserted or removed."""
    mime = mime or draw(st.sampled_from(sorted(seeds())))
    data = bytearray(seeds()[mime])
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "set", "cut", "insert", "delete"]))
        if not data:
            break
        pos = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "set":
            data[pos] = draw(st.sampled_from([0x00, 0xFF, 0x7F, 0x80, draw(st.integers(0, 255))]))
        elif op == "cut":
            del data[pos:]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[pos : pos + draw(st.integers(1, 64))]
    return mime, bytes(data)


@FAST
@given(st.binary(max_size=SNIFF_BYTES))
def test_sniff_never_raises_on_random_bytes(head: bytes):
    result = sniff(head)
    assert result is None or isinstance(result, MediaType)


@FAST
@given(
    st.sampled_from(
        [
            b"\xff\xd8\xff",
            b"\x89PNG\r\n\x1a\n",
            b"II*\x00",
            b"ID3",
            b"RIFF",
            b"OggS",
            b"\x00\x00\x00\x18ftyp",
            b"%PDF-",
        ]
    ),
    st.binary(max_size=64),
)
def test_sniff_never_raises_on_magic_prefixes(magic: bytes, rest: bytes):
    sniff(magic + rest)


@FAST
@given(mutated())
def test_sniff_never_raises_on_mutated_photos(case: tuple[str, bytes]):
    sniff(case[1][:SNIFF_BYTES])


@FAST
@given(st.one_of(mutated("image/jpeg"), mutated()))
def test_strip_returns_bytes_or_refuses(case: tuple[str, bytes]):
    mime, data = case
    try:
        out = strip_metadata.strip(data, mime)
    except (strip_metadata.CannotStrip, photos.PhotoRejected) as exc:
        assert str(exc)
    else:
        assert isinstance(out, bytes)


@FAST
@given(st.binary(max_size=2048), st.sampled_from(["image/jpeg", "image/png", "image/heic"]))
def test_strip_refuses_random_bytes(data: bytes, mime: str):
    with contextlib.suppress(strip_metadata.CannotStrip, photos.PhotoRejected):
        strip_metadata.strip(b"\xff\xd8" + data if mime == "image/jpeg" else data, mime)


@FAST
@given(mutated())
def test_open_image_raises_only_photo_rejected(case: tuple[str, bytes]):
    try:
        image = photos.open_image(case[1])
    except photos.PhotoRejected as exc:
        assert str(exc)
    else:
        assert image.width > 0 and image.height > 0


@FAST
@given(mutated())
def test_deriving_metadata_and_thumbnails_raises_only_photo_rejected(case: tuple[str, bytes]):
    # What the analysis does with a photo's bytes: open, describe, thumbnail.
    try:
        extras = media_analysis.derive(case[1])
    except photos.PhotoRejected as exc:
        assert str(exc)
        assert isinstance(photos.header_metadata(case[1]), dict)  # what a damaged one keeps
    else:
        assert extras.thumbnail and extras.thumbnail[:2] == b"\xff\xd8"
