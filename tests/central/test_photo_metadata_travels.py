"""A photo exported before its analysis ran still reaches the centre with its metadata:
making a bundle finishes the analysis queue first (the description travels only once)."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from tests.central.conftest import Joiner, run_import


def test_a_photo_stored_but_not_analysed_travels_with_its_exif(
    central, join: Joiner, tmp_path: Path
):
    session = join()
    record = session.add("incident", {"title": "[TEST] Checkpoint"})
    photo = tmp_path / "IMG_0001.jpg"
    exif = Image.Exif()
    exif[0x010F] = "CheckpointCam"
    exif[0x8825] = {1: "N", 2: (39.0, 54.0, 0.0), 3: "E", 4: (69.0, 36.0, 0.0)}
    Image.new("RGB", (320, 240), (90, 20, 20)).save(photo, "JPEG", exif=exif.tobytes())
    list(session.import_media([photo], record_id=record.id))  # stored; not analysed
    assert session.media_waiting_for_analysis() == 1

    exported = session.export_bundle(tmp_path / "bundle.frb")

    assert session.media_waiting_for_analysis() == 0
    (outcome,) = run_import(central, exported.path)
    assert outcome.status == "imported", outcome
    (info,) = [json.loads(r[0]) for r in central.db.execute("SELECT info FROM media_items")]
    assert info["metadata"]["camera_make"] == "CheckpointCam"
    assert info["metadata"]["gps"] == {"lat": 39.9, "lon": 69.6}
