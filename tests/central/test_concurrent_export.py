"""Two exports at once (a USB export in the window, background sync on its own connection)
never take the same sequence: the centre would see a fork."""

from __future__ import annotations

import threading
from pathlib import Path

from fieldreport.sync.bundle_writer import ExportedBundle
from fieldreport.sync.device_sync import export
from tests.central.conftest import capture, run_import


def test_exports_on_two_connections_take_one_sequence_each(central, join, tmp_path: Path):
    session = join("field")
    for n in range(3):
        capture(session, tmp_path, f"[TEST] Concurrent {n}")
    window, background = session._vault, session._vault.companion()
    stick, outbox = tmp_path / "stick", tmp_path / "outbox"
    stick.mkdir()
    outbox.mkdir()
    results: dict[str, object] = {}
    start = threading.Barrier(2)

    def run(name: str, vault, folder: Path) -> None:
        start.wait()
        try:
            results[name] = export(vault, folder)
        except BaseException as exc:  # reported below
            results[name] = exc

    threads = [
        threading.Thread(target=run, args=("window", window, stick)),
        threading.Thread(target=run, args=("background", background, outbox)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    background.lock()

    bundles = [r for r in results.values() if isinstance(r, ExportedBundle)]
    assert len(results) == 2 and all(not isinstance(r, BaseException) for r in results.values())
    assert len(bundles) >= 1
    assert sorted(b.manifest.sequence for b in bundles) == list(range(1, len(bundles) + 1))
    outcomes = run_import(central, *sorted((b.path for b in bundles), key=lambda p: p.name))
    assert [o.status for o in outcomes] == ["imported"] * len(bundles), outcomes
