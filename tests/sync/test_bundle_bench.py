"""The bundle benchmark runs end to end at its smallest size, --profile too (numbers unchecked)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bundle_bench.py"


@pytest.mark.skipif(shutil.which("age") is None, reason="the stock age tool is not installed")
def test_the_bundle_benchmark_runs_at_its_smallest_size(capsys, tmp_path: Path):
    spec = importlib.util.spec_from_file_location("bundle_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    args = ["--records", "4", "--photos", "2", "--small-photos", "1", "--rounds", "1"]
    results = bench.main([*args, "--profile", "--workdir", str(tmp_path)])
    printed = capsys.readouterr().out
    for line in (
        "where the time goes",
        "media: copy the stored age files into the tar",
        "media: check key + header, store as received",
        "export (tar -c | age -r)",
        "import (age -d | tar -x)",
        "background check of the 2 received originals",
        "goal: export throughput >= 1.0 of tar + age",
    ):
        assert line in printed, printed
    assert results["export"] > 0 and results["import"] > 0
