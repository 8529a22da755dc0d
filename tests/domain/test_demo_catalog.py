"""The demo catalog: the shape the loaders rely on, and rates an agent would believe.

Reads resources/catalogs/demo.json as plain JSON on purpose, so the file is checked
against the contract (DESIGN.md §3) independently of the catalog loader.
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

CATALOGS = Path(__file__).resolve().parents[2] / "resources" / "catalogs"
DEMO = CATALOGS / "demo.json"
BASE_CODES = {"TL10", "TL20", "TL30", "WL", "CI20", "CIWL", "MED10", "PA10", "ANN10", "EDU"}
RIDER_CODES = {"ADB", "WP", "HC"}
ALLOWED_KEYS = {"sex", "smoker", "age", "term", "payment_term"}
ALLOWED_BENEFITS = {"death", "critical_illness", "medical", "accident", "retirement", "education",
                    "hospital_cash", "waiver"}
LANGUAGES = {"en", "zh-Hant", "zh-Hans"}
TWO_DECIMALS = re.compile(r"^\d+\.\d{2}$")
RISING_WITH_AGE = {"TL10", "TL20", "TL30", "WL", "CI20", "CIWL"}
MALE_COSTS_MORE = RISING_WITH_AGE
Row = dict[str, Any]


@pytest.fixture(scope="module")
def catalog() -> dict[str, Any]:
    with DEMO.open(encoding="utf-8") as file:
        return json.load(file, parse_float=Decimal)


@pytest.fixture(scope="module")
def products(catalog: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["code"]: item for item in catalog["products"]}


def rows(table: dict[str, Any]) -> list[Row]:
    """Each row as {key: value, ..., "rate": value}."""
    return [dict(zip([*table["keys"], "rate"], row, strict=True)) for row in table["rows"]]


def rate(product: dict[str, Any], **key_values: Any) -> Decimal:
    matches = [r["rate"] for r in rows(product["premium"]["rates"])
               if all(r[k] == v for k, v in key_values.items())]
    assert len(matches) == 1, (product["code"], key_values, matches)
    return Decimal(matches[0])


def expected_combinations(product: dict[str, Any], keys: list[str]) -> set[tuple[Any, ...]]:
    values = {"sex": ["F", "M"], "smoker": [False, True],
              "age": range(product["issue_age"]["min"], product["issue_age"]["max"] + 1),
              "term": product.get("terms", []), "payment_term": product.get("payment_terms", [])}
    combos = set()
    for combo in itertools.product(*(values[k] for k in keys)):
        named = dict(zip(keys, combo))
        if named["age"] + named.get("term", 0) <= product["max_expiry_age"]:
            combos.add(combo)
    return combos


def grouped_by_age(product: dict[str, Any]) -> dict[tuple[Any, ...], list[tuple[int, Decimal]]]:
    """Rates by age for each fixed combination of the other keys."""
    groups: dict[tuple[Any, ...], list[tuple[int, Decimal]]] = defaultdict(list)
    for r in rows(product["premium"]["rates"]):
        others = tuple(sorted((k, v) for k, v in r.items() if k not in ("age", "rate")))
        groups[others].append((r["age"], Decimal(r["rate"])))
    return {k: sorted(v) for k, v in groups.items()}


def test_catalog_header_follows_the_contract(catalog: dict[str, Any]) -> None:
    assert catalog["catalog_id"] == "demo"
    assert catalog["version"] == "2026.11.1"
    assert catalog["currency"] == "TWD"
    assert catalog["age_basis"] == "last_birthday"
    assert catalog["rounding"] == {"places": "1", "mode": "ROUND_HALF_UP"}


def test_catalog_holds_the_codes_the_demo_book_uses(products: dict[str, dict[str, Any]]) -> None:
    riders = {code for code, item in products.items() if item.get("rider") is True}
    assert set(products) == BASE_CODES | RIDER_CODES
    assert riders == RIDER_CODES
    assert len(BASE_CODES) >= 8 and len(RIDER_CODES) >= 3


def test_riders_offered_on_base_products_are_riders(products: dict[str, dict[str, Any]]) -> None:
    for code, item in products.items():
        assert all(products[r].get("rider") is True for r in item["riders"]), code
        if item.get("rider"):
            assert item["riders"] == []
    assert products["WL"]["riders"] == ["ADB", "WP", "HC"]
    assert products["PA10"]["riders"] == []


def test_every_product_speaks_three_languages(products: dict[str, dict[str, Any]]) -> None:
    for code, item in products.items():
        for field in ("names", "descriptions"):
            assert set(item[field]) == LANGUAGES, (code, field)
            assert all(text.strip() for text in item[field].values()), (code, field)
            # every demo text has a character that differs between the two scripts
            assert item[field]["zh-Hant"] != item[field]["zh-Hans"], (code, field)
    for code in RISING_WITH_AGE:
        for field in ("exclusions", "disclosures"):
            assert set(products[code][field]) == LANGUAGES, (code, field)
    assert products["TL20"]["names"] == {"en": "Term Life 20", "zh-Hant": "二十年定期壽險", "zh-Hans": "二十年定期寿险"}


def test_benefits_and_sums_are_well_formed(products: dict[str, dict[str, Any]]) -> None:
    for code, item in products.items():
        assert item["benefits"] and set(item["benefits"]) <= ALLOWED_BENEFITS, code
        if item["premium"]["basis"] == "percent_of_base":
            assert "sum_assured" not in item, code
            continue
        assert item["premium"]["basis"] == "per_1000_sum_assured", code
        sums = {k: Decimal(v) for k, v in item["sum_assured"].items()}
        assert all(isinstance(v, str) for v in item["sum_assured"].values()), code
        assert 0 < sums["min"] < sums["max"] and (sums["max"] - sums["min"]) % sums["step"] == 0, code


def test_every_rate_is_a_positive_two_decimal_string(products: dict[str, dict[str, Any]]) -> None:
    for code, item in products.items():
        for r in rows(item["premium"]["rates"]):
            assert isinstance(r["rate"], str) and TWO_DECIMALS.match(r["rate"]), (code, r)
            assert Decimal(r["rate"]) > 0, (code, r)
        for r in rows(item.get("cash_values", {"keys": [], "rows": []})):
            assert isinstance(r["rate"], str) and TWO_DECIMALS.match(r["rate"]), (code, r)


def test_rate_keys_use_allowed_names_in_varied_orders(products: dict[str, dict[str, Any]]) -> None:
    orders = set()
    for code, item in products.items():
        keys = item["premium"]["rates"]["keys"]
        assert set(keys) <= ALLOWED_KEYS and len(set(keys)) == len(keys) and "age" in keys, code
        assert ("term" in keys) == ("terms" in item), code
        assert ("payment_term" in keys) == ("payment_terms" in item), code
        assert item["premium"]["policy_fee"] and set(item["premium"]["modal_factors"]) >= {"annual", "monthly"}
        orders.add(tuple(keys))
    assert products["MED10"]["premium"]["rates"]["keys"] == ["sex", "age", "term"]
    assert len(orders) >= 6


def test_rows_cover_every_eligible_age_for_every_combination(products: dict[str, dict[str, Any]]) -> None:
    for code, item in products.items():
        table = item["premium"]["rates"]
        found = [tuple(row[:-1]) for row in table["rows"]]
        assert len(found) == len(set(found)), code
        assert set(found) == expected_combinations(item, table["keys"]), code


def test_cash_values_only_for_whole_life_and_education(products: dict[str, dict[str, Any]]) -> None:
    assert {code for code, item in products.items() if "cash_values" in item} == {"WL", "EDU"}
    for code in ("WL", "EDU"):
        item = products[code]
        keys = item["premium"]["rates"]["keys"]
        assert item["cash_values"]["keys"] == [*keys, "year"]
        by_policy: dict[tuple[Any, ...], list[tuple[int, Decimal]]] = defaultdict(list)
        for row in item["cash_values"]["rows"]:
            by_policy[tuple(row[:-2])].append((row[-2], Decimal(row[-1])))
        assert set(by_policy) == expected_combinations(item, keys), code
        for policy, values in by_policy.items():
            cover = item["max_expiry_age"] - dict(zip(keys, policy))["age"]
            assert [year for year, _ in values] == list(range(1, min(20, cover) + 1)), (code, policy)
            amounts = [amount for _, amount in values]
            assert amounts == sorted(amounts) and amounts[-1] > 0, (code, policy)


def test_life_and_ci_rates_rise_with_age(products: dict[str, dict[str, Any]]) -> None:
    for code in RISING_WITH_AGE:
        for others, by_age in grouped_by_age(products[code]).items():
            rates = [r for _, r in by_age]
            assert all(a < b for a, b in zip(rates, rates[1:])), (code, others, rates)
    for others, by_age in grouped_by_age(products["PA10"]).items():
        rates = [r for _, r in by_age]
        assert all(a <= b for a, b in zip(rates, rates[1:])), ("PA10", others, rates)


def test_smokers_pay_more(products: dict[str, dict[str, Any]]) -> None:
    for code, item in products.items():
        if "smoker" not in item["premium"]["rates"]["keys"]:
            continue
        for r in rows(item["premium"]["rates"]):
            if r["smoker"]:
                plain = {k: v for k, v in r.items() if k != "rate"} | {"smoker": False}
                assert Decimal(r["rate"]) > rate(item, **plain), (code, r)


def test_men_pay_more_for_death_and_critical_illness_cover(products: dict[str, dict[str, Any]]) -> None:
    for code in MALE_COSTS_MORE:
        item = products[code]
        for r in rows(item["premium"]["rates"]):
            if r["sex"] == "M":
                female = {k: v for k, v in r.items() if k != "rate"} | {"sex": "F"}
                assert Decimal(r["rate"]) > rate(item, **female), (code, r)


def test_sample_rates_are_in_a_believable_range(products: dict[str, dict[str, Any]]) -> None:
    assert Decimal("1") <= rate(products["TL20"], sex="F", smoker=False, age=35, term=20) <= Decimal("3")
    assert Decimal("20") <= rate(products["WL"], sex="M", smoker=False, age=35, payment_term=20) <= Decimal("40")
    for sex in ("F", "M"):
        assert Decimal("3") <= rate(products["CI20"], sex=sex, smoker=False, age=35, term=20) <= Decimal("10")
    # a 35-year-old's waiver costs a few percent of the base premium, not tens of percent
    assert Decimal("0.5") <= rate(products["WP"], sex="M", age=35) <= Decimal("5")
    # ten yearly savings premiums are slightly less than the maturity value at 2% interest
    assert Decimal("85") <= rate(products["ANN10"], age=35, term=10) <= Decimal("100")


def test_committed_file_matches_the_generator() -> None:
    done = subprocess.run([sys.executable, str(CATALOGS / "make_demo_catalog.py"), "--check"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_file_stays_small() -> None:
    assert DEMO.stat().st_size < 1_500_000
