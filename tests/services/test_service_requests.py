"""Service requests and complaints on a real book: opened with a due date from
their kind, closed with an outcome, reopened, listed per client, and every
open deadline handed to the follow-up engine."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from agent_desk.domain.claims import (
    COMPLAINT_DUE_DAYS,
    REQUEST_DUE_DAYS,
    ComplaintStatus,
    RequestStatus,
    ServiceRequestKind,
    ServiceRules,
)
from agent_desk.domain.clients import ClientDetails
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.claims import set_service_rules
from agent_desk.services.clients import create_client, delete_client
from agent_desk.services.service_requests import (
    DeadlineKind,
    close_service_request,
    complaints_of,
    open_deadline_facts,
    open_service_request,
    record_complaint,
    reopen_complaint,
    reopen_service_request,
    requests_of,
    resolve_complaint,
)
from agent_desk.store.book import Book
from agent_desk.store.models import Complaint, Policy, ServiceRequest

TODAY = date(2026, 3, 10)
K = ServiceRequestKind


def add_client(book: Book, name: str) -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name), today=TODAY)
    return client_id


@pytest.fixture
def ann(book: Book) -> uuid.UUID:
    return add_client(book, "Ann Client")


@pytest.fixture
def policy_id(book: Book, ann: uuid.UUID) -> uuid.UUID:
    with book.session() as s:
        policy = Policy(policy_number="TW-2021-0000381", holder_id=ann, insured_id=ann, product_code="WL",
                        issue_date=date(2021, 4, 1), status="in_force")
        s.add(policy)
        s.flush()
        return policy.id


def open_request(book: Book, client_id: uuid.UUID, kind: ServiceRequestKind = K.ADDRESS_CHANGE,
                 opened_on: date = date(2026, 3, 1), **extra) -> uuid.UUID:  # noqa: ANN003
    with book.session() as s:
        request_id, _ = open_service_request(s, client_id, kind, opened_on, today=TODAY, **extra)
    return request_id


def requests(book: Book, client_id: uuid.UUID, today: date = TODAY):  # noqa: ANN201
    with book.session() as s:
        return requests_of(s, client_id, today)


def complaints(book: Book, client_id: uuid.UUID, today: date = TODAY):  # noqa: ANN201
    with book.session() as s:
        return complaints_of(s, client_id, today)


# -- service requests -------------------------------------------------------------

def test_a_request_is_due_after_its_kinds_default_days(book: Book, ann: uuid.UUID, policy_id: uuid.UUID) -> None:
    with book.session() as s:
        request_id, changes = open_service_request(s, ann, K.SURRENDER, date(2026, 3, 1), policy_id=policy_id,
                                                   notes=" Wants the cash value for a flat ", today=TODAY)
    assert changes == Changes(service=frozenset({ann}), followup_list=True)
    (row,) = requests(book, ann)
    assert (row.id, row.kind, row.opened_on, row.status) == (request_id, K.SURRENDER, date(2026, 3, 1),
                                                             RequestStatus.OPEN)
    assert row.due_on == date(2026, 3, 1) + timedelta(days=REQUEST_DUE_DAYS[K.SURRENDER])
    assert (row.policy_id, row.policy_number, row.notes) == (policy_id, "TW-2021-0000381",
                                                             "Wants the cash value for a flat")
    assert row.is_open and not row.overdue and row.closed_on is None and row.outcome == ""


def test_the_agent_may_set_another_due_date_and_the_book_other_defaults(book: Book, ann: uuid.UUID) -> None:
    open_request(book, ann, K.CONTACT_DETAILS, due_on=date(2026, 3, 3))
    with book.session() as s:
        set_service_rules(s, ServiceRules(request_due_days={**REQUEST_DUE_DAYS, K.POLICY_LOAN: 2}))
    open_request(book, ann, K.POLICY_LOAN, date(2026, 3, 9))
    assert {(r.kind, r.due_on) for r in requests(book, ann)} == {(K.CONTACT_DETAILS, date(2026, 3, 3)),
                                                                 (K.POLICY_LOAN, date(2026, 3, 11))}


def test_a_request_breaking_the_rules_is_refused(book: Book, ann: uuid.UUID) -> None:
    with pytest.raises(ValidationError) as raised:
        open_request(book, ann, opened_on=TODAY + timedelta(days=1))
    assert set(raised.value.problems) == {"opened_on"}
    with pytest.raises(ValidationError) as raised:
        open_request(book, ann, due_on=date(2026, 2, 1))
    assert set(raised.value.problems) == {"due_on"}
    with pytest.raises(ValidationError) as raised:  # someone else's policy
        bob = add_client(book, "Bob")
        with book.session() as s:
            bobs = Policy(policy_number="X", holder_id=bob, insured_id=bob, product_code="WL")
            s.add(bobs)
            s.flush()
            bobs_id = bobs.id
        open_request(book, ann, policy_id=bobs_id)
    assert set(raised.value.problems) == {"policy_id"}
    with pytest.raises(NotFoundError):
        open_request(book, uuid.uuid4())
    with book.session() as s:
        assert s.scalars(select(ServiceRequest)).all() == []


def test_an_overdue_request_says_by_how_many_days(book: Book, ann: uuid.UUID) -> None:
    open_request(book, ann, K.ADDRESS_CHANGE, date(2026, 3, 1))  # due 8 March
    (row,) = requests(book, ann, date(2026, 3, 8))
    assert not row.overdue
    (row,) = requests(book, ann, date(2026, 3, 11))
    assert row.overdue and row.days_overdue == 3


def test_closing_needs_an_outcome_and_reopening_keeps_it_to_edit(book: Book, ann: uuid.UUID) -> None:
    request_id = open_request(book, ann, opened_on=date(2026, 2, 1))  # overdue
    with pytest.raises(ValidationError) as raised, book.session() as s:
        close_service_request(s, request_id, "   ", today=TODAY)
    assert set(raised.value.problems) == {"outcome"}
    with book.session() as s:
        changes = close_service_request(s, request_id, " Address updated by head office ", today=TODAY)
    assert changes == Changes(service=frozenset({ann}), followup_list=True)
    (row,) = requests(book, ann)
    assert (row.status, row.closed_on, row.outcome) == (RequestStatus.CLOSED, TODAY, "Address updated by head office")
    assert not row.overdue  # a closed request is never overdue
    with pytest.raises(ValidationError), book.session() as s:
        close_service_request(s, request_id, "again", today=TODAY)

    with book.session() as s:
        assert reopen_service_request(s, request_id) == Changes(service=frozenset({ann}), followup_list=True)
    (row,) = requests(book, ann)
    assert row.is_open and row.closed_on is None and row.outcome == "Address updated by head office"
    with pytest.raises(ValidationError), book.session() as s:
        reopen_service_request(s, request_id)
    with book.session() as s:
        close_service_request(s, request_id, "Done for real", closed_on=date(2026, 3, 9), today=TODAY)
        assert s.get(ServiceRequest, request_id).version == 4
    assert requests(book, ann)[0].closed_on == date(2026, 3, 9)


def test_a_request_is_not_closed_before_it_opened_or_in_the_future(book: Book, ann: uuid.UUID) -> None:
    request_id = open_request(book, ann, opened_on=date(2026, 3, 5))
    for closed_on in (date(2026, 3, 4), TODAY + timedelta(days=1)):
        with pytest.raises(ValidationError) as raised, book.session() as s:
            close_service_request(s, request_id, "done", closed_on=closed_on, today=TODAY)
        assert set(raised.value.problems) == {"closed_on"}


def test_a_clients_requests_list_open_ones_soonest_due_first_then_closed_newest_first(book: Book,
                                                                                     ann: uuid.UUID) -> None:
    late = open_request(book, ann, K.BENEFICIARY_CHANGE, date(2026, 3, 9))  # due 23 March
    soon = open_request(book, ann, K.CONTACT_DETAILS, date(2026, 3, 9))  # due 14 March
    old = open_request(book, ann, K.PAYMENT_METHOD, date(2025, 5, 1))
    recent = open_request(book, ann, K.POLICY_LOAN, date(2026, 1, 1))
    with book.session() as s:
        close_service_request(s, old, "Switched to card", closed_on=date(2025, 5, 9), today=TODAY)
        close_service_request(s, recent, "Loan paid out", closed_on=date(2026, 1, 8), today=TODAY)
    other = add_client(book, "Other")
    open_request(book, other)
    assert [r.id for r in requests(book, ann)] == [soon, late, recent, old]


# -- complaints ---------------------------------------------------------------------

def test_a_complaint_is_due_after_the_default_days_and_resolved_with_an_outcome(book: Book, ann: uuid.UUID,
                                                                                 policy_id: uuid.UUID) -> None:
    with book.session() as s:
        complaint_id, changes = record_complaint(s, ann, date(2026, 2, 20), " Premium taken twice this month ",
                                                 policy_id=policy_id, today=TODAY)
    assert changes == Changes(service=frozenset({ann}), followup_list=True)
    (row,) = complaints(book, ann)
    assert (row.id, row.summary, row.policy_number, row.status) == (
        complaint_id, "Premium taken twice this month", "TW-2021-0000381", ComplaintStatus.OPEN)
    assert row.due_on == date(2026, 2, 20) + timedelta(days=COMPLAINT_DUE_DAYS)
    assert row.overdue and row.days_overdue == (TODAY - row.due_on).days

    with pytest.raises(ValidationError) as raised, book.session() as s:
        resolve_complaint(s, complaint_id, "", today=TODAY)
    assert set(raised.value.problems) == {"outcome"}
    with book.session() as s:
        resolve_complaint(s, complaint_id, "Refunded; apologised by phone", today=TODAY)
    (row,) = complaints(book, ann)
    assert (row.status, row.resolved_on, row.outcome, row.overdue) == (
        ComplaintStatus.RESOLVED, TODAY, "Refunded; apologised by phone", False)
    with pytest.raises(ValidationError), book.session() as s:
        resolve_complaint(s, complaint_id, "again", today=TODAY)

    with book.session() as s:
        reopen_complaint(s, complaint_id)
        assert s.get(Complaint, complaint_id).version == 3
    assert complaints(book, ann)[0].is_open
    with pytest.raises(ValidationError), book.session() as s:
        reopen_complaint(s, complaint_id)


def test_a_complaint_needs_a_summary_and_a_date_not_in_the_future(book: Book, ann: uuid.UUID) -> None:
    with pytest.raises(ValidationError) as raised, book.session() as s:
        record_complaint(s, ann, TODAY + timedelta(days=1), "  ", today=TODAY)
    assert set(raised.value.problems) == {"summary"}
    with pytest.raises(ValidationError) as raised, book.session() as s:
        record_complaint(s, ann, TODAY + timedelta(days=1), "Rude call centre", today=TODAY)
    assert set(raised.value.problems) == {"received_on"}
    with pytest.raises(NotFoundError), book.session() as s:
        resolve_complaint(s, uuid.uuid4(), "x", today=TODAY)


# -- book-wide ------------------------------------------------------------------------

def test_open_deadlines_of_live_clients_are_given_soonest_first(book: Book, ann: uuid.UUID,
                                                                policy_id: uuid.UUID) -> None:
    bob = add_client(book, "Bob")
    request_id = open_request(book, ann, K.SURRENDER, date(2026, 3, 1), policy_id=policy_id)  # due 15 March
    closed = open_request(book, ann, K.ADDRESS_CHANGE, date(2026, 3, 1))
    with book.session() as s:
        close_service_request(s, closed, "done", today=TODAY)
        complaint_id, _ = record_complaint(s, ann, date(2026, 2, 27), "Slow claim", today=TODAY)  # due 13 March
        record_complaint(s, bob, date(2026, 3, 1), "Bob's complaint", today=TODAY)
        delete_client(s, bob)
    with book.session() as s:
        facts = open_deadline_facts(s)
    assert [(f.kind, f.id) for f in facts] == [(DeadlineKind.COMPLAINT, complaint_id),
                                               (DeadlineKind.SERVICE_REQUEST, request_id)]
    complaint, request = facts
    assert (complaint.client_id, complaint.policy_id, complaint.opened_on, complaint.due_on, complaint.subject) == (
        ann, None, date(2026, 2, 27), date(2026, 3, 13), "Slow claim")
    assert (request.policy_id, request.due_on, request.subject) == (policy_id, date(2026, 3, 15), "surrender")
