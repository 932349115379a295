"""The import benchmark runs end to end at its smallest size (its numbers are not checked)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from fieldreport.crypto import kdf

# Its baseline is the same rows written into a SQLCipher file: about the embedded store
# (benchmarks/import_backends_bench.py compares the two backends).
pytestmark = pytest.mark.embedded_only

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "import_bench.py"


def test_the_import_benchmark_runs_at_its_smallest_size(capsys, monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH.parent))
    # The benchmark makes every key derivation cheap; undone after the test.
    monkeypatch.setattr(kdf, "TARGET_SECONDS", kdf.TARGET_SECONDS)
    monkeypatch.setattr(kdf, "DEFAULT_MEMORY_KIB", kdf.DEFAULT_MEMORY_KIB)
    spec = importlib.util.spec_from_file_location("import_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    try:
        results = bench.main(["--records", "20", "--repeat", "1"])
    finally:
        sys.modules.pop("bundle_bench", None)
        sys.modules.pop("media_bench", None)
    printed = capsys.readouterr().out
    assert "one bundle of 20 records" in printed
    assert "records/s" in printed and "of the goal" in printed
    assert results["records_per_second"] > 0
    assert results["baseline_ratio"] > 0
