"""One record list as the window's session reads it, a page at a time."""

from __future__ import annotations

from collections.abc import Callable

from fieldreport.core import ListQuery, ListRow, Session
from fieldreport.storage.list_reader import OrderedList
from fieldreport.ui.i18n import current_language
from fieldreport.ui.list_reads import ListReads

#: The order an index serves: its pages are read with LIMIT and OFFSET.
INDEXED_ORDER = "updated"


class SessionList:
    """The rows of ``query`` from ``session`` (see ``RecordSection.ListSource``).

    In the order an index serves, without a search, each page is its own query
    on the window's connection (it reads a page of the index, whatever the
    vault's size). Any other list is read whole once: on the window's worker
    (``reads``, see :meth:`start`) when there is one, else here; every page
    after is a slice of its ids, so scrolling neither sorts nor searches again.
    """

    def __init__(
        self, session: Session, query: ListQuery, reads: ListReads | None = None, slot: str = ""
    ) -> None:
        self._session = session
        self._query = query
        self._reads = reads
        self._slot = slot or (query.kind or "")
        self._ids: list[str] | None = None
        #: Records travelling in a bundle whose receipt has not come back (id → bundle).
        self.on_its_way = session.records_on_their_way()

    @property
    def paged(self) -> bool:
        """Each page is read on its own from an index (no whole list to read first)."""
        return self._query.order == INDEXED_ORDER and not (
            self._query.search and self._query.search.split()
        )

    @property
    def in_background(self) -> bool:
        """The list is read whole on the worker: :meth:`start` it and wait for its answer."""
        return not self.paged and self._reads is not None and self._reads.open

    def start(
        self,
        first: int,
        on_ready: Callable[[list[ListRow]], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        """Read the whole list on the worker; ``on_ready(first rows)`` once it is known."""
        assert self._reads is not None

        def done(result: OrderedList) -> None:
            self._ids = result.ids
            on_ready(result.first)

        if not self._reads.read(self._slot, self._query, self.on_its_way, first, done, on_failed):
            on_failed(RuntimeError("The vault is locked."))

    def rows(self, offset: int, limit: int) -> list[ListRow]:
        if self.paged:
            return self._session.list_page(self._query, offset, limit, self.on_its_way)
        ids = self._sorted_ids()
        return self._session.list_rows(ids[offset : offset + limit], self._query.lang)

    def position(self, record_id: str) -> int:
        if self.paged:
            return self._session.list_position(self._query, record_id, self.on_its_way)
        ids = self._sorted_ids()
        return ids.index(record_id) if record_id in ids else -1

    def _sorted_ids(self) -> list[str]:
        if self._ids is None:
            self._ids = self._session.list_ids(self._query, self.on_its_way)
        return self._ids


class RecordFinder:
    """Every kind's records for a picker (linking records, attaching photos): paged
    and searched as the lists are, read on the window's worker when it has one."""

    def __init__(self, session: Session, reads: ListReads | None = None) -> None:
        self._session = session
        self._reads = reads

    def list(
        self, kind: str | None, search: str | None, order: str, descending: bool, slot: str
    ) -> SessionList:
        query = ListQuery(kind, search, False, order, descending, current_language())
        return SessionList(self._session, query, self._reads, slot)

    def cancel(self, slot: str) -> None:
        """Stop the read of ``slot``'s list (its picker closed)."""
        if self._reads is not None:
            self._reads.cancel(slot)

    def rows(self, ids: list[str]) -> list[ListRow]:
        """The rows of these records (those that exist and are not deleted), in this order."""
        return self._session.list_rows(ids, current_language(), live_only=True)
