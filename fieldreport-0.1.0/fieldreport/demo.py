"""A throwaway vault filled with clearly fictional records, for newcomers."""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from fieldreport.core import ImportSummary, Session
from fieldreport.domain.samples import sample_records

DEMO_PASSPHRASE_BYTES = 16


def fill_with_samples(session: Session) -> int:
    """Add the fictional sample records, resolving ``@name`` links to the ids assigned."""
    ids: dict[str, str] = {}
    for name, kind, data in sample_records():
        links = [
            ids.get(link[1:], link) if link.startswith("@") else link
            for link in data.get("links", [])
        ]
        record = dict(data)
        if links:
            record["links"] = [link for link in links if not link.startswith("@")]
        ids[name] = session.add(kind, record).id
    return len(ids)


DEMO_PHOTOS = (
    ("[DEMO] roof, fictional", (196, 84, 60)),
    ("[DEMO] street, fictional", (70, 130, 90)),
    ("[DEMO] school, fictional", (60, 90, 170)),
)


def add_sample_photos(session: Session, folder: Path) -> int:
    """Draw a few clearly fictional pictures and attach them to the first incident."""
    from PIL import Image, ImageDraw

    paths = []
    for index, (label, colour) in enumerate(DEMO_PHOTOS):
        image = Image.new("RGB", (1200, 900), colour)
        draw = ImageDraw.Draw(image)
        draw.rectangle((300, 250, 900, 650), outline=(255, 255, 255), width=12)
        draw.text((40, 40), label, fill=(255, 255, 255))
        exif = Image.Exif()
        exif[0x010F] = "DemoCam"  # fictional camera; no position
        path = folder / f"DEMO_{index + 1:04d}.jpg"
        image.save(path, quality=85, exif=exif.tobytes())
        paths.append(path)
    incidents = session.list("incident")
    events = session.import_media(paths, record_id=incidents[-1].id if incidents else None)
    summary = next(e for e in reversed(list(events)) if isinstance(e, ImportSummary))
    for _event in session.analyse_media():  # thumbnails and EXIF, as the window would make
        pass
    for path in paths:
        path.unlink()
    return len(summary.stored)


def open_demo_vault() -> tuple[Session, str, tempfile.TemporaryDirectory]:
    """Create a demo vault in a temporary folder; the caller keeps the folder alive.

    Returns the session, its random passphrase (shown to the user so they can
    try locking and unlocking) and the temporary folder handle.
    """
    folder = tempfile.TemporaryDirectory(prefix="fieldreport-demo-")
    passphrase = "demo-" + secrets.token_hex(DEMO_PASSPHRASE_BYTES // 2)
    session = Session.create(Path(folder.name) / "vault", passphrase)
    fill_with_samples(session)
    pictures = Path(folder.name) / "pictures"
    pictures.mkdir()
    add_sample_photos(session, pictures)
    return session, passphrase, folder
