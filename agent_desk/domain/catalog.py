"""Product catalogs: the home office's JSON file (DESIGN §3), read and checked.

A catalog that breaks the shape is refused as a whole, with every problem
named by its JSON path, so the office can fix the file in one go. Beyond the
contract we accept `payment_terms` (limited-pay products, with `payment_term`
as a rate key), `descriptions` per language and the catalog's
`cooling_off_days`, which proposals print.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from agent_desk.domain.clients import PaymentFrequency
from agent_desk.domain.money import ROUNDING_MODES, Rounding, to_decimal
from agent_desk.errors import AgentDeskError

LANGUAGES = ("en", "zh-Hant", "zh-Hans")
RATE_KEYS = frozenset({"sex", "smoker", "age", "term", "payment_term"})
CASH_VALUE_KEYS = RATE_KEYS | {"year"}
BENEFITS = frozenset({"death", "critical_illness", "medical", "accident", "retirement", "education",
                      "hospital_cash", "waiver"})
MAX_PROBLEMS = 50  # enough to fix a file in one go, few enough to read


class AgeBasis(StrEnum):
    LAST_BIRTHDAY = "last_birthday"
    NEAREST_BIRTHDAY = "nearest_birthday"


class PremiumBasis(StrEnum):
    PER_1000_SUM_ASSURED = "per_1000_sum_assured"
    PERCENT_OF_BASE = "percent_of_base"


class CatalogError(AgentDeskError):
    """The catalog file breaks the shape; `problems` are (JSON path, reason) pairs."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = list(problems)
        path, reason = self.problems[0]
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        super().__init__(f"Catalog refused: {path}: {reason}{suffix}")


@dataclass(frozen=True)
class RateTable:
    """Rates looked up by exactly the dimensions the file names, in its order."""

    keys: tuple[str, ...]
    rows: Mapping[tuple[Any, ...], Decimal]

    def lookup(self, values: Mapping[str, Any]) -> Decimal | None:
        return self.rows.get(tuple(values[key] for key in self.keys))

    def describe(self, values: Mapping[str, Any]) -> str:
        """The looked-up key as an agent reads it: "sex F, smoker no, age 61, term 20"."""
        shown = {True: "yes", False: "no"}
        return ", ".join(f"{key.replace('_', ' ')} {shown.get(values[key], values[key])}" for key in self.keys)


@dataclass(frozen=True)
class SumAssuredRule:
    minimum: Decimal
    maximum: Decimal
    step: Decimal

    def problem(self, amount: Decimal) -> str | None:
        if amount < self.minimum:
            return f"sum assured {amount} is below the minimum {self.minimum}"
        if amount > self.maximum:
            return f"sum assured {amount} is above the maximum {self.maximum}"
        if (amount - self.minimum) % self.step:
            return f"sum assured {amount} is not {self.minimum} plus a multiple of {self.step}"
        return None

    def round_up(self, amount: Decimal) -> Decimal:
        """The smallest allowed sum at or above `amount` (capped at the maximum)."""
        if amount <= self.minimum:
            return self.minimum
        steps = ((amount - self.minimum) / self.step).to_integral_value(rounding=ROUND_CEILING)
        return min(self.maximum, self.minimum + steps * self.step)

    def round_down(self, amount: Decimal) -> Decimal | None:
        """The largest allowed sum at or below `amount`; None below the minimum."""
        if amount < self.minimum:
            return None
        steps = (amount - self.minimum) // self.step
        return min(self.maximum, self.minimum + steps * self.step)


