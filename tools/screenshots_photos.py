"""Screenshots of photos stored first and analysed after: the gallery with placeholders.

Called by ``tools/screenshots.py`` (also alone: ``--photos-only``). The analysis
is held back on its worker thread while the shot is taken, so the placeholders
(and the progress line above the gallery) are what a person sees in the
moment between storing and analysing; it is then let go and the gallery is
taken again with the thumbnails and a damaged photo marked.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from fieldreport import media_analysis


def _card(folder: Path) -> list[Path]:
    """Fictional "[DEMO]" pictures, and one cut short (as a card pulled out while writing)."""
    camera = folder / "DCIM" / "101DEMO"
    camera.mkdir(parents=True)
    colours = ["#264653", "#e76f51", "#457b9d", "#a8dadc", "#bc6c25", "#606c38", "#9d4edd"]
    for number, colour in enumerate(colours, start=1):
        image = Image.new("RGB", (1200, 900), colour)
        draw = ImageDraw.Draw(image)
        draw.rectangle((200, 200 + 30 * number, 900, 750), fill="#f2f2f2", outline="black", width=6)
        draw.text((40, 40), f"[DEMO] checkpoint {number}", fill="white", font_size=64)
        image.save(camera / f"IMG_{number:04d}.jpg", quality=85)
    whole = (camera / "IMG_0007.jpg").read_bytes()
    (camera / "IMG_0008.jpg").write_bytes(whole[: len(whole) // 2])
    return [folder / "DCIM"]


def shoot_photo_analysis(
    window: Any, folder: Path, save: Callable[[Any, Path, str], None], settle: Callable
) -> None:
    gate = threading.Event()
    real = media_analysis.examine

    def held(store, item):  # type: ignore[no-untyped-def]
        gate.wait(60)
        return real(store, item)

    media_analysis.examine = held  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory(prefix="fieldreport-shots-photos-") as files:
            importer = window.import_media(_card(Path(files)))
            while importer.summary is None or importer.running:
                settle(50)
            importer.dialog.accept()
        window.records_page.show_media()
        section = window.records_page.media_section
        while not section.analysis.isVisible():
            settle(50)
        section.grid.select_id(section.model.ids()[-1])
        save(window, folder, "media_analysis_waiting")
        gate.set()
        while window.photo_analysis.running or window.session.media_waiting_for_analysis():
            settle(50)
        settle(300)
        save(window, folder, "media_analysis_done")
    finally:
        gate.set()
        media_analysis.examine = real  # type: ignore[assignment]
