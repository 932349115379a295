"""On PostgreSQL imports of different devices run at once; one device's take turns.

Each import waits for its device's turn (an advisory lock keyed by the device)
and takes the writers' lock only for its short global section (owners,
receipts, the centre's custody log). The racers are real processes with their
own connections, let go at the same moment (``race``).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldreport.central import devices, queries
from fieldreport.central.importer import Importer
from fieldreport.central.pg import dialect
from fieldreport.central.store import CentralStore
from tests.central.conftest import Joiner, capture, export_to, snapshot
from tests.central.test_concurrent_store import RACER, org_chain_intact, race
from tests.conftest import TEST_PASSPHRASE

pytestmark = pytest.mark.postgresql_only


def _device_id(session) -> str:  # noqa: ANN001 - a field Session
    return session._vault.device.device_id  # type: ignore[no-any-return]


def test_two_devices_bundles_raced_each_twice_import_once_each(
    central: CentralStore, join: Joiner, tmp_path: Path
) -> None:
    one, two = join("one"), join("two")
    for session, title in ((one, "[TEST] One's shelling"), (two, "[TEST] Two's fire")):
        capture(session, tmp_path, title)
        capture(session, tmp_path, title + ", again")
    first = export_to(one, tmp_path / "one.bundle")
    second = export_to(two, tmp_path / "two.bundle")
    before = snapshot(central)

    answers = race(
        central.folder,
        tmp_path,
        [("import", first.path), ("import", second.path)] * 2,
    )

    for bundle in (first, second):
        statuses = sorted(a["status"] for a in answers if a["hash"] == bundle.bundle_hash)
        assert statuses == ["already imported", "imported"], answers
    counts, files = snapshot(central)
    assert counts["imported"] == before[0]["imported"] + 2
    assert counts["revisions"] == before[0]["revisions"] + 8  # 2 records, photo each, x2
    assert counts["media_items"] == before[0]["media_items"] + 4
    assert counts["receipts"] == before[0]["receipts"] + 2
    assert len(files) == len(before[1]) + 4 and not [f for f in files if f.endswith(".part")]
    for session in (one, two):
        assert queries.verify_log(central, _device_id(session)).ok
        assert devices.get(central, _device_id(session)).bundles == 1
    # The centre's one chain: each import's media entries, then its bundle entry.
    events = org_chain_intact(central)
    assert events[:3] == ["store_created", "device_approved", "device_approved"]
    assert events[3:] == [*["media_ingest"] * 2, "bundle_import"] * 2


def test_an_import_of_one_device_goes_on_while_another_devices_waits(
    central: CentralStore, join: Joiner, tmp_path: Path
) -> None:
    """Device one's import is stopped at its device's turn; device two's still finishes."""
    one, two = join("one"), join("two")
    capture(one, tmp_path, "[TEST] Waiting device")
    capture(two, tmp_path, "[TEST] A device that passes")
    first = export_to(one, tmp_path / "one.bundle")
    second = export_to(two, tmp_path / "two.bundle")
    pg = central.db.pg  # type: ignore[attr-defined]
    # As if a long import of device one were in progress in another program.
    pg.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", [dialect.DEVICE_LOCK, _device_id(one)])
    ready, start = tmp_path / "ready", tmp_path / "start"
    waiting = subprocess.Popen(
        [sys.executable, "-c", RACER, str(central.folder), str(ready), str(start)]
        + ["import", str(first.path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**__import__("os").environ, "RACER_PASSPHRASE": TEST_PASSPHRASE},
    )
    try:
        start.touch()
        deadline = time.monotonic() + 120
        while not _waits_for_device_turn(central):  # it read the bundle, now it waits
            assert waiting.poll() is None, waiting.communicate()
            assert time.monotonic() < deadline, "the first import never reached its turn"
            time.sleep(0.05)
        other = CentralStore.open(central.folder, TEST_PASSPHRASE)
        try:
            [outcome] = Importer(other).import_files([second.path])
        finally:
            other.close()
        assert outcome.status == "imported", outcome.describe()
        assert waiting.poll() is None  # still waiting for device one's turn
        assert devices.get(central, _device_id(one)).bundles == 0
    finally:
        pg.execute(
            "SELECT pg_advisory_unlock(%s, hashtext(%s))", [dialect.DEVICE_LOCK, _device_id(one)]
        )
    out, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err
    assert '"imported"' in out
    assert devices.get(central, _device_id(one)).bundles == 1
    assert org_chain_intact(central)[-2:] == ["media_ingest", "bundle_import"]
    for session in (one, two):
        assert queries.verify_log(central, _device_id(session)).ok


def _waits_for_device_turn(central: CentralStore) -> bool:
    row = central.db.pg.execute(  # type: ignore[attr-defined]
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
        "AND classid = %s",
        [dialect.DEVICE_LOCK],
    ).fetchone()
    return bool(row and row[0])


def test_two_devices_sending_one_photo_at_the_same_moment_both_import_it_kept_once(
    central: CentralStore, join: Joiner, tmp_path: Path
) -> None:
    """Both imports store the photo's row before either commits: the later one meets the
    earlier one's row (a unique key), is rolled back and tried again, and finds it."""
    one, two = join("one"), join("two")
    capture(one, tmp_path, "[TEST] Same photo, one")  # titles of one length: one photo
    capture(two, tmp_path, "[TEST] Same photo, two")
    bundles = [export_to(one, tmp_path / "one.bundle"), export_to(two, tmp_path / "two.bundle")]
    before = snapshot(central)
    pg = central.db.pg  # type: ignore[attr-defined]
    pg.execute("SELECT pg_advisory_lock(%s)", [dialect.WRITE_LOCK])  # no global section yet
    racers = []
    try:
        for n, bundle in enumerate(bundles):
            ready, start = tmp_path / f"ready-{n}", tmp_path / "start"
            racers.append(
                subprocess.Popen(
                    [sys.executable, "-c", RACER, str(central.folder), str(ready), str(start)]
                    + ["import", str(bundle.path)],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    env={**__import__("os").environ, "RACER_PASSPHRASE": TEST_PASSPHRASE},
                )
            )
        (tmp_path / "start").touch()
        deadline = time.monotonic() + 120
        while not (_waiting(central, "advisory") and _waiting(central, "transactionid")):
            # one waits for the global section, the other for the first one's photo row
            assert all(r.poll() is None for r in racers), [r.communicate() for r in racers]
            assert time.monotonic() < deadline, "the imports never met"
            time.sleep(0.05)
    finally:
        pg.execute("SELECT pg_advisory_unlock(%s)", [dialect.WRITE_LOCK])
    for racer in racers:
        out, err = racer.communicate(timeout=120)
        assert racer.returncode == 0, err
        assert '"imported"' in out, out
    counts, files = snapshot(central)
    assert counts["imported"] == before[0]["imported"] + 2
    assert counts["media_items"] == before[0]["media_items"] + 2  # each device's item
    assert counts["media"] == before[0]["media"] + 1  # one stored original
    assert len(files) == len(before[1]) + 1
    events = org_chain_intact(central)
    assert events.count("media_ingest") == 1 and events.count("bundle_import") == 2
    for session in (one, two):
        assert queries.verify_log(central, _device_id(session)).ok


def _waiting(central: CentralStore, locktype: str) -> bool:
    row = central.db.pg.execute(  # type: ignore[attr-defined]
        "SELECT count(*) FROM pg_locks WHERE locktype = %s AND NOT granted", [locktype]
    ).fetchone()
    return bool(row and row[0])


def test_a_devices_second_bundle_kept_as_held_meanwhile_is_imported_after_the_first(
    central: CentralStore, join: Joiner, tmp_path: Path
) -> None:
    """Bundle 2 arrives first and is kept as held; bundle 1's import waits for that to be
    written (the device's turn lasts until an import has kept what it keeps), then
    imports and takes bundle 2 along."""
    device = join("device")
    capture(device, tmp_path, "[TEST] First bundle")
    first = export_to(device, tmp_path / "first.bundle")
    capture(device, tmp_path, "[TEST] The second bundle")
    second = export_to(device, tmp_path / "second.bundle")
    pg = central.db.pg  # type: ignore[attr-defined]
    racers = []
    for n, bundle in enumerate((second, first)):
        ready, start = tmp_path / f"ready-{n}", tmp_path / f"start-{n}"
        racers.append(
            subprocess.Popen(
                [sys.executable, "-c", RACER, str(central.folder), str(ready), str(start)]
                + ["import", str(bundle.path)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**__import__("os").environ, "RACER_PASSPHRASE": TEST_PASSPHRASE},
            )
        )
    _until(racers, lambda: all((tmp_path / f"ready-{n}").exists() for n in (0, 1)))
    pg = central.db.pg  # type: ignore[attr-defined]
    pg.execute("SELECT pg_advisory_lock(%s)", [dialect.WRITE_LOCK])  # the keeping must wait
    try:
        (tmp_path / "start-0").touch()  # bundle 2, found held, waits to write its row
        _until(racers, lambda: _waiting(central, "advisory"))
        (tmp_path / "start-1").touch()  # bundle 1 waits for that, at its device's turn
        _until(racers, lambda: _waits_for_device_turn(central))
    finally:
        pg.execute("SELECT pg_advisory_unlock(%s)", [dialect.WRITE_LOCK])
    answers = [racer.communicate(timeout=120) for racer in racers]
    assert all(r.returncode == 0 for r in racers), answers
    assert '"held"' in answers[0][0] and '"imported"' in answers[1][0], answers
    rows = central.db.execute("SELECT sequence, outcome FROM bundles ORDER BY sequence")
    assert [tuple(r) for r in rows] == [(1, "imported"), (2, "imported")]
    assert queries.verify_log(central, _device_id(device)).ok


def _until(racers: list[subprocess.Popen[str]], done) -> None:  # noqa: ANN001
    deadline = time.monotonic() + 120
    while not done():
        assert all(r.poll() is None for r in racers), [r.communicate() for r in racers]
        assert time.monotonic() < deadline, "the racers never got there"
        time.sleep(0.05)
