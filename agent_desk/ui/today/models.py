"""Qt models of the Today screen: plain rows in, text and colours out, no I/O.

The task list is one flat table: a heading row for each section (Overdue,
Today, This week), its tasks under it, and a friendly line when a section is
empty. Headings and empty lines are not selectable, so the keyboard moves from
task to task. Dates and amounts are formatted only for the rows painted
(a 100k-client book can have tens of thousands due), each date once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any, Generic, TypeVar

from babel.dates import format_skeleton
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from agent_desk.domain.greetings import GreetingLanguage
from agent_desk.services.claims import StalledClaimRow
from agent_desk.services.followups import FollowUpRow
from agent_desk.services.today import BirthdayRow, RenewalRow
from agent_desk.ui import theme
from agent_desk.ui.clients.formatting import date_text, money_text, ui_locale
from agent_desk.ui.icons import icon
from agent_desk.ui.today.labels import (
    claim_stage_names,
    kind_icon_name,
    kind_names,
    language_names,
    overdue_text,
    subject_text,
)

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
R = TypeVar("R")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def warning_colour() -> QColor:
    """Late things: a red that reads on the light and the dark palette."""
    return QColor("#ef7b6c") if theme.is_dark() else QColor("#b3261e")


def month_day_text(day: date) -> str:
    """"Oct 27": the side column's dates are all within a month or so."""
    return format_skeleton("MMMd", day, locale=ui_locale())


def weekday_text(day: date) -> str:
    """"Thu, Nov 26": which day of the week a birthday falls on matters."""
    return format_skeleton("MMMEd", day, locale=ui_locale())


