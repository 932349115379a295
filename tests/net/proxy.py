"""A TCP proxy on 127.0.0.1 that forwards bytes both ways and cuts connections on demand.

It stands for a weak mobile link: ``cut_after(n)`` says after how many bytes
from the device the n-th connection is dropped (None: never); ``cut_all()``
drops every open connection now; ``down`` makes it close new connections at
once (no link at all). TLS passes through untouched, so the device still
checks the server's pin end to end.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator


class CuttingProxy:
    def __init__(self, target_port: int, cut_after: Callable[[int], int | None] | None = None):
        self.target_port = target_port
        self.cut_after = cut_after or (lambda n: None)
        self.down = False
        self.connections = 0
        self.cuts = 0  # connections dropped by the proxy (cut_after or cut_all)
        self.upstream = 0  # bytes forwarded from the device to the server
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def url(self, scheme: str = "https") -> str:
        return f"{scheme}://127.0.0.1:{self.port}"

    def cut_all(self, count: bool = True) -> None:
        with self._lock:
            sockets = list(self._open)
            if sockets and count:
                self.cuts += 1
        for sock in sockets:
            _drop(sock)

    def close(self) -> None:
        self._listener.close()
        self.cut_all(count=False)

    def __enter__(self) -> CuttingProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals ---------------------------------------------------------------
    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.down:
                _drop(client)
                continue
            try:
                server = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                _drop(client)
                continue
            with self._lock:
                index = self.connections
                self.connections += 1
                self._open.update((client, server))
            limit = self.cut_after(index)
            threading.Thread(
                target=self._pump, args=(client, server, limit, True), daemon=True
            ).start()
            threading.Thread(
                target=self._pump, args=(server, client, None, False), daemon=True
            ).start()

    def _pump(
        self, source: socket.socket, target: socket.socket, limit: int | None, upstream: bool
    ) -> None:
        sent = 0
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if limit is not None and sent + len(data) >= limit:
                    target.sendall(data[: limit - sent])
                    self._count(limit - sent, upstream)
                    with self._lock:
                        self.cuts += 1
                    break
                target.sendall(data)
                sent += len(data)
                self._count(len(data), upstream)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                _drop(sock)
                with self._lock:
                    self._open.discard(sock)

    def _count(self, n: int, upstream: bool) -> None:
        if upstream:
            with self._lock:
                self.upstream += n


def _drop(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


@contextlib.contextmanager
def proxy_to(
    port: int, cut_after: Callable[[int], int | None] | None = None
) -> Iterator[CuttingProxy]:
    proxy = CuttingProxy(port, cut_after)
    try:
        yield proxy
    finally:
        proxy.close()
