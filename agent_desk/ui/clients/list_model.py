"""The client list as a Qt table model that fetches pages lazily from the
database worker. It holds rows, never a session, and does no I/O itself."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from agent_desk.domain.segments import TierRules
from agent_desk.services.clients import ClientQuery, ClientRow, ClientSort, count_clients, list_clients
from agent_desk.services.segments import tier_rules
from agent_desk.ui.clients.page_labels import tier_explanation, tier_text
from agent_desk.ui.context import AppContext

PAGE_SIZE = 200
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """What the agent scans for first comes first, for a narrow list."""

    NAME = 0
    AGE = 1
    STAGE = 2
    TIER = 3
    PHONE = 4
    EMAIL = 5


SORT_BY_COLUMN = {
    Column.NAME: ClientSort.NAME,
    Column.AGE: ClientSort.AGE,
    Column.STAGE: ClientSort.STAGE,
    Column.TIER: ClientSort.TIER,
}
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ClientListModel(QAbstractTableModel):
    """Rows arrive a page at a time; a new query replaces them. Results of an
    older query that arrive late are dropped (the generation counter)."""

    loaded = Signal(int)  # total matching the current query, after its first page

    def __init__(self, ctx: AppContext, stage_names: dict[str, str], parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._ctx = ctx
        self._stage_names = stage_names
        self._rows: list[ClientRow] = []
        self._total = 0
        self._query = ClientQuery()
        self._generation = 0
        self._fetching = False
        self._today = date.today()
        self._rules = TierRules()  # the book's, read with each first page: the tier tooltip words them

    # -- queries --------------------------------------------------------------
    @property
    def query(self) -> ClientQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: ClientQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Fetch the first page of the current query again (after edits)."""
        self._generation += 1
        generation, query = self._generation, self._query
        self._fetching = True
        self._today = date.today()

        def load(session):  # noqa: ANN001, ANN202
            return count_clients(session, query), list_clients(session, query, 0, PAGE_SIZE), tier_rules(session)

        self._ctx.query(load, lambda result: self._replace(generation, *result))

    def _replace(self, generation: int, total: int, rows: list[ClientRow], rules: TierRules) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows, self._total, self._rules = rows, total, rules
        self.endResetModel()
        self._fetching = False
        self.loaded.emit(total)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._fetching or not self.canFetchMore():
            return
        self._fetching = True
        generation, query, offset = self._generation, self._query, len(self._rows)
        self._ctx.query(lambda s: list_clients(s, query, offset, PAGE_SIZE),
                        lambda rows: self._append(generation, offset, rows))

    def _append(self, generation: int, offset: int, rows: list[ClientRow]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        if not rows:
            self._total = len(self._rows)  # the book shrank meanwhile
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # -- rows -----------------------------------------------------------------
    def row_at(self, row: int) -> ClientRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, client_id) -> int:  # noqa: ANN001
        for index, row in enumerate(self._rows):
            if row.id == client_id:
                return index
        return -1

    # -- Qt model -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NAME: self.tr("Name"),
            Column.AGE: self.tr("Age"),
            Column.PHONE: self.tr("Phone"),
            Column.EMAIL: self.tr("E-mail"),
            Column.STAGE: self.tr("Stage"),
            Column.TIER: self.tr("Tier"),
        }[Column(section)]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.AGE, Column.TIER):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return row.display_name
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TIER:
            return self.tier_tooltip(row)
        return None

    def tier_tooltip(self, row: ClientRow) -> str:
        """The tier, then why: the reasons computed with it."""
        return f"{tier_text(row.tier)}\n{tier_explanation(row.tier_basis, self._rules)}"

    def _display(self, row: ClientRow, column: Column) -> str:
        if column == Column.NAME:
            return row.display_name
        if column == Column.AGE:
            age = row.age(self._today)
            return "" if age is None else str(age)
        if column == Column.PHONE:
            return row.phone
        if column == Column.EMAIL:
            return row.email
        if column == Column.STAGE:
            return self._stage_names.get(row.stage.value, row.stage.value)
        return row.tier.value if row.tier else "–"

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort = SORT_BY_COLUMN.get(Column(column))
        if sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) != (self._query.sort, self._query.descending):
            self.set_query(ClientQuery(self._query.text, self._query.stage, self._query.tier, sort, descending))
