"""Central benchmark: figures, search and duplicate detection on a central store.

Builds a real (encrypted) central store holding N records from D devices —
people, damage with livestock, incidents with reported counts, statements —
of which a share are the same person or house reported again by another
device, in the other script ("Асан Мамытов" / "Asan Mamytov"), and the same
records in a plain, unencrypted SQLite file. Then prints, side by side:

- figures (``central figures``) without and with duplicate detection,
  against the same counts (with the ids behind each) computed by SQL with
  json_extract on the plain file;
- search by a word (``record_search.find``, when this build has it),
  against ``LIKE`` on the plain file;
- each export (``central export --format …``, anonymised) against the same
  current records read from the plain file, decoded and written by Python's
  ``csv`` module (memory flatness is measured by ``export_bench.py``);
- duplicate detection over the person records (``central duplicates``),
  against an exact self-join on name and settlement in the plain file (all
  SQLite alone can do), with recall and precision on the planted pairs; the
  goal is under a minute for 20,000 people on a 2-core machine.

Records are written straight into the store's tables (the import has its
own benchmark); sizes: ``--records 100000 --devices 50 --persons 20000``.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import json
import os
import pstats
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from anyascii import anyascii

from fieldreport.central import duplicates, figures
from fieldreport.central.exports import FORMATS, export_records
from fieldreport.central.store import CentralStore
from fieldreport.crypto import kdf
from fieldreport.domain.gazetteer import load_gazetteer

PASSPHRASE = "benchmark passphrase, not a secret"
FIRST_M = [
    "Асан",
    "Бакыт",
    "Нурлан",
    "Болот",
    "Эрлан",
    "Азамат",
    "Тилек",
    "Улан",
    "Жыргал",
    "Талант",
    "Мирлан",
    "Айбек",
]
FIRST_F = [
    "Айгуль",
    "Жылдыз",
    "Гулнара",
    "Нургуль",
    "Айжан",
    "Бермет",
    "Динара",
    "Чолпон",
    "Асель",
    "Мээрим",
]
FAMILY = [
    "Мамытов",
    "Сыдыков",
    "Жолдошев",
    "Токтосунов",
    "Абдыкадыров",
    "Исаков",
    "Осмонов",
    "Үсөнбаев",
    "Маматов",
    "Кадыров",
    "Ташиев",
    "Алиев",
    "Жумабеков",
    "Сатыбалдиев",
    "Эшматов",
    "Шамшиев",
    "Курманов",
    "Бекмуратов",
]
OUTCOMES = ("killed", "injured", "missing", "detained_or_hostage", "released", "displaced")
LEVELS = ("destroyed", "severe", "moderate", "minor")
TYPES = ("house", "school", "shop_or_market", "livestock_shelter", "vehicle")
AGAIN = 0.15  # share of people reported a second time by another device


def spelled_again(name: str, rng: random.Random) -> str:
    """The same name as another monitor writes it: in Latin, sometimes "J" for "Zh"."""
    latin = anyascii(name)
    return latin.replace("Zh", "J") if rng.random() < 0.3 else latin


class Data:
    """Generated revision rows, the devices, and the planted duplicate pairs."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.rows: list[dict[str, Any]] = []
        self.groups: dict[str, list[str]] = {}  # first report → every report of that person
        self.damage_groups: dict[str, list[str]] = {}  # the same for properties
        self.places = load_gazetteer().entries
        self.devices: list[str] = []

    @property
    def planted(self) -> set[frozenset[str]]:
        """Every pair of reports of one person (all reported twice or more)."""
        return _pairs(self.groups)

    @property
    def planted_damage(self) -> set[frozenset[str]]:
        return _pairs(self.damage_groups)

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128)))

    def add(self, kind: str, data: dict, device: int, revisions: int = 1) -> str:
        record_id = self.new_id()
        for revision in range(1, revisions + 1):
            self.rows.append(
                {
                    "record_id": record_id,
                    "revision": revision,
                    "kind": kind,
                    "status": "final",
                    "deleted": 0,
                    "saved_at": f"2021-05-{1 + revision:02d}T10:00:00Z",
                    "data": json.dumps(data, ensure_ascii=False),
                    "content_hash": "0" * 64,
                    "device_id": self.devices[device],
                }
            )
        return record_id

    def location(self, place: Any, cyrillic: bool) -> dict[str, Any]:
        return {
            "country": place.country,
            "region": place.region,
            "district": place.district,
            "settlement": place.names.get("ru" if cyrillic else "en") or place.names["en"],
        }

    def day(self) -> str:
        return f"2021-04-{self.rng.randint(1, 30):02d}"

    def person(self, device: int, index: int) -> tuple[str, dict, Any]:
        rng = self.rng
        sex = rng.choice(("male", "female"))
        first = rng.choice(FIRST_M if sex == "male" else FIRST_F)
        family = rng.choice(FAMILY) + ("а" if sex == "female" else "")
        place = rng.choice(self.places)
        data = {
            "outcome": rng.choice(OUTCOMES),
            "name": f"{first} {family}",
            "sex": sex,
            "age": rng.randint(1, 85),
            "civilian": "yes",
            "event_on": self.day(),
            "event_location": self.location(place, cyrillic=True),
        }
        # Every twentieth person was edited once: the current revision is the second.
        return self.add("person", data, device, revisions=1 + (index % 20 == 0)), data, place

    def people(self, count: int) -> None:
        rng = self.rng
        written: list[tuple[str, dict, Any, int]] = []
        for index in range(count):
            device = rng.randrange(len(self.devices))
            if written and rng.random() < AGAIN:
                first_id, data, place, first_device = rng.choice(written)
                again = {
                    **data,
                    "name": spelled_again(data["name"], rng),
                    "age": data["age"] + rng.choice((0, 0, 1, -1)),
                    "event_location": self.location(place, cyrillic=False),
                }
                other = (first_device + 1) % len(self.devices)
                self.groups.setdefault(first_id, [first_id]).append(
                    self.add("person", again, other)
                )
            else:
                record_id, data, place = self.person(device, index)
                written.append((record_id, data, place, device))

    def damage(self, device: int, place: Any, written: list) -> None:
        """A damage record; one in ten is a house reported again by another device."""
        rng = self.rng
        if written and rng.random() < AGAIN / 1.5:
            first_id, data, first_device = rng.choice(written)
            again = json.loads(json.dumps(data))
            again["owner"]["name"] = spelled_again(data["owner"]["name"], rng)
            if "lat" in again["location"]:
                again["location"]["lat"] += rng.uniform(-0.0002, 0.0002)
            other = (first_device + 1) % len(self.devices)
            record_id = self.add("damage", again, other)
            self.damage_groups.setdefault(first_id, [first_id]).append(record_id)
            return
        location = self.location(place, rng.random() < 0.5)
        if rng.random() < 0.5:  # about half come with a GPS position
            location |= {"lat": 39.9 + rng.uniform(0, 0.3), "lon": 70.3 + rng.uniform(0, 0.5)}
        data = {
            "property_type": rng.choice(TYPES),
            "damage_level": rng.choice(LEVELS),
            "causes": ["shelling"],
            "location": location,
            "owner": {"name": f"{rng.choice(FIRST_M)} {rng.choice(FAMILY)}"},
            "damaged_on": self.day(),
            "assessed_on": "2021-05-03",
            "assessor": "Monitor",
            "households_displaced": rng.randint(0, 2),
            "livestock": [{"species": "cattle", "count": rng.randint(1, 20), "fate": "taken"}],
        }
        written.append((self.add("damage", data, device), data, device))

    def others(self, count: int) -> None:
        rng = self.rng
        written: list = []
        for i in range(count):
            device = rng.randrange(len(self.devices))
            place = rng.choice(self.places)
            if i % 5 < 2:
                self.damage(device, place, written)
            elif i % 5 == 2:
                data = {
                    "title": f"Shelling {i}",
                    "occurred_on": self.day(),
                    "location": self.location(place, False),
                    "categories": ["shelling"],
                    "reported_counts": {
                        "killed": {"value": rng.randint(0, 9), "source": "council"}
                    },
                }
                self.add("incident", data, device)
            else:
                data = {
                    "witness": {
                        "code": f"W-{i:05d}",
                        "sex": "female",
                        "age_group": "30-44",
                        "role": "eyewitness",
                    },
                    "consent": {"given": True, "scope": ["investigation"], "method": "written"},
                    "interview": {"date": "2021-05-02", "interviewer": "M", "language": "ky"},
                    "text": f"Statement {i}: shelling near {place.names['en']} zebra{i % 97}.",
                }
                self.add("statement", data, device)


