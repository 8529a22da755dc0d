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
    "plans": "clipboard-text",
    "suggest": "lightbulb",
    "compare": "columns",
    "catalog": "books",
    "load_file": "file-arrow-up",
    "accept": "check-circle",
    # the Today screen
    "today": "sun",
    "renewal": "coins",
    "lapse_warning": "warning",
    "anniversary": "calendar-star",
    "birthday": "cake",
    "delivery": "package",
    "claim": "first-aid-kit",
    "review": "calendar-check",
    "service_request": "wrench",
    "complaint": "warning-circle",
    "task": "check-square",
    "snooze": "alarm",
    "reschedule": "calendar-blank",
    "cancel": "x-circle",
    "export": "export",
    "copy": "copy",
    "stalled": "hourglass-medium",
    # service on the client page, the book dashboard
    "network": "share-network",
    "service": "chat-circle-dots",
    "dashboard": "chart-bar",
    "referrals": "graph",
    # proposals
    "proposal": "file-pdf",
    "print": "printer",
    "open_external": "arrow-square-out",
    "save_as": "download-simple",
    "zoom_in": "magnifying-glass-plus",
    "zoom_out": "magnifying-glass-minus",
    "fit_width": "arrows-out-line-horizontal",
    "agent_details": "identification-badge",
    # sync with the office
    "sync": "arrows-clockwise",
    "online": "cloud-check",
    "offline": "cloud-slash",
    "sync_stopped": "cloud-warning",
    "enrol": "key",
    "restore": "arrow-u-up-left",
    "conflict": "warning",
    # backups and the passphrase
    "backup": "floppy-disk",
    "lock": "key",
}
DISABLED_COLOUR = "#9a9a9a"
SELECTED_COLOUR = "#ffffff"  # on the accent of a selected row


@cache
def _svg(file_name: str) -> bytes:
    return (config.resources_dir() / "icons" / "phosphor" / f"{file_name}.svg").read_bytes()


class _TintedSvg(QIconEngine):
    """Draws one SVG (whose shapes fill with currentColor) in the colour of the
    icon mode, looked up as it paints, so icons follow a light/dark switch."""

    def __init__(self, svg: bytes):
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        if mode == QIcon.Mode.Disabled:
            colour = DISABLED_COLOUR
        elif mode == QIcon.Mode.Selected:
            colour = SELECTED_COLOUR
        else:
            colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
        if colour not in self._renderers:
            self._renderers[colour] = QSvgRenderer(QByteArray(self._svg.replace(b"currentColor", colour.encode())))
        return self._renderers[colour]

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
        # Qt clones before an icon is changed (addPixmap…) and takes the clone,
        # but PySide does not hand it over: keep it alive here, or Qt draws freed memory.
        engine = _TintedSvg(self._svg)
        _clones.append(engine)
        return engine


_clones: list[_TintedSvg] = []


@cache
def icon(name: str) -> QIcon:
    """The icon for `name` (a key of _NAMES). Needs a QGuiApplication."""
    return QIcon(_TintedSvg(_svg(_NAMES[name])))
