"""The client's service requests (address or beneficiary changes, payment
method, loans, surrenders…) and complaints, each with its due date; overdue
ones are flagged. Open a request or record a complaint (the due date
follows the book's default for the kind until the agent changes it), close
or resolve one with its outcome, reopen one closed too soon."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desk.domain.claims import (
    ServiceRequestKind,
    ServiceRules,
    complaint_due_on,
    request_due_on,
)
from agent_desk.errors import ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.claims import service_rules
from agent_desk.services.policies import PolicyRow, policies_of
from agent_desk.services.service_requests import (
    ComplaintRow,
    ServiceRequestRow,
    close_service_request,
    complaints_of,
    open_service_request,
    record_complaint,
    reopen_complaint,
    reopen_service_request,
    requests_of,
    resolve_complaint,
)
from agent_desk.ui.clients.case_forms import (
    FormDialog,
    RowsTableModel,
    TableColumn,
    alive,
    date_edit,
    edit_date,
    rows_table,
    text_box,
)
from agent_desk.ui.clients.formatting import date_text
from agent_desk.ui.clients.service_labels import (
    complaint_status_names,
    overdue_text,
    request_kind_names,
    request_status_names,
)
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.theme import heading_font

Case = ServiceRequestRow | ComplaintRow


class _OpeningDialog(FormDialog):
    """What a new request and a new complaint share: the policy it concerns
    (if any), the day it came in, and a due date that follows the book's
    default until the agent sets another."""

    def __init__(self, title: str, policies: list[PolicyRow], parent: QWidget | None = None):
        super().__init__(title, parent)
        self.policy_combo = QComboBox()
        self.policy_combo.addItem(self.tr("No particular policy"), None)
        for policy in policies:
            self.policy_combo.addItem(f"{policy.policy_number} · {policy.product_name}", policy.id)
        self.opened_edit = date_edit(date.today())
        self.due_edit = date_edit(date.today(), past_only=False)
        self._due_touched = False  # the agent set the due date: a new kind or day no longer moves it
        self._setting_due = False
        self.due_edit.dateChanged.connect(self._due_edited)
        self.opened_edit.dateChanged.connect(lambda _date: self._update_due())

    def select_policy(self, policy_id: uuid.UUID | None) -> None:
        # findData cannot compare Python objects such as UUIDs: look item by item.
        for index in range(self.policy_combo.count()):
            if self.policy_combo.itemData(index) == policy_id:
                self.policy_combo.setCurrentIndex(index)
                return

    def _due_edited(self) -> None:
        if not self._setting_due:
            self._due_touched = True

    def _default_due(self, opened: date) -> date:
        raise NotImplementedError

    def _update_due(self) -> None:
        if self._due_touched:
            return
        due = self._default_due(edit_date(self.opened_edit))
        self._setting_due = True
        self.due_edit.setDate(due)
        self._setting_due = False


class NewRequestDialog(_OpeningDialog):
    def __init__(self, policies: list[PolicyRow], rules: ServiceRules, parent: QWidget | None = None):
        super().__init__(self.tr("New service request"), policies, parent)
        self._rules = rules
        self.kind_combo = QComboBox()
        for kind, name in request_kind_names().items():
            self.kind_combo.addItem(name, kind)
        self.notes_edit = text_box(self.tr("What the client asks for"))
        self.add_field("kind", self.tr("Request:"), self.kind_combo)
        self.add_field("policy_id", self.tr("Policy:"), self.policy_combo)
        self.add_field("opened_on", self.tr("Opened on:"), self.opened_edit)
        self.add_field("due_on", self.tr("Due on:"), self.due_edit)
        self.add_field("notes", self.tr("Notes:"), self.notes_edit)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._update_due())
        self._update_due()
        self.resize(max(440, self.sizeHint().width()), self.sizeHint().height())

    def _default_due(self, opened: date) -> date:
        return request_due_on(self.kind(), opened, self._rules)

    def kind(self) -> ServiceRequestKind:
        return ServiceRequestKind(self.kind_combo.currentData())  # Qt hands a StrEnum back as a plain str

    def select_kind(self, kind: ServiceRequestKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind(), "policy_id": self.policy_combo.currentData(),
                "opened_on": edit_date(self.opened_edit), "due_on": edit_date(self.due_edit),
                "notes": self.notes_edit.toPlainText()}


class NewComplaintDialog(_OpeningDialog):
    def __init__(self, policies: list[PolicyRow], rules: ServiceRules, parent: QWidget | None = None):
        super().__init__(self.tr("New complaint"), policies, parent)
        self._rules = rules
        self.summary_edit = text_box(self.tr("What the client complains about"))
        self.add_field("summary", self.tr("Complaint:"), self.summary_edit)
        self.add_field("policy_id", self.tr("Policy:"), self.policy_combo)
        self.add_field("received_on", self.tr("Received on:"), self.opened_edit)
        self.add_field("due_on", self.tr("Answer by:"), self.due_edit)
        self.due_edit.setToolTip(self.tr("The office's usual time to answer a complaint; change it if a rule "
                                         "or a promise to the client says otherwise"))
        self._update_due()
        self.resize(max(440, self.sizeHint().width()), self.sizeHint().height())

    def _default_due(self, opened: date) -> date:
        return complaint_due_on(opened, self._rules)

    def values(self) -> dict[str, Any]:
        return {"summary": self.summary_edit.toPlainText(), "policy_id": self.policy_combo.currentData(),
                "received_on": edit_date(self.opened_edit), "due_on": edit_date(self.due_edit)}


class CloseDialog(FormDialog):
    """Close a request or resolve a complaint: what came of it, and when."""

    def __init__(self, case: Case, parent: QWidget | None = None):
        request = isinstance(case, ServiceRequestRow)
        super().__init__(self.tr("Close request") if request else self.tr("Resolve complaint"), parent)
        opened = case.opened_on if request else case.received_on
        self.outcome_edit = text_box(self.tr("What came of it"))
        self.outcome_edit.setPlainText(case.outcome)  # a reopened case keeps its last outcome, to edit
        self.date_edit = date_edit(max(date.today(), opened), minimum=opened)
        self.add_field("outcome", self.tr("Outcome:"), self.outcome_edit)
        self.add_field("closed_on" if request else "resolved_on",
                       self.tr("Closed on:") if request else self.tr("Resolved on:"), self.date_edit)
        self.ok_button.setText(self.tr("Close request") if request else self.tr("Resolve"))
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())

    def values(self) -> tuple[str, date]:
        return self.outcome_edit.toPlainText(), edit_date(self.date_edit)


class ServiceTab(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: uuid.UUID | None = None

        self.request_button = QPushButton(icon("add"), self.tr("New request…"))
        self.complaint_button = QPushButton(icon("add"), self.tr("New complaint…"))
        self.close_button = QPushButton(icon("accept"), self.tr("Close…"))
        self.reopen_button = QPushButton(icon("undo"), self.tr("Reopen"))
        buttons = QHBoxLayout()
        for button in (self.request_button, self.complaint_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.close_button, self.reopen_button):
            buttons.addWidget(button)

        self.requests_model: RowsTableModel[ServiceRequestRow] = RowsTableModel(
            self._request_columns(), dimmed=lambda r: not r.is_open, alert=lambda r: r.overdue, parent=self)
        self.complaints_model: RowsTableModel[ComplaintRow] = RowsTableModel(
            self._complaint_columns(), dimmed=lambda r: not r.is_open, alert=lambda r: r.overdue, parent=self)
        self.requests_table = rows_table(self.requests_model)
        self.complaints_table = rows_table(self.complaints_model)
        self.requests_label = QLabel(self.tr("Service requests"))
        self.complaints_label = QLabel(self.tr("Complaints"))
        for label in (self.requests_label, self.complaints_label):
            label.setFont(heading_font(10.5))
        self.requests_empty = QLabel(self.tr("No service requests."), objectName="subtle")
        self.complaints_empty = QLabel(self.tr("No complaints."), objectName="subtle")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.requests_label)
        layout.addWidget(self.requests_table, 3)
        layout.addWidget(self.requests_empty)
        layout.addSpacing(6)
        layout.addWidget(self.complaints_label)
        layout.addWidget(self.complaints_table, 2)
        layout.addWidget(self.complaints_empty)
        layout.addStretch(0)

        self.request_button.clicked.connect(self.new_request)
        self.complaint_button.clicked.connect(self.new_complaint)
        self.close_button.clicked.connect(self.close_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.requests_table.selectionModel().selectionChanged.connect(
            lambda *_: self._selection_moved(self.requests_table, self.complaints_table))
        self.complaints_table.selectionModel().selectionChanged.connect(
            lambda *_: self._selection_moved(self.complaints_table, self.requests_table))
        ctx.bus.changes_applied.connect(self._on_changes)
        self._show([], [])

    def _request_columns(self) -> list[TableColumn[ServiceRequestRow]]:
        kinds = request_kind_names()
        return [
            TableColumn(self.tr("Request"), lambda r: kinds.get(r.kind, r.kind.value)),
            TableColumn(self.tr("Policy"), lambda r: r.policy_number),
            TableColumn(self.tr("Opened"), lambda r: date_text(r.opened_on)),
            TableColumn(self.tr("Due"), lambda r: date_text(r.due_on)),
            TableColumn(self.tr("Status"), self._request_status, alert=True),
            TableColumn(self.tr("Outcome / notes"), lambda r: r.outcome if not r.is_open and r.outcome else r.notes),
        ]

    def _complaint_columns(self) -> list[TableColumn[ComplaintRow]]:
        return [
            TableColumn(self.tr("Complaint"), lambda r: r.summary),
            TableColumn(self.tr("Policy"), lambda r: r.policy_number),
            TableColumn(self.tr("Received"), lambda r: date_text(r.received_on)),
            TableColumn(self.tr("Due"), lambda r: date_text(r.due_on)),
            TableColumn(self.tr("Status"), self._complaint_status, alert=True),
            TableColumn(self.tr("Outcome"), lambda r: r.outcome if not r.is_open else ""),
        ]

    def _request_status(self, row: ServiceRequestRow) -> str:
        if row.overdue:
            return overdue_text(row.days_overdue)
        if row.is_open:
            return request_status_names()[row.status]
        return self.tr("Closed %1").replace("%1", date_text(row.closed_on))

    def _complaint_status(self, row: ComplaintRow) -> str:
        if row.overdue:
            return overdue_text(row.days_overdue)
        if row.is_open:
            return complaint_status_names()[row.status]
        return self.tr("Resolved %1").replace("%1", date_text(row.resolved_on))

    # -- loading --------------------------------------------------------------------------------------
    def set_client(self, client_id: uuid.UUID | None) -> None:
        self._client_id = client_id
        self._show([], [])
        self.reload()

    def reload(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        today = date.today()
        self._ctx.query(lambda s: (requests_of(s, client_id, today), complaints_of(s, client_id, today)),
                        lambda result: self._loaded(client_id, *result))

    def _on_changes(self, changes: Changes) -> None:
        if self._client_id is not None and self._client_id in changes.service:
            self.reload()

    def _loaded(self, client_id: uuid.UUID, requests: list[ServiceRequestRow],
                complaints: list[ComplaintRow]) -> None:
        if alive(self) and client_id == self._client_id:
            self._show(requests, complaints)
            self.loaded.emit()

    def _show(self, requests: list[ServiceRequestRow], complaints: list[ComplaintRow]) -> None:
        selected = self.selected()
        for model, table, empty, rows in ((self.requests_model, self.requests_table, self.requests_empty, requests),
                                          (self.complaints_model, self.complaints_table, self.complaints_empty,
                                           complaints)):
            model.set_rows(rows)
            table.resizeColumnsToContents()
            table.setColumnWidth(0, min(table.columnWidth(0), table.fontMetrics().averageCharWidth() * 36))
            table.setVisible(bool(rows))
            empty.setVisible(not rows)
        enabled = self._client_id is not None
        self.request_button.setEnabled(enabled)
        self.complaint_button.setEnabled(enabled)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    # -- selection ------------------------------------------------------------------------------------
    def _selection_moved(self, into: QTableView, other: QTableView) -> None:
        if into.selectionModel().hasSelection():
            other.selectionModel().blockSignals(True)
            other.clearSelection()
            other.selectionModel().blockSignals(False)
        self._update_buttons()

    def selected(self) -> Case | None:
        for model, table in ((self.requests_model, self.requests_table),
                             (self.complaints_model, self.complaints_table)):
            rows = table.selectionModel().selectedRows()
            if rows:
                return model.row_at(rows[0].row())
        return None

    def select(self, case_id: uuid.UUID) -> bool:
        for model, table in ((self.requests_model, self.requests_table),
                             (self.complaints_model, self.complaints_table)):
            for index, row in enumerate(model.rows()):
                if row.id == case_id:
                    table.selectRow(index)
                    return True
        return False

    def _update_buttons(self) -> None:
        case = self.selected()
        request = isinstance(case, ServiceRequestRow)
        self.close_button.setText(self.tr("Close…") if request or case is None else self.tr("Resolve…"))
        self.close_button.setEnabled(case is not None and case.is_open)
        self.reopen_button.setEnabled(case is not None and not case.is_open)

    # -- actions --------------------------------------------------------------------------------------
    def new_request(self) -> None:
        self._with_policies(self._open_request_dialog)

    def new_complaint(self) -> None:
        self._with_policies(self._open_complaint_dialog)

    def _with_policies(self, then) -> None:  # noqa: ANN001
        client_id = self._client_id
        if client_id is None:
            return
        def loaded(result: tuple[list[PolicyRow], ServiceRules]) -> None:
            if alive(self) and client_id == self._client_id:
                then(client_id, *result)

        self._ctx.query(lambda s: (policies_of(s, client_id), service_rules(s)), loaded)

    def _open_request_dialog(self, client_id: uuid.UUID, policies: list[PolicyRow],
                             rules: ServiceRules) -> NewRequestDialog:
        dialog = NewRequestDialog(policies, rules, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def submitted() -> None:
            v = dialog.values()
            dialog.run(self._ctx, lambda s: open_service_request(s, client_id, v["kind"], v["opened_on"],
                                                                 v["policy_id"], v["due_on"], v["notes"]))

        dialog.submitted.connect(submitted)
        dialog.open()
        return dialog

    def _open_complaint_dialog(self, client_id: uuid.UUID, policies: list[PolicyRow],
                               rules: ServiceRules) -> NewComplaintDialog:
        dialog = NewComplaintDialog(policies, rules, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def submitted() -> None:
            v = dialog.values()
            dialog.run(self._ctx, lambda s: record_complaint(s, client_id, v["received_on"], v["summary"],
                                                             v["policy_id"], v["due_on"]))

        dialog.submitted.connect(submitted)
        dialog.open()
        return dialog

    def close_selected(self) -> CloseDialog | None:
        case = self.selected()
        if case is None or not case.is_open:
            return None
        dialog = CloseDialog(case, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        close = close_service_request if isinstance(case, ServiceRequestRow) else resolve_complaint

        def submitted() -> None:
            outcome, on = dialog.values()
            dialog.run(self._ctx, lambda s: close(s, case.id, outcome, on))

        dialog.submitted.connect(submitted)
        dialog.open()
        return dialog

    def reopen_selected(self) -> None:
        case = self.selected()
        if case is None or case.is_open:
            return
        reopen = reopen_service_request if isinstance(case, ServiceRequestRow) else reopen_complaint

        def failed(error: BaseException) -> None:
            if not isinstance(error, ValidationError):  # already open: the list catches up on its own
                self._ctx.tasks.error.emit(error)

        self._ctx.apply(lambda s: reopen(s, case.id), on_error=failed)