def _pairs(groups: dict[str, list[str]]) -> set[frozenset[str]]:
    return {
        frozenset((a, b))
        for ids in groups.values()
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
    }


def generate(records: int, devices: int, persons: int, seed: int = 7) -> Data:
    data = Data(seed)
    data.devices = [data.new_id() for _ in range(devices)]
    data.people(min(persons, records))
    data.others(max(records - min(persons, records), 0))
    return data


REVISION_COLUMNS = (
    "record_id",
    "revision",
    "kind",
    "status",
    "deleted",
    "saved_at",
    "data",
    "content_hash",
    "device_id",
)


def build_store(folder: Path, data: Data) -> CentralStore:
    params = kdf.KdfParams(salt=os.urandom(16), memory_kib=kdf.MIN_MEMORY_KIB, iterations=1)
    store = CentralStore.create(folder / "central", PASSPHRASE, "Benchmark network", params)
    with store.transaction() as db:
        for serial, device in enumerate(data.devices, start=1):
            db.table("devices").insert(
                {
                    "id": device,
                    "public_key": os.urandom(32),
                    "fingerprint": device[:16],
                    "status": "approved",
                    "serial": serial,
                    "approved_at": "2021-04-01T00:00:00Z",
                    "name": f"Monitor {serial}",
                }
            )
        db.table("revisions").insert_all(data.rows, batch_size=2000)
    return store


