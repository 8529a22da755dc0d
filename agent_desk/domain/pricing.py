"""Premiums from a catalog, exactly as DESIGN §3 states the rules.

The quote command, the plan designer and the PDF all price through `price`:
one product (or rider on its priced base) for one insured person. A cover
the catalog cannot price is `NotEligible` with its reasons, never a zero or
a guessed premium.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from agent_desk.domain.catalog import AgeBasis, Catalog, PremiumBasis, Product
from agent_desk.domain.clients import PaymentFrequency

THOUSAND = Decimal(1000)
HUNDRED = Decimal(100)
FREQUENCIES = tuple(f.value for f in PaymentFrequency)


@dataclass(frozen=True)
class Insured:
    sex: str  # "F" or "M"
    birth_date: date
    smoker: bool = False


@dataclass(frozen=True)
class CoverRequest:
    """What the agent asks for; None leaves a choice to the product when it has only one."""

    product_code: str
    sum_assured: Decimal | None = None
    term: int | None = None
    payment_term: int | None = None
    frequency: str = "annual"


@dataclass(frozen=True)
class PricedCover:
    product: Product
    age: int
    sum_assured: Decimal | None  # None: a percent-of-base rider
    term: int  # years of cover; to-expiry products: up to max_expiry_age
    payment_term: int
    frequency: str
    annual_premium: Decimal
    modal_premium: Decimal

    @property
    def code(self) -> str:
        return self.product.code


@dataclass(frozen=True)
class NotEligible:
    product_code: str
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


Priced = PricedCover | NotEligible


@dataclass(frozen=True)
class Quote:
    base: PricedCover
    riders: tuple[PricedCover, ...]
    currency: str

    @property
    def total_annual_premium(self) -> Decimal:
        return self.base.annual_premium + sum((r.annual_premium for r in self.riders), Decimal(0))

    @property
    def total_modal_premium(self) -> Decimal:
        return self.base.modal_premium + sum((r.modal_premium for r in self.riders), Decimal(0))


def birthday_in(year: int, birth_date: date) -> date:
    """The birthday in a year; 29 February falls on 28 February in common years."""
    if (birth_date.month, birth_date.day) == (2, 29) and not calendar.isleap(year):
        return date(year, 2, 28)
    return birth_date.replace(year=year)


def add_months(day: date, months: int) -> date:
    """Calendar months later; a day past the end of the month falls on its last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def age_at(birth_date: date, as_of: date, basis: AgeBasis | str = AgeBasis.LAST_BIRTHDAY) -> int:
    """Insurance age: completed years, or nearest birthday by the six-month rule."""
    last = birthday_in(as_of.year, birth_date)
    if last > as_of:
        last = birthday_in(as_of.year - 1, birth_date)
    age = last.year - birth_date.year
    if basis == AgeBasis.NEAREST_BIRTHDAY and as_of >= add_months(last, 6):
        age += 1
    return age


def price(catalog: Catalog, insured: Insured, request: CoverRequest, as_of: date,
          base: PricedCover | None = None) -> Priced:
    """Price one cover; a rider is priced on its already priced `base`."""
    product = catalog.product(request.product_code)
    if product is None:
        return NotEligible(request.product_code,
                           (f"no product {request.product_code} in catalog {catalog.catalog_id} {catalog.version}",))
    if insured.birth_date > as_of:
        return NotEligible(product.code, ("the birth date is after the quote date",))
    age = age_at(insured.birth_date, as_of, catalog.age_basis)
    if product.is_rider:
        return _price_rider(catalog, product, insured, age, request, base)
    if base is not None:
        return NotEligible(product.code, (f"{product.code} is a base product, not a rider",))
    return _price_base(catalog, product, insured, age, request)


def quote(catalog: Catalog, insured: Insured, request: CoverRequest,
          riders: Sequence[tuple[str, Decimal | None]], as_of: date) -> Quote | NotEligible:
    """A base product with its riders; any refusal refuses the quote, naming the part."""
    base = price(catalog, insured, request, as_of)
    if isinstance(base, NotEligible):
        return base
    priced_riders = []
    for code, rider_sum in riders:
        rider = price(catalog, insured, CoverRequest(code, rider_sum, frequency=request.frequency), as_of, base)
        if isinstance(rider, NotEligible):
            return NotEligible(code, tuple(f"rider {code}: {reason}" for reason in rider.reasons))
        priced_riders.append(rider)
    return Quote(base, tuple(priced_riders), catalog.currency)


def _price_base(catalog: Catalog, product: Product, insured: Insured, age: int,
                request: CoverRequest) -> Priced:
    reasons = _age_reasons(product, age)
    term, payment_term, term_reasons = _terms(product, age, request)
    reasons += term_reasons
    if request.sum_assured is None:
        reasons.append("a sum assured is required")
    elif product.sum_assured is not None and (problem := product.sum_assured.problem(request.sum_assured)):
        reasons.append(problem)
    reasons += _frequency_reasons(product, request.frequency)
    if reasons:
        return NotEligible(product.code, tuple(reasons))
    rate = _rate(product, insured, age, term, payment_term)
    if isinstance(rate, str):
        return NotEligible(product.code, (rate,))
    annual = catalog.rounding(request.sum_assured / THOUSAND * rate + product.policy_fee)
    return _priced(catalog, product, age, request.sum_assured, term, payment_term, request.frequency, annual)


