"""Draw the application icon: ``resources/icons/fieldreport.png`` and ``.ico``.

A sheet of paper with a map pin on a deep-teal rounded square: records made
in a place. Drawn with Pillow at 1024 px and scaled down, so the icon can be
redrawn exactly (``python tools/make_icon.py``) rather than kept as a binary
nobody can change.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 1024
TEAL = (16, 92, 99, 255)
PAPER = (250, 248, 240, 255)
LINE = (150, 160, 165, 255)
PIN = (205, 60, 45, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=200, fill=TEAL)
    # The sheet, with its top-right corner folded.
    left, top, right, bottom, fold = 250, 170, 770, 860, 150
    d.polygon(
        [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)],
        fill=PAPER,
    )
    d.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=LINE)
    for y in (330, 420, 510):
        d.rounded_rectangle((left + 70, y, right - 170, y + 36), radius=18, fill=LINE)
    # The map pin, lower right on the sheet.
    cx, cy, r = 600, 640, 120
    d.polygon([(cx - r + 12, cy + 50), (cx + r - 12, cy + 50), (cx, cy + 250)], fill=PIN)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=PIN)
    d.ellipse((cx - 45, cy - 45, cx + 45, cy + 45), fill=PAPER)
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "fieldreport.png")
    image.save(ICONS / "fieldreport.ico", sizes=ICO_SIZES)


if __name__ == "__main__":
    main()
