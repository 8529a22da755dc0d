"""Which follow-ups are due when: the rules of service over a policy's life.

`due_followups(facts, rules, today)` is a pure function of the book's facts:
every task it returns carries a `rule_key` naming the rule, its source and the
occasion ("renewal:<policy>:2026-12-01"), so the service can store each
occasion once. Regeneration compares keys: a new key is a new task, a known
key is never made twice (nor reopened once the agent closed it), and an open
rule task whose key the rules no longer give (the premium was paid and the
next due date moved on, the claim was paid, the birthday passed a week ago)
is void. The rules:

- renewal: a live policy's next premium, from `horizon_days` before its due
  date; a lapse warning `lapse_warning_days` before the grace period ends
  once the premium is overdue. No premium after the payment term.
- anniversary: a policy's anniversary (29 February → 28 February).
- birthday: every client not lost; a greeting, a gift where the tier's
  service level lists one.
- delivery and return visit: a new policy is delivered within
  `delivery_days` of issue; the return visit falls `return_visit_days` after
  delivery, inside the cooling-off period as sales-conduct rules require.
- claim: an open claim is chased `claim_check_days` after its last step or
  the agent's last check, whichever is later.
- review: every tiered client, as often as the tier's service level says.
- gift: festival gifts (Lunar New Year, Mid-Autumn) for tiers that give them.
- service_request and complaint: on their deadline.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from agent_desk.domain.clients import LifecycleStage, PaymentFrequency, PolicyStatus
from agent_desk.domain.dates import add_months, add_years, occasion_in
from agent_desk.errors import ValidationError


class FollowUpKind(StrEnum):
    RENEWAL = "renewal"
    LAPSE_WARNING = "lapse_warning"
    ANNIVERSARY = "anniversary"
    BIRTHDAY = "birthday"
    DELIVERY = "delivery"
    RETURN_VISIT = "return_visit"
    CLAIM = "claim"
    REVIEW = "review"
    GIFT = "gift"
    SERVICE_REQUEST = "service_request"
    COMPLAINT = "complaint"
    TASK = "task"  # the agent's own


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"  # the agent decided it is not needed
    VOID = "void"  # the rule no longer applies (paid, closed, passed)


class Festival(StrEnum):
    LUNAR_NEW_YEAR = "lunar_new_year"
    MID_AUTUMN = "mid_autumn"


# Lunisolar dates, from the published calendars (Hong Kong Observatory).
FESTIVAL_DATES: dict[Festival, dict[int, date]] = {
    Festival.LUNAR_NEW_YEAR: {y: date.fromisoformat(d) for y, d in (
        (2024, "2024-02-10"), (2025, "2025-01-29"), (2026, "2026-02-17"), (2027, "2027-02-06"),
        (2028, "2028-01-26"), (2029, "2029-02-13"), (2030, "2030-02-03"), (2031, "2031-01-23"),
        (2032, "2032-02-11"), (2033, "2033-01-31"), (2034, "2034-02-19"), (2035, "2035-02-08"))},
    Festival.MID_AUTUMN: {y: date.fromisoformat(d) for y, d in (
        (2024, "2024-09-17"), (2025, "2025-10-06"), (2026, "2026-09-25"), (2027, "2027-09-15"),
        (2028, "2028-10-03"), (2029, "2029-09-22"), (2030, "2030-09-12"), (2031, "2031-10-01"),
        (2032, "2032-09-19"), (2033, "2033-09-08"), (2034, "2034-09-27"), (2035, "2035-09-16"))},
}
PREMIUM_STATUSES = frozenset({PolicyStatus.IN_FORCE, PolicyStatus.GRACE})
NEW_POLICY_STATUSES = frozenset({PolicyStatus.IN_FORCE, PolicyStatus.GRACE, PolicyStatus.PENDING})
CLOSED_CLAIM_STAGES = frozenset({"paid", "declined"})


@dataclass(frozen=True)
class TierService:
    """What a tier's service level asks of the follow-ups."""

    review_months: int
    gifts: frozenset[str] = frozenset()  # occasion codes: birthday, lunar_new_year, mid_autumn, …


