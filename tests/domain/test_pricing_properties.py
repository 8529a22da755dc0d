"""Properties of premiums (DESIGN §3) over the formula catalog in catalog_samples:
TL (base, rates rising with age and term), ADB (per 1,000, by age), WP (percent of base, by sex and age)."""

from __future__ import annotations

import decimal
from datetime import date, timedelta
from decimal import Decimal

from catalog_samples import formula_catalog, load
from hypothesis import event, given, settings
from hypothesis import strategies as st

from agent_desk.domain.catalog import Catalog
from agent_desk.domain.pricing import CoverRequest, Insured, NotEligible, Quote, quote

AS_OF = date(2026, 6, 1)
FREQUENCIES = ("annual", "semiannual", "quarterly", "monthly")
MODES = (decimal.ROUND_CEILING, decimal.ROUND_DOWN, decimal.ROUND_FLOOR, decimal.ROUND_HALF_DOWN,
         decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_UP, decimal.ROUND_05UP)
CATALOG = load(formula_catalog())
CATALOGS: dict[tuple[str, str], Catalog] = {}

PROPERTY = settings(max_examples=200, deadline=None)


def catalog_rounding(places: str, mode: str) -> Catalog:
    if (places, mode) not in CATALOGS:
        CATALOGS[places, mode] = load(formula_catalog(places, mode))
    return CATALOGS[places, mode]


def born_aged(age: int, days_after_birthday: int) -> date:
    """A birth date giving `age` (last birthday) on AS_OF; 0 ≤ days_after_birthday < 365."""
    birthday = AS_OF - timedelta(days=days_after_birthday)
    return birthday.replace(year=birthday.year - age)


def on_step(steps: int) -> Decimal:
    """A sum assured the base product allows: 100,000 plus a multiple of 10,000 (up to 10,000,000)."""
    return Decimal(100_000 + 10_000 * steps)


sexes = st.sampled_from(["F", "M"])
frequencies = st.sampled_from(FREQUENCIES)
days = st.integers(0, 364)
# Anyone asking for anything: most of these break one rule or more.
ages = st.one_of(st.integers(18, 60), st.integers(0, 90))
insureds = st.builds(lambda sex, age, day, smoker: Insured(sex, born_aged(age, day), smoker),
                     sexes, ages, days, st.booleans())
terms = st.one_of(st.sampled_from([10, 20, 30]), st.sampled_from([None, 5, 40]))
sums = st.one_of(st.integers(0, 990).map(on_step), st.integers(1, 12_000_000).map(Decimal))
riders_asked = st.one_of(
    st.lists(st.sampled_from([("ADB", None), ("WP", None)]), max_size=2, unique=True),
    st.lists(st.sampled_from([("ADB", None), ("ADB", Decimal(200_000)), ("ADB", Decimal(6_000_000)),
                              ("WP", None), ("WP", Decimal(100_000)), ("TL", None), ("XX", None)]), max_size=3))
# Within the base's issue ages, terms and sums: most are eligible, some fail on expiry age or a rider.
near_insureds = st.builds(lambda sex, age, day, smoker: Insured(sex, born_aged(age, day), smoker),
                          sexes, st.integers(18, 60), days, st.booleans())
near_terms = st.sampled_from([10, 20, 30])
near_sums = st.integers(0, 990).map(on_step)
near_riders = st.lists(st.sampled_from([("ADB", None), ("WP", None), ("ADB", Decimal(300_000))]), max_size=2,
                       unique_by=lambda rider: rider[0])


@st.composite
def eligible_people(draw: st.DrawFn) -> tuple[Insured, int, int]:
    """(insured, term, age): someone the base TL covers for the term: age 18–50 (50 + 30 ≤ 80)."""
    age = draw(st.integers(18, 50))
    insured = Insured(draw(sexes), born_aged(age, draw(days)), draw(st.booleans()))
    return insured, draw(st.sampled_from([10, 20, 30])), age


def riders_for(age: int, term: int) -> list[tuple[str, None]]:
    """The riders this person can take with the term: ADB to age 70, WP from 18–55 to age 65."""
    riders = [("ADB", None)] if age + term <= 70 else []
    return riders + [("WP", None)] if age <= 55 and age + term <= 65 else riders


def quoted(catalog: Catalog, insured: Insured, sum_assured: Decimal, term: int, frequency: str,
           riders: list = ()) -> Quote:
    result = quote(catalog, insured, CoverRequest("TL", sum_assured, term, frequency=frequency), list(riders), AS_OF)
    assert isinstance(result, Quote), result
    return result


@PROPERTY
@given(eligible_people(), frequencies, st.integers(0, 990), st.integers(0, 990), st.sampled_from(MODES),
       st.sampled_from(["0.01", "1"]))
