"""The follow-up rules: what is due when, around month ends, leap years,
frequencies, grace periods and tier changes."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agent_desk.domain.clients import LifecycleStage, PaymentFrequency, PolicyStatus
from agent_desk.domain.dates import add_months, add_years, months_between, occasion_in
from agent_desk.domain.followups import (
    BookFacts,
    ClaimFact,
    ClientFact,
    DeadlineFact,
    FollowUpKind,
    FollowUpRules,
    PolicyFact,
    due_followups,
    next_occurrence,
    next_premium_due,
    next_review,
    parse_recurrence,
    premium_due_dates,
    recurrence_text,
    Repeat,
)
from agent_desk.errors import ValidationError

RULES = FollowUpRules()
HOLDER = uuid.uuid4()


def policy(**changes) -> PolicyFact:
    base = PolicyFact(policy_id=uuid.uuid4(), holder_id=HOLDER, number="TL-000001", status=PolicyStatus.IN_FORCE,
                      frequency=PaymentFrequency.ANNUAL, issue_date=date(2020, 3, 15), next_due_date=None,
                      payment_term_years=20, term_years=20, modal_premium=Decimal("12000"), currency="TWD")
    return replace(base, **changes)


def client(**changes) -> ClientFact:
    base = ClientFact(client_id=uuid.uuid4(), birth_date=date(1985, 6, 10), stage=LifecycleStage.ACTIVE,
                      tier="B", since=date(2020, 3, 15))
    return replace(base, **changes)


def due(facts: BookFacts, today: date, rules: FollowUpRules = RULES) -> dict[str, object]:
    found = list(due_followups(facts, rules, today))
    keys = [f.rule_key for f in found]
    assert len(keys) == len(set(keys)), "a rule key twice"
    return {f.rule_key: f for f in found}


def of_kind(found: dict, kind: FollowUpKind) -> list:
    return sorted((f for f in found.values() if f.kind is kind), key=lambda f: f.due)


# -- calendar arithmetic --------------------------------------------------------
@pytest.mark.parametrize(("start", "months", "anchor", "expected"), [
    (date(2026, 1, 31), 1, None, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, None, date(2028, 2, 29)),
    (date(2026, 2, 28), 1, 31, date(2026, 3, 31)),
    (date(2026, 11, 30), 3, None, date(2027, 2, 28)),
    (date(2026, 3, 31), -1, None, date(2026, 2, 28)),
    (date(2026, 12, 15), 1, None, date(2027, 1, 15)),
])
def test_add_months_clamps_to_month_end_and_keeps_its_anchor(start, months, anchor, expected) -> None:
    assert add_months(start, months, anchor_day=anchor) == expected


def test_leap_day_occasions_fall_on_28_february_in_common_years() -> None:
    assert occasion_in(2027, date(2000, 2, 29)) == date(2027, 2, 28)
    assert occasion_in(2028, date(2000, 2, 29)) == date(2028, 2, 29)
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)


def test_months_between_counts_completed_months() -> None:
    assert months_between(date(2026, 1, 31), date(2026, 2, 28)) == 1
    assert months_between(date(2026, 1, 15), date(2026, 2, 14)) == 0
    assert months_between(date(2026, 1, 15), date(2027, 2, 15)) == 13


@pytest.mark.parametrize(("frequency", "expected"), [
    (PaymentFrequency.MONTHLY, [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]),
    (PaymentFrequency.QUARTERLY, [date(2026, 1, 31), date(2026, 4, 30), date(2026, 7, 31), date(2026, 10, 31)]),
    (PaymentFrequency.SEMIANNUAL, [date(2026, 1, 31), date(2026, 7, 31), date(2027, 1, 31), date(2027, 7, 31)]),
    (PaymentFrequency.ANNUAL, [date(2026, 1, 31), date(2027, 1, 31), date(2028, 1, 31), date(2029, 1, 31)]),
])
def test_premium_due_dates_keep_the_issue_day_through_short_months(frequency, expected) -> None:
    dates = premium_due_dates(date(2026, 1, 31), frequency)
    assert [next(dates) for _ in range(4)] == expected


# -- renewals and lapse warnings ------------------------------------------------------
def test_renewal_appears_within_the_horizon_with_the_premium_due_date() -> None:
    p = policy(next_due_date=date(2026, 12, 20))
    assert of_kind(due(BookFacts(policies=[p]), date(2026, 11, 19)), FollowUpKind.RENEWAL) == []
    [renewal] = of_kind(due(BookFacts(policies=[p]), date(2026, 11, 20)), FollowUpKind.RENEWAL)
    assert renewal.due == date(2026, 12, 20) and renewal.rule_key == f"renewal:{p.policy_id}:2026-12-20"
    assert renewal.client_id == HOLDER and renewal.policy_id == p.policy_id and renewal.subject == "TL-000001"


def test_renewal_due_date_comes_from_the_frequency_when_the_office_gave_none() -> None:
    p = policy(frequency=PaymentFrequency.MONTHLY, issue_date=date(2025, 8, 31), next_due_date=None)
    [renewal] = of_kind(due(BookFacts(policies=[p]), date(2026, 2, 10)), FollowUpKind.RENEWAL)
    assert renewal.due == date(2026, 1, 31)  # ten days ago: unpaid, still in grace
    [later] = of_kind(due(BookFacts(policies=[p]), date(2026, 3, 5)), FollowUpKind.RENEWAL)
    assert later.due == date(2026, 2, 28)  # 31 January is past the grace period; 28 February is the one


def test_an_overdue_premium_warns_a_week_before_the_grace_period_ends() -> None:
    p = policy(next_due_date=date(2026, 11, 1))
    found = due(BookFacts(policies=[p]), date(2026, 11, 10))
    [renewal] = of_kind(found, FollowUpKind.RENEWAL)
    [warning] = of_kind(found, FollowUpKind.LAPSE_WARNING)
    assert renewal.due == date(2026, 11, 1)
    assert warning.due == date(2026, 11, 24)  # grace ends 1 December; warn 7 days before
    assert warning.rule_key == f"lapse_warning:{p.policy_id}:2026-11-01"


def test_a_policy_in_grace_gets_a_lapse_warning_even_before_its_due_date_passes() -> None:
    p = policy(status=PolicyStatus.GRACE, next_due_date=date(2026, 11, 30))
    [warning] = of_kind(due(BookFacts(policies=[p]), date(2026, 11, 25)), FollowUpKind.LAPSE_WARNING)
    assert warning.due == date(2026, 12, 23)


def test_short_grace_warning_never_falls_on_the_due_date_itself() -> None:
    rules = FollowUpRules(grace_days=5, lapse_warning_days=4)
    p = policy(next_due_date=date(2026, 11, 1))
    [warning] = of_kind(due(BookFacts(policies=[p]), date(2026, 11, 2), rules), FollowUpKind.LAPSE_WARNING)
    assert warning.due == date(2026, 11, 2)


def test_no_renewal_after_the_payment_term_or_for_ended_policies() -> None:
    paid_up = policy(issue_date=date(2006, 12, 1), payment_term_years=20, next_due_date=date(2026, 12, 1))
    lapsed = policy(status=PolicyStatus.LAPSED, next_due_date=date(2026, 12, 1))
    pending = policy(status=PolicyStatus.PENDING, issue_date=None, next_due_date=date(2026, 12, 1))
    found = due(BookFacts(policies=[paid_up, lapsed, pending]), date(2026, 11, 25))
    assert of_kind(found, FollowUpKind.RENEWAL) == []


def test_the_renewal_key_moves_on_when_the_premium_is_paid() -> None:
    p = policy(next_due_date=date(2026, 12, 1))
    before = set(due(BookFacts(policies=[p]), date(2026, 11, 25)))
    after = set(due(BookFacts(policies=[replace(p, next_due_date=date(2027, 12, 1))]), date(2026, 11, 25)))
    assert f"renewal:{p.policy_id}:2026-12-01" in before - after


# -- occasions ----------------------------------------------------------------------------
def test_policy_anniversary_of_a_leap_day_issue_falls_on_28_february() -> None:
    p = policy(issue_date=date(2024, 2, 29), next_due_date=date(2027, 2, 28))
    [anniversary] = of_kind(due(BookFacts(policies=[p]), date(2027, 2, 10)), FollowUpKind.ANNIVERSARY)
    assert anniversary.due == date(2027, 2, 28)
    assert anniversary.rule_key == f"anniversary:{p.policy_id}:2027"


def test_no_anniversary_in_the_year_of_issue() -> None:
    p = policy(issue_date=date(2026, 11, 1), next_due_date=date(2027, 11, 1))
    assert of_kind(due(BookFacts(policies=[p]), date(2026, 11, 1)), FollowUpKind.ANNIVERSARY) == []


def test_birthday_across_the_new_year_and_its_expiry() -> None:
    c = client(birth_date=date(1980, 1, 3))
    [birthday] = of_kind(due(BookFacts(clients=[c]), date(2026, 12, 20)), FollowUpKind.BIRTHDAY)
    assert birthday.due == date(2027, 1, 3) and birthday.rule_key == f"birthday:{c.client_id}:2027"
    assert of_kind(due(BookFacts(clients=[c]), date(2027, 1, 10)), FollowUpKind.BIRTHDAY)  # a week late: still
    assert of_kind(due(BookFacts(clients=[c]), date(2027, 1, 11)), FollowUpKind.BIRTHDAY) == []


def test_leap_day_birthday_is_greeted_on_28_february_in_a_common_year() -> None:
    c = client(birth_date=date(1992, 2, 29))
    [birthday] = of_kind(due(BookFacts(clients=[c]), date(2027, 2, 1)), FollowUpKind.BIRTHDAY)
    assert birthday.due == date(2027, 2, 28)
    [leap] = of_kind(due(BookFacts(clients=[c]), date(2028, 2, 1)), FollowUpKind.BIRTHDAY)
    assert leap.due == date(2028, 2, 29)


def test_birthday_gift_for_tiers_that_give_one_and_no_greeting_for_lost_clients() -> None:
    rules = replace(RULES, tiers={**RULES.tiers, "C": replace(RULES.tiers["C"], gifts=frozenset())})
    a, c, lost = client(tier="A"), client(tier="C"), client(stage=LifecycleStage.LOST)
    found = due(BookFacts(clients=[a, c, lost]), date(2026, 6, 1), rules)
    subjects = {f.client_id: f.subject for f in of_kind(found, FollowUpKind.BIRTHDAY)}
    assert subjects == {a.client_id: "gift", c.client_id: "greeting"}


def test_festival_gifts_follow_the_tier_and_go_out_a_week_before() -> None:
    a, b, c = client(tier="A"), client(tier="B"), client(tier="C")
    found = due(BookFacts(clients=[a, b, c]), date(2027, 1, 20))
    gifts = {(f.client_id, f.subject): f.due for f in of_kind(found, FollowUpKind.GIFT)}
    assert gifts == {(a.client_id, "lunar_new_year"): date(2027, 1, 30),
                     (b.client_id, "lunar_new_year"): date(2027, 1, 30)}


# -- a new policy -------------------------------------------------------------------------
def test_delivery_then_return_visit_inside_the_cooling_off_period() -> None:
    p = policy(issue_date=date(2026, 11, 20), next_due_date=date(2027, 11, 20))
    found = due(BookFacts(policies=[p]), date(2026, 11, 20))
    [delivery] = of_kind(found, FollowUpKind.DELIVERY)
    [visit] = of_kind(found, FollowUpKind.RETURN_VISIT)
    assert delivery.due == date(2026, 11, 27)
    assert visit.due == date(2026, 11, 30)
    assert visit.due < delivery.due + timedelta(days=RULES.cooling_off_days)


def test_the_return_visit_follows_the_actual_delivery() -> None:
    p = policy(issue_date=date(2026, 11, 20), next_due_date=date(2027, 11, 20), delivered_on=date(2026, 11, 22))
    found = due(BookFacts(policies=[p]), date(2026, 11, 23))
    assert of_kind(found, FollowUpKind.DELIVERY) == []
    [visit] = of_kind(found, FollowUpKind.RETURN_VISIT)
    assert visit.due == date(2026, 11, 25)


def test_return_visit_must_fall_inside_the_cooling_off_period() -> None:
    with pytest.raises(ValidationError) as error:
        FollowUpRules(cooling_off_days=10, return_visit_days=10)
    assert "return_visit_days" in error.value.problems


def test_new_policy_tasks_stop_after_ninety_days() -> None:
    p = policy(issue_date=date(2026, 8, 1), next_due_date=date(2027, 8, 1))
    found = due(BookFacts(policies=[p]), date(2026, 11, 25))
    assert of_kind(found, FollowUpKind.DELIVERY) == [] and of_kind(found, FollowUpKind.RETURN_VISIT) == []


# -- claims, reviews, deadlines ---------------------------------------------------------------
def test_open_claim_is_chased_a_week_after_its_last_step_or_check() -> None:
    claim = ClaimFact(uuid.uuid4(), HOLDER, uuid.uuid4(), "submitted", last_step_on=date(2026, 11, 10))
    [chase] = of_kind(due(BookFacts(claims=[claim]), date(2026, 11, 25)), FollowUpKind.CLAIM)
    assert chase.due == date(2026, 11, 17) and chase.claim_id == claim.claim_id
    checked = replace(claim, last_checked_on=date(2026, 11, 20))
    [later] = of_kind(due(BookFacts(claims=[checked]), date(2026, 11, 25)), FollowUpKind.CLAIM)
    assert later.due == date(2026, 11, 27) and later.rule_key != chase.rule_key
    paid = replace(claim, stage="paid")
    assert of_kind(due(BookFacts(claims=[paid]), date(2026, 11, 25)), FollowUpKind.CLAIM) == []


def test_review_interval_follows_the_tier() -> None:
    reviewed = date(2026, 6, 1)
    a = client(tier="A", last_review=reviewed)
    b = client(tier="B", last_review=reviewed)
    assert next_review(a, RULES, date(2026, 11, 25)) == date(2026, 12, 1)
    assert next_review(b, RULES, date(2026, 11, 25)) == date(2027, 6, 1)
    assert next_review(client(tier=None), RULES, date(2026, 11, 25)) is None


def test_a_tier_change_moves_the_review() -> None:
    c = client(tier="B", last_review=date(2026, 5, 20))
    today = date(2026, 11, 25)
    assert of_kind(due(BookFacts(clients=[c]), today), FollowUpKind.REVIEW) == []
    [review] = of_kind(due(BookFacts(clients=[replace(c, tier="A")]), today), FollowUpKind.REVIEW)
    assert review.due == date(2026, 11, 20)  # six months on: already overdue


def test_never_reviewed_clients_follow_their_policy_cycle_without_a_backlog() -> None:
    today = date(2026, 11, 25)
    c = client(tier="A", since=date(2019, 12, 10))
    review = next_review(c, RULES, today)
    assert review == date(2026, 12, 10)
    long_ago = next_review(client(tier="C", since=date(2010, 10, 31)), RULES, today)
    assert today - timedelta(days=30) <= long_ago and long_ago.month == 10 and long_ago.day == 31


def test_service_request_and_complaint_deadlines() -> None:
    request = DeadlineFact(FollowUpKind.SERVICE_REQUEST, uuid.uuid4(), HOLDER, None, date(2026, 12, 1),
                           "address_change")
    late = DeadlineFact(FollowUpKind.COMPLAINT, uuid.uuid4(), HOLDER, None, date(2027, 3, 1), "Slow claim")
    found = due(BookFacts(deadlines=[request, late]), date(2026, 11, 25))
    assert [f.rule_key for f in found.values()] == [f"service_request:{request.source_id}"]


# -- the agent's own repeating tasks -----------------------------------------------------------
def test_monthly_task_from_31_january_keeps_its_day() -> None:
    text = recurrence_text(Repeat.MONTHLY, date(2026, 1, 31))
    assert text == "monthly:31"
    feb = next_occurrence(date(2026, 1, 31), text)
    assert feb == date(2026, 2, 28)
    assert next_occurrence(feb, text) == date(2026, 3, 31)


def test_other_recurrences_and_bad_ones() -> None:
    assert next_occurrence(date(2026, 11, 25), "weekly") == date(2026, 12, 2)
    assert next_occurrence(date(2024, 2, 29), recurrence_text(Repeat.YEARLY, date(2024, 2, 29))) == date(2025, 2, 28)
    assert next_occurrence(date(2026, 11, 30), "quarterly:30") == date(2027, 2, 28)
    assert next_occurrence(date(2026, 11, 25), "") is None
    for bad in ("fortnightly", "monthly:32", "monthly:x"):
        with pytest.raises(ValidationError):
            parse_recurrence(bad)


def test_the_rules_are_a_pure_function_of_the_facts() -> None:
    facts = BookFacts(policies=[policy(next_due_date=date(2026, 12, 1), issue_date=date(2026, 11, 20))],
                      clients=[client(birth_date=date(1990, 12, 2), tier="A")])
    assert due(facts, date(2026, 11, 25)) == due(facts, date(2026, 11, 25))


def test_rules_refuse_nonsense() -> None:
    with pytest.raises(ValidationError) as error:
        FollowUpRules(horizon_days=0, gift_lead_days=-1, lapse_warning_days=40)
    assert set(error.value.problems) == {"horizon_days", "gift_lead_days", "lapse_warning_days"}


@given(issue=st.dates(date(1990, 1, 1), date(2030, 12, 31)), frequency=st.sampled_from(list(PaymentFrequency)),
       offset=st.integers(0, 365 * 30))
def test_next_premium_due_skips_ahead_to_the_same_date_as_walking_every_premium(issue, frequency, offset) -> None:
    target = issue + timedelta(days=offset)
    walked = next(d for d in premium_due_dates(issue, frequency) if d >= target)
    assert next_premium_due(policy(issue_date=issue, frequency=frequency), target) == walked
