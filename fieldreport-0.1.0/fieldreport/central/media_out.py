"""Writing an imported photo, recording or document out of the central store.

The original bit for bit, or (``strip``) a copy of a photo without its
metadata (EXIF, GPS, comments) to share. The id may be shortened to a unique
prefix of at least six characters (:mod:`fieldreport.central.ids`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldreport import media_export
from fieldreport.central import ids
from fieldreport.central.output_file import check_target
from fieldreport.central.store import CentralStore
from fieldreport.errors import MediaNotFound, RecordDeleted


@dataclass(frozen=True)
class MediaWritten:
    path: Path
    media_id: str
    stripped: bool


def export_media(
    store: CentralStore, media_id: str, out: Path, *, strip: bool = False, force: bool = False
) -> MediaWritten:
    """Decrypt a media item into ``out`` (atomically); raises a person's error otherwise."""
    out = Path(out)
    check_target(out, force)
    item_id = ids.media_id(store, media_id)
    row = store.db.execute(
        "SELECT blob_id, deleted FROM media_items WHERE id = ?", [item_id]
    ).fetchone()
    if row[1]:
        raise RecordDeleted(f"Media item {item_id} was deleted on its device; nothing to export.")
    if row[0] is None:
        raise MediaNotFound(f"The centre holds no original of media item {item_id}.")
    media_export.export(store.media, row[0], out, strip)
    return MediaWritten(out, item_id, strip)
