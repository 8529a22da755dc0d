"""Combined plans on the demo catalog: riders on their priced base, problems kept
on their line, the yearly outlay against a budget, cover per person and benefit,
and the side-by-side comparison of alternatives."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from agent_desk.domain.catalog import Catalog, load_catalog
from agent_desk.domain.planner import (
    PAYMENTS_PER_YEAR,
    Alternative,
    Budget,
    PlanLine,
    PlanPerson,
    PricedLine,
    PricedPlan,
    compare,
    price_plan,
)
from agent_desk.domain.pricing import CoverRequest, Insured, NotEligible, PricedCover, price

DEMO = Path(__file__).resolve().parents[2] / "resources" / "catalogs" / "demo.json"
AS_OF = date(2025, 6, 1)
D = Decimal

HEAD_INSURED = Insured("M", date(1985, 1, 15))  # 40 on AS_OF
HEAD = PlanPerson("head", "Wang Dahua", HEAD_INSURED)
SPOUSE = PlanPerson("spouse", "Lin Meiling", Insured("F", date(1987, 3, 10)))  # 38
CHILD = PlanPerson("child", "Wang Xiaoming", Insured("F", date(2017, 2, 1)))  # 8
UNKNOWN = PlanPerson("grandma", "Chen Yu", None)  # sex and birth date not recorded
PEOPLE = {p.key: p for p in (HEAD, SPOUSE, CHILD, UNKNOWN)}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(DEMO)


def plan(catalog: Catalog, *lines: PlanLine) -> PricedPlan:
    return price_plan(catalog, PEOPLE, lines, AS_OF)


def at(result: PricedPlan, key: str) -> PricedLine:
    line = result.line(key)
    assert line is not None, key
    return line


def priced(result: PricedCover | NotEligible) -> PricedCover:
    assert isinstance(result, PricedCover), result
    return result


def term_life(key: str = "tl", who: str = "head", sum_assured: str = "2000000", frequency: str = "annual",
              product: str = "TL20", term: int = 20) -> PlanLine:
    return PlanLine(key, who, product, D(sum_assured), term, frequency=frequency)


# --- riders -----------------------------------------------------------------------------

def test_riders_are_priced_on_their_priced_base(catalog: Catalog) -> None:
    # Riders listed before their base on purpose: the plan prices bases first, keeps the order.
    adb = PlanLine("adb", "head", "ADB", base_key="tl")
    wp = PlanLine("wp", "head", "WP", base_key="tl")
    result = plan(catalog, adb, wp, term_life())

    assert [p.line.key for p in result.lines] == ["adb", "wp", "tl"]
    assert all(p.eligible for p in result.lines), [p.reason for p in result.lines]
    base = priced(price(catalog, HEAD_INSURED, CoverRequest("TL20", D(2000000), 20), AS_OF))
    assert at(result, "tl").result == base
    expected_adb = priced(price(catalog, HEAD_INSURED, CoverRequest("ADB"), AS_OF, base))
    assert at(result, "adb").result == expected_adb
    # A per-1000 rider without a sum takes the base's sum; every rider takes the base's term.
    assert (expected_adb.sum_assured, expected_adb.term) == (D(2000000), 20)
    wp_rate = catalog.products["WP"].rates.lookup({"age": 40, "sex": "M"})
    assert wp_rate is not None
    wp_cover = priced(at(result, "wp").result)
    assert wp_cover.sum_assured is None and wp_cover.term == 20
    assert wp_cover.annual_premium == catalog.rounding(base.annual_premium * wp_rate / 100)


def test_a_rider_with_its_own_sum_is_priced_on_that_sum(catalog: Catalog) -> None:
    result = plan(catalog, term_life(), PlanLine("adb", "head", "ADB", D(500000), base_key="tl"))
    adb = priced(at(result, "adb").result)
    assert adb.sum_assured == D(500000)
    rate = catalog.products["ADB"].rates.lookup({"age": 40})
    assert rate is not None
    assert adb.annual_premium == catalog.rounding(D(500) * rate)


def test_a_rider_on_an_ineligible_base_is_not_eligible_with_a_reason(catalog: Catalog) -> None:
    result = plan(catalog, term_life(sum_assured="123"), PlanLine("adb", "head", "ADB", base_key="tl"))
    assert not at(result, "tl").eligible
    assert "below the minimum" in at(result, "tl").reason
    rider = at(result, "adb")
    assert rider is not None and not rider.eligible
    assert rider.reason == "its base product is not eligible"
    assert rider.annual_premium is None and rider.modal_premium is None and rider.yearly_outlay == 0


def test_a_rider_whose_base_is_missing_is_not_eligible_with_a_reason(catalog: Catalog) -> None:
    result = plan(catalog, PlanLine("adb", "head", "ADB", base_key="gone"))
    assert at(result, "adb").reason == "its base product is no longer in the plan"
    assert result.ineligible == [at(result, "adb")]


def test_a_rider_on_another_persons_base_is_not_eligible(catalog: Catalog) -> None:
    result = plan(catalog, term_life(who="head"), PlanLine("adb", "spouse", "ADB", base_key="tl"))
    assert at(result, "tl").eligible
    assert at(result, "adb").reason == "a rider must insure the same person as its base"


def test_a_rider_the_base_does_not_list_is_not_eligible(catalog: Catalog) -> None:
    result = plan(catalog, term_life(), PlanLine("hc", "head", "HC", D(2000), base_key="tl"))
    assert not at(result, "hc").eligible
    assert "TL20 does not take the HC rider" in at(result, "hc").reason


def test_a_rider_without_a_base_is_not_eligible(catalog: Catalog) -> None:
    result = plan(catalog, PlanLine("adb", "head", "ADB", D(500000)))
    assert "needs a base product" in at(result, "adb").reason


# --- people -----------------------------------------------------------------------------

def test_a_person_without_sex_or_birth_date_gets_a_reason(catalog: Catalog) -> None:
    result = plan(catalog, term_life(who="grandma", product="TL10", term=10), term_life("ok"))
    line = at(result, "tl")
    assert line is not None and not line.eligible
    assert line.reason == "Chen Yu's sex and birth date are needed to price cover"
    assert at(result, "ok").eligible  # one problem stays on its own line


def test_a_line_for_someone_outside_the_household_gets_a_reason(catalog: Catalog) -> None:
    result = plan(catalog, term_life(who="stranger"))
    assert at(result, "tl").reason == "the insured person is not in this plan's household"


def test_a_child_below_the_issue_age_is_not_eligible_and_says_so(catalog: Catalog) -> None:
    result = plan(catalog, PlanLine("pa", "child", "PA10", D(500000), 10))
    assert "age 8 is outside the issue ages 18–65" in at(result, "pa").reason


# --- money ------------------------------------------------------------------------------

def test_yearly_outlay_is_each_modal_premium_times_payments_a_year(catalog: Catalog) -> None:
    lines = [
        term_life("monthly", frequency="monthly"),
        term_life("quarterly", who="spouse", frequency="quarterly"),
        term_life("semiannual", who="spouse", product="TL10", term=10, frequency="semiannual"),
        PlanLine("med", "child", "MED10", D(500000), 10, frequency="annual"),
        PlanLine("adb", "head", "ADB", base_key="monthly"),  # a rider pays as often as its base
        term_life("bad", who="grandma", frequency="monthly"),  # ineligible: adds nothing
    ]
    result = plan(catalog, *lines)

    expected = D(0)
    for p in result.lines:
        if p.eligible:
            cover = priced(p.result)
            assert p.yearly_outlay == cover.modal_premium * PAYMENTS_PER_YEAR[cover.frequency]
            expected += p.yearly_outlay
    monthly = at(result, "monthly")
    assert monthly is not None and monthly.yearly_outlay == monthly.modal_premium * 12  # type: ignore[operator]
    assert priced(at(result, "adb").result).frequency == "monthly"
    assert at(result, "adb").yearly_outlay == at(result, "adb").modal_premium * 12  # type: ignore[operator]
    assert result.yearly_outlay == expected
    assert result.total_annual_premium == sum(
        (p.annual_premium for p in result.lines if p.eligible), D(0))  # type: ignore[misc]
    assert at(result, "bad").yearly_outlay == 0
    # Monthly payments cost more than the annual premium (factor 0.088 × 12 = 1.056).
    assert monthly.yearly_outlay > monthly.annual_premium  # type: ignore[operator]


def test_the_same_cover_paid_monthly_or_annually(catalog: Catalog) -> None:
    annual = plan(catalog, term_life(frequency="annual"))
    monthly = plan(catalog, term_life(frequency="monthly"))
    assert annual.total_annual_premium == monthly.total_annual_premium
    assert annual.yearly_outlay == annual.total_annual_premium
    assert monthly.yearly_outlay == catalog.rounding(annual.total_annual_premium * D("0.088")) * 12


def test_budget_yearly_for_monthly_and_annual_budgets(catalog: Catalog) -> None:
    assert Budget(D(5000), "monthly").yearly == D(60000)
    assert Budget(D(100000), "annual").yearly == D(100000)
    assert Budget(D(100000)).yearly == D(100000)  # annual unless told
    result = plan(catalog, term_life(frequency="monthly"))
    assert Budget(D(5000), "monthly").used_share(result) == result.yearly_outlay / D(60000)
    assert Budget(D(0), "annual").used_share(result) == 0


def test_cover_sums_only_eligible_lines_of_that_benefit(catalog: Catalog) -> None:
    result = plan(
        catalog,
        term_life("tl20", sum_assured="2000000"),
        term_life("tl10", sum_assured="500000", product="TL10", term=10),
        term_life("too_big", sum_assured="40000000", product="TL30", term=30),  # above the maximum
        PlanLine("ci", "head", "CI20", D(1000000), 20),
        PlanLine("adb", "head", "ADB", base_key="tl20"),
        term_life("spouse_tl", who="spouse", sum_assured="700000"),
    )
    assert not at(result, "too_big").eligible
    assert result.cover("head", "death") == D(2500000)
    assert result.cover("head", "critical_illness") == D(1000000)
    assert result.cover("head", "accident") == D(2000000)  # the ADB rider on the base's sum
    assert result.cover("head", "medical") == 0
    assert result.cover("spouse", "death") == D(700000)
    assert result.cover("child", "death") == 0


# --- comparing alternatives -------------------------------------------------------------

def alternatives(catalog: Catalog, count: int) -> list[Alternative]:
    sums = ["1000000", "2000000", "3000000", "4000000"]
    return [Alternative(f"Option {i + 1}", plan(catalog, term_life(sum_assured=sums[i], frequency="monthly"),
                                                 PlanLine("med", "child", "MED10", D(500000), 10)))
            for i in range(count)]


def test_compare_two_alternatives_side_by_side(catalog: Catalog) -> None:
    alts = alternatives(catalog, 2)
    budget = Budget(D(5000), "monthly")
    rows = compare(alts, [HEAD, SPOUSE, CHILD], ["death", "medical"], budget)
    by_key = {row.key: row for row in rows}

    assert [row.key for row in rows] == ["lines", "total_annual", "yearly_outlay", "budget_used",
                                         "cover:head:death", "cover:child:medical"]  # no all-zero rows
    assert by_key["lines"].values == (2, 2)
    assert by_key["total_annual"].values == tuple(a.plan.total_annual_premium for a in alts)
    assert by_key["yearly_outlay"].values == tuple(a.plan.yearly_outlay for a in alts)
    assert by_key["budget_used"].values == tuple(a.plan.yearly_outlay / D(60000) for a in alts)
    assert by_key["cover:head:death"].values == (D(1000000), D(2000000))
    assert by_key["cover:head:death"].params == {"person": "Wang Dahua", "benefit": "death"}
    assert by_key["cover:child:medical"].values == (D(500000), D(500000))


def test_compare_three_alternatives_without_a_budget(catalog: Catalog) -> None:
    rows = compare(alternatives(catalog, 3), [HEAD], ["death"])
    assert [row.key for row in rows] == ["lines", "total_annual", "yearly_outlay", "cover:head:death"]
    assert rows[-1].values == (D(1000000), D(2000000), D(3000000))


def test_compare_refuses_a_fourth_alternative(catalog: Catalog) -> None:
    with pytest.raises(ValueError, match="at most 3"):
        compare(alternatives(catalog, 4), [HEAD], ["death"])
