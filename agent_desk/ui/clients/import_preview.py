"""The import preview's table: a row per file row with its status (ready,
errors, likely duplicate of whom). Wraps an ImportPlan; no I/O. Texts are made
when the view asks, so a 100,000-row file costs nothing until scrolled."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from agent_desk.domain.client_csv_rules import ID_NUMBER, NAME_BY_SCRIPT
from agent_desk.i18n.qt import TranslationContext
from agent_desk.services.client_import import Duplicate, ImportPlan, PlannedRow
from agent_desk.ui.clients.formatting import date_text
from agent_desk.ui.clients.page_labels import problem_text

AnyIndex = QModelIndex | QPersistentModelIndex
ImportPreview = TranslationContext("ImportPreview")  # the name is the context: see TranslationContext
ERROR_COLOUR = QColor("#c0392b")
DUPLICATE_COLOUR = QColor("#b9770e")


class Column(IntEnum):
    LINE = 0
    STATUS = 1
    NAME = 2
    PHONE = 3
    EMAIL = 4
    BIRTH_DATE = 5
    ID_NUMBER = 6
    REMARKS = 7


def column_headers() -> dict[Column, str]:
    return {
        Column.LINE: ImportPreview.tr("Line"), Column.STATUS: ImportPreview.tr("Status"),
        Column.NAME: ImportPreview.tr("Name"), Column.PHONE: ImportPreview.tr("Phone"),
        Column.EMAIL: ImportPreview.tr("E-mail"), Column.BIRTH_DATE: ImportPreview.tr("Birth date"),
        Column.ID_NUMBER: ImportPreview.tr("ID number"), Column.REMARKS: ImportPreview.tr("Errors and duplicates"),
    }


def duplicate_text(duplicate: Duplicate) -> str:
    what = {"phone": ImportPreview.tr("Same phone as %1"), "email": ImportPreview.tr("Same e-mail as %1"),
            ID_NUMBER: ImportPreview.tr("Same ID number as %1")}[duplicate.field]
    if duplicate.client_id is not None:
        whom = ImportPreview.tr("%1 (in your book)").replace("%1", duplicate.name)
    else:
        whom = ImportPreview.tr("line %1 (%2)").replace("%1", str(duplicate.line)).replace("%2", duplicate.name)
    return what.replace("%1", whom)


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._plan: ImportPlan | None = None
        self._shown: list[int] = []  # plan row indexes in view order
        self._problems_only = False
        self._headers = column_headers()
        self._cell_of: dict[str, int] = {}

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        # Where each field's raw text is, to show rows whose details did not parse.
        self._cell_of = {} if plan is None else {field: index for index, field in plan.columns.fields.items()}
        self._refilter()
        self.endResetModel()

    def set_problems_only(self, only: bool) -> None:
        self.beginResetModel()
        self._problems_only = only
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        plan = self._plan
        if plan is None:
            self._shown = []
        elif self._problems_only:
            self._shown = [i for i, row in enumerate(plan.rows) if row.errors or i in plan.duplicates]
        else:
            self._shown = list(range(len(plan.rows)))

    def plan_row(self, view_row: int) -> tuple[PlannedRow, tuple[Duplicate, ...]] | None:
        if self._plan is None or not 0 <= view_row < len(self._shown):
            return None
        index = self._shown[view_row]
        return self._plan.rows[index], self._plan.duplicates.get(index, ())

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(
                Column):
            return self._headers[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        found = self.plan_row(index.row())
        if found is None:
            return None
        row, duplicates = found
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, duplicates, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.STATUS, Column.REMARKS):
            if row.errors:
                return ERROR_COLOUR
            if duplicates:
                return DUPLICATE_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: PlannedRow, duplicates: tuple[Duplicate, ...], column: Column, tooltip: bool) -> str:
        if column is Column.LINE:
            return str(row.line)
        if column is Column.STATUS:
            if row.errors:
                return ImportPreview.tr("Error")
            return ImportPreview.tr("Duplicate?") if duplicates else ImportPreview.tr("Ready")
        if column is Column.REMARKS:
            parts = [problem_text(error.message) for error in row.errors] + [duplicate_text(d) for d in duplicates]
            return ("\n" if tooltip else "; ").join(parts)
        details = row.details
        if details is not None:
            return {
                Column.NAME: row.name,
                Column.PHONE: details.phone,
                Column.EMAIL: details.email,
                Column.BIRTH_DATE: date_text(details.birth_date) if details.birth_date else "",
                Column.ID_NUMBER: row.id_number,
            }[column]
        return self._raw(row, column)

    def _raw(self, row: PlannedRow, column: Column) -> str:
        """A row with errors, as the file has it."""
        if column is Column.NAME:
            names = [self._cell(row, field) for field in ("name_local", NAME_BY_SCRIPT, "name")]
            return " ".join(name for name in names if name)
        field = {Column.PHONE: "phone", Column.EMAIL: "email", Column.BIRTH_DATE: "birth_date",
                 Column.ID_NUMBER: ID_NUMBER}[column]
        return self._cell(row, field)

    def _cell(self, row: PlannedRow, field: str) -> str:
        index = self._cell_of.get(field)
        return row.cells[index].strip() if index is not None and index < len(row.cells) else ""
