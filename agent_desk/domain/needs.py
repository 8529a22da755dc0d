"""Protection-gap (needs) analysis: per person and benefit, the cover needed,
the cover already held, and the gap between them.

A need is the sum of its NeedLines (subtractions negative), floored at 0; each
line carries the inputs that made it, so the agent can explain every number.
A single client is a household of one. Rules, exactly as implemented:

Ages and roles
    Age is completed years on the analysis date (a 29 February birthday counts
    on 28 February in common years). Without a birth date a person is an adult
    of unknown age, and rules that need an age are skipped with a 0 note line.
    An earner has annual_income > 0. The household's dependants are children
    younger than independence_age (or of unknown age) and spouses or parents
    without income.
DEATH: DIME (debts, income, mortgage, education) plus final expenses
    Earner: income_replacement = income x income_replacement_ratio x years,
    years being the longest horizon among the dependants: independence_age minus
    a dependant child's age, or min_replacement_years for a dependant spouse or
    parent or a child of unknown age (noted as child_age_unknown); no dependants
    gives a 0 no_dependants line instead. Plus the earner's share of the mortgage
    (mortgage_share), other debts (debts_share) and the education funds of all
    dependant children (education_share), plus final_expenses, minus the share
    of liquid_savings (savings_share). Shares are in proportion to income among
    the earners; with several earners they are rounded to whole units on the
    running total (ROUND_HALF_UP), so the lines add up to the rounded share of
    their net (so a larger income also takes a larger part of the savings).
    Non-earner: final_expenses only; but when nobody earns, the member with role
    head (else the first member) also carries the whole mortgage and debts, less
    the whole liquid_savings.
CRITICAL_ILLNESS: earner income x ci_income_years; anyone else ci_minimum.
MEDICAL: medical_annual_limit for everyone (medical_limit).
ACCIDENT: earner income x accident_income_multiple; a non-earner under 18
    accident_minimum / 2 (accident_child_minimum); anyone else accident_minimum.
RETIREMENT
    Only from age 18 until retirement_age (else a 0 line: not_adult, retired or
    age_unknown). Yearly shortfall = max(0, own income x retirement_income_ratio
    - expected_pension), so no income means no shortfall; need = shortfall x
    (life_expectancy - retirement_age) in today's money, with no inflation or
    discounting (retirement_income_gap), minus retirement_savings.
EDUCATION: education_fund_per_child for a dependant child; else 0 (not_dependant).

Existing cover is the sum of the person's ExistingCover for the benefit, shown
even when the need is 0; gap = max(0, need - existing). Cover for other benefits
(hospital_cash, waiver...) or for people outside the analysis is ignored.
Money is Decimal; inputs are kept as given and only results of a division are
rounded to whole units. Bad inputs raise ValidationError naming each field
("mortgage", "people[1].annual_income", "existing[0].amount").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from agent_desk.domain.clients import HouseholdRole, age_on
from agent_desk.errors import ValidationError

ADULT_AGE = 18  # below it: half the accident minimum, and no retirement planning
ZERO = Decimal(0)
_UNIT = Decimal(1)
_SHARE_PLACES = Decimal("0.0001")  # the share shown beside a line, for display only


class Benefit(StrEnum):
    DEATH = "death"
    CRITICAL_ILLNESS = "critical_illness"
    MEDICAL = "medical"
    ACCIDENT = "accident"
    RETIREMENT = "retirement"
    EDUCATION = "education"


@dataclass(frozen=True)
class NeedsAssumptions:
    """The method's parameters with their defaults; the agent may edit each one."""

    income_replacement_ratio: Decimal = Decimal("0.7")  # share of income the family needs if the earner dies
    min_replacement_years: int = 5  # for a dependant spouse/parent when no child sets a longer horizon
    independence_age: int = 22  # a child is a dependant until this age
    final_expenses: Decimal = Decimal("300000")  # funeral and estate costs, per person
    education_fund_per_child: Decimal = Decimal("1500000")  # per child not yet independent
    ci_income_years: int = 3  # years of income to replace during treatment and recovery
    ci_minimum: Decimal = Decimal("1000000")  # CI cover for people without income
    medical_annual_limit: Decimal = Decimal("500000")  # hospital reimbursement limit per person per year
    accident_income_multiple: int = 10
    accident_minimum: Decimal = Decimal("1000000")  # adults without income; children get half
    retirement_age: int = 65
    life_expectancy: int = 85
    retirement_income_ratio: Decimal = Decimal("0.6")
    mortgage: Decimal = Decimal("0")
    other_debts: Decimal = Decimal("0")
    liquid_savings: Decimal = Decimal("0")  # reduces the death need


