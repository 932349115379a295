"""A plain (non-editable) install works: resources in the wheel, a real round trip.

Run by CI as part of the suite (marked ``packaging``; deselect with
``-m "not packaging"`` for a quick local run).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE
from tests.packaging.conftest import ROOT, Installed, clean_env
from tests.packaging.roundtrip import self_test, window_stays_up
from tests.test_walkthrough import (
    INCIDENT,
    README,
    Cli,
    _walkthrough_commands,
    a_monitors_day_and_the_coordinators,
    make_world,
    the_sync_server_walkthrough,
)

pytestmark = pytest.mark.packaging

RESOURCES = [
    "fieldreport/_data/vocabularies.json",
    "fieldreport/_data/gazetteer.json",
    "fieldreport/_data/translations/fieldreport_ru.qm",
    "fieldreport/_data/translations/fieldreport_ky.qm",
    "fieldreport/_data/translations/qtbase_ky.qm",
    "fieldreport/_data/icons/fieldreport.png",
    "fieldreport/_data/icons/fieldreport.ico",
]


def test_the_wheel_carries_every_resource_and_nothing_else(installed: Installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    assert set(RESOURCES) <= names
    # Every .qm of the checkout travels; translation sources and tests do not.
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        assert f"fieldreport/_data/translations/{qm.name}" in names
    assert not [n for n in names if n.endswith(".ts") or n.startswith("tests/")]


def test_the_sdist_carries_the_resources_it_builds_from(installed: Installed):
    with tarfile.open(installed.sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert {"setup.py", "resources/vocabularies.json", "resources/icons/fieldreport.ico"} <= names
    assert "resources/translations/fieldreport_ru.ts" in names


def test_the_readmes_commands_from_a_plain_install_of_the_wheel(
    installed: Installed, tmp_path: Path
):
    """Every command the README shows, run by the wheel's ``fieldreport-cli`` in order.

    The monitor's records, photos and bundles, the coordinator's store, import,
    duplicates, figures and exports (tests/test_walkthrough.py, with the
    installed entry point instead of the checkout's), the commands those leave
    out, then the README's step-by-step sync server on 127.0.0.1.
    """
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = clean_env(HOME=str(home))
    # The package is the installed one, and it finds its resources inside itself.
    done = subprocess.run(
        [
            str(installed.bin("python")),
            "-c",
            "import fieldreport, fieldreport.resources as r; "
            "print(fieldreport.__file__); print(r.resources_dir())",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        check=True,
    )
    package_file, resources = done.stdout.split()
    assert Path(package_file).is_relative_to(installed.venv)
    assert Path(resources).is_relative_to(installed.venv) and resources.endswith("_data")

    entry = installed.bin("fieldreport-cli")
    (tmp_path / "day").mkdir()
    cli, work = make_world(tmp_path / "day", entry, env)
    a_monitors_day_and_the_coordinators(cli, work)
    the_rest_of_the_readme(cli, work)
    (tmp_path / "server").mkdir()
    the_sync_server_walkthrough(tmp_path / "server", entry, env)
    ran = {command_key(args) for args in cli.ran}
    ran |= {command_key(words[1:]) for words in _walkthrough_commands()[1:]}
    assert [c for c in readme_commands() if c not in ran and c not in ELSEWHERE] == []


#: Command groups whose second word names the command.
GROUPS = {"central", "media", "log", "bundle", "receipt", "certificate"}
#: README commands the test above does not run, and where they are tested.
ELSEWHERE = {
    ("central", "handover"): "needs a second device: tests/central/test_handover.py",
    ("central", "migrate"): "needs PostgreSQL: tests/central/test_postgresql_migrate.py",
}


def command_key(args: Sequence[str]) -> tuple[str, ...]:
    return tuple(args[:2]) if args[0] in GROUPS and len(args) > 1 else (args[0],)


def readme_commands() -> list[tuple[str, ...]]:
    """Each command the README shows (``central import``, ``add``…), in its order."""
    found: list[tuple[str, ...]] = []
    for line in README.read_text("utf-8").splitlines():
        if line.startswith("fieldreport-cli "):
            key = command_key(line.split()[1:])
            if key not in found:
                found.append(key)
    assert len(found) > 40
    return found


def the_rest_of_the_readme(cli: Cli, work: Path) -> None:
    """What the walkthrough leaves out, on the same vault and store."""
    incidents = cli.json("list", "--kind", "incident")
    [rid] = [r["id"] for r in incidents if r["title"] == INCIDENT["title"]]
    media = cli.json("show", rid)["media"]
    cli("edit", rid, "--detach", media[-1])
    assert cli.json("show", rid)["media"] == media[:-1]
    # attach analysed its photos before it returned: nothing is left to finish.
    assert "nothing to do" in cli("media", "analyse")[1]
    draft = cli("add", "incident", "--json", "-", stdin='{"title": "[TEST] A mistake"}')[0]
    cli("delete", draft.strip())
    assert draft.strip() not in {r["id"] for r in cli.json("list")}

    # Two monitors' spellings of one (fictional) person reach the centre: a possible duplicate.
    killed = {"status": "final", "outcome": "killed", "sex": "male", "civilian": "yes"}
    killed.update(event_on=INCIDENT["occurred_on"], event_location=INCIDENT["location"])
    first, second = (
        cli("add", "person", "--json", "-", stdin=json.dumps({**killed, **fields}))[0].strip()
        for fields in ({"name": "Асан Мамытов", "age": 34}, {"name": "Asan Mamytov", "age": 35})
    )
    usb, receipts = work / "usb", work / "usb" / "receipts"
    bundle = cli("bundle", "export", "--out", str(usb))[0].strip()
    before = set(receipts.iterdir())
    out, _ = cli("central", "import", bundle, "--receipts", str(receipts))
    assert "imported bundle 2" in out
    [receipt] = set(receipts.iterdir()) - before
    cli("receipt", "import", str(receipt))
    # The receipt's checkpoint checked out: no log alarm, so nothing to accept.
    assert "There is no alarm" in cli("receipt", "accept-new-log", "--yes")[0]
    assert "Nothing to send again" in cli("bundle", "export", "--out", str(usb), "--again")[0]
    duplicates = cli("central", "duplicates", "--kind", "person", "--json")[0]
    assert first in duplicates and second in duplicates
    by = ("--by", "Coordinator A")
    cli("central", "same", first, second, *by)
    cli("central", "same", first, second, "--undo", *by)
    cli("central", "different", first, second, *by)
    assert cli.json("central", "figures")
    device_id = cli.json("status")["device_id"]
    cli("central", "name-device", device_id, "Monitor 3, Leilek")
    assert "Monitor 3, Leilek" in cli("central", "devices")[0]

    # What leaves the centre: exports, the report, a photo, the keys for audits.
    cli("central", "export", "--format", "csv", "--out", "records.csv")
    assert (work / "records.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    cli("central", "export", "--format", "geojson", "--out", "records.geojson")
    geojson = json.loads((work / "records.geojson").read_text("utf-8"))
    assert geojson["type"] == "FeatureCollection"
    cli("central", "report", "--out", "report.pdf", "--lang", "ky")
    assert (work / "report.pdf").read_bytes().startswith(b"%PDF")
    cli("central", "media", "export", media[0], "--out", "central-copy.jpg")
    assert (work / "central-copy.jpg").read_bytes().startswith(b"\xff\xd8")
    cli("central", "export-age-identity", "--out", "identity.txt", "--yes")
    assert "AGE-SECRET-KEY-1" in (work / "identity.txt").read_text("ascii")
    assert cli.json("central", "quarantine") == []
    cli("central", "discard", "--expired")
    cli("central", "tls-cert", "--host", "localhost", "--cert-out", "c.pem", "--key-out", "k.pem")
    assert (work / "c.pem").read_text("ascii").startswith("-----BEGIN CERTIFICATE-----")
    assert isinstance(cli.json("central", "alarms"), list)
    cli("central", "verify")
    # Evidence for an investigator, checked by the verifier installed beside fieldreport-cli.
    (work / "published.txt").write_text(cli("central", "checkpoint")[0])
    said = cli("central", "evidence", rid, "--out", "evidence", "--lang", "ky")[0]
    assert "fieldreport-verify" in said
    verifier = cli.entry.with_name(cli.entry.name.replace("fieldreport-cli", "fieldreport-verify"))
    done = subprocess.run(
        [str(verifier), str(work / "evidence"), "--since", str(work / "published.txt")],
        capture_output=True,
        text=True,
        env=cli.env,
        check=False,
    )
    assert done.returncode == 0 and f"Record {rid}: VERIFIED." in done.stdout, done.stdout
    # Its photos for publication with C2PA Content Credentials (the wheel's c2pa-python).
    cli("central", "c2pa-cert", "--new", "--root-out", "c2pa-root.pem")
    assert "Root certificate fingerprint" in cli("central", "c2pa-cert")[0]
    said = cli("central", "evidence", rid, "--out", "evidence-c2pa", "--c2pa")[0]
    assert "photo(s) with C2PA Content Credentials" in said and "\n0 photo" not in said
    assert list((work / "evidence-c2pa" / "data" / "published").glob("*.c2pa.jpg"))

    # Settings, then the end of this vault: erased at once, as a script would.
    cli("settings", "set", "auto-lock", "10")
    assert cli("settings", "get", "auto-lock")[0].strip().startswith("10")
    cli("settings", "set", "language", "ky")
    assert "ky" in cli("settings")[0]
    # What the organisation confirmed leaves this laptop; stubs keep the log whole.
    assert "Purged" in cli("purge", "--receipted", "--yes")[0]
    assert cli("edit", first, "--json", "-", stdin='{"notes": "[TEST] later"}', expect=27)
    # A backup of the whole vault, restored elsewhere with the organisation's identity.
    cli.env["FIELDREPORT_NEW_PASSPHRASE"] = "a backup passphrase of several words"
    cli("backup", "--out", "vault.backup")
    del cli.env["FIELDREPORT_NEW_PASSPHRASE"]
    restored = work / "restored"
    cli("restore", "vault.backup", "--vault", str(restored), "--identity", "identity.txt")
    assert "intact" in cli("--vault", str(restored), "log", "verify")[0]
    # Key escrow was not agreed at this join: nothing to withdraw, and it says so.
    assert "not agreed" in cli("escrow", "status")[0]
    assert "was not agreed" in cli("escrow", "withdraw")[0]

    # Last: the self-test, a new passphrase (slow to derive) for the vault, and erasing it.
    report = cli("self-test")[0]
    assert "checks passed." in report
    assert "skip  Qt window: Qt is not installed" in report  # a server install has no Qt
    cli.env["FIELDREPORT_NEW_PASSPHRASE"] = "a new passphrase of several words"
    cli("passwd")
    cli.env["FIELDREPORT_PASSPHRASE"] = cli.env.pop("FIELDREPORT_NEW_PASSPHRASE")
    assert "intact" in cli("log", "verify")[0]
    # Recovery shares: any three of five open the vault and set a new passphrase.
    shares = work / "shares"
    cli("recovery", "split", "--shares", "5", "--threshold", "3", "--out", str(shares))
    cli.env["FIELDREPORT_NEW_PASSPHRASE"] = "a recovered passphrase of several words"
    cli("recovery", "restore", *(str(shares / f"share-0{i}.txt") for i in (1, 4, 5)))
    cli.env["FIELDREPORT_PASSPHRASE"] = cli.env.pop("FIELDREPORT_NEW_PASSPHRASE")
    assert "intact" in cli("log", "verify")[0]
    # A duress passphrase: it opens the (empty) decoy; the real passphrase, the real vault.
    real = cli.env["FIELDREPORT_PASSPHRASE"]
    cli.env["FIELDREPORT_NEW_PASSPHRASE"] = "tea with the neighbours at five"
    cli("duress", "set")
    del cli.env["FIELDREPORT_NEW_PASSPHRASE"]
    assert "is set" in cli("duress", "status")[0]
    cli.env["FIELDREPORT_PASSPHRASE"] = "tea with the neighbours at five"
    assert cli.json("list") == []
    assert "No duress passphrase is set." in cli("duress", "status")[0]  # as without one
    cli.env["FIELDREPORT_PASSPHRASE"] = real
    assert cli.json("list")
    cli("duress", "clear")
    cli("erase", "--yes")
    cli("status", expect=3)  # no vault any more


def test_without_the_gui_extra_there_is_no_qt_and_the_window_says_so(
    installed: Installed, tmp_path: Path
):
    env = clean_env(HOME=str(tmp_path / "home"), FIELDREPORT_NO_LOG_FILE="1")
    probe = subprocess.run(
        [
            str(installed.bin("python")),
            "-c",
            "import importlib.util as u; print(u.find_spec('PySide6') is None)",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=True,
    )
    assert probe.stdout.strip() == "True"  # a server install carries no Qt
    done = subprocess.run(
        [str(installed.bin("fieldreport"))],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 3
    assert done.stderr.count("\n") == 1 and "pip install 'fieldreport[gui]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_portable_install_writes_nothing_under_home(installed: Installed, tmp_path: Path):
    marker = installed.bin("portable")
    home = tmp_path / "empty-home"
    home.mkdir()
    env = clean_env(HOME=str(home), FIELDREPORT_PASSPHRASE=TEST_PASSPHRASE)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env.pop(name, None)
    marker.write_text("", encoding="utf-8")
    try:
        for args in (["init"], ["status"], ["self-test"]):
            done = subprocess.run(
                [str(installed.bin("fieldreport-cli")), *args],
                capture_output=True,
                text=True,
                env=env,
                cwd=tmp_path,
                check=False,
            )
            assert done.returncode == 0, f"{args}: {done.stderr}"
        data = marker.parent / "data"
        assert (data / "vault" / "vault.key").is_file()
        assert (data / "logs" / "fieldreport.log").is_file()
        assert list(home.iterdir()) == []
    finally:
        marker.unlink()
        shutil.rmtree(marker.parent / "data", ignore_errors=True)


def test_with_the_gui_extra_the_window_starts_and_stays_up(installed: Installed, tmp_path: Path):
    # Last in this file: it adds Qt to the shared venv.
    pip = [str(installed.bin("python")), "-m", "pip", "install", "--quiet"]
    subprocess.run(
        [*pip, "-c", str(ROOT / "constraints.txt"), f"{installed.wheel}[gui]"],
        env=clean_env(),
        cwd=tmp_path,
        capture_output=True,
        check=True,
    )
    home = tmp_path / "home"
    env = clean_env(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    assert window_stays_up([installed.bin("fieldreport"), "--demo"], env, home, tmp_path)
    report = self_test(installed.bin("fieldreport-cli"), tmp_path, env)
    assert "ok    Qt platform plugin: Qt" in report and "'offscreen'" in report