def _price_rider(catalog: Catalog, rider: Product, insured: Insured, age: int, request: CoverRequest,
                 base: PricedCover | None) -> Priced:
    if base is None:
        return NotEligible(rider.code, (f"{rider.code} is a rider and needs a base product",))
    if rider.code not in base.product.riders:
        return NotEligible(rider.code, (f"{base.code} does not take the {rider.code} rider",))
    reasons = _age_reasons(rider, age)
    if age + base.term > rider.max_expiry_age:
        reasons.append(f"age {age} plus the base's term {base.term} passes the rider's expiry age "
                       f"{rider.max_expiry_age}")
    reasons += _frequency_reasons(rider, base.frequency)
    sum_assured = None
    if rider.basis == PremiumBasis.PER_1000_SUM_ASSURED:
        sum_assured = request.sum_assured if request.sum_assured is not None else base.sum_assured
        if sum_assured is None:
            reasons.append("a sum assured is required")
        elif rider.sum_assured is not None and (problem := rider.sum_assured.problem(sum_assured)):
            reasons.append(problem)
    elif request.sum_assured is not None:
        reasons.append(f"{rider.code} is priced on the base premium and takes no sum assured")
    if reasons:
        return NotEligible(rider.code, tuple(reasons))
    rate = _rate(rider, insured, age, base.term, base.payment_term)
    if isinstance(rate, str):
        return NotEligible(rider.code, (rate,))
    if sum_assured is None:
        annual = catalog.rounding(base.annual_premium * rate / HUNDRED + rider.policy_fee)
    else:
        annual = catalog.rounding(sum_assured / THOUSAND * rate + rider.policy_fee)
    return _priced(catalog, rider, age, sum_assured, base.term, base.payment_term, base.frequency, annual)


def _priced(catalog: Catalog, product: Product, age: int, sum_assured: Decimal | None, term: int,
            payment_term: int, frequency: str, annual: Decimal) -> PricedCover:
    modal = catalog.rounding(annual * product.modal_factors[frequency])
    return PricedCover(product, age, sum_assured, term, payment_term, frequency, annual, modal)


def _age_reasons(product: Product, age: int) -> list[str]:
    if product.issue_age_min <= age <= product.issue_age_max:
        return []
    return [f"age {age} is outside the issue ages {product.issue_age_min}–{product.issue_age_max}"]


def _terms(product: Product, age: int, request: CoverRequest) -> tuple[int, int, list[str]]:
    """The term and payment term asked for, or the product's only choice, with any reasons against them."""
    reasons: list[str] = []
    if product.terms:
        term = request.term if request.term is not None else (product.terms[0] if len(product.terms) == 1 else 0)
        if request.term is None and len(product.terms) > 1:
            reasons.append(f"choose a term: {_listed(product.terms)}")
        elif term not in product.terms:
            reasons.append(f"a term of {term} years is not offered ({_listed(product.terms)})")
        elif age + term > product.max_expiry_age:
            reasons.append(f"age {age} plus term {term} passes the expiry age {product.max_expiry_age}")
    else:
        term = product.max_expiry_age - age
        if request.term is not None and request.term != term:
            reasons.append(f"{product.code} covers to age {product.max_expiry_age} and has no term to choose")
    if not product.payment_terms:
        payment_term = term
        if request.payment_term is not None and request.payment_term != term:
            reasons.append(f"{product.code} is paid over its whole term")
        return term, payment_term, reasons
    payment_term = request.payment_term if request.payment_term is not None else (
        product.payment_terms[0] if len(product.payment_terms) == 1 else 0)
    if request.payment_term is None and len(product.payment_terms) > 1:
        reasons.append(f"choose a payment term: {_listed(product.payment_terms)}")
    elif payment_term not in product.payment_terms:
        reasons.append(f"a payment term of {payment_term} years is not offered ({_listed(product.payment_terms)})")
    elif payment_term > term > 0 or age + payment_term > product.max_expiry_age:
        reasons.append(f"a payment term of {payment_term} years is longer than the cover")
    return term, payment_term, reasons


def _frequency_reasons(product: Product, frequency: str) -> list[str]:
    if frequency in product.modal_factors:
        return []
    return [f"{frequency} payment is not offered ({_listed(product.modal_factors)})"]


def _rate(product: Product, insured: Insured, age: int, term: int, payment_term: int) -> Decimal | str:
    values = {"sex": insured.sex, "smoker": insured.smoker, "age": age, "term": term, "payment_term": payment_term}
    rate = product.rates.lookup(values)
    if rate is None:
        return f"no rate for {product.rates.describe(values)}"
    return rate


def _listed(values: object) -> str:
    return ", ".join(str(v) for v in values)  # type: ignore[attr-defined]
