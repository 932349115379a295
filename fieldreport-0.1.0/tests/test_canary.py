"""After records and edits are saved and the program has exited, no file holds their text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from fieldreport.core import Session
from tests.canary import files_containing
from tests.conftest import TEST_PASSPHRASE

CANARIES = [
    "CANARYZEBRA7731",
    "КАНАРЕЙКАЖИРАФ4412",
    "КАНАРЕЙКАӨРДӨК5520",  # Kyrgyz letters
    "canary-witness-name-9902",
]


def statement(canary_text: str, name: str) -> dict:
    return {
        "witness": {
            "code": "W-T-01",
            "full_name": name,
            "sex": "female",
            "age_group": "30-44",
            "role": "eyewitness",
        },
        "consent": {"given": True, "scope": ["investigation"], "method": "verbal_recorded"},
        "interview": {"date": "2021-05-02", "interviewer": "Monitor T", "language": "ru"},
        "text": f"The witness said: {canary_text}. Второй абзац.",
        "status": "final",
    }


def test_nothing_readable_is_left_in_the_vault_folder_after_exit(
    vault_dir: Path, isolated_environment: Path, tmp_path: Path
):
    s = Session.create(vault_dir, TEST_PASSPHRASE)
    rid = s.add("statement", statement(CANARIES[0], CANARIES[3])).id
    s.edit(rid, statement(CANARIES[1], CANARIES[3]))
    s.add("incident", {"title": CANARIES[2], "notes": CANARIES[0]})
    s.lock()

    # The same through the real command line, in its own process that exits.
    payload = tmp_path / "record.json"
    payload.write_text(json.dumps({"title": "[TEST] x", "description": CANARIES[1]}))
    env = {**os.environ, "FIELDREPORT_PASSPHRASE": TEST_PASSPHRASE}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "fieldreport.cli",
            "--vault",
            str(vault_dir),
            "add",
            "incident",
            "--json",
            str(payload),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    new_id = done.stdout.strip()
    edited = tmp_path / "edit.json"
    edited.write_text(json.dumps({"title": CANARIES[2], "description": CANARIES[1] + " more"}))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "fieldreport.cli",
            "--vault",
            str(vault_dir),
            "edit",
            new_id,
            "--json",
            str(edited),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    payload.unlink()
    edited.unlink()

    # The records really are there...
    again = Session.unlock(vault_dir, TEST_PASSPHRASE)
    assert CANARIES[1] in again.get(rid).data["text"]
    assert again.get(new_id).data["title"] == CANARIES[2]
    again.lock()
    # ...and nothing on disk reveals them: not the vault, not logs or settings.
    names = {p.name for p in vault_dir.iterdir()}
    assert "vault.db" in names and "vault.key" in names
    assert files_containing(vault_dir, CANARIES) == []
    assert files_containing(isolated_environment, CANARIES) == []
