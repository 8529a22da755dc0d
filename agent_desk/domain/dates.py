"""Calendar arithmetic the service rules need: months that end early, and
29 February in common years."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int, anchor_day: int | None = None) -> date:
    """The same day `months` later (or earlier), clamped to the month's end.

    `anchor_day` keeps a series on its day: monthly from 31 January gives
    28/29 February, then 31 March, not 28 March."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    wanted = anchor_day or day.day
    return date(year, month, min(wanted, calendar.monthrange(year, month)[1]))


def add_years(day: date, years: int) -> date:
    """29 February becomes 28 February in a common year."""
    return add_months(day, 12 * years)


def occasion_in(year: int, on: date) -> date:
    """The yearly occasion of `on` (a birthday, an anniversary) in `year`;
    a 29 February occasion falls on 28 February in a common year."""
    if (on.month, on.day) == (2, 29) and not calendar.isleap(year):
        return date(year, 2, 28)
    return on.replace(year=year)


def months_between(start: date, end: date) -> int:
    """Completed months from `start` to `end` (negative when end is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day and end.day != calendar.monthrange(end.year, end.month)[1]:
        months -= 1
    return months
