"""The app's three languages: which one to use, and loading its translations.

`languages` is plain Python (the codes, their names, which one a setting or a
system locale means); `qt` loads the compiled .qm files from
resources/translations into a QApplication and sets the locale that dates,
numbers and money follow. Only the UI's composition root uses `qt`."""

from agent_desk.i18n.languages import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Language,
    content_language,
    language_for_locale,
    language_name,
    qm_path,
    translations_dir,
)

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "Language", "content_language", "language_for_locale",
           "language_name", "qm_path", "translations_dir"]
