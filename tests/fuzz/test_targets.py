"""Fuzzing every reader of outside bytes: the corpus first, then mutations of it.

Each target (tests/fuzz/targets.py) replays every file of its corpus folder
(tests/fuzz/corpus/<target>/), then runs Hypothesis with a fixed budget on
mutations of those files (bit flips, byte changes, insertions, deletions,
truncations, splices) and on plain random bytes. Only the target's own errors
may come out. The budget is ``FIELDREPORT_FUZZ_EXAMPLES`` examples per target
(default 40, so ``make test`` stays quick), bounded further by
``FIELDREPORT_FUZZ_SECONDS`` per target; ``.ci/run`` runs a larger budget.
Derandomised by default (the same examples every run, so CI is repeatable);
``FIELDREPORT_FUZZ_RANDOM=1`` explores anew.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.targets import TARGETS, Target

CORPUS = Path(__file__).parent / "corpus"
EXAMPLES = int(os.environ.get("FIELDREPORT_FUZZ_EXAMPLES", "40"))
SECONDS = float(os.environ.get("FIELDREPORT_FUZZ_SECONDS", "20"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not os.environ.get("FIELDREPORT_FUZZ_RANDOM"),
    database=None,
    suppress_health_check=list(HealthCheck),
)


def corpus(name: str) -> list[bytes]:
    folder = CORPUS / name
    return [p.read_bytes() for p in sorted(folder.iterdir())] if folder.is_dir() else []


def check(target: Target, data: bytes) -> None:
    """Run the target; only its own errors are allowed out (anything else fails the test)."""
    with contextlib.suppress(*target.allowed):
        target.run(data)


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "byte", "insert", "delete", "cut", "splice", "repeat"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "byte" and data:
            data[at] = draw(st.sampled_from([0, 0x20, 0x2D, 0x30, 0x37, 0x38, 0x7F, 0x80, 0xFF]))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif op == "cut":
            del data[at:]
        elif op == "splice":
            other = draw(st.sampled_from(seeds))
            data[at:] = other[draw(st.integers(0, max(len(other) - 1, 0))) :]
        elif op == "repeat" and data:
            data[at:at] = data[at : at + draw(st.integers(1, 32))] * draw(st.integers(1, 40))
    return bytes(data)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_the_corpus_replays(name: str) -> None:
    files = corpus(name)
    assert files, f"no corpus for {name}: run python -m tests.fuzz.make_corpus"
    for data in files:
        check(TARGETS[name], data)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_mutations_raise_only_our_errors(name: str) -> None:
    target, seeds = TARGETS[name], corpus(name)
    stop = time.monotonic() + SECONDS

    @FUZZ
    @given(mutated(seeds) | st.binary(max_size=2048))
    def fuzz(data: bytes) -> None:
        if time.monotonic() < stop:  # past the time bound the remaining examples do nothing
            check(target, data)

    fuzz()


def test_a_good_seed_is_accepted_where_it_should_be() -> None:
    """The seeds are valid documents: the fuzzing starts from inside the format."""
    for name in (
        "bundle_file",
        "bundle_inner",
        "bundle_inner_signed",
        "manifest",
        "receipt",
        "certificate",
        "provisioning",
        "enrollment_request",
        "log_entries",
    ):
        good = (CORPUS / name / "seed-good.bin").read_bytes()
        TARGETS[name].run(good)  # raises if the seed itself is refused
