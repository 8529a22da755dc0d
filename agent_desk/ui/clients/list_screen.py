"""The client list: instant search, stage and tier filters, a lazy table."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QByteArray, QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desk.domain.clients import LifecycleStage, Tier
from agent_desk.services.changes import Changes
from agent_desk.services.clients import ClientQuery
from agent_desk.ui.clients.labels import stage_names
from agent_desk.ui.clients.list_model import ROW_ID_ROLE, ClientListModel, Column
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon

SEARCH_DELAY_MS = 120  # long enough to skip keystrokes, short enough to feel instant


class ClientListScreen(QWidget):
    client_selected = Signal(object)  # UUID
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._pending_selection: uuid.UUID | None = None

        self.search_box = QLineEdit(placeholderText=self.tr("Search name, phone, e-mail, policy no.…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.setObjectName("searchBox")

        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("All stages"), None)
        for code, name in stage_names().items():
            self.stage_filter.addItem(name, code)
        self.tier_filter = QComboBox()
        self.tier_filter.addItem(self.tr("All tiers"), None)
        for tier in Tier:
            self.tier_filter.addItem(self.tr("Tier %1").replace("%1", tier.value), tier.value)

        self.model = ClientListModel(ctx, stage_names(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        metrics = self.fontMetrics()
        header.resizeSection(Column.NAME, metrics.horizontalAdvance("王小明 Wang Xiaoming") + 24)
        header.resizeSection(Column.AGE, metrics.horizontalAdvance("Age") + 32)
        header.resizeSection(Column.STAGE, metrics.horizontalAdvance("New client") + 24)
        header.resizeSection(Column.TIER, metrics.horizontalAdvance("Tier") + 32)
        header.resizeSection(Column.PHONE, metrics.horizontalAdvance("+886 912 345 678") + 20)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)

        self.count_label = QLabel(objectName="subtle")

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 1)
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.tier_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.stage_filter.currentIndexChanged.connect(self._apply_filters)
        self.tier_filter.currentIndexChanged.connect(self._apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.loaded.connect(self._loaded)
        ctx.bus.changes_applied.connect(self._on_changes)

    # -- public ---------------------------------------------------------------
    def start(self) -> None:
        self.model.reload()

    def header_state(self) -> QByteArray:
        """Column widths, order and sort, to remember between sessions."""
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray) -> None:
        """Restore what header_state gave; the sort it holds re-queries the list."""
        if not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def select_client(self, client_id: uuid.UUID) -> None:
        """Select the client when it is (or once it is) in the loaded rows."""
        row = self.model.row_of(client_id)
        if row < 0:
            self._pending_selection = client_id
            return
        self._pending_selection = None
        index = self.model.index(row, Column.NAME)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def clear_selection(self) -> None:
        self._pending_selection = None
        self.table.selectionModel().clear()

    def selected_client(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ID_ROLE) if index.isValid() else None

    def current_query(self) -> ClientQuery:
        return self.model.query

    # -- internals ------------------------------------------------------------
    def _apply_filters(self) -> None:
        self._search_timer.stop()
        stage = self.stage_filter.currentData()
        tier = self.tier_filter.currentData()
        current = self.model.query
        self._pending_selection = self.selected_client()
        self.model.set_query(ClientQuery(
            text=self.search_box.text(),
            stage=LifecycleStage(stage) if stage else None,
            tier=Tier(tier) if tier else None,
            sort=current.sort,
            descending=current.descending,
        ))

    def _loaded(self, total: int) -> None:
        count = QLocale().toString(total)
        self.count_label.setText(self.tr("1 client") if total == 1 else self.tr("%1 clients").replace("%1", count))
        self.count_changed.emit(total)
        if self._pending_selection is not None:
            self.select_client(self._pending_selection)

    def _row_changed(self, current, _previous) -> None:  # noqa: ANN001
        client_id = self.model.data(current, ROW_ID_ROLE) if current.isValid() else None
        if client_id is not None:
            self.client_selected.emit(client_id)

    def _on_changes(self, changes: Changes) -> None:
        if changes.client_list or changes.clients:
            self._pending_selection = self.selected_client()
            self.model.reload()
