"""Bundle benchmark: export and central import of a sync bundle against tar + stock age.

Builds, in the same run and under a temporary folder:
- P photos of 12 megapixels (``media_bench``'s generator, fixed seed; default
  500, about 4 MB each, about 2 GB) and N records (default 1,000, the demo
  samples varied), in a field vault (``Session.add``, ``Session.import_media``;
  each of the first P records gets one photo attached);
- an organisation (``CentralStore.create``), the device joined and approved
  through the same calls the CLI makes (``Session.join``, ``devices.approve``,
  ``Session.install_certificate``), and the organisation's age identity
  written as ``central export-age-identity`` writes it.

Then measures, on the same bytes in the same run:
(a) export: ``Session.export_bundle`` to a file, against
    ``tar -c <the original photos + a JSON file of the records> | age -r ORG > out``;
(b) import at the centre: ``Importer.import_files`` on that bundle, against
    ``age -d -i IDENTITY out | tar -x -C DIR`` on the baseline's file.
Throughput is the payload (photo bytes + the records' JSON) per second; the
ratio is ours / baseline (goal >= 1.0: since bundle format 2 each original's
bytes are encrypted once, in the vault, as the baseline encrypts them once). The
baselines do not fsync; the same
pipelines followed by ``sync`` of the files they wrote are shown too, because
the vault and the central store fsync what they write. Each export runs on a
fresh copy of the vault as it was before any export (database copied, media
hard-linked), each import on a fresh copy of the central store as it was
before any import; rounds alternate the order of ours and the baseline's,
and the best of each counts. Page caches are warm for both sides and
``sync`` runs before every measurement. After the import, the centre's
background check of the received originals (``central verify --media``:
decrypt each once, compare its SHA-256) is timed on its own: it is not part of
the import the coordinator waits for.

(c) peak memory: export and import each run in a fresh subprocess for a small
device (``--small-photos``, default 50, with proportionally fewer records) and
for the full one; the child reports ``VmHWM`` from ``/proc/self/status`` after
the store is unlocked and the peak reset (Argon2id's 64 MiB at unlock would
hide everything else). "Flat" means the two peaks are within a few MB.

``--profile`` adds where the time goes (phases timed by wrapping functions,
without changing the code, and the process CPU time against the baseline's).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from media_bench import _status, make_photos, settle, warm  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
ORG_NAME = "Bench Monitoring Network"
MB = 1_000_000
MIB = 1024 * 1024
AGE = shutil.which("age") or "/usr/bin/age"  # the stock tool, for the baseline


def cheap_kdf_everywhere() -> None:
    """Minimal Argon2id (64 MiB, 1 pass) for every vault and store this process makes."""
    from fieldreport.crypto import kdf

    kdf.TARGET_SECONDS = 0.0
    kdf.DEFAULT_MEMORY_KIB = kdf.MIN_MEMORY_KIB


# -- inputs ------------------------------------------------------------------
def records(n: int) -> list[tuple[str, dict]]:
    """N records from the demo samples, varied (title, notes), without links."""
    from fieldreport.domain.samples import sample_records

    samples = [(kind, data) for _name, kind, data in sample_records()]
    out = []
    for i in range(n):
        kind, data = samples[i % len(samples)]
        data = json.loads(json.dumps(data))
        data.pop("links", None)
        if isinstance(data.get("title"), str):
            data["title"] = f"{data['title']} #{i}"
        data["notes"] = f"[BENCH] generated record {i} of {n}, zebra{i % 97}"
        out.append((kind, data))
    return out


def build_device(
    folder: Path, central, rows: list[tuple[str, dict]], photos: list[Path]
) -> tuple[str, float]:
    """A field vault with ``rows`` and ``photos``, joined to ``central``'s org and approved."""
    from fieldreport.central import devices
    from fieldreport.core import ImportSummary, Session

    session = Session.create(folder, PASSPHRASE)
    ids = [session.add(kind, data).id for kind, data in rows]
    started = time.perf_counter()
    summary = list(session.import_media(photos))[-1]
    ingest = time.perf_counter() - started
    assert isinstance(summary, ImportSummary)
    if len(summary.stored) != len(photos) or summary.refused:
        raise SystemExit(f"ingest did not store everything: {summary.refused[:3]}")
    # The photos' analysis (thumbnails, EXIF) follows their ingest in the background; by
    # the time a monitor exports, it is done (an export finishes what is left first).
    if hasattr(session, "analyse_media"):  # (an earlier FieldReport analysed at ingest)
        list(session.analyse_media())
    for record_id, item in zip(ids, summary.stored, strict=False):
        session.attach_media(record_id, [item.id])
    _, request = session.join(central.org.provisioning())
    _, certificate = devices.approve(central, request)
    session.install_certificate(certificate)
    device_id = session.device_id
    session.lock()
    return device_id, ingest


