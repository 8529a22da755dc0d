"""The client's claims: a table (stalled ones flagged), and the selected
claim's steps as a dated timeline beside its checklist of documents. Report
a claim, move it on a step, take a wrong step back, tick documents off.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk.domain.claims import ClaimKind, ClaimStage
from agent_desk.domain.clients import PolicyStatus
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.claims import (
    ClaimDetail,
    ClaimDocumentRow,
    ClaimRow,
    add_claim_document,
    claim_detail,
    claims_of,
    open_claim,
    record_claim_step,
    set_document_received,
    undo_last_claim_step,
)
from agent_desk.services.policies import PolicyRow, policies_of
from agent_desk.ui.clients.case_forms import (
    ALERT_COLOUR,
    FormDialog,
    RowsTableModel,
    TableColumn,
    alive,
    date_edit,
    edit_date,
    parse_amount,
    rows_table,
    text_box,
)
from agent_desk.ui.clients.formatting import date_text, money_text
from agent_desk.ui.clients.page_labels import problem_text
from agent_desk.ui.clients.service_labels import (
    claim_kind_names,
    days_text,
    document_text,
    stage_names,
    stalled_text,
)
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.theme import heading_font

ID_ROLE = Qt.ItemDataRole.UserRole + 1


# --- Dialogs ---------------------------------------------------------------------------------------

class ReportClaimDialog(FormDialog):
    def __init__(self, policies: Sequence[PolicyRow], parent: QWidget | None = None):
        super().__init__(self.tr("Report a claim"), parent)
        today = date.today()
        self.policy_combo = QComboBox()
        for policy in policies:
            self.policy_combo.addItem(f"{policy.policy_number} · {policy.product_name}", policy.id)
        self.kind_combo = QComboBox()
        for kind, name in claim_kind_names().items():
            self.kind_combo.addItem(name, kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(ClaimKind.MEDICAL))
        self.incident_edit = date_edit(today)
        self.reported_edit = date_edit(today)
        self.amount_edit = QLineEdit(placeholderText=self.tr("Optional, e.g. 45,000"))
        self.number_edit = QLineEdit(placeholderText=self.tr("The insurer's number, if known"))
        self.notes_edit = text_box(self.tr("What happened"))
        self.add_field("policy_id", self.tr("Policy:"), self.policy_combo)
        self.add_field("kind", self.tr("Kind:"), self.kind_combo)
        self.add_field("incident_date", self.tr("Incident date:"), self.incident_edit)
        self.add_field("reported_on", self.tr("Reported on:"), self.reported_edit)
        self.add_field("amount_claimed", self.tr("Amount claimed:"), self.amount_edit)
        self.add_field("claim_number", self.tr("Claim number:"), self.number_edit)
        self.add_field("notes", self.tr("Notes:"), self.notes_edit)
        self.resize(max(440, self.sizeHint().width()), self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        problems: dict[str, str] = {}
        amount = parse_amount(self.amount_edit.text(), "amount_claimed", problems,
                              self.tr("Type an amount, e.g. 45,000, or leave it empty."))
        if problems:
            raise ValidationError(problems)
        return {"policy_id": self.policy_combo.currentData(), "kind": ClaimKind(self.kind_combo.currentData()),
                "incident_date": edit_date(self.incident_edit), "reported_on": edit_date(self.reported_edit),
                "amount_claimed": amount, "claim_number": self.number_edit.text(),
                "notes": self.notes_edit.toPlainText()}


class NextStepDialog(FormDialog):
    def __init__(self, detail: ClaimDetail, parent: QWidget | None = None):
        super().__init__(self.tr("Next step"), parent)
        claim = detail.claim
        names = stage_names()
        self.stage_combo = QComboBox()
        for stage in detail.next_stages:
            self.stage_combo.addItem(names[stage], stage)
        self.date_edit = date_edit(max(date.today(), claim.entered_on), minimum=claim.entered_on)
        self.note_edit = QLineEdit(placeholderText=self.tr("Optional"))
        self.amount_edit = QLineEdit()
        if claim.amount_claimed is not None:
            self.amount_edit.setPlaceholderText(self.tr("Claimed: %1").replace(
                "%1", money_text(claim.amount_claimed, claim.currency)))
        self.add_field("stage", self.tr("Step:"), self.stage_combo)
        self.add_field("on_date", self.tr("Date:"), self.date_edit)
        self.add_field("note", self.tr("Note:"), self.note_edit)
        self.add_field("amount_paid", self.tr("Amount paid:"), self.amount_edit)
        self.stage_combo.currentIndexChanged.connect(self._stage_changed)
        self._stage_changed()
        self.resize(max(400, self.sizeHint().width()), self.sizeHint().height())

    def _stage_changed(self) -> None:
        self.set_field_visible("amount_paid", self.stage() is ClaimStage.PAID)

    def stage(self) -> ClaimStage:
        # Qt hands a StrEnum back as a plain str: make it the member again.
        return ClaimStage(self.stage_combo.currentData())

    def select_stage(self, stage: ClaimStage) -> None:
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(stage))

    def values(self) -> dict[str, Any]:
        stage = self.stage()
        problems: dict[str, str] = {}
        amount = None
        if stage is ClaimStage.PAID:
            amount = parse_amount(self.amount_edit.text(), "amount_paid", problems,
                                  self.tr("Type the amount paid, e.g. 38,200."))
        if problems:
            raise ValidationError(problems)
        return {"stage": stage, "on_date": edit_date(self.date_edit), "note": self.note_edit.text(),
                "amount_paid": amount}


# --- The tab ---------------------------------------------------------------------------------------

class ClaimColumn(IntEnum):
    POLICY = 0
    KIND = 1
    STAGE = 2
    DAYS = 3
    ATTENTION = 4
    REPORTED = 5
    CLAIMED = 6
    PAID = 7
    PRODUCT = 8  # last: it takes the room left


class StepColumn(IntEnum):
    STAGE = 0
    DATE = 1
    DAYS = 2
    NOTE = 3


class ClaimsTab(QWidget):
    loaded = Signal()  # the client's claims are shown
    detail_loaded = Signal()  # the selected claim's steps and documents are shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: uuid.UUID | None = None
        self._selected_id: uuid.UUID | None = None  # kept across reloads
        self._detail: ClaimDetail | None = None

        self.report_button = QPushButton(icon("add"), self.tr("Report claim…"))
        self.next_button = QPushButton(icon("accept"), self.tr("Next step…"))
        self.undo_button = QPushButton(icon("undo"), self.tr("Undo last step"))
        self.undo_button.setToolTip(self.tr("Take back the latest step, e.g. one clicked by mistake"))
        buttons = QHBoxLayout()
        for button in (self.report_button, self.next_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.model: RowsTableModel[ClaimRow] = RowsTableModel(self._columns(), dimmed=lambda r: not r.is_open,
                                                              alert=lambda r: r.stalled, parent=self)
        self.table = rows_table(self.model)
        self.empty_label = QLabel(self.tr("No claims. Report one when the client has an incident to claim for."),
                                  objectName="subtle")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary_label = QLabel(objectName="subtle")

        self.detail = self._build_detail()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.summary_label)

        self.report_button.clicked.connect(self.report_claim)
        self.next_button.clicked.connect(self.next_step)
        self.undo_button.clicked.connect(self.undo_last_step)
        self.add_document_button.clicked.connect(self.add_document)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.documents.itemChanged.connect(self._document_ticked)
        ctx.bus.changes_applied.connect(self._on_changes)
        self._show([])

    def _columns(self) -> list[TableColumn[ClaimRow]]:
        kinds, stages = claim_kind_names(), stage_names()
        return [
            TableColumn(self.tr("Policy"), lambda r: r.policy_number),
            TableColumn(self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind.value)),
            TableColumn(self.tr("Stage"), lambda r: stages.get(r.stage, r.stage.value)),
            TableColumn(self.tr("Days"), self._days_cell, right=True,
                        tip=self.tr("Open claims: days in the current stage. Closed claims: days from the report "
                                    "to the last step.")),
            TableColumn(self.tr("Attention"), lambda r: stalled_text(r.days_overdue) if r.stalled else "",
                        alert=True),
            TableColumn(self.tr("Reported"), lambda r: date_text(r.reported_on)),
            TableColumn(self.tr("Claimed"), lambda r: money_text(r.amount_claimed, r.currency), right=True),
            TableColumn(self.tr("Paid"), lambda r: money_text(r.amount_paid, r.currency) if r.amount_paid is not None
                        else "", right=True),
            TableColumn(self.tr("Product"), lambda r: r.product_name),
        ]

    @staticmethod
    def _days_cell(row: ClaimRow) -> str:
        return str(row.days_in_stage if row.is_open else row.total_days)

    def _build_detail(self) -> QWidget:
        self.detail_title = QLabel()
        self.detail_title.setFont(heading_font(11.5))
        self.detail_title.setWordWrap(True)
        self.detail_facts = QLabel(objectName="subtle")
        self.detail_facts.setWordWrap(True)
        self.detail_facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.steps = QTreeWidget()
        self.steps.setHeaderLabels([self.tr("Step"), self.tr("Date"), self.tr("Days"), self.tr("Note")])
        self.steps.setRootIsDecorated(False)
        self.steps.setAlternatingRowColors(True)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setUniformRowHeights(True)
        self.steps.header().setStretchLastSection(True)

        self._row_height = self.fontMetrics().height() + 10  # as the claims table's rows
        self.documents = QListWidget()
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.documents.setToolTip(self.tr("Tick a document when the client hands it in"))
        self.documents_label = QLabel(self.tr("Documents"))
        self.documents_label.setFont(heading_font(10.5))
        self.add_document_button = QPushButton(icon("add"), self.tr("Add document…"))
        steps_label = QLabel(self.tr("Steps"))
        steps_label.setFont(heading_font(10.5))
        steps_label.setMinimumHeight(self.add_document_button.sizeHint().height())  # in line with "Documents"

        steps_box = QVBoxLayout()
        steps_box.addWidget(steps_label)
        steps_box.addWidget(self.steps, 1)
        documents_box = QVBoxLayout()
        documents_head = QHBoxLayout()
        documents_head.addWidget(self.documents_label)
        documents_head.addStretch(1)
        documents_head.addWidget(self.add_document_button)
        documents_box.addLayout(documents_head)
        documents_box.addWidget(self.documents, 1)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addLayout(steps_box, 3)
        columns.addLayout(documents_box, 2)

        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_facts)
        layout.addLayout(columns, 1)
        return pane

    # -- loading --------------------------------------------------------------------------------------
    def set_client(self, client_id: uuid.UUID | None) -> None:
        self._client_id = client_id
        self._selected_id = None
        self._show([])
        self.reload()

    def reload(self) -> None:
        client_id = self._client_id
        if client_id is not None:
            self._ctx.query(lambda s: claims_of(s, client_id, date.today()),
                            lambda rows: self._loaded(client_id, rows))

    def _on_changes(self, changes: Changes) -> None:
        if self._client_id is not None and self._client_id in changes.claims:
            self.reload()

    def _loaded(self, client_id: uuid.UUID, rows: list[ClaimRow]) -> None:
        if alive(self) and client_id == self._client_id:
            self._show(rows)
            self.loaded.emit()

    def _show(self, rows: list[ClaimRow]) -> None:
        wanted = self._selected_id
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(rows))
        self.detail.setVisible(bool(rows))
        self.splitter.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.report_button.setEnabled(self._client_id is not None)
        open_count = sum(1 for r in rows if r.is_open)
        stalled = sum(1 for r in rows if r.stalled)
        self.summary_label.setText(self.tr("Claims: %1  ·  open: %2  ·  stalled: %3").replace("%1", str(len(rows)))
                                   .replace("%2", str(open_count)).replace("%3", str(stalled)))
        self.summary_label.setVisible(bool(rows))
        # The claim shown before stays selected (or the one just reported); else the first.
        index = next((i for i, r in enumerate(rows) if r.id == wanted), 0 if rows else -1)
        self._selected_id = rows[index].id if index >= 0 else None
        if index >= 0:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(index)
            selection.blockSignals(False)
        self._load_detail()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        new_id = row.id if row is not None else None
        if new_id != self._selected_id:
            self._selected_id = new_id
            self._load_detail()

    def _load_detail(self) -> None:
        claim_id = self._selected_id
        if claim_id is None:
            self._show_detail(None)
            return

        def failed(error: BaseException) -> None:
            if not isinstance(error, NotFoundError):
                self._ctx.tasks.error.emit(error)

        self._ctx.query(lambda s: claim_detail(s, claim_id, date.today()),
                        lambda detail: self._detail_arrived(claim_id, detail), failed)

    def _detail_arrived(self, claim_id: uuid.UUID, detail: ClaimDetail) -> None:
        if alive(self) and claim_id == self._selected_id:
            self._show_detail(detail)
            self.detail_loaded.emit()

    def _show_detail(self, detail: ClaimDetail | None) -> None:
        self._detail = detail
        self.next_button.setEnabled(bool(detail and detail.next_stages))
        self.undo_button.setEnabled(bool(detail and len(detail.steps) > 1))
        self.add_document_button.setEnabled(detail is not None)
        self.steps.clear()
        self.documents.blockSignals(True)
        self.documents.clear()
        if detail is None:
            self.detail_title.clear()
            self.detail_facts.clear()
            self.documents.blockSignals(False)
            return
        claim = detail.claim
        self.detail_title.setText(self.tr("%1 claim on %2 · %3").replace(
            "%1", claim_kind_names()[claim.kind]).replace("%2", claim.policy_number).replace("%3", claim.product_name))
        self.detail_facts.setText(self._facts(detail))
        names = stage_names()
        for index, step in enumerate(detail.steps):
            current = index == len(detail.steps) - 1
            days = "" if step.days is None else days_text(step.days)
            if current and claim.is_open:
                days = self.tr("%1 so far").replace("%1", days)
            item = QTreeWidgetItem([names[step.stage], date_text(step.on_date), days, step.note])
            item.setToolTip(StepColumn.NOTE, step.note)
            if current:
                font = item.font(0)
                font.setBold(True)
                for column in StepColumn:
                    item.setFont(column, font)
                if claim.stalled:
                    item.setForeground(StepColumn.DAYS, ALERT_COLOUR)
                    item.setToolTip(StepColumn.DAYS, stalled_text(claim.days_overdue))
            item.setSizeHint(StepColumn.NOTE, QSize(0, self._row_height))  # the note column stretches anyway
            self.steps.addTopLevelItem(item)
        for column in (StepColumn.STAGE, StepColumn.DATE, StepColumn.DAYS):
            # Measured after the current step is set in bold, with room to breathe.
            self.steps.resizeColumnToContents(column)
            self.steps.setColumnWidth(column, self.steps.columnWidth(column) + 16)
        for document in detail.documents:
            self.documents.addItem(self._document_item(document))
        self.documents.blockSignals(False)
        missing = claim.documents_missing
        self.documents_label.setText(self.tr("Documents (%1 missing)").replace("%1", str(missing)) if missing
                                     else self.tr("Documents"))

    def _facts(self, detail: ClaimDetail) -> str:
        claim = detail.claim
        parts = [self.tr("Incident: %1").replace("%1", date_text(claim.incident_date))]
        if claim.claim_number:
            parts.append(self.tr("Claim no. %1").replace("%1", claim.claim_number))
        parts.append(self.tr("Claimed: %1").replace("%1", money_text(claim.amount_claimed, claim.currency)))
        if claim.amount_paid is not None:
            parts.append(self.tr("Paid: %1").replace("%1", money_text(claim.amount_paid, claim.currency)))
        if claim.stalled:
            parts.append(stalled_text(claim.days_overdue))
        text = "  ·  ".join(parts)
        return f"{text}\n{detail.notes}" if detail.notes else text

    def _document_item(self, document: ClaimDocumentRow) -> QListWidgetItem:
        name = document_text(document.name)
        if not document.required:
            name = self.tr("%1 (optional)").replace("%1", name)
        text = name if document.received_on is None else self.tr("%1 — received %2").replace("%1", name).replace(
            "%2", date_text(document.received_on))
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if document.received_on else Qt.CheckState.Unchecked)
        item.setData(ID_ROLE, document.id)
        item.setSizeHint(QSize(0, self._row_height))
        return item

    # -- what the tests and the page read -------------------------------------------------------------
    def shown_rows(self) -> list[ClaimRow]:
        return self.model.rows()

    def shown_detail(self) -> ClaimDetail | None:
        return self._detail

    def select_claim(self, claim_id: uuid.UUID) -> bool:
        for index, row in enumerate(self.model.rows()):
            if row.id == claim_id:
                self.table.selectRow(index)
                return True
        return False

    def document_item(self, name: str) -> QListWidgetItem | None:
        """The checklist item of a document, by its code or typed name."""
        detail = self._detail
        if detail is None:
            return None
        for index, document in enumerate(detail.documents):
            if document.name == name:
                return self.documents.item(index)
        return None

    # -- actions --------------------------------------------------------------------------------------
    def report_claim(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return

        def policies_loaded(rows: list[PolicyRow]) -> None:
            if not alive(self) or client_id != self._client_id:
                return
            issued = [p for p in rows if p.status is not PolicyStatus.PENDING and p.issue_date is not None]
            if not issued:
                QMessageBox.information(self, self.tr("Report a claim"),
                                        self.tr("This client has no issued policy to claim on."))
                return
            self._open_report_dialog(issued)

        self._ctx.query(lambda s: policies_of(s, client_id), policies_loaded)

    def _open_report_dialog(self, policies: list[PolicyRow]) -> ReportClaimDialog:
        dialog = ReportClaimDialog(policies, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def submitted() -> None:
            try:
                v = dialog.values()
            except ValidationError as exc:
                dialog.show_problems(exc.problems)
                return
            dialog.run(self._ctx, lambda s: open_claim(s, v["policy_id"], v["kind"], v["incident_date"],
                                                       v["reported_on"], v["amount_claimed"], v["notes"],
                                                       v["claim_number"]),
                       lambda result: self._want(result[0]))

        dialog.submitted.connect(submitted)
        dialog.open()
        return dialog

    def _want(self, claim_id: uuid.UUID) -> None:
        """Select this claim once the list shows it (a reload is on its way)."""
        self._selected_id = claim_id

    def next_step(self) -> NextStepDialog | None:
        detail = self._detail
        if detail is None or not detail.next_stages:
            return None
        claim_id = detail.claim.id
        dialog = NextStepDialog(detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def submitted() -> None:
            try:
                v = dialog.values()
            except ValidationError as exc:
                dialog.show_problems(exc.problems)
                return
            dialog.run(self._ctx, lambda s: record_claim_step(s, claim_id, v["stage"], v["on_date"], v["note"],
                                                              v["amount_paid"]))

        dialog.submitted.connect(submitted)
        dialog.open()
        return dialog

    def undo_last_step(self) -> None:
        detail = self._detail
        if detail is None or len(detail.steps) < 2:
            return
        last = detail.steps[-1]
        answer = QMessageBox.question(
            self, self.tr("Undo last step"),
            self.tr("Take back the step “%1” of %2?").replace("%1", stage_names()[last.stage])
            .replace("%2", date_text(last.on_date)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            claim_id = detail.claim.id
            self._ctx.apply(lambda s: undo_last_claim_step(s, claim_id), on_error=self._ctx.tasks.error.emit)

    def _document_ticked(self, item: QListWidgetItem) -> None:
        document_id = item.data(ID_ROLE)
        received = date.today() if item.checkState() == Qt.CheckState.Checked else None
        self._ctx.apply(lambda s: set_document_received(s, document_id, received), on_error=self._failed)

    def add_document(self) -> None:
        detail = self._detail
        if detail is None:
            return
        claim_id = detail.claim.id
        dialog = QInputDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Add document"))
        dialog.setLabelText(self.tr("Document the insurer asks for:"))
        dialog.textValueSelected.connect(
            lambda name: self._ctx.apply(lambda s: add_claim_document(s, claim_id, name), on_error=self._failed))
        dialog.open()

    def _failed(self, error: BaseException) -> None:
        """A refused change: say why, and show the book as it is again."""
        if isinstance(error, ValidationError):
            QMessageBox.warning(self, self.tr("Claims"), "\n".join(problem_text(m) for m in error.problems.values()))
        else:
            self._ctx.tasks.error.emit(error)
        self._load_detail()
