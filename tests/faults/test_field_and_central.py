"""Save, attach, bundle export and central import under injected ENOSPC and EIO.

Each run drives the real command line in this process with a seeded failure
plan (tests/faults/injector.py) on every file and database write. Every
command must end with exit 0 or a clear error of its own (never "a bug");
afterwards, with the faults gone, the vault and the store must open, verify,
and hold everything a command acknowledged (a record id, a media id, a bundle
path, an "imported" line printed), and whatever failed must work when tried
again. ``FIELDREPORT_FAULT_RUNS`` sets how many seeds run (default 6).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from fieldreport import cli
from fieldreport.central import devices, queries
from fieldreport.central.store import CentralStore
from fieldreport.core import Session
from tests.conftest import TEST_PASSPHRASE
from tests.faults.injector import FaultPlan, injected
from tests.sync.helpers import jpeg

RUNS = int(os.environ.get("FIELDREPORT_FAULT_RUNS", "6"))
RATE = 0.12  # per call: a save or an attach makes a few dozen, so most fail somewhere
BULK_RATE = 0.02  # an export or an import makes hundreds: fewer, so some get through
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture(autouse=True)
def no_log_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDREPORT_NO_LOG_FILE", "1")  # the log is not under test here
    monkeypatch.setenv("FIELDREPORT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDREPORT_CENTRAL_PASSPHRASE", TEST_PASSPHRASE)


def _run(plan: FaultPlan | None, capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    if plan is None:
        code = cli.main(list(args))
    else:
        with injected(plan):
            code = cli.main(list(args))
    out, err = capsys.readouterr()
    assert "a bug" not in err, (args, err)
    assert code != 1, (args, code, err)
    if code != 0:
        assert (err + out).strip(), (args, code)  # a clear error, said
    return code, out, err


def _world(tmp_path: Path) -> tuple[Path, Path, str]:
    """A closed central store and a closed vault that joined it and was approved."""
    store_dir, vault_dir = tmp_path / "central", tmp_path / "vault"
    with CentralStore.create(store_dir, TEST_PASSPHRASE, "Fault Network") as store:
        session = Session.create(vault_dir, TEST_PASSPHRASE)
        _, request = session.join(store.org.provisioning())
        _, certificate = devices.approve(store, request)
        session.install_certificate(certificate)
        device_id = session._vault.device.device_id
        session.lock()
    return store_dir, vault_dir, device_id


@pytest.mark.parametrize("seed", range(RUNS))
def test_the_field_device_and_the_centre_under_io_faults(tmp_path: Path, capsys, seed: int):
    store_dir, vault_dir, device_id = _world(tmp_path)
    vault = ["--vault", str(vault_dir)]
    plan = FaultPlan(seed, RATE)
    bulk = FaultPlan(seed + 1000, BULK_RATE)
    records: dict[str, str] = {}  # acknowledged: id -> title
    media: set[str] = set()
    bundles: list[Path] = []
    for step in range(9):
        title = f"[TEST] fault run {seed} step {step}"
        source = tmp_path / f"in-{step}.json"
        source.write_text(f'{{"title": "{title}"}}')
        code, out, _ = _run(plan, capsys, *vault, "add", "incident", "--json", str(source))
        records.update({i: title for i in UUID.findall(out)})  # printed: acknowledged
        if records:
            photo = jpeg(tmp_path / f"photo-{step}.jpg", (step * 20, 40, seed * 9 % 255))
            target = sorted(records)[step % len(records)]
            code, out, _ = _run(plan, capsys, *vault, "attach", target, str(photo))
            media.update(line.split()[0] for line in out.splitlines() if UUID.match(line))
        if step % 3 == 2:
            folder = tmp_path / "outbox"
            folder.mkdir(exist_ok=True)
            code, out, _ = _run(bulk, capsys, *vault, "bundle", "export", "--out", str(folder))
            bundles += [Path(line) for line in out.splitlines() if line.endswith(".bundle")]
    assert plan.fired, "no fault was injected: the plan tested nothing"

    # Faults gone: the vault opens and verifies, and holds everything acknowledged.
    assert _run(None, capsys, *vault, "log", "verify")[0] == 0
    for record_id, title in records.items():
        code, out, _ = _run(None, capsys, *vault, "show", record_id)
        assert code == 0 and title in out
    session = Session.unlock(vault_dir, TEST_PASSPHRASE)
    try:
        for media_id in media:
            session._vault.media.get(media_id)  # present, its key too
    finally:
        session.lock()
    for bundle in bundles:
        assert bundle.is_file() and not bundle.name.startswith(".")
    # What failed works when tried again: a last export carries everything not yet sent.
    (tmp_path / "last").mkdir()
    code, out, _ = _run(None, capsys, *vault, "bundle", "export", "--out", str(tmp_path / "last"))
    bundles += [Path(line) for line in out.splitlines() if line.endswith(".bundle")]

    # The centre imports the bundles under faults; acknowledged imports stay.
    central = ["--store", str(store_dir)]
    imported: set[str] = set()
    for bundle in bundles:
        code, out, _ = _run(bulk, capsys, "central", "import", str(bundle), *central)
        if code == 18:  # refused under a fault: it must say the disk, never blame the bundle
            assert "disk" in out, out
        if re.search(r": imported bundle \d+", out):
            imported.add(bundle.name)
    assert _run(None, capsys, "central", "verify-log", device_id, *central)[0] == 0
    code, out, _ = _run(None, capsys, "central", "import", *map(str, bundles), *central)
    assert code == 0, out
    for line in out.splitlines():
        name = line.split(":", 1)[0]
        status = line.split(":", 1)[1]
        assert "imported" in status, line  # imported now, or already (nothing lost)
        if name in imported:
            assert "already imported" in status, line
    assert _run(None, capsys, "central", "verify-log", device_id, *central)[0] == 0
    with CentralStore.open(store_dir, TEST_PASSPHRASE) as store:
        listed = {row["id"] for row in queries.list_records(store, None)}
    assert set(records) <= listed  # every acknowledged save reached the centre
