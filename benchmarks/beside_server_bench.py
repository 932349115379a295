"""A coordinator beside a busy sync server: figures and approvals, on either backend.

The store is the embedded one, or on PostgreSQL when ``FIELDREPORT_CENTRAL_DATABASE``
names an empty database (docs/central-postgresql.md).

Builds, under a temporary folder (nothing is timed here):
- a central store of ``--records`` records (``central_bench``'s generator,
  written straight into its tables) so the figures have work to do;
- ``--devices`` real approved devices, each with ``--bundles`` real bundles
  (4 records and a small photo each; ``sync_bench``'s builder);
- two more field vaults with enrollment requests, to approve during the run.

Then ``fieldreport-cli central serve`` runs on the store (its own process) and
a *coordinator* — another process with the store open — runs the figures
query (``figures.compute``, no duplicate detection) over and over:

- idle: nothing else happens (the baseline, same run);
- under load: meanwhile every device uploads its bundles at once
  (``sync_bench.run_load``: the device's tus client, one thread each) and the
  server imports them; a coordinator approves a device in the middle of it.

Printed: the figures query's median and slowest time under load against idle
(the ratio is the result: readers never wait for the importer, so it measures
sharing two cores, not locking), the approval's time under load against idle
(a write waits for the import in progress, if any), and the check that every
bundle sent was imported exactly once. Sizes: ``--records 100000 --devices 50
--bundles 4`` (defaults are smaller: ``--records 20000 --devices 20``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle_bench import PASSPHRASE, cheap_kdf_everywhere  # noqa: E402
from central_bench import build_store, generate  # noqa: E402
from sync_bench import (  # noqa: E402
    build_devices,
    new_device_vault,
    run_load,
    start_central,
    verify_imports,
)

# The coordinator: its own process, the store open beside the server; figures until told.
COORDINATOR = """
import json, sys, time
from pathlib import Path
from fieldreport.central import figures
from fieldreport.central.store import CentralStore
folder, passphrase, stop, most = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
store = CentralStore.open_to_read(folder, passphrase)
print("open", flush=True)
times = []
while len(times) < most and not stop.exists():
    started = time.perf_counter()
    figures.compute(store, with_duplicates=False)
    times.append(time.perf_counter() - started)
store.close()
print(json.dumps(times), flush=True)
"""

APPROVER = """
import sys, time
from pathlib import Path
from fieldreport.central import devices
from fieldreport.central.store import CentralStore
store = CentralStore.open(Path(sys.argv[1]), sys.argv[2])
started = time.perf_counter()
devices.approve(store, Path(sys.argv[3]).read_bytes())
print(time.perf_counter() - started, flush=True)
store.close()
"""


def small_photos(folder: Path, count: int) -> list[Path]:
    from PIL import Image

    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"photo-{i}.jpg"
        Image.frombytes("RGB", (320, 240), os.urandom(320 * 240 * 3)).save(path, quality=90)
        paths.append(path)
    return paths


class Coordinator:
    """The figures query in a loop, in its own process, until ``stop`` or ``most`` runs."""

    def __init__(self, store: Path, stop: Path, most: int) -> None:
        command = [sys.executable, "-c", COORDINATOR, str(store), PASSPHRASE, str(stop), str(most)]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        if self.process.stdout.readline().strip() != "open":
            raise SystemExit("the coordinator could not open the store")

    def times(self) -> list[float]:
        out, _ = self.process.communicate(timeout=600)
        if self.process.returncode != 0:
            raise SystemExit("the coordinator failed")
        return [float(t) for t in json.loads(out)]


def approve(store: Path, request: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", APPROVER, str(store), PASSPHRASE, str(request)],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return float(done.stdout.strip())


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--bundles", type=int, default=4, help="bundles per device")
    parser.add_argument("--seconds", type=float, default=30.0, help="upload for at most")
    parser.add_argument("--repeat", type=int, default=5, help="idle figures runs")
    parser.add_argument("--workdir", help="where the temporary folder goes")
    args = parser.parse_args(argv)
    cheap_kdf_everywhere()
    from fieldreport.central.tls import make_self_signed

    work = Path(tempfile.mkdtemp(prefix="beside-server-", dir=args.workdir))
    try:
        data = generate(args.records, max(2, args.devices), max(10, args.records // 5))
        central = build_store(work, data)
        store_dir = central.folder
        with central.transaction():  # certificate serials after the planted devices
            central.put_info("next_serial", str(len(data.devices) + 1))
        fleet = build_devices(
            work, central, small_photos(work / "photos", 8), args.devices, args.bundles
        )
        requests = []
        for name in ("late-idle", "late-busy"):
            request = work / f"{name}.request"
            request.write_bytes(new_device_vault(str(work / name), central.org.provisioning()))
            requests.append(request)
        org_id = central.org.org_id
        central.close()
        cert, key = work / "cert.pem", work / "key.pem"
        pin = make_self_signed(["127.0.0.1"], cert, key)
        # Every device here comes from 127.0.0.1: lift the per-address bound (32), which
        # stands for one office's NAT, above what the devices open at once.
        per_address = ("--max-per-address", str(max(64, 4 * args.devices)))
        server = start_central(store_dir, cert, key, work / "server.log", per_address)
        try:
            idle = Coordinator(store_dir, work / "never", args.repeat).times()
            approve_idle = approve(store_dir, requests[0])
            stop = work / "stop"
            coordinator = Coordinator(store_dir, stop, 1_000_000)
            busy: dict[str, float] = {}

            def approve_meanwhile() -> None:
                time.sleep(min(2.0, args.seconds / 2))  # the uploads and imports are going
                busy["approve"] = approve(store_dir, requests[1])

            approver = threading.Thread(target=approve_meanwhile)
            approver.start()
            load = run_load("net", server, pin, fleet, org_id, args.seconds)
            approver.join()
            stop.touch()
            loaded = coordinator.times()
        finally:
            server.stop()
        ok, checks = verify_imports(store_dir, fleet, load["sent"], server.log())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = {
        "idle_median": statistics.median(idle),
        "load_median": statistics.median(loaded) if loaded else 0.0,
        "load_max": max(loaded, default=0.0),
        "load_runs": len(loaded),
        "approve_idle": approve_idle,
        "approve_busy": busy.get("approve", 0.0),
        "bundles": len(load["sent"]),
        "imported_once": ok and not load["failures"],
    }
    ratio = result["load_median"] / result["idle_median"] if result["idle_median"] else 0.0
    backend = "PostgreSQL" if os.environ.get("FIELDREPORT_CENTRAL_DATABASE") else "embedded"
    print(f"records {args.records}, devices {args.devices}, bundles sent {result['bundles']}")
    print(f"central store: {backend} (FIELDREPORT_CENTRAL_DATABASE chooses PostgreSQL)")
    print(f"figures query idle (median of {len(idle)})     {result['idle_median'] * 1000:8.0f} ms")
    print(
        f"figures query under load (median of {len(loaded)}) "
        f"{result['load_median'] * 1000:8.0f} ms   {ratio:.2f}x idle, "
        f"slowest {result['load_max'] * 1000:.0f} ms"
    )
    print(
        f"approve a device beside the server: idle {approve_idle * 1000:.0f} ms, "
        f"under load {result['approve_busy'] * 1000:.0f} ms"
    )
    for line in checks + [f"FAIL {f}" for f in load["failures"]]:
        print(line)
    return result


if __name__ == "__main__":
    outcome = main()
    sys.exit(0 if outcome["imported_once"] else 1)
