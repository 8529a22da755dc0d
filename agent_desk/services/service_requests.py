"""Service requests (address or beneficiary changes, payment method, loans,
surrenders…) and complaints: open one with a due date, close it with its
outcome, reopen it; list a client's; and give the follow-up engine every
open one's deadline.

The due date defaults from the kind (domain/claims.py REQUEST_DUE_DAYS,
COMPLAINT_DUE_DAYS, or the book's own ServiceRules); the agent may set another.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import literal, select
from sqlalchemy.orm import Session

from agent_desk.domain.claims import (
    ComplaintStatus,
    RequestStatus,
    ServiceRequestKind,
    complaint_due_on,
    days_overdue,
    request_due_on,
    validate_closing,
    validate_note,
    validate_opening,
    validate_summary,
)
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.claims import service_rules
from agent_desk.services.clients import live_client
from agent_desk.store.models import Client, Complaint, Policy, ServiceRequest


class DeadlineKind(StrEnum):
    SERVICE_REQUEST = "service_request"
    COMPLAINT = "complaint"


@dataclass(frozen=True)
class ServiceRequestRow:
    id: uuid.UUID
    client_id: uuid.UUID
    policy_id: uuid.UUID | None
    policy_number: str  # "" when the request concerns no one policy
    kind: ServiceRequestKind
    opened_on: date
    due_on: date | None
    closed_on: date | None
    status: RequestStatus
    outcome: str
    notes: str
    days_overdue: int  # open and past its due date by this many days; else 0

    @property
    def is_open(self) -> bool:
        return self.status is RequestStatus.OPEN

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class ComplaintRow:
    id: uuid.UUID
    client_id: uuid.UUID
    policy_id: uuid.UUID | None
    policy_number: str
    received_on: date
    due_on: date | None
    resolved_on: date | None
    status: ComplaintStatus
    summary: str
    outcome: str
    days_overdue: int

    @property
    def is_open(self) -> bool:
        return self.status is ComplaintStatus.OPEN

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class DeadlineFact:
    """An open request or complaint, for the follow-up engine."""

    kind: DeadlineKind
    id: uuid.UUID
    client_id: uuid.UUID
    policy_id: uuid.UUID | None
    opened_on: date
    due_on: date | None
    subject: str  # the request's kind code, or the complaint's summary


# --- Service requests -----------------------------------------------------------------------------

def open_service_request(session: Session, client_id: uuid.UUID, kind: ServiceRequestKind, opened_on: date,
                         policy_id: uuid.UUID | None = None, due_on: date | None = None, notes: str = "",
                         today: date | None = None) -> tuple[uuid.UUID, Changes]:
    kind = ServiceRequestKind(kind)
    live_client(session, client_id)
    _check_policy(session, client_id, policy_id)
    due_on = due_on or request_due_on(kind, opened_on, service_rules(session))
    validate_opening(opened_on, due_on, today or date.today())
    request = ServiceRequest(client_id=client_id, policy_id=policy_id, kind=kind.value, opened_on=opened_on,
                             due_on=due_on, status=RequestStatus.OPEN.value, notes=validate_note(notes, "notes"))
    session.add(request)
    session.flush()
    return request.id, _changes(client_id)


def close_service_request(session: Session, request_id: uuid.UUID, outcome: str, closed_on: date | None = None,
                          today: date | None = None) -> Changes:
    """Close the request with what came of it (required); closed today unless dated."""
    today = today or date.today()
    request = _live(session, ServiceRequest, request_id)
    if request.status == RequestStatus.CLOSED.value:
        raise ValidationError({"status": "This request is already closed."})
    request.outcome = validate_closing(request.opened_on, closed_on or today, outcome, today)
    request.closed_on = closed_on or today
    request.status = RequestStatus.CLOSED.value
    request.version += 1
    session.flush()
    return _changes(request.client_id)


def reopen_service_request(session: Session, request_id: uuid.UUID) -> Changes:
    """Open a closed request again; its last outcome stays, to edit when it closes again."""
    request = _live(session, ServiceRequest, request_id)
    if request.status == RequestStatus.OPEN.value:
        raise ValidationError({"status": "This request is open already."})
    request.status = RequestStatus.OPEN.value
    request.closed_on = None
    request.version += 1
    session.flush()
    return _changes(request.client_id)


def requests_of(session: Session, client_id: uuid.UUID, today: date) -> list[ServiceRequestRow]:
    """The client's requests: open ones first, soonest due on top, then closed ones, newest first."""
    statement = (select(ServiceRequest, Policy.policy_number)
                 .outerjoin(Policy, Policy.id == ServiceRequest.policy_id)
                 .where(ServiceRequest.client_id == client_id, ServiceRequest.deleted_at.is_(None)))
    rows = [ServiceRequestRow(r.id, r.client_id, r.policy_id, number or "", ServiceRequestKind(r.kind), r.opened_on,
                              r.due_on, r.closed_on, RequestStatus(r.status), r.outcome, r.notes,
                              days_overdue(r.due_on, today) if r.status == RequestStatus.OPEN.value else 0)
            for r, number in session.execute(statement)]
    return sorted(rows, key=_open_first)


# --- Complaints -----------------------------------------------------------------------------------

