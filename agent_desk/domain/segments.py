"""Client value tiers and the service each tier gets.

A client's *value* is the annualised premium of the live policies they hold,
plus the premium of the clients they referred at `referral_weight` and of the
clients those referred (the chain, depth 2) at `referral_weight`²: a
relationship network is an asset. The value sets tier A, B or C against two
thresholds; a loyal client (enough live policies for long enough) steps up one
tier; a prospect — no live policy and no referred premium — has no tier.

Everything is in the rules' currency (TWD by default); premiums in other
currencies are converted with the rules' exchange rates. A premium in a
currency the rules have no rate for is *not counted*, and the tier's basis says
so (`unpriced_currencies`), rather than failing the whole book: one odd policy
must not stop every client's tier from being computed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from agent_desk.domain.clients import Tier, age_on
from agent_desk.domain.demo_data import MARKETS
from agent_desk.domain.money import to_decimal
from agent_desk.errors import ValidationError

CENT = Decimal("0.01")
ZERO = Decimal(0)


class GiftOccasion(StrEnum):
    BIRTHDAY = "birthday"
    LUNAR_NEW_YEAR = "lunar_new_year"
    MID_AUTUMN = "mid_autumn"
    POLICY_ANNIVERSARY = "policy_anniversary"


GIFT_OCCASIONS: tuple[str, ...] = tuple(occasion.value for occasion in GiftOccasion)


@dataclass(frozen=True)
class ServiceLevel:
    """What a tier's clients get: a review every `review_months`, a gift on these occasions."""

    review_months: int
    gift_occasions: tuple[str, ...]


DEFAULT_LEVELS: Mapping[Tier, ServiceLevel] = {
    Tier.A: ServiceLevel(6, GIFT_OCCASIONS),
    Tier.B: ServiceLevel(12, (GiftOccasion.BIRTHDAY.value, GiftOccasion.LUNAR_NEW_YEAR.value)),
    Tier.C: ServiceLevel(24, (GiftOccasion.BIRTHDAY.value,)),
}
DEFAULT_A_VALUE = Decimal("120000")
DEFAULT_B_VALUE = Decimal("40000")


def _demo_rates() -> dict[str, Decimal]:
    """TWD per unit of each other demo market's currency (TWD itself needs none)."""
    return {market.currency: market.twd_rate for market in MARKETS if market.currency != "TWD"}


@dataclass(frozen=True)
class TierRules:
    """The book's tier rules (book setting "tier_rules"). Build them from
    outside data with `from_json`, which checks every field."""

    currency: str = "TWD"
    exchange_rates: Mapping[str, Decimal] = field(default_factory=_demo_rates)  # rules currency per unit
    a_value: Decimal = DEFAULT_A_VALUE
    b_value: Decimal = DEFAULT_B_VALUE
    referral_weight: Decimal = Decimal("0.5")  # a direct referral's premium counts at this; depth 2 at its square
    loyalty_policies: int = 3
    loyalty_years: int = 5
    levels: Mapping[Tier, ServiceLevel] = field(default_factory=lambda: dict(DEFAULT_LEVELS))

    def to_json(self) -> dict[str, Any]:
        """Plain JSON; money and rates as strings so they stay exact."""
        return {
            "currency": self.currency,
            "exchange_rates": {code: _text(rate) for code, rate in sorted(self.exchange_rates.items())},
            "a_value": _text(self.a_value),
            "b_value": _text(self.b_value),
            "referral_weight": _text(self.referral_weight),
            "loyalty_policies": self.loyalty_policies,
            "loyalty_years": self.loyalty_years,
            "levels": {tier.value: {"review_months": level.review_months,
                                    "gift_occasions": sorted(level.gift_occasions, key=_gift_order)}
                       for tier, level in sorted(self.levels.items())},
        }

    @staticmethod
    def from_json(data: object) -> TierRules:
        """Rules from JSON (or the dialog's texts); a missing key takes its
        default. Raises ValidationError naming every bad field ("a_value",
        "exchange_rates.HKD", "levels.B.review_months", …)."""
        return _RulesReader(data).read()


@dataclass(frozen=True)
class ClientValueFacts:
    """What a client's tier is computed from, every amount in the rules' currency."""

    annual_premium: Decimal  # live policies the client holds
    live_policies: int  # live policies the client holds or is insured under
    first_policy_date: date | None  # earliest issue date of any of their policies: tenure
    referred_premium: Decimal = ZERO  # of the clients they referred
    referred_clients: int = 0
    chain_premium: Decimal = ZERO  # of the clients those referred (depth 2)
    chain_clients: int = 0
    unpriced_currencies: tuple[str, ...] = ()  # premiums left out: no exchange rate


