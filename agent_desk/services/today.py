"""The agent's day at a glance: what is overdue, due today and this week;
renewal premiums due in the next 30 days with their amounts; this week's
birthdays; open claims that have stalled."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from agent_desk.domain.clients import LifecycleStage, PolicyStatus, age_on, display_name
from agent_desk.domain.dates import occasion_in
from agent_desk.domain.followups import FollowUpKind, FollowUpStatus
from agent_desk.domain.greetings import GreetingLanguage, guess_language
from agent_desk.services.claims import StalledClaimRow, stalled_claims
from agent_desk.services.followups import FollowUpRow, followup_rows, visible_open_followups
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
class SectionCounts:
    """How many there are in all, when a section lists only the first SECTION_LIMIT."""

    overdue: int
    due_today: int
    this_week: int
    renewals: int
    renewal_sums: dict[str, Decimal]


@dataclass(frozen=True)
class TodayView:
    today: date
    overdue: list[FollowUpRow] = field(default_factory=list)  # the oldest first
    due_today: list[FollowUpRow] = field(default_factory=list)
    this_week: list[FollowUpRow] = field(default_factory=list)  # tomorrow to a week ahead
    renewals: list[RenewalRow] = field(default_factory=list)
    birthdays: list[BirthdayRow] = field(default_factory=list)
    stalled_claims: list[StalledClaimRow] = field(default_factory=list)
    counts: SectionCounts | None = None  # None: the lists are whole

    @property
    def overdue_count(self) -> int:
        return self.counts.overdue if self.counts else len(self.overdue)

    @property
    def due_today_count(self) -> int:
        return self.counts.due_today if self.counts else len(self.due_today)

    @property
    def this_week_count(self) -> int:
        return self.counts.this_week if self.counts else len(self.this_week)

    @property
    def renewal_count(self) -> int:
        return self.counts.renewals if self.counts else len(self.renewals)

    def renewal_totals(self) -> dict[str, Decimal]:
        """Totals per currency of every renewal due, listed or not."""
        if self.counts is not None:
            return dict(self.counts.renewal_sums)
        totals: dict[str, Decimal] = defaultdict(Decimal)
        for row in self.renewals:
            totals[row.currency] += row.amount
        return dict(sorted(totals.items()))


# A book of 100k clients can have thousands overdue; the screen lists the
# first of each section (it reads as a to-do list) and counts the rest.
SECTION_LIMIT = 200


def today_view(session: Session, today: date, limit: int = SECTION_LIMIT) -> TodayView:
    week_end = today + timedelta(days=WEEK_DAYS)
    renewals_until = today + timedelta(days=RENEWAL_DAYS)
    sections = {
        "overdue": visible_open_followups(today).where(FollowUp.due_date < today),
        "due_today": visible_open_followups(today).where(FollowUp.due_date == today),
        "this_week": visible_open_followups(today).where(FollowUp.due_date > today, FollowUp.due_date <= week_end),
    }
    lists = {name: followup_rows(session, statement.order_by(FollowUp.due_date, FollowUp.kind).limit(limit))
             for name, statement in sections.items()}
    counts = {name: session.scalar(statement.with_only_columns(func.count(FollowUp.id)))
              for name, statement in sections.items()}
    renewal_count, renewal_sums = _renewal_totals(session, renewals_until)
    return TodayView(
        today=today, **lists,
        renewals=renewals_due(session, today, renewals_until, limit),
        birthdays=birthdays_between(session, today, today + timedelta(days=WEEK_DAYS - 1)),
        stalled_claims=stalled_claims(session, today),
        counts=SectionCounts(counts["overdue"], counts["due_today"], counts["this_week"], renewal_count,
                             renewal_sums),
    )


def _renewal_select(until: date):  # noqa: ANN202
    return (select(FollowUp.id).join(Policy, Policy.id == FollowUp.policy_id)
            .join(Client, Client.id == FollowUp.client_id)
            .where(FollowUp.kind == FollowUpKind.RENEWAL.value, FollowUp.status == FollowUpStatus.OPEN.value,
                   FollowUp.deleted_at.is_(None), FollowUp.due_date <= until, Client.deleted_at.is_(None),
                   Policy.deleted_at.is_(None)))


def _renewal_totals(session: Session, until: date) -> tuple[int, dict[str, Decimal]]:
    """How many renewals are due and their sum per currency (as Decimal: amounts are stored as text)."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    count = 0
    for currency, amount in session.execute(_renewal_select(until).with_only_columns(
            Policy.currency, type_coerce(Policy.modal_premium, String))):
        totals[currency] += Decimal(amount or 0)
        count += 1
    return count, dict(sorted(totals.items()))


def renewals_due(session: Session, today: date, until: date, limit: int | None = None) -> list[RenewalRow]:
    """Renewal premiums not yet collected (open renewal follow-ups) due by `until`, overdue ones first."""
    rows = session.execute(
        _renewal_select(until).with_only_columns(
            FollowUp.id, Policy.id, Client.id, Client.name, Client.name_local, Policy.policy_number,
            Policy.product_name, Policy.product_code, FollowUp.due_date, Policy.modal_premium, Policy.currency,
            Policy.status)
        .order_by(FollowUp.due_date, Client.sort_name).limit(limit)
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
        if day is None or day <= birth:  # born this week: no birthday yet
            continue
        found.append(BirthdayRow(client_id, name, local, phone, day, age_on(birth, day),
                                 guess_language(local, phone)))
    return sorted(found, key=lambda row: (row.birthday, row.display_name.casefold()))
