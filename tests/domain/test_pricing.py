"""Premiums exact to the unit, against cases worked by hand from DESIGN §3."""

from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal

import pytest

from agent_desk.domain.catalog import parse_catalog
from agent_desk.domain.pricing import CoverRequest, Insured, NotEligible, PricedCover, age_at, price, quote

BASE_CATALOG = {
    "catalog_id": "hand", "version": "1", "currency": "TWD", "age_basis": "last_birthday",
    "rounding": {"places": "0.01", "mode": "ROUND_HALF_UP"},
    "products": [
        {"code": "TL", "kind": "term_life", "names": {"en": "Term"}, "benefits": ["death"],
         "issue_age": {"min": 18, "max": 65}, "max_expiry_age": 80, "terms": [10, 20],
         "sum_assured": {"min": "10000", "max": "10000000", "step": "500"},
         "premium": {"basis": "per_1000_sum_assured",
                     # Keys in an unusual order on purpose.
                     "rates": {"keys": ["term", "age", "smoker", "sex"],
                               "rows": [[20, 35, False, "F", "1.85"], [20, 35, True, "F", "1.034"],
                                        [10, 35, False, "F", "2.00"], [20, 36, False, "F", "1.95"],
                                        [20, 61, False, "F", "9.00"], [20, 33, False, "M", "1.50"],
                                        [20, 32, False, "M", "1.40"]]},
                     "policy_fee": "0",
                     "modal_factors": {"annual": "1", "semiannual": "0.52", "monthly": "0.088"}},
         "riders": ["WP", "ADB"]},
        {"code": "WP", "kind": "waiver_of_premium", "rider": True, "names": {"en": "Waiver"},
         "benefits": ["waiver"], "issue_age": {"min": 18, "max": 60}, "max_expiry_age": 65,
         "premium": {"basis": "percent_of_base", "rates": {"keys": ["age"], "rows": [[35, "2.35"]]},
                     "policy_fee": "0", "modal_factors": {"annual": "1", "monthly": "0.088"}},
         "riders": []},
        {"code": "ADB", "kind": "accidental_death", "rider": True, "names": {"en": "ADB"},
         "benefits": ["accident"], "issue_age": {"min": 18, "max": 65}, "max_expiry_age": 80,
         "sum_assured": {"min": "100000", "max": "2000000", "step": "10000"},
         "premium": {"basis": "per_1000_sum_assured", "rates": {"keys": ["age"], "rows": [[35, "0.80"]]},
                     "policy_fee": "12", "modal_factors": {"annual": "1", "monthly": "0.09"}},
         "riders": []},
    ],
}
AS_OF = date(2026, 11, 25)
WOMAN_35 = Insured("F", date(1991, 1, 10))


def catalog(**changes: object):  # noqa: ANN201
    document = copy.deepcopy(BASE_CATALOG)
    document.update(changes)
    return parse_catalog(json.dumps(document))


def priced(result: PricedCover | NotEligible) -> PricedCover:
    assert isinstance(result, PricedCover), result
    return result


def test_per_1000_annual_and_monthly() -> None:
    # 1,000,000 / 1000 × 1.85 = 1850.00; monthly 1850.00 × 0.088 = 162.80.
    cover = priced(price(catalog(), WOMAN_35, CoverRequest("TL", Decimal("1000000"), 20, None, "monthly"), AS_OF))
    assert (cover.age, cover.annual_premium, cover.modal_premium) == (35, Decimal("1850.00"), Decimal("162.80"))