def test_the_premium_never_falls_as_the_sum_assured_rises(
        person: tuple[Insured, int, int], frequency: str, steps_a: int, steps_b: int, mode: str,
        places: str) -> None:
    insured, term, _ = person
    low, high = sorted([on_step(steps_a), on_step(steps_b)])
    catalog = catalog_rounding(places, mode)
    smaller, larger = (quoted(catalog, insured, amount, term, frequency) for amount in (low, high))
    assert smaller.base.annual_premium <= larger.base.annual_premium
    assert smaller.base.modal_premium <= larger.base.modal_premium


@PROPERTY
@given(eligible_people(), frequencies, st.integers(0, 490), st.integers(0, 490))
def test_the_total_with_riders_never_falls_as_the_sum_assured_rises(
        person: tuple[Insured, int, int], frequency: str, steps_a: int, steps_b: int) -> None:
    """ADB takes the base's sum (≤ 5,000,000 here); WP follows the base premium."""
    insured, term, age = person
    low, high = sorted([on_step(steps_a), on_step(steps_b)])
    riders = riders_for(age, term)
    smaller, larger = (quoted(CATALOG, insured, amount, term, frequency, riders) for amount in (low, high))
    assert smaller.total_annual_premium <= larger.total_annual_premium
    assert smaller.total_modal_premium <= larger.total_modal_premium


@PROPERTY
@given(near_insureds, near_terms, near_sums, frequencies, near_riders)
def test_every_eligible_quote_is_positive(insured: Insured, term: int | None, sum_assured: Decimal,
                                          frequency: str, riders: list) -> None:
    result = quote(CATALOG, insured, CoverRequest("TL", sum_assured, term, frequency=frequency), riders, AS_OF)
    event(type(result).__name__)
    if isinstance(result, NotEligible):
        return
    for part in (result.base, *result.riders):
        assert part.annual_premium > 0, part
        assert part.modal_premium > 0, part
    assert result.total_annual_premium > 0 and result.total_modal_premium > 0


@PROPERTY
@given(insureds, terms, sums, frequencies, riders_asked, st.sampled_from(["TL", "TL", "ADB", "WP", "NOPE"]))
def test_every_refusal_gives_a_reason(insured: Insured, term: int | None, sum_assured: Decimal, frequency: str,
                                      riders: list, product: str) -> None:
    result = quote(CATALOG, insured, CoverRequest(product, sum_assured, term, frequency=frequency), riders, AS_OF)
    event(type(result).__name__)
    if isinstance(result, Quote):
        return
    assert result.reasons
    assert all(isinstance(reason, str) and reason.strip() for reason in result.reasons)
    assert result.reason.strip()


@PROPERTY
@given(eligible_people(), frequencies, st.integers(0, 490), st.sampled_from(MODES), st.sampled_from(MODES),
       st.sampled_from(["0.01", "1"]))
def test_another_rounding_mode_moves_a_premium_by_at_most_one_rounding_unit(
        person: tuple[Insured, int, int], frequency: str, steps: int, mode_a: str, mode_b: str, places: str) -> None:
    """A per-1,000 annual premium rounds one exact amount, so two modes differ by at most one unit.
    A modal premium (annual × factor) and a percent-of-base premium (base premium × rate) round an amount
    that was rounded already, so there two modes may differ by up to two units."""
    insured, term, age = person
    riders = riders_for(age, term)
    a, b = (quoted(catalog_rounding(places, mode), insured, on_step(steps), term, frequency, riders)
            for mode in (mode_a, mode_b))
    unit = Decimal(places)
    for part_a, part_b in zip((a.base, *a.riders), (b.base, *b.riders), strict=True):
        rounded_once = part_a.code != "WP"
        assert abs(part_a.annual_premium - part_b.annual_premium) <= (unit if rounded_once else 2 * unit)
        assert abs(part_a.modal_premium - part_b.modal_premium) <= 2 * unit


@PROPERTY
@given(near_insureds, near_terms, near_sums, frequencies, near_riders, st.sampled_from(MODES),
       st.sampled_from(["0.01", "1"]))
def test_totals_are_the_sums_of_the_rounded_parts(insured: Insured, term: int, sum_assured: Decimal,
                                                  frequency: str, riders: list, mode: str, places: str) -> None:
    catalog = catalog_rounding(places, mode)
    result = quote(catalog, insured, CoverRequest("TL", sum_assured, term, frequency=frequency), riders, AS_OF)
    event(type(result).__name__)
    if isinstance(result, NotEligible):
        return
    parts = (result.base, *result.riders)
    for part in parts:  # each part is already rounded to the catalog's places
        assert part.annual_premium == part.annual_premium.quantize(Decimal(places))
        assert part.modal_premium == part.modal_premium.quantize(Decimal(places))
    assert result.total_annual_premium == sum(p.annual_premium for p in parts)
    assert result.total_modal_premium == sum(p.modal_premium for p in parts)
