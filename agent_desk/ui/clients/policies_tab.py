"""The client's policies, read-only: as holder or as insured."""

from __future__ import annotations

import uuid
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from agent_desk.domain.clients import PolicyStatus
from agent_desk.services.policies import PolicyRow, policies_of
from agent_desk.ui.clients.case_forms import alive
from agent_desk.ui.clients.formatting import date_text, money_text
from agent_desk.ui.clients.page_labels import premium_per, status_names
from agent_desk.ui.context import AppContext

AnyIndex = QModelIndex | QPersistentModelIndex
MAX_NAME_COLUMN_CHARS = 28
ENDED = {PolicyStatus.LAPSED, PolicyStatus.SURRENDERED, PolicyStatus.MATURED, PolicyStatus.TERMINATED}


class Column(IntEnum):
    """What an agent looks for first comes first, for narrow windows."""

    PRODUCT = 0
    INSURED = 1
    STATUS = 2
    PREMIUM = 3
    NEXT_DUE = 4
    SUM_ASSURED = 5
    HOLDER = 6
    NUMBER = 7


class PolicyTableModel(QAbstractTableModel):
    """Rows handed in by the tab; the model does no I/O."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[PolicyRow] = []
        self._status_names = status_names()

    def set_rows(self, rows: list[PolicyRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PolicyRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NUMBER: self.tr("Policy no."),
                Column.PRODUCT: self.tr("Product"),
                Column.HOLDER: self.tr("Holder"),
                Column.INSURED: self.tr("Insured"),
                Column.SUM_ASSURED: self.tr("Sum assured"),
                Column.PREMIUM: self.tr("Premium"),
                Column.STATUS: self.tr("Status"),
                Column.NEXT_DUE: self.tr("Next due"),
            }[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (Column.SUM_ASSURED, Column.PREMIUM):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.SUM_ASSURED, Column.PREMIUM):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.status in ENDED:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _text(self, row: PolicyRow, column: Column) -> str:
        if column == Column.NUMBER:
            return row.policy_number
        if column == Column.PRODUCT:
            return row.product_name
        if column == Column.HOLDER:
            return row.holder_name
        if column == Column.INSURED:
            return row.insured_name
        if column == Column.SUM_ASSURED:
            return money_text(row.sum_assured, row.currency)
        if column == Column.PREMIUM:
            return premium_per(row.frequency, money_text(row.modal_premium, row.currency))
        if column == Column.STATUS:
            return self._status_names.get(row.status, row.status.value)
        return date_text(row.next_due_date) if row.status not in ENDED else ""


class PoliciesTab(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: uuid.UUID | None = None
        self.model = PolicyTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.summary_label = QLabel(objectName="subtle")
        self.empty_label = QLabel(self.tr("No policies yet. Policies this client holds or is insured under "
                                          "appear here."), objectName="subtle")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.summary_label)
        self._show([])

    def set_client(self, client_id: uuid.UUID | None) -> None:
        self._client_id = client_id
        self._show([])
        self.reload()

    def reload(self) -> None:
        client_id = self._client_id
        if client_id is not None:
            self._ctx.query(lambda s: policies_of(s, client_id), lambda rows: self._loaded(client_id, rows))

    def _loaded(self, client_id: uuid.UUID, rows: list[PolicyRow]) -> None:
        if alive(self) and client_id == self._client_id:
            self._show(rows)
            self.loaded.emit()

    def _show(self, rows: list[PolicyRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        widest = self.fontMetrics().averageCharWidth() * MAX_NAME_COLUMN_CHARS
        for column in (Column.PRODUCT, Column.INSURED, Column.HOLDER):  # long names elide; the tooltip has all
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        in_force = sum(1 for r in rows if r.status in (PolicyStatus.IN_FORCE, PolicyStatus.GRACE))
        self.summary_label.setText(self.tr("Policies: %1  ·  in force: %2").replace("%1", str(len(rows)))
                                   .replace("%2", str(in_force)))
        self.summary_label.setVisible(bool(rows))
