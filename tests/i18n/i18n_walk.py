"""What the language walk looks for on a shown window: English left in a
Chinese UI, and text cut off by a widget too narrow for it.

English is recognised three ways: a text equal to one of the app's English
source texts (from the .ts files), a text made from one of their templates
("Claims: 3 · open: 1" from "Claims: %1 · open: %2"), and, for the UI's own
words (labels, buttons, titles, headers; not the book's data, which is often
English), a sentence of English words. Clipping is measured: a single-line
label, button, group box or tab whose text needs more width than it has."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from agent_desk.i18n.languages import Language, ts_path

PLACEHOLDER = re.compile(r"%\d|%n|%p|%v|%m|\{[^}]*\}")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+")  # with full-width punctuation
KEY_NAME = re.compile(r"(Ctrl|Shift|Alt|Delete|Enter|Esc|F\d+)(\+\w+)*")  # "(Delete)" in a tooltip is a key
WORD = re.compile(r"[A-Za-z][a-z]+")
# Small words that only running English text has; names, codes and addresses rarely do.
ENGLISH_GLUE = re.compile(r"\b(the|is|are|was|not|of|to|with|for|from|this|that|your|you|be|and|no|an|in|on|at|"
                          r"by|it|has|have|can|cannot|will|a)\b", re.IGNORECASE)
ROWS_LOOKED_AT = 40  # of each table: enough to meet every kind of cell the screen has


def normalised(text: str) -> str:
    """Without accelerators, the colon of a form label, and spacing at the ends."""
    text = re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":：").strip()


@dataclass
class EnglishTexts:
    """The English source texts whose translation differs, as texts and as templates."""

    exact: set[str] = field(default_factory=set)
    templates: list[re.Pattern[str]] = field(default_factory=list)

    @classmethod
    def from_ts(cls, language: Language) -> EnglishTexts:
        found = cls()
        for message in ET.parse(ts_path(language)).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if not source or normalised(translation) == normalised(source):
                continue  # "Agent Desk", "A4", "%1 — %2": the same in every language
            found.exact.add(normalised(source))
            literal = PLACEHOLDER.sub(" ", source)
            if PLACEHOLDER.search(source) and len(WORD.findall(literal)) >= 2:
                parts = [re.escape(part) for part in PLACEHOLDER.split(normalised(source))]
                found.templates.append(re.compile("(?s)" + ".+?".join(parts)))
        return found

    def matches(self, text: str) -> bool:
        """The text, or a Latin stretch of it between Chinese words, is one of the English sources."""
        for part in latin_parts(text):
            part = normalised(part)
            if part and (part in self.exact or any(t.fullmatch(part) for t in self.templates)):
                return True
        return False


def latin_parts(text: str) -> list[str]:
    """"不可投保：age 61 plus term 20" → ["age 61 plus term 20"]: the stretches between Chinese words."""
    return [part for part in CHINESE.split(text) if part.strip() and not KEY_NAME.fullmatch(part.strip())]


def looks_english(text: str) -> bool:
    """A phrase of English words with the glue words of a sentence, and no Chinese
    (a path or an address without spaces is not a phrase)."""
    for part in latin_parts(text):
        words = [word for word in part.split() if WORD.fullmatch(word.strip(".,;:!?()\"'"))]
        if len(words) >= 3 and ENGLISH_GLUE.search(" ".join(words)) is not None:
            return True
    return False


def shown_text(text: str) -> str:
    """A label's or button's text as painted: the mnemonic's & is not drawn."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def widget_path(widget: QWidget) -> str:
    names = []
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names[-4:] if len(names) > 4 else names))


