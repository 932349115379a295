"""The export benchmark runs at its smallest size (numbers are read by people, not asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[3] / "benchmarks" / "export_bench.py"


@pytest.mark.embedded_only  # its script makes several stores in one run: the embedded ones
def test_the_export_benchmark_runs_at_a_tiny_size() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--records", "120", "--repeat", "1"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    for fmt in ("csv", "xlsx", "geojson", "kml", "hxl", "report"):
        assert f"\n{fmt}" in "\n" + done.stdout, done.stdout
    assert "x for 4x records" in done.stdout
