"""What a vault holds that was saved after a moment: what restoring a backup made then
would lose (fieldreport/backup.py, restoring over a vault)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils


@dataclass(frozen=True)
class ChangesSince:
    created: int  # records first saved after the moment
    changed: int  # records made before it and saved again after it (edited or deleted)
    media: int  # photos and files taken in after it

    @property
    def nothing(self) -> bool:
        return not (self.created or self.changed or self.media)


def stamp(moment: datetime) -> str:
    """``moment`` as the vault writes its times (fieldreport/storage/clock.py)."""
    utc = moment.astimezone(UTC)
    return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def changes_since(db: sqlite_utils.Database, moment: datetime) -> ChangesSince:
    after = stamp(moment)
    created, changed = db.execute(
        "SELECT COALESCE(SUM(created_at > ?), 0), "
        "COALESCE(SUM(created_at <= ? AND updated_at > ?), 0) FROM records",
        [after, after, after],
    ).fetchone()
    [media] = db.execute(
        "SELECT COUNT(*) FROM media WHERE imported_at > ? AND deleted = 0", [after]
    ).fetchone()
    return ChangesSince(int(created), int(changed), int(media))
