"""The field window benchmark runs at its smallest size (its numbers are not checked)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from fieldreport.domain.samples import sample_records
from fieldreport.ui.models.record_table import PAGE

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "window_bench.py"


def test_the_window_benchmark_runs_at_its_smallest_size(qtbot, capsys):
    spec = importlib.util.spec_from_file_location("window_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    results = bench.main(["--records", "1000"])
    printed = capsys.readouterr().out
    assert "field window, 1,000 records" in printed
    steps = {name for name, _took, _longest in results[0]["steps"]}
    assert {"unlock → list painted", "search a word", "order by title"} <= steps
    # The window was unlocked and showed the incidents (a page of them), then the search's.
    samples = [kind for _name, kind, _data in sample_records()]
    incidents = [i for i in range(1000) if samples[i % len(samples)] == "incident"]
    assert results[0]["listed"] == min(PAGE, len(incidents))
    assert results[0]["found"] == sum(1 for i in incidents if i % 97 == 42)
    # Ordering by title (read on the worker) had arrived when the step ended.
    titles = [data["title"] for kind, data in bench.records(1000) if kind == "incident"]
    assert results[0]["titled"] == min(titles, key=str.casefold)