@dataclass(frozen=True)
class PersonFacts:
    key: str  # the client's id as text
    name: str
    birth_date: date | None
    role: str  # a HouseholdRole value
    annual_income: Decimal  # 0 when none
    expected_pension: Decimal = Decimal("0")  # yearly, from retirement_age on
    retirement_savings: Decimal = Decimal("0")


@dataclass(frozen=True)
class ExistingCover:
    person_key: str
    benefit: str  # a Benefit value; anything else is ignored
    amount: Decimal
    source: str  # policy number and product name, shown to the agent


@dataclass(frozen=True)
class NeedLine:
    code: str  # stable key for translation
    amount: Decimal  # signed: subtractions are negative
    params: Mapping[str, object] = field(default_factory=dict, hash=False)  # what produced it


@dataclass(frozen=True)
class Gap:
    benefit: Benefit
    need: Decimal
    existing: Decimal
    gap: Decimal
    lines: tuple[NeedLine, ...]
    sources: tuple[ExistingCover, ...]


@dataclass(frozen=True)
class BenefitTotal:
    benefit: Benefit
    need: Decimal
    existing: Decimal
    gap: Decimal


@dataclass(frozen=True)
class PersonNeeds:
    key: str
    name: str
    age: int | None
    is_earner: bool
    is_dependant: bool
    gaps: tuple[Gap, ...]  # one per Benefit, in Benefit order

    def gap_for(self, benefit: Benefit | str) -> Gap:
        wanted = Benefit(benefit)
        return next(gap for gap in self.gaps if gap.benefit is wanted)


@dataclass(frozen=True)
class NeedsReport:
    as_of: date
    assumptions: NeedsAssumptions
    people: tuple[PersonNeeds, ...]

    def person(self, key: str) -> PersonNeeds:
        """The person with this key; KeyError when there is none."""
        return {person.key: person for person in self.people}[key]

    def totals(self) -> dict[Benefit, BenefitTotal]:
        """Need, existing cover and gap per benefit, summed over the household."""
        totals = {}
        for benefit in Benefit:
            gaps = [person.gap_for(benefit) for person in self.people]
            totals[benefit] = BenefitTotal(benefit, sum((g.need for g in gaps), ZERO),
                                           sum((g.existing for g in gaps), ZERO), sum((g.gap for g in gaps), ZERO))
        return totals


@dataclass(frozen=True)
class _Household:
    """What each member's calculation needs to know about the others."""

    earners_income: Decimal
    bearer_key: str | None  # who carries the debts when nobody earns
    dependant_keys: frozenset[str]
    dependant_child_keys: frozenset[str]
    replacement_years: int
    youngest_child_age: int | None
    notes: tuple[NeedLine, ...]  # horizons skipped for want of an age


def analyse_needs(people: Sequence[PersonFacts], existing: Sequence[ExistingCover],
                  assumptions: NeedsAssumptions, as_of: date) -> NeedsReport:
    """Needs, existing cover and gaps for each person, per the module's rules."""
    _validate(people, existing, assumptions, as_of)
    ages = {p.key: None if p.birth_date is None else age_on(p.birth_date, as_of) for p in people}
    household = _household(people, ages, assumptions)
    return NeedsReport(as_of, assumptions, tuple(
        _person_needs(p, ages[p.key], household, existing, assumptions) for p in people))


def _household(people: Sequence[PersonFacts], ages: Mapping[str, int | None], a: NeedsAssumptions) -> _Household:
    children: list[PersonFacts] = []
    adults: list[PersonFacts] = []
    for p in people:
        age = ages[p.key]
        if p.role == HouseholdRole.CHILD and (age is None or age < a.independence_age):
            children.append(p)
        elif p.role in (HouseholdRole.SPOUSE, HouseholdRole.PARENT) and p.annual_income == 0:
            adults.append(p)
    child_ages = [age for p in children if (age := ages[p.key]) is not None]
    unknown = [p for p in children if ages[p.key] is None]
    horizons = [a.independence_age - age for age in child_ages]
    if adults or unknown:
        horizons.append(a.min_replacement_years)
    earners_income = sum((p.annual_income for p in people), ZERO)
    head = next((p for p in people if p.role == HouseholdRole.HEAD), people[0])
    return _Household(
        earners_income=earners_income,
        bearer_key=None if earners_income else head.key,
        dependant_keys=frozenset(p.key for p in children + adults),
        dependant_child_keys=frozenset(p.key for p in children),
        replacement_years=max(horizons, default=0),
        youngest_child_age=min(child_ages, default=None),
        notes=tuple(NeedLine("child_age_unknown", ZERO, {"name": p.name, "years": a.min_replacement_years})
                    for p in unknown),
    )


