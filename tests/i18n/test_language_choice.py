"""Which language the app speaks, what loading it changes (words, dates,
numbers, money), and the Language menu the agent switches it with."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from agent_desk.i18n.languages import Language, content_language, language_for_locale, language_name, parse_language
from agent_desk.i18n.qt import install_language, resolve_language, system_language, ui_content_language, \
    uninstall_language
from agent_desk.store.book import Book
from agent_desk.ui import settings as S
from agent_desk.ui.app import build_main_window
from agent_desk.ui.clients.formatting import date_text, money_text
from agent_desk.ui.language_menu import LanguageMenu, restart_command, stored_language
from agent_desk.ui.settings import Settings


@pytest.fixture
def speaking(qapp) -> Iterator[None]:  # noqa: ANN001
    """Whatever a test loads, the next one starts in English on the system locale."""
    yield
    uninstall_language()


@pytest.mark.parametrize(("locale", "language"), [
    ("zh_TW", Language.TRADITIONAL_CHINESE), ("zh_HK", Language.TRADITIONAL_CHINESE),
    ("zh-Hant-MO", Language.TRADITIONAL_CHINESE), ("zh_Hant_HK", Language.TRADITIONAL_CHINESE),
    ("zh_CN", Language.SIMPLIFIED_CHINESE), ("zh_SG", Language.SIMPLIFIED_CHINESE),
    ("zh_Hans_HK", Language.SIMPLIFIED_CHINESE), ("zh", Language.SIMPLIFIED_CHINESE),
    ("zh_TW.UTF-8", Language.TRADITIONAL_CHINESE), ("en_GB", Language.ENGLISH), ("ja_JP", Language.ENGLISH),
    ("C", Language.ENGLISH), ("", Language.ENGLISH),
])
def test_a_system_locale_means_a_language(locale: str, language: Language) -> None:
    assert language_for_locale(locale) is language


def test_a_stored_choice_wins_over_the_system_and_an_unknown_one_is_ignored() -> None:
    assert resolve_language("zh_CN") is Language.SIMPLIFIED_CHINESE
    assert resolve_language("") is system_language()
    assert resolve_language("klingon") is system_language()
    assert parse_language("zh_TW") is Language.TRADITIONAL_CHINESE and parse_language("") is None


def test_each_language_is_named_in_itself_and_maps_to_the_catalogs_codes() -> None:
    assert [language_name(language) for language in Language] == ["English", "繁體中文", "简体中文"]
    assert [content_language(language) for language in Language] == ["en", "zh-Hant", "zh-Hans"]


def test_loading_a_language_translates_and_formats_in_its_locale(speaking) -> None:  # noqa: ANN001
    assert install_language(Language.TRADITIONAL_CHINESE)
    assert QCoreApplication.translate("MainWindow", "Today") == "今日"
    assert QCoreApplication.translate("ClientLabels", "Tier %1") == "%1 級"
    assert QLocale().name() == "zh_TW"
    assert ui_content_language() == "zh-Hant"
    assert money_text(Decimal("1234567.5"), "TWD") == "$1,234,567.50"
    assert date_text(date(2026, 3, 9)) == "2026年3月9日"
    assert QLocale().toString(1234567) == "1,234,567"

    assert install_language(Language.SIMPLIFIED_CHINESE)  # replaces the one before
    assert QCoreApplication.translate("MainWindow", "Today") == "今日"
    assert QCoreApplication.translate("PolicyTableModel", "Holder") == "投保人"
    assert QLocale().name() == "zh_CN" and ui_content_language() == "zh-Hans"
    assert money_text(Decimal("1234567.5"), "CNY") == "¥1,234,567.50"

    install_language(Language.ENGLISH)
    assert QCoreApplication.translate("PolicyTableModel", "Holder") == "Holder"
    assert ui_content_language() == "en"
    assert money_text(Decimal("1234567.5"), "USD") == "$1,234,567.50"


def test_qt_s_own_buttons_speak_the_language_too(speaking) -> None:  # noqa: ANN001
    install_language(Language.SIMPLIFIED_CHINESE)
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "取消"


def test_the_setting_remembers_the_choice(tmp_path: Path) -> None:
    settings = Settings(str(tmp_path / "settings.ini"))
    assert settings.get(S.LANGUAGE) == ""
    settings.set(S.LANGUAGE, "zh_TW")
    settings.sync()
    assert stored_language(Settings(str(tmp_path / "settings.ini"))) is Language.TRADITIONAL_CHINESE


def answer_restart_question(button_text: str, seen: list[str]) -> None:
    """Reads the restart question when it shows and clicks one of its buttons."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        next(button for button in box.buttons() if button.text() == button_text).click()

    QTimer.singleShot(0, answer)


def test_the_book_menu_switches_language_and_offers_a_restart_in_the_new_language(
        book: Book, qtbot, speaking) -> None:  # noqa: ANN001
    window = build_main_window(book)
    qtbot.addWidget(window)
    menu = window.language_menu
    assert menu in [action.menu() for action in window.menuBar().actions()[0].menu().actions()]
    assert [action.text() for action in menu.actions()] == ["English", "繁體中文", "简体中文"]
    assert menu.language_actions[Language.ENGLISH].isChecked()  # the tests' system locale speaks English

    seen: list[str] = []
    answer_restart_question("稍後", seen)
    menu.language_actions[Language.TRADITIONAL_CHINESE].trigger()
    assert seen == ["Agent Desk 重新啟動後就會使用新的語言。"]
    assert window.ctx.settings.get(S.LANGUAGE) == "zh_TW"
    assert menu.language_actions[Language.TRADITIONAL_CHINESE].isChecked()

    menu.language_actions[Language.ENGLISH].trigger()  # the language the UI speaks: nothing to restart
    assert seen == ["Agent Desk 重新啟動後就會使用新的語言。"]
    assert window.ctx.settings.get(S.LANGUAGE) == "en"
    window.close()  # stops its timers, as quitting does
    qtbot.waitUntil(lambda: window.ctx.tasks.pending == 0)
    window.ctx.tasks.shutdown()


def test_a_restart_starts_the_same_program(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["/usr/bin/agent-desk", "gui", "--demo"])
    assert restart_command() == (sys.executable, ["-m", "agent_desk", "gui", "--demo"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert restart_command() == (sys.executable, ["gui", "--demo"])


def test_a_new_language_s_menu_says_so_in_english_too(speaking, tmp_path: Path) -> None:  # noqa: ANN001
    install_language(Language.SIMPLIFIED_CHINESE)
    menu = LanguageMenu(Settings(str(tmp_path / "settings.ini")))
    assert menu.title() == "语言 Language(&L)"  # found by whoever cannot read the UI's language
    assert menu.language_actions[Language.SIMPLIFIED_CHINESE].isChecked()