def snapshot_vault(source: Path, target: Path) -> None:
    """A copy of a locked vault: files copied, media originals hard-linked (never changed)."""
    target.mkdir(mode=0o700)
    for path in source.iterdir():
        if path.is_dir():
            (target / path.name).mkdir(mode=0o700)
            for item in path.iterdir():
                os.link(item, target / path.name / item.name)
        else:
            shutil.copy2(path, target / path.name)


# -- ours --------------------------------------------------------------------
def export_ours(vault_snapshot: Path, work: Path, out: Path) -> float:
    from fieldreport.core import Session
    from fieldreport.sync.bundle_writer import ExportedBundle

    folder = work / "export-vault"
    snapshot_vault(vault_snapshot, folder)
    session = Session.unlock(folder, PASSPHRASE)
    settle()
    cpu = cpu_all()
    started = time.perf_counter()
    result = session.export_bundle(out)
    elapsed = time.perf_counter() - started
    CPU["export"].append(cpu_all() - cpu)
    session.lock()
    shutil.rmtree(folder)
    assert isinstance(result, ExportedBundle), result
    return elapsed


def import_ours(
    central_snapshot: Path, work: Path, bundle: Path, checked: list[float] | None = None
) -> tuple[float, dict]:
    """Import ``bundle`` into a fresh copy of the store; ``checked`` gets the media check's time."""
    from fieldreport.central.importer import Importer
    from fieldreport.central.store import CentralStore

    folder = work / "import-central"
    shutil.copytree(central_snapshot, folder)
    central = CentralStore.open(folder, PASSPHRASE)
    settle()
    cpu = cpu_all()
    started = time.perf_counter()
    outcomes = Importer(central).import_files([bundle])
    elapsed = time.perf_counter() - started
    CPU["import"].append(cpu_all() - cpu)
    try:
        from fieldreport.central import media_check
    except ImportError:  # an earlier FieldReport on PYTHONPATH, to compare: no such check
        checked = None
    if checked is not None:
        started = time.perf_counter()
        results = list(media_check.check_all(central))
        checked.append(time.perf_counter() - started)
        if not results or not all(r.ok for r in results):
            raise SystemExit("the background check of the received originals failed")
    central.close()
    shutil.rmtree(folder)
    if len(outcomes) != 1 or outcomes[0].status != "imported":
        raise SystemExit(f"import failed: {[o.describe() for o in outcomes]}")
    return elapsed, outcomes[0].counts


# -- the baseline: tar and the stock age tool ----------------------------------
def shell(script: str, cpu_key: str = "") -> float:
    settle()
    cpu = cpu_children()
    started = time.perf_counter()
    subprocess.run(["bash", "-c", "set -euo pipefail\n" + script], check=True)
    elapsed = time.perf_counter() - started
    if cpu_key:
        CPU[cpu_key].append(cpu_children() - cpu)
    return elapsed


# CPU seconds of each measured run (this process with its threads, and its reaped children:
# the age child of versions before 2026-12-03; for the baseline: bash, tar and age). On a
# shared machine the wall time depends on what else runs; the CPU time is what each side costs.
CPU: dict[str, list[float]] = defaultdict(list)


def cpu_all() -> float:
    return cpu_self() + cpu_children()


def q(path: Path | str) -> str:
    return "'" + str(path).replace("'", "'\\''") + "'"


def export_base(data: Path, names: list[str], recipient: str, out: Path, fsync: bool) -> float:
    out.unlink(missing_ok=True)
    members = " ".join(q(n) for n in names)
    script = f"tar -c -f - -C {q(data)} {members} | {q(AGE)} -r {recipient} > {q(out)}"
    if fsync:
        script += f"\nsync {q(out)}"
    return shell(script, "export_base_sync" if fsync else "export_base")


