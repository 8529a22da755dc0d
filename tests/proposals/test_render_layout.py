"""Nothing in a proposal is clipped or overflows, in any language and with very
long names: on every page no two characters' ink boxes overlap and every
character lies inside the page margins. Read back with pypdfium2 (pdfplumber's
renderer), which gives each character's box quickly."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pypdfium2 as pdfium
import pytest

from agent_desk.proposals.page import SIDE_MARGIN
from agent_desk.proposals.render import RenderedProposal

OVERLAP_TOLERANCE = 0.25  # points: ink boxes of neighbouring glyphs may touch
MARGIN_TOLERANCE = 0.5
EDGE_SAFE = 28.0  # points (~10 mm): nothing, not even the header or footer, prints closer to the top or bottom
GRID = 24.0  # bucket size for the pairwise check, in points


@dataclass(frozen=True)
class Char:
    text: str
    left: float
    bottom: float
    right: float
    top: float


def page_chars(rendered: RenderedProposal) -> list[tuple[float, float, list[Char]]]:
    """(width, height, visible characters with their ink boxes) per page."""
    pages = []
    document = pdfium.PdfDocument(rendered.pdf)
    try:
        for page in document:
            text = page.get_textpage()
            chars = []
            for i in range(text.count_chars()):
                value = text.get_text_range(i, 1)
                if value.strip():
                    left, bottom, right, top = text.get_charbox(i)
                    if right > left and top > bottom:
                        chars.append(Char(value, left, bottom, right, top))
            pages.append((page.get_width(), page.get_height(), chars))
    finally:
        document.close()
    return pages


def overlaps(chars: list[Char]) -> list[tuple[Char, Char]]:
    """Pairs of characters whose ink boxes overlap by more than the tolerance in both directions.

    Neighbours in the text stream are not compared: in a word like "after" the
    ink of "f" reaches over the "t" by design. Text overflowing into other
    text overlaps it with many characters, never with its neighbour alone."""
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, c in enumerate(chars):
        for gx in range(int(c.left // GRID), int(c.right // GRID) + 1):
            for gy in range(int(c.bottom // GRID), int(c.top // GRID) + 1):
                buckets[gx, gy].append(index)
    found: set[tuple[int, int]] = set()
    for members in buckets.values():
        for n, i in enumerate(members):
            a = chars[i]
            for j in members[n + 1:]:
                if abs(i - j) == 1:
                    continue
                b = chars[j]
                if min(a.right, b.right) - max(a.left, b.left) > OVERLAP_TOLERANCE and \
                        min(a.top, b.top) - max(a.bottom, b.bottom) > OVERLAP_TOLERANCE:
                    found.add((min(i, j), max(i, j)))
    return [(chars[i], chars[j]) for i, j in sorted(found)]


def outside_margins(chars: list[Char], width: float, height: float) -> list[Char]:
    left, right = SIDE_MARGIN - MARGIN_TOLERANCE, width - SIDE_MARGIN + MARGIN_TOLERANCE
    return [c for c in chars if c.left < left or c.right > right or c.bottom < EDGE_SAFE or c.top > height - EDGE_SAFE]


def context_of(chars: list[Char], char: Char) -> str:
    """The text on the same line near a character, to name a failure."""
    line = sorted((c for c in chars if abs(c.bottom - char.bottom) < 2 and abs(c.left - char.left) < 120),
                  key=lambda c: c.left)
    return "".join(c.text for c in line)


def assert_nothing_overflows(rendered: RenderedProposal) -> None:
    problems = []
    for number, (width, height, chars) in enumerate(page_chars(rendered), start=1):
        problems += [f"page {number}: {a.text!r} overlaps {b.text!r} at ({a.left:.1f}, {a.bottom:.1f}) "
                     f"in {context_of(chars, a)!r}" for a, b in overlaps(chars)]
        problems += [f"page {number}: {c.text!r} at ({c.left:.1f}–{c.right:.1f}, {c.bottom:.1f}) is outside the "
                     f"margins in {context_of(chars, c)!r}" for c in outside_margins(chars, width, height)]
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("language", ["en", "zh-Hant", "zh-Hans"])
def test_the_family_proposal_has_no_overlapping_or_stray_text(rendered_family, language: str) -> None:
    assert_nothing_overflows(rendered_family(language))


def test_the_letter_proposal_has_no_overlapping_or_stray_text(rendered_family) -> None:
    assert_nothing_overflows(rendered_family("en", "letter"))


@pytest.mark.parametrize("language", ["en", "zh-Hant", "zh-Hans"])
def test_very_long_names_still_fit(rendered_long_names, language: str) -> None:
    assert_nothing_overflows(rendered_long_names(language))


def test_the_checker_sees_overlapping_text() -> None:
    """The check itself: two strings drawn on top of each other are caught."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from agent_desk.proposals.fonts import FONT, register_fonts

    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, initialFontName=FONT)
    canvas.setFont(FONT, 10)
    canvas.drawString(100, 400, "NT$1,000,000")
    canvas.drawString(130, 400, "保險金額")
    canvas.drawString(10, 300, "outside")
    canvas.showPage()
    canvas.save()
    pages = page_chars(RenderedProposal(buffer.getvalue(), 1, ""))
    width, height, chars = pages[0]
    assert overlaps(chars)
    assert {c.text for c in outside_margins(chars, width, height)} >= set("outside")
