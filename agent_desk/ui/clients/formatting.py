"""Money, dates and times as the client page shows them: Babel for Decimal money
(never floats), the UI's locale, and local time for stamps stored as naive UTC."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal
from PySide6.QtCore import QLocale

FALLBACK_LOCALE = "en_US"
NOTHING = "—"


def ui_locale() -> str:
    """The Babel locale matching Qt's default locale ("C" counts as en_US)."""
    name = QLocale().name()
    if not name or name == "C":
        return FALLBACK_LOCALE
    try:
        Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return FALLBACK_LOCALE
    return name


def money_text(amount: Decimal | None, currency: str) -> str:
    """Exact money in the locale's currency format; whole amounts without the
    ".00" that only adds noise to sums assured and premiums."""
    if amount is None:
        return NOTHING
    locale = ui_locale()
    if amount == amount.to_integral_value():
        pattern = Locale.parse(locale).currency_formats["standard"].pattern.replace("0.00", "0")
        return format_currency(amount, currency, format=pattern, locale=locale, currency_digits=False)
    return format_currency(amount, currency, locale=locale)


def income_text(amount: Decimal | None) -> str:
    """An income for the edit box: comma thousands separators and every decimal
    the value has, so parse_income reads back exactly the same amount."""
    if amount is None:
        return ""
    return format_decimal(amount, format="#,##0.##", locale="en_US", decimal_quantization=False)


def date_text(value: date | None) -> str:
    return format_date(value, format="medium", locale=ui_locale()) if value else NOTHING


def local_time(stamp_utc: datetime) -> datetime:
    """A naive UTC stamp from the book as naive local time."""
    return stamp_utc.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


def local_datetime_text(stamp_utc: datetime) -> str:
    local = local_time(stamp_utc)
    locale = ui_locale()
    return f"{format_date(local.date(), format='medium', locale=locale)}  " \
           f"{format_time(local.time(), format='short', locale=locale)}"


def parse_iso_date(text: str) -> date | None:
    """A date typed as YYYY-MM-DD (or with / or .); blank is None.

    Raises ValueError for anything else."""
    cleaned = text.strip().replace("/", "-").replace(".", "-")
    if not cleaned:
        return None
    parts = cleaned.split("-")
    if len(parts) != 3 or len(parts[0]) != 4:
        raise ValueError(text)
    year, month, day = (int(p) for p in parts)
    return date(year, month, day)
