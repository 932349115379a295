"""The frozen-size benchmark runs (on a small stand-in folder; its numbers are not checked)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "frozen_size.py"


def load():
    spec = importlib.util.spec_from_file_location("frozen_size", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_the_size_benchmark_reports_ratios_and_the_largest_parts(tmp_path: Path, capsys):
    folder = tmp_path / "FieldReport"
    (folder / "_internal" / "PySide6").mkdir(parents=True)
    (folder / "_internal" / "PySide6" / "lib.so").write_bytes(b"x" * 3 * 1024 * 1024)
    (folder / "fieldreport-cli").write_bytes(b"x" * 1024 * 1024)
    assert load().main([str(folder)]) == 0
    printed = capsys.readouterr().out
    assert "frozen folder: 4.0 MB in 2 files" in printed
    assert "ratio to the goal (200 MB): 0.02" in printed
    assert "3.0 MB  _internal/PySide6" in printed


def test_a_folder_that_is_not_a_build_is_refused(tmp_path: Path, capsys):
    assert load().main([str(tmp_path)]) == 2
    assert "make installer" in capsys.readouterr().out
