"""The look: the bundled CJK font, Fusion with a calm palette, light or dark
following the system."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from agent_desk import config

CJK_FAMILY_FALLBACK = "WenQuanYi Micro Hei"
ACCENT = QColor("#2f6f8f")  # a quiet teal-blue: trustworthy, not loud


def register_cjk_font() -> str | None:
    """Load the shipped CJK font so Chinese never shows as boxes; call before
    the first paint. Returns the family name, or None when the file is missing."""
    font_id = QFontDatabase.addApplicationFont(str(config.cjk_font_path()))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    family = families[0] if families else CJK_FAMILY_FALLBACK
    base = QGuiApplication.font()
    # The system UI font first, ours for whatever it lacks (Chinese).
    base.setFamilies([base.family(), family])
    base.setPointSizeF(max(base.pointSizeF(), 10.0))
    QGuiApplication.setFont(base)
    return family


def is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    if dark:
        window, base, alt, text = QColor("#202326"), QColor("#17191b"), QColor("#24272a"), QColor("#e6e6e6")
        button, mid = QColor("#2b2f33"), QColor("#3a3f44")
    else:
        window, base, alt, text = QColor("#f4f5f7"), QColor("#ffffff"), QColor("#f7f9fa"), QColor("#1f2328")
        button, mid = QColor("#eceef1"), QColor("#d0d4d9")
    roles = QPalette.ColorRole
    palette.setColor(roles.Window, window)
    palette.setColor(roles.WindowText, text)
    palette.setColor(roles.Base, base)
    palette.setColor(roles.AlternateBase, alt)
    palette.setColor(roles.Text, text)
    palette.setColor(roles.Button, button)
    palette.setColor(roles.ButtonText, text)
    palette.setColor(roles.Mid, mid)
    # Fusion draws bevels and the tab bar's base line with these; Qt's defaults
    # are light-theme greys, a bright line across a dark window.
    palette.setColor(roles.Light, mid.lighter(115) if dark else QColor("#ffffff"))
    palette.setColor(roles.Midlight, mid if dark else QColor("#e4e7eb"))
    palette.setColor(roles.Dark, mid.darker(130))
    palette.setColor(roles.Shadow, QColor("#000000") if dark else QColor("#8a9099"))
    palette.setColor(roles.Highlight, ACCENT)
    palette.setColor(roles.HighlightedText, QColor("#ffffff"))
    palette.setColor(roles.PlaceholderText, QColor("#8a9099"))
    palette.setColor(roles.ToolTipBase, base)
    palette.setColor(roles.ToolTipText, text)
    palette.setColor(roles.Link, ACCENT.lighter(140) if dark else ACCENT)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        palette.setColor(disabled, role, QColor("#7d838a"))
    return palette


STYLE_SHEET = """
QToolBar { border: none; spacing: 6px; padding: 4px; }
QLineEdit, QComboBox, QDateEdit, QSpinBox, QPlainTextEdit, QTextEdit {
    padding: 4px 6px; border-radius: 4px; border: 1px solid palette(mid); background: palette(base); }
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus { border-color: palette(highlight); }
QLineEdit:disabled, QComboBox:disabled, QPlainTextEdit:disabled { background: palette(window); }
QComboBox::drop-down { border: none; width: 22px; }
QComboBox::down-arrow { image: url(%(arrow)s); width: 12px; height: 12px; }
QTableView { gridline-color: transparent; }
QHeaderView::section { padding: 4px 6px; border: none; font-weight: 600; }
QListWidget#nav { border: none; padding-top: 8px; outline: none; }
QListWidget#nav::item { padding: 8px 10px; border-radius: 6px; margin: 2px 6px; color: palette(window-text); }
QListWidget#nav::item:selected { background: palette(highlight); color: palette(highlighted-text); border: none; }
QListWidget#nav::item:hover:!selected { background: palette(alternate-base); }
QLabel#pageTitle { font-size: 18pt; font-weight: 600; }
QLabel#subtle { color: palette(placeholder-text); }
QLabel.error, QLabel#fieldError { color: #c0392b; }
QTabWidget::pane { border: none; }
QStatusBar QLabel { padding: 0 6px; }
"""


def apply_theme(app: QApplication) -> None:
    dark = is_dark()
    arrow = config.resources_dir() / "icons" / f"chevron-down-{'dark' if dark else 'light'}.svg"
    app.setStyle("Fusion")
    app.setPalette(_palette(dark))
    app.setStyleSheet(STYLE_SHEET % {"arrow": arrow.as_posix()})


def follow_system_scheme(app: QApplication) -> None:
    """Re-theme when the system switches light/dark."""
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))


def heading_font(size: float = 13.0) -> QFont:
    font = QGuiApplication.font()
    font.setPointSizeF(size)
    font.setWeight(QFont.Weight.DemiBold)
    return font
