"""Icons from the Phosphor set bundled with qtawesome (MIT), by what they mean."""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")

import qtawesome as qta  # noqa: E402
from PySide6.QtGui import QGuiApplication, QIcon, QPalette  # noqa: E402

_NAMES = {
    "clients": "ph.users-three",
    "search": "ph.magnifying-glass",
    "new_client": "ph.user-plus",
    "delete": "ph.trash",
    "undo": "ph.arrow-counter-clockwise",
    "redo": "ph.arrow-clockwise",
    "save": "ph.floppy-disk",
    "revert": "ph.x",
    "add": "ph.plus",
    "remove": "ph.minus",
    "filter": "ph.funnel",
    "details": "ph.identification-card",
    "family": "ph.tree-structure",
    "policies": "ph.shield-check",
    "timeline": "ph.clock-counter-clockwise",
    "client": "ph.user",
    "call": "ph.phone",
    "visit": "ph.house",
    "meeting": "ph.handshake",
    "message": "ph.chat-circle-text",
    "gift": "ph.gift",
    "app": "ph.address-book",
}

_cache: dict[tuple[str, str], QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon for `name` (a key of _NAMES), drawn in the palette's text colour
    so it reads in light and dark themes alike. Needs a QApplication."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    key = (name, colour)
    if key not in _cache:
        _cache[key] = qta.icon(_NAMES[name], color=colour, color_disabled="#9a9a9a", color_selected="#ffffff")
    return _cache[key]


def clear_cache() -> None:
    """Forget drawn icons after the colour scheme changes."""
    _cache.clear()