def build_plain(folder: Path, data: Data) -> sqlite3.Connection:
    """The same revisions, unencrypted, in a plain SQLite file (same key and index)."""
    conn = sqlite3.connect(folder / "plain.db")
    conn.execute(
        "CREATE TABLE revisions (record_id TEXT, revision INTEGER, kind TEXT, status TEXT, "
        "deleted INTEGER, saved_at TEXT, data TEXT, content_hash TEXT, device_id TEXT, "
        "PRIMARY KEY (record_id, revision))"
    )
    conn.execute("CREATE INDEX revisions_kind ON revisions (kind)")
    conn.executemany(
        f"INSERT INTO revisions VALUES ({', '.join('?' for _ in REVISION_COLUMNS)})",
        ([row[c] for c in REVISION_COLUMNS] for row in data.rows),
    )
    conn.commit()
    return conn


CURRENT = (
    "WITH cur AS (SELECT r.* FROM revisions r WHERE r.deleted = 0 AND r.revision = "
    "(SELECT max(revision) FROM revisions x WHERE x.record_id = r.record_id)) "
)
PLAIN_FIGURES = [
    CURRENT + "SELECT json_extract(data, '$.outcome'), count(*), group_concat(record_id) "
    "FROM cur WHERE kind = 'person' GROUP BY 1",
    CURRENT + "SELECT json_extract(data, '$.damage_level'), count(*), group_concat(record_id) "
    "FROM cur WHERE kind = 'damage' GROUP BY 1",
    CURRENT + "SELECT json_extract(data, '$.property_type'), count(*), group_concat(record_id) "
    "FROM cur WHERE kind = 'damage' GROUP BY 1",
    CURRENT + "SELECT json_extract(j.value, '$.fate'), sum(json_extract(j.value, '$.count')), "
    "group_concat(record_id) FROM cur, json_each(cur.data, '$.livestock') j "
    "WHERE kind = 'damage' GROUP BY 1",
    CURRENT + "SELECT sum(json_extract(data, '$.households_displaced')), "
    "group_concat(record_id) FROM cur WHERE kind = 'damage'",
    CURRENT + "SELECT min(json_extract(data, '$.reported_counts.killed.value')), "
    "max(json_extract(data, '$.reported_counts.killed.value')), count(*) "
    "FROM cur WHERE kind = 'incident' AND json_extract(data, '$.reported_counts.killed') "
    "IS NOT NULL",
    CURRENT + "SELECT coalesce(json_extract(data, '$.event_location.settlement'), "
    "json_extract(data, '$.location.settlement')), kind, count(*), group_concat(record_id) "
    "FROM cur WHERE kind IN ('person', 'damage') GROUP BY 1, 2",
    CURRENT + "SELECT coalesce(json_extract(data, '$.event_on'), "
    "json_extract(data, '$.damaged_on')), kind, count(*), group_concat(record_id) "
    "FROM cur WHERE kind IN ('person', 'damage') GROUP BY 1, 2",
]
PLAIN_EXACT_DAMAGE = (
    CURRENT + ", d AS (SELECT record_id, lower(json_extract(data, '$.owner.name')) AS owner, "
    "json_extract(data, '$.property_type') AS type, "
    "lower(json_extract(data, '$.location.settlement')) AS place FROM cur "
    "WHERE kind = 'damage') SELECT a.record_id, b.record_id FROM d a JOIN d b "
    "ON a.owner = b.owner AND a.type = b.type AND a.place = b.place "
    "AND a.record_id < b.record_id"
)
PLAIN_SEARCH = CURRENT + "SELECT record_id FROM cur WHERE lower(data) LIKE ? ORDER BY saved_at"
PLAIN_EXACT_PAIRS = (
    CURRENT + ", p AS (SELECT record_id, lower(json_extract(data, '$.name')) AS name, "
    "lower(json_extract(data, '$.event_location.settlement')) AS place FROM cur "
    "WHERE kind = 'person') SELECT a.record_id, b.record_id FROM p a JOIN p b "
    "ON a.name = b.name AND a.place = b.place AND a.record_id < b.record_id"
)


