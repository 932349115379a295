"""``central verify`` re-checks every chain and signed decision; a tampered row is named.

The world is real: two devices' bundles imported, a duplicate decision, a
refused bundle's alarm acknowledged, a handover. Each tamper opens the
store's SQLCipher file directly (the key derived from the passphrase as the
store does), changes one row as someone with the key could, and
``central verify`` must name that row and exit 13.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import sqlcipher3

from fieldreport import cli
from fieldreport.central import alarms, decisions, handover
from fieldreport.central.pg.connect import open_database
from fieldreport.central.pg.sealed import values_key
from fieldreport.central.store import DB_FILE, KEY_FILE, CentralStore, database_url
from fieldreport.crypto import keywrap
from fieldreport.storage import keyfile
from tests.central.conftest import export_to, run_import
from tests.central.impostor import claim
from tests.central.overlap import build
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def world(central: CentralStore, join, tmp_path: Path):
    built = build(central, join, tmp_path)
    ids, one, two = built.ids, built.sessions["leilek"], built.sessions["batken"]
    decisions.decide(central, ids["asan_cyr"], ids["asan_lat"], "same", "Coordinator A")
    claim(two, one, ids["incident_1"], 2, "[TEST] rewritten by the other device")
    [refused] = run_import(central, export_to(two, tmp_path / "stolen.bundle").path)
    assert refused.code == "not_owner"
    [alarm] = alarms.all_alarms(central)
    alarms.acknowledge(central, alarm.id, "Coordinator A", "Checked the laptop")
    chosen = handover.plan(central, one.device_id, two.device_id, [ids["house_1"]])
    handover.hand_over(central, chosen)
    central.close()
    return built


def _cli(store: Path, monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(store))
    code = cli.main(["central", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _tamper(store: Path, sql: str, params: list) -> None:
    """Change a row of the encrypted database directly, as someone holding its key could."""
    data_key = keyfile.open_key(keyfile.read(store / KEY_FILE), TEST_PASSPHRASE)
    url = database_url(store)
    if url is not None:  # PostgreSQL: through the adapter, sealing as the store does
        db = open_database(url, values_key(data_key), migrate=False)
        try:
            # A sealed value is changed as its reader sees it: read, edited, sealed again.
            edit = re.fullmatch(
                r"UPDATE (\w+) SET (\w+) = replace\(\2, '(.*)', '(.*)'\) (WHERE .*)", sql
            )
            if edit:
                table, column, old, new, where = edit.groups()
                [value] = db.execute(f"SELECT {column} FROM {table} {where}", params).fetchone()
                sql, params = f"UPDATE {table} SET {column} = ? {where}", [value.replace(old, new)]
            assert db.execute(sql, params).rowcount == 1
        finally:
            db.close()
        return
    raw = keywrap.subkey(data_key, "fieldreport central database v1")
    conn = sqlcipher3.connect(str(store / DB_FILE))
    try:
        conn.execute(f"PRAGMA key = \"x'{raw.hex()}'\"")
        assert conn.execute(sql, params).rowcount == 1
        conn.commit()
    finally:
        conn.close()


def test_an_intact_store_verifies_line_by_line(world, tmp_path: Path, monkeypatch, capsys):
    store = tmp_path / "central"
    code, out, err = _cli(store, monkeypatch, capsys, "verify")
    assert code == 0, out + err
    lines = out.splitlines()
    assert lines[0].startswith("ok  centre custody log: intact: ")
    devices = [line for line in lines if "custody log" in line and line.startswith("ok  device ")]
    assert len(devices) == 2 and any("(Monitor 1, Leilek)" in line for line in devices)
    for name in ("duplicate decisions", "handovers", "alarm acknowledgements"):
        assert f"ok  {name}: intact: 1 checked" in lines
    assert lines[-1].startswith("ok  received media: ") and len(lines) == 7
    code, out, _ = _cli(store, monkeypatch, capsys, "verify", "--json")
    assert code == 0 and all(c["ok"] for c in json.loads(out))


TAMPERS = {
    "centre log entry": (
        "UPDATE custody_log SET object = 'device:someone-else' WHERE seq = 2",
        [],
        "BROKEN  centre custody log: broken at entry 2: its contents were altered",
    ),
    "device log entry": (
        "UPDATE device_log SET time = '2021-01-01T00:00:00Z' WHERE seq = 3 AND device_id = ?",
        ["leilek"],
        "custody log: broken at entry 3: its contents were altered",
    ),
    "duplicate decision": (
        "UPDATE duplicate_decisions SET body = replace(body, 'Coordinator A', 'Coordinator B') "
        "WHERE seq = 1",
        [],
        "BROKEN  duplicate decisions: broken: decision 1 does not match custody-log entry",
    ),
    "handover": (
        "UPDATE handovers SET to_device = from_device WHERE id = 1",
        [],
        "BROKEN  handovers: broken: handover 1 does not match its signed decision",
    ),
    "alarm acknowledgement": (
        "UPDATE alarm_acknowledgements SET note = ? WHERE alarm_id = 1",
        ["Nothing to see"],
        "BROKEN  alarm acknowledgements: broken: the acknowledgement of alarm 1 does not "
        "match custody-log entry",
    ),
}


@pytest.mark.parametrize("what", sorted(TAMPERS))
def test_a_tampered_row_is_named_and_exits_13(
    world, tmp_path: Path, monkeypatch, capsys, what: str
):
    sql, params, named = TAMPERS[what]
    store = tmp_path / "tampered"
    shutil.copytree(tmp_path / "central", store)
    params = [world.devices["Monitor 1, Leilek"] if p == "leilek" else p for p in params]
    _tamper(store, sql, params)
    code, out, err = _cli(store, monkeypatch, capsys, "verify")
    assert code == 13, out + err
    [broken] = [line for line in out.splitlines() if line.startswith("BROKEN")]
    assert named in broken, out
    assert len(out.splitlines()) == 7  # every other check still ran, and passed
    assert err.count("\n") == 1 and "1 check of 7 failed" in err
