"""Adversary: how much of a bundle the centre holds in memory while it reads one.

A bundle may be 64 GiB; its originals stream to disk, and every other item (the
custody log, up to 1 GiB; each record revision, up to 16 MiB; up to 200,000
items) waits in an encrypted spool on disk (central/item_spool.py), not in
memory, until the whole bundle is read. Were they kept in memory, an approved
but hostile device could send a format-valid bundle that makes the central
server (or the coordinator's window) run out of memory before anything is
checked against the custody log.
"""

from __future__ import annotations

import gc
import hashlib
import io
import tracemalloc
import uuid
from pathlib import Path

from fieldreport.central import contents
from fieldreport.central.sink import CentralSink
from fieldreport.central.store import CentralStore
from fieldreport.sync.bundle_format import ManifestItem

ITEMS = 32
ITEM_BYTES = 1024 * 1024


def test_the_items_of_a_bundle_are_not_all_held_in_memory(central: CentralStore):
    sink = CentralSink(central.media, central.org.keys.age_identity, central)
    tracemalloc.start()
    try:
        for n in range(ITEMS):
            body = bytes([n]) * ITEM_BYTES  # made here, dropped after: only what is kept stays
            item_id = f"record:{uuid.uuid4()}#1"
            item = ManifestItem.of(item_id, hashlib.sha256(body).hexdigest(), len(body), 2)
            sink.take(item, io.BytesIO(body))
            del body
        held, _ = tracemalloc.get_traced_memory()
        # Each item is still there, as it came, read back from the spool one at a time.
        for n, item_id in enumerate(sink.items):
            assert sink.items[item_id] == bytes([n]) * ITEM_BYTES
    finally:
        tracemalloc.stop()
        sink.discard()
    # Reading 32 MiB of items must not keep them all: a few items' worth at most.
    assert held < 4 * ITEM_BYTES, f"{held} bytes held after {ITEMS} items of {ITEM_BYTES}"
    assert not list((central.folder / "spool").iterdir())  # discarded: the spool is gone


def _peak_of_import(central: CentralStore, join, tmp_path: Path, name: str, records: int) -> int:
    """The Python memory peak while a bundle of ``records`` revisions of 190 KB each imports."""
    from tests.central.conftest import export_to, run_import

    device = join(name)
    for n in range(records):
        device.add("incident", {"title": f"[TEST] {n}", "description": f"{n:06d}" * 32_000})
    bundle = export_to(device, tmp_path / f"{name}.bundle").path
    gc.collect()
    tracemalloc.start()
    try:
        [outcome] = run_import(central, bundle)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert outcome.status == "imported" and outcome.counts["revisions"] == records
    return peak


def test_an_import_holds_no_more_for_a_bundle_four_times_as_large(
    central: CentralStore, join, tmp_path: Path, monkeypatch
):
    # Checked rows are written once their texts pass SPILL_BYTES (8 MiB): 1 MiB here, so
    # that bundles small enough for a test both pass it.
    monkeypatch.setattr(contents, "SPILL_BYTES", 1024 * 1024)
    small = _peak_of_import(central, join, tmp_path, "small", 10)  # about 1.9 MB of revisions
    large = _peak_of_import(central, join, tmp_path, "large", 40)  # about 7.7 MB
    # Kept in memory, the 30 more revisions alone would add 5.8 MB (and their checked rows
    # as much again); spooled, and their rows written as they grow, what grows is the
    # spool's index of the items.
    assert large - small < 2 * 1024 * 1024, (small, large)
