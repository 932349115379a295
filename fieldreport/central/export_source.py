"""The records an export or a report reads: each record's current revision, streamed.

Rows come straight from a database cursor in index order (no sort), so
memory stays flat however many records the store holds; the selection's
period and area are checked here, record by record.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from fieldreport.central.export_columns import Record
from fieldreport.central.selection import Selection
from fieldreport.central.store import CentralStore

# The newest revision of each record of a kind that is not deleted. The kind
# index gives the order, so SQLite streams rows without a temporary sort.
_CURRENT = (
    "SELECT r.record_id, r.kind, r.revision, r.status, r.saved_at, r.device_id, r.data "
    "FROM revisions r WHERE r.kind = ? AND r.deleted = 0 AND r.revision = "
    "(SELECT max(x.revision) FROM revisions x WHERE x.record_id = r.record_id)"
)
_COUNT = (
    "SELECT count(*) FROM revisions r WHERE r.kind = ? AND r.deleted = 0 AND r.revision = "
    "(SELECT max(x.revision) FROM revisions x WHERE x.record_id = r.record_id)"
)


def candidates(store: CentralStore, selection: Selection) -> int:
    """How many current records of the selected kinds there are (before period and area)."""
    return sum(store.db.execute(_COUNT, [kind]).fetchone()[0] for kind in selection.kinds)


def records(store: CentralStore, selection: Selection) -> Iterator[Record]:
    """Current records of the selection, kind by kind (in the order of ``selection.kinds``).

    Yields ``None``-free :class:`Record` values; records outside the period or
    area are skipped (see :func:`scan` to count them too).
    """
    for record, selected in scan(store, selection):
        if selected:
            yield record


def scan(store: CentralStore, selection: Selection) -> Iterator[tuple[Record, bool]]:
    """Every current record of the selected kinds, with whether the selection keeps it."""
    for kind in selection.kinds:
        cursor = store.db.execute(_CURRENT, [kind])
        try:
            for row in cursor:
                data = json.loads(row[6])
                if not isinstance(data, dict):
                    continue
                record = Record(row[0], row[1], row[2], row[3], row[4], row[5], data)
                yield record, selection.matches(kind, data)
        finally:
            cursor.close()
