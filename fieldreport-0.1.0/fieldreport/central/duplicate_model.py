"""How common a value is among the records compared: the "u" of a Fellegi–Sunter model.

Two reports agreeing on a rare name say much more than two agreeing on a
common one; two people killed on the same day in a village where everyone
was killed that day say little. So the weight of an agreement is
``log2(m / u)``: ``m`` how often two reports of one person agree this way
(set by hand, from how monitors' reports differ), ``u`` how often two
unrelated records do, measured on the records being compared — Splink's
term-frequency adjustment. Measured shares are blended with a default
belief worth :data:`PSEUDO_RECORDS` records, so a handful of records (a new
store, a filtered view) does not turn every agreement into chance.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Hashable, Iterable

#: Weight of the default belief, in records, against what the data shows.
PSEUDO_RECORDS = 1000.0
#: Share of records that are a second report of someone (sets the prior).
REPEAT_SHARE = 0.1


def weight(m: float, u: float) -> float:
    """The evidence of one comparison level in bits (Bayes factor, base 2)."""
    return math.log2(max(m, 1e-9) / max(u, 1e-9))


def prior(records: int) -> float:
    """The prior weight that two records picked at random are one (log2 odds)."""
    pairs = max(records, 2) * (max(records, 2) - 1) / 2
    share = min(REPEAT_SHARE * max(records, 2) / pairs, 0.5)
    return math.log2(share / (1 - share))


def _blend(measured: float, records: int, default: float) -> float:
    return (records * measured + PSEUDO_RECORDS * default) / (records + PSEUDO_RECORDS)


class Shares:
    """How often each value of one field occurs (empty values left out)."""

    def __init__(self, values: Iterable[Hashable], default: float) -> None:
        self.counts = Counter(v for v in values if v not in (None, ""))
        self.total = sum(self.counts.values())
        self.default = default

    def rarest(self) -> float:
        """The smallest share any value can have (bounds the weight of an agreement)."""
        least = min(self.counts.values()) / self.total if self.total else self.default
        return min(_blend(least, self.total, self.default), _blend(0.0, self.total, self.default))

    def share(self, value: Hashable) -> float:
        """The chance that a random record has ``value`` (u of agreeing on it)."""
        measured = self.counts.get(value, 0) / self.total if self.total else 0.0
        return _blend(measured, self.total, self.default)


class Closeness:
    """How often two random numbers of one field (ages, days) lie within a gap."""

    def __init__(self, values: Iterable[int], defaults: dict[int, float]) -> None:
        counts = Counter(values)
        self.total = sum(counts.values())
        keys = sorted(counts)
        running, cumulative = 0, []
        for key in keys:
            running += counts[key]
            cumulative.append(running)
        self._within: dict[int, float] = {}
        for gap, default in defaults.items():
            measured = 0.0
            if self.total:
                for key in keys:
                    low = bisect.bisect_left(keys, key - gap)
                    high = bisect.bisect_right(keys, key + gap)
                    near = cumulative[high - 1] - (cumulative[low - 1] if low else 0)
                    measured += counts[key] / self.total * near / self.total
            self._within[gap] = _blend(measured, self.total, default)

    def within(self, gap: int) -> float:
        """P(|X − Y| ≤ gap) for two random records (only gaps given at creation)."""
        return self._within[gap]
