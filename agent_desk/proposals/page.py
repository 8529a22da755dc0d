"""Pages of a proposal: paper, margins, the cover's branded band, the slim
header and footer on every page, and the canvas that knows the page count.

The footer says "page X of Y", which needs the total before any page is
written: `FurnishedCanvas` keeps each finished page and draws the footers at
save time, when the count is known (one layout pass instead of two). The PDF
is deterministic: invariant mode, the proposal date as creation date and a
document ID derived from the proposal number and version.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from agent_desk.proposals.branding import Branding
from agent_desk.proposals.fonts import FONT, text_width

PAGE_SIZES = {"a4": A4, "letter": LETTER}
SIDE_MARGIN = 18 * mm
TOP_MARGIN = 22 * mm
BOTTOM_MARGIN = 20 * mm
COVER_BAND = 52 * mm  # height of the coloured band at the top of the cover
HEADER_LOGO = 5 * mm
LOGO_FORM = "logo"


def frame_width(paper: str) -> float:
    """Width of the text frame on this paper, in points."""
    return PAGE_SIZES[paper][0] - 2 * SIDE_MARGIN


@dataclass(frozen=True)
class Furniture:
    """What every page prints around its content, already in the proposal's language."""

    brand: Branding
    company: str
    tagline: str
    address_line: str  # the cover's foot: address and website
    header_right: str  # "Insurance proposal · client name"
    footer_left: str  # proposal number and version
    page_of: Callable[[int, int], str]  # (page, pages) → "Page 2 of 9"
    as_of: date
    seed: str  # the document ID derives from it

    def draw_logo(self, canvas: Canvas, x: float, y: float, size: float) -> None:
        """The logo as a form XObject: decoded and embedded once, however many pages show it."""
        if not canvas.hasForm(LOGO_FORM):
            canvas.beginForm(LOGO_FORM, lowerx=0, lowery=0, upperx=1, uppery=1)
            canvas.drawImage(ImageReader(BytesIO(self.brand.logo)), 0, 0, 1, 1, mask="auto")
            canvas.endForm()
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(size, size)
        canvas.doForm(LOGO_FORM)
        canvas.restoreState()


