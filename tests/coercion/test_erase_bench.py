"""The erase benchmark runs at its smallest size (numbers are read by people, not asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "erase_bench.py"


def test_the_erase_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--mib", "2", "--files", "2", "--records", "5"]
        + ["--repeat", "1", "--workdir", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "ratio erase / rm -rf:" in done.stdout
    assert "2 media files" in done.stdout
    assert not list(tmp_path.glob("erase-bench-*"))  # its vault and copies are gone
