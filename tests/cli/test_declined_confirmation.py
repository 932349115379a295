"""One rule for every command that asks first: "no" changes nothing and exits 2.

Here the field side, through a real pseudo-terminal in a child process; the
coordinator's commands are in ``tests/central/test_cli_declined.py``.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from fieldreport.errors import Declined
from tests.conftest import TEST_PASSPHRASE
from tests.sync.helpers import jpeg


def test_the_declined_exit_code_is_the_one_the_readme_gives():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    [row] = [line for line in readme.splitlines() if line.startswith("| 2 |")]
    assert Declined.exit_code == 2 and "confirmation was declined" in row


def test_no_on_a_real_terminal_keeps_the_photo(session, tmp_path: Path):
    photo = jpeg(tmp_path / "photo.jpg", (90, 20, 30))
    list(session.import_media([photo]))
    [item] = session.media()
    folder = session.folder
    session.lock()
    env = dict(os.environ, FIELDREPORT_PASSPHRASE=TEST_PASSPHRASE)
    command = [sys.executable, "-m", "fieldreport.cli", "--vault", str(folder)]
    for answer in ("n", "", "whatever"):
        leader, follower = pty.openpty()
        child = subprocess.Popen(
            [*command, "media", "delete", item.id],
            stdin=follower,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        os.close(follower)
        os.write(leader, (answer + "\n").encode())
        out, err = child.communicate(timeout=120)
        os.close(leader)
        assert child.returncode == 2, err
        assert b"Destroy photo.jpg" in out and b"[y/N]" in out
        assert err.decode().strip() == "fieldreport-cli: Not deleted; nothing was changed."
    done = subprocess.run(
        [*command, "media", "show", item.id], env=env, capture_output=True, check=False
    )
    assert done.returncode == 0 and item.id.encode() in done.stdout
