"""Suggest a plan: products, riders and sums assured across a household that
close the most important gaps within a budget, and say why.

The method, so the agent can explain it:
1. Gaps are taken in order of importance: the earners' death cover (their
   income keeps the family), the earners' critical illness, everyone's medical
   cover, critical illness for the others, the earners' accident cover,
   children's education, the earners' retirement, then accident and final
   expenses for the others. Within a step, higher income first.
2. Protection before savings, and breadth before depth: the protection gaps
   (death, critical illness, medical, accident) are first covered up to half,
   so a tight budget still guards against several risks instead of one, then
   topped up to the full need; only then the savings goals (education,
   retirement), again half first, then in full, while the budget lasts.
3. For each gap the cheapest eligible cover is chosen among the products (or
   riders on a product already chosen for that person) that pay that benefit
   and last long enough: death cover for the years the family needs the
   earner's income (at least 10), other adult cover for 20 years or to
   retirement if sooner, children's cover to independence. When nothing lasts
   that long, the longest cover is taken. Whole-life cover lasts long enough
   but usually costs several times a term policy, so it wins only when no
   term product fits.
4. A sum assured is the largest allowed one (on the product's step) that fits
   what is left of the budget. Nothing is ever priced outside the catalog's
   rules, and the yearly outlay never passes the budget.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from agent_desk.domain.catalog import Catalog, Product
from agent_desk.domain.needs import Benefit, NeedsReport, PersonNeeds
from agent_desk.domain.planner import PAYMENTS_PER_YEAR, Budget, PlanLine, PlanPerson, PricedPlan, price_plan
from agent_desk.domain.pricing import CoverRequest, Insured, PricedCover, price

FIRST_PASS_SHARE = Decimal("0.5")
MIN_ADULT_HORIZON = 10
ADULT_COVER_YEARS = 20
BUDGET_FREQUENCY = {"annual": "annual", "monthly": "monthly"}

PROTECTION = frozenset({Benefit.DEATH, Benefit.CRITICAL_ILLNESS, Benefit.MEDICAL, Benefit.ACCIDENT})
SAVINGS = frozenset({Benefit.EDUCATION, Benefit.RETIREMENT})
# (benefit, who): the order gaps are closed in.
PRIORITIES: tuple[tuple[Benefit, str], ...] = (
    (Benefit.DEATH, "earners"),
    (Benefit.CRITICAL_ILLNESS, "earners"),
    (Benefit.MEDICAL, "everyone"),
    (Benefit.CRITICAL_ILLNESS, "others"),
    (Benefit.ACCIDENT, "earners"),
    (Benefit.EDUCATION, "others"),
    (Benefit.RETIREMENT, "earners"),
    (Benefit.ACCIDENT, "others"),
    (Benefit.DEATH, "others"),
)


@dataclass(frozen=True)
class Choice:
    """What the suggestion did about one gap, and why."""

    person_key: str
    person_name: str
    benefit: str
    gap: Decimal
    covered: Decimal
    product_code: str | None
    outcome: str  # "covered", "partly_covered", "not_covered"
    reason: str  # "", "budget", "product_maximum", "no_eligible_product"
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def left(self) -> Decimal:
        return max(Decimal(0), self.gap - self.covered)


@dataclass(frozen=True)
class Suggestion:
    lines: tuple[PlanLine, ...]
    plan: PricedPlan
    choices: tuple[Choice, ...]
    budget: Budget

    def explain(self, product_name: Mapping[str, str]) -> list[str]:
        return [describe_choice(choice, product_name) for choice in self.choices]


def suggest_plan(catalog: Catalog, needs: NeedsReport, people: Mapping[str, PlanPerson], budget: Budget,
                 as_of: date) -> Suggestion:
    """The plan the method above builds for these needs, people and budget."""
    builder = _Builder(catalog, people, budget, as_of, needs)
    targets = _targets(needs)
    for benefits in (PROTECTION, SAVINGS):
        for share in (FIRST_PASS_SHARE, Decimal(1)):
            for person, benefit in targets:
                if benefit in benefits:
                    builder.cover(person, benefit, share)
    lines = tuple(builder.lines)
    plan = price_plan(catalog, people, lines, as_of)
    choices = tuple(builder.choice(person, benefit, plan) for person, benefit in targets)
    return Suggestion(lines, plan, choices, budget)


def _targets(needs: NeedsReport) -> list[tuple[PersonNeeds, Benefit]]:
    by_income = sorted(needs.people, key=lambda p: -_income(p))
    targets = []
    for benefit, who in PRIORITIES:
        for person in by_income:
            if who == "earners" and not person.is_earner or who == "others" and person.is_earner:
                continue
            if person.gap_for(benefit).gap > 0:
                targets.append((person, benefit))
    return targets


def _income(person: PersonNeeds) -> Decimal:
    """Ranks earners: their critical-illness need is a fixed multiple of income."""
    return person.gap_for(Benefit.CRITICAL_ILLNESS).need if person.is_earner else Decimal(0)


@dataclass
class _Builder:
    catalog: Catalog
    people: Mapping[str, PlanPerson]
    budget: Budget
    as_of: date
    needs: NeedsReport
    lines: list[PlanLine] = field(default_factory=list)
    outlay: dict[str, Decimal] = field(default_factory=dict)  # line key → yearly outlay
    priced: dict[str, PricedCover] = field(default_factory=dict)
    blocked: dict[tuple[str, str], str] = field(default_factory=dict)  # (person, benefit) → reason

    @property
    def frequency(self) -> str:
        return BUDGET_FREQUENCY[self.budget.period]

    def left(self) -> Decimal:
        return self.budget.yearly - sum(self.outlay.values(), Decimal(0))

    def cover_of(self, person_key: str, benefit: str) -> Decimal:
        return sum((p.sum_assured for key, p in self.priced.items()
                    if p.sum_assured is not None and benefit in p.product.benefits
                    and self._line(key).insured_key == person_key), Decimal(0))

    def cover(self, person: PersonNeeds, benefit: Benefit, share: Decimal) -> None:
        target = person.gap_for(benefit).gap * share
        missing = target - self.cover_of(person.key, benefit)
        if missing <= 0:
            return
        line = self._line_for(person.key, benefit)
        if line is not None:
            self._grow(line, missing)
        else:
            self._add(person, benefit, missing)

    def _line(self, key: str) -> PlanLine:
        return next(line for line in self.lines if line.key == key)

    def _line_for(self, person_key: str, benefit: str) -> PlanLine | None:
        for line in self.lines:
            p = self.priced[line.key]
            if line.insured_key == person_key and benefit in p.product.benefits and p.sum_assured is not None:
                return line
        return None

    def _add(self, person: PersonNeeds, benefit: Benefit, missing: Decimal) -> None:
        insured = self.people[person.key].insured
        options = self._options(person, benefit, missing, insured) if insured else []
        if not options:
            self.blocked[(person.key, benefit)] = "no_eligible_product"
            return
        for line, _ in options:
            fitted = self._fit(line, line.sum_assured, Decimal(0))
            if fitted is not None:
                self._keep(fitted)
                return
        self.blocked[(person.key, benefit)] = "budget"

    def _grow(self, line: PlanLine, missing: Decimal) -> None:
        current = self.priced[line.key]
        rule = current.product.sum_assured
        wanted = current.sum_assured + missing
        wanted = rule.round_up(wanted) if rule else wanted
        if wanted <= current.sum_assured:
            return
        fitted = self._fit(line, wanted, self.outlay[line.key], floor=current.sum_assured)
        if fitted is not None:
            self._keep(fitted)

    def _keep(self, fitted: tuple[PlanLine, PricedCover]) -> None:
        line, cover = fitted
        self.lines = [line if existing.key == line.key else existing for existing in self.lines]
        if line.key not in self.priced:
            self.lines.append(line)
        self.priced[line.key] = cover
        self.outlay[line.key] = cover.modal_premium * PAYMENTS_PER_YEAR[cover.frequency]

    def _fit(self, line: PlanLine, wanted: Decimal, own_outlay: Decimal,
             floor: Decimal | None = None) -> tuple[PlanLine, PricedCover] | None:
        """The line at the largest allowed sum ≤ wanted (and > floor) that the budget allows."""
        allowed = self.left() + own_outlay
        product = self.catalog.products[line.product_code]
        rule = product.sum_assured
        if rule is None:
            return None
        top = rule.round_down(min(wanted, rule.maximum))
        low = rule.minimum if floor is None else floor + rule.step
        if top is None or low > top:
            return None
        low_steps, high_steps = (low - rule.minimum) // rule.step, (top - rule.minimum) // rule.step
        best = None
        while low_steps <= high_steps:  # premiums never fall as the sum rises: bisect on the steps
            middle = (low_steps + high_steps) // 2
            candidate = replace(line, sum_assured=rule.minimum + middle * rule.step)
            cover = self._price(candidate)
            if cover is not None and cover.modal_premium * PAYMENTS_PER_YEAR[cover.frequency] <= allowed:
                best, low_steps = (candidate, cover), middle + 1
            else:
                high_steps = middle - 1
        return best

    def _price(self, line: PlanLine) -> PricedCover | None:
        insured = self.people[line.insured_key].insured
        request = CoverRequest(line.product_code, line.sum_assured, line.term, line.payment_term, line.frequency)
        base = self.priced.get(line.base_key) if line.base_key else None
        result = price(self.catalog, insured, request, self.as_of, base)
        return result if isinstance(result, PricedCover) else None

    def _options(self, person: PersonNeeds, benefit: Benefit, missing: Decimal,
                 insured: Insured) -> list[tuple[PlanLine, PricedCover]]:
        """Eligible ways to cover the benefit, best first: long enough, then cheapest."""
        horizon = self._horizon(person, benefit)
        options = []
        for product, base_key in self._candidates(person.key, benefit):
            rule = product.sum_assured
            if rule is None:
                continue
            sum_assured = rule.round_up(missing)
            for term, payment_term in self._term_choices(product, base_key):
                line = PlanLine(f"s{len(self.lines) + 1}", person.key, product.code, sum_assured, term,
                                payment_term, self.frequency, base_key)
                cover = self._price(line)
                if cover is not None:
                    options.append((line, cover))
        long_enough = [o for o in options if o[1].term >= horizon]
        if long_enough:
            return sorted(long_enough, key=lambda o: o[1].annual_premium)
        return sorted(options, key=lambda o: (-o[1].term, o[1].annual_premium))

    def _candidates(self, person_key: str, benefit: str) -> list[tuple[Product, str | None]]:
        found: list[tuple[Product, str | None]] = [
            (p, None) for p in self.catalog.base_products() if benefit in p.benefits]
        for line in self.lines:
            if line.insured_key != person_key or line.base_key is not None:
                continue
            for rider in self.catalog.riders_of(self.catalog.products[line.product_code]):
                taken = any(o.base_key == line.key and o.product_code == rider.code for o in self.lines)
                if benefit in rider.benefits and not taken:
                    found.append((rider, line.key))
        return found

    def _term_choices(self, product: Product, base_key: str | None) -> list[tuple[int | None, int | None]]:
        if base_key is not None:
            return [(None, None)]
        terms: list[int | None] = list(product.terms) or [None]
        payment_terms: list[int | None] = list(product.payment_terms) or [None]
        return [(t, pt) for t in terms for pt in payment_terms]

    def _horizon(self, person: PersonNeeds, benefit: Benefit) -> int:
        """Years the cover should last (see the module's method, step 3)."""
        if benefit in (Benefit.MEDICAL, Benefit.RETIREMENT, Benefit.EDUCATION) or person.age is None:
            return 0
        a = self.needs.assumptions
        if person.age < 18:
            return max(0, a.independence_age - person.age)
        if benefit is Benefit.DEATH:
            years = [line.params.get("years") for line in person.gap_for(benefit).lines
                     if line.code == "income_replacement"]
            if years and isinstance(years[0], int):
                return max(MIN_ADULT_HORIZON, years[0])
        return max(MIN_ADULT_HORIZON, min(ADULT_COVER_YEARS, a.retirement_age - person.age))

    def choice(self, person: PersonNeeds, benefit: Benefit, plan: PricedPlan) -> Choice:
        gap = person.gap_for(benefit).gap
        covered = plan.cover(person.key, benefit)
        line = self._line_for(person.key, benefit)
        code = line.product_code if line else None
        if covered >= gap:
            return Choice(person.key, person.name, benefit, gap, covered, code, "covered", "")
        reason = self.blocked.get((person.key, benefit), "budget")
        if line is not None:
            rule = self.priced[line.key].product.sum_assured
            if rule is not None and self.priced[line.key].sum_assured >= rule.maximum:
                reason = "product_maximum"
        outcome = "partly_covered" if covered > 0 else "not_covered"
        return Choice(person.key, person.name, benefit, gap, covered, code, outcome, reason,
                      {"budget_left": self.left()})


_BENEFIT_WORDS = {
    "death": "death cover", "critical_illness": "critical illness cover", "medical": "medical cover",
    "accident": "accident cover", "retirement": "retirement savings", "education": "education savings",
}
_REASONS = {
    "budget": "the budget ran out",
    "product_maximum": "the product's largest sum assured was reached",
    "no_eligible_product": "no product in the catalog accepts this person for it",
}


def describe_choice(choice: Choice, product_name: Mapping[str, str]) -> str:
    """One plain English sentence; the UI's translations key on `outcome` and `reason`."""
    what = f"{choice.person_name}: {_BENEFIT_WORDS.get(choice.benefit, choice.benefit)}"
    product = product_name.get(choice.product_code or "", choice.product_code or "")
    gap, covered, left = (_amount(x) for x in (choice.gap, choice.covered, choice.left))
    if choice.outcome == "covered":
        return f"{what} gap of {gap} fully covered with {product} ({covered})."
    if choice.outcome == "partly_covered":
        return f"{what} gap of {gap} covered {covered} with {product}; {left} left because {_REASONS[choice.reason]}."
    return f"{what} gap of {gap} not covered because {_REASONS[choice.reason]}."


def _amount(value: Decimal) -> str:
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,}"
