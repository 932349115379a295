"""``central show … | head`` ends quietly; the log file is private (0600)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from fieldreport import logging_setup
from fieldreport.central.store import CentralStore
from tests.central.conftest import capture, export_to, run_import
from tests.conftest import TEST_PASSPHRASE


def _run_with_closed_stdout(args: list[str], home: Path) -> subprocess.CompletedProcess[bytes]:
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_STATE_HOME": str(home / "state"),
        "FIELDREPORT_CENTRAL_PASSPHRASE": TEST_PASSPHRASE,
    }
    env.pop("FIELDREPORT_NO_LOG_FILE", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "fieldreport.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before a byte is written, as after `head -1`
    stderr = process.stderr.read()
    return subprocess.CompletedProcess(process.args, process.wait(), b"", stderr)


@pytest.mark.parametrize("json_output", [False, True])
def test_a_closed_pipe_ends_quietly(
    central: CentralStore, join, tmp_path: Path, isolated_environment: Path, json_output: bool
):
    device = join()
    record_id = capture(device, tmp_path)
    run_import(central, export_to(device, tmp_path / "b.bundle").path)
    store = ["--store", str(central.folder)]
    more = ["--json"] if json_output else []
    for command in (["show", record_id], ["list"], ["devices"]):
        done = _run_with_closed_stdout(["central", *command, *store, *more], isolated_environment)
        assert done.returncode == 141, (command, done.stderr)  # 128 + SIGPIPE, as for `yes | head`
        assert done.stderr == b"", (command, done.stderr)


def test_the_log_file_is_created_private(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(logging_setup, "_configured", False)
    monkeypatch.delenv("FIELDREPORT_NO_LOG_FILE", raising=False)
    folder = tmp_path / "logs"
    monkeypatch.setattr(logging_setup, "log_dir", lambda: folder)
    folder.mkdir(mode=0o700)
    (folder / "fieldreport.log").write_text("older line\n")  # from before: made 0644
    os.chmod(folder / "fieldreport.log", 0o644)
    import logging

    root = logging.getLogger("fieldreport")
    before = list(root.handlers)
    try:
        logging_setup.setup_logging()
        logging.getLogger("fieldreport.test").info("a line")
        for handler in root.handlers:
            handler.flush()
        mode = stat.S_IMODE((folder / "fieldreport.log").stat().st_mode)
        assert mode == 0o600, oct(mode)
        handler = next(h for h in root.handlers if h not in before)
        handler.doRollover()  # type: ignore[attr-defined]
        for path in folder.iterdir():
            assert stat.S_IMODE(path.stat().st_mode) in (0o600,), (path, oct(path.stat().st_mode))
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
