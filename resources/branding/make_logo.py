"""Draws logo.png, the mark of the demo insurer "Evergreen Mutual" (長青人壽):
a white disc holding an evergreen tree in the brand's blue, standing on a warm
orange ground line. Drawn 4x larger and scaled down, so the edges are smooth.

    .venv/bin/python resources/branding/make_logo.py

Made for Agent Desk; ours, under the same licence as the app (README.md here).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 320  # pixels of the saved PNG: sharp at 27 mm on a 300 dpi print
SCALE = 4  # drawn at SIZE * SCALE, then downsampled for antialiasing
BLUE = (23, 64, 109, 255)  # branding.json "primary"
ORANGE = (224, 122, 31, 255)  # branding.json "accent"
WHITE = (255, 255, 255, 255)
OUT = Path(__file__).resolve().parent / "logo.png"


def draw_logo(size: int = SIZE) -> Image.Image:
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (255, 255, 255, 0))
    pen = ImageDraw.Draw(image)
    margin = big * 0.02
    pen.ellipse((margin, margin, big - margin, big - margin), fill=WHITE, outline=BLUE, width=int(big * 0.045))

    def at(x: float, y: float) -> tuple[float, float]:
        return x * big, y * big

    # Three stacked tiers of the tree, widest at the bottom.
    for top, bottom, half_width in ((0.17, 0.43, 0.17), (0.30, 0.58, 0.23), (0.44, 0.72, 0.29)):
        pen.polygon([at(0.5, top), at(0.5 - half_width, bottom), at(0.5 + half_width, bottom)], fill=BLUE)
    pen.rectangle((*at(0.46, 0.71), *at(0.54, 0.80)), fill=BLUE)  # trunk
    pen.rounded_rectangle((*at(0.24, 0.80), *at(0.76, 0.845)), radius=big * 0.02, fill=ORANGE)  # ground
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    draw_logo().save(OUT, optimize=True)
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
