"""Claims: report one on a policy, record its steps and documents, and read
where claims stand — per client, per claim, and book-wide for the Today
screen, the follow-up engine and the dashboard.

A claim belongs to the policy's insured; the policy's holder sees it too.
The claim row keeps its current stage in `status`, so book-wide questions
("which open claims have stalled?") are one indexed query, not a walk over
every claim's steps.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from agent_desk.domain.claims import (
    NEXT_STAGES,
    OPEN_STAGES,
    REQUIRED_DOCUMENTS,
    ClaimKind,
    ClaimStage,
    ServiceRules,
    claim_progress,
    stall_cutoffs,
    validate_document_name,
    validate_new_claim,
    validate_note,
    validate_received_on,
    validate_step,
)
from agent_desk.domain.clients import display_name
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.book_settings import read_setting, write_setting
from agent_desk.services.changes import Changes
from agent_desk.store.models import Claim, ClaimDocument, ClaimStep, Client, Policy, utcnow

SERVICE_RULES_KEY = "service_rules"


# --- Rows -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ClaimRow:
    """One line of a client's claims."""

    id: uuid.UUID
    policy_id: uuid.UUID
    policy_number: str
    product_name: str
    currency: str
    client_id: uuid.UUID  # the insured
    kind: ClaimKind
    claim_number: str
    incident_date: date | None
    amount_claimed: Decimal | None
    amount_paid: Decimal | None
    stage: ClaimStage
    entered_on: date  # when it reached its stage
    reported_on: date
    days_in_stage: int
    total_days: int  # open: since the report; closed: from the report to the last step
    stall_days: int | None
    days_overdue: int  # beyond the stage's stall threshold; 0 unless stalled
    documents_missing: int  # required documents not received yet

    @property
    def is_open(self) -> bool:
        return not self.stage.is_final

    @property
    def stalled(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class ClaimStepRow:
    id: uuid.UUID
    stage: ClaimStage
    on_date: date
    note: str
    days: int | None  # in this stage: until the next step, or today; None for a final step


@dataclass(frozen=True)
class ClaimDocumentRow:
    id: uuid.UUID
    name: str  # a ClaimDocumentCode value, or a name the agent typed
    required: bool
    received_on: date | None


@dataclass(frozen=True)
class ClaimDetail:
    claim: ClaimRow
    notes: str
    steps: tuple[ClaimStepRow, ...]  # in the order taken
    documents: tuple[ClaimDocumentRow, ...]  # required first, in the checklist's order
    next_stages: tuple[ClaimStage, ...]  # what the next step may be; () once closed


@dataclass(frozen=True)
class StalledClaimRow:
    claim_id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    policy_id: uuid.UUID
    policy_number: str
    kind: ClaimKind
    stage: ClaimStage
    entered_on: date
    days_in_stage: int
    days_overdue: int


@dataclass(frozen=True)
class OpenClaimFact:
    """What the follow-up engine needs to know about an open claim."""

    claim_id: uuid.UUID
    client_id: uuid.UUID
    policy_id: uuid.UUID
    stage: ClaimStage
    last_step_on: date


# --- Rules of the book ------------------------------------------------------------------------------

def service_rules(session: Session) -> ServiceRules:
    """The book's stall thresholds and due-date defaults (the defaults unless set)."""
    return ServiceRules.from_json(read_setting(session, SERVICE_RULES_KEY))


def set_service_rules(session: Session, rules: ServiceRules) -> Changes:
    write_setting(session, SERVICE_RULES_KEY, rules.validated().to_json())
    # Stalled claims and deadlines change with them, and with those the derived tasks.
    return Changes(followup_list=True)


# --- Use cases that write ---------------------------------------------------------------------------

def open_claim(session: Session, policy_id: uuid.UUID, kind: ClaimKind, incident_date: date, reported_on: date,
               amount_claimed: Decimal | None = None, notes: str = "", claim_number: str = "",
               today: date | None = None) -> tuple[uuid.UUID, Changes]:
    """Report a claim on a policy: its `reported` step and the checklist of
    documents its kind needs. The claim is the insured's."""
    kind = ClaimKind(kind)
    policy = _live_policy(session, policy_id)
    validate_new_claim(policy.issue_date, incident_date, reported_on, today or date.today(), amount_claimed,
                       claim_number)
    claim = Claim(policy_id=policy.id, client_id=policy.insured_id, claim_number=claim_number.strip(),
                  kind=kind.value, incident_date=incident_date, amount_claimed=amount_claimed,
                  status=ClaimStage.REPORTED.value, notes=validate_note(notes, "notes"))
    session.add(claim)
    session.flush()
    session.add(ClaimStep(claim_id=claim.id, step=ClaimStage.REPORTED.value, on_date=reported_on))
    session.add_all(ClaimDocument(claim_id=claim.id, name=code.value, required=True)
                    for code in REQUIRED_DOCUMENTS[kind])
    session.flush()
    return claim.id, _claim_changes(claim, policy, steps=True)


def record_claim_step(session: Session, claim_id: uuid.UUID, stage: ClaimStage, on_date: date, note: str = "",
                      amount_paid: Decimal | None = None, today: date | None = None) -> Changes:
    """Move the claim on to `stage`; `paid` needs the amount paid."""
    stage = ClaimStage(stage)
    claim = _live_claim(session, claim_id)
    steps = _live_steps(session, claim.id)
    validate_step([(ClaimStage(s.step), s.on_date) for s in steps], stage, on_date, today or date.today(),
                  amount_paid)
    note = validate_note(note)
    session.add(ClaimStep(claim_id=claim.id, step=stage.value, on_date=on_date, note=note))
    claim.status = stage.value
    if stage is ClaimStage.PAID:
        claim.amount_paid = amount_paid
    claim.version += 1
    session.flush()
    return _claim_changes(claim, _policy_of(session, claim), steps=True)


def undo_last_claim_step(session: Session, claim_id: uuid.UUID) -> Changes:
    """Take back the latest step (a wrong click); the report itself stays."""
    claim = _live_claim(session, claim_id)
    steps = _live_steps(session, claim.id)
    if len(steps) < 2:
        raise ValidationError({"stage": "Only the report is left; a report cannot be taken back."})
    last, previous = steps[-1], steps[-2]
    now = utcnow()
    last.deleted_at = now
    last.version += 1
    if last.step == ClaimStage.PAID.value:
        claim.amount_paid = None
    claim.status = previous.step
    claim.version += 1
    session.flush()
    return _claim_changes(claim, _policy_of(session, claim), steps=True)


def delete_claim(session: Session, claim_id: uuid.UUID) -> Changes:
    """Soft-delete a claim reported by mistake, with its steps and documents."""
    claim = _live_claim(session, claim_id)
    now = utcnow()
    for row in [*_live_steps(session, claim.id), *_live_documents(session, claim)]:
        row.deleted_at = now
        row.version += 1
    claim.deleted_at = now
    claim.version += 1
    session.flush()
    return _claim_changes(claim, _policy_of(session, claim), steps=True)


def set_document_received(session: Session, document_id: uuid.UUID, received_on: date | None,
                          today: date | None = None) -> Changes:
    """Tick a document off the checklist (a date), or untick it (None)."""
    document = session.get(ClaimDocument, document_id)
    if document is None or document.deleted_at is not None:
        raise NotFoundError(f"No claim document {document_id}")
    validate_received_on(received_on, today or date.today())
    claim = _live_claim(session, document.claim_id)
    if document.received_on != received_on:
        document.received_on = received_on
        document.version += 1
        session.flush()
    return _claim_changes(claim, _policy_of(session, claim), steps=False)


def add_claim_document(session: Session, claim_id: uuid.UUID, name: str,
                       required: bool = True) -> tuple[uuid.UUID, Changes]:
    """A document the checklist lacks (the insurer asked for more)."""
    claim = _live_claim(session, claim_id)
    name = validate_document_name(name, [d.name for d in _live_documents(session, claim)])
    document = ClaimDocument(claim_id=claim.id, name=name, required=required)
    session.add(document)
    session.flush()
    return document.id, _claim_changes(claim, _policy_of(session, claim), steps=False)


# --- Reading ----------------------------------------------------------------------------------------

def claims_of(session: Session, client_id: uuid.UUID, today: date,
              rules: ServiceRules | None = None) -> list[ClaimRow]:
    """Claims where the client is the insured or holds the policy: open ones
    first, the longest-stalled on top, then closed ones, newest first."""
    held = select(Policy.id).where(Policy.holder_id == client_id)
    # Both terms on indexed claim columns, so SQLite looks them up instead of scanning every claim.
    statement = (_claim_select()
                 .where(or_(Claim.client_id == client_id, Claim.policy_id.in_(held)), Claim.deleted_at.is_(None)))
    rows = _claim_rows(session, list(session.execute(statement)), today, rules or service_rules(session))
    return sorted(rows, key=lambda r: (not r.is_open, -r.days_overdue, -r.entered_on.toordinal(),
                                       -r.reported_on.toordinal(), r.policy_number))


def claim_detail(session: Session, claim_id: uuid.UUID, today: date,
                 rules: ServiceRules | None = None) -> ClaimDetail:
    rules = rules or service_rules(session)
    found = session.execute(_claim_select().where(Claim.id == claim_id, Claim.deleted_at.is_(None))).one_or_none()
    if found is None:
        raise NotFoundError(f"No claim {claim_id}")
    (row,) = _claim_rows(session, [found], today, rules)
    steps = _live_steps(session, claim_id)
    progress = claim_progress([(ClaimStage(s.step), s.on_date) for s in steps], today, rules.stall_days)
    step_rows = tuple(ClaimStepRow(s.id, ClaimStage(s.step), s.on_date, s.note, span.days)
                      for s, span in zip(steps, progress.steps))
    documents = tuple(ClaimDocumentRow(d.id, d.name, d.required, d.received_on)
                      for d in _live_documents(session, found[0]))
    return ClaimDetail(row, found[0].notes, step_rows, documents, NEXT_STAGES[row.stage])


def stalled_claims(session: Session, today: date, rules: ServiceRules | None = None) -> list[StalledClaimRow]:
    """Open claims, book-wide, that sat in their stage past its threshold, the
    most overdue first: one query over the open claims (claims.status is indexed)."""
    rules = rules or service_rules(session)
    cutoffs = stall_cutoffs(today, rules.stall_days)
    entered_on = func.max(ClaimStep.on_date)
    cutoff = case({stage.value: cutoffs[stage] for stage in OPEN_STAGES}, value=Claim.status)
    statement = (
        select(Claim.id, Claim.client_id, Client.name, Client.name_local, Claim.policy_id, Policy.policy_number,
               Claim.kind, Claim.status, entered_on)
        .join(ClaimStep, and_(ClaimStep.claim_id == Claim.id, ClaimStep.deleted_at.is_(None)))
        .join(Client, Client.id == Claim.client_id)
        .join(Policy, Policy.id == Claim.policy_id)
        .where(Claim.status.in_([stage.value for stage in OPEN_STAGES]), Claim.deleted_at.is_(None),
               Client.deleted_at.is_(None))
        .group_by(Claim.id)
        .having(entered_on < cutoff)
    )
    rows = []
    for claim_id, client_id, name, name_local, policy_id, number, kind, status, entered in session.execute(statement):
        stage = ClaimStage(status)
        days = (today - entered).days
        rows.append(StalledClaimRow(claim_id, client_id, display_name(name, name_local), policy_id, number,
                                    ClaimKind(kind), stage, entered, days, days - rules.stall_days[stage]))
    return sorted(rows, key=lambda r: (-r.days_overdue, r.client_name, r.policy_number))


def open_claim_facts(session: Session) -> list[OpenClaimFact]:
    """Every open claim of a live client, with its stage and the date of its latest step."""
    statement = (
        select(Claim.id, Claim.client_id, Claim.policy_id, Claim.status, func.max(ClaimStep.on_date))
        .join(ClaimStep, and_(ClaimStep.claim_id == Claim.id, ClaimStep.deleted_at.is_(None)))
        .join(Client, Client.id == Claim.client_id)
        .where(Claim.status.in_([stage.value for stage in OPEN_STAGES]), Claim.deleted_at.is_(None),
               Client.deleted_at.is_(None))
        .group_by(Claim.id)
        .order_by(Claim.id)
    )
    return [OpenClaimFact(claim_id, client_id, policy_id, ClaimStage(status), last)
            for claim_id, client_id, policy_id, status, last in session.execute(statement)]


def paid_claim_durations(session: Session) -> list[int]:
    """Days from report to payment of every paid claim, shortest first (for a median)."""
    reported = func.min(case((ClaimStep.step == ClaimStage.REPORTED.value, ClaimStep.on_date)))
    paid = func.max(case((ClaimStep.step == ClaimStage.PAID.value, ClaimStep.on_date)))
    statement = (
        select(reported, paid)
        .join(Claim, Claim.id == ClaimStep.claim_id)
        .where(Claim.status == ClaimStage.PAID.value, Claim.deleted_at.is_(None), ClaimStep.deleted_at.is_(None))
        .group_by(ClaimStep.claim_id)
    )
    return sorted((paid_on - reported_on).days for reported_on, paid_on in session.execute(statement)
                  if reported_on is not None and paid_on is not None)


# --- Helpers ----------------------------------------------------------------------------------------

def _claim_select():  # noqa: ANN202
    return (select(Claim, Policy.policy_number, Policy.product_name, Policy.product_code, Policy.currency)
            .join(Policy, Policy.id == Claim.policy_id))


def _claim_rows(session: Session, found: list, today: date, rules: ServiceRules) -> list[ClaimRow]:
    """Rows for (Claim, number, product name, product code, currency) results: two
    more queries, for all their steps and missing documents at once."""
    ids = [claim.id for claim, *_ in found]
    steps = _steps_by_claim(session, ids)
    missing = _missing_documents(session, ids)
    rows = []
    for claim, number, product_name, product_code, currency in found:
        progress = claim_progress(steps[claim.id], today, rules.stall_days)
        rows.append(ClaimRow(
            claim.id, claim.policy_id, number, product_name or product_code, currency, claim.client_id,
            ClaimKind(claim.kind), claim.claim_number, claim.incident_date, claim.amount_claimed, claim.amount_paid,
            progress.stage, progress.entered_on, progress.reported_on, progress.days_in_stage, progress.total_days,
            progress.stall_days, progress.days_overdue, missing.get(claim.id, 0),
        ))
    return rows


def _steps_by_claim(session: Session, claim_ids: Iterable[uuid.UUID]) -> Mapping[uuid.UUID, list]:
    ids = list(claim_ids)
    steps: dict[uuid.UUID, list[tuple[ClaimStage, date]]] = defaultdict(list)
    if ids:
        statement = select(ClaimStep.claim_id, ClaimStep.step, ClaimStep.on_date).where(
            ClaimStep.claim_id.in_(ids), ClaimStep.deleted_at.is_(None))
        for claim_id, step, on_date in session.execute(statement):
            steps[claim_id].append((ClaimStage(step), on_date))
    return steps


def _missing_documents(session: Session, claim_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not claim_ids:
        return {}
    statement = (select(ClaimDocument.claim_id, func.count())
                 .where(ClaimDocument.claim_id.in_(claim_ids), ClaimDocument.deleted_at.is_(None),
                        ClaimDocument.required.is_(True), ClaimDocument.received_on.is_(None))
                 .group_by(ClaimDocument.claim_id))
    return dict(session.execute(statement).all())


def _live_policy(session: Session, policy_id: uuid.UUID) -> Policy:
    policy = session.get(Policy, policy_id)
    if policy is None or policy.deleted_at is not None:
        raise NotFoundError(f"No policy {policy_id}")
    return policy


def _live_claim(session: Session, claim_id: uuid.UUID) -> Claim:
    claim = session.get(Claim, claim_id)
    if claim is None or claim.deleted_at is not None:
        raise NotFoundError(f"No claim {claim_id}")
    return claim


def _policy_of(session: Session, claim: Claim) -> Policy:
    policy = session.get(Policy, claim.policy_id)
    if policy is None:
        raise NotFoundError(f"No policy {claim.policy_id}")
    return policy


def _live_steps(session: Session, claim_id: uuid.UUID) -> list[ClaimStep]:
    """In the order taken: stages only move forward, so by stage."""
    steps = session.scalars(select(ClaimStep).where(ClaimStep.claim_id == claim_id, ClaimStep.deleted_at.is_(None)))
    return sorted(steps, key=lambda s: ClaimStage(s.step).rank)


def _live_documents(session: Session, claim: Claim) -> list[ClaimDocument]:
    """Required ones first, those of the kind's checklist in its order, then as added."""
    documents = session.scalars(select(ClaimDocument).where(ClaimDocument.claim_id == claim.id,
                                                            ClaimDocument.deleted_at.is_(None)))
    checklist = {code.value: index for index, code in enumerate(REQUIRED_DOCUMENTS.get(claim.kind, ()))}
    return sorted(documents, key=lambda d: (not d.required, checklist.get(d.name, len(checklist)), d.created_at,
                                            d.name))


def _claim_changes(claim: Claim, policy: Policy, *, steps: bool) -> Changes:
    """The insured's and the holder's claims changed; a step (or a claim
    coming or going) changes the follow-up tasks made from open claims."""
    return Changes(claims=frozenset({claim.client_id, policy.holder_id}), followup_list=steps)
