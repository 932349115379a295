"""The vault benchmark runs at its smallest size, both ways (its numbers are not checked)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from fieldreport.domain.samples import sample_records

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "vault_bench.py"


def _bench():
    spec = importlib.util.spec_from_file_location("vault_bench", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_search_and_count_growth_runs_at_its_smallest_size(capsys, monkeypatch):
    from fieldreport.crypto import kdf

    monkeypatch.setattr(kdf, "TARGET_SECONDS", 0.0)
    monkeypatch.setattr(kdf, "DEFAULT_MEMORY_KIB", kdf.MIN_MEMORY_KIB)
    results = _bench().growth([1000])
    printed = capsys.readouterr().out
    for measure in (
        "a word in 10 records",
        "1 of 97 records",
        "count: one kind",
        "count: a search",
    ):
        assert measure in printed
    found = results[1000]
    assert found["search: a word in 10 records"][1] == 10
    zebras = sum(1 for i in range(1000) if i % 97 == 42)
    assert found["count: a search"][1] == found["search: a word in 1 of 97 records"][1] == zebras
    samples = [kind for _name, kind, _data in sample_records()]
    incidents = sum(1 for i in range(1000) if samples[i % len(samples)] == "incident")
    assert found["count: one kind"][1] == incidents


def test_the_single_size_benchmark_still_runs(capsys, monkeypatch):
    from fieldreport.crypto import kdf

    monkeypatch.setattr(kdf, "TARGET_SECONDS", 0.0)
    monkeypatch.setattr(kdf, "DEFAULT_MEMORY_KIB", kdf.MIN_MEMORY_KIB)
    _bench().main(["--records", "50"])
    printed = capsys.readouterr().out
    assert "search over all" in printed and "insert rate" in printed