def _flat(value: Any, prefix: str, into: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flat(inner, f"{prefix}.{key}" if prefix else key, into)
    elif isinstance(value, list):
        into[prefix] = "; ".join(str(v) for v in value)
    else:
        into[prefix] = value


def plain_csv(plain: sqlite3.Connection, out: Path) -> None:
    """The floor for an export: current rows, decoded and written by the csv module."""
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for record_id, kind, device, data in plain.execute(
            CURRENT + "SELECT record_id, kind, device_id, data FROM cur"
        ):
            flat: dict[str, Any] = {"id": record_id, "kind": kind, "device": device}
            _flat(json.loads(data), "", flat)
            writer.writerow(flat.values())


def _quality(found: set[frozenset[str]], data: Data) -> tuple[float, float]:
    """Recall and precision of damage pairs against the planted ones."""
    planted = data.planted_damage
    hit = len(found & planted)
    return (hit / len(planted) if planted else 1.0), (hit / len(found) if found else 1.0)


class Rows(list[tuple[str, float, float | None, str]]):
    """The measures, each also printed as soon as it is taken (a long run shows its progress)."""

    def append(self, row: tuple[str, float, float | None, str]) -> None:
        super().append(row)
        name, ours, theirs, note = row
        print(
            f"  {name}: {ours * 1000:.0f} ms (plain {(theirs or 0) * 1000:.0f} ms) {note}",
            flush=True,
        )


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    samples, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), result


