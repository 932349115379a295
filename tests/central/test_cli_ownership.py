"""On the command line: the refusal and its alarm in ``central devices``, and a handover."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldreport import cli
from fieldreport.central.store import CentralStore
from tests.central.conftest import capture, export_to, run_import
from tests.central.impostor import claim
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def run(central: CentralStore, monkeypatch, capsys):
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(central.folder))

    def _run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["central", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_alarm_and_handover_on_the_command_line(central, join, run, tmp_path: Path):
    a, b, c = join("a"), join("b"), join("c")
    record_id = capture(a, tmp_path, "[TEST] A's record")
    run_import(central, export_to(a, tmp_path / "a.bundle").path)
    claim(b, a, record_id, 99, "[TEST] rewritten by B")
    stolen = export_to(b, tmp_path / "b.bundle").path
    central.close()  # the commands open the store themselves

    code, out, _ = run("import", str(stolen))
    assert code == 18 and "rejected: ALARM" in out and f"belongs to device {a.device_id}" in out
    code, out, _ = run("devices")
    assert code == 0 and "ALARMS" in out.splitlines()[0]
    [line] = [row for row in out.splitlines() if row.startswith(b.device_id)]
    assert " 1 " in line
    assert f"device {b.device_id}: ALARM: device {b.device_id} sent" in out
    code, out, _ = run("devices", "--json")
    listed = {d["id"]: d for d in json.loads(out)}
    assert listed[b.device_id]["alarms"] == 1 and listed[a.device_id]["alarms"] == 0
    [alarm] = listed[b.device_id]["alarm_list"]
    assert alarm["code"] == "not_owner" and alarm["item"] == f"record:{record_id}#99"

    code, out, err = run("handover", "--from", a.device_id, "--to", c.device_id, record_id)
    assert code == 2 and "--yes" in err  # no terminal: nothing without a confirmation
    assert "1 record and 1 media item move" in out and f"record {record_id}" in out
    code, out, _ = run("handover", "--from", a.device_id[:8], "--to", c.device_id, "--yes")
    assert code == 0, out
    assert "Handed over (2 items)" in out  # the record and its photo
    store = CentralStore.open(central.folder, TEST_PASSPHRASE)
    try:
        owners = {row[1] for row in store.db.execute("SELECT * FROM owners")}
        assert owners == {c.device_id}
        assert store.db.execute("SELECT count(*) FROM handovers").fetchone() == (1,)
    finally:
        store.close()
    code, _, err = run("handover", "--from", a.device_id, "--to", c.device_id, "--yes")
    assert code == 2 and "owns no records" in err and err.count("\n") == 1
