"""Media benchmark: ingest through the vault against the floor of read + hash + encrypt.

Photos are stored first and analysed after (``fieldreport.media_analysis``):
the benchmark times "stored and logged" (``Session.import_media`` to its
summary: every original encrypted, fsynced and in the custody log) against
the floor (goal: within 1.5x), then the analysis that follows (decrypt,
decode, thumbnail, EXIF), and so the time until every thumbnail exists.

Generates its inputs in the same run (fixed seed), under a temporary folder:
- N photos of 12 megapixels (4000x3000 JPEG with EXIF: camera, capture time,
  GPS), gradients + shapes + noise, so they compress like phone photos (3-6 MB);
- one large file (default 1 GiB) and one of 100 MiB, with an MP4 header so
  they are taken as video (age encryption does not care what the bytes are).

Prints, for each input, the throughput of ``Session.import_media`` (a real
vault) against the floor on the same bytes in the same run: read once,
SHA-256, ``pyrage.encrypt_io`` to a file in the same folder, no metadata,
thumbnail, database or fsync. The floor with an fsync per file is shown too,
because the vault does fsync every original. Inputs are read once before
timing (page cache warm for both sides), every vault is dropped after its
run, and floor and ingest alternate.

The peak memory of the large ingest is measured in a fresh subprocess, from
inside (``VmHWM`` of ``/proc/self/status``), after the vault is unlocked and
the peak reset: otherwise Argon2id's 64-256 MiB at unlock would hide
everything the ingest does. The same subprocess ingesting a 100 MiB file
gives the comparison; "flat" means the two peaks are within a few MB.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import pstats
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing import Pool
from pathlib import Path

from PIL import ExifTags, Image, ImageChops, ImageDraw, ImageFilter

PASSPHRASE = "benchmark passphrase, not a secret"
WIDTH, HEIGHT = 4000, 3000
PHOTOS_PER_BASE = 25
MP4_HEAD = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41"
MB = 1_000_000
MIB = 1024 * 1024


# -- inputs ------------------------------------------------------------------
def _noise(rnd: random.Random, sigma: float) -> Image.Image:
    """Low-amplitude noise around 128 (deterministic: from ``rnd``, not Pillow's rand())."""
    tile_w, tile_h = 1000, 1000
    spread = sigma * 1.7  # uniform noise with about this standard deviation
    lut = [max(0, min(255, round(128 + (v - 127.5) / 127.5 * spread))) for v in range(256)] * 3
    tiles = [
        Image.frombytes("RGB", (tile_w, tile_h), rnd.randbytes(tile_w * tile_h * 3)).point(lut)
        for _ in range(3)
    ]
    out = Image.new("RGB", (WIDTH, HEIGHT))
    for y in range(0, HEIGHT, tile_h):
        for x in range(0, WIDTH, tile_w):
            tile = rnd.choice(tiles).transpose(rnd.choice(list(Image.Transpose)))
            out.paste(tile, (x, y))
    return out


def _shapes(draw: ImageDraw.ImageDraw, rnd: random.Random, count: int) -> None:
    for _ in range(count):
        x, y, r = rnd.randrange(WIDTH), rnd.randrange(HEIGHT), rnd.randrange(40, 900)
        colour = tuple(rnd.randrange(256) for _ in range(3))
        shape = rnd.randrange(3)
        if shape == 0:
            draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)
        elif shape == 1:
            draw.rectangle([x - r, y - r // 2, x + r, y + r // 2], fill=colour)
        else:
            points = [(rnd.randrange(WIDTH), rnd.randrange(HEIGHT)) for _ in range(5)]
            draw.polygon(points, fill=colour)


def _base_image(rnd: random.Random) -> Image.Image:
    channels = [
        Image.linear_gradient("L").rotate(rnd.uniform(0, 360)).resize((WIDTH, HEIGHT))
        for _ in range(3)
    ]
    image = Image.merge("RGB", channels)
    _shapes(ImageDraw.Draw(image), rnd, 60)
    image = image.filter(ImageFilter.GaussianBlur(3))
    return ImageChops.add(image, _noise(rnd, sigma=14), scale=1.0, offset=-128)


def _exif(rnd: random.Random, index: int) -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "BenchCam"
    exif[ExifTags.Base.Model] = f"Field {index % 3 + 1}"
    exif[ExifTags.Base.Orientation] = 6 if index % 8 == 0 else 1  # some held upright
    taken = f"2026:11:{1 + index % 25:02d} {8 + index % 10:02d}:{index % 60:02d}:00"
    exif[ExifTags.Base.DateTime] = taken
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = taken
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    lat, lon = rnd.uniform(-60, 60), rnd.uniform(-170, 170)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N" if lat >= 0 else "S"
    gps[ExifTags.GPS.GPSLatitude] = _dms(abs(lat))
    gps[ExifTags.GPS.GPSLongitudeRef] = "E" if lon >= 0 else "W"
    gps[ExifTags.GPS.GPSLongitude] = _dms(abs(lon))
    return exif


def _dms(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    return (float(degrees), float(minutes), round((value - degrees - minutes / 60) * 3600, 2))


def _make_group(job: tuple[int, int, list[int], str]) -> list[int]:
    """One base picture, then cheap variations of it (shifted, a few shapes, own EXIF)."""
    seed, base_index, indices, folder = job
    base = _base_image(random.Random(f"{seed}-base-{base_index}"))
    sizes = []
    for index in indices:
        rnd = random.Random(f"{seed}-photo-{index}")
        image = ImageChops.offset(base, rnd.randrange(WIDTH), rnd.randrange(HEIGHT))
        _shapes(ImageDraw.Draw(image), rnd, 4)
        path = Path(folder) / f"IMG_{index:04d}.JPG"
        image.save(path, "JPEG", quality=rnd.randrange(89, 95), exif=_exif(rnd, index))
        sizes.append(path.stat().st_size)
    return sizes


def make_photos(folder: Path, count: int, seed: int) -> list[int]:
    folder.mkdir(parents=True)
    indices = list(range(count))
    jobs = [
        (seed, n, indices[start : start + PHOTOS_PER_BASE], str(folder))
        for n, start in enumerate(range(0, count, PHOTOS_PER_BASE))
    ]
    with Pool(min(2, os.cpu_count() or 1)) as pool:
        return [size for sizes in pool.map(_make_group, jobs) for size in sizes]


def make_big(path: Path, size: int, seed: int) -> None:
    """``size`` bytes: an MP4 header, then a seeded 16 MiB random block, stamped per repeat."""
    block = random.Random(f"{seed}-{path.name}").randbytes(16 * MIB)
    with path.open("wb") as out:
        out.write(MP4_HEAD)
        written, n = len(MP4_HEAD), 0
        while written < size:
            part = (n.to_bytes(8, "big") + block[8:])[: size - written]
            out.write(part)
            written += len(part)
            n += 1


def warm(paths: list[Path]) -> None:
    for path in paths:
        with path.open("rb") as handle:
            while handle.read(8 * MIB):
                pass


def settle() -> None:
    """Let earlier writes reach the disk so they do not slow the next measurement."""
    os.sync()


# -- the floor -----------------------------------------------------------------
class _Hashing:
    """The least a single pass can do: read, hash, hand on to the encryptor."""

    def __init__(self, source) -> None:  # type: ignore[no-untyped-def]
        self._source = source
        self.sha256 = hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        data = self._source.read(n)
        self.sha256.update(data)
        return data


def floor_one(path: Path, out_folder: Path, fsync: bool = False) -> str:
    import pyrage

    recipient = pyrage.x25519.Identity.generate().to_public()  # one key per file, as the vault
    target = out_folder / (path.name + ".age")
    with path.open("rb") as source, target.open("wb") as out:
        reader = _Hashing(source)
        pyrage.encrypt_io(reader, out, [recipient])
        if fsync:
            out.flush()
            os.fsync(out.fileno())
    return reader.sha256.hexdigest()


def floor_run(paths: list[Path], work: Path, fsync: bool = False) -> float:
    out = work / "floor"
    out.mkdir()
    settle()
    started = time.perf_counter()
    for path in paths:
        floor_one(path, out, fsync)
    elapsed = time.perf_counter() - started
    shutil.rmtree(out)
    return elapsed


# -- the vault -----------------------------------------------------------------
def cheap_kdf():  # type: ignore[no-untyped-def]
    from fieldreport.crypto.kdf import MIN_MEMORY_KIB, KdfParams

    return KdfParams(salt=os.urandom(16), memory_kib=MIN_MEMORY_KIB, iterations=1)


class Parts:
    """Time spent inside the ingest's steps, by wrapping them (the code is not changed)."""

    def __init__(self) -> None:
        self.seconds = {"analyse": 0.0, "encrypt": 0.0, "fsync": 0.0}
        self._undo: list = []
        self._lock = threading.Lock()  # derive runs on the importer's worker threads

    def _wrap(self, owner, name: str, key: str) -> None:  # type: ignore[no-untyped-def]
        original = getattr(owner, name)

        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                with self._lock:
                    self.seconds[key] += time.perf_counter() - started

        setattr(owner, name, timed)
        self._undo.append((owner, name, original))

    def __enter__(self) -> Parts:
        from fieldreport import media_analysis
        from fieldreport.storage import media_store

        self._wrap(media_analysis, "examine", "analyse")
        self._wrap(media_store.age_stream, "encrypt_stream", "encrypt")
        self._wrap(os, "fsync", "fsync")
        return self

    def __exit__(self, *exc: object) -> None:
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)


def ingest_run(
    paths: list[Path], work: Path, parts: Parts | None = None, analysed: list[float] | None = None
) -> float:
    """Seconds until every original is stored and logged; with ``analysed``, the analysis
    then runs (as ``attach`` does) and the seconds until every thumbnail exists go there."""
    from fieldreport.core import ImportSummary, Session

    vault_folder = work / "vault"
    session = Session.create(vault_folder, PASSPHRASE, kdf_params=cheap_kdf())
    settle()
    with parts if parts is not None else _nothing():
        started = time.perf_counter()
        events = list(session.import_media(paths))
        elapsed = time.perf_counter() - started
        if analysed is not None:
            done = sum(1 for e in session.analyse_media() if type(e).__name__ == "Analysed")
            analysed.append(time.perf_counter() - started)
            photos = [p for p in paths if p.suffix.upper() == ".JPG"]
            if done != len(photos) or session.media_waiting_for_analysis():
                raise SystemExit(f"analysed {done} of {len(photos)} photos")
            for item in session.media():
                if item.kind == "photo" and not session.media_thumbnail(item.id):
                    raise SystemExit(f"no thumbnail for {item.original_name}")
    summary = events[-1]
    session.lock()
    shutil.rmtree(vault_folder)
    assert isinstance(summary, ImportSummary)
    if len(summary.stored) != len(paths) or summary.refused:
        raise SystemExit(f"ingest did not store everything: {summary.refused[:3]}")
    return elapsed


class _nothing:  # noqa: N801 - a stand-in context manager
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def analysis_workers() -> int:
    from fieldreport import media_analysis

    return media_analysis.WORKERS


# -- peak memory, in a fresh process ------------------------------------------------
def _status(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def child(mode: str, path: Path, work: Path) -> None:
    """Run in a subprocess: set up, reset the peak, do one ingest (or floor), report."""
    from fieldreport.core import ImportSummary, Session

    session = None
    if mode == "ingest":
        session = Session.create(work / "vault", PASSPHRASE, kdf_params=cheap_kdf())
    else:
        import pyrage  # noqa: F401 - loaded before the peak is reset, as the vault's is

        (work / "floor").mkdir()
    whole_setup_peak = _status("VmHWM")
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # reset VmHWM to the current RSS (Linux 4.0+)
        reset = True
    except OSError:
        reset = False
    before = _status("VmRSS")
    if session is not None:
        summary = list(session.import_media([path]))[-1]
        assert isinstance(summary, ImportSummary) and len(summary.stored) == 1, summary
        session.lock()
    else:
        floor_one(path, work / "floor", fsync=True)
    print(
        json.dumps(
            {
                "before": before,
                "peak": _status("VmHWM"),
                "reset": reset,
                "setup_peak": whole_setup_peak,
                "ru_maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
            }
        )
    )


def peak_of(mode: str, path: Path, work: Path) -> dict:
    folder = work / f"child-{mode}-{path.name}"
    folder.mkdir()
    settle()
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", mode, str(path), str(folder)],
            check=True,
            capture_output=True,
            text=True,
        )
    finally:
        shutil.rmtree(folder)
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the run --------------------------------------------------------------------
def profile_photos(paths: list[Path], work: Path, count: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    ingest_run(paths[:count], work)
    profiler.disable()
    print(f"\ncProfile of ingesting {count} photos (top 15 by cumulative time):")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(15)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--big-mib", type=int, default=1024, help="size of the large file")
    parser.add_argument("--small-mib", type=int, default=100, help="memory comparison file")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of floor and ingest")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile N photos")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, path, work = args.child
        child(mode, Path(path), Path(work))
        return

    run_started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fieldreport-media-bench-") as tmp:
        work = Path(tmp)
        data = work / "data"
        started = time.perf_counter()
        photo_sizes = make_photos(data / "DCIM", args.photos, args.seed)
        photos = sorted((data / "DCIM").iterdir())
        big, small = data / "VID_BIG.MP4", data / "VID_SMALL.MP4"
        make_big(big, args.big_mib * MIB, args.seed)
        make_big(small, args.small_mib * MIB, args.seed + 1)
        generated = time.perf_counter() - started
        photo_bytes, big_bytes = sum(photo_sizes), big.stat().st_size
        warm([*photos, big, small])

        # Photos: the floor before and after the one (long) ingest; best floor counts.
        # Photos: rounds of floor and ingest (then analysis), the order alternating; the
        # best of each counts (other work on the machine only ever slows a run down).
        photo_floor: list[float] = []
        photo_floor_sync: list[float] = []
        stored_times: list[float] = []
        until_thumbnails: list[float] = []
        parts = Parts()
        for round_ in range(args.repeat):
            timed = parts if round_ == 0 else None  # where the time goes: the first round
            photo_steps = [
                lambda: photo_floor.append(floor_run(photos, work)),
                lambda: stored_times.append(ingest_run(photos, work, timed, until_thumbnails)),  # noqa: B023
                lambda: photo_floor_sync.append(floor_run(photos, work, fsync=True)),
            ]
            for step in photo_steps if round_ % 2 == 0 else reversed(photo_steps):
                step()
        photo_ingest = min(stored_times)

        # The large file: rounds of floor and ingest, the order alternating; best of each.
        big_floor, big_floor_sync, big_ingest = [], [], []
        big_parts = Parts()
        for round_ in range(args.repeat):
            steps = [
                lambda: big_floor.append(floor_run([big], work)),
                lambda: big_ingest.append(ingest_run([big], work, big_parts)),
                lambda: big_floor_sync.append(floor_run([big], work, fsync=True)),
            ]
            for step in steps if round_ % 2 == 0 else reversed(steps):
                step()

        mem_small = peak_of("ingest", small, work)
        mem_big = peak_of("ingest", big, work)
        mem_floor = peak_of("floor", big, work)

        if args.profile:
            profile_photos(photos, work, args.profile)
    total = time.perf_counter() - run_started

    def rate(n_bytes: int, seconds: float) -> float:
        return n_bytes / MB / seconds

    print(
        f"FieldReport media benchmark: {args.photos} photos of 12 MP "
        f"({photo_bytes / MB:.0f} MB, {min(photo_sizes) / MB:.1f}-{max(photo_sizes) / MB:.1f} MB "
        f"each), one file of {args.big_mib} MiB; inputs generated in {generated:.0f} s"
    )
    print(
        f"{'throughput (MB/s)':34} {'ingest':>8} {'floor':>8} {'ratio':>7} "
        f"{'floor+fsync':>12} {'ratio':>7}"
    )

    def row(name: str, n_bytes: int, ingest: float, floor: float, floor_sync: float) -> None:
        print(
            f"{name:34} {rate(n_bytes, ingest):>8.1f} {rate(n_bytes, floor):>8.1f} "
            f"{ingest / floor:>6.2f}x {rate(n_bytes, floor_sync):>12.1f} "
            f"{ingest / floor_sync:>6.2f}x"
        )

    row(
        f"{args.photos} photos, 12 MP",
        photo_bytes,
        photo_ingest,
        min(photo_floor),
        min(photo_floor_sync),
    )
    row(
        f"one file of {args.big_mib} MiB",
        big_bytes,
        min(big_ingest),
        min(big_floor),
        min(big_floor_sync),
    )
    p = parts.seconds
    thumbnails = min(until_thumbnails)
    analysis = min(t - stored for t, stored in zip(until_thumbnails, stored_times, strict=True))
    print(
        f"  photos: {photo_ingest / args.photos * 1000:.0f} ms per photo stored and logged, "
        f"{min(photo_floor) / args.photos * 1000:.1f} ms on the floor\n"
        f"  photos, where the time until stored and logged goes (first round): "
        f"{stored_times[0]:.1f} s = read+hash+encrypt {p['encrypt']:.1f} s, the rest "
        f"(fsync on a helper thread {p['fsync']:.2f} s in all, database, log, sniffing) "
        f"{stored_times[0] - p['encrypt']:.1f} s\n"
        f"  analysis after storing (decrypt, decode, thumbnail, EXIF; "
        f"{analysis_workers()} worker threads): {analysis:.1f} s, "
        f"{analysis / args.photos * 1000:.0f} ms per photo ({p['analyse']:.1f} s in workers)\n"
        f"  until every thumbnail exists: {thumbnails:.1f} s from the start of the import = "
        f"{thumbnails / min(photo_floor):.2f}x the floor"
    )
    n = args.repeat
    b = big_parts.seconds
    big_total = sum(big_ingest)
    print(
        f"  large file, per ingest:          {big_total / n:.1f} s = read+hash+encrypt "
        f"{b['encrypt'] / n:.1f} s, fsync {b['fsync'] / n:.2f} s, "
        f"rest {(big_total - b['encrypt'] - b['fsync']) / n:.1f} s"
    )

    def mib(v: int) -> str:
        return f"{v / MIB:.1f} MiB"

    print(f"{'peak memory (RSS, fresh process)':34} {'before':>10} {'peak':>10} {'growth':>10}")
    for name, m in (
        (f"ingest of {args.small_mib} MiB", mem_small),
        (f"ingest of {args.big_mib} MiB", mem_big),
        (f"floor on {args.big_mib} MiB", mem_floor),
    ):
        print(
            f"{name:34} {mib(m['before']):>10} {mib(m['peak']):>10} "
            f"{mib(m['peak'] - m['before']):>10}"
        )
    difference = mem_big["peak"] - mem_small["peak"]
    print(
        f"  {args.big_mib} MiB peak - {args.small_mib} MiB peak: {mib(difference)}"
        + ("" if mem_big["reset"] else "  (peak not reset: includes the unlock's Argon2id memory)")
    )
    print(
        f"  whole child process incl. vault setup (Argon2id 64 MiB): "
        f"{mib(max(mem_big['ru_maxrss'], mem_big['setup_peak']))}"
    )
    photo_ratio = photo_ingest / min(photo_floor)
    big_ratio = min(big_ingest) / min(big_floor)
    print(
        "ratios: stored-and-logged time / floor time on the same bytes (floor: read once, "
        "SHA-256,\n        age-encrypt; floor+fsync adds the fsync the vault does per original). "
        f"Best of {n} rounds.\n"
        f"goal: stored and logged within 1.5x the floor: photos {photo_ratio:.2f}x "
        f"{'met' if photo_ratio <= 1.5 else 'NOT met'}, large file {big_ratio:.2f}x "
        f"{'met' if big_ratio <= 1.5 else 'NOT met'}\n"
        f"time until all thumbnails exist: {thumbnails:.1f} s "
        f"({thumbnails / min(photo_floor):.2f}x the floor; analysis {analysis:.1f} s after "
        "storing)\n"
        f"goal: peak memory of the large ingest flat: {mib(difference)} difference from the "
        f"{args.small_mib} MiB ingest's peak "
        f"{'met' if abs(difference) <= 8 * MIB else 'NOT met'} (within 8 MiB)\n"
        f"total run time {total:.0f} s"
    )


if __name__ == "__main__":
    main()