def record_search_or_none(store: CentralStore, word: str) -> Callable[[], Any] | None:
    """The coordinator's search, where this build has it (``record_search.find``)."""
    try:
        from fieldreport.central import record_search  # noqa: PLC0415 - optional in a build
    except ImportError:
        return None
    return lambda: record_search.find(store, record_search.RecordFilter(search=word))


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="where duplicate detection spends")
    parser.add_argument(
        "--formats",
        default=",".join(FORMATS),
        help="the export formats to measure, comma-separated (default: all)",
    )
    args = parser.parse_args(argv)
    data = generate(args.records, args.devices, args.persons)
    persons = sum(1 for r in data.rows if r["kind"] == "person" and r["revision"] == 1)
    again = sum(len(g) - 1 for g in data.groups.values())
    print(
        f"FieldReport central benchmark: {args.records} records ({persons} people, "
        f"{again} of them reported again by another device) from {args.devices} devices"
    )
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        store = build_store(folder, data)
        plain = build_plain(folder, data)
        print(f"  stores built in {time.perf_counter() - started:.0f} s", flush=True)
        try:
            rows = Rows()
            fig, result = timed(lambda: figures.compute(store, with_duplicates=False), args.repeat)
            base, _ = timed(
                lambda: [plain.execute(q).fetchall() for q in PLAIN_FIGURES], args.repeat
            )
            killed = result.totals.people["killed"].count
            rows.append(("figures (no duplicate detection)", fig, base, f"{killed} killed"))
            full, _ = timed(lambda: figures.compute(store), 1)
            rows.append(("figures (with duplicate detection)", full, base, ""))
            search = record_search_or_none(store, "zebra42")
            plain_search, hits = timed(
                lambda: plain.execute(PLAIN_SEARCH, ["%zebra42%"]).fetchall(), args.repeat
            )
            if search is not None:
                timed(search, 1)  # the first search brings the index up to date
                ours, found = timed(search, args.repeat)
                rows.append(("search a word", ours, plain_search, f"{len(found)} hits"))
            else:
                rows.append(("search a word", float("nan"), plain_search, "not in this build"))
            floor, _ = timed(lambda: plain_csv(plain, folder / "plain.csv"), args.repeat)
            for fmt in [f for f in args.formats.split(",") if f in FORMATS]:
                out = folder / f"export.{fmt}"
                took, written = timed(
                    lambda f=fmt, o=out: export_records(store, o, f, force=True), args.repeat
                )
                rows.append((f"export {fmt}", took, floor, f"{written.total} records"))
            profile = cProfile.Profile() if args.profile else None
            if profile:
                profile.enable()
            cpu = time.process_time()
            dup, found_pairs = timed(lambda: duplicates.find(store, kind="person"), 1)
            cpu = time.process_time() - cpu
            if profile:
                profile.disable()
            exact, exact_pairs = timed(lambda: plain.execute(PLAIN_EXACT_PAIRS).fetchall(), 1)
            pairs = {frozenset(c.pair) for c in found_pairs}
            hit = len(pairs & data.planted)
            recall = hit / len(data.planted) if data.planted else 1.0
            precision = hit / len(pairs) if pairs else 1.0
            exact_recall = (
                len({frozenset(p) for p in exact_pairs} & data.planted) / len(data.planted)
                if data.planted
                else 1.0
            )
            rows.append(
                (
                    f"duplicates over {persons} people",
                    dup,
                    exact,
                    f"recall {recall:.0%} precision {precision:.0%} "
                    f"(exact SQL: recall {exact_recall:.0%}); CPU {cpu:.1f} s",
                )
            )
            damage = sum(1 for r in data.rows if r["kind"] == "damage")
            dup_damage, found_damage = timed(lambda: duplicates.find(store, kind="damage"), 1)
            exact_damage, exact_damage_pairs = timed(
                lambda: plain.execute(PLAIN_EXACT_DAMAGE).fetchall(), 1
            )
            d_recall, d_precision = _quality({frozenset(c.pair) for c in found_damage}, data)
            d_exact, _ = _quality({frozenset(p) for p in exact_damage_pairs}, data)
            rows.append(
                (
                    f"duplicates over {damage} damage records",
                    dup_damage,
                    exact_damage,
                    f"recall {d_recall:.0%} precision {d_precision:.0%} "
                    f"(exact SQL: recall {d_exact:.0%})",
                )
            )
        finally:
            store.close()
            plain.close()
    print(f"\n{'measure':38} {'centre':>10} {'plain':>10} {'ratio':>8}  notes")
    for name, ours, theirs, note in rows:
        ratio = ours / theirs if theirs else float("nan")
        print(
            f"{name:38} {ours * 1000:>8.0f}ms {(theirs or 0) * 1000:>8.0f}ms {ratio:>7.1f}x  {note}"
        )
        results[name] = ratio
    print(
        "ratios: the centre's time / the same query in plain SQLite on the same data (figures "
        "also de-duplicate and trace every number to its records; duplicates: plain is an exact "
        "self-join on name and settlement, which misses every other spelling); goal: duplicate "
        f"detection over 20,000 people under 60 s (here {dup:.1f} s for {persons})"
    )
    results["duplicates_seconds"] = dup
    results["recall"] = recall
    results["damage_recall"] = d_recall
    if profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(15)
    return results


if __name__ == "__main__":
    main()
