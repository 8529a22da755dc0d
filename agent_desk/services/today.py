"""The agent's day at a glance: what is overdue, due today and this week;
renewal premiums due in the next 30 days with their amounts; this week's
birthdays; open claims that have stalled."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent_desk.domain.clients import LifecycleStage, PolicyStatus, age_on, display_name
from agent_desk.domain.dates import occasion_in
from agent_desk.domain.followups import FollowUpKind, FollowUpStatus
from agent_desk.domain.greetings import GreetingLanguage, guess_language
from agent_desk.services.claims import StalledClaimRow, stalled_claims
from agent_desk.services.followups import FollowUpRow, open_followups
from agent_desk.store.models import Client, FollowUp, Policy

WEEK_DAYS = 7
RENEWAL_DAYS = 30


@dataclass(frozen=True)
class RenewalRow:
    followup_id: uuid.UUID
    policy_id: uuid.UUID
    client_id: uuid.UUID
    client_name: str
    policy_number: str
    product_name: str
    due: date
    amount: Decimal  # the modal premium
    currency: str
    status: PolicyStatus


@dataclass(frozen=True)
class BirthdayRow:
    client_id: uuid.UUID
    name: str
    name_local: str
    phone: str
    birthday: date  # this year's (28 February for a 29 February birthday in a common year)
    age: int  # the age they turn
    language: GreetingLanguage  # a guess the agent can change

    @property
    def display_name(self) -> str:
        return display_name(self.name, self.name_local)


@dataclass(frozen=True)
class TodayView:
    today: date
    overdue: list[FollowUpRow] = field(default_factory=list)
    due_today: list[FollowUpRow] = field(default_factory=list)
    this_week: list[FollowUpRow] = field(default_factory=list)  # tomorrow to a week ahead
    renewals: list[RenewalRow] = field(default_factory=list)
    birthdays: list[BirthdayRow] = field(default_factory=list)
    stalled_claims: list[StalledClaimRow] = field(default_factory=list)

    def renewal_totals(self) -> dict[str, Decimal]:
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for row in self.renewals:
            totals[row.currency] += row.amount
        return dict(sorted(totals.items()))


def today_view(session: Session, today: date) -> TodayView:
    week_end = today + timedelta(days=WEEK_DAYS)
    tasks = open_followups(session, today, week_end)
    return TodayView(
        today=today,
        overdue=[t for t in tasks if t.due < today],
        due_today=[t for t in tasks if t.due == today],
        this_week=[t for t in tasks if today < t.due <= week_end],
        renewals=renewals_due(session, today, today + timedelta(days=RENEWAL_DAYS)),
        birthdays=birthdays_between(session, today, today + timedelta(days=WEEK_DAYS - 1)),
        stalled_claims=stalled_claims(session, today),
    )


def renewals_due(session: Session, today: date, until: date) -> list[RenewalRow]:
    """Renewal premiums not yet collected (open renewal follow-ups) due by `until`, overdue ones first."""
    rows = session.execute(
        select(FollowUp.id, Policy.id, Client.id, Client.name, Client.name_local, Policy.policy_number,
               Policy.product_name, Policy.product_code, FollowUp.due_date, Policy.modal_premium, Policy.currency,
               Policy.status)
        .join(Policy, Policy.id == FollowUp.policy_id)
        .join(Client, Client.id == FollowUp.client_id)
        .where(FollowUp.kind == FollowUpKind.RENEWAL.value, FollowUp.status == FollowUpStatus.OPEN.value,
               FollowUp.deleted_at.is_(None), FollowUp.due_date <= until, Client.deleted_at.is_(None),
               Policy.deleted_at.is_(None))
        .order_by(FollowUp.due_date, Client.sort_name)
    )
    return [RenewalRow(fid, pid, cid, display_name(name, local), number, product or code, due, amount or Decimal(0),
                       currency, PolicyStatus(status))
            for fid, pid, cid, name, local, number, product, code, due, amount, currency, status in rows]


def birthdays_between(session: Session, first: date, last: date) -> list[BirthdayRow]:
    """Clients (not lost) whose birthday falls between the two days, in date order."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    month_days = {day.strftime("%m-%d") for day in days}
    if any((d.month, d.day) == (2, 28) and occasion_in(d.year, date(2000, 2, 29)) == d for d in days):
        month_days.add("02-29")  # celebrated on 28 February in a common year
    rows = session.execute(
        select(Client.id, Client.name, Client.name_local, Client.phone, Client.birth_date)
        .where(Client.deleted_at.is_(None), Client.birth_date.is_not(None),
               Client.stage != LifecycleStage.LOST.value,
               func.strftime("%m-%d", Client.birth_date).in_(sorted(month_days)))
    )
    found = []
    for client_id, name, local, phone, birth in rows:
        day = next((occasion_in(d.year, birth) for d in days if occasion_in(d.year, birth) == d), None)
        if day is None:
            continue
        found.append(BirthdayRow(client_id, name, local, phone, day, age_on(birth, day),
                                 guess_language(local, phone)))
    return sorted(found, key=lambda row: (row.birthday, row.display_name.casefold()))
