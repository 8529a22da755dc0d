"""Icons by what they mean: Phosphor's regular set (MIT), shipped as SVG in
resources/icons/phosphor and drawn in the palette's colours, so they read in
light and dark themes alike and stay sharp at any size."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from agent_desk import config

_NAMES = {
    "clients": "users-three",
    "search": "magnifying-glass",
    "new_client": "user-plus",
    "delete": "trash",
    "undo": "arrow-counter-clockwise",
    "redo": "arrow-clockwise",
    "save": "floppy-disk",
    "revert": "x",
    "add": "plus",
    "remove": "minus",
    "filter": "funnel",
    "details": "identification-card",
    "family": "tree-structure",
    "policies": "shield-check",
    "timeline": "clock-counter-clockwise",
    "client": "user",
    "call": "phone",
    "visit": "house",
    "meeting": "handshake",
    "message": "chat-circle-text",
    "gift": "gift",
    "app": "address-book",
}
DISABLED_COLOUR = "#9a9a9a"
SELECTED_COLOUR = "#ffffff"  # on the accent of a selected row


@cache
def _svg(file_name: str) -> bytes:
    return (config.resources_dir() / "icons" / "phosphor" / f"{file_name}.svg").read_bytes()


class _TintedSvg(QIconEngine):
    """Draws one SVG (whose shapes fill with currentColor) in a colour per icon mode."""

    def __init__(self, svg: bytes, colours: dict[QIcon.Mode, str]):
        super().__init__()
        self._svg, self._colours = svg, colours
        self._renderers: dict[QIcon.Mode, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        if mode not in self._renderers:
            colour = self._colours.get(mode, self._colours[QIcon.Mode.Normal])
            self._renderers[mode] = QSvgRenderer(QByteArray(self._svg.replace(b"currentColor", colour.encode())))
        return self._renderers[mode]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _TintedSvg(self._svg, self._colours)


_cache: dict[tuple[str, str], QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon for `name` (a key of _NAMES), in the palette's text colour.
    Needs a QGuiApplication."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    key = (name, colour)
    if key not in _cache:
        colours = {QIcon.Mode.Normal: colour, QIcon.Mode.Active: colour,
                   QIcon.Mode.Disabled: DISABLED_COLOUR, QIcon.Mode.Selected: SELECTED_COLOUR}
        _cache[key] = QIcon(_TintedSvg(_svg(_NAMES[name]), colours))
    return _cache[key]


def clear_cache() -> None:
    """Forget drawn icons after the colour scheme changes."""
    _cache.clear()
