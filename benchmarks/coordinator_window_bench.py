"""How long the coordinator window's thread is ever blocked, over a central store of N records.

    .venv/bin/python benchmarks/coordinator_window_bench.py              # 100,000 records
    .venv/bin/python benchmarks/coordinator_window_bench.py --records 2000

A timer on the window's thread ticks every 5 ms; the longest gap between two
ticks is the longest time the window could not answer. Measured while the
Records tab lists everything, searches, filters by kind, period and area,
orders by title, opens a record and goes back to the whole list. The
baseline is the same window, open and idle, ticking for the same time in
the same run (what the machine's own jitter costs); the goal is no block
over 100 ms. It also prints how long each step took to show its result (the
work done on the worker), for the record.

The records are central_bench.py's (people, some reported twice, damage,
incidents and statements over the gazetteer's places, from 50 devices), written
straight into the store's ``revisions`` table (as an import leaves them; the
import itself is measured by import_bench.py), then indexed once before the
window opens (also timed). It prints the store's size on disk (about 3 MiB a
thousand records).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from central_bench import build_store, generate  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fieldreport.central import record_index  # noqa: E402
from fieldreport.central.store import CentralStore  # noqa: E402
from fieldreport.crypto import kdf  # noqa: E402

DEVICES = 50
GOAL_MS = 100
TICK_MS = 5


class Watch:
    """The longest gap between two ticks of a timer on the window's thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.longest = 0

    def start(self) -> None:
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())

    def stop(self) -> int:
        self.timer.stop()
        return self.longest


def fill(folder: Path, count: int) -> CentralStore:
    """A central store of ``count`` records as central_bench.py makes them: a fifth of them
    people (15 % reported again by another device, spelled otherwise), the rest damage,
    incidents and statements over the gazetteer's places, from 50 devices.

    Varied as real records are: the demo samples repeated (every person one of three
    names) made duplicate detection, which the Overview runs, pair every person with
    thousands of others (SQLite's temporary tables grew to 11 GB at 100,000 records).
    """
    data = generate(count, devices=DEVICES, persons=count // 5)
    for number, row in enumerate(data.rows, start=1):
        row.update(bundle_hash="0" * 64, log_seq=number, entry_hash="0" * 64)
    return build_store(folder, data)


def disk_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def wait(app: QApplication, win, done) -> float:  # noqa: ANN001
    """Run the event loop until ``done()``; returns the seconds it took."""
    start = time.perf_counter()
    while not done():
        app.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()
    kdf.TARGET_SECONDS = 0.0
    kdf.DEFAULT_MEMORY_KIB = kdf.MIN_MEMORY_KIB
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from fieldreport.ui.central.window import CentralWindow

    with tempfile.TemporaryDirectory(prefix="fieldreport-coordinator-bench-") as tmp:
        started = time.perf_counter()
        store = fill(Path(tmp), args.records)
        folder = store.folder
        filled = time.perf_counter() - started
        started = time.perf_counter()
        record_index.refresh(store)
        indexed = time.perf_counter() - started
        on_disk = disk_mib(folder)
        win = CentralWindow(folder)
        win.resize(1366, 705)
        win.show()
        win._opened(store)
        watch = Watch()

        def idle() -> bool:
            return not win.runner.busy and not win.runner._pending

        wait(app, win, idle)
        watch.start()
        quiet_until = time.perf_counter() + 2.0
        wait(app, win, lambda: time.perf_counter() > quiet_until)
        baseline = watch.stop()

        page = win.records_view
        bar = page.filters
        steps: list[tuple[str, float, int]] = []

        def step(name: str, action) -> None:  # noqa: ANN001
            watch.start()
            action()
            took = wait(app, win, idle)
            steps.append((name, took, watch.stop()))

        step("list every record", lambda: win.tabs.setCurrentWidget(page))
        step("search two words", lambda: (bar.search.setText("zebra42 shelling"), bar._now()))
        step("kind: persons", lambda: (bar.search.clear(), bar.set_kind("person")))
        step("period 2021-04", lambda: (bar.date_from.setText("2021-04"), bar._now()))
        step(
            "settlement",  # the first one the list offers
            lambda: bar.settlement.setCurrentIndex(min(1, bar.settlement.count() - 1)),
        )
        step("everything again", bar.reset)
        step("order by title", lambda: page.model.sort(1))
        step("open a record", lambda: page.view.selectRow(min(5, page.model.rowCount() - 1)))
        win.close()

    print(f"coordinator window, {args.records:,} records")  # noqa: T201
    print(f"  written straight to the store   {filled:8.1f} s")  # noqa: T201
    print(f"  indexed (once, on a worker)     {indexed:8.1f} s")  # noqa: T201
    print(f"  the store on disk               {on_disk:8.0f} MiB")  # noqa: T201
    print(f"  idle window, longest tick gap   {baseline:8d} ms  (baseline)")  # noqa: T201
    print(f"  {'step':30} {'shown after':>12} {'longest block':>14} {'vs baseline':>12}")  # noqa: T201
    worst = 0
    for name, took, longest in steps:
        worst = max(worst, longest)
        ratio = longest / max(baseline, TICK_MS)
        print(f"  {name:30} {took:10.2f} s {longest:11d} ms {ratio:11.1f}x")  # noqa: T201
    verdict = "within" if worst <= GOAL_MS else "OVER"
    print(f"  longest block {worst} ms: {verdict} the {GOAL_MS} ms goal")  # noqa: T201


if __name__ == "__main__":
    main()
