"""The bundle's age layer in this process: the stock age tool and pyrage agree with it both ways.

Sizes around age's 64 KiB chunk and the reader's blocks of 16 chunks (where the
last chunk's flag is decided), written in uneven pieces; a file cut at a chunk
boundary, grown, altered or addressed to another key is refused.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
from pathlib import Path

import pyrage
import pytest

from fieldreport.sync.age_layer import (
    BLOCK,
    CHUNK,
    AgeError,
    Decrypting,
    Encrypting,
    NotForUs,
)
from tests.sync.conftest import AGE, needs_age

SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, BLOCK * CHUNK, BLOCK * CHUNK + 1, 3 * BLOCK * CHUNK]


def _keys() -> tuple[str, str]:
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def encrypted(data: bytes, recipients: list[str], seed: int = 1) -> bytes:
    """``data`` through :class:`Encrypting`, written in pieces of uneven sizes."""
    out: list[bytes] = []
    age = Encrypting(out.extend, recipients)
    pieces = random.Random(seed)
    at = 0
    while at < len(data):
        step = pieces.choice([1, 511, 4096, CHUNK, CHUNK + 7, 1 << 20])
        assert age.write(data[at : at + step]) == len(data[at : at + step])
        at += step
    age.finish()
    return b"".join(out)


def decrypted(blob: bytes, identity: str, seed: int = 2) -> bytes:
    plain = Decrypting(io.BytesIO(blob), identity)
    sizes = random.Random(seed)
    parts = []
    while chunk := plain.read(sizes.choice([1, 512, 10_000, 1 << 20])):
        parts.append(chunk)
    assert plain.rest() is False
    return b"".join(parts)


@pytest.mark.parametrize("size", SIZES)
def test_pyrage_opens_what_it_writes_and_it_opens_what_pyrage_writes(size: int):
    identity, recipient = _keys()
    data = os.urandom(size)
    blob = encrypted(data, [recipient])
    assert pyrage.decrypt(blob, [pyrage.x25519.Identity.from_str(identity)]) == data
    theirs = pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(recipient)])
    assert decrypted(theirs, identity) == data
    assert decrypted(blob, identity) == data


@needs_age
@pytest.mark.parametrize("size", [0, CHUNK, BLOCK * CHUNK + 1, 2_500_000])
def test_the_stock_age_tool_agrees_both_ways(size: int, tmp_path: Path):
    identity, recipient = _keys()
    other_identity, other_recipient = _keys()
    keys = tmp_path / "key.txt"
    keys.write_text(identity + "\n")
    data = os.urandom(size)
    ours = tmp_path / "ours.age"
    ours.write_bytes(encrypted(data, [other_recipient, recipient]))  # two recipients
    opened = subprocess.run(
        [AGE, "-d", "-i", str(keys), str(ours)], capture_output=True, check=True
    ).stdout
    assert opened == data
    plain = tmp_path / "plain"
    plain.write_bytes(data)
    theirs = subprocess.run(
        [AGE, "-r", recipient, str(plain)], capture_output=True, check=True
    ).stdout
    assert decrypted(theirs, identity) == data
    assert decrypted(ours.read_bytes(), other_identity) == data


def _payload_start(blob: bytes) -> int:
    return blob.index(b"\n---") + 4 + 1 + 43 + 1 + 16  # MAC line, then the nonce


@pytest.mark.parametrize(
    "how",
    [
        "cut at a chunk boundary",
        "cut mid-chunk",
        "one byte more",
        "a chunk more",
        "a payload byte flipped",
        "the header altered",
        "only the header",
    ],
)
def test_a_changed_file_is_refused_never_read_as_shorter(how: str):
    identity, recipient = _keys()
    blob = encrypted(os.urandom(2 * BLOCK * CHUNK + 100), [recipient])
    start = _payload_start(blob)
    changed = bytearray(blob)
    if how == "cut at a chunk boundary":
        changed = changed[: start + BLOCK * (CHUNK + 16)]
    elif how == "cut mid-chunk":
        changed = changed[: start + 3 * (CHUNK + 16) + 100]
    elif how == "one byte more":
        changed += b"\x00"
    elif how == "a chunk more":
        changed += changed[start : start + CHUNK + 16]
    elif how == "a payload byte flipped":
        changed[len(changed) // 2] ^= 0x01
    elif how == "the header altered":  # its MAC no longer verifies
        at = blob.index(b"\n--- ") + 6
        changed[at] = ord("B") if changed[at] != ord("B") else ord("C")
    else:
        changed = changed[:start]
    with pytest.raises(AgeError) as refused:
        decrypted(bytes(changed), identity)
    assert not isinstance(refused.value, NotForUs)


def test_another_recipients_file_is_not_for_us():
    identity, _ = _keys()
    _, other = _keys()
    with pytest.raises(NotForUs):
        Decrypting(io.BytesIO(encrypted(b"hello", [other])), identity)


def test_plaintext_left_unread_is_reported_after_it_is_checked():
    identity, recipient = _keys()
    plain = Decrypting(io.BytesIO(encrypted(os.urandom(3 * CHUNK), [recipient])), identity)
    assert len(plain.read(100)) == 100
    assert plain.rest() is True


def test_a_bad_recipient_fails_before_anything_is_written():
    out: list[bytes] = []
    with pytest.raises(ValueError, match="not an age recipient"):
        Encrypting(out.extend, ["age1notarecipient"])
    assert out == []
