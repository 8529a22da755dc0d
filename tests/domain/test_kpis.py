"""The book's key figures: cohorts that are right at month ends and on 29
February, rates that are None rather than 0% when there is nothing to count."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent_desk.domain.kpis import (
    PolicyFact,
    Rate,
    RenewalFact,
    collection_rate,
    converted_total,
    earliest_cohort_issue,
    in_cohort,
    median_days,
    on_time_rate,
    persistency,
)


def test_rate_keeps_its_counts_and_rounds_half_up() -> None:
    rate = Rate(41, 52)
    assert rate.percent == Decimal("78.8")
    assert Rate(1, 8).percent == Decimal("12.5")
    assert Rate(1, 16).percent == Decimal("6.3")  # 6.25 → 6.3, half up
    assert Rate(2, 3).ratio == Decimal(2) / Decimal(3)
    assert Rate(0, 5).percent == Decimal("0.0")
    with pytest.raises(ValueError):
        Rate(1, 0)
    with pytest.raises(ValueError):
        Rate(3, 2)


# -- cohorts ---------------------------------------------------------------------
@pytest.mark.parametrize(("issued", "today", "inside"), [
    # A policy joins the 13-month cohort the day it completes 13 months...
    (date(2023, 6, 15), date(2024, 7, 14), False),
    (date(2023, 6, 15), date(2024, 7, 15), True),
    # ...and leaves the day it completes 25.
    (date(2023, 6, 15), date(2025, 7, 14), True),
    (date(2023, 6, 15), date(2025, 7, 15), False),
    # Month ends: issued 31 January completes 13 months on 28 February (no 31st).
    (date(2023, 1, 31), date(2024, 2, 28), False),  # 2024 is a leap year: the month ends on the 29th
    (date(2023, 1, 31), date(2024, 2, 29), True),
    (date(2024, 1, 31), date(2025, 2, 27), False),
    (date(2024, 1, 31), date(2025, 2, 28), True),
    # 29 February completes its months on 28 February of a common year.
    (date(2024, 2, 29), date(2025, 3, 28), False),
    (date(2024, 2, 29), date(2025, 3, 29), True),
    (date(2023, 1, 29), date(2024, 2, 29), True),
    (date(2024, 2, 29), date(2026, 2, 28), True),  # 24 months
    (date(2024, 2, 29), date(2026, 3, 28), True),  # 24 months still: the 29th has not come
    (date(2024, 2, 29), date(2026, 3, 29), False),  # 25 completed: out
    # Not yet issued, or issued today.
    (date(2025, 1, 1), date(2024, 12, 31), False),
    (date(2024, 12, 31), date(2024, 12, 31), False),
])
def test_13_month_cohort_boundaries(issued: date, today: date, inside: bool) -> None:
    assert in_cohort(issued, today, 13) is inside


def test_the_cohort_lasts_exactly_a_year_for_every_issue_day() -> None:
    # Walk every issue day of a leap year: each policy is in the cohort on
    # 365 or 366 consecutive days and never twice.
    for offset in range(366):
        issued = date(2024, 1, 1).fromordinal(date(2024, 1, 1).toordinal() + offset)
        days_in = [d for d in range(issued.toordinal() + 380, issued.toordinal() + 800)
                   if in_cohort(issued, date.fromordinal(d), 13)]
        assert days_in == list(range(days_in[0], days_in[0] + len(days_in)))
        assert len(days_in) in (365, 366)


def test_earliest_cohort_issue_is_a_safe_lower_bound() -> None:
    for today in (date(2025, 3, 31), date(2024, 2, 29), date(2025, 1, 1), date(2026, 3, 1)):
        earliest = earliest_cohort_issue(today, 25)
        for back in range(0, 40):
            day = date.fromordinal(earliest.toordinal() - 1 - back)
            assert not in_cohort(day, today, 25)


def test_persistency_counts_in_force_grace_and_matured_as_persisting() -> None:
    today = date(2025, 6, 30)
    issued = date(2024, 3, 10)  # 15 months: in the 13-month cohort, not the 25
    policies = [
        PolicyFact(issued, "in_force"), PolicyFact(issued, "grace"), PolicyFact(issued, "matured"),
        PolicyFact(issued, "lapsed"), PolicyFact(issued, "surrendered"), PolicyFact(issued, "terminated"),
        PolicyFact(issued, "pending"),  # never issued: left out
        PolicyFact(None, "in_force"),  # no date: left out
        PolicyFact(date(2025, 1, 1), "lapsed"),  # too new
        PolicyFact(date(2022, 1, 1), "lapsed"),  # too old for 13, in the 25 cohort
        PolicyFact(date(2023, 5, 1), "in_force"),  # 25 cohort
    ]
    assert persistency(policies, today, 13) == Rate(3, 6)
    assert persistency(policies, today, 25) == Rate(1, 1)  # 2022-01-01 is 41 months: out


def test_persistency_of_an_empty_cohort_is_none() -> None:
    assert persistency([], date(2025, 1, 1), 13) is None
    only_new = [PolicyFact(date(2024, 12, 1), "in_force"), PolicyFact(date(2023, 6, 1), "pending")]
    assert persistency(only_new, date(2025, 1, 1), 13) is None


def test_persistency_takes_any_fact_with_issue_date_and_status() -> None:
    class Row:
        issue_date = date(2024, 1, 1)
        status = "in_force"

    assert persistency([Row()], date(2025, 3, 1), 13) == Rate(1, 1)


# -- follow-ups ------------------------------------------------------------------
def test_on_time_means_done_on_or_before_the_due_day() -> None:
    due = date(2025, 3, 10)
    assert on_time_rate([(due, date(2025, 3, 9)), (due, due), (due, date(2025, 3, 11)), (due, None)]) == Rate(2, 4)
    assert on_time_rate([]) is None


def test_collection_rate_reads_void_renewals_from_their_policy() -> None:
    renewals = [
        RenewalFact("done", "in_force", False),  # collected by the agent
        RenewalFact("open", "grace", False),  # due, not collected
        RenewalFact("void", "in_force", True),  # paid at the office: the due date moved on
        RenewalFact("void", "lapsed", False),  # the policy stopped: not collected
        RenewalFact("void", "lapsed", True),  # moved on but lapsed since: not collected
        RenewalFact("cancelled", "in_force", False),  # the agent said nothing was due
    ]
    assert collection_rate(renewals) == Rate(2, 5)
    assert collection_rate([RenewalFact("cancelled", None, False)]) is None
    assert collection_rate([]) is None


# -- statistics --------------------------------------------------------------------
def test_median_days() -> None:
    assert median_days([]) is None
    assert median_days([7]) == Decimal(7)
    assert median_days([30, 3, 12]) == Decimal(12)
    assert median_days([3, 12, 30, 4]) == Decimal("8")  # (4 + 12) / 2
    assert median_days([1, 2]) == Decimal("1.5")
    assert isinstance(median_days([1, 2, 3]), Decimal)


def test_converted_total_refuses_a_currency_without_rate() -> None:
    amounts = {"TWD": Decimal("1000"), "USD": Decimal("10.50")}
    assert converted_total(amounts, {"USD": Decimal("32")}, "TWD") == Decimal("1336.00")
    assert converted_total(amounts, {}, "TWD") is None
    assert converted_total({}, {}, "TWD") == Decimal(0)
