"""The records an export or a report reads: each record's current revision, streamed.

Rows come straight from a database cursor (``queries.current_revisions``,
the same rows the figures count) without a sort, so memory stays flat however
many records the store holds; the selection's
period and area are checked here, record by record.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from fieldreport.central.export_columns import Record
from fieldreport.central.queries import current_revisions
from fieldreport.central.selection import Selection
from fieldreport.central.store import CentralStore

# Which revision is current is decided by queries.current_revisions (as for the
# figures); this counts the same rows for progress.
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
        for row in current_revisions(store, (kind,)):
            data = json.loads(row["data"])
            if not isinstance(data, dict):
                continue
            record = Record(
                row["record_id"],
                row["kind"],
                row["revision"],
                row["status"],
                row["saved_at"],
                row["device_id"],
                data,
            )
            yield record, selection.matches(kind, data)
