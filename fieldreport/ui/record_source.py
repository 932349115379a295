"""One record list as the window's session reads it, a page at a time."""

from __future__ import annotations

from fieldreport.core import ListQuery, ListRow, Session


class SessionList:
    """The rows of ``query`` from ``session`` (see ``RecordSection.ListSource``)."""

    def __init__(self, session: Session, query: ListQuery) -> None:
        self._session = session
        self._query = query
        #: Records travelling in a bundle whose receipt has not come back (id → bundle).
        self.on_its_way = session.records_on_their_way()

    def rows(self, offset: int, limit: int) -> list[ListRow]:
        return self._session.list_page(self._query, offset, limit, self.on_its_way)

    def position(self, record_id: str) -> int:
        return self._session.list_position(self._query, record_id, self.on_its_way)
