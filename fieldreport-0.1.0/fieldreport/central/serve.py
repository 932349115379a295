"""Running the sync server: open the store, bind, serve with uvicorn until stopped.

Logs go to standard error as one JSON object per line (time, event, ids,
counts, codes), never record content. The bound address and, with TLS, the
certificate's pin are printed on standard output once the socket is listening,
so scripts and tests can wait for that line.
"""

from __future__ import annotations

import json
import logging
import socket
import sys
import time
import traceback
from pathlib import Path

import uvicorn

from fieldreport.central.http_guard import ClientRules, guarded_protocol
from fieldreport.central.store import CentralStore
from fieldreport.central.sync_server import SyncServer
from fieldreport.central.tls import tls_pin
from fieldreport.central.uploads import Limits
from fieldreport.errors import UsageError
from fieldreport.sync.net_transport import is_loopback


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(record.created)),
            "level": record.levelname.lower(),
            "event": record.getMessage() if record.name.startswith("fieldreport") else "uvicorn",
            **getattr(record, "fields", {}),
        }
        if not record.name.startswith("fieldreport"):
            line["message"] = record.getMessage()  # uvicorn's own: start, stop, errors
        if record.exc_info and record.exc_info[0] is not None:
            frames = traceback.extract_tb(record.exc_info[2])[-3:]
            line["error"] = record.exc_info[0].__name__  # the type and place only: no values
            line["where"] = "; ".join(f"{Path(f.filename).name}:{f.lineno}" for f in frames)
        return json.dumps(line, ensure_ascii=False)


def _log_to_stderr() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines())
    for name in ("fieldreport.server", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logging.INFO)
        logger.propagate = False


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP: asyncio then sets TCP_NODELAY on each connection; without it a TLS
    # response body waits ~40 ms for the delayed ACK of its headers (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UsageError(f"Cannot listen on {host}:{port} ({exc.strerror}).") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def serve(
    store: CentralStore,
    *,
    host: str = "127.0.0.1",
    port: int = 8443,
    tls_cert: Path | None = None,
    tls_key: Path | None = None,
    limits: Limits | None = None,
) -> None:
    """Serve until interrupted (Ctrl+C or SIGTERM); the store is closed by the caller."""
    if (tls_cert is None) != (tls_key is None):
        raise UsageError("Give both --tls-cert and --tls-key, or neither.")
    pin = tls_pin(tls_cert) if tls_cert else ""
    for path in (tls_cert, tls_key):
        if path is not None and not path.is_file():
            raise UsageError(f"{path} does not exist.")
    store.hold_for_serving()  # one server per store; coordinators keep working beside it
    store.write_wait = None  # an import waits for a coordinator's change, however long
    _log_to_stderr()
    if tls_cert is None and not is_loopback(host):
        logging.getLogger("fieldreport.server").warning(
            "plain_http_on_network",
            extra={"fields": {"host": host, "advice": "use --tls-cert or a reverse proxy"}},
        )
    sock = bind(host, port)
    server = SyncServer(store, limits)
    try:
        limits = server.limits
        rules = ClientRules(limits.header_timeout, limits.idle_timeout, limits.max_per_address)
        config = uvicorn.Config(
            server.app(),
            http=guarded_protocol(rules),
            ssl_certfile=str(tls_cert) if tls_cert else None,
            ssl_keyfile=str(tls_key) if tls_key else None,
            log_config=None,
            access_log=False,
            server_header=False,
            timeout_keep_alive=30,
            limit_concurrency=limits.max_connections,
            timeout_graceful_shutdown=10,
        )
        bound_host, bound_port = sock.getsockname()[:2]
        scheme = "https" if tls_cert else "http"
        shown = f"[{bound_host}]" if ":" in bound_host else bound_host
        print(f"Listening on {scheme}://{shown}:{bound_port}", flush=True)  # noqa: T201
        if pin:
            print(f"TLS pin (SHA-256 of the certificate's public key): {pin}", flush=True)  # noqa: T201
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        server.close()
        sock.close()
