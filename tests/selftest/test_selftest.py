"""The self-test passes on a working install, fails loudly on a broken one, leaves nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from fieldreport import resources, selftest
from fieldreport.selftest import qt, round_trip


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_every_check_passes_here_and_the_folder_is_removed(scratch: Path):
    seen = []
    results = selftest.run_self_test(seen.append)
    assert seen == results
    assert selftest.passed(results), [c.line() for c in results if not c.ok]
    names = [c.name for c in results]
    for expected in (
        "SQLCipher",
        "age (pyrage)",
        "HEIF photos (pillow-heif)",
        "translations",
        "bundle export",
        "age layer (OpenSSL)",
        "central import",
        "receipt",
        "device custody log",
        "central custody log",
        "Qt platform plugin",
    ):
        assert expected in names
    assert "4 kinds" in next(c.detail for c in results if c.name == "device vault")
    assert list(scratch.iterdir()) == []


def test_missing_resources_fail_the_test_and_name_the_cause(scratch, monkeypatch, tmp_path):
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path / "nowhere")
    results = selftest.run_self_test()
    failed = {c.name: c for c in results if not c.ok}
    assert "resources" in failed and "translations" in failed
    assert "FileNotFoundError" in failed["resources"].detail
    assert not selftest.passed(results)


def test_a_failed_step_stops_the_chain_after_it(scratch, monkeypatch):
    def broken(_state):
        raise RuntimeError("the disk went away")

    steps = [(n, broken if n == "bundle export" else f) for n, f in round_trip.STEPS]
    monkeypatch.setattr(round_trip, "STEPS", steps)
    results = {c.name: c for c in selftest.run_self_test()}
    assert results["central store and enrollment"].ok
    assert results["bundle export"].detail == "RuntimeError: the disk went away"
    assert results["central import"].detail == "not run: 'bundle export' failed"
    assert not results["receipt"].ok
    assert list(scratch.iterdir()) == []


def test_without_qt_the_window_check_is_skipped_not_failed(scratch, monkeypatch):
    monkeypatch.setattr(qt, "window_command", lambda: None)
    results = selftest.run_self_test()
    [window] = [c for c in results if c.name == "Qt window"]
    assert window.skipped and "not installed" in window.detail
    assert selftest.passed(results)
    assert "skip" in window.line()


def test_a_window_executable_that_dies_is_a_failure(scratch, monkeypatch, tmp_path):
    monkeypatch.setattr(qt, "window_command", lambda: ["false"])
    [window] = qt.qt_checks(tmp_path / "qt")
    assert not window.ok and "without results" in window.detail
