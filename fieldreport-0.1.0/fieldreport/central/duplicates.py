"""Possible duplicates: pairs of person or damage records that may describe one thing.

Record linkage in two steps, as Splink and every linkage tool does it:
*blocking* keeps only pairs that share something cheap to compare (a name
word and a settlement, a settlement and a day, a map square …), written as
SQL rules joined in an in-memory SQLite database (nothing reaches disk), and
*scoring* compares each kept pair field by field
(:mod:`fieldreport.central.duplicate_scores`). Pairs a coordinator already
decided are left out (or shown with their decision), so are pairs already
one through other records marked the same. Nothing is ever merged here.

Why not Splink itself: it needs DuckDB, pandas and more (well over 100 MB
frozen), while the whole Windows installer must stay under 200 MB; its
strength (training weights on millions of records) is not what a monitoring
network of a few thousand reports needs. rapidfuzz (string similarity in
C++, 3 MB) and anyascii (transliteration tables) do the part that cannot be
written by hand well; the blocking rules are a few lines of SQL.
"""

from __future__ import annotations

import math
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from fieldreport.central import decisions, devices, facts
from fieldreport.central.duplicate_scores import Model, Reason, View, view
from fieldreport.central.facts import Fact
from fieldreport.central.store import CentralStore
from fieldreport.domain.present import title
from fieldreport.errors import UsageError

KINDS = decisions.KINDS
#: Pairs at or above this match probability are shown as candidates.
MIN_SCORE = 0.6
UNREVIEWED = "unreviewed"
# Words that are part of a name but say nothing about who it is (patronymic particles).
_NAME_PARTICLES = frozenset({"uulu", "ulu", "kizi", "kiz", "ogli", "ugli", "ibn", "bint"})

#: A name word shared by more records than this with the same sex in one settlement
#: (or on one day) is too common there to say anything ("Асан" in a large village): that
#: block is left to the other rules (the rarer word, the whole name and age, the day and
#: outcome). Without it the pairs grow with the square of the records per settlement.
MAX_WORD_BLOCK = 20
_PERSON_RULES = (
    # a name word, the sex and the settlement
    "SELECT DISTINCT a.i, b.i FROM t a JOIN t b ON a.token = b.token "
    "AND a.settlement = b.settlement AND a.sex = b.sex AND a.i < b.i "
    "WHERE a.settlement <> '' AND a.by_settlement <= " + str(MAX_WORD_BLOCK),
    # a name word, the sex and the day
    "SELECT DISTINCT a.i, b.i FROM t a JOIN t b ON a.token = b.token "
    "AND a.day = b.day AND a.sex = b.sex AND a.i < b.i "
    "WHERE a.day <> '' AND a.by_day <= " + str(MAX_WORD_BLOCK),
    # the whole name and about the same age, anywhere (two overlapping 5-year bands)
    "SELECT a.i, b.i FROM r a JOIN r b ON a.name_key = b.name_key AND a.band = b.band "
    "AND a.i < b.i WHERE a.name_key <> '' AND a.band IS NOT NULL",
    "SELECT a.i, b.i FROM r a JOIN r b ON a.name_key = b.name_key AND a.band2 = b.band2 "
    "AND a.i < b.i WHERE a.name_key <> '' AND a.band2 IS NOT NULL",
    # no name needed: settlement, sex, outcome and day
    "SELECT a.i, b.i FROM r a JOIN r b ON a.settlement = b.settlement AND a.day = b.day "
    "AND a.sex = b.sex AND a.outcome = b.outcome AND a.i < b.i "
    "WHERE a.settlement <> '' AND a.day <> ''",
)
_DAMAGE_RULES = (
    # settlement, property type and the day it was damaged
    "SELECT a.i, b.i FROM r a JOIN r b ON a.settlement = b.settlement AND a.ptype = b.ptype "
    "AND a.day = b.day AND a.i < b.i WHERE a.settlement <> '' AND a.day <> ''",
    # settlement, property type and address
    "SELECT a.i, b.i FROM r a JOIN r b ON a.settlement = b.settlement AND a.ptype = b.ptype "
    "AND a.address = b.address AND a.i < b.i WHERE a.settlement <> '' AND a.address <> ''",
    # the same map square (about 1 km) and property type
    "SELECT a.i, b.i FROM r a JOIN r b ON a.cell = b.cell AND a.ptype = b.ptype AND a.i < b.i "
    "WHERE a.cell <> ''",
    # the owner's whole name, property type and settlement
    "SELECT a.i, b.i FROM r a JOIN r b ON a.name_key = b.name_key AND a.ptype = b.ptype "
    "AND a.settlement = b.settlement AND a.i < b.i WHERE a.name_key <> ''",
)


