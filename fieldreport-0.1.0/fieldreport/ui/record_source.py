"""One record list as the window's session reads it, a page at a time."""

from __future__ import annotations

from fieldreport.core import ListQuery, ListRow, Session

#: The order an index serves: its pages are read with LIMIT and OFFSET.
INDEXED_ORDER = "updated"


class SessionList:
    """The rows of ``query`` from ``session`` (see ``RecordSection.ListSource``).

    In the order an index serves, each page is its own query. In any other
    order, the first page sorts the list's ids once (SQL, on ids and keys) and
    every page after is a slice of them, so scrolling does not sort again.
    """

    def __init__(self, session: Session, query: ListQuery) -> None:
        self._session = session
        self._query = query
        self._ids: list[str] | None = None
        #: Records travelling in a bundle whose receipt has not come back (id → bundle).
        self.on_its_way = session.records_on_their_way()

    def rows(self, offset: int, limit: int) -> list[ListRow]:
        if self._query.order == INDEXED_ORDER:
            return self._session.list_page(self._query, offset, limit, self.on_its_way)
        ids = self._sorted_ids()
        return self._session.list_rows(ids[offset : offset + limit], self._query.lang)

    def position(self, record_id: str) -> int:
        if self._query.order == INDEXED_ORDER:
            return self._session.list_position(self._query, record_id, self.on_its_way)
        ids = self._sorted_ids()
        return ids.index(record_id) if record_id in ids else -1

    def _sorted_ids(self) -> list[str]:
        if self._ids is None:
            self._ids = self._session.list_ids(self._query, self.on_its_way)
        return self._ids
