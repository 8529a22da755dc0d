"""Who brought the most business: the clients whose referrals — and the
referrals of those, down the whole chain — pay the most premium a year.
Double-click a line (or press Enter) to open that client."""

from __future__ import annotations

import uuid
from decimal import ROUND_HALF_UP, Decimal
from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk.services.changes import Changes
from agent_desk.services.segments import ReferrerRow, referral_leaderboard
from agent_desk.ui.clients.formatting import money_text
from agent_desk.ui.clients.page_labels import tier_text
from agent_desk.ui.context import AppContext
from agent_desk.ui.segments.tier_rules_dialog import open_tier_rules_dialog
from agent_desk.ui.theme import heading_font

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_LIMIT = 50


class Column(IntEnum):
    NAME = 0
    TIER = 1
    DIRECT = 2
    CHAIN = 3
    DIRECT_PREMIUM = 4
    CHAIN_PREMIUM = 5


class ReferralReport(QWidget):
    open_client_requested = Signal(object)  # UUID
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, limit: int = DEFAULT_LIMIT):
        super().__init__(parent)
        self._ctx = ctx
        self._limit = limit
        self._generation = 0
        self._stale = True  # loads when first shown
        self.rows: list[ReferrerRow] = []

        title = QLabel(self.tr("Referrals"))
        title.setFont(heading_font(14.0))
        self.summary_label = QLabel(self.tr("Who brought the most business: the yearly premium of the clients "
                                            "each client referred, and of everyone those referred in turn."),
                                    objectName="subtle")
        self.summary_label.setWordWrap(True)
        self.rules_button = QPushButton(self.tr("Tier rules…"))
        self.rules_button.setToolTip(self.tr("How tiers are computed and what service each tier gets"))
        self.rules_button.clicked.connect(lambda: open_tier_rules_dialog(self._ctx, self))
        self.empty_label = QLabel(self.tr("No client has referred anyone yet. Record who referred a client on "
                                          "their page, under Referred by."), objectName="subtle")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        self.table = QTableWidget(0, len(Column))
        self.table.setHorizontalHeaderLabels([
            self.tr("Client"), self.tr("Tier"), self.tr("Referred"), self.tr("Whole chain"),
            self.tr("Premium of referred"), self.tr("Premium of whole chain")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column in list(Column)[1:]:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeaderItem(Column.CHAIN).setToolTip(
            self.tr("Everyone down the chain: the clients referred, the clients they referred, and so on"))
        self.table.itemActivated.connect(self._activated)  # double-click, or Enter

        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        ctx.bus.changes_applied.connect(self._on_changes)

    def reload(self) -> None:
        self._generation += 1
        self._stale = False
        generation, limit = self._generation, self._limit
        self._ctx.query(lambda s: referral_leaderboard(s, limit), lambda rows: self._loaded(generation, rows))

    def _loaded(self, generation: int, rows: list[ReferrerRow]) -> None:
        if generation != self._generation:
            return
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = {
                Column.NAME: row.name,
                Column.TIER: tier_text(row.tier),
                Column.DIRECT: str(row.direct_referrals),
                Column.CHAIN: str(row.chain_referrals),
                Column.DIRECT_PREMIUM: _money(row.direct_premium, row.currency),
                Column.CHAIN_PREMIUM: _money(row.chain_premium, row.currency),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setData(CLIENT_ID_ROLE, row.client_id)
                if column != Column.NAME:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                                          if column >= Column.DIRECT else Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, column, item)
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.loaded.emit()

    def _activated(self, item: QTableWidgetItem) -> None:
        client_id = item.data(CLIENT_ID_ROLE)
        if isinstance(client_id, uuid.UUID):
            self.open_client_requested.emit(client_id)

    def _on_changes(self, changes: Changes) -> None:
        if changes.tiers or changes.client_list or changes.relationships or changes.policies:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if self._stale:
            self.reload()


def _money(amount: Decimal, currency: str) -> str:
    return money_text(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP), currency)