def import_base(bundle: Path, identity: Path, folder: Path, fsync: bool) -> float:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    script = f"{q(AGE)} -d -i {q(identity)} {q(bundle)} | tar -x -C {q(folder)}"
    if fsync:
        script += f"\nfind {q(folder)} -type f -exec sync {{}} +\nsync {q(folder)}"
    elapsed = shell(script, "import_base_sync" if fsync else "import_base")
    shutil.rmtree(folder)
    return elapsed


# -- where the time goes (--profile) --------------------------------------------
class Phases:
    """Wall time inside chosen functions (any thread), by wrapping them; code unchanged."""

    def __init__(self, targets: list[tuple[object, str, str]]) -> None:
        self.targets = targets
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._undo: list = []
        self._lock = threading.Lock()

    def __enter__(self) -> Phases:
        for owner, name, key in self.targets:
            original = getattr(owner, name, None)
            if original is None:  # not in this version of the code (see --profile's list)
                continue

            def timed(*args, __original=original, __key=key, **kwargs):  # type: ignore[no-untyped-def]
                started = time.perf_counter()
                try:
                    return __original(*args, **kwargs)
                finally:
                    with self._lock:
                        self.seconds[__key] += time.perf_counter() - started
                        self.calls[__key] += 1

            setattr(owner, name, timed)
            self._undo.append((owner, name, original))
        return self

    def __exit__(self, *exc: object) -> None:
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)
        self._undo.clear()


def cpu_self() -> float:
    t = os.times()
    return t.user + t.system


def cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _modules(*names: str) -> list[object]:
    """The named fieldreport modules this version has (the list spans versions)."""
    import importlib

    found = []
    for name in names:
        try:
            found.append(importlib.import_module(f"fieldreport.{name}"))
        except ImportError:
            found.append(None)
    return found


def _top(profiler, what: str, count: int = 14) -> None:  # type: ignore[no-untyped-def]
    """The functions that took the most CPU on the calling thread (cProfile, tottime)."""
    import io
    import pstats

    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(count)
    lines = text.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    print(f"  {what}: the main thread's own CPU by function (cProfile; helpers not included)")
    for line in lines[start : start + count + 1]:
        print("    " + line.strip()[:110])


def profile(vault_snapshot, central_snapshot, work, data, names, recipient, identity) -> None:
    import cProfile

    import pyrage

    importer, sealed_receive, media_store, bundle_reader, bundle_writer, export_plan = _modules(
        "central.importer",
        "central.sealed_receive",
        "storage.media_store",
        "sync.bundle_reader",
        "sync.bundle_writer",
        "sync.export_plan",
    )
    age_process, age_layer = _modules("sync.age_process", "sync.age_layer")  # old, new

    print("\nwhere the time goes (--profile; phases overlap: threads run side by side)")
    out = work / "profile.bundle"
    export_targets = [
        (bundle_writer, "plan_export", "plan (first pass: describe items)"),
        (export_plan, "_describe_sealed", "  media: hash the stored age files (first pass)"),
        (export_plan, "_hash_file", "  media: hash a stored age file (rows before 0008)"),
        (export_plan, "_checked_length", "  media: check each stored file's header and length"),
        (export_plan, "wrap_key", "  media: wrap each item's key to the organisation"),
        (export_plan, "_copy_file", "media: copy the stored age files into the tar"),
        (bundle_writer, "write_inner", "write the inner tar (main thread, incl. waits)"),
        (pyrage, "encrypt_io", "age-encrypt the bundle (helper thread, if in-process)"),
        (age_process, "encrypt_to_file", "age-encrypt the bundle (child process, its life)"),
        (getattr(age_layer, "Encrypting", None), "write", "age-encrypt (in-process, OpenSSL)"),
        (os, "fsync", "fsync (in-process)"),
    ]
    phases = Phases([t for t in export_targets if t[0] is not None])
    profiler = cProfile.Profile(time.thread_time)  # CPU time of the main thread
    c0, k0 = cpu_self(), cpu_children()
    with phases:
        profiler.enable()
        total = export_ours(vault_snapshot, work, out)
        profiler.disable()
    cpu, kids = cpu_self() - c0, cpu_children() - k0
    c0 = cpu_children()
    base = export_base(data, names, recipient, work / "profile-base.age", fsync=False)
    base_cpu = cpu_children() - c0
    (work / "profile-base.age").unlink()
    print(
        f"export: {total:.1f} s wall (incl. unlocking the copy), {cpu:.1f} s CPU in-process "
        f"+ {kids:.1f} s in child processes; baseline {base:.1f} s wall, {base_cpu:.1f} s CPU "
        "(tar + age)"
    )
    for key, seconds in phases.seconds.items():
        print(f"  {key:52} {seconds:7.2f} s  ({phases.calls[key]} calls)")
    _top(profiler, "export")

    import_targets = [
        (importer, "sha256_file", "hash the whole file first (same-size check)"),
        (importer, "read_bundle", "read_bundle: decrypt + tar + verify + sink"),
        (bundle_reader, "_read_item", "  items: tar read + SHA-256 + write to the sink"),
        (pyrage, "decrypt_io", "  age-decrypt the bundle (helper thread, if in-process)"),
        (age_process, "decrypt_file", "  age-decrypt the bundle (child process, its life)"),
        (getattr(age_layer, "Decrypting", None), "read", "  age-decrypt (in-process, OpenSSL)"),
        (sealed_receive, "receive", "  media: check key + header, store as received"),
        (media_store.MediaStore, "encrypt", "  media (format 1 only): encrypt into the store"),
        (os, "fsync", "fsync (in-process)"),
        (importer, "check_contents", "check items against the entries"),
        (importer, "make_receipt", "sign the receipt"),
    ]
    phases = Phases([t for t in import_targets if t[0] is not None])
    profiler = cProfile.Profile(time.thread_time)  # CPU time of the main thread
    c0, k0 = cpu_self(), cpu_children()
    with phases:
        profiler.enable()
        total, _ = import_ours(central_snapshot, work, out)
        profiler.disable()
    cpu, kids = cpu_self() - c0, cpu_children() - k0
    c0 = cpu_children()
    folder = work / "profile-extract"
    base = import_base(work / "baseline.age", identity, folder, fsync=False)
    base_cpu = cpu_children() - c0
    print(
        f"import: {total:.1f} s wall (incl. opening the store), {cpu:.1f} s CPU in-process "
        f"+ {kids:.1f} s in child processes; baseline {base:.1f} s wall, {base_cpu:.1f} s CPU "
        "(age + tar)"
    )
    for key, seconds in phases.seconds.items():
        print(f"  {key:52} {seconds:7.2f} s  ({phases.calls[key]} calls)")
    _top(profiler, "import")
    out.unlink()


