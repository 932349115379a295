"""Whole record lists read off the window's thread: a search, an order no index serves.

The field window's lists and the link picker ask here when their list must be
read and sorted whole (a search, ordering by title, place, date, status or
sync state): the read runs on the thread pool, on the vault's second
connection (:class:`fieldreport.storage.list_reader.ListReader`), one at a
time, and a newer read of the same list stops the older one and drops its
answer (:class:`~fieldreport.ui.central.query_runner.QueryRunner`). The window's
own connection stays free meanwhile; pages after the first are slices of the
ids the read returned.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QObject

from fieldreport.core import Session
from fieldreport.storage.list_reader import ListReader, OrderedList
from fieldreport.storage.record_list import ListQuery
from fieldreport.ui.central.query_runner import QueryRunner
from fieldreport.ui.workers import stop_session_tasks


class ListReads(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader: ListReader | None = None
        self.runner = QueryRunner(self, connection=self._connection)

    def _connection(self) -> object | None:
        return self._reader.connection if self._reader is not None else None

    @property
    def open(self) -> bool:
        return self._reader is not None

    def start(self, session: Session) -> None:
        """Open the second connection to ``session``'s vault."""
        self.stop()
        self._reader = session.list_reader()

    def stop(self) -> None:
        """Stop every read, wait until the running one has let go, close the connection."""
        self.runner.clear()
        stop_session_tasks(self.runner)
        if self._reader is not None:
            reader, self._reader = self._reader, None
            reader.close()

    def busy(self, slot: str) -> bool:
        return self.runner.reading(slot)

    def read(
        self,
        slot: str,
        query: ListQuery,
        in_transit: Collection[str],
        first: int,
        on_done: Callable[[OrderedList], None],
        on_error: Callable[[BaseException], None],
    ) -> bool:
        """Read ``query``'s whole list and its first ``first`` rows for ``slot`` (a newer
        read for the same slot supersedes this one); False when no vault is open."""
        if self._reader is None:
            return False
        self.runner.submit(
            slot,
            self._reader.ordered,
            query,
            frozenset(in_transit),
            first,
            on_done=on_done,
            on_error=on_error,
        )
        return True

    def cancel(self, slot: str) -> None:
        self.runner.cancel(slot)