@dataclass(frozen=True)
class Product:
    code: str
    kind: str
    names: Mapping[str, str]
    benefits: tuple[str, ...]
    issue_age_min: int
    issue_age_max: int
    max_expiry_age: int
    terms: tuple[int, ...]  # empty: covers to max_expiry_age
    payment_terms: tuple[int, ...]  # empty: premiums are paid over the whole term
    sum_assured: SumAssuredRule | None
    basis: PremiumBasis
    rates: RateTable
    policy_fee: Decimal
    modal_factors: Mapping[str, Decimal]
    riders: tuple[str, ...]
    is_rider: bool = False
    cash_values: RateTable | None = None
    descriptions: Mapping[str, str] = field(default_factory=dict)
    exclusions: Mapping[str, str] = field(default_factory=dict)
    disclosures: Mapping[str, str] = field(default_factory=dict)

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names.get("en") or self.code

    @property
    def covers_to_expiry(self) -> bool:
        return not self.terms


@dataclass(frozen=True)
class Catalog:
    catalog_id: str
    version: str
    currency: str
    age_basis: AgeBasis
    rounding: Rounding
    products: Mapping[str, Product]  # in file order
    published: str = ""
    cooling_off_days: int | None = None  # days a new policyholder may cancel; None: the contract says

    def product(self, code: str) -> Product | None:
        return self.products.get(code)

    def base_products(self) -> list[Product]:
        return [p for p in self.products.values() if not p.is_rider]

    def riders_of(self, base: Product) -> list[Product]:
        return [self.products[code] for code in base.riders if code in self.products]


