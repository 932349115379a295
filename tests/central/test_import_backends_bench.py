"""The import benchmark runs at its smallest size on both backends (its numbers are not checked)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.mark.embedded_only  # it makes its own stores: an embedded one, and one on PostgreSQL
def test_the_import_benchmark_runs_on_both_backends(capsys, tmp_path: Path, pg_database: str):
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    bench = importlib.import_module("import_backends_bench")
    results = bench.main(["--records", "40", "--database", pg_database, "--workdir", str(tmp_path)])
    printed = capsys.readouterr().out
    assert "embedded store:" in printed and "PostgreSQL:" in printed
    assert results["embedded_records_per_s"] > 0 and results["postgresql_records_per_s"] > 0
