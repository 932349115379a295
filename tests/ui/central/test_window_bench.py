"""The coordinator window's benchmark runs (at its smallest size; timings are not judged here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_the_window_benchmark_runs_at_its_smallest_size():
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "coordinator_window_bench.py"),
            "--records",
            "60",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "coordinator window, 60 records"
    for step in ("list every record", "search two words", "order by title", "open a record"):
        assert any(line.strip().startswith(step) for line in lines), step
    assert "longest block" in lines[-1]
