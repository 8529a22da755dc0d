"""The Language submenu: English, 繁體中文, 简体中文, each named in itself.

A new language takes effect at the next start, and the agent is offered to
restart now. Switching live would need every screen to rebuild its texts on
QEvent.LanguageChange: they set them once, when built, and many are formatted
from data (counts, money, dates, tier reasons), so a half-switched window is
the likely result. A restart is a second and leaves nothing half-translated."""

from __future__ import annotations

import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QProcess, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from agent_desk.i18n.languages import LANGUAGES, Language, language_name, parse_language, qm_path
from agent_desk.i18n.qt import resolve_language, ui_language
from agent_desk.ui import settings as S
from agent_desk.ui.settings import Settings


class LanguageMenu(QMenu):
    """Checks the language the UI speaks; choosing another stores it and asks to restart."""

    language_chosen = Signal(str)  # the code stored, e.g. "zh_TW"

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        # "Language" stays readable to whoever cannot read the UI's language (see the translations).
        self.setTitle(self.tr("&Language"))
        self.setObjectName("languageMenu")
        self._settings = settings
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        current = parse_language(settings.get(S.LANGUAGE)) or ui_language()
        self.language_actions: dict[Language, QAction] = {}
        for language in LANGUAGES:
            action = QAction(language_name(language), self, checkable=True)
            action.setChecked(language is current)
            action.setData(language.value)
            action.triggered.connect(lambda _checked=False, language=language: self.choose(language))
            self._group.addAction(action)
            self.addAction(action)
            self.language_actions[language] = action

    def choose(self, language: Language) -> None:
        """Store the choice; offer a restart when it differs from what the UI speaks now."""
        self._settings.set(S.LANGUAGE, language.value)
        self._settings.sync()
        self.language_actions[language].setChecked(True)
        self.language_chosen.emit(language.value)
        if language is ui_language():
            return
        if ask_restart(self.parentWidget(), language) == QMessageBox.StandardButton.Yes:
            restart(self.parentWidget())


# Marked for lupdate: _in translates them with a translator of their own language.
_TITLE = QT_TRANSLATE_NOOP("LanguageMenu", "Language")
_QUESTION = QT_TRANSLATE_NOOP("LanguageMenu", "Agent Desk speaks the new language after a restart.")
_DETAIL = QT_TRANSLATE_NOOP("LanguageMenu", "Restart now? You are asked about unsaved changes first.")
_RESTART = QT_TRANSLATE_NOOP("LanguageMenu", "Restart now")
_LATER = QT_TRANSLATE_NOOP("LanguageMenu", "Later")


def _in(language: Language, text: str, context: str = "LanguageMenu") -> str:
    """`text` in the language just chosen (whose translations are not loaded
    yet), else in the UI's: the question is read by whoever chose it."""
    translator = QTranslator()
    if translator.load(str(qm_path(language))):
        translated = translator.translate(context, text)
        if translated:
            return translated
    return QCoreApplication.translate(context, text) if language is not Language.ENGLISH else text


def ask_restart(parent: QWidget | None, language: Language) -> QMessageBox.StandardButton:
    box = QMessageBox(QMessageBox.Icon.Question, _in(language, _TITLE), _in(language, _QUESTION),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("restartQuestion")
    box.setInformativeText(_in(language, _DETAIL))
    restart_button = box.addButton(_in(language, _RESTART), QMessageBox.ButtonRole.YesRole)
    later = box.addButton(_in(language, _LATER), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(restart_button)
    box.setEscapeButton(later)
    box.exec()
    return QMessageBox.StandardButton.Yes if box.clickedButton() is restart_button else QMessageBox.StandardButton.No


def restart_command() -> tuple[str, list[str]]:
    """How this app was started: the frozen executable, or Python on the package."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "agent_desk", *sys.argv[1:]]


def restart(window: QWidget | None) -> bool:
    """Close the main window as the agent would (unsaved work is asked about),
    and start the app again once this one has quit. False if the agent kept it open."""
    main = window.window() if window is not None else None
    if isinstance(main, QMainWindow) and not main.close():
        return False
    app = QCoreApplication.instance()
    program, arguments = restart_command()
    app.aboutToQuit.connect(lambda: QProcess.startDetached(program, arguments))
    app.quit()
    return True


def stored_language(settings: Settings) -> Language:
    return resolve_language(settings.get(S.LANGUAGE))