@dataclass(frozen=True)
class Candidate:
    """Two records that may be one person (or one property), with why."""

    kind: str
    record_a: str
    record_b: str
    score: float
    reasons: tuple[Reason, ...]
    decision: str = UNREVIEWED  # unreviewed | same | different
    titles: tuple[str, str] = ("", "")
    devices: tuple[str, str] = ("", "")

    @property
    def pair(self) -> tuple[str, str]:
        return self.record_a, self.record_b

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "records": [self.record_a, self.record_b],
            "score": round(self.score, 3),
            "decision": self.decision,
            "reasons": [r.to_json() for r in self.reasons],
            "titles": list(self.titles),
            "devices": list(self.devices),
        }


Report = Callable[[int, int], None]
_CACHE_SIZE = 4
_cache: OrderedDict[tuple[object, ...], list[Candidate]] = OrderedDict()
_cache_lock = threading.Lock()


def find(
    store: CentralStore,
    kind: str | None = None,
    records: Iterable[Fact] | None = None,
    include_decided: bool = False,
    min_score: float = MIN_SCORE,
    report: Report | None = None,
) -> list[Candidate]:
    """Candidate pairs, most likely first.

    ``records`` narrows the search to those records (figures pass their
    filtered set); by default every current person and damage record is
    compared. ``include_decided`` also lists pairs a coordinator decided
    that are still candidates, with their decision (for a review that shows
    what was done). ``report(done, total)`` follows the pairs compared (it may
    raise to stop). Scored pairs are kept for the records as they stand, so
    after a decision, or the same question again, only the decisions are
    applied anew.
    """
    kinds = check_kind(kind)
    chosen = list(records) if records is not None else facts.load(store, kinds)
    scored = _scored(store, kinds, chosen, min_score, report)
    standing = decisions.state(store)
    clusters = decisions.cluster_index(store)
    names = devices.names(store)
    found = []
    for candidate in scored:
        decided = standing.get(candidate.pair)
        a, b = candidate.pair
        joined = a in clusters and clusters.get(a) == clusters.get(b)
        if (decided or joined) and not include_decided:
            continue
        state = decided.decision if decided else (decisions.SAME if joined else UNREVIEWED)
        first, second = candidate.devices
        found.append(
            replace(
                candidate,
                decision=state,
                devices=(names.get(first, first), names.get(second, second)),
            )
        )
    return found


