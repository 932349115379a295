"""The custody-log stretch read as it streams (central/log_stream.py): strict, window by window."""

from __future__ import annotations

import io
import json
import tracemalloc

import pytest

from fieldreport.central import log_stream
from fieldreport.crypto.canonical import canonical_json
from fieldreport.errors import BundleRejected

WRONG = "not the entries its manifest says"


def _read(data: bytes, count: int) -> list:
    return list(
        log_stream.elements(
            io.BytesIO(data), count, what="log", error=BundleRejected, wrong_count=WRONG
        )
    )


def _array(values: list) -> bytes:
    return canonical_json(values)


TRICKY = [
    {"object": 'record:a "quoted" },{ and ] and [', "seq": 1},
    {"object": 'back\\slash\\",{', "seq": 2},
    {"object": "кириллица and 漢字", "seq": 3},
    {"empty": "", "seq": 4},
]


@pytest.mark.parametrize("window", [7, 64, 1024 * 1024])
def test_entries_come_out_as_written_whatever_the_window(monkeypatch, window):
    monkeypatch.setattr(log_stream, "WINDOW", window)
    monkeypatch.setattr(log_stream, "MAX_ENTRY_BYTES", 4096)
    values = TRICKY + [{"n": n, "object": f"record:{n}" * (n % 5)} for n in range(300)]
    assert _read(_array(values), len(values)) == values


@pytest.mark.parametrize(
    "data, count",
    [
        (b"", 1),
        (b"[]", 1),
        (b'[{"a":1}]', 2),  # fewer than the manifest says
        (b'[{"a":1},{"a":2}]', 1),  # more
        (b'[{"a":1},]', 1),  # a trailing comma
        (b'[{"a":1}] ', 1),  # data after the end
        (b'[{"a":1}', 1),  # cut short
        (b'[ {"a":1}]', 1),  # not canonical
        (b'[{"a": 1}]', 1),
        (b'[{"b":1,"a":2}]', 1),
        (b'[{"a":[1]}]', 1),  # not a flat entry
        (b"[1]", 1),
        (b'{"a":1}', 1),
        (b'[{"a":1,"a":1}]', 1),
    ],
)
def test_anything_but_the_canonical_array_of_count_entries_is_refused(data, count):
    with pytest.raises(BundleRejected):
        _read(data, count)


def test_an_element_longer_than_any_entry_is_refused_without_reading_on(monkeypatch):
    monkeypatch.setattr(log_stream, "WINDOW", 8192)
    endless = io.BytesIO(b'[{"a":"' + b"x" * (64 * 1024 * 1024))
    read_before = []
    original = endless.read

    def counting(n=-1):
        read_before.append(n)
        return original(n)

    endless.read = counting  # type: ignore[method-assign]
    with pytest.raises(BundleRejected, match=WRONG):
        list(log_stream.elements(endless, 1, what="log", error=BundleRejected, wrong_count=WRONG))
    assert len(read_before) <= 2  # one window, not the 64 MiB


def test_a_long_stretch_is_never_held_whole():
    entry = {
        "content_hash": "c" * 64,
        "entry_hash": "e" * 64,
        "event": "create",
        "object": "record:00000000-0000-4000-8000-000000000000#1",
        "prev_hash": "p" * 64,
        "seq": 0,
        "signature": "s" * 128,
        "time": "2026-12-03T21:00:00.000Z",
    }
    count = 60_000  # about 26 MB of JSON
    parts = [b"["]
    for n in range(count):
        parts.append((b"," if n else b"") + canonical_json({**entry, "seq": n + 1}))
    parts.append(b"]")
    data = b"".join(parts)
    assert len(data) > 20 * 1024 * 1024
    source = io.BytesIO(data)
    del parts
    tracemalloc.start()
    try:
        seen = 0
        for value in log_stream.elements(
            source, count, what="log", error=BundleRejected, wrong_count=WRONG
        ):
            seen += 1
            assert value["seq"] == seen
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == count
    assert peak < 12 * 1024 * 1024, peak  # a window and its entries, not 26 MB and its tree
    assert json.loads(data)[-1]["seq"] == count
