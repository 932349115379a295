"""A real process killed after storing photos, before or while analysing them: at the next
unlock every original is there and the analysis is finished; a photo whose analysis never
ends is flagged after three tries instead of being tried at every unlock."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fieldreport.core import Session
from fieldreport.storage.analysis_queue import MAX_ATTEMPTS
from tests.conftest import TEST_PASSPHRASE
from tests.media import samples
from tests.media.helpers import analyse_all, check_every_item, file_sha256, leftovers

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

# argv: vault, passphrase, folder, mode ("store": stop after storing; "analyse": analyse
# too, but the photo named in argv[5] never finishes decoding). It prints what it did and
# then waits to be killed.
CHILD = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path
    from fieldreport import media_analysis
    from fieldreport.core import Analysed, FileOutcome, Session

    vault, passphrase, folder, mode, stuck = sys.argv[1:6]
    real = media_analysis.examine
    def examine(store, item):
        if item.original_name.endswith(stuck):
            print("stuck", flush=True)  # after its attempt was counted
            threading.Event().wait()  # never ends, as a decoder caught in a loop
        return real(store, item)
    media_analysis.examine = examine

    s = Session.unlock(Path(vault), passphrase)
    if mode == "store":
        for event in s.import_media([Path(folder)]):
            if isinstance(event, FileOutcome) and event.item is not None:
                print("stored", event.item.id, event.name, flush=True)
    print("waiting", s.media_waiting_for_analysis(), flush=True)
    if mode == "analyse":
        for event in s.analyse_media():
            if isinstance(event, Analysed):
                print("analysed", event.media_id, flush=True)
    print("done", flush=True)
    threading.Event().wait()
    """
)


def _run_until(vault: Path, src: Path, mode: str, stuck: str, lines: int) -> list[str]:
    """Start the child, read ``lines`` lines of its output, then kill it with SIGKILL."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault), TEST_PASSPHRASE, str(src), mode, stuck],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    seen: list[str] = []
    try:
        assert proc.stdout is not None
        while len(seen) < lines:
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else "the child ended"
            seen.append(line.strip())
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        proc.kill()
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    return seen


def _card(src: Path) -> dict[str, bytes]:
    files = {
        f"{i:02}.jpg": samples.jpeg(
            samples.noise_picture(320 + 8 * i, 240), exif=samples.exif_block()
        )
        for i in range(5)
    }
    files["05-truncated.jpg"] = samples.truncated_jpeg()
    files["06.wav"] = samples.wav(b"a voice note between the photos")
    for name, data in files.items():
        samples.write(src, name, data)
    return files


def test_killed_between_storing_and_analysing(vault_dir: Path, tmp_path: Path):
    Session.create(vault_dir, TEST_PASSPHRASE).lock()
    src = tmp_path / "card"
    files = _card(src)

    seen = _run_until(vault_dir, src, "store", stuck="-", lines=len(files) + 1)

    assert seen[-1] == "waiting 6"  # six photos stored, none analysed yet: killed here
    stored = {line.split()[1]: line.split()[2] for line in seen if line.startswith("stored")}
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        assert leftovers(vault_dir) == []
        assert {i.id for i in s.media()} == set(stored)
        for media_id, name in stored.items():  # every original is there, bit for bit
            out = s.export_media(media_id, tmp_path / f"out-{media_id}")
            assert file_sha256(out) == file_sha256(src / Path(name).name)
        assert s.media_waiting_for_analysis() == 6

        analysed = {a.name: a for a in analyse_all(s)}

        assert sorted(analysed) == sorted(f"card/{n}" for n in files if n.endswith(".jpg"))
        assert [n for n, a in analysed.items() if a.damage] == ["card/05-truncated.jpg"]
        for item in s.media(search="jpg"):
            expected = "damaged" if "truncated" in item.original_name else "done"
            assert item.analysis == expected
            assert (s.media_thumbnail(item.id) is not None) == (expected == "done")
            if expected == "done":
                assert item.metadata["camera_make"] == "TestMake"
        assert s.media_waiting_for_analysis() == 0
        check_every_item(s, tmp_path / "check")
    finally:
        s.lock()


def test_a_photo_whose_analysis_never_ends_is_flagged_after_three_tries(
    vault_dir: Path, tmp_path: Path
):
    s = Session.create(vault_dir, TEST_PASSPHRASE)
    src = tmp_path / "card"
    files = _card(src)
    list(s.import_media([src]))
    s.lock()

    for attempt in range(MAX_ATTEMPTS):
        # Each run analyses what is left but the stuck photo, and is killed stuck on it.
        left = 6 if attempt == 0 else 1
        seen = _run_until(vault_dir, src, "analyse", stuck="02.jpg", lines=left + 1)
        assert seen[0] == f"waiting {left}"
        assert sorted(line.split()[0] for line in seen[1:]) == ["analysed"] * (left - 1) + ["stuck"]
        s = Session.unlock(vault_dir, TEST_PASSPHRASE)
        assert s.media_waiting_for_analysis() == 1  # only the stuck one is left
        s.lock()

    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        (given_up,) = analyse_all(s)  # not decoded a fourth time: flagged instead

        assert given_up.name == "card/02.jpg" and "3 times" in (given_up.damage or "")
        item = s.media_item(given_up.media_id)
        assert item.analysis == "damaged" and item.metadata["damage"] == given_up.damage
        assert s.media_waiting_for_analysis() == 0
        assert len(s.media()) == len(files)
        check_every_item(s, tmp_path / "check")
    finally:
        s.lock()
