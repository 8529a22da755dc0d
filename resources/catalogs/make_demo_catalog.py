"""Generate the demo product catalog (demo.json) from stated actuarial laws.

Run ``python make_demo_catalog.py`` to (re)write demo.json next to this file;
``--check`` exits 1 when the committed file differs from what would be written.
Nothing here is typed by hand: every rate follows from the laws below.

Laws (x = age last birthday, rates per 1,000 of sum assured unless noted)
* Mortality, Gompertz-Makeham: mu(x) = A + B*c**x
    male A=0.0005 B=0.00003 c=1.10; female A=0.0003 B=0.000012 c=1.105.
  Smokers: the Gompertz part B*c**x is multiplied by 2.0.
* Critical-illness incidence, same form:
    male A=0.0004 B=0.00012 c=1.08; female A=0.0004 B=0.0001 c=1.075.
  Smokers: Gompertz part times 1.5. Waiver trigger (CI or total disability)
  is the CI law times 1.25.
* Yearly decrements: with I_j = integral of mu_j over [x, x+1]
  = A + B*c**x*(c-1)/ln(c), q_total = 1 - exp(-sum I_j) and the decrement
  that pays is q_j = q_total * I_j / sum I_j.  kpx = prod (1 - q_total).
* Interest i = 2.0%, v = 1/(1+i).  Benefits at year end, premiums at year start.
* Net level premium  P = sum_{k<n} v**(k+1) kpx cost_k [+ v**n npx maturity]
                        / sum_{k<m} v**k kpx            (n cover, m paying years)
  Life: cost_k = 1000 q_death; whole life endows 1000 at age 110 (omega).
  CI: cost_k = 1000 q_ci, pure CI cover (no death or maturity benefit).
  Medical: cost_k = 0.9 * 1.04**(x+k) per 1,000 of annual limit, women x1.10.
  Accident (PA10, ADB): cost_k = base * (1 + 0.05*((x+k-18)/10)**2), base
    PA 0.60, ADB 0.35; the young-driver arm of the U lies below age 18, so
    rates are non-decreasing over the issue ages.  Unisex, male survival.
  Hospital cash: cost_k = 1000 * 0.25 * 1.035**(x+k) expected days per 1,000
    of daily benefit, women x1.10.
  Waiver: cost_k = q_wp * sum_{j=k+1}^{n-1} v**(j-k-1) per unit of base
    premium; the rate is 100 * gross, i.e. percent of the base premium.
  Riders (ADB, WP, HC) are priced as 10-year level premiums.
* Savings (account value = reserve, death benefit = account value):
  Annuity ANN10: P = 1000 / sum_{k=1}^{10} (1+i)**k, plus a death cover of
    100 (10% of maturity value) priced as term life on the male law.
  Education EDU: P = 1000 / sum_{k<m} (1+i)**(22-x-k), maturity at age 22.
* Gross = (P + per-mille expense) / (1 - percent loading), see LOADINGS.
* Cash values per 1,000 (WL, EDU), policy years 1..min(20, cover):
  CV_t = V_t * (1 - surrender charge), charge max(0, 25% - 2.5%*(t-1));
  WL V_t = 1000 A_{x+t} - P a_{x+t: m-t} (net premium reserve); EDU V_t =
  the account value of net premiums accumulated at i.
All figures are written as strings quantized to 0.01 with ROUND_HALF_UP.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Callable

OUTPUT = Path(__file__).with_name("demo.json")

INTEREST = 0.02
V = 1.0 / (1.0 + INTEREST)
OMEGA = 110
SMOKER_MORTALITY_FACTOR = 2.0
SMOKER_MORBIDITY_FACTOR = 1.5
WAIVER_TRIGGER_FACTOR = 1.25
MED_BASE, MED_GROWTH, MED_FEMALE_FACTOR = 0.9, 1.04, 1.10
HC_DAYS_BASE, HC_DAYS_GROWTH, HC_FEMALE_FACTOR = 0.25, 1.035, 1.10
PA_BASE, ADB_BASE, ACCIDENT_CURVE, ACCIDENT_TROUGH_AGE = 0.60, 0.35, 0.05, 18
ANN_EXTRA_DEATH_COVER = 100.0
EDU_MATURITY_AGE = 22
RIDER_PRICING_TERM = 10
SURRENDER_CHARGE_START, SURRENDER_CHARGE_STEP = 0.25, 0.025
CASH_VALUE_YEARS = 20
CENT = Decimal("0.01")
MODAL_FACTORS = {"annual": "1", "semiannual": "0.52", "quarterly": "0.262", "monthly": "0.088"}


@dataclass(frozen=True)
class Makeham:
    """Force of decrement mu(x) = a + b * c**x."""

    a: float
    b: float
    c: float

    def yearly(self, x: int) -> float:
        """Integral of mu over [x, x+1]."""
        return self.a + self.b * self.c**x * (self.c - 1.0) / math.log(self.c)

    def times(self, gompertz: float, makeham: float = 1.0) -> Makeham:
        return replace(self, a=self.a * makeham, b=self.b * gompertz)


MORTALITY = {"M": Makeham(0.0005, 0.00003, 1.10), "F": Makeham(0.0003, 0.000012, 1.105)}
CI_INCIDENCE = {"M": Makeham(0.0004, 0.00012, 1.08), "F": Makeham(0.0004, 0.0001, 1.075)}


@dataclass(frozen=True)
class Loading:
    percent: float  # share of the gross premium
    per_mille: float  # per 1,000 sum assured (or per unit of base premium for WP)


LOADINGS = {
    "term_life": Loading(0.15, 0.30), "whole_life": Loading(0.12, 1.00),
    "critical_illness": Loading(0.20, 0.50), "medical": Loading(0.25, 0.50),
    "accident": Loading(0.30, 0.20), "accidental_death": Loading(0.30, 0.10),
    "waiver_of_premium": Loading(0.20, 0.0), "hospital_cash": Loading(0.25, 0.0),
    "annuity": Loading(0.03, 1.00), "education": Loading(0.04, 1.00),
}


def mortality(sex: str, smoker: bool) -> Makeham:
    return MORTALITY[sex].times(SMOKER_MORTALITY_FACTOR if smoker else 1.0)


def ci_incidence(sex: str, smoker: bool) -> Makeham:
    return CI_INCIDENCE[sex].times(SMOKER_MORBIDITY_FACTOR if smoker else 1.0)


def decrements(forces: list[Makeham], age: int, years: int) -> tuple[list[float], list[float]]:
    """Survival kpx for k = 0..years and the yearly probability of the LAST force."""
    survival, paying = [1.0], []
    for k in range(years):
        parts = [f.yearly(age + k) for f in forces]
        q_total = 1.0 - math.exp(-sum(parts))
        paying.append(q_total * parts[-1] / sum(parts))
        survival.append(survival[-1] * (1.0 - q_total))
    return survival, paying


def net_premium(costs: list[float], survival: list[float], paying_years: int, maturity: float = 0.0) -> float:
    """Equivalence principle: EPV(benefits) / a-due over the paying years."""
    n = len(costs)
    benefits = sum(V ** (k + 1) * survival[k] * costs[k] for k in range(n)) + V**n * survival[n] * maturity
    return benefits / annuity_due(survival, paying_years)


def annuity_due(survival: list[float], years: int) -> float:
    return sum(V**k * survival[k] for k in range(years))


def gross(net: float, kind: str) -> float:
    loading = LOADINGS[kind]
    return (net + loading.per_mille) / (1.0 - loading.percent)


def life_net(sex: str, smoker: bool, age: int, term: int, paying: int) -> float:
    """Net level premium per 1,000 for death cover; cover to OMEGA endows 1000 there."""
    survival, q = decrements([mortality(sex, smoker)], age, term)
    maturity = 1000.0 if age + term == OMEGA else 0.0
    return net_premium([1000.0 * p for p in q], survival, paying, maturity)


def ci_rate(sex: str, smoker: bool, age: int, term: int, paying: int) -> float:
    survival, q = decrements([mortality(sex, smoker), ci_incidence(sex, smoker)], age, term)
    return gross(net_premium([1000.0 * p for p in q], survival, paying), "critical_illness")


def cost_rate(age: int, term: int, cost: Callable[[int], float], kind: str, sex: str = "M") -> float:
    """Level premium for a yearly expected claim cost, survival on the mortality law."""
    survival, _ = decrements([mortality(sex, False)], age, term)
    return gross(net_premium([cost(age + k) for k in range(term)], survival, term), kind)


def accident_cost(base: float) -> Callable[[int], float]:
    return lambda x: base * (1.0 + ACCIDENT_CURVE * ((x - ACCIDENT_TROUGH_AGE) / 10.0) ** 2)


def medical_cost(sex: str) -> Callable[[int], float]:
    factor = MED_FEMALE_FACTOR if sex == "F" else 1.0
    return lambda x: factor * MED_BASE * MED_GROWTH**x


def hospital_cash_cost(sex: str) -> Callable[[int], float]:
    factor = HC_FEMALE_FACTOR if sex == "F" else 1.0
    return lambda x: 1000.0 * factor * HC_DAYS_BASE * HC_DAYS_GROWTH**x


def waiver_percent(sex: str, age: int) -> float:
    n = RIDER_PRICING_TERM
    trigger = ci_incidence(sex, False).times(WAIVER_TRIGGER_FACTOR, WAIVER_TRIGGER_FACTOR)
    survival, q = decrements([mortality(sex, False), trigger], age, n)
    costs = [q[k] * sum(V ** (j - k - 1) for j in range(k + 1, n)) for k in range(n)]
    return 100.0 * gross(net_premium(costs, survival, n), "waiver_of_premium")


def annuity_rate(age: int, term: int) -> float:
    savings = 1000.0 / sum((1.0 + INTEREST) ** k for k in range(1, term + 1))
    survival, q = decrements([mortality("M", False)], age, term)
    cover = net_premium([ANN_EXTRA_DEATH_COVER * p for p in q], survival, term)
    return gross(savings + cover, "annuity")


def education_net(age: int, paying: int) -> float:
    cover = EDU_MATURITY_AGE - age
    return 1000.0 / sum((1.0 + INTEREST) ** (cover - k) for k in range(paying))


def surrender_factor(year: int) -> float:
    return 1.0 - max(0.0, SURRENDER_CHARGE_START - SURRENDER_CHARGE_STEP * (year - 1))


def whole_life_cash_value(sex: str, smoker: bool, age: int, payment_term: int, year: int) -> float:
    premium = life_net(sex, smoker, age, OMEGA - age, payment_term)
    later, _ = decrements([mortality(sex, smoker)], age + year, max(payment_term - year, 0))
    assurance = life_net(sex, smoker, age + year, OMEGA - age - year, 1)  # 1000 * A_{x+t}
    reserve = assurance - premium * annuity_due(later, payment_term - year)
    return max(0.0, reserve) * surrender_factor(year)


def education_cash_value(age: int, payment_term: int, year: int) -> float:
    premium = education_net(age, payment_term)
    account = sum(premium * (1.0 + INTEREST) ** (year - k) for k in range(min(year, payment_term)))
    return account * surrender_factor(year)


def money(value: float) -> str:
    return str(Decimal(repr(value)).quantize(CENT, rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- tables

KEY_VALUES: dict[str, list[Any]] = {"sex": ["F", "M"], "smoker": [False, True]}


def table(product: dict[str, Any], keys: list[str], rate: Callable[..., float],
          years: Callable[[dict[str, Any]], int] | None = None) -> dict[str, Any]:
    """Rows for every combination of key values over every eligible issue age.

    ``years`` adds a trailing "year" key (cash values): policy years 1..years(combo).
    """
    ages = range(product["issue_age"]["min"], product["issue_age"]["max"] + 1)
    values = dict(KEY_VALUES, age=list(ages), term=product.get("terms", []),
                  payment_term=product.get("payment_terms", []))
    rows = []
    for combo_values in itertools.product(*(values[key] for key in keys)):
        combo = dict(zip(keys, combo_values))
        if combo["age"] + combo.get("term", 0) > product["max_expiry_age"]:
            continue
        if years is None:
            rows.append([*combo_values, money(rate(**combo))])
        else:
            rows.extend([*combo_values, year, money(rate(year=year, **combo))]
                        for year in range(1, years(combo) + 1))
    return {"keys": keys + (["year"] if years else []), "rows": rows}


Texts = tuple[str, str, str]  # en, zh-Hant, zh-Hans
NUMERALS = {10: "十", 20: "二十", 30: "三十"}
NAMES: dict[str, Texts] = {f"TL{n}": (f"Term Life {n}", f"{zh}年定期壽險", f"{zh}年定期寿险") for n, zh in NUMERALS.items()} | {
    "WL": ("Whole Life", "終身壽險", "终身寿险"),
    "CI20": ("Critical Illness 20", "二十年重大疾病保險", "二十年重大疾病保险"),
    "CIWL": ("Lifetime Critical Illness", "終身重大疾病保險", "终身重大疾病保险"),
    "MED10": ("Hospital Care 10", "十年期住院醫療保險", "十年期住院医疗保险"),
    "PA10": ("Personal Accident 10", "十年期意外傷害保險", "十年期意外伤害保险"),
    "ANN10": ("Deferred Annuity 10", "十年期遞延年金", "十年期递延年金"),
    "EDU": ("Education Savings", "子女教育儲蓄保險", "子女教育储蓄保险"),
    "ADB": ("Accidental Death Benefit Rider", "意外身故附約", "意外身故附约"),
    "WP": ("Waiver of Premium Rider", "豁免保費附約", "豁免保费附约"),
    "HC": ("Hospital Cash Rider", "住院日額附約", "住院日额附约"),
}
DESCRIPTIONS: dict[str, Texts] = {f"TL{n}": (
    f"Level-premium term life cover for {n} years that pays the sum assured on death.",
    f"{zh}年期平準保費定期壽險，被保險人身故時給付保險金額。",
    f"{zh}年期平准保费定期寿险，被保险人身故时给付保险金额。") for n, zh in NUMERALS.items()} | {
    "WL": ("Lifelong death cover to age 110 with premiums paid over 6, 10 or 20 years and guaranteed cash values.",
           "保障至一百一十歲之終身壽險，可選六年、十年或二十年繳費，並有保證解約金。",
           "保障至一百一十岁之终身寿险，可选六年、十年或二十年缴费，并有保证解约金。"),
    "CI20": ("Pays the sum assured once on first diagnosis of a covered critical illness within 20 years.",
             "二十年內初次確診約定之重大疾病時，一次給付保險金額。",
             "二十年内初次确诊约定之重大疾病时，一次给付保险金额。"),
    "CIWL": ("Lifelong critical illness cover to age 110 with premiums paid over 10 or 20 years.",
             "保障至一百一十歲之終身重大疾病保險，可選十年或二十年繳費。",
             "保障至一百一十岁之终身重大疾病保险，可选十年或二十年缴费。"),
    "MED10": ("Reimburses hospital expenses for 10 years up to the annual limit chosen as the sum assured.",
              "十年期實支實付住院醫療保險，每年以保險金額為理賠上限。",
              "十年期实支实付住院医疗保险，每年以保险金额为理赔上限。"),
    "PA10": ("Pays the sum assured on accidental death, or a scale of it on accidental disablement, for 10 years.",
             "十年期意外傷害保險，意外身故給付保險金額，意外失能依比例給付。",
             "十年期意外伤害保险，意外身故给付保险金额，意外失能依比例给付。"),
    "ANN10": ("Ten yearly premiums build an account that reaches the sum assured after year 10, then pays an annuity.",
              "繳費十年累積保單帳戶，第十年末達到保險金額後轉為年金給付。",
              "缴费十年累积保单账户，第十年末达到保险金额后转为年金给付。"),
    "EDU": ("Ten yearly premiums build a fund that pays the sum assured when the child reaches age 22.",
            "繳費十年累積教育基金，於子女二十二歲時給付保險金額。",
            "缴费十年累积教育基金，于子女二十二岁时给付保险金额。"),
    "ADB": ("Pays an extra sum assured when the insured dies from an accident while the base policy is in force.",
            "主契約有效期間內被保險人因意外身故時，另給付本附約保險金額。",
            "主契约有效期间内被保险人因意外身故时，另给付本附约保险金额。"),
    "WP": ("Waives later base premiums if the insured becomes totally disabled or has a critical illness.",
           "被保險人完全失能或確診重大疾病時，豁免主契約以後各期保費。",
           "被保险人完全失能或确诊重大疾病时，豁免主契约以后各期保费。"),
    "HC": ("Pays the daily benefit for each day the insured stays in hospital.",
           "被保險人住院期間，按日給付住院日額保險金。",
           "被保险人住院期间，按日给付住院日额保险金。"),
}
LIFE_EXCLUSIONS: Texts = (
    "No death benefit is paid for suicide within two years of issue or for a death caused on purpose "
    "by the policyholder or a beneficiary.",
    "自契約訂立起二年內故意自殺，或要保人、受益人故意致被保險人於死者，不給付身故保險金。",
    "自契约订立起二年内故意自杀，或要保人、受益人故意致被保险人于死者，不给付身故保险金。")
CI_EXCLUSIONS: Texts = (
    "Illnesses diagnosed or showing symptoms within 90 days of issue, and conditions existing before issue, "
    "are not covered.",
    "契約生效日起九十日內確診或出現症狀之疾病，以及投保前已存在之疾病，不在承保範圍。",
    "契约生效日起九十日内确诊或出现症状之疾病，以及投保前已存在之疾病，不在承保范围。")
DISCLOSURES: Texts = (
    "Demonstration rates derived from stated actuarial assumptions; not an offer of insurance.",
    "本費率依明示之精算假設推算，僅供示範，並非保險要約。",
    "本费率依明示之精算假设推算，仅供示范，并非保险要约。")


def langs(texts: Texts) -> dict[str, str]:
    return dict(zip(("en", "zh-Hant", "zh-Hans"), texts))


def sums(low: int, high: int, step: int) -> dict[str, str]:
    return {"min": str(low), "max": str(high), "step": str(step)}


def product(code: str, kind: str, benefits: list[str], ages: tuple[int, int], max_expiry_age: int,
            keys: list[str], rate: Callable[..., float], *, basis: str = "per_1000_sum_assured",
            policy_fee: str = "0", riders: list[str] | None = None, exclusions: Texts | None = None,
            **extra: Any) -> dict[str, Any]:
    """One catalog product; ``extra`` holds terms, payment_terms and sum_assured.

    A product given no ``riders`` list is itself a rider (``"rider": true``).
    """
    item = {"code": code, "kind": kind, **({"rider": True} if riders is None else {}),
            "names": langs(NAMES[code]), "descriptions": langs(DESCRIPTIONS[code]), "benefits": benefits,
            "issue_age": {"min": ages[0], "max": ages[1]}, "max_expiry_age": max_expiry_age, **extra}
    item["premium"] = {"basis": basis, "rates": table(item, keys, rate), "policy_fee": policy_fee,
                       "modal_factors": dict(MODAL_FACTORS)}
    item["riders"] = riders or []
    if exclusions:
        item["exclusions"] = langs(exclusions)
    item["disclosures"] = langs(DISCLOSURES)
    return item


def term_life(term: int, ages: tuple[int, int], expiry: int, keys: list[str]) -> dict[str, Any]:
    return product(f"TL{term}", "term_life", ["death"], ages, expiry, keys,
                   lambda sex, smoker, age, term: gross(life_net(sex, smoker, age, term, term), "term_life"),
                   riders=["ADB", "WP"], exclusions=LIFE_EXCLUSIONS, terms=[term],
                   sum_assured=sums(500_000, 30_000_000, 10_000))


def whole_life() -> dict[str, Any]:
    keys = ["sex", "smoker", "payment_term", "age"]
    wl = product("WL", "whole_life", ["death"], (0, 70), OMEGA, keys,
                 lambda sex, smoker, age, payment_term:
                 gross(life_net(sex, smoker, age, OMEGA - age, payment_term), "whole_life"),
                 riders=["ADB", "WP", "HC"], exclusions=LIFE_EXCLUSIONS, payment_terms=[6, 10, 20],
                 sum_assured=sums(100_000, 20_000_000, 10_000))
    wl["cash_values"] = table(wl, keys, whole_life_cash_value,
                              years=lambda combo: min(CASH_VALUE_YEARS, OMEGA - combo["age"]))
    return wl


def critical_illness() -> list[dict[str, Any]]:
    return [product("CI20", "critical_illness", ["critical_illness"], (18, 60), 80, ["smoker", "sex", "age", "term"],
                    lambda sex, smoker, age, term: ci_rate(sex, smoker, age, term, term),
                    riders=["WP"], exclusions=CI_EXCLUSIONS, terms=[20], sum_assured=sums(100_000, 5_000_000, 10_000)),
            product("CIWL", "critical_illness", ["critical_illness"], (0, 60), OMEGA,
                    ["age", "payment_term", "sex", "smoker"],
                    lambda sex, smoker, age, payment_term: ci_rate(sex, smoker, age, OMEGA - age, payment_term),
                    riders=["WP"], exclusions=CI_EXCLUSIONS, payment_terms=[10, 20],
                    sum_assured=sums(100_000, 5_000_000, 10_000))]


def health_and_savings() -> list[dict[str, Any]]:
    edu_keys = ["payment_term", "age"]
    edu = product("EDU", "education", ["education"], (0, 12), EDU_MATURITY_AGE, edu_keys,
                  lambda age, payment_term: gross(education_net(age, payment_term), "education"),
                  riders=["WP"], payment_terms=[10], sum_assured=sums(100_000, 10_000_000, 10_000))
    edu["cash_values"] = table(edu, edu_keys, education_cash_value,
                               years=lambda combo: min(CASH_VALUE_YEARS, EDU_MATURITY_AGE - combo["age"]))
    return [product("MED10", "medical", ["medical"], (0, 65), 75, ["sex", "age", "term"],
                    lambda sex, age, term: cost_rate(age, term, medical_cost(sex), "medical", sex),
                    riders=["HC"], terms=[10], sum_assured=sums(100_000, 2_000_000, 50_000)),
            product("PA10", "accident", ["accident"], (18, 65), 75, ["term", "age"],
                    lambda age, term: cost_rate(age, term, accident_cost(PA_BASE), "accident"),
                    policy_fee="100", riders=[], terms=[10], sum_assured=sums(100_000, 10_000_000, 10_000)),
            product("ANN10", "annuity", ["retirement"], (35, 70), 80, ["age", "term"], annuity_rate,
                    riders=[], terms=[10], sum_assured=sums(100_000, 50_000_000, 10_000)),
            edu]


def riders() -> list[dict[str, Any]]:
    n = RIDER_PRICING_TERM
    return [product("ADB", "accidental_death", ["accident"], (18, 65), 80, ["age"],
                    lambda age: cost_rate(age, n, accident_cost(ADB_BASE), "accidental_death"),
                    sum_assured=sums(100_000, 10_000_000, 10_000)),
            product("WP", "waiver_of_premium", ["waiver"], (18, 60), 80, ["age", "sex"], waiver_percent,
                    basis="percent_of_base"),
            product("HC", "hospital_cash", ["hospital_cash"], (0, 65), 75, ["sex", "age"],
                    lambda sex, age: cost_rate(age, n, hospital_cash_cost(sex), "hospital_cash", sex),
                    sum_assured=sums(1_000, 10_000, 500))]


def build_catalog() -> dict[str, Any]:
    return {"catalog_id": "demo", "version": "2026.11.1", "published": "2026-11-01", "currency": "TWD",
            "age_basis": "last_birthday", "cooling_off_days": 15, "rounding": {"places": "1", "mode": "ROUND_HALF_UP"},
            "products": [term_life(10, (18, 65), 75, ["sex", "smoker", "age", "term"]),
                         term_life(20, (18, 60), 80, ["age", "sex", "smoker", "term"]),
                         term_life(30, (18, 50), 80, ["term", "age", "smoker", "sex"]),
                         whole_life(), *critical_illness(), *health_and_savings(), *riders()]}


def render(value: Any, indent: int = 0) -> str:
    """JSON with one table row (or any list of scalars) per line, to keep the file small and diffable."""
    pad, inner = " " * indent, " " * (indent + 1)
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k)}: {render(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
        return "[\n" + ",\n".join(inner + render(v, indent + 1) for v in value) + f"\n{pad}]"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":") if isinstance(value, list) else None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if demo.json differs from the generated text")
    args = parser.parse_args(argv)
    text = render(build_catalog()) + "\n"
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else None
        if current != text:
            print(f"{OUTPUT.name} is out of date; run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
