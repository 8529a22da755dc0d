"""The one typeface of every proposal: WenQuanYi Micro Hei, embedded as a subset.

It covers Latin and both Chinese scripts, so English and Chinese proposals
use the same face and every font in the PDF is embedded (ReportLab's own
CID fonts are not). The face has no bold: the family maps bold and italic
to the regular face, so a stray <b> never pulls in Helvetica-Bold.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from agent_desk.config import cjk_font_path

FONT = "AgentDeskSans"

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the proposal font once per process (renders run on worker threads); its name."""
    global _registered
    if _registered:
        return FONT
    with _lock:
        if not _registered:
            pdfmetrics.registerFont(TTFont(FONT, str(cjk_font_path()), subfontIndex=0))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
            _registered = True
    return FONT


def text_width(text: str, size: float) -> float:
    """Width in points of `text` set in the proposal font (registered first)."""
    register_fonts()
    return pdfmetrics.stringWidth(text, FONT, size)
