"""The look: the bundled CJK font is registered before the first paint, and
the palettes and style sheet the app applies are complete."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPalette, QRawFont

from agent_desk import config
from agent_desk.ui import theme


def test_the_shipped_cjk_font_is_registered_and_covers_both_scripts(qapp) -> None:  # noqa: ANN001
    family = theme.register_cjk_font()
    assert family is not None
    assert family in QGuiApplication.font().families()  # the app font falls back to it
    raw = QRawFont.fromFont(QFont(family))
    for text in ("王小明", "陳大文", "张伟", "黃淑芬"):  # Traditional and Simplified
        assert all(raw.supportsCharacter(ord(ch)) for ch in text), text


def test_chinese_text_in_the_app_font_is_drawn_with_glyphs_not_boxes(qapp) -> None:  # noqa: ANN001
    theme.register_cjk_font()
    metrics = QFontMetrics(QGuiApplication.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "王小明陳大文张伟")


def test_dark_and_light_palettes_contrast_text_with_background() -> None:
    for dark in (False, True):
        palette = theme._palette(dark)  # noqa: SLF001 - the palette apply_theme installs
        window = palette.color(QPalette.ColorRole.Window).lightness()
        text = palette.color(QPalette.ColorRole.WindowText).lightness()
        assert (window < 80) == dark
        assert abs(window - text) > 150


def test_the_style_sheet_points_at_arrow_images_that_exist(qapp) -> None:  # noqa: ANN001
    theme.apply_theme(qapp)
    urls = re.findall(r"url\(([^)]+)\)", qapp.styleSheet())
    assert urls
    assert all(Path(url).is_file() for url in urls)
    assert all(Path(url).is_relative_to(config.resources_dir()) for url in urls)
