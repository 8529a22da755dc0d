"""Client value tiers: what a client is worth to the agent, and the service it brings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from agent_desk.domain.clients import Tier
from agent_desk.domain.segments import (
    DEFAULT_LEVELS,
    GIFT_OCCASIONS,
    ClientValueFacts,
    NoExchangeRateError,
    ReasonCode,
    ServiceLevel,
    TierBasis,
    TierRules,
    assign_tier,
    service_level,
    tier_reasons,
    to_rules_currency,
)
from agent_desk.errors import ValidationError

TODAY = date(2025, 6, 1)
RULES = TierRules()  # A from 120,000, B from 40,000 TWD; referrals at 0.5; loyalty 3 policies and 5 years


def facts(premium: str = "0", policies: int = 1, first: date | None = date(2024, 1, 1),
          **extra) -> ClientValueFacts:  # noqa: ANN003
    return ClientValueFacts(Decimal(premium), policies, first, **extra)


def tier_of(f: ClientValueFacts, rules: TierRules = RULES) -> Tier | None:
    return assign_tier(f, rules, TODAY)[0]


def problems(data: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        TierRules.from_json(data)
    return caught.value.problems


# --- thresholds ---------------------------------------------------------------------------

@pytest.mark.parametrize(("premium", "tier"), [
    ("120000", Tier.A), ("119999.99", Tier.B), ("40000", Tier.B), ("39999.99", Tier.C), ("0", Tier.C)])
def test_the_value_sets_the_tier_at_the_thresholds(premium: str, tier: Tier) -> None:
    assert tier_of(facts(premium)) is tier


def test_thresholds_are_configurable() -> None:
    rules = replace(RULES, a_value=Decimal("50000"), b_value=Decimal("10000"))
    assert tier_of(facts("50000"), rules) is Tier.A
    assert tier_of(facts("10000"), rules) is Tier.B
    assert tier_of(facts("9999"), rules) is Tier.C


def test_a_prospect_has_no_tier() -> None:
    tier, basis = assign_tier(facts("0", policies=0, first=None), RULES, TODAY)
    assert tier is None and basis.tier is None and basis.value_tier is None
    assert [r.code for r in tier_reasons(basis, RULES)] == [ReasonCode.PROSPECT]


def test_a_client_whose_policies_all_lapsed_has_no_tier() -> None:
    assert tier_of(facts("0", policies=0, first=date(2010, 1, 1))) is None


def test_a_client_insured_under_someone_elses_policy_is_tier_c() -> None:
    assert tier_of(facts("0", policies=1)) is Tier.C


def test_a_client_without_policies_who_referred_business_has_a_tier() -> None:
    referrer = facts("0", policies=0, first=None, referred_premium=Decimal("100000"), referred_clients=1)
    assert tier_of(referrer) is Tier.B  # 0.5 × 100,000


# --- referrals ----------------------------------------------------------------------------

def test_direct_referrals_count_at_the_weight() -> None:
    tier, basis = assign_tier(facts("70000", referred_premium=Decimal("100000"), referred_clients=2), RULES, TODAY)
    assert basis.value == Decimal("120000") and tier is Tier.A


def test_referrals_of_referrals_count_at_the_weight_squared() -> None:
    f = facts("30000", referred_premium=Decimal("0"), referred_clients=1, chain_premium=Decimal("40000"),
              chain_clients=3)
    tier, basis = assign_tier(f, RULES, TODAY)
    assert basis.value == Decimal("40000") and tier is Tier.B  # 30,000 + 0.25 × 40,000
    assert tier_of(f, replace(RULES, referral_weight=Decimal("0.4"))) is Tier.C  # 30,000 + 0.16 × 40,000


def test_a_weight_of_zero_ignores_referrals() -> None:
    f = facts("1000", referred_premium=Decimal("1000000"), referred_clients=1)
    assert tier_of(f, replace(RULES, referral_weight=Decimal("0"))) is Tier.C


def test_the_tier_rises_when_a_referred_clients_premium_grows() -> None:
    before = facts("100000", referred_premium=Decimal("30000"), referred_clients=1)
    assert tier_of(before) is Tier.B  # 115,000
    assert tier_of(replace(before, referred_premium=Decimal("40000"))) is Tier.A  # 120,000


# --- loyalty ------------------------------------------------------------------------------

def test_a_loyal_client_steps_up_one_tier() -> None:
    loyal = facts("10000", policies=3, first=date(2020, 6, 1))  # five years on TODAY
    tier, basis = assign_tier(loyal, RULES, TODAY)
    assert (tier, basis.value_tier, basis.stepped_up, basis.tenure_years) == (Tier.B, Tier.C, True, 5)
    assert tier_of(replace(loyal, annual_premium=Decimal("50000"))) is Tier.A


def test_loyalty_needs_both_the_policies_and_the_years() -> None:
    assert tier_of(facts("10000", policies=2, first=date(2010, 1, 1))) is Tier.C
    assert tier_of(facts("10000", policies=3, first=date(2020, 6, 2))) is Tier.C  # a day short of five years
    assert tier_of(facts("10000", policies=3, first=None)) is Tier.C


def test_tier_a_stays_a_when_loyal() -> None:
    tier, basis = assign_tier(facts("200000", policies=5, first=date(2000, 1, 1)), RULES, TODAY)
    assert tier is Tier.A and not basis.stepped_up


def test_tenure_is_completed_years_since_the_first_policy() -> None:
    assert assign_tier(facts("1", first=date(2019, 6, 2)), RULES, TODAY)[1].tenure_years == 5
    assert assign_tier(facts("1", first=date(2019, 6, 1)), RULES, TODAY)[1].tenure_years == 6
    assert assign_tier(facts("1", first=date(2026, 1, 1)), RULES, TODAY)[1].tenure_years == 0


# --- reasons and service ------------------------------------------------------------------

def test_reasons_name_every_figure_with_its_numbers() -> None:
    f = facts("20000", policies=3, first=date(2015, 1, 1), referred_premium=Decimal("20000"), referred_clients=2,
              chain_premium=Decimal("8000"), chain_clients=1)
    tier, basis = assign_tier(f, RULES, TODAY)
    assert tier is Tier.B and basis.value == Decimal("32000")  # 20,000 + 10,000 + 2,000: C, stepped up
    reasons = {r.code: r for r in tier_reasons(basis, RULES)}
    assert list(reasons) == [ReasonCode.VALUE, ReasonCode.OWN_PREMIUM, ReasonCode.REFERRALS, ReasonCode.CHAIN,
                             ReasonCode.LOYALTY, ReasonCode.NEXT_TIER]
    assert (reasons[ReasonCode.VALUE].amount, reasons[ReasonCode.VALUE].tier,
            reasons[ReasonCode.VALUE].threshold) == (Decimal("32000"), Tier.C, None)
    assert (reasons[ReasonCode.OWN_PREMIUM].amount, reasons[ReasonCode.OWN_PREMIUM].count) == (Decimal("20000"), 3)
    referrals = reasons[ReasonCode.REFERRALS]
    assert (referrals.amount, referrals.counted, referrals.weight, referrals.count) == (
        Decimal("20000"), Decimal("10000"), Decimal("0.5"), 2)
    chain = reasons[ReasonCode.CHAIN]
    assert (chain.amount, chain.counted, chain.weight, chain.count) == (Decimal("8000"), Decimal("2000"),
                                                                      Decimal("0.25"), 1)
    loyalty = reasons[ReasonCode.LOYALTY]
    assert (loyalty.count, loyalty.years, loyalty.from_tier, loyalty.tier) == (3, 10, Tier.C, Tier.B)
    # Loyal clients keep their step, so only reaching the A value lifts them further.
    assert (reasons[ReasonCode.NEXT_TIER].tier, reasons[ReasonCode.NEXT_TIER].amount) == (Tier.A, Decimal("88000"))


def test_a_tier_a_client_is_told_the_threshold_they_passed_and_nothing_further() -> None:
    _, basis = assign_tier(facts("150000"), RULES, TODAY)
    reasons = tier_reasons(basis, RULES)
    assert [r.code for r in reasons] == [ReasonCode.VALUE, ReasonCode.OWN_PREMIUM]
    assert reasons[0].threshold == Decimal("120000")


def test_service_levels_follow_the_tier() -> None:
    assert service_level(Tier.A, RULES) == ServiceLevel(6, GIFT_OCCASIONS)
    assert service_level(Tier.B, RULES) == ServiceLevel(12, ("birthday", "lunar_new_year"))
    assert service_level(Tier.C, RULES) == ServiceLevel(24, ("birthday",))
    assert service_level(None, RULES) is None


# --- currencies ---------------------------------------------------------------------------

def test_premiums_convert_to_the_rules_currency_by_the_demo_rates() -> None:
    assert to_rules_currency(Decimal("1000"), "USD", RULES) == Decimal("31000")
    assert to_rules_currency(Decimal("1000.55"), "CNY", RULES) == Decimal("4402.42")
    assert to_rules_currency(Decimal("7"), "TWD", RULES) == Decimal("7")


def test_a_currency_without_a_rate_is_a_named_error() -> None:
    with pytest.raises(NoExchangeRateError) as caught:
        to_rules_currency(Decimal("1"), "JPY", RULES)
    assert caught.value.currency == "JPY"
    assert caught.value.problems == {"currency": "No exchange rate from JPY to TWD in the tier rules."}
    assert isinstance(caught.value, ValidationError)


def test_unpriced_currencies_travel_to_the_reasons() -> None:
    _, basis = assign_tier(facts("100", unpriced_currencies=("JPY",)), RULES, TODAY)
    assert tier_reasons(basis, RULES)[-1].code is ReasonCode.UNPRICED
    assert tier_reasons(basis, RULES)[-1].currencies == ("JPY",)


# --- JSON ---------------------------------------------------------------------------------

def test_rules_round_trip_through_json_with_money_as_text() -> None:
    rules = TierRules(exchange_rates={"USD": Decimal("32.5")}, a_value=Decimal("150000.50"),
                      b_value=Decimal("50000"), referral_weight=Decimal("0.3"), loyalty_policies=4, loyalty_years=7,
                      levels={**DEFAULT_LEVELS, Tier.C: ServiceLevel(36, ("mid_autumn", "birthday"))})
    data = rules.to_json()
    assert data["a_value"] == "150000.5" and data["exchange_rates"] == {"USD": "32.5"}
    assert data["levels"]["C"] == {"review_months": 36, "gift_occasions": ["birthday", "mid_autumn"]}
    assert TierRules.from_json(data) == replace(rules, levels={**DEFAULT_LEVELS,
                                                               Tier.C: ServiceLevel(36, ("birthday", "mid_autumn"))})
    assert TierRules.from_json(TierRules().to_json()) == TierRules()


def test_missing_keys_take_their_defaults() -> None:
    assert TierRules.from_json({}) == TierRules()
    assert TierRules.from_json({"a_value": "200000"}).b_value == Decimal("40000")


def test_typed_numbers_with_separators_are_read() -> None:
    rules = TierRules.from_json({"a_value": "1,200,000", "loyalty_years": " 8 "})
    assert rules.a_value == Decimal("1200000") and rules.loyalty_years == 8


def test_basis_round_trips_through_json() -> None:
    f = facts("1234.5", policies=3, first=date(2015, 2, 3), referred_premium=Decimal("10"), referred_clients=1,
              chain_premium=Decimal("0.25"), chain_clients=2, unpriced_currencies=("JPY",))
    _, basis = assign_tier(f, RULES, TODAY)
    assert TierBasis.from_json(basis.to_json()) == basis
    _, prospect = assign_tier(facts(policies=0, first=None), RULES, TODAY)
    assert TierBasis.from_json(prospect.to_json()) == prospect and "unpriced" not in prospect.to_json()


@pytest.mark.parametrize(("data", "expected"), [
    ({"a_value": "-1"}, {"a_value": "This cannot be negative."}),
    ({"b_value": "-0.01"}, {"b_value": "This cannot be negative."}),
    ({"a_value": "1000", "b_value": "2000"}, {"a_value": "The tier A value must be at least the tier B value."}),
    ({"a_value": "lots"}, {"a_value": "'lots' is not a number."}),
    ({"referral_weight": "half"}, {"referral_weight": "'half' is not a number."}),
    ({"referral_weight": 0.5}, {"referral_weight": "'0.5' is not a number."}),  # floats are not exact
    ({"referral_weight": "1.5"}, {"referral_weight": "The referral weight is between 0 and 1."}),
    ({"referral_weight": "-0.5"}, {"referral_weight": "This cannot be negative."}),
    ({"loyalty_policies": "0"}, {"loyalty_policies": "This is at least 1."}),
    ({"loyalty_policies": "three"}, {"loyalty_policies": "'three' is not a whole number."}),
    ({"loyalty_years": -1}, {"loyalty_years": "This is at least 0."}),
    ({"loyalty_years": " -2 "}, {"loyalty_years": "This is at least 0."}),
    ({"loyalty_years": "2.5"}, {"loyalty_years": "'2.5' is not a whole number."}),
    ({"currency": "twd"}, {"currency": "A currency is a three-letter code such as TWD."}),
    ({"exchange_rates": {"USD": "0"}}, {"exchange_rates.USD": "An exchange rate must be more than 0."}),
    ({"exchange_rates": {"USD": "abc"}}, {"exchange_rates.USD": "'abc' is not a number."}),
    ({"exchange_rates": {"TWD": "2"}}, {"exchange_rates.TWD": "The rules are in TWD: its own rate is 1."}),
    ({"exchange_rates": {"usd": "31"}}, {"exchange_rates.usd": "A currency is a three-letter code such as TWD."}),
    ({"exchange_rates": "31"}, {"exchange_rates": "Exchange rates are a list of currency codes and rates."}),
    ({"levels": {"A": {"review_months": 0}}}, {"levels.A.review_months": "This is at least 1."}),
    ({"levels": {"B": {"review_months": "often"}}}, {"levels.B.review_months": "'often' is not a whole number."}),
    ({"levels": {"C": {"gift_occasions": ["birthday", "christmas"]}}},
     {"levels.C.gift_occasions": "Unknown gift occasion: christmas."}),
    ({"levels": {"C": {"gift_occasions": "birthday"}}}, {"levels.C.gift_occasions": "Gift occasions are a list."}),
    ({"levels": {"D": {}}}, {"levels.D": "There is no tier D."}),
    ({"levels": {"A": 6}}, {"levels.A": "A service level has review_months and gift_occasions."}),
    ({"levels": []}, {"levels": "Service levels are given per tier (A, B, C)."}),
    ("rules", {"tier_rules": "The tier rules are not a JSON object."}),
])
def test_each_bad_field_is_named_with_its_message(data: object, expected: dict[str, str]) -> None:
    assert problems(data) == expected


def test_every_bad_field_is_named_at_once() -> None:
    found = problems({"a_value": "x", "b_value": "-5", "referral_weight": "2", "loyalty_years": "soon",
                      "levels": {"A": {"review_months": 0, "gift_occasions": ["easter"]}}})
    assert set(found) == {"a_value", "b_value", "referral_weight", "loyalty_years", "levels.A.review_months",
                          "levels.A.gift_occasions"}
