"""The agent's follow-ups: add own tasks, complete (logging the contact),
snooze, reschedule, cancel, reopen; list them per client and for the calendar."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from agent_desk.domain.clients import ActivityKind, display_name
from agent_desk.domain.followups import FollowUpKind, FollowUpStatus, next_occurrence, parse_recurrence
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.activities import log_activity
from agent_desk.services.changes import Changes
from agent_desk.services.clients import live_client
from agent_desk.store.models import Activity, Client, FollowUp, Policy, utcnow

MAX_TITLE = 300
# The contact a completed follow-up is logged as, unless the agent says otherwise.
CONTACT_OF_KIND = {
    FollowUpKind.RENEWAL: ActivityKind.CALL, FollowUpKind.LAPSE_WARNING: ActivityKind.CALL,
    FollowUpKind.ANNIVERSARY: ActivityKind.MESSAGE, FollowUpKind.BIRTHDAY: ActivityKind.MESSAGE,
    FollowUpKind.DELIVERY: ActivityKind.VISIT, FollowUpKind.RETURN_VISIT: ActivityKind.CALL,
    FollowUpKind.CLAIM: ActivityKind.CALL, FollowUpKind.REVIEW: ActivityKind.MEETING,
    FollowUpKind.GIFT: ActivityKind.GIFT, FollowUpKind.SERVICE_REQUEST: ActivityKind.CALL,
    FollowUpKind.COMPLAINT: ActivityKind.CALL, FollowUpKind.TASK: ActivityKind.CALL,
}


@dataclass(frozen=True)
class FollowUpRow:
    id: uuid.UUID
    kind: FollowUpKind
    title: str  # the subject: a policy number, an occasion, the agent's own words
    due: date
    status: FollowUpStatus
    client_id: uuid.UUID | None
    client_name: str
    policy_id: uuid.UUID | None
    policy_number: str
    claim_id: uuid.UUID | None
    snoozed_until: date | None
    recurrence: str
    rescheduled: bool  # the agent moved a rule's date
    completed_at: datetime | None
    outcome: str
    notes: str

    @property
    def is_own(self) -> bool:
        return self.kind is FollowUpKind.TASK


def followup_rows(session: Session, statement: Select) -> list[FollowUpRow]:
    """Rows for a statement over FollowUp (with whatever filters and order it has)."""
    client, policy = aliased(Client), aliased(Policy)
    rows = session.execute(
        statement.add_columns(client.name, client.name_local, policy.policy_number)
        .outerjoin(client, client.id == FollowUp.client_id)
        .outerjoin(policy, policy.id == FollowUp.policy_id)
    )
    return [
        FollowUpRow(f.id, FollowUpKind(f.kind), f.title, f.due_date, FollowUpStatus(f.status), f.client_id,
                    display_name(name or "", local or ""), f.policy_id, number or "", f.claim_id, f.snoozed_until,
                    f.recurrence, f.rule_due is not None and f.rule_due != f.due_date, f.completed_at, f.outcome,
                    f.notes)
        for f, name, local, number in rows
    ]


def visible_open_followups(today: date) -> Select:
    """Open follow-ups of live clients (or of no client), not snoozed past today."""
    return (select(FollowUp)
            .outerjoin(Client, Client.id == FollowUp.client_id)
            .where(FollowUp.status == FollowUpStatus.OPEN.value, FollowUp.deleted_at.is_(None),
                   Client.deleted_at.is_(None),
                   (FollowUp.snoozed_until.is_(None)) | (FollowUp.snoozed_until <= today)))


def followups_of(session: Session, client_id: uuid.UUID, include_closed: bool = True,
                 limit: int = 200) -> list[FollowUpRow]:
    """A client's follow-ups: open ones by due date, then closed ones, newest first."""
    statement = select(FollowUp).where(FollowUp.client_id == client_id, FollowUp.deleted_at.is_(None))
    if not include_closed:
        statement = statement.where(FollowUp.status == FollowUpStatus.OPEN.value)
    rows = followup_rows(session, statement.order_by(FollowUp.due_date).limit(limit * 2))
    open_rows = [r for r in rows if r.status is FollowUpStatus.OPEN]
    closed = sorted((r for r in rows if r.status in (FollowUpStatus.DONE, FollowUpStatus.CANCELLED)),
                    key=lambda r: r.completed_at or datetime.min, reverse=True)
    return (open_rows + closed)[:limit]


def open_followups(session: Session, today: date, until: date) -> list[FollowUpRow]:
    """Open, visible follow-ups due up to `until` (overdue ones included), by due date."""
    statement = visible_open_followups(today).where(FollowUp.due_date <= until)
    return followup_rows(session, statement.order_by(FollowUp.due_date, FollowUp.kind))


def get_followup(session: Session, followup_id: uuid.UUID) -> FollowUpRow:
    rows = followup_rows(session, select(FollowUp).where(FollowUp.id == followup_id))
    if not rows:
        raise NotFoundError(f"No follow-up {followup_id}")
    return rows[0]


# -- the agent's actions -------------------------------------------------------------
def add_task(session: Session, title: str, due: date, client_id: uuid.UUID | None = None,
             recurrence: str = "", notes: str = "") -> tuple[uuid.UUID, Changes]:
    title = title.strip()
    problems = {}
    if not title:
        problems["title"] = "Say what is to be done."
    elif len(title) > MAX_TITLE:
        problems["title"] = f"At most {MAX_TITLE} characters."
    try:
        parse_recurrence(recurrence)
    except ValidationError as exc:
        problems |= exc.problems
    if problems:
        raise ValidationError(problems)
    if client_id is not None:
        live_client(session, client_id)
    task = FollowUp(client_id=client_id, kind=FollowUpKind.TASK.value, title=title, due_date=due,
                    recurrence=recurrence, notes=notes.strip(), status=FollowUpStatus.OPEN.value)
    session.add(task)
    session.flush()
    return task.id, _changes(client_id)