@dataclass(frozen=True)
class TierBasis:
    """The figures a tier came from, and the outcome: stored with the client so
    the list and the page can say why without recomputing the book."""

    tier: Tier | None
    value_tier: Tier | None  # from the value alone, before the loyalty step-up
    currency: str
    value: Decimal
    own_premium: Decimal
    live_policies: int
    first_policy_date: date | None
    tenure_years: int | None
    referred_premium: Decimal
    referred_clients: int
    chain_premium: Decimal
    chain_clients: int
    unpriced_currencies: tuple[str, ...] = ()

    @property
    def stepped_up(self) -> bool:
        return self.tier is not None and self.tier != self.value_tier

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "tier": self.tier.value if self.tier else None,
            "value_tier": self.value_tier.value if self.value_tier else None,
            "currency": self.currency,
            "value": _text(self.value),
            "own": _text(self.own_premium),
            "policies": self.live_policies,
            "first_policy": self.first_policy_date.isoformat() if self.first_policy_date else None,
            "tenure": self.tenure_years,
            "referred": _text(self.referred_premium),
            "referred_clients": self.referred_clients,
            "chain": _text(self.chain_premium),
            "chain_clients": self.chain_clients,
        }
        if self.unpriced_currencies:
            data["unpriced"] = list(self.unpriced_currencies)
        return data

    @staticmethod
    def from_stored(data: object) -> TierBasis | None:
        """The basis as the book keeps it, or None when there is none (tiers
        not computed yet) or it is not one (written by a future version)."""
        if not isinstance(data, Mapping):
            return None
        try:
            return TierBasis.from_json(data)
        except (KeyError, TypeError, ValueError, ArithmeticError):
            return None

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> TierBasis:
        """The basis as stored; raises ValueError (or KeyError) when it is not one."""
        first = data.get("first_policy")
        return TierBasis(
            tier=Tier(data["tier"]) if data.get("tier") else None,
            value_tier=Tier(data["value_tier"]) if data.get("value_tier") else None,
            currency=str(data["currency"]),
            value=Decimal(data["value"]),
            own_premium=Decimal(data["own"]),
            live_policies=int(data["policies"]),
            first_policy_date=date.fromisoformat(first) if first else None,
            tenure_years=None if data.get("tenure") is None else int(data["tenure"]),
            referred_premium=Decimal(data["referred"]),
            referred_clients=int(data["referred_clients"]),
            chain_premium=Decimal(data["chain"]),
            chain_clients=int(data["chain_clients"]),
            unpriced_currencies=tuple(data.get("unpriced", ())),
        )


class ReasonCode(StrEnum):
    """Why a client has their tier; the UI words each one."""

    PROSPECT = "prospect"  # no live policy and no referred premium: no tier
    VALUE = "value"  # amount = value, tier = value_tier, threshold = the threshold reached (None for C)
    OWN_PREMIUM = "own_premium"  # amount = own premium, count = live policies
    REFERRALS = "referrals"  # amount = their premium, count = clients, weight, counted = weight × amount
    CHAIN = "chain"  # as REFERRALS, for the clients those referred (weight²)
    LOYALTY = "loyalty"  # count = live policies, years = tenure, from_tier → tier
    NEXT_TIER = "next_tier"  # amount = value still missing for `tier`
    UNPRICED = "unpriced"  # currencies whose premiums were not counted


@dataclass(frozen=True)
class TierReason:
    code: ReasonCode
    currency: str = ""
    amount: Decimal = ZERO
    counted: Decimal = ZERO
    threshold: Decimal | None = None
    weight: Decimal = ZERO
    count: int = 0
    years: int = 0
    tier: Tier | None = None
    from_tier: Tier | None = None
    currencies: tuple[str, ...] = ()


class NoExchangeRateError(ValidationError):
    """A premium in a currency the tier rules have no rate for."""

    def __init__(self, currency: str, rules_currency: str):
        self.currency = currency
        super().__init__({"currency": f"No exchange rate from {currency} to {rules_currency} in the tier rules."})


def to_rules_currency(amount: Decimal, currency: str, rules: TierRules) -> Decimal:
    """`amount` in the rules' currency, to the cent. Raises NoExchangeRateError
    for a currency the rules have no rate for (the caller decides whether to
    skip it: recompute_tiers leaves it out and names it in the basis)."""
    if currency == rules.currency:
        return amount
    rate = rules.exchange_rates.get(currency)
    if rate is None:
        raise NoExchangeRateError(currency, rules.currency)
    return (amount * rate).quantize(CENT, rounding=ROUND_HALF_UP)


def _tier_for(value: Decimal, rules: TierRules) -> Tier:
    if value >= rules.a_value:
        return Tier.A
    return Tier.B if value >= rules.b_value else Tier.C


_STEP_UP = {Tier.C: Tier.B, Tier.B: Tier.A, Tier.A: Tier.A}