def _person_needs(p: PersonFacts, age: int | None, h: _Household, existing: Sequence[ExistingCover],
                  a: NeedsAssumptions) -> PersonNeeds:
    if p.key in h.dependant_child_keys:
        education = NeedLine("education_fund", a.education_fund_per_child, {"per_child": a.education_fund_per_child})
    else:
        education = NeedLine("not_dependant", ZERO, {})
    lines = {
        Benefit.DEATH: _death_lines(p, h, a),
        Benefit.CRITICAL_ILLNESS: [_critical_illness_line(p, a)],
        Benefit.MEDICAL: [NeedLine("medical_limit", a.medical_annual_limit, {"limit": a.medical_annual_limit})],
        Benefit.ACCIDENT: [_accident_line(p, age, a)],
        Benefit.RETIREMENT: _retirement_lines(p, age, a),
        Benefit.EDUCATION: [education],
    }
    mine = [c for c in existing if c.person_key == p.key]
    gaps = tuple(_gap(benefit, lines[benefit], [c for c in mine if c.benefit == benefit.value]) for benefit in Benefit)
    return PersonNeeds(p.key, p.name, age, p.annual_income > 0, p.key in h.dependant_keys, gaps)


def _gap(benefit: Benefit, lines: list[NeedLine], sources: list[ExistingCover]) -> Gap:
    need = max(ZERO, sum((line.amount for line in lines), ZERO))
    existing = sum((c.amount for c in sources), ZERO)
    return Gap(benefit, need, existing, max(ZERO, need - existing), tuple(lines), tuple(sources))


def _death_lines(p: PersonFacts, h: _Household, a: NeedsAssumptions) -> list[NeedLine]:
    lines: list[NeedLine] = []
    shared: list[tuple[str, Decimal, dict[str, object]]] = [
        ("mortgage_share", a.mortgage, {}), ("debts_share", a.other_debts, {})]
    if p.annual_income > 0:
        lines += [_income_replacement_line(p, h, a), *h.notes]
        children = len(h.dependant_child_keys)
        shared.append(("education_share", a.education_fund_per_child * children,
                       {"children": children, "per_child": a.education_fund_per_child}))
        part, whole = p.annual_income, h.earners_income
    elif p.key == h.bearer_key:
        part = whole = ZERO  # nobody earns: this member carries all of it
    else:
        return [NeedLine("final_expenses", a.final_expenses, {"amount": a.final_expenses})]
    shared.append(("savings_share", -a.liquid_savings, {}))
    shares = _shares(shared, part, whole)
    savings = [line for line in shares if line.code == "savings_share"]
    lines += [line for line in shares if line.code != "savings_share"]
    return [*lines, NeedLine("final_expenses", a.final_expenses, {"amount": a.final_expenses}), *savings]


def _income_replacement_line(p: PersonFacts, h: _Household, a: NeedsAssumptions) -> NeedLine:
    if not h.dependant_keys:
        return NeedLine("no_dependants", ZERO, {"income": p.annual_income})
    years = h.replacement_years
    return NeedLine("income_replacement", p.annual_income * a.income_replacement_ratio * years, {
        "income": p.annual_income, "ratio": a.income_replacement_ratio, "years": years,
        "dependants": len(h.dependant_keys), "youngest_child_age": h.youngest_child_age,
        "independence_age": a.independence_age, "min_replacement_years": a.min_replacement_years})


def _shares(items: list[tuple[str, Decimal, dict[str, object]]], part: Decimal, whole: Decimal) -> list[NeedLine]:
    """Each item's part/whole share (all of it when part == whole), rounded
    cumulatively so the lines add up to the rounded share of their sum."""
    share = _UNIT if part == whole else (part / whole).quantize(_SHARE_PLACES, ROUND_HALF_UP)
    lines, running, shared_so_far = [], ZERO, ZERO
    for code, total, extra in items:
        if not total:
            continue
        running += total
        shared = running if part == whole else (running * part / whole).quantize(_UNIT, ROUND_HALF_UP)
        lines.append(NeedLine(code, shared - shared_so_far, {
            "total": abs(total), "share": share, "income": part, "earners_income": whole, **extra}))
        shared_so_far = shared
    return lines


