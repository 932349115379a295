"""A disk that fills up during an import: a clear message, a whole vault, nothing left over."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fieldreport.core import Session
from tests.conftest import TEST_PASSPHRASE
from tests.media import samples
from tests.media.helpers import check_every_item, leftovers, run_import, state

FILLER = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    from fieldreport.core import FileOutcome, ImportSummary, Session
    from fieldreport.errors import StorageFull
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    s = Session.unlock(Path(sys.argv[1]), sys.argv[2])
    # From now on no file may grow beyond 4 MiB (the vault's own files are far smaller).
    limit = 4 * 1024 * 1024
    assert max(p.stat().st_size for p in Path(sys.argv[1]).rglob("*") if p.is_file()) < limit
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        for event in s.import_media([Path(p) for p in sys.argv[3:]]):
            if isinstance(event, FileOutcome):
                print("outcome", event.name, event.refused or "stored", flush=True)
            elif isinstance(event, ImportSummary):
                print("summary", len(event.stored), flush=True)
    except StorageFull as exc:
        print("FULL", str(exc), flush=True)
    except BaseException as exc:
        print("OTHER", type(exc).__name__, exc, flush=True)
    s.lock()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="uses RLIMIT_FSIZE")
def test_a_full_disk_during_import_is_reported_and_leaves_nothing(vault_dir: Path, tmp_path: Path):
    s = Session.create(vault_dir, TEST_PASSPHRASE)
    _, first = run_import(s, [samples.write(tmp_path / "src", "before.wav", samples.wav())])
    before = state(s)
    s.lock()
    small = samples.write(tmp_path / "src", "a-small.wav", samples.wav(b"small"))
    big = tmp_path / "src" / "b-big.mp4"
    with big.open("wb") as out:
        out.write(samples.mp4()[:-64] + os.urandom(8 * 1024 * 1024))

    done = subprocess.run(
        [sys.executable, "-c", FILLER, str(vault_dir), TEST_PASSPHRASE, str(small), str(big)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )

    lines = done.stdout.splitlines()
    assert lines[:1] == ["outcome a-small.wav stored"], done.stdout + done.stderr
    assert len(lines) == 2 and lines[-1].startswith("FULL "), done.stdout + done.stderr
    # RLIMIT_FSIZE fails writes with EFBIG, as a FAT32 stick does past 4 GB.
    assert "too large for the disk the vault is on" in lines[-1]
    assert lines[-1].endswith("the file was not stored.")
    assert done.returncode == 0, done.stderr
    s = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        after = state(s)
        assert after.media_rows == before.media_rows + 1  # the small file, not the big one
        assert after.log_entries == before.log_entries + 1
        assert len(after.media_files) == 2
        assert leftovers(vault_dir) == []
        assert {i.original_name for i in s.media()} == {"before.wav", "a-small.wav"}
        assert first.stored[0].id in {i.id for i in s.media()}
        check_every_item(s, tmp_path / "check")
        # With room again, the big file goes in.
        _, again = run_import(s, [big])
        assert [i.original_name for i in again.stored] == ["b-big.mp4"]
    finally:
        s.lock()


def _fail_after(monkeypatch: pytest.MonkeyPatch, limit: int, code: int) -> dict:
    """Every RecordingWriter (vault file or export target) fails once ``limit`` bytes went by."""
    from fieldreport.storage import streams

    written = {"n": 0, "code": code}
    real_write = streams.RecordingWriter.write

    def write(self, data):  # type: ignore[no-untyped-def]
        written["n"] += len(data)
        if written["n"] > limit:
            exc = OSError(written["code"], os.strerror(written["code"]))
            self.failure = exc
            raise exc
        return real_write(self, data)

    monkeypatch.setattr(streams.RecordingWriter, "write", write)
    return written


def test_no_space_left_while_importing(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import errno

    from fieldreport.errors import StorageFull

    path = samples.write(tmp_path / "src", "clip.mp4", samples.mp4(os.urandom(3 << 20)))
    before = state(session)
    _fail_after(monkeypatch, 1 << 20, errno.ENOSPC)

    with pytest.raises(StorageFull, match="disk is full; the file was not stored"):
        run_import(session, [path])

    assert state(session) == before
    assert leftovers(session.folder) == []


def test_no_space_left_while_exporting(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import errno

    from fieldreport.errors import StorageFull

    path = samples.write(tmp_path / "src", "clip.mp4", samples.mp4(os.urandom(3 << 20)))
    _, summary = run_import(session, [path])
    out_dir = tmp_path / "stick"
    out_dir.mkdir()
    failing = _fail_after(monkeypatch, 1 << 20, errno.ENOSPC)

    with pytest.raises(StorageFull, match="disk is full; clip.mp4 was not written"):
        session.export_media(summary.stored[0].id, out_dir / "clip.mp4")

    assert list(out_dir.iterdir()) == []
    failing.update(n=0, code=errno.EFBIG)
    with pytest.raises(StorageFull, match="too large for that disk"):
        session.export_media(summary.stored[0].id, out_dir / "clip.mp4")
    assert list(out_dir.iterdir()) == []
