"""An evidence package from two devices verifies with the verifier, stock minisign and bagit."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import bagit
import pytest

from fieldreport.verifier import cli
from tests.evidence.conftest import World


def run_verifier(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main([str(folder)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize("which", ["identifying", "anonymised"])
def test_package_verifies(world: World, which: str, capsys: pytest.CaptureFixture[str]) -> None:
    folder = getattr(world, which)
    code, said = run_verifier(folder, capsys)
    assert code == 0, said
    assert "FAILED" not in said
    index = json.loads((folder / "data" / "evidence.json").read_text("utf-8"))
    assert {d["id"] for d in index["devices"]} == {
        line["device"] for r in index["records"] for line in r["revisions"]
    }
    assert len(index["devices"]) == 2
    for key in ("i1", "s1", "s2", "p1", "d1", "p2", "d2"):
        assert f"Record {world.ids[key]}: VERIFIED." in said
    # the edited record: created, photo attached, edited: every revision
    i1 = next(r for r in index["records"] if r["id"] == world.ids["i1"])
    assert [r["revision"] for r in i1["revisions"]] == [1, 2, 3]
    for media_id in world.media.values():
        assert f"Media item {media_id}: VERIFIED." in said


def test_originals_bit_for_bit(world: World) -> None:
    index = json.loads((world.identifying / "data" / "evidence.json").read_text("utf-8"))
    sent = {
        "device-a": (world.base / "device-a.jpg").read_bytes(),
        "device-b": (world.base / "device-b.jpg").read_bytes(),
    }
    found = {m["id"]: (world.identifying / "data" / m["file"]).read_bytes() for m in index["media"]}
    assert found[world.media["i1"]] == sent["device-a"]
    assert found[world.media["d2"]] == sent["device-b"]
    # and the anonymised package keeps them bit for bit too
    anonymised = json.loads((world.anonymised / "data" / "evidence.json").read_text("utf-8"))
    for m in anonymised["media"]:
        data = (world.anonymised / "data" / m["file"]).read_bytes()
        assert (
            hashlib.sha256(data).hexdigest()
            == m["sha256"]
            == hashlib.sha256(found[m["id"]]).hexdigest()
        )


def test_revisions_are_the_logged_canonical_json(world: World) -> None:
    index = json.loads((world.identifying / "data" / "evidence.json").read_text("utf-8"))
    for device in index["devices"]:
        log = json.loads((world.identifying / "data" / device["log"]).read_text("utf-8"))
        logged = {e["object"]: e["content_hash"] for e in log}
        for record in index["records"]:
            for rev in record["revisions"]:
                if rev["device"] != device["id"]:
                    continue
                data = (world.identifying / "data" / rev["file"]).read_bytes()
                assert (
                    hashlib.sha256(data).hexdigest()
                    == logged[f"record:{record['id']}#{rev['revision']}"]
                )


def test_bagit_library_validates(world: World) -> None:
    for folder in (world.identifying, world.anonymised):
        bag = bagit.Bag(str(folder))
        bag.validate()  # raises BagValidationError on any problem
        assert bag.info["Source-Organization"] == "Test Network"


def test_bagit_command_line_and_sha256sum(world: World) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(world.identifying)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    if shutil.which("sha256sum"):
        for manifest in ("manifest-sha256.txt", "tagmanifest-sha256.txt"):
            done = subprocess.run(
                ["sha256sum", "--quiet", "-c", manifest],
                cwd=world.identifying,
                capture_output=True,
                text=True,
                check=False,
            )
            assert done.returncode == 0, done.stdout + done.stderr


def test_stock_minisign_verifies(world: World) -> None:
    if shutil.which("minisign") is None:
        pytest.skip("minisign is not installed (apt-get install minisign)")
    for folder in (world.identifying, world.anonymised):
        for manifest in ("manifest-sha256.txt", "tagmanifest-sha256.txt"):
            done = subprocess.run(
                ["minisign", "-Vm", manifest, "-p", "organisation.pub"],
                cwd=folder,
                capture_output=True,
                text=True,
                check=False,
            )
            assert done.returncode == 0, done.stdout + done.stderr
            assert "Signature and comment signature verified" in done.stdout + done.stderr


def test_summary_names_fingerprint_and_key(world: World) -> None:
    index = json.loads((world.identifying / "data" / "evidence.json").read_text("utf-8"))
    fingerprint = index["organisation"]["fingerprint"]
    for folder in (world.identifying, world.anonymised):
        summary = (folder / "data" / "summary.html").read_text("utf-8")
        assert fingerprint in summary
        key_id = (folder / "organisation.pub").read_text().split()[-2]
        assert key_id in summary
    russian = (world.anonymised / "data" / "summary.html").read_text("utf-8")
    assert "Пакет доказательств" in russian and "Удалено" in russian


def test_existing_folder_refused(world: World, tmp_path: Path) -> None:
    from fieldreport.central import evidence
    from fieldreport.central.store import CentralStore
    from fieldreport.errors import UsageError
    from tests.conftest import TEST_PASSPHRASE

    taken = tmp_path / "out" / "taken"
    taken.mkdir(parents=True)
    (taken / "keep.txt").write_text("mine")
    with (
        CentralStore.open_to_read(world.central, TEST_PASSPHRASE) as central,
        pytest.raises(UsageError),
    ):
        evidence.write_package(central, [world.ids["i1"]], taken)
    assert sorted(p.name for p in taken.parent.iterdir()) == ["taken"]
    assert (taken / "keep.txt").read_text() == "mine"
