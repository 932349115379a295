"""The command line, end to end against a real vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldreport import cli
from tests.conftest import TEST_PASSPHRASE

INCIDENT = {
    "title": "[TEST] Houses burned at the edge of the village",
    "occurred_on": "2021-04-29",
    "location": {"settlement": "Kulundu"},
    "categories": ["arson"],
    "status": "final",
}


def write_json(tmp_path: Path, value, name="record.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_full_round_trip(initialised, tmp_path: Path):
    run = initialised
    code, out, _ = run("add", "incident", "--json", write_json(tmp_path, INCIDENT))
    assert code == 0
    rid = out.strip()
    assert len(rid) == 36

    code, out, _ = run("show", rid, "--json")
    shown = json.loads(out)
    assert shown["id"] == rid and shown["revision"] == 1 and shown["status"] == "final"
    assert shown["title"] == INCIDENT["title"]

    shown["title"] = "[TEST] Houses burned (corrected)"
    code, out, _ = run("edit", rid, "--json", write_json(tmp_path, shown, "edit.json"))
    assert code == 0 and out.strip() == f"{rid} revision 2"

    code, out, _ = run("show", rid, "--revision", "1")
    assert code == 0 and INCIDENT["title"] in out and "revision 1" in out

    code, out, _ = run("history", rid, "--json")
    assert [h["revision"] for h in json.loads(out)] == [1, 2]

    code, out, _ = run("list", "--kind", "incident", "--search", "corrected", "--json")
    assert [r["id"] for r in json.loads(out)] == [rid]
    code, out, _ = run("list", "--search", "nothing-like-this")
    assert code == 0 and rid not in out

    code, out, _ = run("delete", rid)
    assert code == 0 and "deleted" in out
    code, out, _ = run("list", "--json")
    assert json.loads(out) == []
    code, out, _ = run("show", rid, "--json")
    assert json.loads(out)["deleted"] is True

    code, out, _ = run("log", "verify")
    assert code == 0 and "intact" in out


def test_add_reads_standard_input(initialised):
    code, out, err = initialised(
        "add",
        "person",
        "--json",
        "-",
        stdin=json.dumps(
            {"outcome": "injured", "sex": "male", "age_group": "18-29", "civilian": "yes"}
        ),
    )
    assert code == 0, err and len(out.strip()) == 36


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("show", "00000000-0000-0000-0000-000000000000"), 11, "No record with id"),
        (("add", "incident", "--json", "/no/such/file.json"), 9, "There is no file"),
        (("init",), 4, "already exists"),
    ],
)
def test_mistakes_give_one_clear_line_and_an_exit_code(initialised, args, code, message):
    got, out, err = initialised(*args)
    assert got == code
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_invalid_json_and_validation_failures_name_the_problem(initialised, tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "x",')
    code, _, err = initialised("add", "incident", "--json", str(bad))
    assert code == 9 and "not valid JSON" in err and "line 1" in err

    code, _, err = initialised(
        "add", "incident", "--json", write_json(tmp_path, {**INCIDENT, "occurred_on": None})
    )
    assert code == 10 and "occurred_on" in err

    code, _, err = initialised("add", "incident", "--json", write_json(tmp_path, [1, 2]))
    assert code == 9 and "JSON object" in err
    code, out, _ = initialised("list", "--json")
    assert json.loads(out) == []


def test_wrong_passphrase_and_missing_vault(run, initialised, monkeypatch, tmp_path: Path):
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", "this is not it at all")
    code, _, err = run("list")
    assert code == 5 and "passphrase is wrong" in err
    code = cli.main(["--vault", str(tmp_path / "elsewhere"), "list"])
    assert code == 3


def test_passwd_changes_the_passphrase(initialised, monkeypatch):
    monkeypatch.setenv("FIELDREPORT_NEW_PASSPHRASE", "another long passphrase")
    code, out, err = initialised("passwd")
    assert code == 0, err
    code, _, err = initialised("list")
    assert code == 5
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", "another long passphrase")
    code, _, err = initialised("list")
    assert code == 0, err


def test_log_verify_fails_on_a_tampered_log(initialised, tmp_path: Path):
    from fieldreport.core import Session

    initialised("add", "incident", "--json", write_json(tmp_path, INCIDENT))
    s = Session.unlock(tmp_path / "vault", TEST_PASSPHRASE)
    s._vault.db.execute("UPDATE custody_log SET time = '2000-01-01T00:00:00.000Z' WHERE seq = 2")
    s.lock()
    code, _, err = initialised("log", "verify")
    assert code == 13 and "entry 2" in err


def test_the_installed_command_prints_no_traceback(vault_dir: Path):
    env = {**os.environ, "FIELDREPORT_PASSPHRASE": "whatever it is here"}
    done = subprocess.run(
        [sys.executable, "-m", "fieldreport.cli", "--vault", str(vault_dir), "list"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 3
    assert done.stderr.startswith("fieldreport-cli: There is no vault")
    assert "Traceback" not in done.stderr


def test_without_a_terminal_or_the_variable_it_says_what_to_set(initialised, vault_dir: Path):
    env = {k: v for k, v in os.environ.items() if k != "FIELDREPORT_PASSPHRASE"}
    done = subprocess.run(
        [sys.executable, "-m", "fieldreport.cli", "--vault", str(vault_dir), "list"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # no controlling terminal
        check=False,
    )
    assert done.returncode == 2
    assert "set FIELDREPORT_PASSPHRASE" in done.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"title": "a", "title": "b"}', 'has the field "title" twice'),
        ('{"title": NaN}', "contains NaN"),
        ('{"title": "x", "notes": -Infinity}', "contains -Infinity"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"title": "\\ud800"}', "title: Contains invisible control characters"),
    ],
)
def test_hostile_json_is_refused_with_a_clear_line(initialised, tmp_path: Path, text, message):
    path = tmp_path / "hostile.json"
    path.write_text(text)
    code, _, err = initialised("add", "incident", "--json", str(path))
    assert code in (9, 10) and message in err and "Traceback" not in err
    code, out, _ = initialised("list", "--json")
    assert json.loads(out) == []
