"""Slow and greedy clients, refused by the sync server itself (no reverse proxy needed).

uvicorn bounds how large a request's headers may be and how long a kept-alive
connection may sit between requests, but not how long a client may take to
send its headers or its body, nor how many connections one address may hold:
ten clients dribbling one header line every few seconds, or a few dozen that
stop in the middle of a body, would keep their places for ever and lock
newcomers out once ``--max-connections`` is reached.

:func:`guarded_protocol` returns uvicorn's h11 protocol with three rules added:

* **header timeout** — from the moment a connection opens (or the first byte
  of its next request arrives) its request headers must be complete within
  ``header_seconds``; otherwise it is answered 408 and closed;
* **body idle timeout** — while a request body is expected, a connection that
  sends nothing for ``idle_seconds`` is closed (unless the server itself has
  paused reading: a slow import is never the client's fault);
* **connections per address** — at most ``per_address`` open connections
  from one IP address; one more is answered 503 and closed at once, while
  every other address is served.

What it does is logged as one structured event per closed connection
(``slow_client_closed``, ``too_many_from_address``) with the reason only.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("fieldreport.server")

TIMEOUT_ANSWER = b"HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
BUSY_ANSWER = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 10\r\n"
    b"Connection: close\r\n\r\n"
)


@dataclass
class ClientRules:
    header_seconds: float = 10.0
    idle_seconds: float = 30.0
    per_address: int = 32
    _open: Counter[str] = field(default_factory=Counter, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def enter(self, address: str) -> bool:
        """Count a new connection from ``address``; False if it already holds its share."""
        with self._lock:
            if self._open[address] >= self.per_address:
                return False
            self._open[address] += 1
            return True

    def leave(self, address: str) -> None:
        with self._lock:
            self._open[address] -= 1
            if self._open[address] <= 0:
                del self._open[address]

    def open_from(self, address: str) -> int:
        with self._lock:
            return self._open[address]


def _event(name: str, **fields: Any) -> None:
    log.info(name, extra={"fields": fields})


def guarded_protocol(rules: ClientRules) -> type[asyncio.Protocol]:
    """uvicorn's h11 protocol class, with ``rules`` applied to every connection."""

    class GuardedH11Protocol(H11Protocol):
        _rules = rules

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._address = ""
            self._counted = False
            self._header_timer: asyncio.TimerHandle | None = None
            self._idle_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._address = self.client[0] if self.client else ""
            if not self._rules.enter(self._address):
                _event("too_many_from_address", limit=self._rules.per_address)
                transport.write(BUSY_ANSWER)
                transport.close()
                return
            self._counted = True
            self._start_header_timer()

        def connection_lost(self, exc: Exception | None) -> None:
            self._stop_timers()
            if self._counted:
                self._counted = False
                self._rules.leave(self._address)
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self.transport.is_closing():
                return
            if self._header_timer is None and self.conn.their_state is h11.IDLE:
                self._start_header_timer()  # the first bytes of the next request
            super().data_received(data)
            state = self.conn.their_state
            if state is not h11.IDLE and self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None
            if state is h11.SEND_BODY:
                self._start_idle_timer()
            elif self._idle_timer is not None:
                self._idle_timer.cancel()
                self._idle_timer = None

        # -- timers ---------------------------------------------------------------
        def _start_header_timer(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
            self._header_timer = self.loop.call_later(
                self._rules.header_seconds, self._headers_too_slow
            )

        def _start_idle_timer(self) -> None:
            if self._idle_timer is not None:
                self._idle_timer.cancel()
            self._idle_timer = self.loop.call_later(self._rules.idle_seconds, self._body_stalled)

        def _stop_timers(self) -> None:
            for timer in (self._header_timer, self._idle_timer):
                if timer is not None:
                    timer.cancel()
            self._header_timer = self._idle_timer = None

        def _headers_too_slow(self) -> None:
            self._header_timer = None
            if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
                return
            _event("slow_client_closed", reason="headers", seconds=self._rules.header_seconds)
            if self.conn.our_state is h11.IDLE:
                self.transport.write(TIMEOUT_ANSWER)
            self.transport.close()

        def _body_stalled(self) -> None:
            self._idle_timer = None
            if self.transport.is_closing() or self.conn.their_state is not h11.SEND_BODY:
                return
            if self.flow.read_paused:  # we stopped reading, not the client: wait on
                self._start_idle_timer()
                return
            _event("slow_client_closed", reason="body_idle", seconds=self._rules.idle_seconds)
            self.transport.close()

    return GuardedH11Protocol
