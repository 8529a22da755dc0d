"""What a priced plan means year by year: the premium schedule of a household
and the benefit illustration of each insured person.

Rules, exactly as implemented (the proposal prints these numbers):
- A line pays premiums in policy years 1 … its payment term, and covers in
  years 1 … its term (a rider follows its base). The premium of a year is what
  the client pays in it: the modal premium times the payments a year.
- The death benefit of a year is the sum assured of every line that pays on
  death and still covers; likewise the critical-illness benefit. Accident-only
  riders (accidental death) are not in the death column: they pay only on an
  accident, and an illustration shows what is certain.
- The guaranteed cash value at the end of a year is the catalog's value per
  1,000 sum assured for that year, rounded by the catalog's rule, summed over
  the lines that have one. A year for which no line's table gives a value
  shows none, never a guess.
- Shown years: every year for the first 10, then every 5th, and the last one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from agent_desk.domain.money import Rounding
from agent_desk.domain.planner import PAYMENTS_PER_YEAR, PricedPlan
from agent_desk.domain.pricing import PricedCover

EVERY_YEAR_UNTIL = 10
THEN_EVERY = 5
THOUSAND = Decimal(1000)
ZERO = Decimal(0)


@dataclass(frozen=True)
class IllustrationRow:
    year: int  # policy year
    age: int  # age at the end of the policy year
    premium: Decimal  # paid during the year
    cumulative_premium: Decimal  # paid up to the end of the year
    death_benefit: Decimal
    critical_illness_benefit: Decimal
    cash_value: Decimal | None  # guaranteed, at the end of the year; None where the catalog gives none


@dataclass(frozen=True)
class Illustration:
    person_key: str
    issue_age: int
    rows: tuple[IllustrationRow, ...]  # the shown years only
    has_cash_values: bool  # some line of this person has a cash-value table


@dataclass(frozen=True)
class ScheduleRow:
    """Policy years first_year … last_year, each costing the same per person."""

    first_year: int
    last_year: int
    amounts: tuple[Decimal, ...]  # per person, in the order asked for
    total: Decimal


def shown_years(last_year: int) -> list[int]:
    """1 … 10, then every 5th year, and the last year itself."""
    years = list(range(1, min(last_year, EVERY_YEAR_UNTIL) + 1))
    years += list(range(EVERY_YEAR_UNTIL + THEN_EVERY, last_year + 1, THEN_EVERY))
    if last_year > EVERY_YEAR_UNTIL and years[-1] != last_year:
        years.append(last_year)
    return years


def yearly_premium(cover: PricedCover) -> Decimal:
    return cover.modal_premium * PAYMENTS_PER_YEAR[cover.frequency]


def _covers(plan: PricedPlan, person_key: str) -> list[PricedCover]:
    return [p.result for p in plan.lines
            if p.line.insured_key == person_key and isinstance(p.result, PricedCover)]


def _premium_in(covers: Sequence[PricedCover], year: int) -> Decimal:
    return sum((yearly_premium(c) for c in covers if year <= c.payment_term), ZERO)


def _benefit_in(covers: Sequence[PricedCover], benefit: str, year: int) -> Decimal:
    return sum((c.sum_assured for c in covers
                if benefit in c.product.benefits and c.sum_assured is not None and year <= c.term), ZERO)


def _cash_value(cover: PricedCover, year: int, rounding: Rounding, sex: str, smoker: bool) -> Decimal | None:
    table = cover.product.cash_values
    if table is None or cover.sum_assured is None or year > cover.term:
        return None
    values = {"sex": sex, "smoker": smoker, "age": cover.age, "term": cover.term,
              "payment_term": cover.payment_term, "year": year}
    rate = table.lookup(values)
    return None if rate is None else rounding(cover.sum_assured / THOUSAND * rate)


def illustrate(plan: PricedPlan, person_key: str, sex: str, smoker: bool, rounding: Rounding) -> Illustration | None:
    """The person's benefit illustration; None when the plan prices nothing for them."""
    covers = _covers(plan, person_key)
    if not covers:
        return None
    issue_age = covers[0].age
    last_year = max(c.term for c in covers)
    valued = [c for c in covers if c.product.cash_values is not None]
    rows, paid = [], ZERO
    shown = set(shown_years(last_year))
    for year in range(1, last_year + 1):
        premium = _premium_in(covers, year)
        paid += premium
        if year not in shown:
            continue
        values = [v for c in valued if (v := _cash_value(c, year, rounding, sex, smoker)) is not None]
        rows.append(IllustrationRow(year, issue_age + year, premium, paid, _benefit_in(covers, "death", year),
                                    _benefit_in(covers, "critical_illness", year),
                                    sum(values, ZERO) if values else None))
    return Illustration(person_key, issue_age, tuple(rows), bool(valued))


def premium_schedule(plan: PricedPlan, person_keys: Sequence[str]) -> list[ScheduleRow]:
    """What the household pays each policy year, years with the same amounts run together."""
    covers = {key: _covers(plan, key) for key in person_keys}
    last_year = max((c.payment_term for items in covers.values() for c in items), default=0)
    rows: list[ScheduleRow] = []
    for year in range(1, last_year + 1):
        amounts = tuple(_premium_in(covers[key], year) for key in person_keys)
        if rows and rows[-1].amounts == amounts:
            rows[-1] = ScheduleRow(rows[-1].first_year, year, amounts, rows[-1].total)
        else:
            rows.append(ScheduleRow(year, year, amounts, sum(amounts, ZERO)))
    return rows