@dataclass(frozen=True)
class FollowUpRules:
    horizon_days: int = 30  # rules create tasks this far ahead
    grace_days: int = 30  # after a missed premium, before the policy lapses
    lapse_warning_days: int = 7  # warn this long before the grace period ends
    delivery_days: int = 7
    cooling_off_days: int = 15
    return_visit_days: int = 3  # after delivery; must fall inside the cooling-off period
    new_policy_days: int = 90  # delivery and return visit tasks are kept this long after issue
    claim_check_days: int = 7
    greeting_expiry_days: int = 7  # an unsent birthday greeting expires a week after the day
    anniversary_expiry_days: int = 14
    gift_lead_days: int = 7  # festival gifts go out a week before
    tiers: Mapping[str, TierService] = field(default_factory=lambda: {
        "A": TierService(6, frozenset({"birthday", "lunar_new_year", "mid_autumn", "policy_anniversary"})),
        "B": TierService(12, frozenset({"birthday", "lunar_new_year"})),
        "C": TierService(24, frozenset({"birthday"})),
    })

    def __post_init__(self) -> None:
        problems = {name: "Must be at least 1 day." for name in (
            "horizon_days", "grace_days", "delivery_days", "cooling_off_days", "return_visit_days",
            "new_policy_days", "claim_check_days") if getattr(self, name) < 1}
        problems |= {name: "Cannot be negative." for name in (
            "lapse_warning_days", "greeting_expiry_days", "anniversary_expiry_days", "gift_lead_days")
            if getattr(self, name) < 0}
        if self.return_visit_days >= self.cooling_off_days:
            problems["return_visit_days"] = "The return visit must fall inside the cooling-off period."
        if self.lapse_warning_days >= self.grace_days:
            problems["lapse_warning_days"] = "The warning must fall inside the grace period."
        for tier, service in self.tiers.items():
            if service.review_months < 1:
                problems[f"tiers.{tier}.review_months"] = "Reviews are at least a month apart."
        if problems:
            raise ValidationError(problems)


# -- facts: what the rules read, as plain values --------------------------------
@dataclass(frozen=True)
class PolicyFact:
    policy_id: uuid.UUID
    holder_id: uuid.UUID
    number: str
    status: PolicyStatus
    frequency: PaymentFrequency
    issue_date: date | None
    next_due_date: date | None
    payment_term_years: int | None  # None: pays for the whole term
    term_years: int | None  # None: whole of life
    modal_premium: Decimal
    currency: str
    delivered_on: date | None = None  # when the agent marked the delivery done


@dataclass(frozen=True)
class ClientFact:
    client_id: uuid.UUID
    birth_date: date | None
    stage: LifecycleStage
    tier: str | None
    since: date  # first policy issued, else first contact: anchors the review cycle
    last_review: date | None = None


@dataclass(frozen=True)
class ClaimFact:
    claim_id: uuid.UUID
    client_id: uuid.UUID
    policy_id: uuid.UUID
    stage: str
    last_step_on: date
    last_checked_on: date | None = None


@dataclass(frozen=True)
class DeadlineFact:
    kind: FollowUpKind  # SERVICE_REQUEST or COMPLAINT
    source_id: uuid.UUID
    client_id: uuid.UUID
    policy_id: uuid.UUID | None
    due_on: date
    subject: str


@dataclass(frozen=True)
class BookFacts:
    policies: list[PolicyFact] = field(default_factory=list)
    clients: list[ClientFact] = field(default_factory=list)
    claims: list[ClaimFact] = field(default_factory=list)
    deadlines: list[DeadlineFact] = field(default_factory=list)


@dataclass(frozen=True)
class DueFollowUp:
    rule_key: str
    kind: FollowUpKind
    due: date
    client_id: uuid.UUID
    policy_id: uuid.UUID | None = None
    claim_id: uuid.UUID | None = None
    subject: str = ""  # what it is about (a policy number, an occasion); the kind says what to do


def due_followups(facts: BookFacts, rules: FollowUpRules, today: date) -> Iterator[DueFollowUp]:
    """Every follow-up the rules call for on `today`; each rule key once."""
    last_day = today + timedelta(days=rules.horizon_days)
    for policy in facts.policies:
        yield from _renewal(policy, rules, today, last_day)
        yield from _anniversary(policy, rules, today, last_day)
        yield from _new_policy(policy, rules, today, last_day)
    for client in facts.clients:
        yield from _birthday(client, rules, today, last_day)
        yield from _review(client, rules, today, last_day)
        yield from _festival_gifts(client, rules, today, last_day)
    for claim in facts.claims:
        yield from _claim(claim, rules, last_day)
    for deadline in facts.deadlines:
        if deadline.due_on <= last_day:
            yield DueFollowUp(f"{deadline.kind.value}:{deadline.source_id}", deadline.kind, deadline.due_on,
                              deadline.client_id, deadline.policy_id, subject=deadline.subject)


# -- premiums ------------------------------------------------------------------
def premium_due_dates(issue_date: date, frequency: PaymentFrequency, first: int = 0) -> Iterator[date]:
    """Premium due dates from issue (from the `first`-th), on the issue day of the month (clamped at month ends)."""
    step = 12 // frequency.per_year
    count = first
    while True:
        yield add_months(issue_date, step * count, anchor_day=issue_date.day)
        count += 1


