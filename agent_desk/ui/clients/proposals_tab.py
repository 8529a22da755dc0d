"""The proposals printed for the client, newest first: which plan, which
version, the language and paper, the catalog it was priced on. Opening one
shows it exactly as it was printed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agent_desk.proposals.model import LANGUAGE_NAMES
from agent_desk.services.changes import Changes
from agent_desk.services.proposals import ProposalRow, proposal_history
from agent_desk.ui.clients.case_forms import RowsTableModel, TableColumn, alive, rows_table
from agent_desk.ui.clients.formatting import local_datetime_text
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon


class ProposalsTab(QWidget):
    proposal_opened = Signal(object)  # UUID of a printed proposal to show
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: uuid.UUID | None = None
        self.model: RowsTableModel[ProposalRow] = RowsTableModel([
            TableColumn(self.tr("Printed"), lambda r: local_datetime_text(r.created_at)),
            TableColumn(self.tr("Proposal"), lambda r: r.number),
            TableColumn(self.tr("Version"), lambda r: str(r.version), right=True),
            TableColumn(self.tr("Plan"), lambda r: r.plan_name),
            TableColumn(self.tr("Language"), lambda r: LANGUAGE_NAMES.get(r.language, r.language)),
            TableColumn(self.tr("Paper"), lambda r: r.paper.upper()),
            TableColumn(self.tr("Pages"), lambda r: str(r.pages), right=True),
            TableColumn(self.tr("Catalog"), lambda r: r.catalog_version),
        ])
        self.table = rows_table(self.model)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.open_button = QPushButton(icon("proposal"), self.tr("Open"))
        self.open_button.setToolTip(self.tr("Show the proposal exactly as it was printed"))
        self.open_button.clicked.connect(self._open_selected)
        self.empty_label = QLabel(self.tr("No proposal printed yet. Design a plan, then print its proposal "
                                          "from the plan designer."), objectName="subtle", wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_label, 1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ctx.bus.changes_applied.connect(self._on_changes)
        self._show([])

    def set_client(self, client_id: uuid.UUID | None) -> None:
        self._client_id = client_id
        self._show([])
        self.reload()

    def reload(self) -> None:
        client_id = self._client_id
        if client_id is not None:
            self._ctx.query(lambda s: proposal_history(s, client_id), lambda rows: self._loaded(client_id, rows))

    def _on_changes(self, changes: Changes) -> None:
        # Printing a proposal is recorded with its plan (a draft becomes proposed).
        if self._client_id is not None and self._client_id in changes.plans:
            self.reload()

    def _loaded(self, client_id: uuid.UUID, rows: list[ProposalRow]) -> None:
        if alive(self) and client_id == self._client_id:
            self._show(rows)
            self.loaded.emit()

    def _show(self, rows: list[ProposalRow]) -> None:
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if rows:
            self.table.resizeColumnsToContents()
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _open_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self._open_row(selected[0].row())

    def _open_row(self, row: int) -> None:
        proposal = self.model.row_at(row)
        if proposal is not None:
            self.proposal_opened.emit(proposal.id)
