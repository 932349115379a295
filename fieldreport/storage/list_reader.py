"""The record list read on a connection of its own, for the window's worker thread.

Searching a common word or ordering a kind's records by title reads and sorts
the whole list: at 100,000 records that is over a second of SQLite's work.
The window asks for it here, on a thread of its own and on this second
connection to the same vault (:meth:`Vault.companion`; SQLite's WAL lets both
read at once), so its own connection stays free to page, open and save
records meanwhile. One read at a time: the window's worker runs them in turn.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, NamedTuple

from fieldreport.storage import record_list
from fieldreport.storage.record_list import ListQuery, ListRow
from fieldreport.storage.vault import Vault


class OrderedList(NamedTuple):
    """Every id of a list in its order, and the rows of its first page."""

    ids: list[str]
    first: list[ListRow]


class ListReader:
    """Reads whole lists on a companion connection; close it before the vault locks."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault.companion()

    @property
    def connection(self) -> Any:
        """The SQLite connection the reads run on (a stop handler is set on it)."""
        return self._vault.db.conn

    def ordered(
        self, query: ListQuery, in_transit: Collection[str] = (), first: int = 0
    ) -> OrderedList:
        """Every id of ``query``'s list in its order, and the rows of the first ``first``."""
        db = self._vault.db
        ids = record_list.ordered_ids(db, query, in_transit)
        return OrderedList(ids, record_list.rows_of(db, ids[:first], query.lang))

    def close(self) -> None:
        """Close the connection and forget its copy of the key."""
        self._vault.lock()
