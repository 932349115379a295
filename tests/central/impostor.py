"""An approved device that writes into another device's records (the attack of issue 9).

The impostor's vault gets a copy of the victim's record row, standing at the
revision the attack wants to build on; the impostor's own, real code then
writes the next revision, logs it in its own custody log and signs the bundle
with its own key. Nothing is forged: it is what a seized laptop's key, or a
tampered copy of the app, can do before the device is revoked.
"""

from __future__ import annotations

import shutil

from fieldreport.core import Session
from fieldreport.storage.clock import utc_now
from fieldreport.storage.database import transaction
from fieldreport.storage.records import Record


def plant(thief: Session, owner: Session, record_id: str, revision: int) -> None:
    """Give ``thief``'s vault ``owner``'s record as if it stood at ``revision``."""
    source = owner._vault.db
    row = next(source.query("SELECT * FROM records WHERE id = ?", [record_id]))
    latest = next(
        source.query(
            "SELECT * FROM revisions WHERE record_id = ? ORDER BY revision DESC LIMIT 1",
            [record_id],
        )
    )
    db = thief._vault.db
    with db.atomic():
        db.table("records").upsert({**row, "revision": revision, "deleted": 0}, pk="id")
        if revision:  # the copy it builds on (never logged by the thief: it does not travel)
            copy = {**latest, "revision": revision, "deleted": 0}
            db.table("revisions").insert(copy, ignore=True)


def claim(thief: Session, owner: Session, record_id: str, revision: int, title: str) -> Record:
    """``thief`` writes revision ``revision`` of ``owner``'s record, signed by ``thief``."""
    plant(thief, owner, record_id, revision - 1)
    data = dict(owner.get(record_id).data)
    return thief.edit(record_id, {**data, "title": title})


def claim_creation(thief: Session, owner: Session, record_id: str, title: str) -> Record:
    """``thief`` logs a ``create`` of ``owner``'s record id: its own "revision 1"."""
    plant(thief, owner, record_id, 0)
    record = owner.get(record_id)
    vault = thief._vault
    with transaction(vault.db):
        vault.db.execute("UPDATE records SET revision = 1 WHERE id = ?", [record_id])
        vault.records._write_revision(
            record_id,
            record.kind,
            1,
            {**record.data, "title": title},
            utc_now(),
            deleted=False,
            event="create",
        )
    return thief.get(record_id)


def plant_media(thief: Session, owner: Session, media_id: str) -> None:
    """Give ``thief``'s vault ``owner``'s media item: its row and its encrypted file."""
    row = next(owner._vault.db.query("SELECT * FROM media WHERE id = ?", [media_id]))
    source, target = owner._vault.media.folder, thief._vault.media.folder
    target.mkdir(mode=0o700, exist_ok=True)
    shutil.copyfile(source / row["file_name"], target / row["file_name"])
    with thief._vault.db.atomic():
        thief._vault.db.table("media").insert(row)


def log_as(thief: Session, event: str, obj: str, content_hash: str) -> None:
    """``thief`` signs a custody entry of its own choosing (an altered app)."""
    vault = thief._vault
    with transaction(vault.db):
        vault.log.append(event, obj, content_hash)
