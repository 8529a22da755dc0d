"""Catalog files (DESIGN §3): a valid file loads, and a file that breaks the shape
is refused naming every problem by its JSON path and reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from catalog_samples import catalog_json, load, sample_catalog, write_catalog

from agent_desk.domain.catalog import CatalogError, load_catalog, parse_catalog
from agent_desk.domain.pricing import CoverRequest, Insured, price

TL20 = "$.products[0]"
ROWS = f"{TL20}.premium.rates.rows"


def problems_of(document: Any) -> list[tuple[str, str]]:
    with pytest.raises(CatalogError) as refused:
        load(document)
    return refused.value.problems


def paths_of(document: Any) -> list[str]:
    return [path for path, _ in problems_of(document)]


def reason_at(document: Any, path: str) -> str:
    """The reason given for `path`, which must be the only problem."""
    problems = problems_of(document)
    assert [p for p, _ in problems] == [path], problems
    reason = problems[0][1]
    assert reason.strip()
    return reason


def tl20(document: dict) -> dict:
    return document["products"][0]


# --- valid files ----------------------------------------------------------------------------------------


def test_a_valid_catalog_loads_with_its_products_in_file_order() -> None:
    catalog = load(sample_catalog())
    assert (catalog.catalog_id, catalog.version, catalog.currency) == ("test", "2026.1", "TWD")
    assert list(catalog.products) == ["TL20", "ADB", "WP"]
    assert catalog.product("TL20").riders == ("ADB", "WP")


def test_products_keep_file_order_when_riders_come_first() -> None:
    document = sample_catalog()
    document["products"].reverse()
    assert list(load(document).products) == ["WP", "ADB", "TL20"]


def test_a_valid_catalog_loads_from_a_file(tmp_path: Path) -> None:
    catalog = load_catalog(write_catalog(tmp_path, sample_catalog()))
    assert catalog.product("TL20").rates.lookup({"sex": "F", "smoker": False, "age": 35, "term": 20}) \
        == Decimal("1.85")


def test_a_rate_written_as_a_json_number_is_read_exactly() -> None:
    text = catalog_json(sample_catalog()).replace('"1.85"', "1.85")
    assert '"1.85"' not in text
    rate = parse_catalog(text).product("TL20").rates.lookup({"sex": "F", "smoker": False, "age": 35, "term": 20})
    assert isinstance(rate, Decimal)
    assert rate == Decimal("1.85")
    assert str(rate) == "1.85"


def test_rate_keys_may_come_in_any_order() -> None:
    reordered = sample_catalog()
    rates = tl20(reordered)["premium"]["rates"]
    rates["keys"] = ["term", "age", "smoker", "sex"]
    rates["rows"] = [[term, age, smoker, sex, rate] for sex, smoker, age, term, rate in rates["rows"]]
    as_of = date(2025, 6, 1)
    for insured, term in ((Insured("F", date(1990, 3, 15)), 20), (Insured("F", date(1990, 3, 15)), 10),
                          (Insured("F", date(1989, 3, 15)), 20), (Insured("M", date(1990, 3, 15), True), 20)):
        request = CoverRequest("TL20", Decimal("1000000"), term)
        original = price(load(sample_catalog()), insured, request, as_of)
        again = price(load(reordered), insured, request, as_of)
        assert original.annual_premium > 0
        assert (again.age, again.annual_premium, again.modal_premium) == (
            original.age, original.annual_premium, original.modal_premium)


# --- the file itself ------------------------------------------------------------------------------------


def test_a_file_that_is_not_json_is_refused() -> None:
    with pytest.raises(CatalogError) as refused:
        parse_catalog(b'{"catalog_id": "test",')
    [(path, reason)] = refused.value.problems
    assert path == "$"
    assert "JSON" in reason


def test_a_file_that_is_not_utf8_is_refused() -> None:
    latin1 = catalog_json(sample_catalog()).replace("Term Life 20", "Vie Entière").encode("latin-1",
                                                                                         errors="replace")
    with pytest.raises(CatalogError) as refused:
        parse_catalog(latin1)
    [(path, reason)] = refused.value.problems
    assert path == "$"
    assert "UTF-8" in reason


def test_a_top_level_that_is_not_an_object_is_refused() -> None:
    assert reason_at([sample_catalog()], "$")


def test_an_unreadable_file_is_refused_at_the_root(tmp_path: Path) -> None:
    for unreadable in (tmp_path / "missing.json", tmp_path):
        with pytest.raises(CatalogError) as refused:
            load_catalog(unreadable)
        [(path, reason)] = refused.value.problems
        assert path == "$"
        assert str(unreadable) in reason


# --- catalog fields -------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["catalog_id", "version", "currency"])
def test_a_missing_catalog_field_is_refused(field: str) -> None:
    document = sample_catalog()
    del document[field]
    assert reason_at(document, f"$.{field}")


@pytest.mark.parametrize("currency", ["twd", "NT$", "TWDX", "TW"])
def test_a_currency_that_is_not_an_iso_code_is_refused(currency: str) -> None:
    document = sample_catalog()
    document["currency"] = currency
    assert reason_at(document, "$.currency")


@pytest.mark.parametrize("basis", ["age_next_birthday", "", 35])
def test_an_unknown_age_basis_is_refused(basis: Any) -> None:
    document = sample_catalog()
    document["age_basis"] = basis
    assert reason_at(document, "$.age_basis")


@pytest.mark.parametrize("mode", ["HALF_UP", "round_half_up", "bankers"])
def test_a_rounding_mode_that_decimal_does_not_name_is_refused(mode: str) -> None:
    document = sample_catalog()
    document["rounding"]["mode"] = mode
    assert reason_at(document, "$.rounding.mode")


@pytest.mark.parametrize("places", ["0.05", "0.02", "5", "0.25", "10", "1.00", "0.010"])
def test_rounding_places_that_are_not_a_power_of_ten_are_refused(places: str) -> None:
    document = sample_catalog()
    document["rounding"]["places"] = places
    assert "power of ten" in reason_at(document, "$.rounding.places")


@pytest.mark.parametrize("places", ["0", "-0.01", "abc"])
def test_rounding_places_that_are_not_a_positive_number_are_refused(places: str) -> None:
    document = sample_catalog()
    document["rounding"]["places"] = places
    assert reason_at(document, "$.rounding.places")


def test_an_empty_product_list_is_refused() -> None:
    document = sample_catalog()
    document["products"] = []
    assert reason_at(document, "$.products")


# --- product fields -------------------------------------------------------------------------------------


def test_a_product_without_names_is_refused() -> None:
    document = sample_catalog()
    del tl20(document)["names"]
    assert reason_at(document, f"{TL20}.names")


def test_a_product_without_an_english_name_is_refused() -> None:
    document = sample_catalog()
    del tl20(document)["names"]["en"]
    assert "en" in reason_at(document, f"{TL20}.names")


def test_an_unknown_benefit_is_refused() -> None:
    document = sample_catalog()
    tl20(document)["benefits"] = ["death", "immortality"]
    assert "immortality" in reason_at(document, f"{TL20}.benefits[1]")


def test_issue_ages_with_min_above_max_are_refused() -> None:
    document = sample_catalog()
    tl20(document)["issue_age"] = {"min": 61, "max": 60}
    assert reason_at(document, f"{TL20}.issue_age")


def test_a_sum_assured_with_min_above_max_is_refused() -> None:
    document = sample_catalog()
    tl20(document)["sum_assured"] = {"min": "200000", "max": "100000", "step": "10000"}
    assert reason_at(document, f"{TL20}.sum_assured")


@pytest.mark.parametrize("step", ["0", "-10000"])
def test_a_sum_assured_step_that_is_not_positive_is_refused(step: str) -> None:
    document = sample_catalog()
    tl20(document)["sum_assured"]["step"] = step
    assert reason_at(document, f"{TL20}.sum_assured.step")


def test_an_unknown_premium_basis_is_refused() -> None:
    document = sample_catalog()
    tl20(document)["premium"]["basis"] = "per_100_sum_assured"
    assert reason_at(document, f"{TL20}.premium.basis")


def test_percent_of_base_on_a_base_product_is_refused() -> None:
    document = sample_catalog()
    tl20(document)["premium"]["basis"] = "percent_of_base"
    assert "rider" in reason_at(document, f"{TL20}.premium.basis")


def _set(path: tuple, value: Any) -> Callable[[dict], None]:
    """Set document[path[0]][path[1]]…; integers index lists."""
    def breaker(document: dict) -> None:
        target = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
    return breaker


@pytest.mark.parametrize(("breaker", "path"), [
    (_set(("age_basis",), []), "$.age_basis"),
    (_set(("rounding", "mode"), []), "$.rounding.mode"),
    (_set(("products", 0, "premium", "basis"), {}), f"{TL20}.premium.basis"),
    (_set(("products", 0, "benefits"), [["death"]]), f"{TL20}.benefits[0]"),
    (_set(("products", 0, "terms"), [[10], [20]]), f"{TL20}.terms[0]"),
], ids=["age_basis", "rounding.mode", "premium.basis", "benefits", "terms"])
def test_a_json_list_or_object_where_a_name_or_number_belongs_is_refused_not_a_crash(
        breaker: Callable[[dict], None], path: str) -> None:
    document = sample_catalog()
    breaker(document)
    assert path in paths_of(document)


# --- rate tables ----------------------------------------------------------------------------------------


def with_row(index: int, row: list) -> dict:
    document = sample_catalog()
    tl20(document)["premium"]["rates"]["rows"][index] = row
    return document


@pytest.mark.parametrize("row", [["F", False, 36, "1.93"], ["F", False, 36, 20, "1.93", "2.00"], "F,false,36,20",
                                 []])
def test_a_rate_row_of_the_wrong_length_is_refused(row: Any) -> None:
    assert reason_at(with_row(1, row), f"{ROWS}[1]")


def test_a_rate_row_with_sex_x_is_refused() -> None:
    assert "sex" in reason_at(with_row(1, ["X", False, 36, 20, "1.93"]), f"{ROWS}[1]")


def test_a_rate_row_with_smoker_yes_is_refused() -> None:
    assert "smoker" in reason_at(with_row(1, ["F", "yes", 36, 20, "1.93"]), f"{ROWS}[1]")


@pytest.mark.parametrize("age", ["36", 36.0, True, -1])
def test_a_rate_row_with_an_age_that_is_not_a_whole_number_is_refused(age: Any) -> None:
    assert "age" in reason_at(with_row(1, ["F", False, age, 20, "1.93"]), f"{ROWS}[1]")


def test_a_negative_rate_is_refused() -> None:
    assert reason_at(with_row(1, ["F", False, 36, 20, "-1.93"]), f"{ROWS}[1][4]")


@pytest.mark.parametrize("rate", ["one", "", None, True, "NaN", "Infinity"])
def test_a_rate_that_is_not_a_number_is_refused(rate: Any) -> None:
    assert reason_at(with_row(1, ["F", False, 36, 20, rate]), f"{ROWS}[1][4]")


def test_a_rate_row_repeating_an_earlier_key_is_refused() -> None:
    assert "earlier" in reason_at(with_row(1, ["F", False, 35, 20, "1.90"]), f"{ROWS}[1]")


def test_an_unknown_rate_key_is_refused() -> None:
    document = sample_catalog()
    rates = tl20(document)["premium"]["rates"]
    rates["keys"] = ["sex", "smoker", "occupation", "term"]
    rates["rows"] = [["F", False, 1, 20, "1.85"]]
    assert "occupation" in reason_at(document, f"{TL20}.premium.rates.keys[2]")


def test_an_unknown_rate_key_with_a_list_value_is_refused_not_a_crash() -> None:
    document = sample_catalog()
    rates = tl20(document)["premium"]["rates"]
    rates["keys"] = ["sex", "colour"]
    rates["rows"] = [["F", ["red"], "1.85"]]
    assert f"{TL20}.premium.rates.keys[1]" in paths_of(document)


def test_a_rate_key_named_twice_is_refused() -> None:
    document = sample_catalog()
    rates = tl20(document)["premium"]["rates"]
    rates["keys"] = ["sex", "age", "age", "term"]
    rates["rows"] = [["F", 35, 35, 20, "1.85"]]
    assert reason_at(document, f"{TL20}.premium.rates.keys")


def test_a_term_key_without_terms_is_refused() -> None:
    document = sample_catalog()
    del tl20(document)["terms"]
    assert "terms" in reason_at(document, f"{TL20}.premium.rates.keys")


def test_a_payment_term_key_without_payment_terms_is_refused() -> None:
    document = sample_catalog()
    rates = tl20(document)["premium"]["rates"]
    rates["keys"] = ["sex", "smoker", "age", "term", "payment_term"]
    rates["rows"] = [["F", False, 35, 20, 10, "2.85"]]
    assert "payment_terms" in reason_at(document, f"{TL20}.premium.rates.keys")


# --- products together ----------------------------------------------------------------------------------


def test_a_product_code_used_twice_is_refused() -> None:
    document = sample_catalog()
    document["products"].append(tl20(sample_catalog()))
    assert "TL20" in reason_at(document, "$.products[3].code")


def test_a_rider_code_missing_from_the_catalog_is_refused() -> None:
    document = sample_catalog()
    tl20(document)["riders"] = ["ADB", "CI"]
    assert "CI" in reason_at(document, f"{TL20}.riders[1]")


def test_a_rider_link_to_a_base_product_is_refused() -> None:
    document = sample_catalog()
    other_base = tl20(sample_catalog())
    other_base.update(code="TL10", riders=[])
    document["products"].append(other_base)
    tl20(document)["riders"] = ["ADB", "WP", "TL10"]
    assert "TL10" in reason_at(document, f"{TL20}.riders[2]")


def test_a_rider_problem_is_reported_at_its_product_index_after_a_broken_product() -> None:
    """An earlier broken product must not shift the paths of the products after it."""
    document = sample_catalog()
    document["products"][2]["benefits"] = ["immortality"]  # WP, products[2], is broken
    document["products"].append({**tl20(sample_catalog()), "code": "TL10", "riders": ["CI"]})  # products[3]
    assert "$.products[3].riders[0]" in paths_of(document)


def test_a_rider_problem_is_reported_at_its_product_index_after_a_duplicate_code() -> None:
    document = sample_catalog()
    document["products"].append(tl20(sample_catalog()))  # products[3] repeats TL20
    document["products"].append({**tl20(sample_catalog()), "code": "TL10", "riders": ["CI"]})  # products[4]
    assert paths_of(document) == ["$.products[3].code", "$.products[4].riders[0]"]


def test_a_modal_factor_for_an_unknown_frequency_is_refused() -> None:
    document = sample_catalog()
    tl20(document)["premium"]["modal_factors"]["weekly"] = "0.02"
    assert reason_at(document, f"{TL20}.premium.modal_factors.weekly")


def test_modal_factors_without_an_annual_factor_are_refused() -> None:
    document = sample_catalog()
    del tl20(document)["premium"]["modal_factors"]["annual"]
    assert "annual" in reason_at(document, f"{TL20}.premium.modal_factors")


# --- all problems at once -------------------------------------------------------------------------------


def test_every_problem_is_reported_and_the_message_names_the_first() -> None:
    document = sample_catalog()
    document["currency"] = "twd"
    tl20(document)["premium"]["rates"]["rows"][1] = ["X", False, 36, 20, "1.93"]
    document["products"][2]["premium"]["modal_factors"]["weekly"] = "0.02"
    with pytest.raises(CatalogError) as refused:
        load(document)
    assert [path for path, _ in refused.value.problems] == [
        "$.currency", f"{ROWS}[1]", "$.products[2].premium.modal_factors.weekly"]
    message = str(refused.value)
    first_path, first_reason = refused.value.problems[0]
    assert first_path in message and first_reason in message
    assert "and 2 more" in message
