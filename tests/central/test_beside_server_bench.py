"""The coordinator-beside-the-server benchmark runs end to end at its smallest size.

Its timings are not checked; what it checks itself is: every bundle the devices
sent while the coordinator worked was imported exactly once.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "beside_server_bench.py"


def test_the_beside_server_benchmark_runs_at_its_smallest_size(capsys, tmp_path: Path):
    spec = importlib.util.spec_from_file_location("beside_server_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.main(
        ["--records", "200", "--devices", "2", "--bundles", "1", "--seconds", "2"]
        + ["--repeat", "1", "--workdir", str(tmp_path)]
    )
    printed = capsys.readouterr().out
    assert "figures query under load" in printed and "approve a device" in printed
    assert result["imported_once"] and result["bundles"] == 2
    assert result["load_runs"] >= 1 and result["approve_busy"] > 0
