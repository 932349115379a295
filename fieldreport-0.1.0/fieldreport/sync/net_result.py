"""What a network sync reports (:class:`SyncProgress`, :class:`SyncResult`) and the
retry policy between syncs (:class:`Backoff`). See :mod:`net_sync`."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fieldreport.errors import FieldReportError

# The states of a :class:`SyncResult`.
UP_TO_DATE = "up_to_date"  # nothing to send; every bundle sent is receipted
SYNCED = "synced"  # sent and/or receipts installed; everything sent is receipted
SENT = "sent"  # uploaded; the organisation is still importing: its receipt comes next time
OFFLINE = "offline"  # the server cannot be reached now; try again later (nothing is lost)
NEEDS_ATTENTION = "needs_attention"  # a person must act: ``message`` and ``advice`` say what
CANCELLED = "cancelled"  # stopped on request; what reached the server is kept


@dataclass(frozen=True)
class SyncProgress:
    """Where a sync is: ``phase`` is connecting | receipts | export | upload | waiting."""

    phase: str
    done: int = 0  # upload: bytes the server holds or that are on their way
    total: int = 0  # upload: the bundle's size
    sequence: int = 0  # the bundle concerned, 0 when none


@dataclass(frozen=True)
class SyncResult:
    state: str  # one of the states above
    message: str  # one line for a person (English; ``code`` is for translated texts)
    advice: str = ""  # what to do, for needs_attention
    # Why, when not ok: offline | cancelled | not_approved | revoked | pin_mismatch |
    # untrusted | held | quarantined | rejected | receipt_refused | missing_bundle | refused
    code: str = ""
    sequence: int = 0  # the bundle concerned (held, quarantined, rejected …), 0 when none
    delivered: tuple[int, ...] = ()  # bundles (sequences) sent and receipted this time
    sent: tuple[int, ...] = ()  # bundles uploaded whose receipt has not come yet
    receipts_imported: int = 0
    records_synced: int = 0
    bytes_sent: int = 0  # upload bytes written to the network, resent ones included
    resumes: int = 0  # cuts survived within this sync
    waiting: int = 0  # bundles still in the outbox
    error: FieldReportError | None = field(default=None, compare=False)

    @property
    def ok(self) -> bool:
        return self.state in (UP_TO_DATE, SYNCED, SENT)

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else (self.error.exit_code if self.error else 1)

    def to_json(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "message": self.message,
            "advice": self.advice,
            "code": self.code,
            "sequence": self.sequence,
            "delivered": list(self.delivered),
            "sent": list(self.sent),
            "receipts_imported": self.receipts_imported,
            "records_synced": self.records_synced,
            "bytes_sent": self.bytes_sent,
            "resumes": self.resumes,
            "waiting": self.waiting,
        }


class Backoff:
    """Waits between attempts while offline: exponential with full jitter, reset on success.

    The n-th wait (from 0) is uniform in ``[0, min(cap, base * 2**n)]``, at
    least ``floor``: with the defaults, up to 5 s, 10 s, 20 s … then at most
    10 minutes, so many devices coming back online do not all call at once::

        backoff = Backoff()
        while running:
            result = session.sync_now(cancel=stop.is_set)
            if result.state in (OFFLINE, NEEDS_ATTENTION):
                stop.wait(backoff.next_delay())
            else:
                backoff.reset()
                stop.wait(IDLE_INTERVAL)  # or until something new is saved
    """

    def __init__(
        self,
        base: float = 5.0,
        cap: float = 600.0,
        floor: float = 1.0,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.base, self.cap, self.floor, self._rng = base, cap, floor, rng
        self.attempts = 0

    def next_delay(self) -> float:
        ceiling = min(self.cap, self.base * 2 ** min(self.attempts, 32))
        self.attempts += 1
        return max(self.floor, self._rng() * ceiling)

    def reset(self) -> None:
        self.attempts = 0


# -- one sync -------------------------------------------------------------------------
