"""Loading a language into the running app: the app's own translations
(resources/translations/agent_desk_<code>.qm), Qt's (qtbase_<code>.qm, for the
buttons of standard dialogs), and the default QLocale, which every date, number
and money text follows (agent_desk.ui.clients.formatting reads it).

Used by the UI's composition root (agent_desk.ui.app) and by UI modules for
TranslationContext; the rest of agent_desk.i18n stays free of Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from agent_desk.i18n.languages import (
    DEFAULT_LANGUAGE,
    Language,
    content_language,
    language_for_locale,
    parse_language,
    qm_path,
)

_installed: list[QTranslator] = []  # kept alive: Qt does not own an installed translator


class TranslationContext:
    """The words of a module without a QObject class, in one Qt translation context.

    Declare it with the context as its name and call `.tr` on that name,
    `Today = TranslationContext("Today")` then `Today.tr("Birthday")`: lupdate
    takes the context of `X.tr("…")` from X, as it takes "MainWindow" from a
    `self.tr` inside class MainWindow (tests/i18n checks the names match)."""

    def __init__(self, context: str):
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.context, text, disambiguation, n)


def _locale_code(locale: QLocale) -> str:
    """"zh_Hant_HK": language, script and territory, for language_for_locale."""
    return "_".join([QLocale.languageToCode(locale.language()), QLocale.scriptToCode(locale.script()),
                     QLocale.territoryToCode(locale.territory())])


def system_language() -> Language:
    return language_for_locale(_locale_code(QLocale.system()))


def resolve_language(setting: str) -> Language:
    """The language the agent chose, or for "" (or a code this version does
    not know) the system's: Chinese in its script, anything else English."""
    return parse_language(setting) or system_language()


def locale_for(language: Language) -> QLocale:
    """The locale dates and money follow: the system's when it speaks the
    chosen language (an agent in Hong Kong keeps zh_HK dates with Traditional
    words), else the language's home locale (en_US, zh_TW, zh_CN)."""
    system = QLocale.system()
    if language_for_locale(_locale_code(system)) is language and (
            language is not DEFAULT_LANGUAGE or system.language() == QLocale.Language.English):
        return system
    return QLocale(language.value)


def ui_language() -> Language:
    """The language the UI speaks now, from the default locale install_language set."""
    return language_for_locale(_locale_code(QLocale()))


def ui_content_language() -> str:
    """"en", "zh-Hant" or "zh-Hans": which of a catalog's texts per language to show."""
    return content_language(ui_language())


def _qt_translator(language: Language) -> QTranslator | None:
    """Qt's own words (OK, Cancel, Yes, No…) from the PySide6 wheel, where it has them."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language.value}", folder) else None


def install_language(language: Language) -> bool:
    """Load `language` into the running application, replacing the one loaded
    before, and make its locale the default. False when the app's .qm is
    missing (the UI then shows the English source texts)."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    translator = QTranslator()
    loaded = translator.load(str(qm_path(language)))
    for candidate in (translator if loaded else None, _qt_translator(language)):
        if candidate is not None:
            app.installTranslator(candidate)
            _installed.append(candidate)
    return loaded


def uninstall_language() -> None:
    """Back to the English source texts and the system locale (tests switch languages)."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
