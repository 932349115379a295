"""kill -9 during backup and restore (docs/coercion.md): never a half file, the vault intact.

The command runs in a child process that SIGKILLs itself before its N-th disk
operation (``tests/coercion/killer.py``), for N = 1, 2, … until it finishes.
After every kill: the backup file is either absent or a whole backup that
restores; the vault still opens with all it held; a restore's target is
either absent or a whole vault that opens.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from fieldreport import backup
from fieldreport.core import Session
from tests.conftest import TEST_PASSPHRASE
from tests.media import samples

ROOT = Path(__file__).resolve().parents[2]
BACKUP_PASSPHRASE = "a backup passphrase for kills"


def _killed_at(step: int, *args: str, passphrase: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "FIELDREPORT_PASSPHRASE": passphrase,
        "FIELDREPORT_NEW_PASSPHRASE": BACKUP_PASSPHRASE,
    }
    return subprocess.run(
        [sys.executable, "-m", "tests.coercion.killer", str(step), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
    )


def _vault(folder: Path, tmp_path: Path) -> str:
    s = Session.create(folder, TEST_PASSPHRASE)
    record = s.add("incident", {"title": "[TEST] kill", "description": "KILLCANARY"})
    photo = tmp_path / "p.jpg"
    photo.write_bytes(samples.jpeg(samples.picture()))
    list(s.import_media([photo], record_id=record.id))
    s.lock()
    return record.id


def _opens_whole(folder: Path, record_id: str, passphrase: str = TEST_PASSPHRASE) -> None:
    s = Session.unlock(folder, passphrase)
    try:
        assert s.get(record_id).data["description"] == "KILLCANARY"
        assert len(s.media()) == 1 and s.verify_log().ok
    finally:
        s.lock()


def test_a_kill_at_any_step_of_a_backup_leaves_no_half_file_and_the_vault_intact(
    vault_dir: Path, tmp_path: Path
):
    record_id = _vault(vault_dir, tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    killed = 0
    for step in range(1, 80):
        out = out_dir / f"b{step}.backup"
        done = _killed_at(
            step, "--vault", str(vault_dir), "backup", "--out", str(out), passphrase=TEST_PASSPHRASE
        )
        if done.returncode == 0:
            break
        assert done.returncode == -9, done.stderr
        killed += 1
        _opens_whole(vault_dir, record_id)
        if out.exists():  # whole, or not there at all
            target = tmp_path / f"r{step}"
            backup.restore(out, target, BACKUP_PASSPHRASE, None)
            _opens_whole(target, record_id)
        # what a kill leaves is only the hidden scratch folder (already-encrypted files)
        assert {p.name for p in out_dir.iterdir() if not p.name.startswith(".")} <= {out.name}
        out.unlink(missing_ok=True)
    else:
        raise AssertionError("backup never finished")
    assert killed >= 3, killed
    _opens_whole(vault_dir, record_id)


def test_a_kill_at_any_step_of_a_restore_leaves_nothing_or_a_whole_vault(
    vault_dir: Path, tmp_path: Path
):
    record_id = _vault(vault_dir, tmp_path)
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    made = backup.backup_session(s, tmp_path / "v.backup", BACKUP_PASSPHRASE)
    s.lock()
    killed = 0
    for step in range(1, 80):
        target = tmp_path / f"restored{step}"
        done = _killed_at(
            step, "restore", str(made.path), "--vault", str(target), passphrase=BACKUP_PASSPHRASE
        )
        if done.returncode == 0:
            _opens_whole(target, record_id)
            break
        assert done.returncode == -9, done.stderr
        killed += 1
        if target.exists():
            _opens_whole(target, record_id)
        shutil.rmtree(target, ignore_errors=True)
    else:
        raise AssertionError("restore never finished")
    assert killed >= 3, killed
