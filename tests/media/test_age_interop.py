"""A stored media file is a standard age file: the stock tool opens it with the item's identity."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from fieldreport.core import Session

AGE = shutil.which("age")


@pytest.mark.skipif(AGE is None, reason="the stock age tool is not installed")
def test_the_stock_age_tool_decrypts_a_media_file(session: Session, vault_dir: Path, tmp_path):
    original = b"RIFF" + bytes(4) + b"WAVEfmt " + bytes(range(256)) * 50
    path = tmp_path / "recording.wav"
    path.write_bytes(original)
    summary = list(session.import_media([path]))[-1]
    item = summary.stored[0]
    row = next(
        session._vault.db.query("SELECT file_name, identity FROM media WHERE id = ?", [item.id])
    )
    identity = tmp_path / "identity.txt"
    identity.write_text(row["identity"] + "\n")
    done = subprocess.run(
        [AGE, "-d", "-i", str(identity), str(session._vault.media.folder / row["file_name"])],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == original
    assert hashlib.sha256(done.stdout).hexdigest() == item.sha256
