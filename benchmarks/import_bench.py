"""Central import benchmark: records per second for one bundle of N records (issues 13, 15).

Builds, in the same run and under a temporary folder, a field vault with N
records (``Session.add``; the demo samples varied, as ``bundle_bench.py``
makes them, no photos), joined to a new organisation and approved through the
same calls the CLI makes, and exports one bundle of all of them.

Then measures, best of ``--repeat`` rounds, each on a fresh copy of the
central store as it was before any import:

- ours: ``Importer.import_files`` on that bundle (decrypt, verify, check
  ownership and contents, insert, sign a receipt, commit);
- the baseline: the very rows that import wrote (``revisions``,
  ``device_log``, ``owners``) inserted by ``executemany`` in one transaction
  into a fresh SQLCipher file with the same tables and indexes, as fast as
  the database itself can take them.

Prints records/s, the ratio to the goal (10,000 records/s) and the ratio to
the baseline, by wall time and by CPU time (this process and the age child of
a large bundle): on a machine other programs share, waiting for a core is not
the import's, and CPU time shows the design's cost when wall time cannot.
``--profile`` prints where one import spends its time (cProfile on CPU time).
Sizes: ``--records 10000`` (default); the test runs the smallest.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle_bench import PASSPHRASE, cheap_kdf_everywhere, records  # noqa: E402

GOAL = 10_000  # records/s (issue 13, "The window at scale"; issue 15, benchmarks)
TABLES = ("revisions", "device_log", "owners")


def build(folder: Path, n: int) -> tuple[Path, Path]:
    """(the central store before any import, the bundle of ``n`` records)."""
    from fieldreport.central import devices
    from fieldreport.central.store import CentralStore
    from fieldreport.core import Session
    from fieldreport.sync.bundle_writer import ExportedBundle

    central_folder = folder / "central"
    central = CentralStore.create(central_folder, PASSPHRASE, "Bench Monitoring Network")
    session = Session.create(folder / "vault", PASSPHRASE)
    for kind, data in records(n):
        session.add(kind, data)
    _, request = session.join(central.org.provisioning())
    _, certificate = devices.approve(central, request)
    session.install_certificate(certificate)
    bundle = folder / "records.bundle"
    exported = session.export_bundle(bundle)
    assert isinstance(exported, ExportedBundle), exported
    session.lock()
    central.close()
    return central_folder, bundle


def cpu() -> float:
    """CPU seconds of this process and of its ended children (the age child of a large bundle)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def import_once(
    snapshot: Path, work: Path, bundle: Path, profile: bool
) -> tuple[tuple[float, float], dict]:
    """(wall, CPU) seconds for one import into a fresh copy; the rows it wrote, by table."""
    from fieldreport.central.importer import Importer
    from fieldreport.central.store import CentralStore

    folder = work / "import-central"
    shutil.copytree(snapshot, folder)
    central = CentralStore.open(folder, PASSPHRASE)
    # CPU time, not wall time: on a shared machine, waiting for a core is not the import's.
    profiler = cProfile.Profile(time.process_time) if profile else None
    try:
        started, used = time.perf_counter(), cpu()
        if profiler:
            profiler.enable()
        outcomes = Importer(central).import_files([bundle])
        if profiler:
            profiler.disable()
        elapsed = (time.perf_counter() - started, cpu() - used)
        if len(outcomes) != 1 or outcomes[0].status != "imported":
            raise SystemExit(f"import failed: {[o.describe() for o in outcomes]}")
        rows = {
            table: (
                central.db.execute(
                    "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL",
                    [table],
                ).fetchall(),
                [c.name for c in central.db[table].columns],
                central.db.execute(f"SELECT * FROM {table}").fetchall(),
            )
            for table in TABLES
        }
    finally:
        central.close()
        shutil.rmtree(folder)
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return elapsed, rows


def baseline_once(work: Path, rows: dict) -> tuple[float, float]:
    """(wall, CPU) seconds to insert the same rows by executemany, one transaction, in SQLCipher."""
    from fieldreport.storage import database

    path = work / "baseline.db"
    db = database.open_encrypted(path, os.urandom(32), check=False)
    try:
        for schema, _, _ in rows.values():
            for (sql,) in schema:
                db.execute(sql)
        started, used = time.perf_counter(), cpu()
        db.execute("BEGIN")
        for table, (_, columns, values) in rows.items():
            marks = ", ".join("?" for _ in columns)
            db.conn.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
        db.execute("COMMIT")
        elapsed = (time.perf_counter() - started, cpu() - used)
    finally:
        database.close(db)
    for leftover in work.glob("baseline.db*"):
        leftover.unlink()
    return elapsed


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile one more import")
    args = parser.parse_args(argv)
    cheap_kdf_everywhere()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        started = time.perf_counter()
        snapshot, bundle = build(work, args.records)
        built = time.perf_counter() - started
        print(
            f"FieldReport import benchmark: one bundle of {args.records} records "
            f"({bundle.stat().st_size / 1e6:.1f} MB), built in {built:.0f} s",
            flush=True,
        )
        ours, base, rows = [], [], {}
        for _ in range(args.repeat):
            took, rows = import_once(snapshot, work, bundle, profile=False)
            ours.append(took)
            base.append(baseline_once(work, rows))
        if args.profile:
            import_once(snapshot, work, bundle, profile=True)
    best = min(t for t, _ in ours)  # best of the rounds, each measure on its own
    floor = min(t for t, _ in base)
    best_cpu = min(c for _, c in ours)
    floor_cpu = min(c for _, c in base)
    rate, rate_cpu = args.records / best, args.records / best_cpu
    inserted = sum(len(values) for _, _, values in rows.values())
    print(f"{'':10} {'wall':>9} {'CPU':>9} {'records/s':>10} {'per CPU s':>10}")
    print(
        f"{'import':10} {best * 1000:7.0f}ms {best_cpu * 1000:7.0f}ms {rate:10.0f} {rate_cpu:10.0f}"
    )
    print(
        f"{'baseline':10} {floor * 1000:7.0f}ms {floor_cpu * 1000:7.0f}ms "
        f"({inserted} rows by executemany into SQLCipher)"
    )
    print(
        f"ratios: {rate / GOAL:.2f} of the goal ({GOAL} records/s; {rate_cpu / GOAL:.2f} per CPU "
        f"second); baseline / ours {floor / best:.2f} wall, {floor_cpu / best_cpu:.2f} CPU "
        "(1.0 would be the database's own speed)"
    )
    return {
        "records_per_second": rate,
        "records_per_cpu_second": rate_cpu,
        "goal_ratio": rate / GOAL,
        "baseline_ratio": floor / best,
        "baseline_cpu_ratio": floor_cpu / best_cpu,
    }


if __name__ == "__main__":
    main()
