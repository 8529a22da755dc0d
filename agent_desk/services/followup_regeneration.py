"""Regenerating the rule follow-ups of the whole book, idempotently.

Facts are read as tuples with a handful of queries, the rules run in Python
(domain/followups.py), and the difference is written in bulk: new keys are
inserted, open tasks whose rule date moved are moved (unless the agent
rescheduled them), open tasks the rules no longer give are void, and a void
task the rules give again is open again. A task the agent closed (done or
cancelled) is never touched, so it cannot come back. A 100k-client book regenerates in seconds (bench/followups.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from agent_desk.domain.clients import LifecycleStage, PaymentFrequency, PolicyStatus
from agent_desk.domain.followups import (
    NEW_POLICY_STATUSES,
    BookFacts,
    ClaimFact,
    ClientFact,
    DeadlineFact,
    DueFollowUp,
    FollowUpKind,
    FollowUpRules,
    FollowUpStatus,
    PolicyFact,
    due_followups,
)
from agent_desk.services.changes import Changes
from agent_desk.services.followup_rules import followup_rules
from agent_desk.services.claims import open_claim_facts
from agent_desk.services.service_requests import open_deadline_facts
from agent_desk.store.models import Client, FollowUp, Policy, utcnow
from agent_desk.sync import outbox

Progress = Callable[[int, int], None]
_WRITE_BATCH = 5000
_STEPS = 4  # progress: facts, rules, existing tasks, writing


@dataclass(frozen=True)
class RegenerationReport:
    created: int
    moved: int
    reopened: int
    voided: int
    kept: int  # rule tasks already right

    def summary(self) -> str:
        return (f"{self.created} new, {self.moved} moved, {self.reopened} due again, {self.voided} no longer due, "
                f"{self.kept} unchanged")


def regenerate_followups(session: Session, today: date, progress: Progress | None = None,
                         rules: FollowUpRules | None = None) -> tuple[RegenerationReport, Changes]:
    report = progress or (lambda _done, _total: None)
    rules = rules or followup_rules(session)
    facts = book_facts(session)
    report(1, _STEPS)
    wanted = {due.rule_key: due for due in due_followups(facts, rules, today)}
    report(2, _STEPS)
    existing = session.execute(
        select(FollowUp.id, FollowUp.rule_key, FollowUp.status, FollowUp.due_date, FollowUp.rule_due)
        .where(FollowUp.rule_key.is_not(None))
    ).all()
    report(3, _STEPS)
    known = {key for _id, key, *_ in existing}
    now = utcnow()
    new_rows = [_new_row(due, now) for key, due in wanted.items() if key not in known]
    moves, reopened, voids, kept = [], [], [], 0
    for row_id, key, status, due_date, rule_due in existing:
        if status == FollowUpStatus.VOID.value and key in wanted:
            # The rule applies again (a closed request was reopened): due again.
            due = wanted[key].due
            reopened.append({"id": row_id, "due_date": due, "rule_due": due, "status": FollowUpStatus.OPEN.value,
                             "updated_at": now})
            continue
        if status != FollowUpStatus.OPEN.value:
            continue
        rescheduled = rule_due is not None and due_date != rule_due
        due = wanted.get(key)
        if due is None:
            if not rescheduled:  # a date the agent chose is the agent's to close
                voids.append(row_id)
        elif rule_due != due.due and not rescheduled:
            moves.append({"id": row_id, "due_date": due.due, "rule_due": due.due, "updated_at": now})
        else:
            kept += 1
    _write(session, new_rows, [moves, reopened], voids, now)
    report(4, _STEPS)
    changed = bool(new_rows or moves or reopened or voids)
    report_ = RegenerationReport(len(new_rows), len(moves), len(reopened), len(voids), kept)
    return report_, Changes(followup_list=changed)


# A rule task's id follows from its rule key, so two devices of one agent that
# regenerate the same occasion make the same row rather than two.
RULE_TASK_IDS = uuid.UUID("0b6f3c52-5d8e-4c1a-9a57-7f2d3e9b1c40")


def rule_task_id(rule_key: str) -> uuid.UUID:
    return uuid.uuid5(RULE_TASK_IDS, rule_key)


def _new_row(due: DueFollowUp, now: datetime) -> dict:
    return {"id": rule_task_id(due.rule_key), "created_at": now, "updated_at": now, "version": 1, "client_id": due.client_id,
            "policy_id": due.policy_id, "claim_id": due.claim_id, "kind": due.kind.value, "title": due.subject,
            "due_date": due.due, "rule_due": due.due, "status": FollowUpStatus.OPEN.value, "rule_key": due.rule_key,
            "recurrence": "", "outcome": "", "notes": ""}


def _write(session: Session, new_rows: list[dict], updates: list[list[dict]], voids: list[uuid.UUID],
           now: datetime) -> None:
    for start in range(0, len(new_rows), _WRITE_BATCH):
        session.execute(insert(FollowUp), new_rows[start:start + _WRITE_BATCH])
    for same_keys in updates:  # dicts with the same keys: one executemany each
        if same_keys:
            session.execute(update(FollowUp), same_keys)
    for start in range(0, len(voids), 500):
        session.execute(update(FollowUp).where(FollowUp.id.in_(voids[start:start + 500]))
                        .values(status=FollowUpStatus.VOID.value, updated_at=now, version=FollowUp.version + 1))
    # Written past the ORM, so queued for the office here.
    outbox.record(session, "followups", [(row["id"], row) for row in new_rows])
    outbox.record(session, "followups", [(row["id"], {k: v for k, v in row.items() if k != "id"})
                                         for same_keys in updates for row in same_keys])
    outbox.record(session, "followups", [(row_id, {"status": FollowUpStatus.VOID.value}) for row_id in voids])


# -- the facts the rules read ----------------------------------------------------
def book_facts(session: Session) -> BookFacts:
    return BookFacts(policies=_policy_facts(session), clients=_client_facts(session),
                     claims=_claim_facts(session), deadlines=_deadline_facts(session))


def _done_dates(session: Session, kind: FollowUpKind, key_column) -> dict[uuid.UUID, date]:  # noqa: ANN001
    """The latest completion date of done follow-ups of a kind, per client/policy/claim."""
    rows = session.execute(
        select(key_column, func.max(FollowUp.completed_at))
        .where(FollowUp.kind == kind.value, FollowUp.status == FollowUpStatus.DONE.value,
               FollowUp.deleted_at.is_(None), key_column.is_not(None))
        .group_by(key_column)
    )
    return {key: _as_date(at) for key, at in rows if at is not None}


def _as_date(value: date | datetime | str) -> date:
    # max() over a DateTime column comes back as SQLite's text.
    if isinstance(value, str):
        return datetime.fromisoformat(value).date()
    return value.date() if isinstance(value, datetime) else value


def _policy_facts(session: Session) -> list[PolicyFact]:
    delivered = _done_dates(session, FollowUpKind.DELIVERY, FollowUp.policy_id)
    live = Client.deleted_at.is_(None)
    rows = session.execute(
        select(Policy.id, Policy.holder_id, Policy.policy_number, Policy.status, Policy.frequency, Policy.issue_date,
               Policy.next_due_date, Policy.payment_term_years, Policy.term_years, Policy.modal_premium,
               Policy.currency)
        .join(Client, Client.id == Policy.holder_id)
        .where(Policy.deleted_at.is_(None), live, Policy.status.in_([s.value for s in NEW_POLICY_STATUSES]))
    )
    return [PolicyFact(pid, holder, number, PolicyStatus(status), PaymentFrequency(frequency), issued, next_due,
                       pay_years, term, modal or Decimal(0), currency, delivered.get(pid))
            for pid, holder, number, status, frequency, issued, next_due, pay_years, term, modal, currency in rows]


def _client_facts(session: Session) -> list[ClientFact]:
    reviewed = _done_dates(session, FollowUpKind.REVIEW, FollowUp.client_id)
    first_policy = dict(session.execute(
        select(Policy.holder_id, func.min(Policy.issue_date))
        .where(Policy.deleted_at.is_(None), Policy.issue_date.is_not(None)).group_by(Policy.holder_id)
    ).all())
    rows = session.execute(
        select(Client.id, Client.birth_date, Client.stage, Client.tier, Client.created_at)
        .where(Client.deleted_at.is_(None))
    )
    facts = []
    for client_id, birth, stage, tier, created in rows:
        since = first_policy.get(client_id)
        facts.append(ClientFact(client_id, birth, LifecycleStage(stage), tier,
                                _as_date(since) if since else created.date(), reviewed.get(client_id)))
    return facts


def _claim_facts(session: Session) -> list[ClaimFact]:
    checked = _done_dates(session, FollowUpKind.CLAIM, FollowUp.claim_id)
    return [ClaimFact(f.claim_id, f.client_id, f.policy_id, f.stage.value, f.last_step_on, checked.get(f.claim_id))
            for f in open_claim_facts(session)]


def _deadline_facts(session: Session) -> list[DeadlineFact]:
    return [DeadlineFact(FollowUpKind(f.kind.value), f.id, f.client_id, f.policy_id, f.due_on, f.subject[:200])
            for f in open_deadline_facts(session) if f.due_on is not None]