def record_complaint(session: Session, client_id: uuid.UUID, received_on: date, summary: str,
                     policy_id: uuid.UUID | None = None, due_on: date | None = None,
                     today: date | None = None) -> tuple[uuid.UUID, Changes]:
    live_client(session, client_id)
    _check_policy(session, client_id, policy_id)
    summary = validate_summary(summary)
    due_on = due_on or complaint_due_on(received_on, service_rules(session))
    validate_opening(received_on, due_on, today or date.today(), opened_field="received_on")
    complaint = Complaint(client_id=client_id, policy_id=policy_id, received_on=received_on, due_on=due_on,
                          status=ComplaintStatus.OPEN.value, summary=summary)
    session.add(complaint)
    session.flush()
    return complaint.id, _changes(client_id)


def resolve_complaint(session: Session, complaint_id: uuid.UUID, outcome: str, resolved_on: date | None = None,
                      today: date | None = None) -> Changes:
    today = today or date.today()
    complaint = _live(session, Complaint, complaint_id)
    if complaint.status == ComplaintStatus.RESOLVED.value:
        raise ValidationError({"status": "This complaint is already resolved."})
    complaint.outcome = validate_closing(complaint.received_on, resolved_on or today, outcome, today,
                                         closed_field="resolved_on")
    complaint.resolved_on = resolved_on or today
    complaint.status = ComplaintStatus.RESOLVED.value
    complaint.version += 1
    session.flush()
    return _changes(complaint.client_id)


def reopen_complaint(session: Session, complaint_id: uuid.UUID) -> Changes:
    complaint = _live(session, Complaint, complaint_id)
    if complaint.status == ComplaintStatus.OPEN.value:
        raise ValidationError({"status": "This complaint is open already."})
    complaint.status = ComplaintStatus.OPEN.value
    complaint.resolved_on = None
    complaint.version += 1
    session.flush()
    return _changes(complaint.client_id)


def complaints_of(session: Session, client_id: uuid.UUID, today: date) -> list[ComplaintRow]:
    """The client's complaints: open ones first, soonest due on top, then resolved ones, newest first."""
    statement = (select(Complaint, Policy.policy_number)
                 .outerjoin(Policy, Policy.id == Complaint.policy_id)
                 .where(Complaint.client_id == client_id, Complaint.deleted_at.is_(None)))
    rows = [ComplaintRow(c.id, c.client_id, c.policy_id, number or "", c.received_on, c.due_on, c.resolved_on,
                         ComplaintStatus(c.status), c.summary, c.outcome,
                         days_overdue(c.due_on, today) if c.status == ComplaintStatus.OPEN.value else 0)
            for c, number in session.execute(statement)]
    return sorted(rows, key=_open_first)


# --- Book-wide ------------------------------------------------------------------------------------

def open_deadline_facts(session: Session) -> list[DeadlineFact]:
    """Every open request and complaint of a live client, with its due date, soonest first."""
    requests = (select(literal(DeadlineKind.SERVICE_REQUEST.value).label("what"), ServiceRequest.id,
                       ServiceRequest.client_id, ServiceRequest.policy_id, ServiceRequest.opened_on,
                       ServiceRequest.due_on, ServiceRequest.kind.label("subject"))
                .join(Client, Client.id == ServiceRequest.client_id)
                .where(ServiceRequest.status == RequestStatus.OPEN.value, ServiceRequest.deleted_at.is_(None),
                       Client.deleted_at.is_(None)))
    complaints = (select(literal(DeadlineKind.COMPLAINT.value).label("what"), Complaint.id, Complaint.client_id,
                         Complaint.policy_id, Complaint.received_on, Complaint.due_on,
                         Complaint.summary.label("subject"))
                  .join(Client, Client.id == Complaint.client_id)
                  .where(Complaint.status == ComplaintStatus.OPEN.value, Complaint.deleted_at.is_(None),
                         Client.deleted_at.is_(None)))
    facts = []
    for statement in (requests, complaints):  # two plain queries: a UNION would lose the column types
        for what, id_, client_id, policy_id, opened_on, due_on, subject in session.execute(statement):
            facts.append(DeadlineFact(DeadlineKind(what), id_, client_id, policy_id, opened_on, due_on, subject))
    return sorted(facts, key=lambda f: (f.due_on or date.max, f.opened_on, str(f.id)))


# --- Helpers --------------------------------------------------------------------------------------

def _open_first(row: ServiceRequestRow | ComplaintRow) -> tuple:
    if row.is_open:
        return (0, (row.due_on or date.max).toordinal(), 0)
    opened = row.opened_on if isinstance(row, ServiceRequestRow) else row.received_on
    closed = row.closed_on if isinstance(row, ServiceRequestRow) else row.resolved_on
    return (1, -(closed or opened).toordinal(), -opened.toordinal())


def _check_policy(session: Session, client_id: uuid.UUID, policy_id: uuid.UUID | None) -> None:
    """A request or complaint may name one of the client's own policies."""
    if policy_id is None:
        return
    policy = session.get(Policy, policy_id)
    if policy is None or policy.deleted_at is not None or client_id not in (policy.holder_id, policy.insured_id):
        raise ValidationError({"policy_id": "Choose one of this client's policies."})


def _live(session: Session, model: type, row_id: uuid.UUID):  # noqa: ANN202
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"No {model.__tablename__.rstrip('s').replace('_', ' ')} {row_id}")
    return row


def _changes(client_id: uuid.UUID) -> Changes:
    """The client's requests or complaints changed, and the deadline tasks made from them."""
    return Changes(service=frozenset({client_id}), followup_list=True)