@pytest.mark.parametrize(("mode", "annual", "monthly"), [
    # 12,500 / 1000 × 1.034 = 12.925 exactly: the half is where modes part.
    # Monthly: 12.93 × 0.088 = 1.13784 → 1.14; 12.92 × 0.088 = 1.13696 → 1.14 (or 1.13 rounding down).
    ("ROUND_HALF_UP", "12.93", "1.14"),
    ("ROUND_HALF_EVEN", "12.92", "1.14"),
    ("ROUND_HALF_DOWN", "12.92", "1.14"),
    ("ROUND_DOWN", "12.92", "1.13"),
    ("ROUND_CEILING", "12.93", "1.14"),
])
def test_rounding_mode_decides_the_half(mode: str, annual: str, monthly: str) -> None:
    smoker = Insured("F", date(1991, 1, 10), smoker=True)
    book = catalog(rounding={"places": "0.01", "mode": mode})
    cover = priced(price(book, smoker, CoverRequest("TL", Decimal("12500"), 20, None, "monthly"), AS_OF))
    assert (cover.annual_premium, cover.modal_premium) == (Decimal(annual), Decimal(monthly))


def test_whole_units_rounding() -> None:
    # 1,000,000 × 1.85 / 1000 = 1850; semiannual 1850 × 0.52 = 962.
    book = catalog(rounding={"places": "1", "mode": "ROUND_HALF_UP"})
    cover = priced(price(book, WOMAN_35, CoverRequest("TL", Decimal("1000000"), 20, None, "semiannual"), AS_OF))
    assert (cover.annual_premium, cover.modal_premium) == (Decimal("1850"), Decimal("962"))


def test_policy_fee_is_added_before_rounding() -> None:
    # ADB 250,000 / 1000 × 0.80 + 12 = 212.00; monthly 212.00 × 0.09 = 19.08.
    result = quote(catalog(), WOMAN_35, CoverRequest("TL", Decimal("1000000"), 20, None, "monthly"),
                   [("ADB", Decimal("250000"))], AS_OF)
    adb = result.riders[0]
    assert (adb.sum_assured, adb.annual_premium, adb.modal_premium) == (
        Decimal("250000"), Decimal("212.00"), Decimal("19.08"))


def test_percent_of_base_rider_and_totals_of_rounded_parts() -> None:
    # Base 1850.00 (monthly 162.80). WP: 1850.00 × 2.35 / 100 = 43.475 → 43.48; monthly 43.48 × 0.088
    # = 3.82624 → 3.83. ADB without a sum takes the base's 1,000,000 → over its 2,000,000 max? No: within.
    # ADB: 1,000,000 / 1000 × 0.80 + 12 = 812.00; monthly 812 × 0.09 = 73.08.
    result = quote(catalog(), WOMAN_35, CoverRequest("TL", Decimal("1000000"), 20, None, "monthly"),
                   [("WP", None), ("ADB", None)], AS_OF)
    wp, adb = result.riders
    assert (wp.sum_assured, wp.annual_premium, wp.modal_premium) == (None, Decimal("43.48"), Decimal("3.83"))
    assert (adb.sum_assured, adb.annual_premium) == (Decimal("1000000"), Decimal("812.00"))
    assert result.total_annual_premium == Decimal("1850.00") + Decimal("43.48") + Decimal("812.00")
    assert result.total_modal_premium == Decimal("162.80") + Decimal("3.83") + Decimal("73.08")


def test_rider_term_is_its_base_term_and_checks_its_own_expiry() -> None:
    # WP expires at 65: a 35-year-old on a 20-year base reaches 55, fine; a 10-year base too.
    result = quote(catalog(), WOMAN_35, CoverRequest("TL", Decimal("100000"), 20), [("WP", None)], AS_OF)
    assert result.riders[0].term == 20
    old = Insured("F", date(1965, 1, 1))  # 61: the base itself is past its expiry with term 20
    refused = quote(catalog(), old, CoverRequest("TL", Decimal("100000"), 20), [("WP", None)], AS_OF)
    assert isinstance(refused, NotEligible)
    assert "passes the expiry age 80" in refused.reason


@pytest.mark.parametrize(("as_of", "age"), [
    (date(2025, 9, 14), 35),  # last birthday 15 March 2025; six months later is 15 September
    (date(2025, 9, 15), 36),
    (date(2026, 3, 14), 36),
    (date(2026, 3, 15), 36),
])
def test_nearest_birthday_six_month_rule(as_of: date, age: int) -> None:
    assert age_at(date(1990, 3, 15), as_of, "nearest_birthday") == age


