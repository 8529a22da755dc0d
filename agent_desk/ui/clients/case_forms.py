"""Pieces the claims and service tabs share: a table model over plain rows
(no I/O; columns declared once, an alert flag drawn in red), and a form
dialog that runs its use case and closes only once it succeeded, showing
each refused field's message under the field and keeping what was typed."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desk import config
from agent_desk.domain.money import to_decimal
from agent_desk.errors import ValidationError
from agent_desk.ui.clients.page_labels import problem_text
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.theme import is_dark

AnyIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
ALERT_COLOUR = QColor("#c0392b")  # the theme's error red


@dataclass(frozen=True)
class TableColumn(Generic[R]):
    header: str
    text: Callable[[R], str]
    right: bool = False  # amounts line up on the right
    tip: str = ""
    alert: bool = False  # drawn in red and bold when the row needs attention


class RowsTableModel(QAbstractTableModel, Generic[R]):
    """Plain rows handed in by a tab, one column per TableColumn; no I/O."""

    def __init__(self, columns: Sequence[TableColumn[R]], *, dimmed: Callable[[R], bool] = lambda _row: False,
                 alert: Callable[[R], bool] = lambda _row: False, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._dimmed, self._alert = dimmed, alert

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return column.tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.alert and self._alert(row):
                return ALERT_COLOUR
            if self._dimmed(row):
                return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and column.alert and self._alert(row):
            font = QFont()
            font.setBold(True)
            return font
        return None


def rows_table(model: QAbstractTableModel) -> QTableView:
    """A read-only, one-row-selection table in the client page's look."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    return table


def date_edit(value: date, minimum: date | None = None, *, past_only: bool = True) -> QDateEdit:
    """A date typed as year-month-day or picked from a calendar; by default never after today."""
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if past_only:
        edit.setMaximumDate(QDate.currentDate())
    if minimum is not None:
        edit.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
    # The theme gives combo boxes a flat drop-down with a chevron but not date
    # edits; the same here, so a date reads as a choice like the combos beside it.
    arrow = config.resources_dir() / "icons" / f"chevron-down-{'dark' if is_dark() else 'light'}.svg"
    edit.setStyleSheet("QDateEdit::drop-down { border: none; width: 22px; } "
                       f"QDateEdit::down-arrow {{ image: url({arrow.as_posix()}); width: 12px; height: 12px; }}")
    return edit


def text_box(placeholder: str, lines: int = 3) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on to the next field."""
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * (lines + 1) + 12)
    return box


def edit_date(edit: QDateEdit) -> date:
    return edit.date().toPython()


class FormDialog(QDialog):
    """A form whose OK asks the tab to run the use case; the dialog closes
    only once it succeeded, and shows each refused field's message under it."""

    submitted = Signal()

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields_box = QWidget()  # the rows, to disable them all at once
        self.form = QFormLayout(self.fields_box)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(6)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.general_error = QLabel(objectName="fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.fields_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """The widget with its (hidden) error message below it."""
        error = QLabel(objectName="fieldError")
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        box.setFocusProxy(widget)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, box)
        self.errors[name], self.fields[name] = error, box
        return widget

    def set_field_visible(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self.fields[name], visible)

    def _submit(self) -> None:
        self.clear_problems()
        self.submitted.emit()

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()

    def show_problems(self, problems: Mapping[str, str]) -> None:
        self.set_busy(False)
        general = []
        for name, message in problems.items():
            label = self.errors.get(name)
            if label is None:
                general.append(problem_text(message))
            else:
                label.setText(problem_text(message))
                label.show()
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        first = next((name for name in self.fields if name in problems), None)
        if first is not None:
            self.fields[first].setFocus(Qt.FocusReason.OtherFocusReason)
        # Room for the messages; a wrapped one needs more than the size hint, which ignores the width.
        self.layout().activate()
        needed = max(self.sizeHint().height(), self.layout().totalHeightForWidth(self.width()))
        if self.height() < needed:
            self.resize(self.width(), needed)

    def visible_problems(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if label.isVisibleTo(self)}

    def run(self, ctx: AppContext, work: Callable[[Any], Any], on_done: Callable[[Any], None] | None = None) -> None:
        """Run the use case; close on success, else say what was wrong."""
        self.set_busy(True)

        def done(result: Any) -> None:
            self.accept()
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self.show_problems(error.problems)
            else:
                self.set_busy(False)
                ctx.tasks.error.emit(error)

        ctx.apply(work, done, failed)


INTRO_ICON_SIZE = 32


def intro_header(icon_name: str, title: QLabel, intro: QLabel) -> QHBoxLayout:
    """A dialog's opening: its icon beside its title and a line of why."""
    badge = QLabel()
    badge.setPixmap(icon(icon_name).pixmap(INTRO_ICON_SIZE, INTRO_ICON_SIZE))
    words = QVBoxLayout()
    words.setSpacing(2)
    words.addWidget(title)
    words.addWidget(intro)
    header = QHBoxLayout()
    header.setSpacing(12)
    header.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
    header.addLayout(words, 1)
    return header


def alive(widget: QWidget) -> bool:
    """False once Qt has deleted the widget: an answer from the database worker
    may arrive after its tab was closed, and must then be dropped."""
    return shiboken6.isValid(widget)


def parse_amount(text: str, name: str, problems: dict[str, str], how: str) -> Decimal | None:
    """An amount typed by the agent ("45,000"), None when blank; a problem when unreadable."""
    if not text.strip():
        return None
    amount = to_decimal(text.replace(" ", ""))
    if amount is None:
        problems[name] = how
    return amount