@dataclass
class Walk:
    """Inspects windows in one language; collects problems as readable lines."""

    language: Language
    english: EnglishTexts | None
    problems: list[str] = field(default_factory=list)
    allowed_english: set[str] = field(default_factory=set)  # data that is English on purpose
    data_widgets: set[QWidget] = field(default_factory=set)  # labels that show the book's words
    seen: int = 0

    def inspect(self, root: QWidget, where: str) -> None:
        widgets = [root, *root.findChildren(QWidget)]
        for widget in widgets:
            if not widget.isVisibleTo(root) and widget is not root:
                continue
            if widget.window() is not root.window():
                continue
            self._inspect_widget(widget, where)
        if root.isWindow():
            self._ui_text(root.windowTitle(), f"{where}: title of {widget_path(root)}")

    # -- one widget -----------------------------------------------------------
    def _inspect_widget(self, widget: QWidget, where: str) -> None:
        path = f"{where}: {widget_path(widget)}"
        if isinstance(widget, QLabel):
            self._ui_text(widget.text(), path, data=self._shows_data(widget) or widget in self.data_widgets)
            self._check_label_fits(widget, path)
        elif isinstance(widget, QAbstractButton):
            self._ui_text(widget.text(), path)
            self._check_button_fits(widget, path)
        elif isinstance(widget, QGroupBox):
            self._ui_text(widget.title(), path)
            if widget.title() and widget.fontMetrics().horizontalAdvance(shown_text(widget.title())) > widget.width():
                self._clipped(widget.title(), path, widget.width())
        elif isinstance(widget, QTabBar):
            self._inspect_tabs(widget, path)
        elif isinstance(widget, QLineEdit):
            self._ui_text(widget.placeholderText(), f"{path} (placeholder)")
        elif isinstance(widget, QComboBox):
            for row in range(widget.count()):
                self._data_text(widget.itemText(row), f"{path} item {row}")
        elif isinstance(widget, QAbstractItemView):
            self._inspect_view(widget, path)
        if widget.toolTip():
            self._ui_text(widget.toolTip(), f"{path} (tooltip)")

    @staticmethod
    def _shows_data(label: QLabel) -> bool:
        """Labels that show the book's words (a name, a note, a greeting), not the UI's."""
        return label.objectName() == "pageTitle"  # a client's or plan's name

    def _inspect_tabs(self, bar: QTabBar, path: str) -> None:
        for index in range(bar.count()):
            text = bar.tabText(index)
            self._ui_text(text, f"{path} tab {index}")
            if bar.isTabVisible(index) and not bar.usesScrollButtons() and \
                    bar.tabRect(index).width() < bar.tabSizeHint(index).width():
                self._clipped(text, f"{path} tab {index}", bar.tabRect(index).width())

    def _inspect_view(self, view: QAbstractItemView, path: str) -> None:
        model = view.model()
        if model is None:
            return
        rows, columns = _shape(model)
        for column in range(columns):
            header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if isinstance(header, str):
                self._ui_text(header, f"{path} header {column}")
        for row in range(min(rows, ROWS_LOOKED_AT)):
            for column in range(columns):
                index = model.index(row, column)
                value = model.data(index, Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    self._data_text(value, f"{path} cell {row},{column}")
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    self._data_text(tip, f"{path} cell {row},{column} (tooltip)")
        if isinstance(view, QListWidget) and view.objectName() == "nav":
            self._check_nav_fits(view, path)

    # -- English ----------------------------------------------------------------
    def _ui_text(self, text: str, path: str, data: bool = False) -> None:
        """Words the UI itself shows: an English source or any English phrase is a miss."""
        if not text:
            return
        self.seen += 1
        if self.english is None:
            return
        plain = re.sub(r"<[^>]+>", " ", text) if "<" in text else text
        for line in plain.splitlines():
            line = line.strip()
            if not line or line in self.allowed_english:
                continue
            if self.english.matches(line) or (not data and looks_english(line)):
                self.problems.append(f"untranslated: {line!r} in {path}")

    def _data_text(self, text: str, path: str) -> None:
        """Cells and combo items mix data with UI words: only the app's own English counts."""
        if not text:
            return
        self.seen += 1
        if self.english is None:
            return
        for line in text.splitlines():
            if line.strip() not in self.allowed_english and self.english.matches(line):
                self.problems.append(f"untranslated: {line.strip()!r} in {path}")

    # -- clipping ---------------------------------------------------------------
    def _clipped(self, text: str, path: str, width: int, needed: int | None = None) -> None:
        need = f", needs {needed}" if needed is not None else ""
        self.problems.append(f"clipped: {text!r} in {path} ({width} px wide{need})")

    def _check_label_fits(self, label: QLabel, path: str) -> None:
        text = label.text()
        if not text or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or \
                (label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)) or \
                label.pixmap() is not None and not label.pixmap().isNull():
            return
        metrics = label.fontMetrics()
        lines = (shown_text(text) if label.buddy() is not None else text).splitlines()
        needed = max(metrics.horizontalAdvance(line) for line in lines) if text.strip() else 0
        indent = label.indent() if label.indent() > 0 else 0
        available = label.contentsRect().width() - 2 * label.margin() - indent
        if needed > available + 1:
            self._clipped(text, path, available, needed)

    def _check_button_fits(self, button: QAbstractButton, path: str) -> None:
        text = button.text()
        if not text:
            return
        if isinstance(button, QToolButton):
            if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
                return
            if button.width() + 1 < button.sizeHint().width():
                self._clipped(text, path, button.width(), button.sizeHint().width())
            return
        if isinstance(button, (QPushButton, QCheckBox, QRadioButton)):
            needed = button.sizeHint().width()  # the style's room for icon, text, padding and indicator
            if button.width() + 1 < needed:
                self._clipped(text, path, button.width(), needed)

    def _check_nav_fits(self, nav: QListWidget, path: str) -> None:
        style = nav.style()
        icon = nav.iconSize().width() or style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        for row in range(nav.count()):
            item = nav.item(row)
            needed = nav.fontMetrics().horizontalAdvance(item.text()) + icon + 2 * 10 + 2 * 6 + 8
            if needed > nav.viewport().width():
                self._clipped(item.text(), f"{path} item {row}", nav.viewport().width(), needed)


def _shape(model) -> tuple[int, int]:  # noqa: ANN001
    """Rows and columns of a model's top level (a QListWidget's model hides its counts from Python)."""
    try:
        return model.rowCount(QModelIndex()), model.columnCount(QModelIndex())
    except TypeError:
        rows = 0
        while model.index(rows, 0).isValid():
            rows += 1
        return rows, 1


def visible_dialogs(before: Iterable[QWidget] = ()) -> list[QWidget]:
    """Top-level windows shown now that were not shown before (a dialog just opened)."""
    from PySide6.QtWidgets import QApplication, QDialog

    old = set(map(id, before))
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and isinstance(w, (QDialog, QMenu)) and id(w) not in old]