def assign_tier(facts: ClientValueFacts, rules: TierRules, today: date) -> tuple[Tier | None, TierBasis]:
    """The client's tier on `today` and the figures it came from."""
    weight = rules.referral_weight
    value = (facts.annual_premium + weight * facts.referred_premium
             + weight * weight * facts.chain_premium).quantize(CENT, rounding=ROUND_HALF_UP)
    tenure = None
    if facts.first_policy_date is not None:
        tenure = max(0, age_on(facts.first_policy_date, today))
    if facts.live_policies == 0 and facts.referred_premium == 0 and facts.chain_premium == 0:
        value_tier = tier = None
    else:
        value_tier = tier = _tier_for(value, rules)
        if (facts.live_policies >= rules.loyalty_policies and tenure is not None
                and tenure >= rules.loyalty_years):
            tier = _STEP_UP[value_tier]
    basis = TierBasis(
        tier=tier, value_tier=value_tier, currency=rules.currency, value=value,
        own_premium=facts.annual_premium, live_policies=facts.live_policies,
        first_policy_date=facts.first_policy_date, tenure_years=tenure,
        referred_premium=facts.referred_premium, referred_clients=facts.referred_clients,
        chain_premium=facts.chain_premium, chain_clients=facts.chain_clients,
        unpriced_currencies=facts.unpriced_currencies,
    )
    return tier, basis


def tier_reasons(basis: TierBasis, rules: TierRules) -> list[TierReason]:
    """Why the basis gives its tier, headline first. `rules` are the ones the
    basis was computed with (saving rules recomputes every tier, so the book's
    current rules are): they give the thresholds and the weights."""
    currency = basis.currency
    unpriced = [TierReason(ReasonCode.UNPRICED, currency, currencies=basis.unpriced_currencies)] \
        if basis.unpriced_currencies else []
    if basis.tier is None:
        return [TierReason(ReasonCode.PROSPECT, currency), *unpriced]
    threshold = {Tier.A: rules.a_value, Tier.B: rules.b_value}.get(basis.value_tier)  # type: ignore[arg-type]
    weight = rules.referral_weight
    reasons = [
        TierReason(ReasonCode.VALUE, currency, amount=basis.value, threshold=threshold, tier=basis.value_tier),
        TierReason(ReasonCode.OWN_PREMIUM, currency, amount=basis.own_premium, counted=basis.own_premium,
                   count=basis.live_policies),
    ]
    if basis.referred_clients or basis.referred_premium:
        reasons.append(TierReason(ReasonCode.REFERRALS, currency, amount=basis.referred_premium,
                                  counted=_cents(weight * basis.referred_premium), weight=weight,
                                  count=basis.referred_clients))
    if basis.chain_clients or basis.chain_premium:
        reasons.append(TierReason(ReasonCode.CHAIN, currency, amount=basis.chain_premium,
                                  counted=_cents(weight * weight * basis.chain_premium), weight=weight * weight,
                                  count=basis.chain_clients))
    if basis.stepped_up:
        reasons.append(TierReason(ReasonCode.LOYALTY, currency, count=basis.live_policies,
                                  years=basis.tenure_years or 0, tier=basis.tier, from_tier=basis.value_tier))
    next_tier = {Tier.C: (Tier.B, rules.b_value), Tier.B: (Tier.A, rules.a_value)}.get(basis.tier)
    if next_tier is not None:
        tier, needed = next_tier
        if basis.stepped_up:  # a loyal client keeps the step, so the value for the tier above that counts
            needed = rules.a_value
        if needed > basis.value:
            reasons.append(TierReason(ReasonCode.NEXT_TIER, currency, amount=needed - basis.value, tier=tier,
                                      threshold=needed))
    return reasons + unpriced


def service_level(tier: Tier | None, rules: TierRules) -> ServiceLevel | None:
    """What a tier's clients get; None for a client without a tier."""
    return None if tier is None else rules.levels.get(tier, DEFAULT_LEVELS[tier])


# -- helpers ---------------------------------------------------------------------------------------

def _gift_order(occasion: str) -> int:
    return GIFT_OCCASIONS.index(occasion) if occasion in GIFT_OCCASIONS else len(GIFT_OCCASIONS)


def _cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def _text(amount: Decimal) -> str:
    """Exact and short: 40000.00 as "40000", 0.50 as "0.5"."""
    text = format(amount.normalize(), "f")
    return "0" if text in ("-0", "0") else text


_CURRENCY = re.compile(r"^[A-Z]{3}$")
_MISSING = object()


