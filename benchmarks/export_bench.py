"""Export benchmark: each export format over a central store of N records from 50 devices.

Prints, for every format, the time against a baseline measured in the same
run on the same records: plain (unencrypted) sqlite3, the same query for the
current revisions, ``json.loads`` and Python's ``csv`` writer over the
flattened record. Then memory: the peak of Python allocations (tracemalloc)
during a CSV and an XLSX export of N/4 and of N records; a ratio near 1 means
memory stays flat as records grow (the export streams). The anonymised
export's name mask holds every distinct name, which grows a little with N.

    python benchmarks/export_bench.py --records 100000   # the issue's size
    python benchmarks/export_bench.py --records 200      # what the test runs
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import statistics
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldreport.central import migrations
from fieldreport.central.exports import FORMATS, export_records
from fieldreport.central.report import make_report
from fieldreport.central.store import CentralStore
from fieldreport.crypto import kdf
from fieldreport.domain.samples import sample_records

PASSPHRASE = "benchmark passphrase, not a secret"
DEVICES = 50
CURRENT = (
    "SELECT r.record_id, r.kind, r.revision, r.status, r.saved_at, r.device_id, r.data "
    "FROM revisions r WHERE r.deleted = 0 AND r.revision = "
    "(SELECT max(x.revision) FROM revisions x WHERE x.record_id = r.record_id)"
)


def rows(n: int) -> list[dict[str, Any]]:
    samples = [(kind, data) for _name, kind, data in sample_records()]
    devices = [str(uuid.uuid4()) for _ in range(DEVICES)]
    out = []
    for i in range(n):
        kind, data = samples[i % len(samples)]
        data = json.loads(json.dumps(data))
        data.pop("links", None)
        data["notes"] = f"[BENCH] generated record {i}"
        if kind == "person":
            data["name"] = f"Bench Person {i}"
        out.append(
            {
                "record_id": str(uuid.uuid4()),
                "revision": 1,
                "kind": kind,
                "status": data.get("status", "draft"),
                "deleted": 0,
                "saved_at": "2026-01-01T00:00:00.000Z",
                "data": json.dumps(data, ensure_ascii=False),
                "content_hash": "0" * 64,
                "device_id": devices[i % DEVICES],
            }
        )
    return out


def fill_central(folder: Path, records: list[dict[str, Any]]) -> CentralStore:
    kdf.TARGET_SECONDS = 0.0
    kdf.DEFAULT_MEMORY_KIB = kdf.MIN_MEMORY_KIB
    store = CentralStore.create(folder, PASSPHRASE, "Benchmark Network")
    with store.transaction() as db:
        db.table("revisions").insert_all(records, batch_size=2000)
    return store


def fill_plain(path: Path, records: list[dict[str, Any]]) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE revisions (record_id TEXT, revision INTEGER, kind TEXT, status TEXT, "
        "deleted INTEGER, saved_at TEXT, data TEXT, content_hash TEXT, device_id TEXT, "
        "PRIMARY KEY (record_id, revision))"
    )
    conn.execute("CREATE INDEX revisions_kind ON revisions (kind)")
    columns = list(records[0])
    conn.executemany(
        f"INSERT INTO revisions ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [[r[c] for c in columns] for r in records],
    )
    conn.commit()
    assert migrations  # the central schema is the one the export reads
    return conn


def _flat(value: Any, prefix: str, into: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flat(inner, f"{prefix}.{key}" if prefix else key, into)
    elif isinstance(value, list):
        into[prefix] = "; ".join(str(v) for v in value)
    else:
        into[prefix] = value


def plain_csv(conn: sqlite3.Connection, out: Path) -> None:
    """The floor: the same rows, decoded and written by the csv module."""
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for row in conn.execute(CURRENT):
            flat: dict[str, Any] = {"id": row[0], "kind": row[1], "device": row[5]}
            _flat(json.loads(row[6]), "", flat)
            writer.writerow(flat.values())


def timed(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def peak(fn: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    n = args.records
    with tempfile.TemporaryDirectory(prefix="fieldreport-export-bench-") as tmp:
        base = Path(tmp)
        records = rows(n)
        conn = fill_plain(base / "plain.db", records)
        store = fill_central(base / "central", records)
        small = fill_central(base / "small", records[: max(n // 4, 1)])
        try:
            floor = timed(lambda: plain_csv(conn, base / "plain.csv"), args.repeat)
            print(f"records: {n:,} from {DEVICES} devices")
            print(f"baseline (sqlite3 + json + csv module): {floor:.3f} s")
            for fmt in FORMATS:
                out = base / f"out.{fmt}"
                took = timed(
                    lambda f=fmt, o=out: export_records(store, o, f, force=True), args.repeat
                )
                print(f"{fmt:8} {took:8.3f} s  {took / floor:5.2f}x baseline")
            report = timed(lambda: make_report(store, base / "r.pdf", force=True), 1)
            print(f"report   {report:8.3f} s  {report / floor:5.2f}x baseline (PDF, one run)")
            for fmt in ("csv", "xlsx"):
                few = peak(lambda f=fmt: export_records(small, base / f"s.{f}", f, force=True))
                many = peak(lambda f=fmt: export_records(store, base / f"m.{f}", f, force=True))
                print(
                    f"memory {fmt:5} peak {few / 2**20:6.1f} MiB at {max(n // 4, 1):,}, "
                    f"{many / 2**20:6.1f} MiB at {n:,}: {many / max(few, 1):.2f}x for 4x records"
                )
        finally:
            store.close()
            small.close()
            conn.close()


if __name__ == "__main__":
    main()