# -- peak memory, in a fresh process ---------------------------------------------
def child(mode: str, store: Path, bundle: Path) -> None:
    """Run in a subprocess: open the store, reset the peak, export or import once, report."""
    cheap_kdf_everywhere()
    if mode == "export":
        from fieldreport.core import Session
        from fieldreport.sync.bundle_writer import ExportedBundle

        opened = Session.unlock(store, PASSPHRASE)
    else:
        from fieldreport.central.importer import Importer
        from fieldreport.central.store import CentralStore

        opened = CentralStore.open(store, PASSPHRASE)
    setup_peak = _status("VmHWM")
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # reset VmHWM to the current RSS (Linux 4.0+)
        reset = True
    except OSError:
        reset = False
    before = _status("VmRSS")
    if mode == "export":
        result = opened.export_bundle(bundle)
        assert isinstance(result, ExportedBundle), result
        opened.lock()
    else:
        outcomes = Importer(opened).import_files([bundle])
        assert outcomes[0].status == "imported", outcomes[0].describe()
        opened.close()
    print(
        json.dumps(
            {
                "before": before,
                "peak": _status("VmHWM"),
                "reset": reset,
                "setup_peak": setup_peak,
                "ru_maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
            }
        )
    )


def run_child(mode: str, store: Path, bundle: Path) -> dict:
    settle()
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(store), str(bundle)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def memory(vault_snapshot: Path, central_snapshot: Path, work: Path, tag: str) -> dict:
    """Peak of an export (fresh vault copy) and of importing that bundle (fresh store copy)."""
    vault = work / f"mem-vault-{tag}"
    central = work / f"mem-central-{tag}"
    bundle = work / f"mem-{tag}.bundle"
    snapshot_vault(vault_snapshot, vault)
    shutil.copytree(central_snapshot, central)
    try:
        exported = run_child("export", vault, bundle)
        shutil.rmtree(vault)
        imported = run_child("import", central, bundle)
        size = bundle.stat().st_size
    finally:
        shutil.rmtree(vault, ignore_errors=True)
        shutil.rmtree(central, ignore_errors=True)
        bundle.unlink(missing_ok=True)
    return {"export": exported, "import": imported, "size": size}


