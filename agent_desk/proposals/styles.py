"""Paragraph styles of a proposal: one face, hierarchy by size, colour and rules.

Chinese needs `wordWrap='CJK'` (lines may break between any two ideographs)
and a little more leading; English keeps word wrapping. Styles that hold
Chinese get a right indent of one character: CJK wrapping lets closing
punctuation hang past the line end, and the indent keeps it inside the frame.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from agent_desk.proposals.branding import Branding
from agent_desk.proposals.fonts import FONT

BODY_SIZE = 9.0
SMALL_SIZE = 7.5
TABLE_SIZE = 8.0
TABLE_HEAD_SIZE = 7.5


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle  # section titles
    subtitle: ParagraphStyle  # a person or part within a section
    body: ParagraphStyle
    small: ParagraphStyle  # notes and footnotes
    bullet: ParagraphStyle
    cell: ParagraphStyle  # text in table cells
    cell_note: ParagraphStyle  # a second, muted line in a cell
    cell_strong: ParagraphStyle  # subtotals and group rows
    number: ParagraphStyle  # right-aligned amounts: never wrapped
    number_strong: ParagraphStyle
    head: ParagraphStyle  # table header, white on the primary colour
    head_number: ParagraphStyle
    cover_title: ParagraphStyle
    cover_name: ParagraphStyle
    cover_text: ParagraphStyle
    cover_figure: ParagraphStyle  # the key figures on the cover
    label: ParagraphStyle  # small muted captions ("Proposal number")
    centered_small: ParagraphStyle


def make_styles(brand: Branding, language: str) -> Styles:
    cjk = language != "en"
    text, muted, primary = brand.colour("text"), brand.colour("muted"), brand.colour("primary")

    def style(name: str, size: float, colour: Color = text, leading: float | None = None, align: int = TA_LEFT,
              wrap: bool = True, **extra: object) -> ParagraphStyle:
        spacing = 1.5 if cjk else 1.35
        options: dict[str, object] = {
            "fontName": FONT, "bulletFontName": FONT, "fontSize": size, "leading": leading or round(size * spacing, 1),
            "textColor": colour, "alignment": align}
        if wrap and cjk:
            options["wordWrap"] = "CJK"
            if align == TA_LEFT:
                options["rightIndent"] = size
        if not wrap:
            options["splitLongWords"] = 0
        options.update(extra)
        return ParagraphStyle(name, **options)  # type: ignore[arg-type]

    return Styles(
        title=style("title", 15, primary, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        subtitle=style("subtitle", 10.5, primary, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        body=style("body", BODY_SIZE, spaceAfter=4),
        small=style("small", SMALL_SIZE, muted, spaceAfter=2),
        bullet=style("bullet", BODY_SIZE, leftIndent=10, bulletIndent=0, spaceAfter=2),
        cell=style("cell", TABLE_SIZE),
        cell_note=style("cell_note", SMALL_SIZE - 0.5, muted),
        cell_strong=style("cell_strong", TABLE_SIZE, primary),
        number=style("number", TABLE_SIZE, leading=TABLE_SIZE * 1.25, align=TA_RIGHT, wrap=False),
        number_strong=style("number_strong", TABLE_SIZE, primary, align=TA_RIGHT, wrap=False),
        head=style("head", TABLE_HEAD_SIZE, white),
        head_number=style("head_number", TABLE_HEAD_SIZE, white, align=TA_RIGHT),
        cover_title=style("cover_title", 28, primary, leading=36, spaceAfter=6),
        cover_name=style("cover_name", 20, text, leading=28, spaceAfter=4),
        cover_text=style("cover_text", 10, text, spaceAfter=2),
        cover_figure=style("cover_figure", 16, primary, leading=22, wrap=False),
        label=style("label", SMALL_SIZE, muted),
        centered_small=style("centered_small", SMALL_SIZE, muted, align=TA_CENTER),
    )
