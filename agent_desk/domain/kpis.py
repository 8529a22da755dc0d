"""The book's key figures as rules over plain facts: persistency, renewals
collected, follow-ups done on time, claims' days to payment.

A rate is kept as its two counts, so a screen can say "41 of 52" as well as
"78.8%", and a figure with nothing to count is None, never a made-up 0% or 100%.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from agent_desk.domain.clients import PolicyStatus
from agent_desk.domain.dates import add_months, months_between

# A policy that reached the month still exists: paying, in its grace period, or
# run to maturity. Pending policies were never issued, so they are in no cohort.
PERSISTING = frozenset({PolicyStatus.IN_FORCE, PolicyStatus.GRACE, PolicyStatus.MATURED})
NOT_PERSISTING = frozenset({PolicyStatus.LAPSED, PolicyStatus.SURRENDERED, PolicyStatus.TERMINATED})
WINDOW_DAYS = 90  # "the last 90 days" of the renewal and on-time figures
CLAIMS_WINDOW_DAYS = 365  # claims paid in the last year
PERCENT_PLACES = Decimal("0.1")


@dataclass(frozen=True)
class Rate:
    """`numerator` of `denominator` (never 0: an empty count is no rate at all)."""

    numerator: int
    denominator: int

    def __post_init__(self) -> None:
        if self.denominator <= 0 or not 0 <= self.numerator <= self.denominator:
            raise ValueError(f"a rate of {self.numerator} of {self.denominator}")

    @property
    def ratio(self) -> Decimal:
        """The exact share, 0 to 1."""
        return Decimal(self.numerator) / Decimal(self.denominator)

    @property
    def percent(self) -> Decimal:
        """78.8 for 41 of 52: one decimal, half up."""
        return (self.ratio * 100).quantize(PERCENT_PLACES, rounding=ROUND_HALF_UP)


def _rate(numerator: int, denominator: int) -> Rate | None:
    return Rate(numerator, denominator) if denominator else None


# -- persistency ---------------------------------------------------------------
class HasIssueAndStatus(Protocol):
    @property
    def issue_date(self) -> date | None: ...
    @property
    def status(self) -> str: ...


@dataclass(frozen=True)
class PolicyFact:
    """What persistency needs of a policy (domain/followups.PolicyFact will do as well)."""

    issue_date: date | None
    status: str  # a PolicyStatus value


def in_cohort(issue_date: date, today: date, months: int) -> bool:
    """Whether a policy issued on `issue_date` is in the `months`-month cohort today.

    The cohort is the policies issued between `months + 12` and `months` months
    ago: a policy joins on the day it completes `months` months and leaves on the
    day it completes `months + 12`, so each policy counts for exactly one year.
    Completed months as domain/dates counts them: a policy issued on 31 January
    completes a month on the last day of February, and one issued on 29 February
    completes its year on 28 February."""
    completed = months_between(issue_date, today)
    return months <= completed < months + 12


def earliest_cohort_issue(today: date, months: int) -> date:
    """No policy issued before this day is in the `months`-month cohort (a safe
    lower bound for a query; in_cohort decides)."""
    return add_months(today, -(months + 12))


def persistency(policies: Iterable[HasIssueAndStatus], today: date, months: int) -> Rate | None:
    """The share of the `months`-month cohort still on the books: 13 and 25 give
    the industry's 13th- and 25th-month persistency.

    The standard measure counts policies still in force in their 13th (25th)
    month; the book keeps no status history, so it is approximated from today's
    status — a policy that lapsed after its 13th month counts as not persisting.
    Persisting: in force, in grace, matured. Not persisting: lapsed,
    surrendered, terminated. Pending and undated policies are left out.
    None when the cohort is empty."""
    persisted = counted = 0
    for policy in policies:
        if policy.issue_date is None or not in_cohort(policy.issue_date, today, months):
            continue
        if policy.status in PERSISTING:
            persisted += 1
            counted += 1
        elif policy.status in NOT_PERSISTING:
            counted += 1
    return _rate(persisted, counted)


# -- follow-ups ------------------------------------------------------------------
def on_time_rate(followups: Iterable[tuple[date, date | None]]) -> Rate | None:
    """The share of follow-ups done on or before their due date.

    Each item is (due date, local date it was done); None for one still open
    after its due date, which is late. The caller leaves out follow-ups not
    yet due and those cancelled or void. None when there is nothing to count."""
    on_time = counted = 0
    for due, done_on in followups:
        counted += 1
        if done_on is not None and done_on <= due:
            on_time += 1
    return _rate(on_time, counted)


@dataclass(frozen=True)
class RenewalFact:
    """A renewal follow-up (a premium due) and what became of its policy."""

    status: str  # the follow-up's: open, done, cancelled, void
    policy_status: str | None  # None: the follow-up names no policy
    moved_on: bool  # the policy's next due date is now after this renewal's due date


def renewal_collected(renewal: RenewalFact) -> bool | None:
    """Whether the premium was collected; None when the renewal does not count.

    Done is collected, open is not (yet). Void means the rules stopped asking:
    either the premium was paid at the office (the policy is live and its next
    due date moved past this one) or the policy stopped, which is a premium not
    collected. Cancelled is the agent saying nothing was due: not counted."""
    if renewal.status == "done":
        return True
    if renewal.status == "open":
        return False
    if renewal.status == "void":
        return renewal.moved_on and renewal.policy_status in PERSISTING
    return None


def collection_rate(renewals: Iterable[RenewalFact]) -> Rate | None:
    """Renewals collected out of renewals due; None when none was due."""
    collected = counted = 0
    for renewal in renewals:
        outcome = renewal_collected(renewal)
        if outcome is None:
            continue
        counted += 1
        collected += outcome
    return _rate(collected, counted)


# -- plain statistics --------------------------------------------------------------
def median_days(values: Iterable[int | Decimal]) -> Decimal | None:
    """The median (the mean of the middle two for an even count); None for none."""
    ordered = sorted(Decimal(v) for v in values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def converted_total(amounts: Mapping[str, Decimal], rates: Mapping[str, Decimal], base: str) -> Decimal | None:
    """The amounts per currency in `base`, at `rates` (units of `base` per unit of
    each currency); None when a currency has no rate, rather than a total that
    quietly leaves it out."""
    total = Decimal(0)
    for currency, amount in amounts.items():
        rate = Decimal(1) if currency == base else rates.get(currency)
        if rate is None:
            return None
        total += amount * rate
    return total
