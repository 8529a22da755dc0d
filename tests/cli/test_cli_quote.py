"""`agent-desk quote` (DESIGN §4): text and JSON output priced from a catalog file,
and a one-line error with a non-zero exit for every bad request.

The expected premiums are worked out by hand from CATALOG below, never by pricing.py."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from agent_desk.cli import main

MODAL_FACTORS = {"annual": "1", "semiannual": "0.52", "quarterly": "0.262", "monthly": "0.088"}
CATALOG: dict[str, Any] = {
    "catalog_id": "cli", "version": "2026.1", "currency": "TWD", "age_basis": "last_birthday",
    "rounding": {"places": "0.01", "mode": "ROUND_HALF_UP"},
    "products": [
        {"code": "TL20", "kind": "term_life", "names": {"en": "Term Life 20", "zh-Hant": "二十年定期壽險"},
         "benefits": ["death"], "issue_age": {"min": 18, "max": 60}, "max_expiry_age": 80, "terms": [10, 20],
         "sum_assured": {"min": "100000", "max": "10000000", "step": "10000"},
         "premium": {"basis": "per_1000_sum_assured",
                     "rates": {"keys": ["sex", "smoker", "age", "term"],
                               "rows": [["F", False, 35, 20, "1.85"],
                                        ["F", False, 36, 20, "1.93"],
                                        ["M", True, 35, 20, "3.27"],
                                        ["F", False, 35, 10, "1.20"],
                                        ["F", False, 15, 20, "0.90"]]},
                     "policy_fee": "30", "modal_factors": MODAL_FACTORS},
         "riders": ["ADB", "WP"]},
        {"code": "TL10", "kind": "term_life", "names": {"en": "Term Life 10"},
         "benefits": ["death"], "issue_age": {"min": 18, "max": 60}, "max_expiry_age": 80, "terms": [10],
         "sum_assured": {"min": "100000", "max": "10000000", "step": "10000"},
         "premium": {"basis": "per_1000_sum_assured",
                     "rates": {"keys": ["sex", "age"], "rows": [["F", 35, "1.10"]]},
                     "policy_fee": "0", "modal_factors": MODAL_FACTORS},
         "riders": ["ADB"]},
        {"code": "ADB", "kind": "accident", "rider": True, "names": {"en": "Accidental Death Benefit"},
         "benefits": ["accident"], "issue_age": {"min": 18, "max": 60}, "max_expiry_age": 70,
         "sum_assured": {"min": "100000", "max": "5000000", "step": "10000"},
         "premium": {"basis": "per_1000_sum_assured",
                     "rates": {"keys": ["age"], "rows": [[35, "0.45"], [36, "0.46"]]},
                     "policy_fee": "0", "modal_factors": MODAL_FACTORS}},
        {"code": "WP", "kind": "waiver", "rider": True, "names": {"en": "Waiver of Premium"},
         "benefits": ["waiver"], "issue_age": {"min": 18, "max": 55}, "max_expiry_age": 65,
         "premium": {"basis": "percent_of_base",
                     "rates": {"keys": ["sex", "age"], "rows": [["F", 35, "3.5"], ["F", 36, "3.6"]]},
                     "policy_fee": "0", "modal_factors": MODAL_FACTORS}},
    ],
}
BORN = "1990-03-15"
AS_OF = "2025-06-01"  # age 35 (last birthday 2025-03-15)
JSON_KEYS = {"product", "age", "annual_premium", "modal_premium", "frequency", "riders", "total_annual_premium",
             "total_modal_premium", "currency"}
RIDER_KEYS = {"code", "sum_assured", "annual_premium", "modal_premium"}


@pytest.fixture
def catalog_file(tmp_path: Path) -> Path:
    return write(tmp_path, CATALOG)


def write(directory: Path, document: Any) -> Path:
    path = directory / "catalog.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def quote_args(catalog: Path, *extra: str, **options: str) -> list[str]:
    """`quote` for a 35-year-old woman, TL20, 1,000,000 over 20 years; options override (birth_date=…)."""
    values = {"product": "TL20", "sex": "F", "birth_date": BORN, "as_of": AS_OF, "sum_assured": "1000000",
              "term": "20", **options}
    args = ["quote", "--catalog", str(catalog)]
    for name, value in values.items():
        args += [f"--{name.replace('_', '-')}", value]
    return args + list(extra)


def quote_json(capsys: pytest.CaptureFixture, args: list[str]) -> dict:
    assert main(args + ["--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return json.loads(out)


def one_line_error(capsys: pytest.CaptureFixture) -> str:
    """stderr, checked to be the single `agent-desk: error: …` line with nothing on stdout."""
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("agent-desk: error: ")
    assert err.endswith("\n") and err.count("\n") == 1, f"expected one line, got {err!r}"
    return err


# --- prices ---------------------------------------------------------------------------------------------


def test_quote_json_has_exactly_the_contract_keys_with_money_as_strings(
        catalog_file: Path, capsys: pytest.CaptureFixture) -> None:
    # TL20, F non-smoker 35, term 20: 1,000,000 / 1000 × 1.85 + 30 = 1,850 + 30 = 1,880.00 (annual factor 1)
    result = quote_json(capsys, quote_args(catalog_file))
    assert set(result) == JSON_KEYS
    assert result == {"product": "TL20", "age": 35, "annual_premium": "1880.00", "modal_premium": "1880.00",
                      "frequency": "annual", "riders": [], "total_annual_premium": "1880.00",
                      "total_modal_premium": "1880.00", "currency": "TWD"}


def test_quote_json_prices_the_modal_premium_with_the_frequency_factor(
        catalog_file: Path, capsys: pytest.CaptureFixture) -> None:
    # monthly: 1,880.00 × 0.088 = 165.44; quarterly: 1,880.00 × 0.262 = 492.56; semiannual: × 0.52 = 977.60
    for frequency, modal in (("monthly", "165.44"), ("quarterly", "492.56"), ("semiannual", "977.60")):
        result = quote_json(capsys, quote_args(catalog_file, "--frequency", frequency))
        assert (result["frequency"], result["annual_premium"], result["modal_premium"]) == (
            frequency, "1880.00", modal)
        assert result["total_modal_premium"] == modal


def test_quote_rounds_half_up_to_the_catalogs_places(catalog_file: Path, capsys: pytest.CaptureFixture) -> None:
    # term 10, 1,010,000: 1,010 × 1.20 + 30 = 1,242.00; monthly 1,242.00 × 0.088 = 109.296 → 109.30
    result = quote_json(capsys, quote_args(catalog_file, "--frequency", "monthly", term="10", sum_assured="1010000"))
    assert (result["annual_premium"], result["modal_premium"]) == ("1242.00", "109.30")


def test_quote_uses_the_smoker_and_male_rates(catalog_file: Path, capsys: pytest.CaptureFixture) -> None:
    # M smoker 35, term 20: 1,000 × 3.27 + 30 = 3,300.00
    result = quote_json(capsys, quote_args(catalog_file, "--smoker", sex="M"))
    assert result["annual_premium"] == "3300.00"


def test_quote_with_riders_lists_each_and_totals_the_rounded_parts(
        catalog_file: Path, capsys: pytest.CaptureFixture) -> None:
    # base monthly: 1,880.00 × 0.088 = 165.44
    # ADB=500000: 500 × 0.45 = 225.00; monthly 225.00 × 0.088 = 19.80
    # WP (percent of base): 1,880.00 × 3.5 / 100 = 65.80; monthly 65.80 × 0.088 = 5.7904 → 5.79
    # totals: 1,880.00 + 225.00 + 65.80 = 2,170.80; 165.44 + 19.80 + 5.79 = 191.03
    result = quote_json(capsys, quote_args(catalog_file, "--rider", "ADB=500000", "--rider", "WP",
                                           "--frequency", "monthly"))
    assert set(result) == JSON_KEYS
    assert all(set(rider) == RIDER_KEYS for rider in result["riders"])
    assert result["riders"] == [
        {"code": "ADB", "sum_assured": "500000", "annual_premium": "225.00", "modal_premium": "19.80"},
        {"code": "WP", "sum_assured": None, "annual_premium": "65.80", "modal_premium": "5.79"},
    ]
    assert (result["total_annual_premium"], result["total_modal_premium"]) == ("2170.80", "191.03")


def test_a_rider_without_a_sum_takes_the_base_sum_assured(catalog_file: Path, capsys: pytest.CaptureFixture) -> None:
    # ADB on the base's 1,000,000: 1,000 × 0.45 = 450.00; total 1,880.00 + 450.00 = 2,330.00
    result = quote_json(capsys, quote_args(catalog_file, "--rider", "ADB"))
    assert result["riders"] == [
        {"code": "ADB", "sum_assured": "1000000", "annual_premium": "450.00", "modal_premium": "450.00"}]
    assert result["total_annual_premium"] == "2330.00"


def test_the_age_is_taken_on_the_as_of_date(catalog_file: Path, capsys: pytest.CaptureFixture) -> None:
    # born 1990-03-15: 35 on 2026-03-14, 36 on 2026-03-15 → rate 1.93: 1,000 × 1.93 + 30 = 1,960.00
    day_before = quote_json(capsys, quote_args(catalog_file, as_of="2026-03-14"))
    birthday = quote_json(capsys, quote_args(catalog_file, as_of="2026-03-15"))
    assert (day_before["age"], day_before["annual_premium"]) == (35, "1880.00")
    assert (birthday["age"], birthday["annual_premium"]) == (36, "1960.00")


def test_quote_prints_plain_text(catalog_file: Path, capsys: pytest.CaptureFixture) -> None:
    # figures as in test_quote_with_riders_lists_each_and_totals_the_rounded_parts
    assert main(quote_args(catalog_file, "--rider", "ADB=500000", "--rider", "WP", "--frequency", "monthly")) == 0
    out, err = capsys.readouterr()
    assert err == ""
    header, base, adb, wp, total = out.splitlines()
    assert header.startswith("Term Life 20 (TL20), age 35, monthly") and "TWD" in header
    assert base.split()[0] == "TL20" and "1,000,000" in base and "1,880.00" in base and "165.44" in base
    assert adb.split()[0] == "ADB" and "500,000" in adb and "225.00" in adb and "19.80" in adb
    assert wp.split()[0] == "WP" and "65.80" in wp and "5.79" in wp
    assert total.split()[0] == "total" and "2,170.80" in total and "191.03" in total


def test_quote_runs_as_a_command(catalog_file: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "agent_desk", *quote_args(catalog_file, "--json")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["annual_premium"] == "1880.00"


# --- refusals -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("options", "extra", "expected"), [
    # born 2010-03-15: 15 on 2025-06-01 (a rate exists for 15, the issue ages refuse)
    ({"birth_date": "2010-03-15"}, [], "age 15"),
    ({"term": "30"}, [], "term of 30 years is not offered"),
    ({"sum_assured": "1005000"}, [], "1005000"),
    ({"sum_assured": "50000"}, [], "below the minimum"),
    ({"product": "XX99"}, [], "XX99"),
    ({}, ["--rider", "ZZ"], "ZZ"),
    ({"product": "TL10", "term": "10"}, ["--rider", "WP"], "TL10 does not take the WP rider"),
    ({}, ["--rider", "ADB=6000000"], "above the maximum"),
    ({}, ["--rider", "WP=100000"], "WP"),
], ids=["ineligible-age", "term-not-offered", "sum-off-step", "sum-below-min", "unknown-product",
        "unknown-rider", "rider-not-taken", "rider-sum-too-high", "percent-rider-with-a-sum"])
def test_an_ineligible_quote_is_one_error_line(catalog_file: Path, capsys: pytest.CaptureFixture,
                                               options: dict, extra: list, expected: str) -> None:
    assert main(quote_args(catalog_file, *extra, **options)) != 0
    assert expected in one_line_error(capsys)


def test_a_malformed_catalog_is_one_error_line_naming_the_json_path(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    document = copy.deepcopy(CATALOG)
    document["products"][0]["premium"]["rates"]["rows"][1] = ["F", False, 36, "1.93"]
    assert main(quote_args(write(tmp_path, document))) != 0
    assert "$.products[0].premium.rates.rows[1]" in one_line_error(capsys)


def test_a_catalog_with_a_list_for_a_name_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    document = copy.deepcopy(CATALOG)
    document["age_basis"] = ["last_birthday"]
    assert main(quote_args(write(tmp_path, document))) != 0
    assert "$.age_basis" in one_line_error(capsys)


def test_a_catalog_that_is_not_json_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "catalog.json"
    path.write_text('{"catalog_id": ', encoding="utf-8")
    assert main(quote_args(path)) != 0
    assert "JSON" in one_line_error(capsys)


def test_a_missing_catalog_file_is_one_error_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    missing = tmp_path / "no-such-catalog.json"
    assert main(quote_args(missing)) != 0
    assert "no-such-catalog.json" in one_line_error(capsys)


@pytest.mark.parametrize("birth_date", ["1990-13-01", "15/03/1990", "yesterday", ""])
def test_a_bad_birth_date_is_one_error_line(catalog_file: Path, capsys: pytest.CaptureFixture,
                                            birth_date: str) -> None:
    assert main(quote_args(catalog_file, birth_date=birth_date)) != 0
    assert "--birth-date" in one_line_error(capsys)


def test_a_bad_as_of_date_is_one_error_line(catalog_file: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(quote_args(catalog_file, as_of="2025-02-30")) != 0
    assert "--as-of" in one_line_error(capsys)


def test_a_birth_date_after_the_as_of_date_is_one_error_line(catalog_file: Path,
                                                              capsys: pytest.CaptureFixture) -> None:
    assert main(quote_args(catalog_file, birth_date="2025-06-02")) != 0
    assert "birth date" in one_line_error(capsys)


@pytest.mark.parametrize("amount", ["abc", "-5", "0", "NaN", "Infinity", ""])
def test_a_bad_sum_assured_is_one_error_line(catalog_file: Path, capsys: pytest.CaptureFixture,
                                             amount: str) -> None:
    assert main(quote_args(catalog_file, sum_assured=amount)) != 0
    assert "--sum-assured" in one_line_error(capsys)


@pytest.mark.parametrize("rider", ["ADB=abc", "ADB=-5", "ADB=0", "=500000"])
def test_a_bad_rider_argument_is_one_error_line(catalog_file: Path, capsys: pytest.CaptureFixture,
                                                rider: str) -> None:
    assert main(quote_args(catalog_file, "--rider", rider)) != 0
    assert "--rider" in one_line_error(capsys)
