"""Each way of altering a package is detected, and the verifier names the file and the check."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import bagit
import pytest

from fieldreport.crypto import signing
from fieldreport.verifier import cli, minisign
from fieldreport.verifier.package import verify
from tests.evidence.conftest import World


def failures(folder: Path) -> set[tuple[str, str]]:
    report = verify(folder)
    found = {(f.file, f.check) for f in report.findings}
    for verdict in report.verdicts:
        found |= {(f.file, f.check) for f in verdict.problems}
    assert not report.ok
    return found


def index(folder: Path) -> dict:
    return json.loads((folder / "data" / "evidence.json").read_text("utf-8"))


def flip_byte(path: Path, at: int = -10) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def revision_file(folder: Path, record_id: str, revision: int = 1) -> str:
    record = next(r for r in index(folder)["records"] if r["id"] == record_id)
    return "data/" + next(r["file"] for r in record["revisions"] if r["revision"] == revision)


def device_dir(folder: Path, world: World, key: str) -> str:
    record = next(r for r in index(folder)["records"] if r["id"] == world.ids[key])
    return f"data/devices/{record['revisions'][0]['device']}"


def test_changed_byte_in_a_photo(world: World, tmp_path: Path, capsys) -> None:
    folder = world.package(tmp_path)
    media = next(m for m in index(folder)["media"] if m["id"] == world.media["i1"])
    photo = f"data/{media['file']}"
    flip_byte(folder / photo)
    found = failures(folder)
    assert (photo, "bag") in found
    assert (photo, "media") in found
    assert cli.main([str(folder)]) == 1
    said = capsys.readouterr()
    assert f"FAILED {photo}: media: is not the original" in said.out
    assert f"Media item {world.media['i1']}: NOT VERIFIED." in said.out
    assert f"Media item {world.media['d2']}: VERIFIED." in said.out


@pytest.mark.parametrize("anonymised", [False, True])
def test_changed_byte_in_a_revision(world: World, tmp_path: Path, anonymised: bool) -> None:
    folder = world.package(tmp_path, anonymised=anonymised)
    path = revision_file(folder, world.ids["p1"])
    text = (folder / path).read_text("utf-8")
    changed = text.replace('"revision":1', '"revision":2').replace('"revision": 1', '"revision": 2')
    assert changed != text
    (folder / path).write_text(changed, "utf-8")
    found = failures(folder)
    assert (path, "bag") in found
    assert (path, "revision") in found


def test_rebagged_revision_still_caught(world: World, tmp_path: Path) -> None:
    """Whoever alters a revision and writes the bag's manifests again cannot sign them."""
    folder = world.package(tmp_path)
    path = revision_file(folder, world.ids["d2"])
    (folder / path).write_bytes((folder / path).read_bytes().replace(b"school", b"barns"))
    bagit.Bag(str(folder)).save(manifests=True)
    found = failures(folder)
    assert not any(check == "bag" for _, check in found)
    assert ("manifest-sha256.txt.minisig", "organisation signature") in found
    assert (path, "revision") in found


@pytest.mark.parametrize("tag", ["bag-info.txt", "VERIFY.md", "organisation.pub"])
def test_changed_tag_file(world: World, tmp_path: Path, tag: str) -> None:
    folder = world.package(tmp_path)
    target = folder / tag
    if tag == "organisation.pub":
        target.write_text(target.read_text() + "\n")  # still a usable key: only the bytes differ
    else:
        target.write_text(target.read_text().replace("FieldReport", "FieldRep0rt", 1))
    found = failures(folder)
    assert (tag, "bag") in found


def _log(folder: Path, world: World, key: str) -> tuple[Path, list]:
    path = folder / device_dir(folder, world, key) / "custody-log.json"
    return path, json.loads(path.read_text("utf-8"))


