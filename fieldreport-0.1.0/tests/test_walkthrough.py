"""A new user's day, as the README tells it, through the installed ``fieldreport-cli``.

Every step is a subprocess of the entry point ``make run`` installs, in the
README's order: the monitor's records and photos, the coordinator's side with
a USB stick, and the README's step-by-step sync server on 127.0.0.1 (its
commands are read from the README itself, so the README and this test cannot
drift apart). Each step asserts what the README promises.

The field vault and central store of the first two parts are created with the
suite's minimum Argon2id parameters so that some fifty unlocks stay quick;
``init`` and ``central init`` run through the entry point (with their real,
calibrated parameters) in the third part.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from tests.conftest import TEST_PASSPHRASE
from tests.media import samples
from tests.net.devices import free_port
from tests.net.world import quick_kdf

README = Path(__file__).resolve().parent.parent / "README.md"
ENTRY = Path(sys.executable).parent / (
    "fieldreport-cli.exe" if os.name == "nt" else "fieldreport-cli"
)

INCIDENT = {
    "status": "final",
    "title": "[TEST] Shelling near the school",
    "occurred_on": "2021-04-29",
    "location": {
        "country": "KG",
        "region": "Batken",
        "district": "Leilek",
        "settlement": "Kulundu",
    },
    "categories": ["shelling"],
}
PERSON = {"outcome": "injured", "sex": "female", "age_group": "30-44", "civilian": "yes"}


class Cli:
    """Runs the entry point in ``cwd`` with the walkthrough's environment."""

    def __init__(self, cwd: Path, env: dict[str, str], entry: Path = ENTRY) -> None:
        self.cwd = cwd
        self.env = env
        self.entry = entry  # the installed wheel's in tests/packaging/test_wheel.py
        self.ran: list[tuple[str, ...]] = []  # every command, for tests/packaging/test_wheel.py

    def __call__(
        self, *args: str, expect: int = 0, stdin: str | None = None, one_line: bool = True
    ) -> tuple[str, str]:
        self.ran.append(args)
        done = subprocess.run(
            [str(self.entry), *args],
            cwd=self.cwd,
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == expect, (args, done.returncode, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        if expect and one_line:  # every mistake is one line on standard error
            assert len(done.stderr.strip().splitlines()) == 1, (args, done.stderr)
        return done.stdout, done.stderr

    def json(self, *args: str) -> object:
        return json.loads(self(*args, "--json")[0])


@pytest.fixture
def world(tmp_path: Path) -> tuple[Cli, Path]:
    if not ENTRY.is_file():
        pytest.fail(f"{ENTRY} is missing: install the package (make .venv/.installed)")
    return make_world(tmp_path, ENTRY, dict(os.environ))


def make_world(tmp_path: Path, entry: Path, environ: dict[str, str]) -> tuple[Cli, Path]:
    """A vault and a store with quick keys, and ``entry`` run from an empty folder."""
    home = Path(environ["HOME"])
    vault, store = tmp_path / "field", tmp_path / "org"
    Session.create(vault, TEST_PASSPHRASE, kdf_params=quick_kdf()).lock()
    CentralStore.create(store, TEST_PASSPHRASE, "Test Monitoring Network", quick_kdf()).close()
    env = {key: value for key, value in environ.items() if not key.startswith("FIELDREPORT_")}
    env.update(
        HOME=str(home),
        FIELDREPORT_VAULT=str(vault),
        FIELDREPORT_CENTRAL_STORE=str(store),
        FIELDREPORT_PASSPHRASE=TEST_PASSPHRASE,
    )
    work = tmp_path / "work"
    work.mkdir()
    return Cli(work, env, entry), work


def _write(folder: Path, name: str, value: object) -> str:
    path = folder / name
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return name


def test_a_monitors_day_and_the_coordinators_as_the_readme_tells_it(world) -> None:
    a_monitors_day_and_the_coordinators(*world)


def a_monitors_day_and_the_coordinators(cli: Cli, work: Path) -> None:
    """The README's command-line sections, in order, from ``cli``'s entry point."""
    # -- The command line: records -------------------------------------------------
    rid = cli("add", "incident", "--json", _write(work, "incident.json", INCIDENT))[0].strip()
    assert re.fullmatch(r"[0-9a-f-]{36}", rid)
    person = cli("add", "person", "--json", "-", stdin=json.dumps({**PERSON, "links": [rid]}))
    person_id = person[0].strip()
    out, _ = cli("show", rid[:6])
    assert INCIDENT["title"] in out and f"linked from: {person_id}" in out
    assert "sync: not yet sent" in out
    cli("show", "ea", expect=11)
    empty = Cli(work, {**cli.env, "FIELDREPORT_PASSPHRASE": ""})
    assert "Empty passphrase" in empty("list", expect=5)[1]

    partial = _write(work, "changes.json", {"description": "[TEST] Two shells hit the roof."})
    assert cli("edit", rid, "--json", partial)[0].strip() == f"{rid} revision 2"
    shown = cli.json("show", rid)
    assert shown["title"] == INCIDENT["title"] and shown["status"] == "final"
    assert shown["description"] == "[TEST] Two shells hit the roof."
    stale = _write(work, "stale.json", {**shown, "revision": 1, "notes": "[TEST] late"})
    cli("edit", rid, "--json", stale, "--replace", expect=25)
    whole = _write(work, "whole.json", {**shown, "notes": "[TEST] checked on site"})
    cli("edit", rid, "--json", whole, "--replace")
    assert [h["revision"] for h in cli.json("history", rid)] == [1, 2, 3]
    listed = cli.json("list", "--kind", "incident", "--search", "school roof")
    assert [r["id"] for r in listed] == [rid]
    cli("list", "--kind", "people", expect=2)
    _, err = cli(
        "add",
        "incident",
        "--json",
        _write(work, "far.json", {"title": "[TEST] x", "location": {"settlement": "Atlantis"}}),
    )
    assert "not in the gazetteer" in err

    # -- Photos and files ------------------------------------------------------------
    dcim = work / "DCIM"
    samples.write(dcim, "IMG_0001.jpg", samples.jpeg(exif=samples.exif_block()))
    samples.write(dcim, "IMG_0002.jpg", samples.jpeg(samples.picture(70, 50)))
    samples.write(dcim, "notes.txt", b"not evidence")
    out, err = cli("attach", rid[:8], str(dcim), expect=15, one_line=False)  # a line per file
    assert "2 stored" in err and "1 refused" in err and len(out.splitlines()) == 2
    photo_id = next(line.split()[0] for line in out.splitlines() if "IMG_0001" in line)
    recording = samples.write(work, "interview.wav", samples.wav())
    recording_id = cli("attach", "--unattached", str(recording))[0].split()[0]
    assert [m["id"] for m in cli.json("media", "list", "--unattached")] == [recording_id]
    cli("media", "caption", photo_id, "Roof of house 12")
    assert cli.json("media", "show", photo_id)["caption"] == "Roof of house 12"
    cli("media", "export", photo_id, "--out", "copy.jpg", "--strip-metadata")
    assert (work / "copy.jpg").stat().st_size > 0
    cli("media", "export", photo_id, "--out", "copy.jpg", expect=2)  # it exists: said, kept
    cli("edit", rid, "--location-from-media", photo_id)
    location = cli.json("show", rid)["location"]
    assert location["settlement"] == "Kulundu" and location["precision"] == "exact"
    cli("media", "delete", recording_id, expect=2)  # asks first; a script must say --yes
    cli("media", "delete", recording_id, "--yes")
    media = cli.json("show", rid)["media"]
    assert len(media) == 2 and media[0] == photo_id  # the deleted recording was never attached
    assert "intact" in cli("log", "verify")[0]

    # -- Sending records to the organisation (a USB stick) -----------------------------
    cli("central", "provisioning", "--out", "org.json")
    out, err = cli("join", "org.json", "--out", "request.json")
    fingerprint = out.split("Device fingerprint:")[1].strip()
    out, _ = cli("central", "approve", "request.json", "--out", "certificate.json", expect=2)
    assert fingerprint in out and not (work / "certificate.json").exists()
    out, _ = cli("central", "approve", "request.json", "--out", "certificate.json", "--yes")
    assert fingerprint in out
    cli("certificate", "install", "certificate.json")
    usb = work / "usb"
    usb.mkdir()
    cli("bundle", "export", "--out", str(work / "usb3"), expect=2)  # a stick not mounted
    bundle = Path(cli("bundle", "export", "--out", str(usb))[0].strip())
    assert bundle.parent == usb and bundle.suffix == ".bundle"
    out, _ = cli("status")
    assert "On its way: 3 records (bundle 1, waiting for the receipt)" in out
    assert "Not yet sent: 0 records" in out
    assert {r["sync"] for r in cli.json("list")} == {"on_its_way"}
    out, _ = cli("bundle", "export", "--out", str(usb))
    assert "still waits for its receipt" in out
    cli("central", "import", "nosuch.bundle", expect=9)
    receipts = usb / "receipts"
    out, _ = cli("central", "import", str(bundle), "--receipts", str(receipts))
    assert "imported bundle 1" in out
    assert re.search(r"\d+ record revisions, 3 media items, \d+ custody-log entries new", out)
    [receipt] = receipts.iterdir()
    assert "already imported" in cli("central", "import", str(bundle))[0]
    _, err = cli("receipt", "import", str(dcim / "IMG_0002.jpg"), expect=17)
    assert "not a FieldReport receipt (not UTF-8 JSON)" in err and "codec" not in err
    out, _ = cli("receipt", "import", str(receipt))
    assert "now synced" in out
    assert {r["sync"] for r in cli.json("list")} == {"synced"}
    assert "sync: synced" in cli("show", rid)[0]
    titles = {r["title"] for r in cli.json("central", "list")}
    assert INCIDENT["title"] in titles
    origin = cli.json("central", "show", rid)["revisions"][-1]["origin"]
    assert origin["bundle_sequence"] == 1
    device_id = cli.json("status")["device_id"]
    assert [d["status"] for d in cli.json("central", "devices")] == ["approved"]
    assert "intact" in cli("central", "verify-log", device_id)[0]
    cli("central", "revoke", device_id[:7], "--yes", expect=20)
    cli("central", "revoke", device_id[:8], expect=2)  # asks first
    assert [d["status"] for d in cli.json("central", "devices")] == ["approved"]


def _walkthrough_commands() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("#### Step by step: a sync server on one computer", 1)[1]
    block = section.split("```sh\n", 1)[1].split("\n```", 1)[0]
    commands = []
    for line in block.splitlines():
        words = shlex.split(line, comments=True)
        if words:
            commands.append(words)
    return commands


def test_the_readme_sync_server_walkthrough_runs_as_written(tmp_path: Path) -> None:
    if not ENTRY.is_file():
        pytest.fail(f"{ENTRY} is missing: install the package (make .venv/.installed)")
    the_sync_server_walkthrough(tmp_path, ENTRY, dict(os.environ))


def the_sync_server_walkthrough(tmp_path: Path, entry: Path, environ: dict[str, str]) -> None:
    """The README's step-by-step sync server, command by command, from ``entry``."""
    commands = _walkthrough_commands()
    assert commands[0][0] == "export" and commands[1][0] == "fieldreport-cli"
    port = str(free_port())
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {key: v for key, v in environ.items() if not key.startswith("FIELDREPORT_")}
    env.update(HOME=str(home), FIELDREPORT_PASSPHRASE=TEST_PASSPHRASE)
    for assignment in commands[0][1:]:
        name, _, value = assignment.partition("=")
        env[name] = value.replace("$HOME", str(home))
    work = tmp_path / "work"
    work.mkdir()
    _write(work, "incident.json", INCIDENT)
    cli = Cli(work, env, entry)
    server: subprocess.Popen[str] | None = None
    try:
        for words in commands[1:]:
            assert words[0] == "fieldreport-cli", words
            args = [w.replace("8080", port) for w in words[1:]]
            if args[:2] == ["central", "serve"]:
                server = subprocess.Popen(
                    [str(entry), *args],
                    cwd=work,
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    stdin=subprocess.DEVNULL,
                    text=True,
                )
                assert server.stdout is not None
                assert server.stdout.readline().startswith("Listening on http://127.0.0.1:")
                continue
            if args[:2] == ["central", "approve"]:
                args.append("--yes")  # the README's reader answers y at the prompt
            out, err = cli(*args)
            if args[0] == "sync":
                assert "receipt" in out, (out, err)
            if args[0] == "status":
                assert "Not yet sent: 0 records" in out and "On its way" not in out
            if args[:2] == ["central", "list"]:
                assert INCIDENT["title"] in out
    finally:
        if server is not None:
            server.send_signal(signal.SIGINT)  # Ctrl+C, as the README says
            assert server.wait(timeout=30) is not None
            if server.stdout is not None:
                server.stdout.close()
    assert server is not None, "the walkthrough starts a server"
