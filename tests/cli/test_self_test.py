"""``fieldreport-cli self-test``: one line per check, exit 0 only if all pass."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

from fieldreport import cli, resources
from fieldreport.errors import SelfTestFailed


@pytest.fixture(autouse=True)
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_self_test_prints_a_line_per_check_and_passes(capsys, scratch: Path):
    assert cli.main(["self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(line.startswith(("ok  ", "skip")) for line in lines[:-1])
    assert any("central custody log" in line for line in lines)
    assert lines[-1].endswith(f"all {len(lines) - 1} checks passed.")
    assert list(scratch.iterdir()) == []


def test_self_test_json(capsys):
    assert cli.main(["self-test", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert {"SQLCipher", "bundle export", "receipt"} <= {c["name"] for c in report["checks"]}


def test_a_broken_install_fails_with_its_own_code_and_names_the_check(
    capsys, monkeypatch, tmp_path
):
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path / "nowhere")
    assert cli.main(["self-test"]) == SelfTestFailed.exit_code
    captured = capsys.readouterr()
    assert "FAIL  resources: FileNotFoundError" in captured.out
    [line] = captured.err.splitlines()
    assert line.startswith("fieldreport-cli: the self-test failed: resources, translations")
