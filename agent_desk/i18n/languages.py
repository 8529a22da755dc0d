"""The UI languages, without Qt: codes as the translation files name them
("en", "zh_TW", "zh_CN"), their own names, and which one a locale means."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from agent_desk import config


class Language(StrEnum):
    ENGLISH = "en"
    TRADITIONAL_CHINESE = "zh_TW"  # Taiwan's words: 保單, 要保人, 附約
    SIMPLIFIED_CHINESE = "zh_CN"  # the mainland's words: 保单, 投保人, 附加险


LANGUAGES = tuple(Language)
DEFAULT_LANGUAGE = Language.ENGLISH
TRANSLATION_PREFIX = "agent_desk"

# Each language named in itself, so an agent finds theirs whatever the UI speaks.
_NAMES = {
    Language.ENGLISH: "English",
    Language.TRADITIONAL_CHINESE: "繁體中文",
    Language.SIMPLIFIED_CHINESE: "简体中文",
}
# The codes the catalog, proposals and calendar files use for the same languages.
_CONTENT = {
    Language.ENGLISH: "en",
    Language.TRADITIONAL_CHINESE: "zh-Hant",
    Language.SIMPLIFIED_CHINESE: "zh-Hans",
}
# Chinese outside these territories is read in Traditional characters (Taiwan, Hong Kong, Macau).
_SIMPLIFIED_TERRITORIES = frozenset({"CN", "SG", "MY"})


def language_name(language: Language) -> str:
    return _NAMES[language]


def content_language(language: Language) -> str:
    """"zh-Hant" for zh_TW: the key of texts per language in catalogs and proposals."""
    return _CONTENT[language]


def parse_language(code: str) -> Language | None:
    """A stored setting as a Language; "" or an unknown code is None."""
    try:
        return Language(code)
    except ValueError:
        return None


def language_for_locale(name: str) -> Language:
    """The UI language for a locale name such as "zh_TW", "zh_Hans_SG",
    "zh-Hant-HK" or "en_GB": Chinese in its script, anything else English."""
    parts = name.replace("-", "_").split(".")[0].split("_")
    if not parts or parts[0].lower() != "zh":
        return DEFAULT_LANGUAGE
    rest = [part for part in parts[1:] if part]
    scripts = {part.title() for part in rest if len(part) == 4}
    if "Hans" in scripts:
        return Language.SIMPLIFIED_CHINESE
    if "Hant" in scripts:
        return Language.TRADITIONAL_CHINESE
    territories = {part.upper() for part in rest if len(part) == 2}
    if territories & _SIMPLIFIED_TERRITORIES or not territories:
        return Language.SIMPLIFIED_CHINESE  # plain "zh" is written in Simplified characters
    return Language.TRADITIONAL_CHINESE


def translations_dir() -> Path:
    """resources/translations, from the source checkout or the installed bundle."""
    return config.resources_dir() / "translations"


def qm_path(language: Language) -> Path:
    return translations_dir() / f"{TRANSLATION_PREFIX}_{language.value}.qm"


def ts_path(language: Language) -> Path:
    return translations_dir() / f"{TRANSLATION_PREFIX}_{language.value}.ts"
