"""One real command-line round trip, run against any ``fieldreport-cli`` executable.

Used for the installed wheel and for the frozen app alike: a device vault and a
central store with real keys, a record, a generated photo, a bundle, the
central import and the receipt back.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import wave
from collections.abc import Mapping
from pathlib import Path

from PIL import Image

from tests.conftest import TEST_PASSPHRASE


def photo(path: Path) -> Path:
    Image.new("RGB", (64, 48), (200, 120, 40)).save(path, "JPEG", quality=90)
    return path


def recording(path: Path, mib: int) -> Path:
    """A WAV file of ``mib`` MiB of noise: a bundle of many age chunks and read-ahead blocks."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(44100)
        out.writeframes(os.urandom(mib * 1024 * 1024))
    return path


def round_trip(
    cli: Path, work: Path, env: Mapping[str, str], *, big_mib: int = 0
) -> dict[str, str]:
    """Run the story from ``work`` (an empty folder); returns what it printed, by step.

    ``big_mib`` attaches a recording of that size too: a bundle of many blocks,
    through the age layer's and the read-ahead's helper threads.
    """
    vault, store = work / "vault", work / "central"
    env = {
        **env,
        "FIELDREPORT_PASSPHRASE": TEST_PASSPHRASE,
        "FIELDREPORT_VAULT": str(vault),
        "FIELDREPORT_CENTRAL_STORE": str(store),
    }
    seen: dict[str, str] = {}

    def run(step: str, *args: str | Path, stdin: str = "y\n") -> str:
        done = subprocess.run(
            [str(cli), *map(str, args)],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=work,
            timeout=180,
            check=False,
        )
        assert done.returncode == 0, f"{step}: exit {done.returncode}\n{done.stderr}"
        seen[step] = done.stdout
        return done.stdout

    run("central init", "central", "init", "--org-name", "Packaging Test Network")
    run("provisioning", "central", "provisioning", "--out", work / "org.json")
    run("init", "init")
    run("join", "join", work / "org.json", "--out", work / "request.json")
    run(
        "approve", "central", "approve", work / "request.json", "--out", work / "cert.json", "--yes"
    )
    run("certificate", "certificate", "install", work / "cert.json")
    incident = work / "incident.json"
    incident.write_text(
        json.dumps(
            {
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
        ),
        encoding="utf-8",
    )
    record_id = run("add", "add", "incident", "--json", incident).strip()
    shown = json.loads(run("show", "show", record_id, "--json"))
    assert shown["title"] == "[TEST] Shelling near the school"
    run("attach", "attach", record_id, photo(work / "IMG_0001.jpg"))
    if big_mib:
        run("attach big", "attach", record_id, recording(work / "REC_0001.wav", big_mib))
    usb = work / "usb"
    usb.mkdir()
    bundle = Path(run("bundle export", "bundle", "export", "--out", usb).strip())
    assert bundle.is_file() and bundle.parent == usb, bundle
    receipts = usb / "receipts"
    receipts.mkdir()
    out = run("central import", "central", "import", bundle, "--receipts", receipts)
    assert "imported bundle 1" in out, out
    [receipt] = list(receipts.iterdir())
    run("receipt import", "receipt", "import", receipt)
    status = json.loads(run("status", "status", "--json"))
    assert status["pending"]["records"] == 0, status
    listed = json.loads(run("central list", "central", "list", "--json"))
    assert [r["id"] for r in listed] == [record_id]
    run("log verify", "log", "verify")
    seen["record_id"] = record_id
    return seen


#: A whole age identity, or a PEM private key with its body (parsers hold the
#: bare header line as a constant): no frozen file may hold one.
PRIVATE_KEY = re.compile(
    rb"AGE-SECRET-KEY-1[0-9A-Z]{58}|-----BEGIN [A-Z ]*PRIVATE KEY-----\r?\n[A-Za-z0-9+/=]{40}"
)


def private_keys_in(folder: Path) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and PRIVATE_KEY.search(path.read_bytes()):
            hits.append(str(path))
    return hits


def no_developer_paths(folder: Path, forbidden: list[str]) -> list[str]:
    """Files under ``folder`` whose bytes name one of ``forbidden`` (checkout, home…)."""
    hits = []
    needles = [f.encode() for f in forbidden if f]
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(n in data for n in needles):
                hits.append(str(path))
    return hits


def window_stays_up(
    command: list, env: Mapping[str, str], home: Path, cwd: Path, timeout: float = 90.0
) -> bool:
    """Start the window; True once it logged its start and was still running 2 s later.

    Then it is asked to quit with SIGTERM (it locks and exits 0); the log file
    (under ``home``: the platform's log folder, or the portable data folder)
    says when the window is up.
    """
    import signal
    import time

    process = subprocess.Popen(
        [str(c) for c in command],
        env=dict(env),
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and process.poll() is None:
            logs = [p.read_text("utf-8", "replace") for p in home.rglob("fieldreport.log")]
            if any("Desktop app started" in text for text in logs):
                break
            time.sleep(0.25)
        else:
            return False
        time.sleep(2.0)
        if process.poll() is not None:
            return False
        process.send_signal(signal.SIGTERM)
        return process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def self_test(cli: Path, cwd: Path, env: Mapping[str, str]) -> str:
    """Run ``cli self-test``; its output, after checking it passed."""
    done = subprocess.run(
        [str(cli), "self-test"],
        capture_output=True,
        text=True,
        env=dict(env),
        cwd=cwd,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "checks passed." in done.stdout.splitlines()[-1]
    return done.stdout
