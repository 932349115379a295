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

import hashlib
import io
import tracemalloc
import uuid

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
