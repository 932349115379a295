"""Vault benchmark: a vault of N records against plain sqlite-utils on the same records.

Prints, for the encrypted vault and an unencrypted baseline built in the same run:
- open + unlock, split into key derivation (Argon2id) and the rest;
- listing all records, and a search over all of them;
- the insert rate (one transaction per save, as the app does).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import sqlite_utils

from fieldreport.core import Session
from fieldreport.crypto import kdf
from fieldreport.domain import present
from fieldreport.domain.samples import sample_records
from fieldreport.storage import keyfile

PASSPHRASE = "benchmark passphrase, not a secret"


def records(n: int) -> list[tuple[str, dict]]:
    samples = [(kind, data) for _name, kind, data in sample_records()]
    out = []
    for i in range(n):
        kind, data = samples[i % len(samples)]
        data = json.loads(json.dumps(data))
        data.pop("links", None)
        data["notes"] = f"[BENCH] generated record {i} zebra{i % 97}"
        out.append((kind, data))
    return out


def timed(fn, repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def plain_baseline(
    folder: Path, rows: list[tuple[str, dict]]
) -> tuple[sqlite_utils.Database, float]:
    db = sqlite_utils.Database(folder / "plain.db")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db["records"].create(
        {"id": str, "kind": str, "title": str, "search_text": str, "updated_at": str}, pk="id"
    )
    db["revisions"].create(
        {"record_id": str, "revision": int, "data": str}, pk=("record_id", "revision")
    )
    started = time.perf_counter()
    for kind, data in rows:
        rid = str(uuid.uuid4())
        with db.atomic():
            db["records"].insert(
                {
                    "id": rid,
                    "kind": kind,
                    "title": present.title(kind, data),
                    "search_text": present.search_text(kind, data),
                    "updated_at": time.time(),
                }
            )
            db["revisions"].insert({"record_id": rid, "revision": 1, "data": json.dumps(data)})
    return db, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    rows = records(args.records)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain, plain_insert = plain_baseline(folder, rows)

        session = Session.create(folder / "vault", PASSPHRASE)
        started = time.perf_counter()
        for kind, data in rows:
            session.add(kind, data)
        vault_insert = time.perf_counter() - started
        session.lock()

        sealed = keyfile.read(folder / "vault" / "vault.key")
        kdf_time = timed(lambda: kdf.derive(PASSPHRASE, sealed.params), repeat=3)

        def unlock_and_lock():
            Session.unlock(folder / "vault", PASSPHRASE).lock()

        unlock_time = timed(unlock_and_lock, repeat=3)
        plain_open = timed(
            lambda: (
                sqlite_utils.Database(folder / "plain.db")
                .execute("SELECT count(*) FROM records")
                .fetchone()
            ),
        )
        session = Session.unlock(folder / "vault", PASSPHRASE)
        vault_list = timed(lambda: session.list())
        vault_search = timed(lambda: session.list(search="zebra42"))
        plain_list = timed(
            lambda: list(plain.query("SELECT * FROM records ORDER BY updated_at DESC"))
        )
        plain_search = timed(
            lambda: list(
                plain.query(
                    "SELECT * FROM records WHERE search_text LIKE '%zebra42%' "
                    "ORDER BY updated_at DESC"
                )
            )
        )
        found = len(session.list(search="zebra42"))
        session.lock()

    n = args.records
    print(
        f"FieldReport vault benchmark, {n} records (Argon2id: "
        f"{sealed.params.memory_kib // 1024} MiB, {sealed.params.iterations} passes)"
    )
    print(f"{'measure':38} {'vault':>10} {'plain':>10} {'ratio':>8}")

    def line(name: str, vault: float, plain_s: float, unit: str = "ms") -> None:
        scale = 1000 if unit == "ms" else 1
        print(
            f"{name:38} {vault * scale:>8.1f}{unit} {plain_s * scale:>8.1f}{unit} "
            f"{vault / plain_s:>7.2f}x"
        )

    print(f"{'unlock: key derivation (Argon2id)':38} {kdf_time * 1000:>8.1f}ms {'-':>10} {'-':>8}")
    line("unlock: the rest (open, check, load)", max(unlock_time - kdf_time, 0.0), plain_open)
    line("list all records", vault_list, plain_list)
    line(f"search over all ({found} hits)", vault_search, plain_search)
    print(
        f"{'insert rate (records/s)':38} {n / vault_insert:>10.0f} {n / plain_insert:>10.0f} "
        f"{(n / vault_insert) / (n / plain_insert):>7.2f}x"
    )
    print(
        "ratios: vault time / plain time (insert: vault rate / plain rate; goal: unlock well "
        "under 1 s, list and search without a visible pause)"
    )


if __name__ == "__main__":
    main()
