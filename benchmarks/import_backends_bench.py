"""Import throughput on each backend of the central store: records per second.

Builds one real bundle of ``--records`` records from one real device (no
photos: the record path), then imports that same bundle into a new embedded
store (the baseline, same run) and, with ``--database URL`` (an empty
PostgreSQL database; ``FIELDREPORT_CENTRAL_DATABASE`` otherwise), into the
same organisation's store moved to PostgreSQL (``central migrate``).
Printed: records/s on each, and PostgreSQL's ratio to the embedded store.
Each import is checked: every record arrived, once.

The issue's size: ``--records 10000`` (goal: ≥ 10,000 records/s embedded).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bundle_bench import PASSPHRASE, cheap_kdf_everywhere  # noqa: E402
from bundle_bench import records as sample_records  # noqa: E402

from fieldreport.central import devices  # noqa: E402
from fieldreport.central.importer import Importer  # noqa: E402
from fieldreport.central.pg.move import move_to_postgresql  # noqa: E402
from fieldreport.central.store import DATABASE_ENV, CentralStore  # noqa: E402
from fieldreport.core import Session  # noqa: E402
from fieldreport.sync.device_sync import export  # noqa: E402


def build(root: Path, records: int) -> Path:
    """An embedded store (``root/org``) with one approved device; that device's bundle."""
    device = Session.create(root / "device", PASSPHRASE)
    organisation = CentralStore.create(root / "org", PASSPHRASE, "Benchmark network", database="")
    try:
        _, request = device.join(organisation.org.provisioning())
        device.install_certificate(devices.approve(organisation, request)[1])
        for kind, data in sample_records(records):
            device.add(kind, data)
        bundle = root / "records.bundle"
        export(device._vault, bundle)  # noqa: SLF001 - the benchmark drives the vault
    finally:
        organisation.close()
        device.lock()
    return bundle


def import_into(root: Path, name: str, database: str | None, bundle: Path, records: int) -> float:
    """Seconds to import ``bundle`` into a copy of the organisation's store (on ``database``)."""
    shutil.copytree(root / "org", root / name)
    if database is not None:  # the copy moved to PostgreSQL, as `central migrate` does it
        move_to_postgresql(root / name, PASSPHRASE, database)
    store = CentralStore.open(root / name, PASSPHRASE)
    try:
        started = time.perf_counter()
        [outcome] = Importer(store).import_files([bundle])
        seconds = time.perf_counter() - started
        if outcome.status != "imported":
            raise SystemExit(f"the import into the {name} store failed: {outcome.reason}")
        counted = store.db.execute(
            "SELECT count(DISTINCT record_id), count(*) FROM revisions"
        ).fetchone()
        if tuple(counted) != (records, records):
            raise SystemExit(f"the {name} store holds {counted} records/revisions, not {records}")
        return seconds
    finally:
        store.close()


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10000)
    parser.add_argument("--database", help=f"an empty PostgreSQL database (or ${DATABASE_ENV})")
    parser.add_argument("--workdir", help="where the temporary folder goes")
    args = parser.parse_args(argv)
    database = args.database or os.environ.get(DATABASE_ENV) or None
    results: dict[str, float] = {}
    cheap_kdf_everywhere()
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        root = Path(tmp)
        bundle = build(root, args.records)
        print(f"bundle of {args.records} records: {bundle.stat().st_size / 1e6:.1f} MB")
        embedded = import_into(root, "embedded", None, bundle, args.records)
        results["embedded_records_per_s"] = args.records / embedded
        print(f"embedded store:  {results['embedded_records_per_s']:>9,.0f} records/s (baseline)")
        if database is None:
            print("PostgreSQL: not measured (give --database postgresql://… of an empty database)")
            return results
        on_pg = import_into(root, "postgresql", database, bundle, args.records)
        results["postgresql_records_per_s"] = args.records / on_pg
        results["postgresql_ratio"] = embedded / on_pg
        print(
            f"PostgreSQL:      {results['postgresql_records_per_s']:>9,.0f} records/s "
            f"({results['postgresql_ratio']:.2f}× the embedded store's throughput)"
        )
    return results


if __name__ == "__main__":
    main()
