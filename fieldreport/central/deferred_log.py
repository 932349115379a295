"""The centre's custody-log entries of an import, written at its end.

An import stores media originals while it reads the bundle, and the media
store logs each (``media_ingest``) as it commits the item's row. The centre's
custody log is one chain for every device: on PostgreSQL, imports of
different devices run at once, and only their short global section may
append to that chain (``CentralStore.global_turn``). So the import's media
store logs into a :class:`DeferredLog`, and the entries it collected are
appended, in the order they came, with the import's own ``bundle_import``
entry inside the global section.
"""

from __future__ import annotations

from fieldreport.storage.clock import utc_now
from fieldreport.storage.custody_log import CustodyLog, LogEntry


class DeferredLog(CustodyLog):
    """Collects ``(event, object, content_hash)``; :meth:`flush` appends them to the real log."""

    def __init__(self, log: CustodyLog) -> None:  # noqa: D107 - no chain of its own
        self._real = log
        self.items: list[tuple[str, str, str]] = []

    def append(self, event: str, obj: str, content_hash: str) -> LogEntry:
        self.items.append((event, obj, content_hash))
        # Not in the chain yet: seq, hashes and signature come when it is flushed.
        return LogEntry(0, "", utc_now(), event, obj, content_hash, "", b"")

    def flush(self, *last: tuple[str, str, str]) -> list[LogEntry]:
        """Append what was collected, then ``last``, to the real log (in its global turn)."""
        items, self.items = [*self.items, *last], []
        return self._real.append_many(items)
