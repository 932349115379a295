"""``central evidence`` on the command line, and ``fieldreport-verify`` as installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fieldreport import cli
from tests.conftest import TEST_PASSPHRASE
from tests.evidence.conftest import World


@pytest.fixture
def store_env(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDREPORT_CENTRAL_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(world.central))


def test_evidence_command(world: World, store_env: None, tmp_path: Path, capsys) -> None:
    out = tmp_path / "pkg"
    short = world.ids["d2"][:8]
    assert cli.main(["central", "evidence", short, world.ids["p2"], "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "anonymised" in said and "2 record(s)" in said and "1 media file(s)" in said
    done = subprocess.run(
        [sys.executable, "-m", "fieldreport.verifier", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Record {world.ids['d2']}: VERIFIED." in done.stdout
    assert done.stdout.count("VERIFIED.") == 3  # two records, one photo


def test_unknown_record_and_used_folder(world: World, store_env: None, tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    assert cli.main(["central", "evidence", "0" * 8, "--out", str(out)]) == 11
    assert not out.exists()
    out.mkdir()
    (out / "other").write_text("x")
    assert cli.main(["central", "evidence", world.ids["d2"], "--out", str(out)]) == 2
    assert [p.name for p in out.iterdir()] == ["other"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".pkg")]  # no part left
    with pytest.raises(SystemExit) as exited:
        cli.main(
            ["central", "evidence", world.ids["d2"], "--out", str(tmp_path / "x"), "--lang", "de"]
        )
    assert exited.value.code == 2 and not (tmp_path / "x").exists()
