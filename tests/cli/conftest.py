"""Fixtures for the command-line tests: a real vault driven through ``cli.main``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from fieldreport import cli
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def run(vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)

    def _run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
        code = cli.main(["--vault", str(vault_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


@pytest.fixture
def initialised(run):
    code, out, err = run("init")
    assert code == 0, err
    return run
