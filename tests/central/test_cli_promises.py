"""The command line's promises for the organisation and the device (issue 10).

Real central store and vault, driven through ``cli.main``.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.central.test_cli_sync import cli_run  # noqa: F401 - the fixture


def _org_and_device(cli_run, tmp_path: Path, approve: bool = True):  # noqa: F811
    device, central = cli_run
    assert central("init", "--org-name", "Test Monitoring Network")[0] == 0
    assert central("provisioning", "--out", str(tmp_path / "org.json"))[0] == 0
    assert device("init")[0] == 0
    code, out, err = device("join", str(tmp_path / "org.json"), "--out", str(tmp_path / "r.json"))
    assert code == 0, err
    if approve:
        cert = str(tmp_path / "cert.json")
        assert central("approve", str(tmp_path / "r.json"), "--out", cert, "--yes")[0] == 0
        assert device("certificate", "install", cert)[0] == 0
    record = tmp_path / "incident.json"
    record.write_text(json.dumps({"title": "[TEST] Houses burned"}))
    code, out, _ = device("add", "incident", "--json", str(record))
    return device, central, out.strip()


def test_approve_shows_the_fingerprint_and_asks(cli_run, tmp_path: Path):  # noqa: F811
    device, central = cli_run
    assert central("init", "--org-name", "Test Monitoring Network")[0] == 0
    assert central("provisioning", "--out", str(tmp_path / "org.json"))[0] == 0
    assert device("init")[0] == 0
    code, out, _ = device("join", str(tmp_path / "org.json"), "--out", str(tmp_path / "r.json"))
    fingerprint = out.split("Device fingerprint:")[1].strip()
    cert = tmp_path / "cert.json"
    code, out, err = central("approve", str(tmp_path / "r.json"), "--out", str(cert))
    assert code == 2 and fingerprint in out and "--yes" in err
    assert not cert.exists()
    assert json.loads(central("devices", "--json")[1]) == []
    code, out, err = central("approve", str(tmp_path / "r.json"), "--out", str(cert), "--yes")
    assert code == 0 and fingerprint in out and cert.exists()


def test_revoke_asks_and_needs_eight_characters(cli_run, tmp_path: Path):  # noqa: F811
    device, central, _ = _org_and_device(cli_run, tmp_path)
    device_id = json.loads(device("status", "--json")[1])["device_id"]
    code, _, err = central("revoke", device_id[:7], "--yes")
    assert code == 20 and "at least its first 8 characters" in err
    code, _, err = central("revoke", device_id[:8])
    assert code == 2 and "--yes" in err
    assert json.loads(central("devices", "--json")[1])[0]["status"] == "approved"
    code, out, _ = central("revoke", device_id[:8], "--yes")
    assert code == 0 and "revoked" in out
    assert json.loads(central("devices", "--json")[1])[0]["status"] == "revoked"


def test_import_of_a_missing_file_is_9_and_the_receipts_folder_is_created(
    cli_run,  # noqa: F811
    tmp_path: Path,
):
    device, central, _ = _org_and_device(cli_run, tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, _ = device("bundle", "export", "--out", str(usb))
    bundle = out.strip()
    code, out, err = central("import", str(tmp_path / "nosuch.bundle"), bundle)
    assert code == 9 and "There is no file" in err and out == ""
    receipts = usb / "receipts" / "new"
    code, out, err = central("import", bundle, "--receipts", str(receipts))
    assert code == 0, err
    assert "1 record revision, " in out and "custody-log entries new" in out
    assert len(list(receipts.iterdir())) == 1


def test_provisioning_allows_plain_http_on_this_computer_only(cli_run, tmp_path):  # noqa: F811
    _device, central = cli_run
    assert central("init", "--org-name", "Test Monitoring Network")[0] == 0
    code, _, err = central(
        "provisioning", "--out", str(tmp_path / "a.json"), "--server-url", "http://127.0.0.1:8080"
    )
    assert code == 0, err
    assert json.loads((tmp_path / "a.json").read_text())["body"]["server"]["url"] == (
        "http://127.0.0.1:8080"
    )
    code, _, err = central(
        "provisioning", "--out", str(tmp_path / "b.json"), "--server-url", "http://example.org"
    )
    assert code == 2 and "this computer" in err and not (tmp_path / "b.json").exists()


def test_a_device_whose_bundle_is_quarantined_is_listed_as_waiting(cli_run, tmp_path):  # noqa: F811
    device, central, _ = _org_and_device(cli_run, tmp_path, approve=False)
    code, out, _ = device("bundle", "export", "--out", str(tmp_path / "one.bundle"))
    assert code == 0
    code, out, _ = central("import", str(tmp_path / "one.bundle"))
    assert code == 0 and "quarantined" in out
    device_id = json.loads(device("status", "--json")[1])["device_id"]
    code, out, _ = central("devices")
    assert code == 0 and device_id in out and "waiting for approval (1 bundle kept)" in out
    [waiting] = json.loads(central("devices", "--json")[1])
    assert waiting == {
        "id": device_id,
        "status": "waiting_for_approval",
        "bundles_quarantined": 1,
        "first_received_at": waiting["first_received_at"],
    }
    cert = str(tmp_path / "cert.json")
    assert central("approve", str(tmp_path / "r.json"), "--out", cert, "--yes")[0] == 0
    assert [d["status"] for d in json.loads(central("devices", "--json")[1])] == ["approved"]


def test_bundle_export_out_is_a_folder_or_a_dot_bundle_file(cli_run, tmp_path):  # noqa: F811
    device, _central, rid = _org_and_device(cli_run, tmp_path)
    for out_arg, reason in (
        (str(tmp_path / "usb3"), "must end in .bundle"),
        (str(tmp_path / "usb3") + "/", "There is no folder"),
        (str(tmp_path / "usb3" / "x.bundle"), "There is no folder"),
    ):
        code, out, err = device("bundle", "export", "--out", out_arg)
        assert code == 2 and reason in err and "mounted" in err, (out_arg, err)
    assert not (tmp_path / "usb3").exists()
    code, out, _ = device("bundle", "export", "--out", str(tmp_path / "first.bundle"))
    assert code == 0 and out.strip() == str(tmp_path / "first.bundle")

    code, out, _ = device("status")
    assert "On its way: 1 record (bundle 1, waiting for the receipt)" in out
    assert "Not yet sent: 0 records" in out
    code, out, _ = device("list")
    assert "on its way (bundle 1)" in out
    code, out, _ = device("show", rid)
    assert "sync: on its way (bundle 1, waiting for the receipt)" in out
    assert str(tmp_path / "first.bundle") in device("status")[1]
    (tmp_path / "first.bundle").unlink()  # the stick was lost before it reached the office
    code, out, _ = device("status")
    assert "its file is no longer at" in out and "bundle export --again" in out


def test_joining_again_with_a_new_provisioning_file_keeps_the_approval(
    cli_run,  # noqa: F811
    tmp_path: Path,
):
    device, central, _ = _org_and_device(cli_run, tmp_path)
    newer = str(tmp_path / "org-with-server.json")
    assert (
        central("provisioning", "--out", newer, "--server-url", "https://sync.example.org")[0] == 0
    )
    code, out, err = device("join", newer, "--out", str(tmp_path / "again.json"))
    assert code == 0 and "stays approved" in err
    state = json.loads(device("status", "--json")[1])
    assert state["certificate"] is not None
    code, out, _ = device("bundle", "export", "--out", str(tmp_path / "after.bundle"))
    assert code == 0


def test_unknown_kinds_are_refused_everywhere(cli_run, tmp_path: Path, capsys):  # noqa: F811
    device, central, _ = _org_and_device(cli_run, tmp_path)
    for run, args in (
        (device, ("list", "--kind", "people")),
        (device, ("add", "people", "--json", str(tmp_path / "incident.json"))),
        (central, ("list", "--kind", "people")),
    ):
        code, out, err = _exit_code(run, *args, capsys=capsys)
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, (args, err)
        assert "people" in err and (run is not central or "media" in err)


def _exit_code(run, *args: str, capsys) -> tuple[int, str, str]:
    """argparse refuses a choice by exiting; the code and the one line are what a shell sees."""
    try:
        return run(*args)
    except SystemExit as exc:
        out, err = capsys.readouterr()
        return int(exc.code or 0), out, err


def test_central_ids_need_six_characters_and_match_only_themselves(cli_run, tmp_path):  # noqa: F811
    device, central, rid = _org_and_device(cli_run, tmp_path)
    assert device("bundle", "export", "--out", str(tmp_path / "b.bundle"))[0] == 0
    assert central("import", str(tmp_path / "b.bundle"))[0] == 0
    code, out, _ = central("show", rid[:6])
    assert code == 0 and rid in out
    code, _, err = central("show", "ea")
    assert code == 11 and "at least its first 6 characters" in err
    code, _, err = central("show", "%%%%%%")
    assert code == 11 and "No imported record" in err
    code, _, err = central("verify-log", "%%%%%%%%")
    assert code == 20
