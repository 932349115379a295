"""The stock tools open a bundle and every sealed original in it, as docs/sync-formats.md says.

The steps are read from the document (the block after ``<!-- stock-age-steps -->``)
and run by bash with the stock ``age``, ``tar``, ``jq`` and ``base64``; the
originals they write must be the files the device took in.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from fieldreport.sync.bundle_writer import export_bundle
from tests.sync.conftest import Field, needs_age
from tests.sync.helpers import jpeg

DOC = Path(__file__).resolve().parents[2] / "docs" / "sync-formats.md"
TOOLS = ("tar", "jq", "base64")


def documented_steps() -> str:
    text = DOC.read_text("utf-8")
    found = re.search(r"<!-- stock-age-steps -->\n```sh\n(.*?)```", text, re.S)
    assert found, "docs/sync-formats.md lost its stock-age steps"
    return found.group(1)


@needs_age
@pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS), reason="tar, jq or base64 is not installed"
)
def test_the_documented_steps_open_every_original(field: Field, tmp_path: Path):
    originals = {}
    for n, colour in enumerate(((200, 10, 10), (10, 200, 10))):
        path = jpeg(tmp_path / f"photo{n}.jpg", colour)
        originals[hashlib.sha256(path.read_bytes()).hexdigest()] = path.read_bytes()
    note = tmp_path / "statement.txt"
    note.write_bytes(b"[TEST] a statement\n" * 5000)  # several age chunks
    originals[hashlib.sha256(note.read_bytes()).hexdigest()] = note.read_bytes()
    paths = [tmp_path / "photo0.jpg", tmp_path / "photo1.jpg", note]
    list(field.session.import_media(paths, allow_other=True))
    work = tmp_path / "stock"
    (work / "bundle").mkdir(parents=True)
    (work / "originals").mkdir()
    exported = export_bundle(field.vault, work / "0001.bundle")
    (work / "org-identity.txt").write_text(field.org.keys.age_identity + "\n")
    done = subprocess.run(
        ["bash", "-c", "set -euo pipefail\n" + documented_steps()],
        cwd=work,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    manifest = json.loads((work / "bundle" / "manifest.json").read_bytes())
    assert manifest["format"] == "fieldreport-bundle/2"
    media = [i for i in manifest["items"] if i["kind"] == "media"]
    assert len(media) == 3 and exported.manifest.version == 2
    for item in media:
        opened = (work / "originals" / item["id"].removeprefix("media:")).read_bytes()
        assert hashlib.sha256(opened).hexdigest() == item["plain_sha256"]
        assert originals[item["plain_sha256"]] == opened
    assert not list(work.glob("*.key"))  # the steps leave no key behind
