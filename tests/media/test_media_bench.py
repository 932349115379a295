"""The media benchmark runs at its smallest size (numbers are read by people, not asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "media_bench.py"


def test_the_media_benchmark_runs_at_its_smallest_size() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--photos", "2", "--big-mib", "2", "--small-mib", "1"]
        + ["--repeat", "1"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "goal: stored and logged within 1.5x the floor: photos" in done.stdout
    assert "time until all thumbnails exist:" in done.stdout
    assert "2 photos, 12 MP" in done.stdout