class DateTexts:
    """Each date formatted once: a section of thousands of rows has a few dozen dates."""

    def __init__(self, formatter: Callable[[date], str] = date_text):
        self._formatter = formatter
        self._cache: dict[date, str] = {}

    def __call__(self, day: date | None) -> str:
        if day is None:
            return ""
        text = self._cache.get(day)
        if text is None:
            text = self._cache[day] = self._formatter(day)
        return text


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of frozen rows; columns from an IntEnum."""

    columns: type[IntEnum]
    right_aligned: frozenset[int] = frozenset()

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[R] = []
        self.dates = DateTexts()

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
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(self.columns(section))
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.right_aligned:
            return _RIGHT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self.columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_aligned:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and self.is_late(row, column):
            return warning_colour()
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        return None

    # -- what subclasses say ----------------------------------------------------
    def header(self, column: IntEnum) -> str:
        raise NotImplementedError

    def text(self, row: R, column: IntEnum) -> str:
        raise NotImplementedError

    def tooltip(self, row: R, column: IntEnum) -> str:
        return self.text(row, column)

    def is_late(self, row: R, column: IntEnum) -> bool:
        return False

    def decoration(self, row: R, column: IntEnum) -> Any:
        return None


# -- the agent's tasks ----------------------------------------------------------------
class TaskColumn(IntEnum):
    KIND = 0
    CLIENT = 1
    SUBJECT = 2
    DUE = 3
    LATE = 4


class Section(IntEnum):
    OVERDUE = 0
    TODAY = 1
    WEEK = 2


@dataclass(frozen=True)
class SectionHeading:
    section: Section
    title: str


@dataclass(frozen=True)
class EmptyLine:
    section: Section
    text: str


TaskEntry = FollowUpRow | SectionHeading | EmptyLine
_SECTION_ICONS = {Section.OVERDUE: "lapse_warning", Section.TODAY: "today", Section.WEEK: "reschedule"}


class TaskTableModel(QAbstractTableModel):
    """The three sections in one table; `today` dates the lateness of each task."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._entries: list[TaskEntry] = []
        self._empty: set[Section] = set()
        self._today = date.today()
        self._kind_names = kind_names()
        self._dates = DateTexts()
        self._subjects: dict[object, str] = {}

    def set_sections(self, today: date, sections: Sequence[tuple[SectionHeading, list[FollowUpRow], str]]) -> None:
        """Each section as (heading, its tasks, what to say when it has none)."""
        entries: list[TaskEntry] = []
        empty: set[Section] = set()
        for heading, rows, empty_text in sections:
            entries.append(heading)
            if rows:
                entries.extend(rows)
            else:
                entries.append(EmptyLine(heading.section, empty_text))
                empty.add(heading.section)
        self.beginResetModel()
        self._today, self._entries, self._empty, self._subjects = today, entries, empty, {}
        self.endResetModel()

    def entry_at(self, row: int) -> TaskEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def task_at(self, row: int) -> FollowUpRow | None:
        entry = self.entry_at(row)
        return entry if isinstance(entry, FollowUpRow) else None

    def spanning_rows(self) -> list[int]:
        """Headings and empty lines: one cell across the whole table."""
        return [i for i, entry in enumerate(self._entries) if not isinstance(entry, FollowUpRow)]

    def row_of(self, followup_id: object) -> int:
        for i, entry in enumerate(self._entries):
            if isinstance(entry, FollowUpRow) and entry.id == followup_id:
                return i
        return -1

    def tasks(self) -> list[FollowUpRow]:
        return [entry for entry in self._entries if isinstance(entry, FollowUpRow)]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(TaskColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            TaskColumn.KIND: self.tr("What"),
            TaskColumn.CLIENT: self.tr("Client"),
            TaskColumn.SUBJECT: self.tr("About"),
            TaskColumn.DUE: self.tr("Due"),
            TaskColumn.LATE: self.tr("Late"),
        }[TaskColumn(section)]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        entry = self.entry_at(index.row())
        if isinstance(entry, FollowUpRow):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags  # the keyboard skips headings and empty lines

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        if isinstance(entry, FollowUpRow):
            return self._task_data(entry, TaskColumn(index.column()), role)
        if index.column() != 0:
            return None
        late = entry.section == Section.OVERDUE
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title if isinstance(entry, SectionHeading) else entry.text
        if role == Qt.ItemDataRole.FontRole:
            font = QGuiApplication.font()
            if isinstance(entry, SectionHeading):
                font.setWeight(QFont.Weight.DemiBold)
            else:
                font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if isinstance(entry, SectionHeading):
                has_late = late and entry.section not in self._empty
                return warning_colour() if has_late else QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.DecorationRole and isinstance(entry, SectionHeading):
            return icon(_SECTION_ICONS[entry.section])
        if role == Qt.ItemDataRole.BackgroundRole and isinstance(entry, SectionHeading):
            return QGuiApplication.palette().color(QPalette.ColorRole.Window)
        return None

    def _task_data(self, row: FollowUpRow, column: TaskColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole and column == TaskColumn.KIND:
            return icon(kind_icon_name(row.kind))
        if role == Qt.ItemDataRole.ForegroundRole and column in (TaskColumn.LATE, TaskColumn.DUE) \
                and row.due < self._today:
            return warning_colour()
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(row, column)
            if column in (TaskColumn.SUBJECT, TaskColumn.KIND) and row.notes:
                return f"{text}\n{row.notes}"
            return text
        return None

    def _text(self, row: FollowUpRow, column: TaskColumn) -> str:
        if column == TaskColumn.KIND:
            return self._kind_names.get(row.kind, row.kind.value)
        if column == TaskColumn.CLIENT:
            return row.client_name
        if column == TaskColumn.SUBJECT:
            subject = self._subjects.get(row.id)
            if subject is None:
                subject = self._subjects[row.id] = subject_text(row)
            return subject
        if column == TaskColumn.DUE:
            return self._dates(row.due)
        return overdue_text((self._today - row.due).days)


# -- the side column ----------------------------------------------------------------------
class RenewalColumn(IntEnum):
    POLICY = 0
    CLIENT = 1
    DUE = 2
    AMOUNT = 3


class RenewalModel(RowsModel[RenewalRow]):
    columns = RenewalColumn
    right_aligned = frozenset({RenewalColumn.AMOUNT})

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.today = date.today()
        self.dates = DateTexts(month_day_text)

    def header(self, column: IntEnum) -> str:
        return {RenewalColumn.POLICY: self.tr("Policy"), RenewalColumn.CLIENT: self.tr("Client"),
                RenewalColumn.DUE: self.tr("Due"), RenewalColumn.AMOUNT: self.tr("Amount")}[column]

    def text(self, row: RenewalRow, column: IntEnum) -> str:
        if column == RenewalColumn.POLICY:
            return row.policy_number
        if column == RenewalColumn.CLIENT:
            return row.client_name
        if column == RenewalColumn.DUE:
            return self.dates(row.due)
        return money_text(row.amount, row.currency)

    def tooltip(self, row: RenewalRow, column: IntEnum) -> str:
        if column == RenewalColumn.POLICY:
            return f"{row.policy_number} · {row.product_name}"
        if column == RenewalColumn.DUE:
            return date_text(row.due)
        return self.text(row, column)

    def is_late(self, row: RenewalRow, column: IntEnum) -> bool:
        return column == RenewalColumn.DUE and row.due < self.today


class BirthdayColumn(IntEnum):
    NAME = 0
    DAY = 1
    AGE = 2
    LANGUAGE = 3


class BirthdayModel(RowsModel[BirthdayRow]):
    """`language` is the section's choice: None for each client's own (guessed) language."""

    columns = BirthdayColumn
    right_aligned = frozenset({BirthdayColumn.AGE})

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.today = date.today()
        self.dates = DateTexts(weekday_text)
        self.language: GreetingLanguage | None = None
        self._language_names = language_names()

    def set_language(self, language: GreetingLanguage | None) -> None:
        self.language = language
        if self._rows:
            self.dataChanged.emit(self.index(0, BirthdayColumn.LANGUAGE),
                                  self.index(len(self._rows) - 1, BirthdayColumn.LANGUAGE))

    def language_of(self, row: BirthdayRow) -> GreetingLanguage:
        return self.language or row.language

    def header(self, column: IntEnum) -> str:
        return {BirthdayColumn.NAME: self.tr("Name"), BirthdayColumn.DAY: self.tr("Birthday"),
                BirthdayColumn.AGE: self.tr("Turns"), BirthdayColumn.LANGUAGE: self.tr("Greeting in")}[column]

    def text(self, row: BirthdayRow, column: IntEnum) -> str:
        if column == BirthdayColumn.NAME:
            return row.display_name
        if column == BirthdayColumn.DAY:
            return self.tr("Today") if row.birthday == self.today else self.dates(row.birthday)
        if column == BirthdayColumn.AGE:
            return str(row.age)
        return self._language_names[self.language_of(row)]

    def decoration(self, row: BirthdayRow, column: IntEnum) -> Any:
        return icon("birthday") if column == BirthdayColumn.NAME and row.birthday == self.today else None


class ClaimColumn(IntEnum):
    CLIENT = 0
    POLICY = 1
    STAGE = 2
    LATE = 3


class StalledClaimModel(RowsModel[StalledClaimRow]):
    columns = ClaimColumn
    right_aligned = frozenset({ClaimColumn.LATE})

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._stage_names = claim_stage_names()

    def header(self, column: IntEnum) -> str:
        return {ClaimColumn.CLIENT: self.tr("Client"), ClaimColumn.POLICY: self.tr("Policy"),
                ClaimColumn.STAGE: self.tr("Stage"), ClaimColumn.LATE: self.tr("Late")}[column]

    def text(self, row: StalledClaimRow, column: IntEnum) -> str:
        if column == ClaimColumn.CLIENT:
            return row.client_name
        if column == ClaimColumn.POLICY:
            return row.policy_number
        if column == ClaimColumn.STAGE:
            return self._stage_names.get(row.stage, row.stage.value)
        return overdue_text(row.days_overdue)

    def tooltip(self, row: StalledClaimRow, column: IntEnum) -> str:
        if column == ClaimColumn.STAGE:
            return self.tr("In this stage for %1 days, since %2").replace("%1", str(row.days_in_stage)) \
                .replace("%2", self.dates(row.entered_on))
        return self.text(row, column)

    def is_late(self, row: StalledClaimRow, column: IntEnum) -> bool:
        return column == ClaimColumn.LATE