# -- the run --------------------------------------------------------------------
def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--photos", type=int, default=500)
    parser.add_argument("--small-photos", type=int, default=50, help="memory comparison")
    parser.add_argument(
        "--small-records", type=int, help="records of the small device (default: proportional)"
    )
    parser.add_argument("--rounds", type=int, default=2, help="rounds of export and import")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--workdir", help="parent of the temporary folder (~5x the photos' size)")
    parser.add_argument("--profile", action="store_true", help="show where the time goes")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, store, bundle = args.child
        child(mode, Path(store), Path(bundle))
        return {}
    cheap_kdf_everywhere()
    from fieldreport.central.store import CentralStore

    run_started = time.perf_counter()
    small_photos = min(args.small_photos, args.photos)
    small_records = args.small_records or max(1, args.records * small_photos // max(1, args.photos))
    with tempfile.TemporaryDirectory(prefix="fieldreport-bundle-bench-", dir=args.workdir) as tmp:
        work = Path(tmp)
        data = work / "data"
        started = time.perf_counter()
        photo_sizes = make_photos(data / "DCIM", args.photos, args.seed)
        photos = sorted((data / "DCIM").iterdir())
        generated = time.perf_counter() - started

        # The organisation, the full device and the small one (memory comparison).
        started = time.perf_counter()
        central_folder = work / "central"
        central = CentralStore.create(central_folder, PASSPHRASE, ORG_NAME)
        rows = records(args.records)
        _, ingest = build_device(work / "device", central, rows, photos)
        build_device(work / "device-small", central, records(small_records), photos[:small_photos])
        recipient = central.org.keys.public().age_recipient
        identity = work / "org-identity.txt"
        identity.write_text(f"# public key: {recipient}\n{central.org.keys.age_identity}\n")
        identity.chmod(0o600)
        central.close()
        built = time.perf_counter() - started

        # What the baseline archives: the same originals and the records as JSON.
        (data / "records.json").write_text(
            json.dumps([{"kind": k, "data": d} for k, d in rows], ensure_ascii=False)
        )
        names = [f"DCIM/{p.name}" for p in photos] + ["records.json"]
        payload = sum(photo_sizes) + (data / "records.json").stat().st_size
        warm([*photos, data / "records.json"])

        # (a) export, (b) import: rounds alternating the order; best of each.
        bundle, baseline = work / "ours.bundle", work / "baseline.age"
        exp, exp_base, exp_base_sync = [], [], []
        imp, imp_base, imp_base_sync = [], [], []
        checked: list[float] = []
        counts: dict = {}
        extract = work / "extract"
        for round_ in range(args.rounds):
            target = bundle if round_ == 0 else work / "again.bundle"

            def ours_export(target: Path = target) -> None:
                exp.append(export_ours(work / "device", work, target))
                if target != bundle:
                    target.unlink()

            steps = [
                ours_export,
                lambda: exp_base.append(export_base(data, names, recipient, baseline, False)),
                lambda: exp_base_sync.append(export_base(data, names, recipient, baseline, True)),
            ]
            for step in steps if round_ % 2 == 0 else reversed(steps):
                step()
            if round_ == 0:
                warm([bundle, baseline])

            def ours_import() -> None:
                elapsed, found = import_ours(central_folder, work, bundle, checked)
                imp.append(elapsed)
                counts.update(found)

            steps = [
                ours_import,
                lambda: imp_base.append(import_base(baseline, identity, extract, False)),
                lambda: imp_base_sync.append(import_base(baseline, identity, extract, True)),
            ]
            for step in steps if round_ % 2 == 0 else reversed(steps):
                step()
        bundle_size, baseline_size = bundle.stat().st_size, baseline.stat().st_size
        bundle.unlink()

        if args.profile:
            profile(work / "device", central_folder, work, data, names, recipient, identity)
        baseline.unlink()

        # (c) peak memory, small and full, each in fresh processes.
        mem_small = memory(work / "device-small", central_folder, work, "small")
        mem_full = memory(work / "device", central_folder, work, "full")
    total = time.perf_counter() - run_started

    def rate(seconds: float) -> float:
        return payload / MB / seconds

    print(
        f"FieldReport bundle benchmark: {args.records} records and {args.photos} photos of "
        f"12 MP ({sum(photo_sizes) / MB:.0f} MB, {min(photo_sizes) / MB:.1f}-"
        f"{max(photo_sizes) / MB:.1f} MB each); payload {payload / MB:.0f} MB; bundle "
        f"{bundle_size / MB:.0f} MB, baseline file {baseline_size / MB:.0f} MB\n"
        f"  ({counts.get('revisions', 0)} revisions, {counts.get('media', 0)} media, "
        f"{counts.get('entries', 0)} log entries, {counts.get('items', 0)} items imported); "
        f"inputs generated in {generated:.0f} s, vaults built in {built:.0f} s "
        f"(ingest of the photos {ingest:.0f} s); best of {args.rounds}"
    )
    print(
        f"{'throughput (MB/s of payload)':30} {'ours':>7} {'tar+age':>8} {'ratio':>6} "
        f"{'  +sync':>8} {'ratio':>6}"
    )
    ratios = {}
    for name, ours, base, base_sync in (
        ("export (tar -c | age -r)", exp, exp_base, exp_base_sync),
        ("import (age -d | tar -x)", imp, imp_base, imp_base_sync),
    ):
        o, b, s = min(ours), min(base), min(base_sync)
        ratios[name.split()[0]] = b / o
        print(
            f"{name:30} {rate(o):>7.1f} {rate(b):>8.1f} {b / o:>6.2f} {rate(s):>8.1f} {s / o:>6.2f}"
        )
        print(
            f"  {'':28} {o:>6.1f}s {b:>7.1f}s {'':>6} {s:>7.1f}s   "
            f"(all: ours {', '.join(f'{x:.1f}' for x in ours)}; "
            f"base {', '.join(f'{x:.1f}' for x in base)})"
        )

    def mib(v: int) -> str:
        return f"{v / MIB:.1f} MiB"

    for what in ("export", "import"):
        ours_cpu, base_cpu = min(CPU[what]), min(CPU[f"{what}_base"])
        ratios[f"{what}_cpu"] = base_cpu / ours_cpu
        synced = min(CPU.get(f"{what}_base_sync") or [float("nan")])
        print(
            f"{what} CPU seconds (process + threads + children): ours {ours_cpu:.2f}, "
            f"tar+age {base_cpu:.2f}, ratio {base_cpu / ours_cpu:.2f}; "
            f"+sync {synced:.2f}, ratio {synced / ours_cpu:.2f}"
        )
    if checked:
        print(
            f"then the centre's background check of the {counts.get('media', 0)} received "
            f"originals (decrypt, compare SHA-256; not part of the import): best "
            f"{min(checked):.1f} s"
        )
    print(f"{'peak memory (RSS, fresh process)':34} {'before':>10} {'peak':>10} {'growth':>10}")
    for what in ("export", "import"):
        for tag, m in ((f"{small_photos} photos", mem_small), (f"{args.photos} photos", mem_full)):
            r = m[what]
            print(
                f"{what} of {tag:22}   {mib(r['before']):>10} {mib(r['peak']):>10} "
                f"{mib(r['peak'] - r['before']):>10}   (bundle {m['size'] / MB:.0f} MB)"
            )
    differences = {w: mem_full[w]["peak"] - mem_small[w]["peak"] for w in ("export", "import")}
    reset = all(m[w]["reset"] for m in (mem_small, mem_full) for w in ("export", "import"))
    setup = max(mem_full["import"]["setup_peak"], mem_full["export"]["setup_peak"])
    print(
        f"  full - small peak: export {mib(differences['export'])}, import "
        f"{mib(differences['import'])}"
        + ("" if reset else "  (peak not reset: includes the unlock's Argon2id memory)")
        + f"; whole child incl. unlock (Argon2id 64 MiB): up to {mib(setup)}"
    )
    print(
        "ratios: baseline time / our time (>= 1 is as fast as tar + age); +sync: the baseline\n"
        "        then fsyncs what it wrote, as the vault and the central store do."
    )
    for name, value in ratios.items():
        if name.endswith("_cpu"):
            continue
        print(
            f"goal: {name} throughput >= 1.0 of tar + age: {value:.2f} "
            f"{'met' if value >= 1.0 else 'NOT met'}"
        )
    for name, value in differences.items():
        print(
            f"goal: {name} peak memory flat: {mib(value)} between {small_photos} and "
            f"{args.photos} photos {'met' if abs(value) <= 8 * MIB else 'NOT met'} (within 8 MiB)"
        )
    print(f"total run time {total:.0f} s")
    return {**ratios, **{f"{w}_memory": float(d) for w, d in differences.items()}}


if __name__ == "__main__":
    main()
