"""A finished but not yet committed .part file stays locked, so no sweep can take it."""

from __future__ import annotations

import io
from pathlib import Path

from fieldreport.core import Session
from fieldreport.domain.media_types import SUPPORTED
from fieldreport.storage import part_files
from fieldreport.storage.media_store import PART, Extras, MediaStore


def test_a_sweep_between_encrypting_and_committing_leaves_the_file_alone(session: Session):
    store = session._vault.media
    wav = b"RIFF" + bytes(4) + b"WAVEfmt " + bytes(range(256)) * 40
    pending = store.encrypt(io.BytesIO(wav), "rec.wav", SUPPORTED["audio/x-wav"])
    part = store.folder / (pending.file_name + PART)
    assert part.exists() and not part_files.abandoned(part)
    # Another FieldReport unlocking the same vault now sweeps the media folder.
    other = MediaStore(session._vault.db, Path(store.folder).parent, session._vault.log)
    assert other.sweep() == 0 and part.exists()
    stored = store.commit(pending, Extras(metadata={}))
    final = store.folder / pending.file_name
    assert final.exists() and not part.exists()
    assert part_files.abandoned(final)  # released after the rename
    out = io.BytesIO()
    store.read_original(stored.item.id, out)
    assert out.getvalue() == wav


def test_discarding_releases_and_removes(session: Session):
    store = session._vault.media
    pending = store.encrypt(
        io.BytesIO(b"%PDF-1.4\n" + b"x" * 5000), "d.pdf", SUPPORTED["application/pdf"]
    )
    part = store.folder / (pending.file_name + PART)
    store.discard(pending)
    assert not part.exists() and pending.lock.closed
