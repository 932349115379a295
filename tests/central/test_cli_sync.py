"""The whole path on the command line: organisation, device, bundle, age, import, receipt."""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
from pathlib import Path

import pytest

from fieldreport import cli
from tests.conftest import TEST_PASSPHRASE
from tests.sync.conftest import AGE, needs_age
from tests.sync.helpers import jpeg


@pytest.fixture
def cli_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_STORE", str(tmp_path / "central"))
    vault = str(tmp_path / "vault")

    def device(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--vault", vault, *args])
        out, err = capsys.readouterr()
        return code, out, err

    def central(*args: str) -> tuple[int, str, str]:
        code = cli.main(["central", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return device, central


@needs_age
def test_end_to_end_on_the_command_line(cli_run, tmp_path: Path):
    device, central = cli_run
    ok = lambda result: result[0] == 0 or pytest.fail(result[2])  # noqa: E731
    ok(central("init", "--org-name", "Test Monitoring Network"))
    ok(central("provisioning", "--out", str(tmp_path / "org.json")))
    ok(device("init"))
    code, out, _ = device("join", str(tmp_path / "org.json"), "--out", str(tmp_path / "req.json"))
    assert code == 0 and "Device fingerprint:" in out
    fingerprint = out.split("Device fingerprint:")[1].strip()
    code, out, _ = central(
        "approve", str(tmp_path / "req.json"), "--out", str(tmp_path / "c.json"), "--yes"
    )
    assert code == 0 and fingerprint in out
    ok(device("certificate", "install", str(tmp_path / "c.json")))

    record = tmp_path / "incident.json"
    record.write_text(json.dumps({"title": "[TEST] Houses burned", "status": "draft"}))
    code, out, _ = device("add", "incident", "--json", str(record))
    record_id = out.strip()
    photo = jpeg(tmp_path / "IMG_0001.jpg")
    ok(device("attach", record_id, str(photo)))
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, _ = device("bundle", "export", "--out", str(usb))
    assert code == 0
    bundle = Path(out.strip())
    assert bundle.parent == usb and bundle.name.startswith("fieldreport-1-")
    code, out, _ = device("bundle", "export", "--out", str(usb))
    assert code == 0 and "still waits for its receipt" in out and str(bundle) in out

    # The stock age tool opens it with the exported identity.
    identity = tmp_path / "identity.txt"
    ok(central("export-age-identity", "--out", str(identity), "--yes"))
    done = subprocess.run(
        [AGE, "-d", "-i", str(identity), str(bundle)], capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as tar:
        names = tar.getnames()
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert any(n.startswith(f"records/{record_id}/") for n in names)

    receipts = tmp_path / "receipts"
    receipts.mkdir()
    code, out, err = central("import", str(bundle), "--receipts", str(receipts))
    assert code == 0 and "imported bundle 1" in out, err
    [receipt] = list(receipts.iterdir())
    code, out, _ = central("import", str(bundle), "--receipts", str(receipts))
    assert code == 0 and "already imported" in out

    code, out, _ = device("status", "--json")
    assert json.loads(out)["pending"]["records"] == 1
    code, out, _ = device("receipt", "import", str(receipt))
    assert code == 0 and "1 record now synced" in out
    code, out, _ = device("status", "--json")
    state = json.loads(out)
    assert state["pending"] == {"records": 0, "media": 0, "log_entries": 0}
    assert state["last_bundle"]["receipted"] and state["last_receipt"]["sequence"] == 1
    code, out, _ = device("bundle", "export", "--out", str(usb))
    assert "received and receipted" in out
    ok(device("status"))

    code, out, _ = central("show", record_id[:8], "--json")
    shown = json.loads(out)
    origin = shown["revisions"][-1]["origin"]
    assert origin["device_id"] == state["device_id"] and origin["bundle_sequence"] == 1
    assert origin["log_seq"] >= 1 and len(origin["entry_hash"]) == 64
    code, out, _ = central("list", "--json")
    assert [r["id"] for r in json.loads(out)] == [record_id]
    code, out, _ = central("list", "--kind", "media", "--json")
    [media] = json.loads(out)
    code, out, _ = central("show", media["id"])
    assert code == 0 and "origin.bundle_hash" in out
    code, out, _ = central("verify-log", state["device_id"])
    assert code == 0 and "intact" in out
    code, out, _ = central("devices", "--json")
    assert json.loads(out)[0]["fingerprint"] == fingerprint
    code, out, _ = central("revoke", state["device_id"][:8], "--yes")
    assert code == 0 and "revoked" in out


def test_command_line_errors_are_one_line_with_their_code(cli_run, tmp_path: Path, monkeypatch):
    device, central = cli_run
    code, _, err = central("devices")
    assert code == 3 and err.count("\n") == 1 and "no central store" in err
    assert central("init", "--org-name", "Org")[0] == 0
    code, _, err = central("init", "--org-name", "Org")
    assert code == 4
    code, _, err = central("export-age-identity", "--out", str(tmp_path / "id.txt"))
    assert code == 2 and "--yes" in err and not (tmp_path / "id.txt").exists()
    code, _, err = central("revoke", "00000000-0000-0000-0000-000000000000")
    assert code == 20 and err.count("\n") == 1
    code, _, err = central("import", str(tmp_path / "missing.bundle"))
    assert code == 9 and "There is no file" in err
    junk = tmp_path / "junk.bundle"
    junk.write_bytes(b"not a bundle")
    code, out, _ = central("import", str(junk))
    assert code == 18 and "rejected" in out
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", "a wrong passphrase")
    code, _, err = central("devices")
    assert code == 5 and err.count("\n") == 1
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    device("init")
    code, _, err = device("bundle", "export", "--out", str(tmp_path))
    assert code == 19 and err.count("\n") == 1
    code, _, err = device("receipt", "import", str(junk))
    assert code in (17, 19)
    monkeypatch.delenv("FIELDREPORT_CENTRAL_STORE")
    code, _, err = central("devices")
    assert code == 2 and "--store" in err
