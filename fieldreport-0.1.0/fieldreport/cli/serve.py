"""``fieldreport-cli central serve`` and ``central tls-cert``: the sync server's commands."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from fieldreport.central.uploads import Limits
from fieldreport.cli.central_store import open_store
from fieldreport.cli.output import out
from fieldreport.errors import UsageError

MiB = 1024 * 1024


def cmd_serve(args: argparse.Namespace) -> int:
    from fieldreport.central import serve  # uvicorn is loaded only for this command

    if not 0 <= args.port <= 65535:
        raise UsageError("The port must be between 0 and 65535.")
    limits_given = (
        args.max_upload_mib,
        args.max_uploads_per_device,
        args.max_waiting_per_device,
        args.max_device_mib,
        args.max_connections,
        args.max_per_address,
    )
    if min(limits_given) < 1 or min(args.expire_hours, args.header_timeout, args.idle_timeout) <= 0:
        raise UsageError(
            "Every limit must be at least 1, and --expire-hours and the timeouts more than 0."
        )
    limits = Limits(
        max_upload=args.max_upload_mib * MiB,
        max_uploads_per_device=args.max_uploads_per_device,
        max_waiting_per_device=args.max_waiting_per_device,
        max_bytes_per_device=args.max_device_mib * MiB,
        expiry_seconds=int(args.expire_hours * 3600),
        max_connections=args.max_connections,
        max_per_address=args.max_per_address,
        header_timeout=args.header_timeout,
        idle_timeout=args.idle_timeout,
    )
    tls_cert = Path(args.tls_cert) if args.tls_cert else None
    tls_key = Path(args.tls_key) if args.tls_key else None
    with open_store(args) as central:
        serve.serve(
            central,
            host=args.host,
            port=args.port,
            tls_cert=tls_cert,
            tls_key=tls_key,
            limits=limits,
        )
    return 0


def cmd_tls_cert(args: argparse.Namespace) -> int:
    from fieldreport.central.tls import make_self_signed

    pin = make_self_signed(args.host, Path(args.cert_out), Path(args.key_out))
    out(f"Wrote the certificate {args.cert_out} and its private key {args.key_out}.")
    out(f"TLS pin: {pin}")
    out("Give it to 'central provisioning --tls-pin' so devices accept this certificate only.")
    return 0


def add_serve_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    defaults = Limits()
    p = add("serve", cmd_serve, "run the sync server: devices upload bundles, fetch receipts")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8443, help="port (default 8443; 0 picks one)")
    p.add_argument("--tls-cert", metavar="FILE", help="PEM certificate (else plain HTTP)")
    p.add_argument("--tls-key", metavar="FILE", help="PEM private key of the certificate")
    p.add_argument(
        "--max-upload-mib",
        type=int,
        default=defaults.max_upload // MiB,
        metavar="N",
        help="largest bundle accepted (default %(default)s MiB)",
    )
    p.add_argument(
        "--max-uploads-per-device",
        type=int,
        default=defaults.max_uploads_per_device,
        metavar="N",
        help="unfinished uploads per device (default %(default)s)",
    )
    p.add_argument(
        "--max-waiting-per-device",
        type=int,
        default=defaults.max_waiting_per_device,
        metavar="N",
        help="finished uploads per device waiting for their import (default %(default)s)",
    )
    p.add_argument(
        "--max-device-mib",
        "--max-partial-mib",
        dest="max_device_mib",
        type=int,
        default=defaults.max_bytes_per_device // MiB,
        metavar="N",
        help="bytes of a device's uploads not yet imported (default %(default)s MiB)",
    )
    p.add_argument(
        "--expire-hours",
        type=float,
        default=defaults.expiry_seconds / 3600,
        metavar="H",
        help="unfinished uploads are removed after H hours without data (default %(default)s)",
    )
    p.add_argument(
        "--max-connections",
        type=int,
        default=defaults.max_connections,
        metavar="N",
        help="connections open at once; more are answered 503 (default %(default)s)",
    )
    p.add_argument(
        "--max-per-address",
        type=int,
        default=defaults.max_per_address,
        metavar="N",
        help="connections open at once from one IP address (default %(default)s)",
    )
    p.add_argument(
        "--header-timeout",
        type=float,
        default=defaults.header_timeout,
        metavar="S",
        help="seconds a client has to send a request's headers (default %(default)s)",
    )
    p.add_argument(
        "--idle-timeout",
        type=float,
        default=defaults.idle_timeout,
        metavar="S",
        help="seconds a request body may pause before the connection is closed "
        "(default %(default)s)",
    )
    p = add("tls-cert", cmd_tls_cert, "make a self-signed TLS certificate for the sync server")
    p.add_argument(
        "--host",
        action="append",
        required=True,
        metavar="NAME_OR_IP",
        help="host name or address devices connect to (repeatable)",
    )
    p.add_argument(
        "--cert-out", required=True, metavar="FILE", help="where to write the certificate (PEM)"
    )
    p.add_argument(
        "--key-out",
        required=True,
        metavar="FILE",
        help="where to write its private key (PEM; keep it on the server only)",
    )
