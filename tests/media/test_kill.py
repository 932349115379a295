"""A real process killed during a batch import leaves a consistent vault with no orphans."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from fieldreport.core import Session
from tests.conftest import TEST_PASSPHRASE
from tests.media import samples
from tests.media.helpers import check_every_item, leftovers, run_import

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

IMPORTER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from fieldreport.core import FileOutcome, Session

    kill_at_rename = int(sys.argv[4])
    if kill_at_rename:
        # Die for real between the commit of an item and the rename of its file.
        real_replace, renames = os.replace, []
        def replace(src, dst, *args, **kwargs):
            if str(src).endswith(".part"):
                renames.append(src)
                if len(renames) == kill_at_rename:
                    print("dying", flush=True)
                    os.kill(os.getpid(), signal.SIGKILL)
            return real_replace(src, dst, *args, **kwargs)
        os.replace = replace

    s = Session.unlock(Path(sys.argv[1]), sys.argv[2])
    for event in s.import_media([Path(sys.argv[3])]):
        if isinstance(event, FileOutcome):
            kind = "refused" if event.refused else "dup" if event.duplicate else "stored"
            print(kind, event.item.id if event.item else "-", event.name, flush=True)
    print("done", flush=True)
    """
)
BIG = 96 * 1024 * 1024


def _folder(tmp_path: Path) -> tuple[Path, int]:
    src = tmp_path / "DCIM"
    count = 0
    for i in range(40):
        samples.write(src / "100PHONE", f"a{i:03}.wav", samples.wav(f"before {i}".encode()))
        count += 1
    for i in range(4):
        samples.write(src / "100PHONE", f"b{i:03}.jpg", samples.jpeg(samples.noise_picture(96, 64)))
        count += 1
    with (src / "100PHONE" / "m-big.mp4").open("wb") as out:
        out.write(samples.mp4()[:-64])
        block = os.urandom(1024 * 1024)
        for _ in range(BIG // len(block)):
            out.write(block)
    count += 1
    for i in range(15):
        samples.write(src / "100PHONE", f"z{i:03}.wav", samples.wav(f"after {i}".encode()))
        count += 1
    return src, count


def _start(vault: Path, src: Path, kill_at_rename: int = 0) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            IMPORTER,
            str(vault),
            TEST_PASSPHRASE,
            str(src),
            str(kill_at_rename),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )


def _largest_part(vault: Path) -> int:
    sizes = [0]
    for path in vault.glob("media*/*.part"):
        with contextlib.suppress(FileNotFoundError):  # renamed or removed while we looked
            sizes.append(path.stat().st_size)
    return max(sizes)


def _check_after_crash(vault: Path, src: Path, total: int, stored_before: set[str], tmp: Path):
    s = Session.unlock(vault, TEST_PASSPHRASE)  # sweeps what the dead import left
    try:
        assert leftovers(vault) == []
        ids = {i.id for i in s.media()}
        assert stored_before <= ids  # everything it reported is really there
        check_every_item(s, tmp / "check")

        outcomes, summary = run_import(s, [src])

        assert summary.refused == [] and not summary.cancelled
        assert len(outcomes) == total
        assert {i.id for i in summary.duplicates} == ids
        assert len(summary.stored) == total - len(ids)
        assert len(s.media()) == total
        check_every_item(s, tmp / "check")
        assert leftovers(vault) == []
    finally:
        s.lock()


def test_killed_while_writing_a_large_file(vault_dir: Path, tmp_path: Path):
    Session.create(vault_dir, TEST_PASSPHRASE).lock()
    src, total = _folder(tmp_path)
    proc = _start(vault_dir, src)
    stored: set[str] = set()
    try:
        assert proc.stdout is not None
        while len(stored) < 3:
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else "importer ended"
            if line.startswith("stored"):
                stored.add(line.split()[1])
        # Now wait until the big file is half written, and kill it there.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if _largest_part(vault_dir) > 16 * 1024 * 1024:
                break
            assert proc.poll() is None, "the import ended before it could be killed"
            time.sleep(0.002)
        else:
            pytest.fail("the big file never started")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
        out, _ = proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    stored |= {line.split()[1] for line in out.splitlines() if line.startswith("stored")}
    assert list(vault_dir.glob("media*/*.part"))  # it really died mid-file

    _check_after_crash(vault_dir, src, total, stored, tmp_path)


@pytest.mark.parametrize("kill_at_rename", [1, 7])
def test_killed_between_commit_and_rename(vault_dir: Path, tmp_path: Path, kill_at_rename: int):
    s = Session.create(vault_dir, TEST_PASSPHRASE)
    src = tmp_path / "card"
    for i in range(10):
        samples.write(src, f"{i:02}.wav", samples.wav(f"clip {i}".encode()))
    s.lock()

    proc = _start(vault_dir, src, kill_at_rename)
    out, err = proc.communicate(timeout=60)

    assert proc.returncode == -signal.SIGKILL, err
    assert out.splitlines()[-1] == "dying"
    # The one committed, not renamed; and the next file, read meanwhile, not committed.
    assert 1 <= len(list(vault_dir.glob("media*/*.part"))) <= 2
    stored = {line.split()[1] for line in out.splitlines() if line.startswith("stored")}
    assert len(stored) == kill_at_rename - 1
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    assert len(s.media()) == kill_at_rename  # the sweep finished the committed item
    s.lock()

    _check_after_crash(vault_dir, src, 10, stored, tmp_path)