class FurnishedCanvas(Canvas):
    """Keeps every page until save, then draws each footer with the page count."""

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._pages: list[dict[str, Any]] = []
        stamp = f"D:{furniture.as_of:%Y%m%d}000000+00'00'"
        self.setDateFormatter(lambda *_: stamp)
        # The ID is a digest of this signature plus the title, author and subject: fixed per proposal version.
        self._doc.signature = hashlib.md5(furniture.seed.encode(), usedforsecurity=False)

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            draw_footer(self, self._furniture, number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    @property
    def page_count(self) -> int:
        return len(self._pages)


def fit_line(text: str, size: float, room: float, smallest: float = 6.0) -> tuple[str, float]:
    """The text and a size at which it fits `room` on one line: smaller first, then cut short with "…"."""
    while size > smallest and text_width(text, size) > room:
        size -= 0.5
    while len(text) > 1 and text_width(text, size) > room:
        text = text[:-2] + "…"
    return text, size


def draw_footer(canvas: Canvas, furniture: Furniture, number: int, total: int) -> None:
    width, _ = canvas._pagesize
    brand = furniture.brand
    y = BOTTOM_MARGIN - 9 * mm
    canvas.saveState()
    canvas.setStrokeColor(brand.colour("rule"))
    canvas.setLineWidth(0.5)
    canvas.line(SIDE_MARGIN, y + 10, width - SIDE_MARGIN, y + 10)
    canvas.setFillColor(brand.colour("muted"))
    canvas.setFont(FONT, 7.5)
    canvas.drawString(SIDE_MARGIN, y, furniture.footer_left)
    canvas.drawRightString(width - SIDE_MARGIN, y, furniture.page_of(number, total))
    canvas.restoreState()


def draw_header(canvas: Canvas, doc: BaseDocTemplate, furniture: Furniture) -> None:
    width, height = canvas._pagesize
    brand = furniture.brand
    y = height - TOP_MARGIN + 7 * mm
    canvas.saveState()
    furniture.draw_logo(canvas, SIDE_MARGIN, y - 1.2 * mm, HEADER_LOGO)
    canvas.setFillColor(brand.colour("primary"))
    canvas.setFont(FONT, 9)
    company_x = SIDE_MARGIN + HEADER_LOGO + 2 * mm
    canvas.drawString(company_x, y, furniture.company)
    room = width - SIDE_MARGIN - (company_x + text_width(furniture.company, 9) + 8 * mm)
    right, size = fit_line(furniture.header_right, 7.5, room)
    canvas.setFillColor(brand.colour("muted"))
    canvas.setFont(FONT, size)
    canvas.drawRightString(width - SIDE_MARGIN, y, right)
    canvas.setStrokeColor(brand.colour("primary"))
    canvas.setLineWidth(0.8)
    canvas.line(SIDE_MARGIN, y - 2.5 * mm, width - SIDE_MARGIN, y - 2.5 * mm)
    canvas.restoreState()


def draw_cover(canvas: Canvas, doc: BaseDocTemplate, furniture: Furniture) -> None:
    width, height = canvas._pagesize
    brand = furniture.brand
    canvas.saveState()
    canvas.setFillColor(brand.colour("primary"))
    canvas.rect(0, height - COVER_BAND, width, COVER_BAND, stroke=0, fill=1)
    canvas.setFillColor(brand.colour("accent"))
    canvas.rect(0, height - COVER_BAND - 1.6 * mm, width, 1.6 * mm, stroke=0, fill=1)
    logo = 24 * mm
    logo_y = height - COVER_BAND / 2 - logo / 2
    furniture.draw_logo(canvas, SIDE_MARGIN, logo_y, logo)
    text_x = SIDE_MARGIN + logo + 6 * mm
    canvas.setFillColor(brand.colour("light"))
    canvas.setFont(FONT, 22)
    canvas.drawString(text_x, logo_y + logo / 2 + 1 * mm, furniture.company)
    canvas.setFont(FONT, 10)
    canvas.drawString(text_x, logo_y + logo / 2 - 6 * mm, furniture.tagline)
    canvas.setFillColor(brand.colour("muted"))
    canvas.setFont(FONT, 7.5)
    canvas.drawCentredString(width / 2, BOTTOM_MARGIN + 2 * mm, furniture.address_line)
    canvas.restoreState()


class SectionEnd(Flowable):
    """An invisible mark after each section, so layout can report progress."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        """A mark only: the template counts it when laid out; nothing shows on the page."""


class ProposalDocTemplate(BaseDocTemplate):
    def __init__(self, buffer: BytesIO, furniture: Furniture, paper: str, on_section: Callable[[int], None],
                 **info: str) -> None:
        pagesize = PAGE_SIZES[paper]
        super().__init__(buffer, pagesize=pagesize, leftMargin=SIDE_MARGIN, rightMargin=SIDE_MARGIN,
                         topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, invariant=1, initialFontName=FONT,
                         creator="Agent Desk", **info)
        self._on_section = on_section
        width, height = pagesize
        body = Frame(SIDE_MARGIN, BOTTOM_MARGIN, width - 2 * SIDE_MARGIN, height - TOP_MARGIN - BOTTOM_MARGIN,
                     id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_top = COVER_BAND + 14 * mm
        cover = Frame(SIDE_MARGIN, BOTTOM_MARGIN + 8 * mm, width - 2 * SIDE_MARGIN,
                      height - cover_top - BOTTOM_MARGIN - 8 * mm, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=lambda c, d: draw_cover(c, d, furniture)),
            PageTemplate("body", [body], onPage=lambda c, d: draw_header(c, d, furniture)),
        ])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (ReportLab's name)
        if isinstance(flowable, SectionEnd):
            self._on_section(flowable.index)
