"""A real sync server process on 127.0.0.1 for tests: started, waited for, stopped."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fieldreport.central.tls import make_self_signed


@dataclass
class RunningServer:
    url: str
    tls_pin: str
    process: subprocess.Popen[str]
    log_file: Path

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace")


def tls_files(folder: Path) -> tuple[Path, Path, str]:
    """A self-signed certificate for 127.0.0.1 (made once per folder); returns cert, key, pin."""
    cert, key = folder / "server-cert.pem", folder / "server-key.pem"
    pin_file = folder / "server-pin.txt"
    if not cert.exists():
        folder.mkdir(parents=True, exist_ok=True)
        pin_file.write_text(make_self_signed(["127.0.0.1", "localhost"], cert, key))
    return cert, key, pin_file.read_text()


@contextlib.contextmanager
def running_server(
    store_dir: Path,
    passphrase: str,
    *,
    tls: bool = True,
    port: int = 0,
    extra_args: tuple[str, ...] = (),
    timeout: float = 30.0,
) -> Iterator[RunningServer]:
    """``fieldreport-cli central serve`` in a subprocess; yields once it listens."""
    args = [sys.executable, "-m", "fieldreport.cli", "central", "serve", "--store", str(store_dir)]
    args += ["--port", str(port)]
    pin = ""
    if tls:
        cert, key, pin = tls_files(store_dir.parent / "tls")
        args += ["--tls-cert", str(cert), "--tls-key", str(key)]
    args += list(extra_args)
    env = {**os.environ, "FIELDREPORT_CENTRAL_PASSPHRASE": passphrase}
    log_file = store_dir.parent / f"server-{time.monotonic_ns()}.log"
    with log_file.open("w") as log:
        process = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL, text=True, env=env
        )
    try:
        url = _wait_for_address(process, timeout, log_file)
        yield RunningServer(url, pin, process, log_file)
    finally:
        stop(process)


def _wait_for_address(process: subprocess.Popen[str], timeout: float, log_file: Path) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith("Listening on "):
            return line.split()[-1]
        if not line and process.poll() is not None:
            break
    stop(process)
    raise RuntimeError(f"the server did not start: {log_file.read_text()[-2000:]}")


def stop(process: subprocess.Popen[str], kill: bool = False) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stdout is not None:
        process.stdout.close()
