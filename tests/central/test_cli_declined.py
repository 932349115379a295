"""One rule for every command that asks first: "no" changes nothing and exits 2.

Each coordinator command that cannot be undone is answered "no" on a terminal
and must leave the central store exactly as it was, print one line saying so,
and exit with the code the README's table gives for a declined confirmation
(the field side's ``media delete``: ``tests/cli/test_declined_confirmation.py``).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from fieldreport import cli
from fieldreport.central import devices
from fieldreport.central.store import CentralStore
from tests.central.conftest import capture, export_to, run_import, snapshot
from tests.conftest import TEST_PASSPHRASE


class _Terminal(io.StringIO):
    """Standard input that is a terminal on which the person types ``answer``."""

    def isatty(self) -> bool:
        return True


def _answer(monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal(answer + "\n"))


@pytest.fixture
def store_env(central: CentralStore, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDREPORT_CENTRAL_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(central.folder))
    return central.folder


def _declined(capsys, monkeypatch, answer: str, *args: str) -> str:
    _answer(monkeypatch, answer)
    code = cli.main(["central", *args])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert len(err.strip().splitlines()) == 1 and "nothing" in err.lower(), err
    return out


def _state(folder: Path) -> tuple:
    with CentralStore.open(folder, TEST_PASSPHRASE) as store:
        rows = store.db.execute("SELECT id, status FROM devices ORDER BY id").fetchall()
        kept = store.db.execute("SELECT bundle_hash, outcome FROM bundles ORDER BY 1").fetchall()
        owners = store.db.execute("SELECT * FROM owners ORDER BY 1").fetchall()
        return snapshot(store), [tuple(r) for r in rows], [tuple(r) for r in kept], owners


def test_every_central_confirmation_declined_changes_nothing(
    central: CentralStore, join, store_env: Path, tmp_path: Path, monkeypatch, capsys
):
    a, b = join("a"), join("b")
    record_id = capture(a, tmp_path, "[TEST] A's record")
    run_import(central, export_to(a, tmp_path / "a.bundle").path)
    waiting = join("waiting", approve=False)
    capture(waiting, tmp_path, "[TEST] not yet approved")
    [held] = run_import(central, export_to(waiting, tmp_path / "w.bundle").path)
    assert held.status in ("held", "quarantined")
    central.close()
    before = _state(store_env)

    out = _declined(
        capsys,
        monkeypatch,
        "n",
        "approve",
        str(tmp_path / "waiting.request"),
        "--out",
        str(tmp_path / "waiting.cert"),
    )
    assert "Device fingerprint:" in out and not (tmp_path / "waiting.cert").exists()
    _declined(capsys, monkeypatch, "no", "revoke", b.device_id)
    out = _declined(
        capsys, monkeypatch, "", "handover", "--from", a.device_id, "--to", b.device_id, record_id
    )
    assert "1 record and 1 media item move" in out
    _declined(capsys, monkeypatch, "n", "discard", held.bundle_hash[:12])
    # The gravest asks for the whole word: "y" is not enough.
    _declined(capsys, monkeypatch, "y", "export-age-identity", "--out", str(tmp_path / "id.txt"))
    assert not (tmp_path / "id.txt").exists()

    assert _state(store_env) == before
    with CentralStore.open(store_env, TEST_PASSPHRASE) as store:
        assert devices.get(store, b.device_id).status == "approved"


def test_without_a_terminal_nothing_is_asked_and_the_code_is_the_same(
    central: CentralStore, join, store_env: Path, monkeypatch, capsys
):
    device = join("a")
    central.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli.main(["central", "revoke", device.device_id]) == 2
    assert "--yes" in capsys.readouterr().err
    assert cli.main(["central", "revoke", device.device_id, "--yes"]) == 0
