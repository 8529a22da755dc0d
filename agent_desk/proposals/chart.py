"""The gap chart: per benefit, how much of the need existing cover and the
proposed plan meet, as a bar of the need's full width with the amounts beside.

Needs differ by orders of magnitude (a medical limit of 500,000 beside a death
need of 16 million), so every bar is scaled to its own need: the bar shows the
share covered and the text the amounts. A plain ReportLab Drawing with a white
background and only the proposal font, so it prints in the PDF and could be
shown on screen as SVG.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import white

from agent_desk.proposals.branding import Branding
from agent_desk.proposals.fonts import FONT, text_width
from agent_desk.proposals.model import CoverRow

ROW_HEIGHT = 25.0
BAR_HEIGHT = 8.0
LABEL_SIZE = 7.5
AMOUNT_SIZE = 6.5
MIN_AMOUNT_SIZE = 5.0
LEGEND_SIZE = 7.5
GAP = 5.0


def _fitted_size(text: str, size: float, width: float) -> float:
    """The largest size up to `size` at which `text` fits `width` (never below MIN_AMOUNT_SIZE)."""
    while size > MIN_AMOUNT_SIZE and text_width(text, size) > width:
        size -= 0.25
    return size


def covered_share(row: CoverRow) -> Decimal | None:
    """Existing plus proposed cover as a share of the need; None without a need."""
    return (row.existing + row.proposed) / row.need if row.need else None


def gap_chart(rows: Sequence[CoverRow], label: Callable[[CoverRow], str], amounts: Callable[[CoverRow], str],
              share: Callable[[Decimal | None], str], brand: Branding, width: float) -> Drawing:
    """One person's bars: `label` names the benefit, `amounts` reads "covered of need", `share` prints the share."""
    labels = [label(row) for row in rows]
    shares = [share(covered_share(row)) for row in rows]
    label_width = max((text_width(text, LABEL_SIZE) for text in labels), default=0.0) + GAP
    share_width = max((text_width(text, LABEL_SIZE) for text in shares), default=0.0) + GAP
    bar_x, bar_width = label_width, width - label_width - share_width
    height = len(rows) * ROW_HEIGHT + 2
    drawing = _canvas(width, height)
    text, muted = brand.colour("text"), brand.colour("muted")
    for i, (row, name, share_text) in enumerate(zip(rows, labels, shares, strict=True)):
        bar_y = height - (i + 1) * ROW_HEIGHT + 12
        drawing.add(String(label_width - GAP, bar_y + 1, name, fontName=FONT, fontSize=LABEL_SIZE, fillColor=text,
                           textAnchor="end"))
        drawing.add(Rect(bar_x, bar_y, bar_width, BAR_HEIGHT, fillColor=brand.colour("light"),
                         strokeColor=brand.colour("rule"), strokeWidth=0.4))
        existing_end = _portion(row.existing, row.need) * bar_width
        covered_end = _portion(row.existing + row.proposed, row.need) * bar_width
        if existing_end:
            drawing.add(Rect(bar_x, bar_y, existing_end, BAR_HEIGHT, fillColor=brand.colour("existing"),
                             strokeColor=None))
        if covered_end > existing_end:
            drawing.add(Rect(bar_x + existing_end, bar_y, covered_end - existing_end, BAR_HEIGHT,
                             fillColor=brand.colour("accent"), strokeColor=None))
        drawing.add(String(width, bar_y + 1, share_text, fontName=FONT, fontSize=LABEL_SIZE, fillColor=text,
                           textAnchor="end"))
        amount = amounts(row)
        drawing.add(String(bar_x, bar_y - AMOUNT_SIZE - 2.5, amount, fontName=FONT, fillColor=muted,
                           fontSize=_fitted_size(amount, AMOUNT_SIZE, bar_width + share_width)))
    return drawing


def legend(entries: Sequence[tuple[str, str]], brand: Branding, width: float) -> Drawing:
    """Colour swatches with their meaning on one line: (colour name, text) pairs."""
    drawing = _canvas(width, LEGEND_SIZE + 6)
    x = 0.0
    for colour, text in entries:
        drawing.add(Rect(x, 3, 9, 7, fillColor=brand.colour(colour), strokeColor=brand.colour("rule"),
                         strokeWidth=0.4))
        drawing.add(String(x + 13, 3.5, text, fontName=FONT, fontSize=LEGEND_SIZE, fillColor=brand.colour("text")))
        x += 13 + text_width(text, LEGEND_SIZE) + 16
    return drawing


def _canvas(width: float, height: float) -> Drawing:
    """A white drawing whose default font is ours (else ReportLab sets Helvetica before the first shape)."""
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=LABEL_SIZE)
    drawing.add(Rect(0, 0, width, height, fillColor=white, strokeColor=None))
    return drawing


def _portion(part: Decimal, whole: Decimal) -> float:
    """part / whole as a float between 0 and 1, for drawing only (the printed amounts stay Decimal)."""
    if whole <= 0:
        return 1.0 if part > 0 else 0.0
    return float(min(Decimal(1), max(Decimal(0), part / whole)))