def test_removed_log_entry(world: World, tmp_path: Path, capsys) -> None:
    folder = world.package(tmp_path)
    path, entries = _log(folder, world, "i1")
    del entries[2]
    path.write_text(json.dumps(entries))
    relative = path.relative_to(folder).as_posix()
    found = failures(folder)
    assert (relative, "custody log") in found
    assert cli.main([str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"FAILED {relative}: custody log: entry 3 is missing or out of order" in out
    # every record of that device fails with it; the other device's still verify
    assert f"Record {world.ids['i1']}: NOT VERIFIED." in out
    assert f"Record {world.ids['p2']}: VERIFIED." in out


def test_reordered_log_entries(world: World, tmp_path: Path, capsys) -> None:
    folder = world.package(tmp_path)
    path, entries = _log(folder, world, "p2")
    entries[1], entries[2] = entries[2], entries[1]
    path.write_text(json.dumps(entries))
    relative = path.relative_to(folder).as_posix()
    assert (relative, "custody log") in failures(folder)
    cli.main([str(folder)])
    assert f"FAILED {relative}: custody log: entry 2 is missing or out of order" in (
        capsys.readouterr().out
    )


def test_renumbered_log_after_removal(world: World, tmp_path: Path) -> None:
    """Entries renumbered to hide a gap no longer hash to what the device signed."""
    folder = world.package(tmp_path)
    path, entries = _log(folder, world, "i1")
    del entries[2]
    for seq, entry in enumerate(entries, 1):
        entry["seq"] = seq
    path.write_text(json.dumps(entries))
    assert (path.relative_to(folder).as_posix(), "custody log") in failures(folder)


def test_revision_from_another_device_swapped_in(world: World, tmp_path: Path) -> None:
    folder = world.package(tmp_path)
    mine = revision_file(folder, world.ids["p1"])  # device A's person
    theirs = revision_file(folder, world.ids["p2"])  # device B's person
    shutil.copyfile(folder / theirs, folder / mine)
    found = failures(folder)
    assert (mine, "revision") in found


def test_revision_claimed_for_another_device(world: World, tmp_path: Path) -> None:
    """The index changed to say device B logged device A's record: B's log says otherwise."""
    folder = world.package(tmp_path)
    data = index(folder)
    other = next(r for r in data["records"] if r["id"] == world.ids["p2"])["revisions"][0]
    record = next(r for r in data["records"] if r["id"] == world.ids["p1"])
    record["revisions"][0]["device"] = other["device"]
    (folder / "data" / "evidence.json").write_text(json.dumps(data))
    found = failures(folder)
    assert (revision_file(folder, world.ids["p1"]), "revision") in found
    assert ("data/evidence.json", "bag") in found


def test_receipt_for_another_bundle(world: World, tmp_path: Path, capsys) -> None:
    folder = world.package(tmp_path)
    receipts = sorted((folder / device_dir(folder, world, "i1") / "receipts").iterdir())
    assert len(receipts) == 2  # device A sent two bundles
    receipts[0].write_bytes(receipts[1].read_bytes())
    relative = receipts[0].relative_to(folder).as_posix()
    found = failures(folder)
    assert (relative, "receipt") in found
    cli.main([str(folder)])
    assert f"FAILED {relative}: receipt: is not the receipt of the bundle" in (
        capsys.readouterr().out
    )


def test_forged_organisation_signature(world: World, tmp_path: Path) -> None:
    folder = world.package(tmp_path)
    forger = signing.generate_private_key()
    manifest = folder / "manifest-sha256.txt"
    forged = minisign.signature_file(forger, manifest.read_bytes(), "forged")
    (folder / "manifest-sha256.txt.minisig").write_text(forged)
    assert ("manifest-sha256.txt.minisig", "organisation signature") in failures(folder)
    if shutil.which("minisign"):
        done = subprocess.run(
            ["minisign", "-Vm", "manifest-sha256.txt", "-p", "organisation.pub"],
            cwd=folder,
            capture_output=True,
            check=False,
        )
        assert done.returncode != 0


def test_forged_key_and_signatures(world: World, tmp_path: Path) -> None:
    """A forger who puts their own key in organisation.pub and signs with it is still caught."""
    folder = world.package(tmp_path)
    forger = signing.generate_private_key()
    (folder / "organisation.pub").write_text(
        minisign.public_key_file(signing.public_key_of(forger))
    )
    bagit.Bag(str(folder)).save()
    for name in ("manifest-sha256.txt", "tagmanifest-sha256.txt"):
        data = (folder / name).read_bytes()
        (folder / f"{name}.minisig").write_text(minisign.signature_file(forger, data, "x"))
    found = failures(folder)
    assert ("organisation.pub", "organisation signature") in found


def test_not_a_package(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty").mkdir()
    assert cli.main([str(tmp_path / "empty")]) == 2
    assert "holds no evidence package" in capsys.readouterr().err


def test_dropped_revision(world: World, tmp_path: Path, capsys) -> None:
    """A revision the device logged, left out of the package (index and file), is named."""
    folder = world.package(tmp_path)
    data = index(folder)
    record = next(r for r in data["records"] if r["id"] == world.ids["i1"])
    dropped = record["revisions"].pop(1)
    (folder / "data" / dropped["file"]).unlink()
    (folder / "data" / "evidence.json").write_text(json.dumps(data))
    bagit.Bag(str(folder)).save(manifests=True)
    log = f"{device_dir(folder, world, 'i1')}/custody-log.json"
    assert (log, "revision") in failures(folder)
    cli.main([str(folder)])
    out = capsys.readouterr().out
    assert f"revision 2 of record {world.ids['i1']} is in the device's log" in out
    assert f"Record {world.ids['i1']}: NOT VERIFIED." in out


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.pop("records"),
        lambda d: d["records"][0]["revisions"][0].update(file="../../etc/passwd"),
        lambda d: d["media"][0].update(log_seq="7"),
        lambda d: d["devices"][0].update(log="/etc/passwd"),
    ],
)
def test_malformed_index_is_a_finding(world: World, tmp_path: Path, damage, capsys) -> None:
    folder = world.package(tmp_path)
    data = index(folder)
    damage(data)
    (folder / "data" / "evidence.json").write_text(json.dumps(data))
    assert ("data/evidence.json", "index") in failures(folder)
    assert cli.main([str(folder)]) == 1
    assert "FAILED data/evidence.json: index:" in capsys.readouterr().out
