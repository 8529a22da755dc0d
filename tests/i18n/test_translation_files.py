"""resources/translations: every text of the UI translated into Traditional
and Simplified Chinese with its placeholders and accelerators, the .ts files
holding every text the sources ask for, and the committed .qm files compiled
from exactly those .ts files (`make translations` does both)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from agent_desk.i18n.languages import LANGUAGES, Language, qm_path, translations_dir, ts_path

ROOT = Path(__file__).resolve().parents[2]
CHINESE = [Language.TRADITIONAL_CHINESE, Language.SIMPLIFIED_CHINESE]
PLACEHOLDER = re.compile(r"%\d|%n|%p|%v|%m|\{[^}]*\}")
ACCELERATOR = re.compile(r"&(?!&)(\w)")
SIMPLIFIED_ONLY = set("们这个说时为会来对发过么让还门问题间关机车东书买卖长")
TRADITIONAL_ONLY = set("們這個說時為會來對發過麼讓還門問題間關機車東書買賣長")


def tool(name: str) -> str:
    """A PySide6 tool of this Python's environment (pyside6-essentials ships them)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} not found: install the project with `make install`"
    return found


def messages(language: Language) -> list[tuple[str, ET.Element]]:
    found = []
    for context in ET.parse(ts_path(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        found += [(name, message) for message in context.iter("message")]
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", CHINESE, ids=lambda language: language.value)
def test_every_text_is_translated_with_its_placeholders_and_accelerators(language: Language) -> None:
    problems = []
    found = messages(language)
    assert len(found) > 900
    for context, message in found:
        source = message.findtext("source") or ""
        where = f"{context}: {source!r}"
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"not finished: {where}")
            continue
        for text in translations_of(message):
            if not text.strip():
                problems.append(f"empty: {where}")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders {PLACEHOLDER.findall(text)}: {where} -> {text!r}")
            elif ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                problems.append(f"accelerator lost: {where} -> {text!r}")
    assert not problems, "\n".join(problems)


FILE_PATTERNS = re.compile(r"\((\*[^()]*)\)")


@pytest.mark.parametrize("language", CHINESE, ids=lambda language: language.value)
def test_file_dialog_filters_keep_their_patterns_in_ascii_brackets(language: Language) -> None:
    """QFileDialog finds a filter's patterns only between ASCII brackets: 'CSV 檔案（*.csv）'
    would show no file at all in a Chinese file dialog."""
    wrong = [f"{source!r} -> {text!r}" for _context, message in messages(language)
             if FILE_PATTERNS.search(source := message.findtext("source") or "")
             for text in translations_of(message)
             if FILE_PATTERNS.findall(text) != FILE_PATTERNS.findall(source)]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(("language", "foreign"), [(Language.TRADITIONAL_CHINESE, SIMPLIFIED_ONLY),
                                                   (Language.SIMPLIFIED_CHINESE, TRADITIONAL_ONLY)],
                         ids=["zh_TW", "zh_CN"])
def test_each_chinese_is_written_in_its_own_script(language: Language, foreign: set[str]) -> None:
    mixed = [text for _context, message in messages(language) for text in translations_of(message)
             if foreign & set(text)]
    assert not mixed, "\n".join(mixed)


def test_the_translations_hold_every_text_the_sources_ask_for(tmp_path: Path) -> None:
    """lupdate over agent_desk/ finds nothing new: a text added without
    `make translations` and its translation fails here."""
    sources = sorted(str(path) for path in (ROOT / "agent_desk").rglob("*.py"))
    for language in CHINESE:
        copy = tmp_path / ts_path(language).name
        shutil.copyfile(ts_path(language), copy)
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-source-language", "en", *sources, "-ts", str(copy)], check=True, cwd=ROOT)
        untranslated = [f"{context}: {message.findtext('source')!r}"
                        for context, message in _messages_at(copy)
                        if message.find("translation").get("type") == "unfinished"]
        assert not untranslated, (f"{len(untranslated)} texts of the sources are not in {ts_path(language).name}; "
                                  "run `make translations` and translate them:\n" + "\n".join(untranslated))


def _messages_at(path: Path) -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name") or "", message)
            for context in ET.parse(path).getroot().iter("context") for message in context.iter("message")]


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.value)
def test_the_qm_file_is_compiled_from_the_ts_file(language: Language, tmp_path: Path) -> None:
    built = tmp_path / qm_path(language).name
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(built)], check=True)
    assert qm_path(language).read_bytes() == built.read_bytes(), \
        f"{qm_path(language).name} is older than its .ts: run `make translations`"


def test_every_translation_context_is_named_as_its_context() -> None:
    """`Today = TranslationContext("Today")`: lupdate files `Today.tr("…")` under
    the name before .tr, the app looks it up under the string."""
    wrong = []
    for path in sorted((ROOT / "agent_desk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and \
                    getattr(node.value.func, "id", "") == "TranslationContext":
                name = node.targets[0].id if isinstance(node.targets[0], ast.Name) else "?"
                context = node.value.args[0].value if node.value.args else None
                if name != context:
                    wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name} = TranslationContext({context!r})")
    assert not wrong, "\n".join(wrong)


def test_the_translations_live_in_the_resources() -> None:
    assert translations_dir() == ROOT / "resources" / "translations"
    assert {path.name for path in translations_dir().iterdir()} >= {
        f"agent_desk_{language.value}.{ext}" for language in LANGUAGES for ext in ("ts", "qm")}
