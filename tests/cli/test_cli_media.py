"""attach and media commands, end to end against a real vault."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PIL import Image

from tests.cli.test_cli import INCIDENT, write_json
from tests.conftest import TEST_PASSPHRASE


def make_photo(path: Path, colour=(180, 40, 40), gps=True) -> bytes:
    image = Image.new("RGB", (640, 480), colour)
    exif = Image.Exif()
    exif[0x010F] = "FictionalCam"
    if gps:
        exif[0x8825] = {1: "N", 2: (39.0, 54.0, 0.0), 3: "E", 4: (69.0, 36.0, 0.0)}
    image.save(path, exif=exif.tobytes())
    return path.read_bytes()


def test_attach_list_show_export_delete(initialised, tmp_path: Path):
    run = initialised
    _, out, _ = run("add", "incident", "--json", write_json(tmp_path, INCIDENT))
    rid = out.strip()
    folder = tmp_path / "DCIM"
    folder.mkdir()
    original = make_photo(folder / "IMG_0001.JPG")
    make_photo(folder / "IMG_0002.JPG", colour=(10, 90, 200))
    (folder / "IMG_0003.JPG").write_bytes(original)  # the same photo again
    (folder / "readme.txt").write_text("not evidence")

    code, out, err = run("attach", rid, str(folder))
    assert code == 15  # one file was refused, the others were stored
    lines = out.strip().splitlines()
    assert len(lines) == 3
    sha = hashlib.sha256(original).hexdigest()
    assert f"  {sha}  DCIM/IMG_0001.JPG" in lines[0]
    assert "already in the vault" in lines[2]
    assert "readme.txt" in err and "--allow-other" in err and "attached" in err

    code, out, _ = run("media", "list", "--record", rid, "--json")
    items = json.loads(out)
    assert len(items) == 2 and all(rid in item["records"] for item in items)
    first = next(i for i in items if i["sha256"] == sha)
    assert first["metadata"]["gps"] == {"lat": 39.9, "lon": 69.6}
    _, out, _ = run("show", rid, "--json")
    assert sorted(json.loads(out)["media"]) == sorted(i["id"] for i in items)

    code, out, _ = run("media", "show", first["id"][:8])
    assert code == 0 and "FictionalCam" in out

    exported = tmp_path / "out.jpg"
    assert run("media", "export", first["id"], "--out", str(exported))[0] == 0
    assert hashlib.sha256(exported.read_bytes()).hexdigest() == sha
    code, _, err = run("media", "export", first["id"], "--out", str(exported))
    assert code == 2 and "already exists" in err
    stripped = tmp_path / "shareable.jpg"
    run("media", "export", first["id"], "--out", str(stripped), "--strip-metadata")
    assert not Image.open(stripped).getexif().get_ifd(0x8825)

    code, out, err = run("media", "delete", first["id"])
    assert code == 2 and "--yes" in err and "destroyed" not in out
    assert run("media", "show", first["id"], "--json")[0] == 0
    code, out, _ = run("media", "delete", first["id"], "--yes")
    assert code == 0 and "destroyed" in out
    code, _, err = run("media", "export", first["id"], "--out", str(tmp_path / "gone.jpg"))
    assert code == 16 and "deleted" in err
    _, out, _ = run("show", rid, "--json")
    assert first["id"] not in json.loads(out)["media"]
    assert run("log", "verify")[0] == 0


def test_unattached_and_generic_documents(initialised, tmp_path: Path):
    run = initialised
    note = tmp_path / "note.txt"
    note.write_text("a scanned statement in plain text")
    code, _, err = run("attach", "--unattached", str(note))
    assert code == 15 and "No file was stored" in err
    code, out, _ = run("attach", "--unattached", str(note), "--allow-other")
    assert code == 0 and out.count("\n") == 1
    _, out, _ = run("media", "list", "--unattached", "--json")
    assert [i["mime"] for i in json.loads(out)] == ["application/octet-stream"]


def test_attach_to_an_unknown_record_reads_nothing(initialised, tmp_path: Path):
    photo = tmp_path / "p.jpg"
    make_photo(photo)
    code, _, err = initialised("attach", "00000000-0000-4000-8000-000000000000", str(photo))
    assert code == 11 and "No record" in err
    _, out, _ = initialised("media", "list", "--json")
    assert json.loads(out) == []


def test_attach_to_a_deleted_record_stores_nothing(initialised, tmp_path: Path):
    _, out, _ = initialised("add", "incident", "--json", write_json(tmp_path, INCIDENT))
    rid = out.strip()
    initialised("delete", rid)
    photo = tmp_path / "p.jpg"
    make_photo(photo)
    code, out, err = initialised("attach", rid, str(photo))
    assert code == 12 and "was deleted" in err and out == ""
    _, out, _ = initialised("media", "list", "--json")
    assert json.loads(out) == []


def test_attach_stores_a_damaged_photo_flags_it_and_finishes_the_analysis(
    initialised, tmp_path: Path
):
    run = initialised
    folder = tmp_path / "DCIM"
    folder.mkdir()
    make_photo(folder / "IMG_0001.JPG")
    whole = make_photo(folder / "IMG_0002.JPG", colour=(10, 90, 200))
    (folder / "IMG_0002.JPG").write_bytes(whole[: len(whole) // 2])  # cut off on the card

    code, out, err = run("attach", "--unattached", str(folder))

    assert code == 0, err  # both stored: a damaged photo is evidence too
    assert len(out.strip().splitlines()) == 2
    assert "2 stored" in err
    (damaged,) = [line for line in err.splitlines() if line.startswith("damaged")]
    assert "DCIM/IMG_0002.JPG" in damaged and "truncated" in damaged and "kept" in damaged
    items = {i["original_name"]: i for i in json.loads(run("media", "list", "--json")[1])}
    assert items["DCIM/IMG_0001.JPG"]["analysis"] == "done"
    assert items["DCIM/IMG_0001.JPG"]["metadata"]["camera_make"] == "FictionalCam"
    assert items["DCIM/IMG_0002.JPG"]["analysis"] == "damaged"
    assert "truncated" in items["DCIM/IMG_0002.JPG"]["metadata"]["damage"]
    code, _, err = run("media", "analyse")
    assert code == 0 and "nothing to do" in err


def test_media_analyse_finishes_what_an_interrupted_attach_left(
    initialised, vault_dir: Path, tmp_path: Path
):
    from fieldreport.core import Session

    run = initialised
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for i in range(3):
        make_photo(folder / f"IMG_{i:04}.JPG", colour=(60 * i, 40, 40))
    session = Session.unlock(vault_dir, TEST_PASSPHRASE)
    list(session.import_media([folder]))  # stored; the analysis never ran (as if interrupted)
    session.lock()
    items = json.loads(run("media", "list", "--json")[1])
    assert [i["analysis"] for i in items] == ["pending"] * 3
    assert all("camera_make" not in i["metadata"] for i in items)

    code, _, err = run("media", "analyse")

    assert code == 0 and "Analysed 3 photos" in err
    items = json.loads(run("media", "list", "--json")[1])
    assert [i["analysis"] for i in items] == ["done"] * 3
    assert all(i["metadata"]["camera_make"] == "FictionalCam" for i in items)


def test_ctrl_c_during_the_analysis_keeps_every_original(initialised, vault_dir, tmp_path: Path):
    run = initialised
    folder = tmp_path / "DCIM"
    folder.mkdir()
    for i in range(4):
        make_photo(folder / f"IMG_{i:04}.JPG", colour=(60 * i, 40, 40))
    child = textwrap.dedent(
        """
        import sys, time
        from fieldreport import cli, media_analysis
        real = media_analysis.examine
        def slow(store, item):
            time.sleep(2)  # a slow decoder: the person gives up waiting
            return real(store, item)
        media_analysis.examine = slow
        sys.exit(cli.main(sys.argv[1:]))
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", child, "--vault", str(vault_dir), "attach", "--unattached"]
        + [str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "FIELDREPORT_PASSPHRASE": TEST_PASSPHRASE},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.stderr is not None
    summary = proc.stderr.readline()  # printed once every original is stored and logged
    assert "4 stored" in summary, summary
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)

    assert proc.returncode == 130, err
    assert "Interrupted. Every original is stored" in err and "media analyse" in err
    assert len(out.strip().splitlines()) == 4  # every id was printed
    items = json.loads(run("media", "list", "--json")[1])
    assert len(items) == 4 and "pending" in {i["analysis"] for i in items}
    code, _, err = run("media", "analyse")
    assert code == 0, err
    items = json.loads(run("media", "list", "--json")[1])
    assert {i["analysis"] for i in items} == {"done"}
