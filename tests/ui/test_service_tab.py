"""The service tab, driven as an agent would on a real book: open a request
and record a complaint through their dialogs (due dates from the defaults),
close and resolve them with an outcome, reopen one, and see overdue ones marked."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from agent_desk.domain.claims import (
    COMPLAINT_DUE_DAYS,
    REQUEST_DUE_DAYS,
    ComplaintStatus,
    RequestStatus,
    ServiceRequestKind,
    ServiceRules,
)
from agent_desk.domain.clients import ClientDetails
from agent_desk.services.changes import Changes
from agent_desk.services.claims import set_service_rules
from agent_desk.services.clients import create_client
from agent_desk.services.service_requests import open_service_request, record_complaint
from agent_desk.store.book import Book
from agent_desk.store.models import Policy, ServiceRequest
from agent_desk.ui.clients.case_forms import ALERT_COLOUR, edit_date
from agent_desk.ui.clients.service_tab import CloseDialog, NewComplaintDialog, NewRequestDialog, ServiceTab
from agent_desk.ui.context import AppContext

K = ServiceRequestKind
STATUS_COLUMN = 4


@pytest.fixture
def tab(ctx: AppContext, qtbot) -> ServiceTab:  # noqa: ANN001
    widget = ServiceTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def client(book: Book) -> tuple[uuid.UUID, uuid.UUID]:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name="Ann Lee"))
        policy = Policy(policy_number="TW-2015-0004567", holder_id=client_id, insured_id=client_id,
                        product_code="WL", product_name="Whole Life", issue_date=date(2015, 6, 1), status="in_force")
        s.add(policy)
        s.flush()
        return client_id, policy.id


def show(tab: ServiceTab, qtbot, client_id: uuid.UUID) -> None:  # noqa: ANN001
    with qtbot.waitSignal(tab.loaded):
        tab.set_client(client_id)


def click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(tab: ServiceTab, qtbot, button, kind):  # noqa: ANN001, ANN201
    click(qtbot, button)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in tab.findChildren(kind)))
    return next(d for d in tab.findChildren(kind) if d.isVisible())


def closed(tab: ServiceTab, kind) -> bool:  # noqa: ANN001
    return not any(d.isVisible() for d in tab.findChildren(kind))


def cell(model, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
    return model.data(model.index(row, column), role)


def test_a_request_is_opened_with_its_default_due_date_closed_with_an_outcome_and_reopened(
        book, ctx, tab, qtbot, client):  # noqa: ANN001
    client_id, policy_id = client
    show(tab, qtbot, client_id)
    assert tab.requests_table.isHidden() and not tab.requests_empty.isHidden()
    assert not tab.close_button.isEnabled() and not tab.reopen_button.isEnabled()

    dialog = open_dialog(tab, qtbot, tab.request_button, NewRequestDialog)
    dialog.select_kind(K.SURRENDER)
    today = date.today()
    assert edit_date(dialog.due_edit) == today + timedelta(days=REQUEST_DUE_DAYS[K.SURRENDER])
    dialog.select_policy(policy_id)
    dialog.notes_edit.setPlainText("Wants the cash value for a flat deposit")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: tab.requests_model.rowCount() == 1)
    assert closed(tab, NewRequestDialog)

    (row,) = tab.requests_model.rows()
    assert (row.kind, row.policy_id, row.opened_on, row.status) == (K.SURRENDER, policy_id, today, RequestStatus.OPEN)
    assert [cell(tab.requests_model, 0, c) for c in (0, 1, 4)] == ["Surrender", "TW-2015-0004567", "Open"]

    tab.requests_table.selectRow(0)
    assert tab.close_button.isEnabled() and tab.close_button.text() == "Close…"
    close = open_dialog(tab, qtbot, tab.close_button, CloseDialog)
    click(qtbot, close.ok_button)  # no outcome yet
    qtbot.waitUntil(lambda: "outcome" in close.visible_problems())
    assert close.visible_problems()["outcome"] == "Say what the outcome was." and close.isVisible()
    close.outcome_edit.setPlainText("Kept the policy after reviewing a loan instead")
    click(qtbot, close.ok_button)
    qtbot.waitUntil(lambda: not tab.requests_model.rows()[0].is_open)
    assert closed(tab, CloseDialog)
    assert cell(tab.requests_model, 0, STATUS_COLUMN).startswith("Closed ")
    assert cell(tab.requests_model, 0, 5) == "Kept the policy after reviewing a loan instead"
    tab.requests_table.selectRow(0)
    assert tab.reopen_button.isEnabled() and not tab.close_button.isEnabled()

    click(qtbot, tab.reopen_button)
    qtbot.waitUntil(lambda: tab.requests_model.rows()[0].is_open)
    assert tab.selected() is not None and tab.close_button.isEnabled()  # still selected after the reload
    with book.session() as s:
        stored = s.query(ServiceRequest).one()
        assert (stored.status, stored.closed_on, stored.version) == ("open", None, 3)
    again = open_dialog(tab, qtbot, tab.close_button, CloseDialog)
    assert again.outcome_edit.toPlainText() == "Kept the policy after reviewing a loan instead"  # to edit


def test_the_due_date_follows_the_kind_and_day_until_the_agent_sets_it(book, ctx, tab, qtbot, client):  # noqa: ANN001
    client_id, _ = client
    with book.session() as s:
        set_service_rules(s, ServiceRules(request_due_days={**REQUEST_DUE_DAYS, K.POLICY_LOAN: 3}))
    show(tab, qtbot, client_id)
    dialog = open_dialog(tab, qtbot, tab.request_button, NewRequestDialog)
    opened = date.today() - timedelta(days=2)
    dialog.opened_edit.setDate(QDate(opened.year, opened.month, opened.day))
    dialog.select_kind(K.POLICY_LOAN)
    assert edit_date(dialog.due_edit) == opened + timedelta(days=3)  # the book's own default
    chosen = date.today() + timedelta(days=30)
    dialog.due_edit.setDate(QDate(chosen.year, chosen.month, chosen.day))
    dialog.select_kind(K.ADDRESS_CHANGE)
    assert edit_date(dialog.due_edit) == chosen  # the agent's date stays
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: tab.requests_model.rowCount() == 1)
    assert tab.requests_model.rows()[0].due_on == chosen


def test_a_complaint_is_recorded_and_resolved(book, ctx, tab, qtbot, client):  # noqa: ANN001
    client_id, _ = client
    show(tab, qtbot, client_id)
    dialog = open_dialog(tab, qtbot, tab.complaint_button, NewComplaintDialog)
    assert edit_date(dialog.due_edit) == date.today() + timedelta(days=COMPLAINT_DUE_DAYS)
    click(qtbot, dialog.ok_button)  # no summary
    qtbot.waitUntil(lambda: "summary" in dialog.visible_problems())
    dialog.summary_edit.setPlainText("Premium was taken twice this month")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: tab.complaints_model.rowCount() == 1)
    assert cell(tab.complaints_model, 0, 0) == "Premium was taken twice this month"

    tab.complaints_table.selectRow(0)
    assert tab.close_button.text() == "Resolve…"
    resolve = open_dialog(tab, qtbot, tab.close_button, CloseDialog)
    resolve.outcome_edit.setPlainText("Refunded; apologised by phone")
    click(qtbot, resolve.ok_button)
    qtbot.waitUntil(lambda: tab.complaints_model.rows()[0].status is ComplaintStatus.RESOLVED)
    assert cell(tab.complaints_model, 0, 5) == "Refunded; apologised by phone"


def test_overdue_requests_and_complaints_are_marked_in_red(book, ctx, tab, qtbot, client):  # noqa: ANN001
    client_id, _ = client
    long_ago = date.today() - timedelta(days=30)
    with book.session() as s:
        open_service_request(s, client_id, K.ADDRESS_CHANGE, long_ago)  # due a week later
        open_service_request(s, client_id, K.CONTACT_DETAILS, date.today())
        record_complaint(s, client_id, long_ago, "The call centre never called back")
    show(tab, qtbot, client_id)
    requests = tab.requests_model
    assert cell(requests, 0, STATUS_COLUMN) == "Overdue by 23 days"
    assert cell(requests, 0, STATUS_COLUMN, Qt.ItemDataRole.ForegroundRole) == ALERT_COLOUR
    assert cell(requests, 1, STATUS_COLUMN) == "Open"
    assert cell(requests, 1, STATUS_COLUMN, Qt.ItemDataRole.ForegroundRole) != ALERT_COLOUR
    assert cell(tab.complaints_model, 0, STATUS_COLUMN) == f"Overdue by {30 - COMPLAINT_DUE_DAYS} days"


def test_selecting_in_one_list_clears_the_other(book, ctx, tab, qtbot, client):  # noqa: ANN001
    client_id, _ = client
    with book.session() as s:
        open_service_request(s, client_id, K.OTHER, date.today())
        record_complaint(s, client_id, date.today(), "Slow answer")
    show(tab, qtbot, client_id)
    tab.requests_table.selectRow(0)
    tab.complaints_table.selectRow(0)
    assert not tab.requests_table.selectionModel().hasSelection()
    assert tab.selected().summary == "Slow answer"


def test_the_tab_reloads_for_its_own_client_only(book, ctx, tab, qtbot, client):  # noqa: ANN001
    client_id, _ = client
    show(tab, qtbot, client_id)
    with book.session() as s:
        open_service_request(s, client_id, K.OTHER, date.today())
    ctx.bus.changes_applied.emit(Changes(service=frozenset({uuid.uuid4()}), claims=frozenset({client_id})))
    assert ctx.tasks.pending == 0 and tab.requests_model.rowCount() == 0
    with qtbot.waitSignal(tab.loaded):
        ctx.bus.changes_applied.emit(Changes(service=frozenset({client_id})))
    assert tab.requests_model.rowCount() == 1