def _scored(
    store: CentralStore,
    kinds: tuple[str, ...],
    chosen: list[Fact],
    min_score: float,
    report: Report | None,
) -> list[Candidate]:
    """Every pair at or above ``min_score`` (devices by id), cached by content."""
    version = store.db.execute("SELECT count(*), coalesce(max(rowid), 0) FROM revisions").fetchone()
    key = (
        store.org.org_id,
        str(store.folder),
        kinds,
        min_score,
        tuple(version),
        frozenset((f.id, f.revision) for f in chosen),
    )
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    needed = math.log2(min_score / (1 - min_score)) if 0 < min_score < 1 else -math.inf
    work = []
    for each in kinds:
        views = [view(f) for f in chosen if f.kind == each]
        work.append((each, views, Model(views), _blocked_pairs(views, each)))
    total, done = sum(len(pairs) for *_, pairs in work), 0
    found: list[Candidate] = []
    for each, views, model, pairs in work:
        for i, j in pairs:
            done += 1
            if report is not None and done % 2000 == 0:
                report(done, total)
            a, b = (views[i], views[j]) if views[i].id <= views[j].id else (views[j], views[i])
            if model.hopeless(a, b, needed):
                continue
            probability, reasons = model.score(a, b)
            if probability < min_score:
                continue
            found.append(
                Candidate(
                    kind=each,
                    record_a=a.id,
                    record_b=b.id,
                    score=probability,
                    reasons=reasons,
                    titles=(title(each, a.fact.data), title(each, b.fact.data)),
                    devices=(a.fact.device_id, b.fact.device_id),
                )
            )
    if report is not None:
        report(total, total)
    found.sort(key=lambda c: (-c.score, c.record_a, c.record_b))
    with _cache_lock:
        _cache[key] = found
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return found


def check_kind(kind: str | None) -> tuple[str, ...]:
    if kind is None:
        return KINDS
    if kind not in KINDS:
        raise UsageError(f"Unknown kind {kind!r} for duplicates; use person or damage.")
    return (kind,)


def _blocked_pairs(views: list[View], kind: str) -> set[tuple[int, int]]:
    """Index pairs that pass any blocking rule, joined in an in-memory database."""
    if len(views) < 2:
        return set()
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(
            "CREATE TABLE r (i INTEGER PRIMARY KEY, name_key TEXT, settlement TEXT, day TEXT, "
            "sex TEXT, outcome TEXT, ptype TEXT, cell TEXT, band INTEGER, band2 INTEGER, "
            "address TEXT)"
        )
        # A name word of a record, with what the word rules block on beside it.
        conn.execute(
            "CREATE TABLE t (i INTEGER, token TEXT, settlement TEXT, day TEXT, sex TEXT, "
            "by_settlement INTEGER, by_day INTEGER)"
        )
        conn.executemany(
            "INSERT INTO r VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    i,
                    v.name_key,
                    v.settlement_key,
                    v.day,
                    v.sex,
                    v.outcome,
                    v.property_type,
                    _cell(v),
                    None if v.age is None else v.age // 5,
                    None if v.age is None else (v.age + 2) // 5,
                    v.address_key,
                )
                for i, v in enumerate(views)
            ),
        )
        conn.executemany(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?, 0, 0)",
            (
                (i, token, v.settlement_key, v.day, v.sex)
                for i, v in enumerate(views)
                for token in set(v.name_tokens)
                if len(token) >= 3 and token not in _NAME_PARTICLES
            ),
        )
        for column in ("settlement", "day"):  # how many share the word there, with the sex
            conn.execute(
                f"CREATE TABLE n_{column} AS SELECT token, {column}, sex, count(*) AS n "
                f"FROM t GROUP BY token, {column}, sex"
            )
            conn.execute(f"CREATE INDEX n_{column}_ix ON n_{column} (token, {column}, sex)")
            conn.execute(
                f"UPDATE t SET by_{column} = (SELECT n FROM n_{column} x WHERE "
                f"x.token = t.token AND x.{column} = t.{column} AND x.sex = t.sex)"
            )
        for n, columns in enumerate(
            (
                "t (token, settlement, sex, i)",
                "t (token, day, sex, i)",
                "r (settlement)",
                "r (name_key)",
                "r (cell)",
            )
        ):
            conn.execute(f"CREATE INDEX ix{n} ON {columns}")
        rules = _PERSON_RULES if kind == "person" else _DAMAGE_RULES
        return set(conn.execute(" UNION ".join(rules)).fetchall())
    finally:
        conn.close()


def _cell(v: View) -> str:
    """A map square of about 1 km (0.01° of latitude) for records with coordinates."""
    if v.lat is None or v.lon is None:
        return ""
    return f"{round(v.lat * 100)}:{round(v.lon * 100)}"
