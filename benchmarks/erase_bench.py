"""Erase benchmark: quick erase of a large vault against ``rm -rf`` of the same folder.

Builds one real vault (records, and media files of the chosen total size
imported through ``Session.import_media``, so they are age-encrypted on disk
like any photo or video), then copies its folder twice. In the same run it
times, each side several times on fresh copies (page cache warm for both):

* ``fieldreport-cli erase``'s work (``coercion.erase_vault``): the key file
  overwritten, flushed and removed, every other file set aside (renamed into a
  hidden folder: the vault folder is gone, the app looks freshly installed),
  then (``coercion.finish_erase``, in the background in the window) every
  set-aside file removed;
* ``rm -rf`` of an identical copy (a process of its own, as a person would);
* and when the vault became unreadable (the key destroyed), the moment that
  counts at a checkpoint.

Prints seconds and the ratios to ``rm -rf``. The goal: erased in under a
second whatever the size (1 GiB by default); removing the set-aside files
afterwards takes what ``rm -rf`` takes. Its log and data folders are temporary, so the
real app's log files are never touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "benchmark passphrase, not a secret"
MP4_HEAD = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41"
MIB = 1024 * 1024


def _inputs(folder: Path, files: int, total_mib: int) -> None:
    folder.mkdir()
    size = max(total_mib * MIB // files, 4096)
    for index in range(files):
        block = os.urandom(MIB)
        with (folder / f"clip_{index:03d}.mp4").open("wb") as out:
            out.write(MP4_HEAD)
            written, n = len(MP4_HEAD), 0
            while written < size:
                part = (n.to_bytes(8, "big") + index.to_bytes(4, "big") + block[12:])[
                    : size - written
                ]
                out.write(part)
                written += len(part)
                n += 1


def _build(work: Path, records: int, files: int, total_mib: int) -> Path:
    from fieldreport.core import Session

    vault = work / "template"
    session = Session.create(vault, PASSPHRASE)
    try:
        for index in range(records):
            session.add("incident", {"title": f"[BENCH] incident {index}", "description": "x"})
        inputs = work / "inputs"
        _inputs(inputs, files, total_mib)
        list(session.import_media([inputs]))
        shutil.rmtree(inputs)
    finally:
        session.lock()
    return vault


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _erase(folder: Path) -> tuple[float, float, float]:
    """(all files removed, unreadable, gone from its folder) in seconds, as the CLI does it."""
    from fieldreport import coercion
    from fieldreport.storage import erase as erase_store

    start = time.perf_counter()
    erase_store.destroy_key(folder)
    unreadable = time.perf_counter() - start
    coercion.erase_vault(folder, finish=False)  # the rest set aside: the folder is gone
    gone = time.perf_counter() - start
    coercion.finish_erase(folder)  # what the window does in the background
    return time.perf_counter() - start, unreadable, gone


def _rm_rf(folder: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["rm", "-rf", str(folder)], check=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=1024, help="total media size (default 1024)")
    parser.add_argument("--files", type=int, default=40, help="media files (default 40)")
    parser.add_argument("--records", type=int, default=1000, help="records (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side (default 3)")
    parser.add_argument("--workdir", help="where the vault and its copies go (default: temp)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(dir=args.workdir, prefix="erase-bench-") as tmp:
        work = Path(tmp)
        for variable in ("XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            os.environ[variable] = str(work / "home" / variable.lower())
        template = _build(work, args.records, args.files, args.mib)
        size = _folder_size(template)
        erase_times, unreadable_times, gone_times, rm_times = [], [], [], []
        for run in range(args.repeat):
            ours, theirs = work / f"erase-{run}", work / f"rm-{run}"
            shutil.copytree(template, ours)
            shutil.copytree(template, theirs)
            os.sync()  # neither side pays for the copy's writeback
            if run % 2:  # alternate which side goes first
                rm_times.append(_rm_rf(theirs))
                total, unreadable, gone = _erase(ours)
            else:
                total, unreadable, gone = _erase(ours)
                rm_times.append(_rm_rf(theirs))
            erase_times.append(total)
            unreadable_times.append(unreadable)
            gone_times.append(gone)
            if ours.exists() or theirs.exists() or list(work.glob(".erase-*.erased-*")):
                print("a folder was left behind", file=sys.stderr)
                return 1
        erase_s = statistics.median(erase_times)
        rm_s = statistics.median(rm_times)
        print(
            f"vault: {args.records} records, {args.files} media files, "
            f"{size / MIB:.0f} MiB on disk; median of {args.repeat} runs"
        )
        gone_s = statistics.median(gone_times)
        print(f"unreadable after (key destroyed): {statistics.median(unreadable_times):.4f} s")
        print(f"erased (key destroyed, files set aside, folder gone): {gone_s:.4f} s")
        print(f"every set-aside file removed too:   {erase_s:.4f} s")
        print(f"rm -rf of the same folder:          {rm_s:.4f} s")
        print(f"ratio erased / rm -rf: {gone_s / rm_s:.3f}")
        print(f"ratio erase / rm -rf: {erase_s / rm_s:.2f}")
        print(f"goal under 1 s (erased): {'met' if gone_s < 1.0 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
