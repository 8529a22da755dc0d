"""Numbers, money, percentages and dates as a proposal's language writes them (Babel).

Money is Decimal end to end and printed exactly: a catalog that rounds to whole
dollars prints "NT$22,700", one that rounds to cents "US$1,234.50", and an
amount is never rounded here (a value with more places than the catalog's
shows them all).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import NumberPattern, format_decimal, format_percent, get_currency_name, parse_pattern

LOCALES = {"en": "en_US", "zh-Hant": "zh_TW", "zh-Hans": "zh_CN"}
_FRACTION = re.compile(r"0\.0+")


@dataclass(frozen=True)
class Formatter:
    language: str
    currency: str
    places: Decimal = Decimal("0.01")  # the catalog's rounding step: "1" prints whole units

    @property
    def locale(self) -> str:
        return LOCALES[self.language]

    def money(self, amount: Decimal) -> str:
        if amount == amount.to_integral_value():
            amount = amount.quantize(Decimal(1))  # "14280000.0" is a whole amount: exact, not re-rounded
        return _money(self.locale, self.currency, self.places, amount, str(amount))

    def number(self, value: int | Decimal) -> str:
        return format_decimal(value, locale=self.locale, decimal_quantization=False)

    def percent(self, share: Decimal, places: int = 1) -> str:
        """A share (0.965) as "96.5%"; `places` decimals at most, trailing zeros dropped."""
        pattern = "#,##0" + ("." + "#" * places if places else "") + "%"
        return format_percent(share, format=pattern, locale=self.locale)

    def date(self, day: date) -> str:
        return format_date(day, format="long", locale=self.locale)

    def currency_name(self) -> str:
        return get_currency_name(self.currency, locale=self.locale)


@lru_cache(maxsize=16)
def _money_pattern(locale: str, places: Decimal) -> tuple[Locale, NumberPattern]:
    """The locale's currency pattern with exactly the catalog's decimal places."""
    parsed = Locale.parse(locale)
    exponent = places.as_tuple().exponent
    digits = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    pattern = _FRACTION.sub("0" + ("." + "0" * digits if digits else ""), parsed.currency_formats["standard"].pattern)
    return parsed, parse_pattern(pattern)


@lru_cache(maxsize=4096)
def _money(locale: str, currency: str, places: Decimal, amount: Decimal, exact: str) -> str:
    """Babel's format_currency, minus its per-call parsing (a proposal prints ~600 amounts).
    `exact` keys the cache by the amount's digits: Decimal("1.5") == Decimal("1.50")."""
    parsed, pattern = _money_pattern(locale, places)
    return pattern.apply(amount, parsed, currency=currency, currency_digits=False, decimal_quantization=False)