def next_premium_due(policy: PolicyFact, on_or_after: date) -> date | None:
    """The policy's stated next due date, else the first due date from issue on or after `on_or_after`.

    Without the office's next due date the book cannot know what was paid: a
    premium whose grace period has passed is taken as paid (the policy is
    still in force)."""
    if policy.next_due_date is not None:
        return policy.next_due_date
    if policy.issue_date is None:
        return None
    step = 12 // policy.frequency.per_year
    months = (on_or_after.year - policy.issue_date.year) * 12 + on_or_after.month - policy.issue_date.month
    # Start a period early: the clamped day of that month may still be on or after the date.
    first = max(0, months // step - 1)
    for due in premium_due_dates(policy.issue_date, policy.frequency, first):
        if due >= on_or_after:
            return due
    return None  # unreachable: the series is endless


def premiums_end(policy: PolicyFact) -> date | None:
    """The day premiums stop (the end of the payment term), None when they never stop."""
    years = policy.payment_term_years or policy.term_years
    if policy.issue_date is None or years is None:
        return None
    return add_years(policy.issue_date, years)


def _renewal(policy: PolicyFact, rules: FollowUpRules, today: date, last_day: date) -> Iterator[DueFollowUp]:
    if policy.status not in PREMIUM_STATUSES:
        return
    due = next_premium_due(policy, today - timedelta(days=rules.grace_days))
    end = premiums_end(policy)
    if due is None or (end is not None and due >= end) or due > last_day:
        return
    yield DueFollowUp(f"renewal:{policy.policy_id}:{due}", FollowUpKind.RENEWAL, due, policy.holder_id,
                      policy.policy_id, subject=policy.number)
    if due < today or policy.status is PolicyStatus.GRACE:
        grace_ends = due + timedelta(days=rules.grace_days)
        warn_on = max(due + timedelta(days=1), grace_ends - timedelta(days=rules.lapse_warning_days))
        yield DueFollowUp(f"lapse_warning:{policy.policy_id}:{due}", FollowUpKind.LAPSE_WARNING, warn_on,
                          policy.holder_id, policy.policy_id, subject=policy.number)


def grace_period_end(due: date, rules: FollowUpRules) -> date:
    return due + timedelta(days=rules.grace_days)


# -- occasions -----------------------------------------------------------------
def _occasion_near(on: date, today: date, last_day: date, expiry_days: int) -> date | None:
    """The occasion of `on` (yearly) between `expiry_days` ago and `last_day`, if any."""
    first_day = today - timedelta(days=expiry_days)
    for year in (first_day.year, first_day.year + 1, last_day.year):
        day = occasion_in(year, on)
        if first_day <= day <= last_day:
            return day
    return None


def _anniversary(policy: PolicyFact, rules: FollowUpRules, today: date, last_day: date) -> Iterator[DueFollowUp]:
    if policy.status not in PREMIUM_STATUSES or policy.issue_date is None:
        return
    day = _occasion_near(policy.issue_date, today, last_day, rules.anniversary_expiry_days)
    if day is not None and day.year > policy.issue_date.year:
        yield DueFollowUp(f"anniversary:{policy.policy_id}:{day.year}", FollowUpKind.ANNIVERSARY, day,
                          policy.holder_id, policy.policy_id, subject=policy.number)


def _birthday(client: ClientFact, rules: FollowUpRules, today: date, last_day: date) -> Iterator[DueFollowUp]:
    if client.birth_date is None or client.stage is LifecycleStage.LOST:
        return
    day = _occasion_near(client.birth_date, today, last_day, rules.greeting_expiry_days)
    if day is not None and day > client.birth_date:
        gift = client.tier is not None and "birthday" in _service(client, rules).gifts
        yield DueFollowUp(f"birthday:{client.client_id}:{day.year}", FollowUpKind.BIRTHDAY, day, client.client_id,
                          subject="gift" if gift else "greeting")


def _service(client: ClientFact, rules: FollowUpRules) -> TierService:
    return rules.tiers.get(client.tier or "", TierService(0))


def _festival_gifts(client: ClientFact, rules: FollowUpRules, today: date, last_day: date) -> Iterator[DueFollowUp]:
    if client.tier is None or client.stage is LifecycleStage.LOST:
        return
    gifts = _service(client, rules).gifts
    for festival in Festival:
        if festival.value not in gifts:
            continue
        for year in (today.year, today.year + 1):
            day = FESTIVAL_DATES[festival].get(year)
            if day is None:
                continue
            send_by = day - timedelta(days=rules.gift_lead_days)
            # Kept until the festival itself: a gift is still welcome up to the day.
            if send_by <= last_day and day >= today:
                yield DueFollowUp(f"gift:{festival.value}:{client.client_id}:{year}", FollowUpKind.GIFT, send_by,
                                  client.client_id, subject=festival.value)


# -- a new policy ---------------------------------------------------------------
def _new_policy(policy: PolicyFact, rules: FollowUpRules, today: date, last_day: date) -> Iterator[DueFollowUp]:
    issued = policy.issue_date
    if issued is None or policy.status not in NEW_POLICY_STATUSES:
        return
    if issued < today - timedelta(days=rules.new_policy_days) or issued > today:
        return
    deliver_by = issued + timedelta(days=rules.delivery_days)
    if policy.delivered_on is None and deliver_by <= last_day:
        yield DueFollowUp(f"delivery:{policy.policy_id}", FollowUpKind.DELIVERY, deliver_by, policy.holder_id,
                          policy.policy_id, subject=policy.number)
    delivered = policy.delivered_on or deliver_by
    visit_on = delivered + timedelta(days=rules.return_visit_days)
    if visit_on <= last_day:
        yield DueFollowUp(f"return_visit:{policy.policy_id}", FollowUpKind.RETURN_VISIT, visit_on,
                          policy.holder_id, policy.policy_id, subject=policy.number)


def cooling_off_end(delivered_on: date, rules: FollowUpRules) -> date:
    return delivered_on + timedelta(days=rules.cooling_off_days)


# -- claims and reviews ----------------------------------------------------------
def _claim(claim: ClaimFact, rules: FollowUpRules, last_day: date) -> Iterator[DueFollowUp]:
    if claim.stage in CLOSED_CLAIM_STAGES:
        return
    checkpoint = max(claim.last_step_on, claim.last_checked_on or claim.last_step_on)
    due = checkpoint + timedelta(days=rules.claim_check_days)
    if due <= last_day:
        yield DueFollowUp(f"claim:{claim.claim_id}:{due}", FollowUpKind.CLAIM, due, claim.client_id,
                          claim.policy_id, claim.claim_id, subject=claim.stage)


def next_review(client: ClientFact, rules: FollowUpRules, today: date) -> date | None:
    """When the client's next review falls due.

    After a review: the tier's interval later (overdue if the agent let it
    slip). Never reviewed: the next date of the cycle that starts at the
    client's first policy, counted from a month ago, so a new tier spreads its
    reviews over the year instead of making them all overdue at once."""
    if client.tier is None or client.stage is LifecycleStage.LOST:
        return None
    months = _service(client, rules).review_months
    if months < 1:
        return None
    if client.last_review is not None:
        return add_months(client.last_review, months)
    earliest = today - timedelta(days=30)
    if client.since >= earliest:
        return add_months(client.since, months)
    cycles = ((earliest.year - client.since.year) * 12 + earliest.month - client.since.month) // months
    due = add_months(client.since, cycles * months, anchor_day=client.since.day)
    while due < earliest:
        cycles += 1
        due = add_months(client.since, cycles * months, anchor_day=client.since.day)
    return due


def _review(client: ClientFact, rules: FollowUpRules, today: date, last_day: date) -> Iterator[DueFollowUp]:
    due = next_review(client, rules, today)
    if due is not None and due <= last_day:
        yield DueFollowUp(f"review:{client.client_id}:{due}", FollowUpKind.REVIEW, due, client.client_id,
                          subject=client.tier or "")


# -- the agent's own tasks ---------------------------------------------------------
class Repeat(StrEnum):
    NONE = ""
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


def recurrence_text(repeat: Repeat, first_due: date) -> str:
    """How a recurrence is stored: monthly ones keep their day ("monthly:31")."""
    if repeat in (Repeat.MONTHLY, Repeat.QUARTERLY, Repeat.YEARLY):
        return f"{repeat.value}:{first_due.day}"
    return repeat.value


def parse_recurrence(text: str) -> tuple[Repeat, int | None]:
    name, _, day = text.partition(":")
    try:
        repeat = Repeat(name)
    except ValueError:
        raise ValidationError({"recurrence": f"'{text}' is not a recurrence."}) from None
    if day and not (day.isdigit() and 1 <= int(day) <= 31):
        raise ValidationError({"recurrence": f"'{text}' is not a recurrence."})
    return repeat, int(day) if day else None


def next_occurrence(due: date, recurrence: str) -> date | None:
    """The next due date of a repeating task, None for a one-off."""
    repeat, anchor = parse_recurrence(recurrence)
    if repeat is Repeat.NONE:
        return None
    if repeat is Repeat.WEEKLY:
        return due + timedelta(weeks=1)
    months = {Repeat.MONTHLY: 1, Repeat.QUARTERLY: 3, Repeat.YEARLY: 12}[repeat]
    return add_months(due, months, anchor_day=anchor)