def test_nearest_birthday_when_six_months_later_has_no_such_day() -> None:
    # Last birthday 31 August 2025: six months later is "31 February", so 28 February 2026.
    assert age_at(date(1990, 8, 31), date(2026, 2, 27), "nearest_birthday") == 35
    assert age_at(date(1990, 8, 31), date(2026, 2, 28), "nearest_birthday") == 36


def test_leap_day_birthday_counts_on_28_february_in_common_years() -> None:
    assert age_at(date(1992, 2, 29), date(2025, 2, 27)) == 32
    assert age_at(date(1992, 2, 29), date(2025, 2, 28)) == 33
    assert age_at(date(1992, 2, 29), date(2024, 2, 28)) == 31
    assert age_at(date(1992, 2, 29), date(2024, 2, 29)) == 32


def test_age_basis_changes_the_rate_on_the_boundary() -> None:
    # Born 10 January 1991; on 10 July 2026 the nearest-birthday age turns 36: rate 1.95, not 1.85.
    book = catalog(age_basis="nearest_birthday")
    before = priced(price(book, WOMAN_35, CoverRequest("TL", Decimal("100000"), 20), date(2026, 7, 9)))
    on = priced(price(book, WOMAN_35, CoverRequest("TL", Decimal("100000"), 20), date(2026, 7, 10)))
    assert (before.age, before.annual_premium) == (35, Decimal("185.00"))
    assert (on.age, on.annual_premium) == (36, Decimal("195.00"))


@pytest.mark.parametrize(("request_", "insured", "reason"), [
    (CoverRequest("TL", Decimal("100000"), 15), WOMAN_35, "a term of 15 years is not offered (10, 20)"),
    (CoverRequest("TL", Decimal("100000"), None), WOMAN_35, "choose a term: 10, 20"),
    (CoverRequest("TL", Decimal("100250"), 20), WOMAN_35, "not 10000 plus a multiple of 500"),
    (CoverRequest("TL", Decimal("5000"), 20), WOMAN_35, "below the minimum 10000"),
    (CoverRequest("TL", None, 20), WOMAN_35, "a sum assured is required"),
    (CoverRequest("TL", Decimal("100000"), 20, None, "quarterly"), WOMAN_35, "quarterly payment is not offered"),
    (CoverRequest("TL", Decimal("100000"), 20), Insured("F", date(2010, 1, 1)), "outside the issue ages 18–65"),
    (CoverRequest("TL", Decimal("100000"), 20), Insured("M", date(1991, 1, 10)),
     "no rate for term 20, age 35, smoker no, sex M"),
    (CoverRequest("XX", Decimal("100000"), 20), WOMAN_35, "no product XX in catalog hand 1"),
    (CoverRequest("WP", None, None), WOMAN_35, "WP is a rider and needs a base product"),
])
def test_refusals_name_the_reason(request_: CoverRequest, insured: Insured, reason: str) -> None:
    result = price(catalog(), insured, request_, AS_OF)
    assert isinstance(result, NotEligible)
    assert reason in result.reason


def test_rider_over_its_own_maximum_is_refused_not_capped() -> None:
    result = quote(catalog(), WOMAN_35, CoverRequest("TL", Decimal("3000000"), 20), [("ADB", None)], AS_OF)
    assert isinstance(result, NotEligible)
    assert result.reason == "rider ADB: sum assured 3000000 is above the maximum 2000000"


def test_a_sum_written_with_an_exponent_is_read_as_plain_digits() -> None:
    from agent_desk.domain.money import to_decimal

    assert str(to_decimal("1e6")) == "1000000"
    assert to_decimal("1.5") == Decimal("1.5")
    assert to_decimal(1.5) is None  # a float never becomes money
