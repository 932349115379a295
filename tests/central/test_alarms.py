"""Alarms can be listed and acknowledged: signed into the centre's log, never deleted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldreport import cli
from fieldreport.central import alarms
from fieldreport.central.store import CentralStore
from fieldreport.crypto.canonical import sha256_hex
from fieldreport.errors import FieldReportError
from tests.central.conftest import capture, export_to, run_import
from tests.central.impostor import claim
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def alarmed(central: CentralStore, join, tmp_path: Path):
    """Device B sent a revision of device A's record: refused, with an alarm on B."""
    a, b = join("a"), join("b")
    record_id = capture(a, tmp_path, "[TEST] A's record")
    run_import(central, export_to(a, tmp_path / "a.bundle").path)
    claim(b, a, record_id, 99, "[TEST] rewritten by B")
    [outcome] = run_import(central, export_to(b, tmp_path / "b.bundle").path)
    assert outcome.code == "not_owner"
    return a, b, record_id


@pytest.fixture
def run(central: CentralStore, monkeypatch, capsys):
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(central.folder))
    monkeypatch.delenv("FIELDREPORT_COORDINATOR", raising=False)

    def _run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["central", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_the_core_acknowledges_once_and_logs_it(central: CentralStore, alarmed):
    _, b, record_id = alarmed
    [alarm] = alarms.all_alarms(central, open_only=True)
    assert alarm.device_id == b.device_id and alarm.item == f"record:{record_id}#99"
    head = central.log.head()[0]
    done = alarms.acknowledge(central, str(alarm.id), "Coordinator A", "Laptop checked")
    assert (done.acknowledged_by, done.note) == ("Coordinator A", "Laptop checked")
    assert alarms.all_alarms(central, open_only=True) == []
    assert alarms.all_alarms(central)[0].acknowledged  # kept, shown as acknowledged
    [entry] = list(central.log.entries(head))
    body = central.db.execute("SELECT body FROM alarm_acknowledgements").fetchone()[0]
    assert (entry.event, entry.object) == ("alarm_acknowledged", f"alarm:{alarm.id}")
    assert entry.content_hash == sha256_hex(body.encode())
    assert json.loads(body)["item"] == alarm.item
    assert alarms.verify(central) == []
    before = central.log.head()
    for bad_id, by, note, words in (
        (alarm.id, "Coordinator B", "", "was acknowledged by Coordinator A"),
        (999, "Coordinator B", "", "There is no alarm 999"),
        ("one", "Coordinator B", "", "not an alarm number"),
        (alarm.id, "", "", "Say who decides"),
        (alarm.id, "B", "two\nlines", "one line"),
    ):
        with pytest.raises(FieldReportError) as refused:
            alarms.acknowledge(central, bad_id, by, note)
        assert words in str(refused.value) and refused.value.exit_code == 2
    assert central.log.head() == before  # nothing was written


def test_the_command_line_lists_and_acknowledges(central, alarmed, run, tmp_path: Path):
    _, b, _ = alarmed
    central.close()
    code, out, _ = run("alarms")
    assert code == 0 and "open" in out and "not_owner" in out and b.device_id[:8] in out
    assert "1 alarm not acknowledged" in out
    [listed] = json.loads(run("alarms", "--json")[1])
    assert listed["acknowledged"] is False and listed["id"] == 1
    code, out, err = run(
        "alarms", "acknowledge", "1", "--note", "Laptop checked", "--by", "Coordinator A"
    )
    assert code == 0, err
    assert "Alarm 1" in out and "acknowledged by Coordinator A" in out and "it is kept" in out
    code, out, _ = run("alarms")
    assert "acknowledged by Coordinator A on" in out and "note: Laptop checked" in out
    assert run("alarms", "--open")[1].strip() == "No alarms waiting to be acknowledged."
    [listed] = json.loads(run("alarms", "--json")[1])
    assert listed["acknowledged"] and listed["note"] == "Laptop checked"
    devices = {d["id"]: d for d in json.loads(run("devices", "--json")[1])}
    assert devices[b.device_id]["alarms"] == 0  # nothing left to look at …
    assert len(devices[b.device_id]["alarm_list"]) == 1  # … and the alarm is still there
    assert "(acknowledged by Coordinator A on" in run("devices")[1]
    code, _, err = run("alarms", "acknowledge", "1", "--by", "Coordinator B")
    assert code == 2 and "was acknowledged by Coordinator A" in err
    code, _, err = run("alarms", "acknowledge", "7", "--store", str(tmp_path / "central"))
    assert code == 2 and "There is no alarm 7" in err
    assert run("verify")[0] == 0
