"""The central benchmark runs end to end at its smallest size (its numbers are not checked)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "central_bench.py"


def test_the_central_benchmark_runs_at_its_smallest_size(capsys):
    spec = importlib.util.spec_from_file_location("central_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    results = bench.main(
        ["--records", "300", "--devices", "3", "--persons", "120", "--repeat", "1"]
    )
    printed = capsys.readouterr().out
    for measure in (
        "figures (no duplicate detection)",
        "search a word",
        "damage records",
        "export csv",
        "export hxl",
    ):
        assert measure in printed
    # The planted second reports (other device, other script) are found.
    assert results["recall"] >= 0.9
    assert results["damage_recall"] >= 0.9
