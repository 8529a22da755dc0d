"""Combined plans: several products and riders across a household, priced
together, measured against a budget and against the family's gaps.

A plan is a list of `PlanLine`s (a rider line points at its base line). The
budget is compared with the yearly outlay: each line's modal premium times the
payments a year, so a monthly budget of 5,000 allows a yearly outlay of 60,000
whatever mix of frequencies the plan uses, and the comparison stays exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from agent_desk.domain.catalog import Catalog
from agent_desk.domain.clients import PaymentFrequency
from agent_desk.domain.pricing import CoverRequest, Insured, NotEligible, PricedCover, price

PAYMENTS_PER_YEAR = {f.value: f.per_year for f in PaymentFrequency}
BUDGET_PERIODS = {"annual": 1, "monthly": 12}  # budget period → how many make a year
MAX_ALTERNATIVES = 3


class PlanStatus(StrEnum):
    DRAFT = "draft"
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DECLINED = "declined"


@dataclass(frozen=True)
class PlanPerson:
    """Someone the plan may insure. `insured` is None when sex or birth date is unknown."""

    key: str
    name: str
    insured: Insured | None


@dataclass(frozen=True)
class PlanLine:
    key: str
    insured_key: str
    product_code: str
    sum_assured: Decimal | None = None
    term: int | None = None
    payment_term: int | None = None
    frequency: str = "annual"
    base_key: str | None = None  # set on riders


@dataclass(frozen=True)
class PricedLine:
    line: PlanLine
    result: PricedCover | NotEligible

    @property
    def eligible(self) -> bool:
        return isinstance(self.result, PricedCover)

    @property
    def annual_premium(self) -> Decimal | None:
        return self.result.annual_premium if isinstance(self.result, PricedCover) else None

    @property
    def modal_premium(self) -> Decimal | None:
        return self.result.modal_premium if isinstance(self.result, PricedCover) else None

    @property
    def yearly_outlay(self) -> Decimal:
        if not isinstance(self.result, PricedCover):
            return Decimal(0)
        return self.result.modal_premium * PAYMENTS_PER_YEAR[self.result.frequency]

    @property
    def reason(self) -> str:
        return self.result.reason if isinstance(self.result, NotEligible) else ""


@dataclass(frozen=True)
class PricedPlan:
    lines: tuple[PricedLine, ...]
    currency: str

    @property
    def total_annual_premium(self) -> Decimal:
        return sum((p.annual_premium for p in self.lines if p.eligible), Decimal(0))

    @property
    def yearly_outlay(self) -> Decimal:
        return sum((p.yearly_outlay for p in self.lines), Decimal(0))

    @property
    def ineligible(self) -> list[PricedLine]:
        return [p for p in self.lines if not p.eligible]

    def cover(self, person_key: str, benefit: str) -> Decimal:
        """The plan's sum assured for a person and benefit (eligible lines only)."""
        total = Decimal(0)
        for priced in self.lines:
            result = priced.result
            if (priced.line.insured_key == person_key and isinstance(result, PricedCover)
                    and result.sum_assured is not None and benefit in result.product.benefits):
                total += result.sum_assured
        return total

    def line(self, key: str) -> PricedLine | None:
        return next((p for p in self.lines if p.line.key == key), None)


@dataclass(frozen=True)
class Budget:
    amount: Decimal
    period: str = "annual"  # or "monthly"

    @property
    def yearly(self) -> Decimal:
        return self.amount * BUDGET_PERIODS[self.period]

    def used_share(self, plan: PricedPlan) -> Decimal:
        """The plan's yearly outlay as a share of the budget (may pass 1)."""
        return plan.yearly_outlay / self.yearly if self.yearly else Decimal(0)


def price_plan(catalog: Catalog, people: Mapping[str, PlanPerson], lines: Sequence[PlanLine],
               as_of: date) -> PricedPlan:
    """Price every line; riders on their priced base. Problems stay on their line."""
    priced: dict[str, PricedLine] = {}
    for line in _bases_first(lines):
        priced[line.key] = PricedLine(line, _price_line(catalog, people, line, priced, as_of))
    return PricedPlan(tuple(priced[line.key] for line in lines), catalog.currency)


def _price_line(catalog: Catalog, people: Mapping[str, PlanPerson], line: PlanLine,
                priced: Mapping[str, PricedLine], as_of: date) -> PricedCover | NotEligible:
    person = people.get(line.insured_key)
    if person is None:
        return NotEligible(line.product_code, ("the insured person is not in this plan's household",))
    if person.insured is None:
        return NotEligible(line.product_code, (f"{person.name}'s sex and birth date are needed to price cover",))
    request = CoverRequest(line.product_code, line.sum_assured, line.term, line.payment_term, line.frequency)
    if line.base_key is None:
        return price(catalog, person.insured, request, as_of)
    base = priced.get(line.base_key)
    if base is None:
        return NotEligible(line.product_code, ("its base product is no longer in the plan",))
    if not isinstance(base.result, PricedCover):
        return NotEligible(line.product_code, ("its base product is not eligible",))
    if base.line.insured_key != line.insured_key:
        return NotEligible(line.product_code, ("a rider must insure the same person as its base",))
    return price(catalog, person.insured, replace(request, term=None, payment_term=None), as_of, base.result)


def _bases_first(lines: Iterable[PlanLine]) -> list[PlanLine]:
    lines = list(lines)
    return [line for line in lines if line.base_key is None] + [line for line in lines if line.base_key is not None]


@dataclass(frozen=True)
class Alternative:
    name: str
    plan: PricedPlan


@dataclass(frozen=True)
class ComparisonRow:
    """One row of the side-by-side table: a label and a value per alternative."""

    key: str  # "total_annual", "yearly_outlay", "budget_used", "cover:<person>:<benefit>", "lines"
    values: tuple[Decimal | int | None, ...]
    params: Mapping[str, str] = field(default_factory=dict)


def compare(alternatives: Sequence[Alternative], people: Sequence[PlanPerson], benefits: Sequence[str],
            budget: Budget | None = None) -> list[ComparisonRow]:
    """Totals, budget use and cover per person and benefit, one column per alternative."""
    if len(alternatives) > MAX_ALTERNATIVES:
        raise ValueError(f"at most {MAX_ALTERNATIVES} alternatives are compared")
    plans = [a.plan for a in alternatives]
    rows = [
        ComparisonRow("lines", tuple(len(p.lines) for p in plans)),
        ComparisonRow("total_annual", tuple(p.total_annual_premium for p in plans)),
        ComparisonRow("yearly_outlay", tuple(p.yearly_outlay for p in plans)),
    ]
    if budget is not None:
        rows.append(ComparisonRow("budget_used", tuple(budget.used_share(p) for p in plans)))
    for person in people:
        for benefit in benefits:
            values = tuple(p.cover(person.key, benefit) for p in plans)
            if any(values):
                rows.append(ComparisonRow(f"cover:{person.key}:{benefit}", values,
                                          {"person": person.name, "benefit": benefit}))
    return rows
