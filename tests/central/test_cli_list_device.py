"""``central list --device`` takes a device id as every other centre command does.

The devices list prints ids cut to 8 characters, so a coordinator types those;
an unknown or too short id is an error (exit 20), never an empty list.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldreport import cli
from fieldreport.central.store import CentralStore
from tests.central.conftest import capture, export_to, run_import
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def listed(central: CentralStore, join, tmp_path: Path, monkeypatch, capsys):
    a, b = join("a"), join("b")
    ids = {a.device_id: capture(a, tmp_path, "[TEST] A's"), b.device_id: capture(b, tmp_path)}
    for session, name in ((a, "a.bundle"), (b, "b.bundle")):
        [outcome] = run_import(central, export_to(session, tmp_path / name).path)
        assert outcome.status == "imported", outcome.reason
    central.close()  # the command opens the store itself
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(central.folder))

    def _list(device: str) -> tuple[int, list[str], str]:
        code = cli.main(["central", "list", "--device", device, "--json"])
        out, err = capsys.readouterr()
        return code, [r["id"] for r in json.loads(out)] if code == 0 else [], err

    return a, ids, _list


def test_a_device_prefix_lists_that_device_only(listed):
    a, ids, run = listed
    for typed in (a.device_id, a.device_id[:8]):
        code, found, _ = run(typed)
        assert code == 0 and found == [ids[a.device_id]]


def test_an_unknown_or_short_device_id_is_an_error(listed):
    a, _ids, run = listed
    code, found, err = run("0" * 8 if not a.device_id.startswith("0") else "f" * 8)
    assert code == 20 and found == [] and "No device" in err and len(err.splitlines()) == 1
    code, _found, err = run(a.device_id[:4])
    assert code == 20 and "at least its first 8 characters" in err


def test_media_by_device_and_marked_deleted(
    central: CentralStore, join, tmp_path, monkeypatch, capsys
):
    a, b = join("a"), join("b")
    gone = a.get(capture(a, tmp_path, "[TEST] A's")).data["media"][0]
    capture(b, tmp_path)
    a.delete_media(gone)
    for session, name in ((a, "a.bundle"), (b, "b.bundle")):
        [outcome] = run_import(central, export_to(session, tmp_path / name).path)
        assert outcome.status == "imported", outcome.reason
    central.close()
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(central.folder))

    assert cli.main(["central", "list", "--kind", "media", "--device", b.device_id[:8]]) == 0
    lines = capsys.readouterr().out.splitlines()[1:]
    assert len(lines) == 1 and lines[0].endswith(b.device_id[:8]) and "deleted" not in lines[0]
    assert cli.main(["central", "list", "--kind", "media", "--device", a.device_id[:8]]) == 0
    [line] = [x for x in capsys.readouterr().out.splitlines() if x.startswith(gone)]
    assert "(deleted)" in line
    assert cli.main(["central", "list", "--kind", "media", "--device", "abc"]) == 20
