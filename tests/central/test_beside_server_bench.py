"""The coordinator-beside-the-server benchmark runs end to end at its smallest size.

Its timings are not checked; what it checks itself is: every bundle the devices
sent while the coordinator worked was imported exactly once.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_the_beside_server_benchmark_runs_at_its_smallest_size(capsys, tmp_path: Path):
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))  # as the script itself does for its neighbours
    bench = importlib.import_module("beside_server_bench")
    result = bench.main(
        ["--records", "200", "--devices", "2", "--bundles", "1", "--seconds", "2"]
        + ["--repeat", "1", "--workdir", str(tmp_path)]
    )
    printed = capsys.readouterr().out
    assert "figures query under load" in printed and "approve a device" in printed
    assert result["imported_once"] and result["bundles"] == 2
    assert result["load_runs"] >= 1 and result["approve_busy"] > 0
