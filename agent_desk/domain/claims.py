"""Claims, service requests and complaints: the rules, without a database.

A claim moves forward through `ClaimStage`, one dated step at a time; how
long it spent in each stage, and whether it has sat in its current one for
longer than the stage's threshold (it has *stalled*), follows from the steps
alone. Service requests (address or beneficiary changes, loans, surrenders…)
and complaints each get a due date from a default number of days per kind.

Every number of days here is a default the book may override (see
`ServiceRules`): they are this office's habits, not a regulator's deadlines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from agent_desk.errors import ValidationError

MAX_NOTE_LENGTH = 2000
MAX_DOCUMENT_NAME_LENGTH = 200
MAX_CLAIM_NUMBER_LENGTH = 40
MAX_DUE_DAYS = 365


# --- Claims -------------------------------------------------------------------------------------

class ClaimStage(StrEnum):
    """In the order a claim goes through them; every step moves forward."""

    REPORTED = "reported"
    DOCUMENTS_COLLECTED = "documents_collected"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    DECLINED = "declined"
    PAID = "paid"

    @property
    def is_final(self) -> bool:
        return self in FINAL_STAGES

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {stage: rank for rank, stage in enumerate(ClaimStage)}
FINAL_STAGES = frozenset({ClaimStage.DECLINED, ClaimStage.PAID})
OPEN_STAGES = tuple(stage for stage in ClaimStage if stage not in FINAL_STAGES)

# Which stage may follow which. Documents are collected before the claim is
# submitted, and the insurer decides only on a submitted claim; it may decide
# at once, without a review, on a simple one. Only an approved claim is paid.
NEXT_STAGES: Mapping[ClaimStage, tuple[ClaimStage, ...]] = MappingProxyType({
    ClaimStage.REPORTED: (ClaimStage.DOCUMENTS_COLLECTED,),
    ClaimStage.DOCUMENTS_COLLECTED: (ClaimStage.SUBMITTED,),
    ClaimStage.SUBMITTED: (ClaimStage.UNDER_REVIEW, ClaimStage.APPROVED, ClaimStage.DECLINED),
    ClaimStage.UNDER_REVIEW: (ClaimStage.APPROVED, ClaimStage.DECLINED),
    ClaimStage.APPROVED: (ClaimStage.PAID,),
    ClaimStage.DECLINED: (),
    ClaimStage.PAID: (),
})

# Days a claim may sit in a stage before it counts as stalled and the agent
# should chase it (the client for documents, the insurer for a decision or
# the payment). Defaults; a book may set its own (ServiceRules).
STALL_DAYS: Mapping[ClaimStage, int] = MappingProxyType({
    ClaimStage.REPORTED: 14,
    ClaimStage.DOCUMENTS_COLLECTED: 7,
    ClaimStage.SUBMITTED: 10,
    ClaimStage.UNDER_REVIEW: 30,
    ClaimStage.APPROVED: 14,
})


class ClaimKind(StrEnum):
    DEATH = "death"
    CRITICAL_ILLNESS = "critical_illness"
    MEDICAL = "medical"
    ACCIDENT = "accident"
    DISABILITY = "disability"
    OTHER = "other"


class ClaimDocumentCode(StrEnum):
    """Documents insurers commonly ask for; stored as the code, named by the UI.
    An agent may add others by name (any text that is not one of these)."""

    CLAIM_FORM = "claim_form"
    CLAIMANT_ID = "claimant_id"
    BANK_ACCOUNT_PROOF = "bank_account_proof"
    MEDICAL_RECEIPTS = "medical_receipts"
    DIAGNOSIS_CERTIFICATE = "diagnosis_certificate"
    DISCHARGE_SUMMARY = "discharge_summary"
    PATHOLOGY_REPORT = "pathology_report"
    DEATH_CERTIFICATE = "death_certificate"
    HOUSEHOLD_REGISTER = "household_register"  # proves who the heirs or beneficiaries are
    POLICE_REPORT = "police_report"
    DISABILITY_ASSESSMENT = "disability_assessment"


_D = ClaimDocumentCode
REQUIRED_DOCUMENTS: Mapping[ClaimKind, tuple[ClaimDocumentCode, ...]] = MappingProxyType({
    ClaimKind.DEATH: (_D.CLAIM_FORM, _D.CLAIMANT_ID, _D.DEATH_CERTIFICATE, _D.HOUSEHOLD_REGISTER,
                      _D.BANK_ACCOUNT_PROOF),
    ClaimKind.CRITICAL_ILLNESS: (_D.CLAIM_FORM, _D.CLAIMANT_ID, _D.DIAGNOSIS_CERTIFICATE, _D.PATHOLOGY_REPORT,
                                 _D.BANK_ACCOUNT_PROOF),
    ClaimKind.MEDICAL: (_D.CLAIM_FORM, _D.CLAIMANT_ID, _D.DIAGNOSIS_CERTIFICATE, _D.MEDICAL_RECEIPTS,
                        _D.DISCHARGE_SUMMARY, _D.BANK_ACCOUNT_PROOF),
    ClaimKind.ACCIDENT: (_D.CLAIM_FORM, _D.CLAIMANT_ID, _D.POLICE_REPORT, _D.DIAGNOSIS_CERTIFICATE,
                         _D.MEDICAL_RECEIPTS, _D.BANK_ACCOUNT_PROOF),
    ClaimKind.DISABILITY: (_D.CLAIM_FORM, _D.CLAIMANT_ID, _D.DIAGNOSIS_CERTIFICATE, _D.DISABILITY_ASSESSMENT,
                           _D.BANK_ACCOUNT_PROOF),
    ClaimKind.OTHER: (_D.CLAIM_FORM, _D.CLAIMANT_ID, _D.BANK_ACCOUNT_PROOF),
})


@dataclass(frozen=True)
class StepSpan:
    """One step of a claim and how long the claim stayed in that stage."""

    stage: ClaimStage
    on_date: date
    # Days until the next step; for the current stage of an open claim, until
    # today; None for the final step of a closed claim (it stays there).
    days: int | None


@dataclass(frozen=True)
class ClaimProgress:
    stage: ClaimStage
    entered_on: date  # the day the claim reached its current stage
    reported_on: date
    days_in_stage: int  # days since entered_on
    total_days: int  # reported → today while open; reported → the final step once closed
    steps: tuple[StepSpan, ...]
    stall_days: int | None  # how long the current stage may last; None once closed
    days_overdue: int  # days beyond stall_days; 0 when not stalled

    @property
    def is_open(self) -> bool:
        return not self.stage.is_final

    @property
    def stalled(self) -> bool:
        return self.days_overdue > 0

    @property
    def days_to_payment(self) -> int | None:
        return self.total_days if self.stage is ClaimStage.PAID else None


def claim_progress(steps: Sequence[tuple[ClaimStage, date]], today: date,
                   stall_days: Mapping[ClaimStage, int] = STALL_DAYS) -> ClaimProgress:
    """Where a claim stands, from its steps in the order they were taken.

    A claim stalls the day after it has spent `stall_days[stage]` days in an
    open stage: with 14 days for `reported`, a claim reported on 1 March is
    on time on 15 March and one day overdue on 16 March."""
    if not steps:
        raise ValueError("a claim has at least its reported step")
    ordered = sorted(steps, key=lambda step: step[0].rank)  # stages only move forward
    stage, entered_on = ordered[-1]
    reported_on = ordered[0][1]
    spans = []
    for (this_stage, on_date), (_next_stage, next_date) in zip(ordered, ordered[1:]):
        spans.append(StepSpan(this_stage, on_date, _days(on_date, next_date)))
    spans.append(StepSpan(stage, entered_on, None if stage.is_final else _days(entered_on, today)))
    days_in_stage = _days(entered_on, today)
    if stage.is_final:
        return ClaimProgress(stage, entered_on, reported_on, days_in_stage, _days(reported_on, entered_on),
                             tuple(spans), None, 0)
    allowed = stall_days[stage]
    return ClaimProgress(stage, entered_on, reported_on, days_in_stage, _days(reported_on, today), tuple(spans),
                         allowed, max(0, days_in_stage - allowed))


def days_to_payment(steps: Sequence[tuple[ClaimStage, date]]) -> int | None:
    """Days from the report to the payment; None while the claim is unpaid."""
    dates = dict(steps)
    if ClaimStage.PAID not in dates or ClaimStage.REPORTED not in dates:
        return None
    return _days(dates[ClaimStage.REPORTED], dates[ClaimStage.PAID])


def stall_cutoffs(today: date, stall_days: Mapping[ClaimStage, int] = STALL_DAYS) -> dict[ClaimStage, date]:
    """Per open stage, the last day a claim could have entered it and not yet be
    stalled today: a claim that entered before the cutoff has stalled."""
    return {stage: today - timedelta(days=stall_days[stage]) for stage in OPEN_STAGES}


def _days(start: date, end: date) -> int:
    return max(0, (end - start).days)


# --- Claim rules --------------------------------------------------------------------------------

def validate_new_claim(policy_issued: date | None, incident_date: date, reported_on: date, today: date,
                       amount_claimed: Decimal | None = None, claim_number: str = "") -> None:
    """Raise ValidationError naming every field that breaks a rule."""
    problems: dict[str, str] = {}
    if policy_issued is None:
        problems["policy_id"] = "A pending policy gives no cover yet; a claim needs an issued policy."
    if incident_date > today:
        problems["incident_date"] = "The incident date cannot be in the future."
    elif policy_issued is not None and incident_date < policy_issued:
        problems["incident_date"] = "The incident happened before the policy was issued."
    if reported_on > today:
        problems["reported_on"] = "A claim cannot be reported in the future."
    elif reported_on < incident_date:
        problems["reported_on"] = "A claim is reported on or after the incident."
    if amount_claimed is not None and amount_claimed <= 0:
        problems["amount_claimed"] = "The amount claimed must be above zero."
    if len(claim_number.strip()) > MAX_CLAIM_NUMBER_LENGTH:
        problems["claim_number"] = f"At most {MAX_CLAIM_NUMBER_LENGTH} characters."
    if problems:
        raise ValidationError(problems)


def validate_step(steps: Sequence[tuple[ClaimStage, date]], stage: ClaimStage, on_date: date, today: date,
                  amount_paid: Decimal | None = None) -> None:
    """May the claim, with these steps so far, take `stage` on `on_date`?"""
    if not steps:
        raise ValueError("a claim has at least its reported step")
    current, entered_on = max(steps, key=lambda step: step[0].rank)
    problems: dict[str, str] = {}
    if current.is_final:
        problems["stage"] = "The claim is closed: a paid or declined claim takes no further step."
    elif stage not in NEXT_STAGES[current]:
        problems["stage"] = "This step cannot follow the claim's current one."
    if on_date > today:
        problems["on_date"] = "A step cannot be dated in the future."
    elif on_date < entered_on:
        problems["on_date"] = "A step cannot be dated before the previous one."
    if stage is ClaimStage.PAID:
        if amount_paid is None:
            problems["amount_paid"] = "Enter the amount paid."
        elif amount_paid < 0:
            problems["amount_paid"] = "The amount paid cannot be negative."
    elif amount_paid is not None:
        problems["amount_paid"] = "Only the payment step has an amount paid."
    if problems:
        raise ValidationError(problems)


def validate_note(note: str, field_name: str = "note") -> str:
    note = note.strip()
    if len(note) > MAX_NOTE_LENGTH:
        raise ValidationError({field_name: f"At most {MAX_NOTE_LENGTH} characters."})
    return note


def validate_document_name(name: str, existing: Sequence[str] = ()) -> str:
    name = name.strip()
    if not name:
        raise ValidationError({"name": "Name the document."})
    if len(name) > MAX_DOCUMENT_NAME_LENGTH:
        raise ValidationError({"name": f"At most {MAX_DOCUMENT_NAME_LENGTH} characters."})
    if name.casefold() in {other.casefold() for other in existing}:
        raise ValidationError({"name": "The claim already lists this document."})
    return name


def validate_received_on(received_on: date | None, today: date) -> None:
    if received_on is not None and received_on > today:
        raise ValidationError({"received_on": "A document cannot be received in the future."})


# --- Service requests and complaints ------------------------------------------------------------

class ServiceRequestKind(StrEnum):
    ADDRESS_CHANGE = "address_change"
    BENEFICIARY_CHANGE = "beneficiary_change"
    PAYMENT_METHOD = "payment_method"
    POLICY_LOAN = "policy_loan"
    SURRENDER = "surrender"
    REINSTATEMENT = "reinstatement"
    CONTACT_DETAILS = "contact_details"
    OTHER = "other"


class RequestStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


# Calendar days from opening a request to its due date, by kind: how long the
# office usually takes, so the agent chases what runs late. Defaults; a book
# may set its own (ServiceRules).
REQUEST_DUE_DAYS: Mapping[ServiceRequestKind, int] = MappingProxyType({
    ServiceRequestKind.ADDRESS_CHANGE: 7,
    ServiceRequestKind.BENEFICIARY_CHANGE: 14,
    ServiceRequestKind.PAYMENT_METHOD: 14,
    ServiceRequestKind.POLICY_LOAN: 7,
    ServiceRequestKind.SURRENDER: 14,
    ServiceRequestKind.REINSTATEMENT: 30,
    ServiceRequestKind.CONTACT_DETAILS: 5,
    ServiceRequestKind.OTHER: 14,
})
# Calendar days to answer a complaint: a default the book may change, not a
# regulator's deadline (those differ by market and are often shorter).
COMPLAINT_DUE_DAYS = 14


@dataclass(frozen=True)
class ServiceRules:
    """The day counts a book uses, the defaults unless it set its own."""

    stall_days: Mapping[ClaimStage, int] = field(default_factory=lambda: dict(STALL_DAYS))
    request_due_days: Mapping[ServiceRequestKind, int] = field(default_factory=lambda: dict(REQUEST_DUE_DAYS))
    complaint_due_days: int = COMPLAINT_DUE_DAYS

    def to_json(self) -> dict[str, Any]:
        return {"stall_days": {stage.value: days for stage, days in self.stall_days.items()},
                "request_due_days": {kind.value: days for kind, days in self.request_due_days.items()},
                "complaint_due_days": self.complaint_due_days}

    @staticmethod
    def from_json(data: Mapping[str, Any] | None) -> ServiceRules:
        """The rules stored in a book; what is missing or unknown keeps its default,
        so a book written by an older or newer version still reads."""
        data = data or {}
        stall = dict(STALL_DAYS)
        for key, days in dict(data.get("stall_days") or {}).items():
            if key in _STAGE_CODES and ClaimStage(key) in stall and _is_days(days):
                stall[ClaimStage(key)] = days
        due = dict(REQUEST_DUE_DAYS)
        for key, days in dict(data.get("request_due_days") or {}).items():
            if key in _REQUEST_CODES and _is_days(days):
                due[ServiceRequestKind(key)] = days
        complaint = data.get("complaint_due_days")
        return ServiceRules(stall, due, complaint if _is_days(complaint) else COMPLAINT_DUE_DAYS)

    def validated(self) -> ServiceRules:
        """Every count a whole number of days from 1 to 365, and every stage and kind given."""
        problems: dict[str, str] = {}
        for stage in OPEN_STAGES:
            if not _is_days(self.stall_days.get(stage)):
                problems[f"stall_days.{stage.value}"] = f"A whole number of days from 1 to {MAX_DUE_DAYS}."
        for kind in ServiceRequestKind:
            if not _is_days(self.request_due_days.get(kind)):
                problems[f"request_due_days.{kind.value}"] = f"A whole number of days from 1 to {MAX_DUE_DAYS}."
        if not _is_days(self.complaint_due_days):
            problems["complaint_due_days"] = f"A whole number of days from 1 to {MAX_DUE_DAYS}."
        if problems:
            raise ValidationError(problems)
        return self


_STAGE_CODES = frozenset(stage.value for stage in ClaimStage)
_REQUEST_CODES = frozenset(kind.value for kind in ServiceRequestKind)


def _is_days(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_DUE_DAYS


def request_due_on(kind: ServiceRequestKind, opened_on: date, rules: ServiceRules | None = None) -> date:
    days = (rules or ServiceRules()).request_due_days[kind]
    return opened_on + timedelta(days=days)


def complaint_due_on(received_on: date, rules: ServiceRules | None = None) -> date:
    return received_on + timedelta(days=(rules or ServiceRules()).complaint_due_days)


def days_overdue(due_on: date | None, today: date) -> int:
    """Days past the due date; 0 when on time or without one."""
    return max(0, (today - due_on).days) if due_on is not None else 0


def validate_opening(opened_on: date, due_on: date, today: date, *, opened_field: str = "opened_on") -> None:
    """A request or complaint is opened today or earlier and due on or after it."""
    problems: dict[str, str] = {}
    if opened_on > today:
        problems[opened_field] = "This date cannot be in the future."
    if due_on < opened_on:
        problems["due_on"] = "The due date cannot be before the day it was opened."
    if problems:
        raise ValidationError(problems)


def validate_closing(opened_on: date, closed_on: date, outcome: str, today: date, *,
                     closed_field: str = "closed_on") -> str:
    """The outcome, trimmed: closing needs one, dated between the opening and today."""
    outcome = outcome.strip()
    problems: dict[str, str] = {}
    if not outcome:
        problems["outcome"] = "Say what the outcome was."
    elif len(outcome) > MAX_NOTE_LENGTH:
        problems["outcome"] = f"At most {MAX_NOTE_LENGTH} characters."
    if closed_on > today:
        problems[closed_field] = "This date cannot be in the future."
    elif closed_on < opened_on:
        problems[closed_field] = "It cannot be closed before it was opened."
    if problems:
        raise ValidationError(problems)
    return outcome


def validate_summary(summary: str) -> str:
    summary = summary.strip()
    if not summary:
        raise ValidationError({"summary": "Say what the complaint is about."})
    if len(summary) > MAX_NOTE_LENGTH:
        raise ValidationError({"summary": f"At most {MAX_NOTE_LENGTH} characters."})
    return summary