def complete_followup(session: Session, followup_id: uuid.UUID, outcome: str = "",
                      contact: ActivityKind | None = None, now: datetime | None = None,
                      log_contact: bool = True) -> tuple[uuid.UUID | None, Changes]:
    """Mark it done and log the contact on the client's timeline (the outcome is its note).

    A repeating task gets its next occurrence. Returns the next occurrence's id, if any."""
    task = _open_task(session, followup_id)
    moment = now or utcnow()
    task.status, task.completed_at, task.outcome = FollowUpStatus.DONE.value, moment, outcome.strip()
    task.version += 1
    changes = _changes(task.client_id)
    if log_contact and task.client_id is not None:
        kind = contact or CONTACT_OF_KIND[FollowUpKind(task.kind)]
        activity_id, logged = log_activity(session, task.client_id, kind, note=_activity_note(session, task),
                                           occurred_at=moment, outcome=task.outcome)
        _link_activity(session, activity_id, task.id)
        changes |= logged
    next_id = None
    following = next_occurrence(task.due_date, task.recurrence) if task.recurrence else None
    if following is not None:
        repeat = FollowUp(client_id=task.client_id, policy_id=task.policy_id, kind=task.kind, title=task.title,
                          due_date=following, recurrence=task.recurrence, notes=task.notes,
                          status=FollowUpStatus.OPEN.value)
        session.add(repeat)
        session.flush()
        next_id = repeat.id
    return next_id, changes


def _link_activity(session: Session, activity_id: uuid.UUID, followup_id: uuid.UUID) -> None:
    session.get(Activity, activity_id).followup_id = followup_id


def _activity_note(session: Session, task: FollowUp) -> str:
    """What the timeline says was done: the follow-up's kind and subject."""
    subject = task.title
    if task.policy_id is not None:
        number = session.scalar(select(Policy.policy_number).where(Policy.id == task.policy_id))
        subject = number or subject
    label = FollowUpKind(task.kind).value.replace("_", " ").capitalize()
    return task.title if task.kind == FollowUpKind.TASK.value else f"{label}: {subject}"


def snooze_followup(session: Session, followup_id: uuid.UUID, until: date, today: date) -> Changes:
    if until <= today:
        raise ValidationError({"snoozed_until": "Snooze until a day after today."})
    task = _open_task(session, followup_id)
    task.snoozed_until = until
    task.version += 1
    return _changes(task.client_id)


def reschedule_followup(session: Session, followup_id: uuid.UUID, due: date) -> Changes:
    """A new due date; regeneration keeps it (the rule's own date stays in rule_due)."""
    task = _open_task(session, followup_id)
    task.due_date, task.snoozed_until = due, None
    task.version += 1
    return _changes(task.client_id)


def cancel_followup(session: Session, followup_id: uuid.UUID, reason: str = "") -> Changes:
    task = _open_task(session, followup_id)
    task.status, task.completed_at, task.outcome = FollowUpStatus.CANCELLED.value, utcnow(), reason.strip()
    task.version += 1
    return _changes(task.client_id)


def reopen_followup(session: Session, followup_id: uuid.UUID) -> Changes:
    """Undo a completion or a cancellation. The contact a completion logged
    is taken off the timeline again, and a repeat it made is withdrawn."""
    task = session.get(FollowUp, followup_id)
    if task is None or task.deleted_at is not None:
        raise NotFoundError(f"No follow-up {followup_id}")
    if task.status not in (FollowUpStatus.DONE.value, FollowUpStatus.CANCELLED.value):
        raise ValidationError({"status": "Only a done or cancelled follow-up can be reopened."})
    changes = _changes(task.client_id)
    for activity in session.scalars(select(Activity).where(Activity.followup_id == task.id,
                                                           Activity.deleted_at.is_(None))):
        activity.deleted_at, activity.version = utcnow(), activity.version + 1
        changes |= Changes(timelines=frozenset({activity.client_id}))
    if task.status == FollowUpStatus.DONE.value and task.recurrence:
        following = next_occurrence(task.due_date, task.recurrence)
        repeat = session.scalar(select(FollowUp).where(
            FollowUp.client_id == task.client_id, FollowUp.title == task.title, FollowUp.due_date == following,
            FollowUp.status == FollowUpStatus.OPEN.value, FollowUp.rule_key.is_(None), FollowUp.id != task.id))
        if repeat is not None:
            repeat.deleted_at, repeat.version = utcnow(), repeat.version + 1
    task.status, task.completed_at, task.outcome = FollowUpStatus.OPEN.value, None, ""
    task.version += 1
    return changes


def _open_task(session: Session, followup_id: uuid.UUID) -> FollowUp:
    task = session.get(FollowUp, followup_id)
    if task is None or task.deleted_at is not None:
        raise NotFoundError(f"No follow-up {followup_id}")
    if task.status != FollowUpStatus.OPEN.value:
        raise ValidationError({"status": "This follow-up is already closed."})
    return task


def _changes(client_id: uuid.UUID | None) -> Changes:
    return Changes(followups=frozenset({client_id}) if client_id else frozenset(), followup_list=True)


def calendar_followups(session: Session, today: date, days_back: int = 30,
                       days_ahead: int = 120) -> list[FollowUpRow]:
    """What goes to the phone's calendar: open follow-ups from a month back to four months ahead."""
    statement = visible_open_followups(today).where(FollowUp.due_date >= today - timedelta(days=days_back),
                                                    FollowUp.due_date <= today + timedelta(days=days_ahead))
    return followup_rows(session, statement.order_by(FollowUp.due_date))
