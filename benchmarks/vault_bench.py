"""Vault benchmark: a vault of N records against plain sqlite-utils on the same records.

    .venv/bin/python benchmarks/vault_bench.py --records 10000     # one size, as before
    .venv/bin/python benchmarks/vault_bench.py --growth            # 1,000 / 10,000 / 100,000

Prints, for the encrypted vault and an unencrypted baseline built in the same run:
- open + unlock, split into key derivation (Argon2id) and the rest;
- listing all records, and a search over all of them;
- the insert rate (one transaction per save, as the app does).

``--default-cache`` keeps SQLite's default page cache (2 MiB) instead of one
sized for the vault, to see what the sizing does.

``--growth`` builds vaults of each size (``Session.add_many``: one transaction)
and measures search and counts as the window asks them: a word in a fixed
number of records (10 at every size), a word in 1 of 97 records, a kind's
count and a search's count. For each it prints the time, the growth factor
against the smallest vault, and how much the result itself grew; the goal is
growth no faster than the result's. The baseline, in the same run, is the
same search text in a plain SQLite table searched with ``LIKE`` (a scan: it
grows with the vault).
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

from fieldreport.core import ListQuery, Session
from fieldreport.crypto import kdf
from fieldreport.domain import present
from fieldreport.domain.samples import sample_records
from fieldreport.storage import database, key_slots

PASSPHRASE = "benchmark passphrase, not a secret"


FIXED_HITS = 10
#: SQLite's own default page cache (``PRAGMA cache_size = -2000``), for comparison.
DEFAULT_CACHE_KIB = 2000
GROWTH_SIZES = (1_000, 10_000, 100_000)


def records(n: int) -> list[tuple[str, dict]]:
    samples = [(kind, data) for _name, kind, data in sample_records()]
    out = []
    for i in range(n):
        kind, data = samples[i % len(samples)]
        data = json.loads(json.dumps(data))
        data.pop("links", None)
        data.pop("media", None)
        needle = " needleword" if i % max(1, n // FIXED_HITS) == 0 else ""
        data["notes"] = f"[BENCH] generated record {i} zebra{i % 97}{needle}"
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


def growth_at(folder: Path, n: int) -> dict[str, tuple[float, int, float]]:
    """measure → (vault seconds, result size, plain LIKE seconds) at ``n`` records."""
    rows = records(n)
    session = Session.create(folder / f"vault-{n}", PASSPHRASE)
    for start in range(0, n, 20_000):
        session.add_many(rows[start : start + 20_000])
    session.lock()
    plain = sqlite_utils.Database(folder / f"plain-{n}.db")
    plain.execute("CREATE TABLE records (id INTEGER PRIMARY KEY, kind TEXT, search_text TEXT)")
    plain.conn.executemany(
        "INSERT INTO records (kind, search_text) VALUES (?, ?)",
        [(kind, present.search_text(kind, data)) for kind, data in rows],
    )
    plain.conn.commit()
    session = Session.unlock(folder / f"vault-{n}", PASSPHRASE)
    out: dict[str, tuple[float, int, float]] = {}

    def plain_count(word: str | None, kind: str | None = None) -> int:
        sql, params = "SELECT count(*) FROM records WHERE 1", []
        if word:
            sql += " AND search_text LIKE ?"
            params.append(f"%{word}%")
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        return plain.execute(sql, params).fetchone()[0]

    for name, search, kind in (
        (f"search: a word in {FIXED_HITS} records", "needleword", None),
        ("search: a word in 1 of 97 records", "zebra42", None),
    ):
        query = ListQuery(kind, search, order="updated")
        found = len(session.list(kind, search))
        out[name] = (
            timed(lambda q=query: session.list_page(q, 0, 200)),
            found,
            timed(
                lambda s=search, k=kind: plain.execute(
                    "SELECT id, kind FROM records WHERE search_text LIKE ? LIMIT 200", [f"%{s}%"]
                ).fetchall()
            ),
        )
    out["count: one kind"] = (
        timed(lambda: session.count("incident")),
        session.count("incident"),
        timed(lambda: plain_count(None, "incident")),
    )
    query = ListQuery(None, "zebra42")
    out["count: a search"] = (
        timed(lambda: session.list_count(query)),
        session.list_count(query),
        timed(lambda: plain_count("zebra42")),
    )
    session.lock()
    plain.close()
    return out


def growth(sizes: list[int]) -> dict[int, dict[str, tuple[float, int, float]]]:
    results: dict[int, dict[str, tuple[float, int, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            results[n] = growth_at(Path(tmp), n)
    first = sizes[0]
    print("FieldReport vault: search and counts as the vault grows")  # noqa: T201
    print(  # noqa: T201
        f"{'measure':36} {'records':>9} {'vault':>9} {'growth':>7} {'result':>7} "
        f"{'growth':>7} {'plain LIKE':>11} {'growth':>7}"
    )
    for name in results[first]:
        base_t, base_n, base_p = results[first][name]
        for n in sizes:
            took, size, plain_t = results[n][name]
            print(  # noqa: T201
                f"{name:36} {n:>9,} {took * 1000:>7.2f}ms {took / base_t:>6.1f}x "
                f"{size:>7} {size / max(base_n, 1):>6.1f}x {plain_t * 1000:>9.2f}ms "
                f"{plain_t / base_p:>6.1f}x"
            )
    print(  # noqa: T201
        "growth: time at each size / time at the smallest (goal: no faster than the "
        "result's growth); plain LIKE: the same words scanned in plain SQLite, same run"
    )
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument(
        "--growth",
        type=int,
        nargs="*",
        help=f"sizes for search and count growth (none given: {GROWTH_SIZES})",
    )
    parser.add_argument(
        "--default-cache",
        action="store_true",
        help="keep SQLite's default page cache (2 MiB) instead of one sized for the vault",
    )
    args = parser.parse_args(argv)
    if args.default_cache:
        database.cache_kib = lambda _conn: DEFAULT_CACHE_KIB  # type: ignore[assignment]
    if args.growth is not None:
        growth(sorted(args.growth or GROWTH_SIZES))
        return
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

        sealed = key_slots.read(folder / "vault" / "vault.key")
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
