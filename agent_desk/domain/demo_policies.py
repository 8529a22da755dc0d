"""Demo policies for a demo family, and the client standing that follows
from them: lifecycle stage and value tier.

Each policy is consistent in itself: the insured was of issue age on the
issue date, a policy in force has not reached its term, a matured one has,
a policy in grace missed a due date in the last 30 days, and premiums are
Decimal, priced from the product's rate, the insured's age, sex and smoking
and quantised to the cent.
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from agent_desk.domain import demo_data as data
from agent_desk.domain.clients import HouseholdRole, LifecycleStage, PaymentFrequency, PolicyStatus, Tier, age_on
from agent_desk.domain.demo_data import Product, ProductKind
from agent_desk.domain.demo_families import IdSource, Family, Person, Weighted

CENT = Decimal("0.01")
GRACE_DAYS = 30
# Standing: policies that keep a client a client.
LIVE_STATUSES = frozenset({PolicyStatus.IN_FORCE, PolicyStatus.GRACE, PolicyStatus.PENDING})
# Value tiers by the annual premium a client pays on live policies, in TWD (other currencies converted).
TIER_A_PREMIUM_TWD = Decimal("120000")
TIER_B_PREMIUM_TWD = Decimal("40000")

_STATUSES = Weighted([
    (PolicyStatus.IN_FORCE, 78), (PolicyStatus.GRACE, 4), (PolicyStatus.LAPSED, 7), (PolicyStatus.PENDING, 4),
    (PolicyStatus.MATURED, 3), (PolicyStatus.SURRENDERED, 4),
])
# Years before today a policy of the status may have been issued.
_STATUS_YEARS = {
    PolicyStatus.IN_FORCE: (0, 25), PolicyStatus.LAPSED: (1, 12), PolicyStatus.SURRENDERED: (3, 20),
    PolicyStatus.MATURED: (10, 30),
}
_CASH_VALUE_KINDS = frozenset({ProductKind.WHOLE_LIFE, ProductKind.ANNUITY, ProductKind.EDUCATION})
_FREQUENCIES = Weighted([
    (PaymentFrequency.ANNUAL, 40), (PaymentFrequency.SEMIANNUAL, 10), (PaymentFrequency.QUARTERLY, 15),
    (PaymentFrequency.MONTHLY, 35),
])
# What adults of an age buy, and how many policies a family member pays for.
_ADULT_PRODUCTS = (
    (35, Weighted([("TL20", 3), ("TL10", 1), ("CI20", 3), ("MED10", 3), ("PA10", 2), ("WL", 1)])),
    (50, Weighted([("TL20", 2), ("TL10", 2), ("CI20", 3), ("MED10", 3), ("PA10", 2), ("WL", 2), ("ANN10", 1)])),
    (200, Weighted([("TL10", 1), ("WL", 3), ("MED10", 3), ("CI20", 1), ("PA10", 1), ("ANN10", 3)])),
)
_CHILD_PRODUCTS = Weighted([("EDU", 5), ("MED10", 4), ("WL", 1)])
_HEAD_POLICIES = Weighted([(1, 45), (2, 32), (3, 16), (4, 7)])
_SPOUSE_POLICIES = Weighted([(0, 25), (1, 45), (2, 23), (3, 7)])
CUSTOMER_FAMILIES = 0.78  # the rest are prospects
# A holder without income (a homemaker, a student) pays from the household's: this many income bands.
HOUSEHOLD_BANDS_WITHOUT_INCOME = 40


@dataclass(eq=False, slots=True)
class DemoPolicy:
    id: str
    number: str
    product: Product
    holder: Person
    insured: Person
    status: PolicyStatus
    issue_date: date | None  # None while pending
    term_years: int | None  # None: whole of life
    pay_years: int | None
    sum_assured: Decimal | None
    annual_premium: Decimal
    modal_premium: Decimal
    frequency: PaymentFrequency
    next_due_date: date | None

    @property
    def currency(self) -> str:
        return self.holder.market.currency


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), on the month's last day when it is shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    if day.day <= 28:  # every month has it (the common case, and cheap)
        return date(year, month + 1, day.day)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def next_due_date(issue: date, frequency: PaymentFrequency, pay_years: int | None, today: date) -> date | None:
    """The first premium date on or after today; None once premiums are paid up."""
    step = 12 // frequency.per_year
    elapsed = (today.year - issue.year) * 12 + today.month - issue.month
    count = max(1, -(-elapsed // step))  # due dates passed or this month, rounded up
    due = add_months(issue, count * step)
    if due < today:
        count += 1
        due = add_months(issue, count * step)
    if pay_years is not None and count * step >= pay_years * 12:
        return None
    return due


@cache
def _age_factor(code: str, age: int) -> Decimal:
    return (data.PRODUCTS[code].age_growth ** (age - 30)).quantize(Decimal("0.0001"))


def premium_rate(product: Product, insured: Person, age: int) -> Decimal:
    """Annual premium per 1,000 of sum assured for the insured at an age."""
    rate = product.rate * _age_factor(product.code, age)
    if product.kind is ProductKind.ACCIDENT:
        return rate * data.OCCUPATION_LOADING[insured.occupation.occupation_class]
    if insured.sex == "F":
        rate *= data.FEMALE_FACTOR
    return rate * data.SMOKER_FACTOR if insured.smoker else rate


def annual_premium(product: Product, amount: Decimal, rate: Decimal) -> Decimal:
    """Annual premium for `amount` of sum assured at `rate` (an annuity's amount is its premium)."""
    if not product.has_sum_assured:
        return amount.quantize(CENT)
    return (amount * rate / 1000).quantize(CENT, rounding=ROUND_HALF_UP)


class PolicyMaker:
    """Insures demo families; policy numbers are unique across the book."""

    def __init__(self, rng: random.Random, today: date, ids: IdSource):
        self.rng = rng
        self.today = today
        self.ids = ids
        self._sequence = 10_000

    def insure(self, family: Family) -> list[DemoPolicy]:
        """Policies for a family (none for prospects), then everyone's standing."""
        policies: list[DemoPolicy] = []
        if self.rng.random() < CUSTOMER_FAMILIES:
            payers = [m for m in family.members if m.role in (None, HouseholdRole.HEAD, HouseholdRole.SPOUSE)]
            for person in family.members:
                for holder, insured, code in self._wanted(person, payers):
                    policy = self._policy(data.PRODUCTS[code], holder, insured)
                    if policy is not None:
                        policies.append(policy)
                        holder.held.append(policy)
                        if insured is not holder:
                            insured.covered.append(policy)
        for person in family.members:
            settle_standing(person, self.today, self.rng)
        return policies

    def _wanted(self, person: Person, payers: list[Person]) -> list[tuple[Person, Person, str]]:
        """(holder, insured, product code) of the policies this person is meant to get."""
        rng, age = self.rng, person.age(self.today)
        if person.role in (None, HouseholdRole.HEAD):
            count = _HEAD_POLICIES.pick(rng)
        elif person.role is HouseholdRole.SPOUSE:
            count = _SPOUSE_POLICIES.pick(rng)
        elif age < 18:  # a parent insures the child
            return [(rng.choice(payers), person, _CHILD_PRODUCTS.pick(rng))] if rng.random() < 0.75 else []
        elif person.role is HouseholdRole.PARENT:  # the head pays for an elderly parent's hospital cover
            return [(payers[0], person, "MED10")] if rng.random() < 0.4 else []
        else:  # a grown-up child living at home
            count = 1 if rng.random() < 0.3 else 0
        products = next(choices for up_to, choices in _ADULT_PRODUCTS if age < up_to)
        codes: list[str] = []
        for _ in range(count):
            code = products.pick(rng)
            if code not in codes:
                codes.append(code)
        return [(person, person, code) for code in codes]

    def _policy(self, product: Product, holder: Person, insured: Person) -> DemoPolicy | None:
        """A policy in a status its dates allow; None when the insured could never have had it."""
        status = _STATUSES.pick(self.rng)
        if status is PolicyStatus.PENDING:
            age = insured.age(self.today)
            if product.issue_ages[0] <= age <= product.issue_ages[1]:
                return self._make(product, holder, insured, status, None, None)
            status = PolicyStatus.IN_FORCE
        for _ in range(3):
            if status is PolicyStatus.GRACE:
                issue, due = self._grace_dates()
            else:
                issue, due = self._issue_date(status, product, insured), None
            if issue is not None and self._fits(product, insured, status, issue):
                return self._make(product, holder, insured, status, issue, due)
            status = PolicyStatus.IN_FORCE
        return None

    def _issue_date(self, status: PolicyStatus, product: Product, insured: Person) -> date | None:
        """A day the status allows on which the insured was of issue age, if any."""
        low, high = (years * 365 for years in _STATUS_YEARS[status])
        first_day = add_months(insured.birth, 12 * product.issue_ages[0])
        last_day = add_months(insured.birth, 12 * (product.issue_ages[1] + 1)) - timedelta(days=1)
        low = max(low, (self.today - last_day).days)
        high = min(high, (self.today - first_day).days)
        if low > high:
            return None
        return self.today - timedelta(days=self.rng.randint(low, high))

    def _grace_dates(self) -> tuple[date, date]:
        """A due date missed in the last 30 days, and an issue date whole years
        before it, so the date is on the schedule of every payment frequency."""
        missed = self.today - timedelta(days=self.rng.randint(1, GRACE_DAYS))
        return add_months(missed, -12 * self.rng.randint(1, 15)), missed

    def _fits(self, product: Product, insured: Person, status: PolicyStatus, issue: date) -> bool:
        age = age_on(insured.birth, issue)
        if not (issue >= insured.birth and product.issue_ages[0] <= age <= product.issue_ages[1]):
            return False
        maturity = self._maturity(product, insured, issue)
        if status is PolicyStatus.MATURED:
            return maturity is not None and maturity <= self.today
        if status is PolicyStatus.SURRENDERED and product.kind not in _CASH_VALUE_KINDS:
            return False
        return maturity is None or maturity > self.today

    def _affordable_amount(self, product: Product, holder: Person, rate: Decimal) -> Decimal:
        """Cover in whole units of the market's step, within the product's range,
        whose premium takes a few percent of the holder's income: high earners
        buy more, so tiers follow income."""
        step = holder.market.sum_step
        income = holder.income or holder.market.income_per_band * HOUSEHOLD_BANDS_WITHOUT_INCOME
        budget = income * self.rng.randint(2, 10) / 100
        per_unit = step * rate / 1000 if product.has_sum_assured else step
        low, high = product.units
        affordable = int(budget / per_unit) if per_unit else high
        return self.rng.randint(low, max(low, min(high, affordable))) * step

    @staticmethod
    def _maturity(product: Product, insured: Person, issue: date) -> date | None:
        if product.matures_at_age is not None:
            return add_months(insured.birth, 12 * product.matures_at_age)
        return add_months(issue, 12 * product.term) if product.term else None

    def _make(self, product: Product, holder: Person, insured: Person, status: PolicyStatus,
              issue: date | None, missed_due: date | None) -> DemoPolicy:
        rng = self.rng
        age = age_on(insured.birth, issue or self.today)
        term = product.term or (product.matures_at_age - age if product.matures_at_age else None)
        pay_years = min(rng.choice(product.pay_terms), term or 100) if product.pay_terms else term
        if status is PolicyStatus.GRACE and pay_years and missed_due >= add_months(issue, 12 * pay_years):
            status = PolicyStatus.IN_FORCE  # premiums were paid up by then: nothing to miss
        frequency = _FREQUENCIES.pick(rng)
        rate = premium_rate(product, insured, age)
        amount = self._affordable_amount(product, holder, rate)
        annual = annual_premium(product, amount, rate)
        if status is PolicyStatus.IN_FORCE:
            due = next_due_date(issue, frequency, pay_years, self.today)
        else:
            due = missed_due  # only a policy in grace has one
        self._sequence += rng.randint(1, 29)
        number = f"{holder.market.code}-{(issue or self.today).year}-{self._sequence:07d}"
        return DemoPolicy(
            id=self.ids.new(), number=number, product=product, holder=holder, insured=insured, status=status,
            issue_date=issue, term_years=term, pay_years=pay_years,
            sum_assured=amount if product.has_sum_assured else None, annual_premium=annual,
            modal_premium=(annual * data.MODAL_FACTORS[frequency.value]).quantize(CENT, rounding=ROUND_HALF_UP),
            frequency=frequency, next_due_date=due,
        )


def settle_standing(person: Person, today: date, rng: random.Random) -> None:
    """Stage and tier from the person's policies: prospects have none; a
    client whose first policy is under a year old is new; one with no live
    policy left is dormant or lost; tier A pays the most premium."""
    policies = person.held + person.covered
    if not policies:
        person.stage, person.tier = LifecycleStage.PROSPECT, None
        return
    if any(p.status in LIVE_STATUSES for p in policies):
        issued = [p.issue_date for p in policies if p.issue_date is not None]
        recent = not issued or (today - min(issued)).days < 365
        person.stage = LifecycleStage.NEW if recent else LifecycleStage.ACTIVE
    else:
        person.stage = LifecycleStage.LOST if rng.random() < 0.4 else LifecycleStage.DORMANT
    paying = sum((p.annual_premium for p in person.held if p.status in LIVE_STATUSES), Decimal(0))
    in_twd = paying * person.market.twd_rate
    person.tier = Tier.A if in_twd >= TIER_A_PREMIUM_TWD else Tier.B if in_twd >= TIER_B_PREMIUM_TWD else Tier.C