def load_catalog(path: Path | str) -> Catalog:
    """Read a catalog file; CatalogError names what is wrong, including an unreadable file."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CatalogError([("$", f"cannot read {path}: {exc.strerror or exc}")]) from exc
    return parse_catalog(data)


def parse_catalog(text: str | bytes) -> Catalog:
    try:
        document = json.loads(text, parse_float=Decimal)
    except UnicodeDecodeError as exc:
        raise CatalogError([("$", "the file is not UTF-8 text")]) from exc
    except json.JSONDecodeError as exc:
        raise CatalogError([("$", f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")]) from exc
    reader = _Reader()
    catalog = reader.catalog(document)
    if reader.problems or catalog is None:
        raise CatalogError(reader.problems or [("$", "no catalog")])
    return catalog


class _Reader:
    """Walks the document, collecting (path, reason) for everything wrong."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []

    def fail(self, path: str, reason: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append((path, reason))

    # -- scalars ------------------------------------------------------------------------------------------------

    def text(self, obj: Mapping, key: str, path: str, required: bool = True) -> str:
        value = obj.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{path}.{key}", "must be a non-empty string")
            return ""
        return value

    def integer(self, value: Any, path: str, minimum: int = 0) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, "must be a whole number")
            return None
        if value < minimum:
            self.fail(path, f"must be at least {minimum}")
            return None
        return value

    def money(self, value: Any, path: str, positive: bool = False) -> Decimal | None:
        amount = to_decimal(value)
        if amount is None:
            self.fail(path, "must be a decimal number written as a string, e.g. \"1.85\"")
            return None
        if amount < 0 or (positive and amount == 0):
            self.fail(path, "must be positive" if positive else "must not be negative")
            return None
        return amount

    def int_list(self, obj: Mapping, key: str, path: str) -> tuple[int, ...]:
        value = obj.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not value:
            self.fail(f"{path}.{key}", "must be a non-empty list of whole numbers")
            return ()
        items = [self.integer(item, f"{path}.{key}[{i}]", minimum=1) for i, item in enumerate(value)]
        if None not in items and len(set(items)) != len(items):
            self.fail(f"{path}.{key}", "lists a value twice")
        return tuple(item for item in items if item is not None)

    def texts(self, obj: Mapping, key: str, path: str, required: bool = False) -> dict[str, str]:
        value = obj.get(key)
        if value is None and not required:
            return {}
        if not isinstance(value, dict) or not value:
            self.fail(f"{path}.{key}", "must be an object of texts per language (en, zh-Hant, zh-Hans)")
            return {}
        if required and "en" not in value:
            self.fail(f"{path}.{key}", "must have an English (en) text")
        result = {}
        for language, item in value.items():
            if not isinstance(item, str) or not item.strip():
                self.fail(f"{path}.{key}.{language}", "must be a non-empty string")
            else:
                result[language] = item
        return result

    # -- structure ----------------------------------------------------------------------------------------------

    def catalog(self, doc: Any) -> Catalog | None:
        if not isinstance(doc, dict):
            self.fail("$", "must be a JSON object")
            return None
        catalog_id = self.text(doc, "catalog_id", "$")
        version = self.text(doc, "version", "$")
        currency = self.text(doc, "currency", "$")
        if currency and (len(currency) != 3 or not currency.isalpha() or not currency.isupper()):
            self.fail("$.currency", "must be a three-letter ISO 4217 code such as TWD")
        age_basis = doc.get("age_basis", AgeBasis.LAST_BIRTHDAY)
        if not _one_of(age_basis, set(AgeBasis)):
            self.fail("$.age_basis", "must be last_birthday or nearest_birthday")
            age_basis = AgeBasis.LAST_BIRTHDAY
        rounding = self.rounding(doc.get("rounding"))
        cooling_off = doc.get("cooling_off_days")
        if cooling_off is not None:
            cooling_off = self.integer(cooling_off, "$.cooling_off_days", minimum=1)
        products = self.products(doc.get("products"))
        if self.problems:
            return None
        return Catalog(catalog_id, version, currency, AgeBasis(age_basis), rounding, products,
                       published=str(doc.get("published", "")), cooling_off_days=cooling_off)

    def rounding(self, value: Any) -> Rounding:
        if value is None:
            return Rounding()
        if not isinstance(value, dict):
            self.fail("$.rounding", "must be an object with places and mode")
            return Rounding()
        places = self.money(value.get("places"), "$.rounding.places", positive=True)
        if places is not None and (places.as_tuple().digits != (1,) or places.as_tuple().exponent > 0):
            self.fail("$.rounding.places", "must be a power of ten such as \"0.01\" or \"1\"")
        mode = value.get("mode", "ROUND_HALF_UP")
        if not _one_of(mode, ROUNDING_MODES):
            self.fail("$.rounding.mode", f"must be one of {', '.join(sorted(ROUNDING_MODES))}")
            mode = "ROUND_HALF_UP"
        return Rounding(places or Decimal("0.01"), mode)

    def products(self, value: Any) -> dict[str, Product]:
        if not isinstance(value, list) or not value:
            self.fail("$.products", "must be a non-empty list")
            return {}
        products: dict[str, Product] = {}
        placed: list[tuple[int, Product]] = []
        named = {item.get("code") for item in value if isinstance(item, dict) and isinstance(item.get("code"), str)}
        for index, item in enumerate(value):
            path = f"$.products[{index}]"
            product = self.product(item, path)
            if product is None:
                continue
            if product.code in products:
                self.fail(f"{path}.code", f"{product.code} appears twice")
                continue
            products[product.code] = product
            placed.append((index, product))
        for index, product in placed:
            self.rider_links(product, products, named, f"$.products[{index}]")
        return products

    def rider_links(self, product: Product, products: Mapping[str, Product], named: set[str], path: str) -> None:
        """Riders must exist and be riders; one refused for its own problems is not reported again."""
        for i, code in enumerate(product.riders):
            rider = products.get(code)
            if rider is None and code not in named:
                self.fail(f"{path}.riders[{i}]", f"no product {code} in the catalog")
            elif rider is not None and not rider.is_rider:
                self.fail(f"{path}.riders[{i}]", f"{code} is not a rider")
        if product.is_rider and product.riders:
            self.fail(f"{path}.riders", "a rider cannot carry riders")

    def product(self, item: Any, path: str) -> Product | None:
        if not isinstance(item, dict):
            self.fail(path, "must be an object")
            return None
        before = len(self.problems)
        code = self.text(item, "code", path)
        kind = self.text(item, "kind", path)
        names = self.texts(item, "names", path, required=True)
        is_rider = item.get("rider", False)
        if not isinstance(is_rider, bool):
            self.fail(f"{path}.rider", "must be true or false")
        benefits = self.benefits(item.get("benefits"), f"{path}.benefits")
        ages = item.get("issue_age")
        if not isinstance(ages, dict):
            self.fail(f"{path}.issue_age", "must be an object with min and max")
            ages = {}
        age_min = self.integer(ages.get("min"), f"{path}.issue_age.min")
        age_max = self.integer(ages.get("max"), f"{path}.issue_age.max")
        if age_min is not None and age_max is not None and age_min > age_max:
            self.fail(f"{path}.issue_age", f"min {age_min} is above max {age_max}")
        expiry = self.integer(item.get("max_expiry_age"), f"{path}.max_expiry_age", minimum=1)
        if expiry is not None and age_max is not None and expiry <= age_max and not item.get("terms"):
            self.fail(f"{path}.max_expiry_age", "must be above the highest issue age")
        terms = self.int_list(item, "terms", path)
        payment_terms = self.int_list(item, "payment_terms", path)
        premium = item.get("premium")
        if not isinstance(premium, dict):
            self.fail(f"{path}.premium", "must be an object")
            premium = {}
        basis = premium.get("basis")
        if not _one_of(basis, set(PremiumBasis)):
            self.fail(f"{path}.premium.basis", "must be per_1000_sum_assured or percent_of_base")
            basis = PremiumBasis.PER_1000_SUM_ASSURED
        if basis == PremiumBasis.PERCENT_OF_BASE and not is_rider:
            self.fail(f"{path}.premium.basis", "percent_of_base is only for riders")
        sum_assured = self.sum_assured(item.get("sum_assured"), f"{path}.sum_assured",
                                       required=basis == PremiumBasis.PER_1000_SUM_ASSURED and not is_rider)
        rates = self.rate_table(premium.get("rates"), f"{path}.premium.rates", RATE_KEYS)
        self.check_dimensions(rates, terms, payment_terms, f"{path}.premium.rates")
        fee = self.money(premium.get("policy_fee", "0"), f"{path}.premium.policy_fee")
        modal = self.modal_factors(premium.get("modal_factors"), f"{path}.premium.modal_factors")
        riders = item.get("riders", [])
        if not isinstance(riders, list) or not all(isinstance(r, str) for r in riders):
            self.fail(f"{path}.riders", "must be a list of product codes")
            riders = []
        cash_values = None
        if item.get("cash_values") is not None:
            cash_values = self.rate_table(item["cash_values"], f"{path}.cash_values", CASH_VALUE_KEYS)
        descriptions = self.texts(item, "descriptions", path)
        exclusions = self.texts(item, "exclusions", path)
        disclosures = self.texts(item, "disclosures", path)
        if len(self.problems) > before or None in (age_min, age_max, expiry, fee, rates):
            return None
        return Product(code, kind, names, benefits, age_min, age_max, expiry, terms, payment_terms, sum_assured,
                       PremiumBasis(basis), rates, fee, modal, tuple(riders), is_rider, cash_values, descriptions,
                       exclusions, disclosures)

    def benefits(self, value: Any, path: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not value:
            self.fail(path, "must be a non-empty list of benefits")
            return ()
        for i, benefit in enumerate(value):
            if not _one_of(benefit, BENEFITS):
                self.fail(f"{path}[{i}]", f"unknown benefit {benefit!r}; known: {', '.join(sorted(BENEFITS))}")
        return tuple(value)

    def sum_assured(self, value: Any, path: str, required: bool) -> SumAssuredRule | None:
        if value is None:
            if required:
                self.fail(path, "is required for a product priced per 1,000 of sum assured")
            return None
        if not isinstance(value, dict):
            self.fail(path, "must be an object with min, max and step")
            return None
        low = self.money(value.get("min"), f"{path}.min", positive=True)
        high = self.money(value.get("max"), f"{path}.max", positive=True)
        step = self.money(value.get("step"), f"{path}.step", positive=True)
        if None in (low, high, step):
            return None
        if low > high:
            self.fail(path, f"min {low} is above max {high}")
        return SumAssuredRule(low, high, step)

    def modal_factors(self, value: Any, path: str) -> dict[str, Decimal]:
        if not isinstance(value, dict) or "annual" not in value:
            self.fail(path, "must be an object with at least an annual factor")
            return {}
        known = tuple(f.value for f in PaymentFrequency)
        factors = {}
        for frequency, factor in value.items():
            if frequency not in known:
                self.fail(f"{path}.{frequency}", f"unknown frequency; known: {', '.join(known)}")
                continue
            amount = self.money(factor, f"{path}.{frequency}", positive=True)
            if amount is not None:
                factors[frequency] = amount
        return {f: factors[f] for f in known if f in factors}

    def rate_table(self, value: Any, path: str, allowed: Iterable[str]) -> RateTable | None:
        allowed = frozenset(allowed)
        if not isinstance(value, dict):
            self.fail(path, "must be an object with keys and rows")
            return None
        keys = value.get("keys")
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            self.fail(f"{path}.keys", "must be a list of key names")
            return None
        for i, key in enumerate(keys):
            if key not in allowed:
                self.fail(f"{path}.keys[{i}]", f"unknown key {key!r}; known: {', '.join(sorted(allowed))}")
        if len(set(keys)) != len(keys):
            self.fail(f"{path}.keys", "names a key twice")
        rows = value.get("rows")
        if not isinstance(rows, list) or not rows:
            self.fail(f"{path}.rows", "must be a non-empty list")
            return None
        table: dict[tuple[Any, ...], Decimal] = {}
        for r, row in enumerate(rows):
            entry = self.rate_row(row, keys, f"{path}.rows[{r}]")
            if entry is None:
                continue
            key, rate = entry
            if key in table:
                self.fail(f"{path}.rows[{r}]", "repeats the key of an earlier row")
            table[key] = rate
        return RateTable(tuple(keys), table)

    def rate_row(self, row: Any, keys: list[str], path: str) -> tuple[tuple[Any, ...], Decimal] | None:
        if not isinstance(row, list) or len(row) != len(keys) + 1:
            self.fail(path, f"must be a list of {len(keys)} key values and a rate")
            return None
        values = []
        for key, value in zip(keys, row):
            if key == "sex" and value not in ("F", "M"):
                self.fail(path, f"sex must be \"F\" or \"M\", not {value!r}")
                return None
            if key == "smoker" and not isinstance(value, bool):
                self.fail(path, f"smoker must be true or false, not {value!r}")
                return None
            if key in ("age", "term", "payment_term", "year") and (
                    isinstance(value, bool) or not isinstance(value, int) or value < 0):
                self.fail(path, f"{key} must be a whole number, not {value!r}")
                return None
            if not isinstance(value, (str, int)):
                self.fail(path, f"{key} must be a single value, not {value!r}")
                return None
            values.append(value)
        rate = self.money(row[-1], f"{path}[{len(keys)}]")
        return None if rate is None else (tuple(values), rate)

    def check_dimensions(self, rates: RateTable | None, terms: tuple[int, ...], payment_terms: tuple[int, ...],
                         path: str) -> None:
        """A term key needs terms to choose from, and a payment_term key needs payment_terms."""
        if rates is None:
            return
        if "term" in rates.keys and not terms:
            self.fail(f"{path}.keys", "uses term, but the product lists no terms")
        if "payment_term" in rates.keys and not payment_terms:
            self.fail(f"{path}.keys", "uses payment_term, but the product lists no payment_terms")


def _one_of(value: Any, allowed: Iterable[str]) -> bool:
    """Membership that a list or an object in the file cannot crash."""
    return isinstance(value, str) and value in allowed