def _critical_illness_line(p: PersonFacts, a: NeedsAssumptions) -> NeedLine:
    if p.annual_income > 0:
        return NeedLine("ci_income_years", p.annual_income * a.ci_income_years,
                        {"income": p.annual_income, "years": a.ci_income_years})
    return NeedLine("ci_minimum", a.ci_minimum, {"minimum": a.ci_minimum})


def _accident_line(p: PersonFacts, age: int | None, a: NeedsAssumptions) -> NeedLine:
    if p.annual_income > 0:
        return NeedLine("accident_income_multiple", p.annual_income * a.accident_income_multiple,
                        {"income": p.annual_income, "multiple": a.accident_income_multiple})
    if age is not None and age < ADULT_AGE:
        half = (a.accident_minimum / 2).quantize(_UNIT, ROUND_HALF_UP)
        return NeedLine("accident_child_minimum", half, {"minimum": a.accident_minimum, "age": age})
    return NeedLine("accident_minimum", a.accident_minimum, {"minimum": a.accident_minimum})


def _retirement_lines(p: PersonFacts, age: int | None, a: NeedsAssumptions) -> list[NeedLine]:
    if age is None:
        return [NeedLine("age_unknown", ZERO, {})]
    if age < ADULT_AGE:
        return [NeedLine("not_adult", ZERO, {"age": age, "adult_age": ADULT_AGE})]
    if age >= a.retirement_age:
        return [NeedLine("retired", ZERO, {"age": age, "retirement_age": a.retirement_age})]
    target = p.annual_income * a.retirement_income_ratio
    shortfall = max(ZERO, target - p.expected_pension)
    years = a.life_expectancy - a.retirement_age
    lines = [NeedLine("retirement_income_gap", shortfall * years, {
        "income": p.annual_income, "ratio": a.retirement_income_ratio, "target": target,
        "pension": p.expected_pension, "shortfall": shortfall, "years": years,
        "retirement_age": a.retirement_age, "life_expectancy": a.life_expectancy})]
    if p.retirement_savings:
        lines.append(NeedLine("retirement_savings", -p.retirement_savings, {"savings": p.retirement_savings}))
    return lines


_MONEY = ("final_expenses", "education_fund_per_child", "ci_minimum", "medical_annual_limit",
          "accident_minimum", "mortgage", "other_debts", "liquid_savings")
_RATIOS = ("income_replacement_ratio", "retirement_income_ratio")
_WHOLE_NUMBERS = ("min_replacement_years", "independence_age", "ci_income_years", "accident_income_multiple",
          "retirement_age", "life_expectancy")
_ROLES = frozenset(role.value for role in HouseholdRole)


def _validate(people: Sequence[PersonFacts], existing: Sequence[ExistingCover], a: NeedsAssumptions,
              as_of: date) -> None:
    problems: dict[str, str] = {}
    for name in _MONEY:
        _check_money(problems, name, getattr(a, name))
    for name in _RATIOS:
        value = getattr(a, name)
        if not isinstance(value, Decimal) or not value.is_finite() or not ZERO <= value <= _UNIT:
            problems[name] = "A ratio is a Decimal from 0 to 1."
    for name in _WHOLE_NUMBERS:
        value = getattr(a, name)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            problems[name] = "A whole number of 0 or more."
    if "retirement_age" not in problems and "life_expectancy" not in problems \
            and a.retirement_age >= a.life_expectancy:
        problems["retirement_age"] = "The retirement age must be below the life expectancy."
    if not people:
        problems["people"] = "At least one person is needed."
    seen: set[str] = set()
    for i, p in enumerate(people):
        where = f"people[{i}]"
        if not p.key or p.key in seen:
            problems[f"{where}.key"] = "Each person needs a key of their own."
        seen.add(p.key)
        if p.role not in _ROLES:
            problems[f"{where}.role"] = f"'{p.role}' is not a household role ({', '.join(sorted(_ROLES))})."
        if p.birth_date is not None and p.birth_date > as_of:
            problems[f"{where}.birth_date"] = "The birth date is after the analysis date."
        for name in ("annual_income", "expected_pension", "retirement_savings"):
            _check_money(problems, f"{where}.{name}", getattr(p, name))
    for i, cover in enumerate(existing):
        _check_money(problems, f"existing[{i}].amount", cover.amount)
    if problems:
        raise ValidationError(problems)


def _check_money(problems: dict[str, str], name: str, value: object) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        problems[name] = "An amount must be a Decimal number."
    elif value < 0:
        problems[name] = "An amount cannot be negative."
