"""The benefit illustration and the premium schedule (domain/illustration.py) on a small catalog
written here, so every expected figure is worked out by hand from the rates and cash values below.

Rules under test: premiums only within the payment term (a rider's follow its base), the premium of a
year is the modal premium times the payments a year, accident-only riders stay out of the death column,
cash values are per 1,000 sum assured rounded per line by the catalog's rule and summed, None where no
table has a value, shown years 1…10 then every 5th and the last, the cumulative premium counts the
years not shown, and the schedule runs identical years together."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from catalog_samples import load

from agent_desk.domain.catalog import Catalog
from agent_desk.domain.illustration import (
    Illustration,
    IllustrationRow,
    ScheduleRow,
    illustrate,
    premium_schedule,
    shown_years,
)
from agent_desk.domain.planner import PlanLine, PlanPerson, PricedPlan, price_plan
from agent_desk.domain.pricing import Insured

D = Decimal
AS_OF = date(2025, 6, 1)
HER = Insured("F", date(1990, 3, 15))  # 35 on AS_OF
HIM = Insured("M", date(1985, 1, 10))  # 40 on AS_OF
PEOPLE = {"her": PlanPerson("her", "Lin Meiling", HER), "him": PlanPerson("him", "Wang Dahua", HIM),
          "nobody": PlanPerson("nobody", "Chen Yu", None)}
MODAL = {"annual": "1", "semiannual": "0.52", "quarterly": "0.262", "monthly": "0.088"}
PER_YEAR = {"annual": 1, "semiannual": 2, "quarterly": 4, "monthly": 12}

# WL (whole life to age 50) for her, paid over 5 years: cash value per 1,000 for years 1…10 only.
WL_CASH = {1: "12.342", 2: "80.1", 3: "150", 4: "222.222", 5: "300", 6: "310", 7: "320", 8: "330", 9: "340",
           10: "350"}
# SAV (10-year savings, retirement benefit): cash value per 1,000 every year, chosen to need rounding.
SAV_CASH = {year: f"{100 * year}.003" for year in range(1, 11)}


def rider(code: str, benefits: list[str], rates: list[list[Any]], keys: list[str],
          basis: str = "per_1000_sum_assured") -> dict[str, Any]:
    product: dict[str, Any] = {
        "code": code, "kind": code.lower(), "rider": True, "names": {"en": code}, "benefits": benefits,
        "issue_age": {"min": 18, "max": 60}, "max_expiry_age": 80,
        "premium": {"basis": basis, "rates": {"keys": keys, "rows": rates}, "policy_fee": "0",
                    "modal_factors": dict(MODAL)}}
    if basis == "per_1000_sum_assured":
        product["sum_assured"] = {"min": "100000", "max": "5000000", "step": "10000"}
    return product


def illustration_catalog(mode: str = "ROUND_HALF_UP") -> dict[str, Any]:
    """Whole units, so rounding shows in every figure."""
    return {
        "catalog_id": "illustration", "version": "1", "currency": "TWD", "age_basis": "last_birthday",
        "rounding": {"places": "1", "mode": mode},
        "products": [
            {"code": "TL", "kind": "term_life", "names": {"en": "Term Life"}, "benefits": ["death"],
             "issue_age": {"min": 18, "max": 60}, "max_expiry_age": 80, "terms": [10, 20],
             "sum_assured": {"min": "100000", "max": "10000000", "step": "10000"},
             "premium": {"basis": "per_1000_sum_assured",
                         "rates": {"keys": ["sex", "age", "term"],
                                   "rows": [["F", 35, 10, "1.20"], ["F", 35, 20, "1.85"],
                                            ["M", 40, 10, "2.10"], ["M", 40, 20, "3.30"]]},
                         "policy_fee": "30", "modal_factors": dict(MODAL)},
             "riders": ["ADB", "WP", "CIR"]},
            {"code": "WL", "kind": "whole_life", "names": {"en": "Whole Life"}, "benefits": ["death"],
             "issue_age": {"min": 0, "max": 45}, "max_expiry_age": 50, "payment_terms": [5, 10],
             "sum_assured": {"min": "100000", "max": "10000000", "step": "10000"},
             "premium": {"basis": "per_1000_sum_assured",
                         "rates": {"keys": ["sex", "payment_term", "age"],
                                   "rows": [["F", 5, 35, "80.00"], ["F", 10, 35, "45.00"],
                                            ["M", 5, 40, "90.00"], ["M", 10, 40, "50.00"]]},
                         "policy_fee": "0", "modal_factors": dict(MODAL)},
             "cash_values": {"keys": ["payment_term", "age", "year"],
                             "rows": [[5, 35, year, value] for year, value in WL_CASH.items()]},
             "riders": ["ADB", "WP", "CIR"]},
            {"code": "SAV", "kind": "endowment", "names": {"en": "Savings 10"}, "benefits": ["retirement"],
             "issue_age": {"min": 18, "max": 60}, "max_expiry_age": 80, "terms": [10],
             "sum_assured": {"min": "100000", "max": "10000000", "step": "10000"},
             "premium": {"basis": "per_1000_sum_assured",
                         "rates": {"keys": ["age", "term"], "rows": [[35, 10, "95.00"], [40, 10, "96.00"]]},
                         "policy_fee": "0", "modal_factors": dict(MODAL)},
             "cash_values": {"keys": ["age", "term", "year"],
                             "rows": [[35, 10, year, value] for year, value in SAV_CASH.items()]}},
            {"code": "CI", "kind": "critical_illness", "names": {"en": "Critical Illness 20"},
             "benefits": ["critical_illness"], "issue_age": {"min": 18, "max": 60}, "max_expiry_age": 80,
             "terms": [20], "sum_assured": {"min": "100000", "max": "5000000", "step": "10000"},
             "premium": {"basis": "per_1000_sum_assured",
                         "rates": {"keys": ["sex", "age", "term"], "rows": [["F", 35, 20, "2.50"]]},
                         "policy_fee": "0", "modal_factors": dict(MODAL)}},
            rider("ADB", ["accident"], [[35, "0.45"], [40, "0.50"]], ["age"]),
            rider("WP", ["waiver"], [["F", 35, "3.5"], ["M", 40, "4.2"]], ["sex", "age"], "percent_of_base"),
            rider("CIR", ["critical_illness"], [["F", 35, "1.10"], ["M", 40, "1.40"]], ["sex", "age"]),
        ],
    }


CATALOG = load(illustration_catalog())


def whole(amount: Decimal, mode: str = ROUND_HALF_UP) -> Decimal:
    return amount.quantize(D(1), rounding=mode)


def per_1000(sum_assured: int, rate: str, fee: int = 0) -> Decimal:
    """DESIGN §3: round(sum assured / 1000 × rate + policy fee), to whole units."""
    return whole(D(sum_assured) / 1000 * D(rate) + fee)


def yearly(annual: Decimal, frequency: str) -> Decimal:
    """What a year costs: round(annual × modal factor) × payments a year."""
    return whole(annual * D(MODAL[frequency])) * PER_YEAR[frequency]


def plan(*lines: PlanLine, catalog: Catalog = CATALOG) -> PricedPlan:
    priced = price_plan(catalog, PEOPLE, lines, AS_OF)
    assert not priced.ineligible or all(p.line.key.startswith("bad") for p in priced.ineligible), \
        [p.reason for p in priced.ineligible]
    return priced


def illustration_of(priced: PricedPlan, key: str = "her", catalog: Catalog = CATALOG) -> Illustration:
    person = PEOPLE[key].insured
    assert person is not None
    result = illustrate(priced, key, person.sex, person.smoker, catalog.rounding)
    assert result is not None
    return result


def row(illustration: Illustration, year: int) -> IllustrationRow:
    found = [r for r in illustration.rows if r.year == year]
    assert len(found) == 1, f"year {year} is not shown: {[r.year for r in illustration.rows]}"
    return found[0]


def term_life(key: str = "tl", who: str = "her", sum_assured: int = 1_000_000, term: int = 20,
              frequency: str = "annual") -> PlanLine:
    return PlanLine(key, who, "TL", D(sum_assured), term, frequency=frequency)


def whole_life(key: str = "wl", who: str = "her", sum_assured: int = 250_000, payment_term: int = 5,
               frequency: str = "annual") -> PlanLine:
    return PlanLine(key, who, "WL", D(sum_assured), payment_term=payment_term, frequency=frequency)


# --- shown years --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("last_year", "expected"), [
    (1, [1]),
    (7, [1, 2, 3, 4, 5, 6, 7]),
    (10, list(range(1, 11))),
    (11, [*range(1, 11), 11]),
    (14, [*range(1, 11), 14]),
    (15, [*range(1, 11), 15]),
    (20, [*range(1, 11), 15, 20]),
    (23, [*range(1, 11), 15, 20, 23]),
    (74, [*range(1, 11), *range(15, 75, 5), 74]),
])
def test_shown_years_are_the_first_ten_then_every_fifth_and_the_last(last_year: int, expected: list[int]) -> None:
    assert shown_years(last_year) == expected


def test_the_illustration_shows_the_chosen_years_up_to_the_longest_cover() -> None:
    # TL 20 years and WL to age 50 (15 years from 35): the illustration runs 20 years.
    result = illustration_of(plan(term_life(term=20), whole_life()))
    assert [r.year for r in result.rows] == [*range(1, 11), 15, 20]
    assert result.person_key == "her" and result.issue_age == 35


def test_age_is_the_age_at_the_end_of_each_policy_year() -> None:
    result = illustration_of(plan(term_life(term=10)))
    assert [(r.year, r.age) for r in result.rows] == [(year, 35 + year) for year in range(1, 11)]


# --- premiums -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("frequency", ["annual", "semiannual", "quarterly", "monthly"])
def test_premium_of_a_year_is_the_modal_premium_times_the_payments_a_year(frequency: str) -> None:
    # TL F35 term 20, 1,000,000: 1,000 × 1.85 + 30 = 1,880 a year; monthly round(1,880 × 0.088) = 165 × 12 …
    result = illustration_of(plan(term_life(frequency=frequency)))
    expected = yearly(per_1000(1_000_000, "1.85", fee=30), frequency)
    assert {r.premium for r in result.rows} == {expected}
    if frequency == "monthly":
        assert expected == 165 * 12  # 1,880 × 0.088 = 165.44 → 165


def test_premium_is_paid_only_within_the_payment_term_while_the_cover_runs_on() -> None:
    # WL F35, 250,000 paid over 5 years: 250 × 80.00 = 20,000 a year; covers to age 50, i.e. 15 years.
    result = illustration_of(plan(whole_life(payment_term=5)))
    assert result.rows[-1].year == 15
    for r in result.rows:
        assert r.premium == (D(20_000) if r.year <= 5 else 0), r
        assert r.death_benefit == 250_000, r  # cover does not stop with the payments
        assert r.cumulative_premium == 20_000 * min(r.year, 5), r


def test_rider_premium_is_paid_only_while_its_base_is_paid() -> None:
    # WL paid over 5 years, monthly, with ADB 500,000 and WP:
    #   WL annual 250 × 80.00 = 20,000, monthly round(20,000 × 0.088) = 1,760 → 21,120 a year
    #   ADB annual 500 × 0.45 = 225, monthly round(19.8) = 20 → 240 a year
    #   WP annual round(20,000 × 3.5 / 100) = 700, monthly round(61.6) = 62 → 744 a year
    priced = plan(whole_life(frequency="monthly"), PlanLine("adb", "her", "ADB", D(500_000), base_key="wl"),
                  PlanLine("wp", "her", "WP", base_key="wl"))
    result = illustration_of(priced)
    wl = yearly(per_1000(250_000, "80.00"), "monthly")
    adb = yearly(per_1000(500_000, "0.45"), "monthly")
    wp = yearly(whole(per_1000(250_000, "80.00") * D("3.5") / 100), "monthly")
    assert (wl, adb, wp) == (21_120, 240, 744)
    assert [r.premium for r in result.rows if r.year <= 5] == [wl + adb + wp] * 5
    assert [r.premium for r in result.rows if r.year > 5] == [0] * (len(result.rows) - 5)
    assert result.rows[-1].cumulative_premium == 5 * (wl + adb + wp)


def test_a_rider_covers_as_long_as_its_base() -> None:
    # TL 10 years with a CI rider of 400,000 next to CI cover for 20 years: the rider's CI stops after year 10.
    priced = plan(term_life(term=10), PlanLine("cir", "her", "CIR", D(400_000), base_key="tl"),
                  PlanLine("ci", "her", "CI", D(600_000), 20))
    result = illustration_of(priced)
    assert [(r.year, r.critical_illness_benefit) for r in result.rows] == [
        *((year, D(1_000_000)) for year in range(1, 11)), (15, D(600_000)), (20, D(600_000))]
    # Premiums: TL and its rider for 10 years, CI for 20.
    tl, cir, ci = per_1000(1_000_000, "1.20", fee=30), per_1000(400_000, "1.10"), per_1000(600_000, "2.50")
    assert row(result, 10).premium == tl + cir + ci
    assert row(result, 15).premium == ci


def test_cumulative_premium_counts_the_years_that_are_not_shown() -> None:
    # TL 20 years at 1,880 and WL paid over 10 years at 250 × 45.00 = 11,250: years 11…14 are not shown.
    result = illustration_of(plan(term_life(term=20), whole_life(payment_term=10)))
    tl, wl = per_1000(1_000_000, "1.85", fee=30), per_1000(250_000, "45.00")
    assert row(result, 10).cumulative_premium == 10 * (tl + wl)
    assert row(result, 15).premium == tl
    assert row(result, 15).cumulative_premium == 10 * (tl + wl) + 5 * tl
    assert row(result, 20).cumulative_premium == 10 * (tl + wl) + 10 * tl


# --- benefits -----------------------------------------------------------------------------------------------


def test_accidental_death_rider_is_not_in_the_death_column() -> None:
    priced = plan(term_life(sum_assured=1_000_000), PlanLine("adb", "her", "ADB", D(2_000_000), base_key="tl"),
                  PlanLine("wp", "her", "WP", base_key="tl"))
    result = illustration_of(priced)
    assert {r.death_benefit for r in result.rows} == {D(1_000_000)}
    assert {r.critical_illness_benefit for r in result.rows} == {D(0)}
    # …although the rider is priced and paid for.
    assert row(result, 1).premium == (per_1000(1_000_000, "1.85", fee=30) + per_1000(2_000_000, "0.45")
                                      + whole(per_1000(1_000_000, "1.85", fee=30) * D("3.5") / 100))


def test_death_benefit_is_the_sum_of_the_lines_that_still_cover() -> None:
    # TL 10 years 1,000,000 and WL 250,000 to year 15.
    result = illustration_of(plan(term_life(term=10), whole_life()))
    assert [(r.year, r.death_benefit) for r in result.rows] == [
        *((year, D(1_250_000)) for year in range(1, 11)), (15, D(250_000))]


def test_a_percent_of_base_rider_adds_no_benefit_and_no_cash_value() -> None:
    with_wp = illustration_of(plan(whole_life(), PlanLine("wp", "her", "WP", base_key="wl")))
    without = illustration_of(plan(whole_life()))
    assert [(r.death_benefit, r.critical_illness_benefit, r.cash_value) for r in with_wp.rows] == [
        (r.death_benefit, r.critical_illness_benefit, r.cash_value) for r in without.rows]
    assert row(with_wp, 1).premium > row(without, 1).premium


# --- cash values --------------------------------------------------------------------------------------------


def test_cash_value_is_the_per_1000_value_rounded_by_the_catalog_rule() -> None:
    # WL 250,000: year 1 250 × 12.342 = 3,085.5 → 3,086 (half up); year 4 250 × 222.222 = 55,555.5 → 55,556.
    result = illustration_of(plan(whole_life()))
    assert result.has_cash_values
    for year, value in WL_CASH.items():
        assert row(result, year).cash_value == whole(D(250) * D(value)), year
    assert row(result, 1).cash_value == 3_086

    down = load(illustration_catalog(mode="ROUND_DOWN"))
    result = illustration_of(plan(whole_life(), catalog=down), catalog=down)
    assert row(result, 1).cash_value == 3_085
    assert row(result, 4).cash_value == whole(D(250) * D("222.222"), ROUND_DOWN) == 55_555


def test_cash_values_are_rounded_per_line_then_summed() -> None:
    # Year 1: WL 250 × 12.342 = 3,085.5 → 3,086 and SAV 150 × 100.003 = 15,000.45 → 15,000: 18,086.
    result = illustration_of(plan(whole_life(), PlanLine("sav", "her", "SAV", D(150_000), 10)))
    for year in range(1, 11):
        expected = whole(D(250) * D(WL_CASH[year])) + whole(D(150) * D(SAV_CASH[year]))
        assert row(result, year).cash_value == expected, year
    assert row(result, 1).cash_value == 18_086


def test_rounding_each_line_differs_from_rounding_the_sum() -> None:
    # Two SAV lines of 150,000 (per 1,000: 100.003 in year 1): 15,000.45 → 15,000 each, summed 30,000;
    # rounding the sum 30,000.90 would give 30,001.
    result = illustration_of(plan(PlanLine("a", "her", "SAV", D(150_000), 10),
                                  PlanLine("b", "her", "SAV", D(150_000), 10)))
    assert row(result, 1).cash_value == 30_000
    assert whole(2 * D(150) * D("100.003")) == 30_001  # what summing first would print


def test_cash_value_is_none_where_no_table_gives_a_value() -> None:
    # WL's table stops at year 10; its cover runs to year 15.
    result = illustration_of(plan(whole_life()))
    assert row(result, 10).cash_value == whole(D(250) * D(WL_CASH[10]))
    assert row(result, 15).cash_value is None


def test_a_year_shows_the_values_of_the_lines_that_have_one() -> None:
    # TL runs 20 years without a cash-value table; WL has values to year 10: years 15 and 20 show none.
    result = illustration_of(plan(term_life(term=20), whole_life()))
    assert result.has_cash_values
    assert row(result, 5).cash_value == whole(D(250) * D(WL_CASH[5]))
    assert row(result, 15).cash_value is None and row(result, 20).cash_value is None


def test_no_cash_values_without_a_table() -> None:
    result = illustration_of(plan(term_life(), PlanLine("adb", "her", "ADB", D(500_000), base_key="tl")))
    assert not result.has_cash_values
    assert {r.cash_value for r in result.rows} == {None}


def test_cash_value_uses_the_insureds_own_table_row() -> None:
    # The WL cash table has rows for payment term 5 only: paid over 10 years, there is nothing to show.
    result = illustration_of(plan(whole_life(payment_term=10)))
    assert result.has_cash_values
    assert {r.cash_value for r in result.rows} == {None}


# --- who is illustrated -------------------------------------------------------------------------------------


def test_no_illustration_for_someone_the_plan_does_not_insure() -> None:
    priced = plan(term_life(who="her"))
    assert illustrate(priced, "him", "M", False, CATALOG.rounding) is None


def test_ineligible_lines_are_left_out_of_the_illustration() -> None:
    # A 25-year term is not offered: the line is priced as not eligible and shows nowhere.
    priced = plan(term_life(), PlanLine("bad-tl", "her", "TL", D(9_000_000), 25),
                  PlanLine("bad", "nobody", "TL", D(1_000_000), 20))
    assert len(priced.ineligible) == 2
    result = illustration_of(priced)
    assert {r.death_benefit for r in result.rows} == {D(1_000_000)}
    assert illustrate(priced, "nobody", "F", False, CATALOG.rounding) is None


def test_each_person_sees_only_their_own_lines() -> None:
    priced = plan(term_life(who="her", term=10), term_life("his", who="him", sum_assured=2_000_000, term=20))
    hers, his = illustration_of(priced, "her"), illustration_of(priced, "him")
    assert hers.rows[-1].year == 10 and his.rows[-1].year == 20
    assert his.issue_age == 40
    assert {r.death_benefit for r in his.rows} == {D(2_000_000)}
    assert {r.premium for r in his.rows} == {per_1000(2_000_000, "3.30", fee=30)}


# --- premium schedule ---------------------------------------------------------------------------------------


def test_schedule_runs_together_years_with_the_same_amounts() -> None:
    # Her: WL paid over 5 years (20,000). Him: TL 10 years (2,000,000 × 2.10 + 30 = 4,230) and WL over 10
    # (250 × 50.00 = 12,500).
    priced = plan(whole_life(), term_life("his", who="him", sum_assured=2_000_000, term=10),
                  whole_life("his-wl", who="him", payment_term=10))
    hers, his = per_1000(250_000, "80.00"), per_1000(2_000_000, "2.10", fee=30) + per_1000(250_000, "50.00")
    assert premium_schedule(priced, ["her", "him"]) == [
        ScheduleRow(1, 5, (hers, his), hers + his),
        ScheduleRow(6, 10, (D(0), his), his),
    ]
    # The amounts follow the order the people are asked for.
    assert premium_schedule(priced, ["him", "her"])[0] == ScheduleRow(1, 5, (his, hers), hers + his)


def test_schedule_ends_with_the_last_premium_not_the_last_cover() -> None:
    # WL covers 15 years but is paid over 5: the schedule has nothing after year 5.
    assert premium_schedule(plan(whole_life()), ["her"]) == [ScheduleRow(1, 5, (D(20_000),), D(20_000))]


def test_schedule_pays_the_modal_premium_times_the_payments_a_year() -> None:
    priced = plan(term_life(frequency="quarterly", term=10))
    expected = yearly(per_1000(1_000_000, "1.20", fee=30), "quarterly")  # round(1,230 × 0.262) = 322 × 4
    assert expected == 1_288
    assert premium_schedule(priced, ["her"]) == [ScheduleRow(1, 10, (expected,), expected)]


def test_schedule_shows_zero_for_someone_without_cover_and_nothing_for_an_empty_plan() -> None:
    priced = plan(term_life(term=10))
    [only] = premium_schedule(priced, ["her", "him"])
    assert only.amounts[1] == 0 and only.total == only.amounts[0]
    assert premium_schedule(plan(), ["her"]) == []


def test_schedule_and_illustrations_add_up_to_the_same_money() -> None:
    priced = plan(term_life(term=20, frequency="monthly"), whole_life(payment_term=10),
                  PlanLine("wp", "her", "WP", base_key="wl"),
                  term_life("his", who="him", term=10, frequency="semiannual"),
                  PlanLine("his-adb", "him", "ADB", D(300_000), base_key="his"))
    schedule = premium_schedule(priced, ["her", "him"])
    paid = sum(((r.last_year - r.first_year + 1) * r.total for r in schedule), D(0))
    illustrated = sum(illustration_of(priced, key).rows[-1].cumulative_premium for key in ("her", "him"))
    assert paid == illustrated
    # No two neighbouring runs have the same amounts, and the runs cover every year once.
    assert all(a.amounts != b.amounts for a, b in zip(schedule, schedule[1:]))
    assert [r.first_year for r in schedule] == [1, *(r.last_year + 1 for r in schedule[:-1])]
    assert all(r.total == sum(r.amounts, D(0)) for r in schedule)