class _RulesReader:
    """Reads TierRules field by field, collecting every problem."""

    def __init__(self, data: object):
        self.data: Mapping[str, Any] = data if isinstance(data, Mapping) else {}
        self.problems: dict[str, str] = {}
        if not isinstance(data, Mapping):
            self.problems["tier_rules"] = "The tier rules are not a JSON object."
        self.defaults = TierRules()

    def read(self) -> TierRules:
        currency = self._currency()
        rates = self._rates(currency)
        a_value = self._amount("a_value", self.defaults.a_value)
        b_value = self._amount("b_value", self.defaults.b_value)
        if a_value is not None and b_value is not None and a_value < b_value:
            self.problems["a_value"] = "The tier A value must be at least the tier B value."
        weight = self._amount("referral_weight", self.defaults.referral_weight)
        if weight is not None and weight > 1:
            self.problems["referral_weight"] = "The referral weight is between 0 and 1."
        loyalty_policies = self._whole("loyalty_policies", self.defaults.loyalty_policies, minimum=1)
        loyalty_years = self._whole("loyalty_years", self.defaults.loyalty_years, minimum=0)
        levels = self._levels()
        if self.problems:
            raise ValidationError(self.problems)
        return TierRules(currency, rates, a_value, b_value, weight, loyalty_policies,  # type: ignore[arg-type]
                         loyalty_years, levels)  # type: ignore[arg-type]

    def _currency(self) -> str:
        value = self.data.get("currency", self.defaults.currency)
        if not isinstance(value, str) or not _CURRENCY.match(value):
            self.problems["currency"] = "A currency is a three-letter code such as TWD."
            return self.defaults.currency
        return value

    def _rates(self, currency: str) -> dict[str, Decimal]:
        given = self.data.get("exchange_rates", None)
        if given is None:
            return dict(self.defaults.exchange_rates)
        if not isinstance(given, Mapping):
            self.problems["exchange_rates"] = "Exchange rates are a list of currency codes and rates."
            return {}
        rates: dict[str, Decimal] = {}
        for code, text in given.items():
            key = f"exchange_rates.{code}"
            if not isinstance(code, str) or not _CURRENCY.match(code):
                self.problems[key] = "A currency is a three-letter code such as TWD."
                continue
            rate = self._number(key, text)
            if rate is None:
                continue
            if rate <= 0:
                self.problems[key] = "An exchange rate must be more than 0."
            elif code == currency and rate != 1:
                self.problems[key] = f"The rules are in {currency}: its own rate is 1."
            else:
                rates[code] = rate
        return rates

    def _number(self, key: str, value: object) -> Decimal | None:
        amount = to_decimal(value)
        if amount is None:
            shown = value if isinstance(value, str) else repr(value)
            self.problems[key] = f"'{shown}' is not a number."
        return amount

    def _amount(self, key: str, default: Decimal) -> Decimal | None:
        if key not in self.data:
            return default
        amount = self._number(key, self.data[key])
        if amount is not None and amount < 0:
            self.problems[key] = "This cannot be negative."
            return None
        return amount

    def _whole(self, key: str, default: int, minimum: int, value: object = _MISSING) -> int:
        if value is _MISSING:
            if key not in self.data:
                return default
            value = self.data[key]
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
        if isinstance(value, str):
            try:
                number = int(value.strip())
            except ValueError:
                number = None
        if number is None:
            self.problems[key] = f"'{value}' is not a whole number."
            return default
        if number < minimum:
            self.problems[key] = f"This is at least {minimum}."
            return default
        return number

    def _levels(self) -> dict[Tier, ServiceLevel]:
        given = self.data.get("levels", {})
        levels = dict(DEFAULT_LEVELS)
        if not isinstance(given, Mapping):
            self.problems["levels"] = "Service levels are given per tier (A, B, C)."
            return levels
        for code, level in given.items():
            if code not in {tier.value for tier in Tier}:
                self.problems[f"levels.{code}"] = f"There is no tier {code}."
                continue
            tier = Tier(code)
            if not isinstance(level, Mapping):
                self.problems[f"levels.{code}"] = "A service level has review_months and gift_occasions."
                continue
            months = self._whole(f"levels.{code}.review_months", DEFAULT_LEVELS[tier].review_months, minimum=1,
                                 value=level.get("review_months", DEFAULT_LEVELS[tier].review_months))
            gifts = level.get("gift_occasions", list(DEFAULT_LEVELS[tier].gift_occasions))
            key = f"levels.{code}.gift_occasions"
            if isinstance(gifts, str) or not isinstance(gifts, (list, tuple)):
                self.problems[key] = "Gift occasions are a list."
                gifts = []
            unknown = [g for g in gifts if g not in GIFT_OCCASIONS]
            if unknown:
                self.problems[key] = f"Unknown gift occasion: {', '.join(map(str, unknown))}."
            # Kept in the fixed order of GIFT_OCCASIONS, once each, so equal rules compare equal.
            levels[tier] = ServiceLevel(months, tuple(g for g in GIFT_OCCASIONS if g in gifts))
        return levels
