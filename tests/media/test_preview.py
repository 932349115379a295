"""Previews are made from the original when first shown, then kept (encrypted)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from fieldreport.core import Session
from tests.media.helpers import run_import


def test_preview_is_made_once_on_first_view_and_thumbnail_at_analysis(session: Session, tmp_path):
    path = tmp_path / "big.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # held upright: the stored pixels are landscape
    Image.new("RGB", (4000, 3000), (30, 120, 60)).save(path, exif=exif.tobytes())
    _, summary = run_import(session, [Path(path)])
    assert session.media_thumbnail(summary.stored[0].id) is None  # stored first
    _, summary = run_import(session, [Path(path)], analyse=True)  # the same: a duplicate
    item = session.media_item(summary.duplicates[0].id)
    assert (item.metadata["width"], item.metadata["height"]) == (4000, 3000)
    thumb = Image.open(io.BytesIO(session.media_thumbnail(item.id)))
    assert max(thumb.size) == 320 and thumb.height > thumb.width  # upright
    assert session._vault.media.preview(item.id) is None  # not made at import

    first = session.media_preview(item.id)
    preview = Image.open(io.BytesIO(first))
    assert max(preview.size) == 1600 and preview.height > preview.width
    assert not preview.getexif()
    assert session._vault.media.preview(item.id) == first  # kept for next time
    assert session.media_preview(item.id) == first
