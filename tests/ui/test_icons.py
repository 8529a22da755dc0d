"""Every icon the app names is shipped, draws, and takes the mode's colour."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPalette, QPixmap

from agent_desk import config
from agent_desk.ui import icons, theme


def ink(pixmap) -> set[str]:  # noqa: ANN001
    """The colours of a pixmap's fully opaque pixels (edges are antialiased)."""
    image = pixmap.toImage()
    return {image.pixelColor(x, y).name() for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).alpha() == 255}


@pytest.mark.parametrize("name", sorted(icons._NAMES))  # noqa: SLF001 - every name the app may ask for
def test_each_icon_is_shipped_and_draws_something(qapp, name: str) -> None:  # noqa: ANN001
    assert (config.resources_dir() / "icons" / "phosphor" / f"{icons._NAMES[name]}.svg").is_file()  # noqa: SLF001
    assert ink(icons.icon(name).pixmap(QSize(64, 64)))


def test_icons_take_the_text_colour_and_grey_when_disabled_and_white_when_selected(qapp) -> None:  # noqa: ANN001
    icon = icons.icon("client")
    normal = ink(icon.pixmap(QSize(64, 64), QIcon.Mode.Normal))
    assert qapp.palette().windowText().color().name() in normal
    assert icons.DISABLED_COLOUR in ink(icon.pixmap(QSize(64, 64), QIcon.Mode.Disabled))
    assert icons.SELECTED_COLOUR in ink(icon.pixmap(QSize(64, 64), QIcon.Mode.Selected))


def test_the_icon_licence_is_shipped_with_them() -> None:
    licence = config.resources_dir() / "icons" / "phosphor" / "LICENSE.txt"
    assert "MIT License" in licence.read_text(encoding="utf-8")


def test_an_icon_copied_and_changed_still_draws(qapp) -> None:  # noqa: ANN001
    # Changing a copy makes Qt clone the engine; the clone must outlive Python's reference.
    changed = QIcon(icons.icon("delete"))
    changed.addPixmap(QPixmap(8, 8), QIcon.Mode.Active)
    gc.collect()
    assert ink(changed.pixmap(QSize(64, 64), QIcon.Mode.Normal))


def test_icons_follow_a_switch_to_the_dark_palette(qapp) -> None:  # noqa: ANN001
    icon = icons.icon("client")
    before = qapp.palette()
    try:
        qapp.setPalette(theme._palette(dark=True))  # noqa: SLF001 - what apply_theme installs
        light_text = theme._palette(dark=True).color(QPalette.ColorRole.WindowText).name()  # noqa: SLF001
        assert light_text in ink(icon.pixmap(QSize(64, 64)))
    finally:
        qapp.setPalette(before)
