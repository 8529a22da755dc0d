"""Follow-ups on a real book: regeneration is idempotent, the agent's
actions stick, completing logs the contact, and the calendar parses back."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import func, select

from agent_desk.domain.clients import ActivityKind, ClientDetails, LifecycleStage
from agent_desk.domain.followups import FollowUpKind, FollowUpRules, FollowUpStatus
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.activities import timeline
from agent_desk.services.calendar_export import export_followups_ics
from agent_desk.services.clients import create_client, delete_client
from agent_desk.services.followup_regeneration import regenerate_followups
from agent_desk.services.followup_rules import followup_rules, rules_from_json, rules_to_json, save_followup_rules
from agent_desk.services.followups import (
    add_task,
    cancel_followup,
    complete_followup,
    followups_of,
    open_followups,
    reopen_followup,
    reschedule_followup,
    snooze_followup,
)
from agent_desk.services.service_requests import close_service_request, open_service_request, reopen_service_request
from agent_desk.services.today import birthdays_between, today_view
from agent_desk.store.book import Book
from agent_desk.store.models import Activity, FollowUp, Policy

TODAY = date(2026, 11, 25)


def add_client(book: Book, name: str = "Mei-ling Chen", birth: date | None = date(1985, 3, 2),
               stage: LifecycleStage = LifecycleStage.ACTIVE, **details) -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name, birth_date=birth, stage=stage, **details), today=TODAY)
    return client_id


def add_policy(book: Book, holder: uuid.UUID, next_due: date | None = date(2026, 12, 5),
               issued: date = date(2021, 12, 5), status: str = "in_force", number: str = "TL-000381") -> uuid.UUID:
    with book.session() as s:
        policy = Policy(policy_number=number, holder_id=holder, insured_id=holder, product_code="TL20",
                        product_name="Term Life 20", currency="TWD", sum_assured=Decimal("3000000"),
                        annual_premium=Decimal("12345"), modal_premium=Decimal("12345"), frequency="annual",
                        issue_date=issued, term_years=20, payment_term_years=20, status=status,
                        next_due_date=next_due)
        s.add(policy)
        s.flush()
        return policy.id


def regenerate(book: Book, today: date = TODAY):
    with book.session() as s:
        report, changes = regenerate_followups(s, today)
    return report, changes


def rule_tasks(book: Book) -> dict[str, tuple[str, date]]:
    with book.session() as s:
        rows = s.execute(select(FollowUp.rule_key, FollowUp.status, FollowUp.due_date)
                         .where(FollowUp.rule_key.is_not(None))).all()
    return {key: (status, due) for key, status, due in rows}


def test_regeneration_twice_changes_nothing_the_second_time(book: Book) -> None:
    client_id = add_client(book, birth=date(1985, 12, 1))
    policy_id = add_policy(book, client_id)
    first, changes = regenerate(book)
    assert first.created >= 2 and changes.followup_list
    second, again = regenerate(book)
    assert (second.created, second.moved, second.voided, second.reopened) == (0, 0, 0, 0)
    assert not again.followup_list
    keys = rule_tasks(book)
    assert keys[f"renewal:{policy_id}:2026-12-05"] == ("open", date(2026, 12, 5))
    assert keys[f"birthday:{client_id}:2026"] == ("open", date(2026, 12, 1))


def test_a_paid_premium_voids_the_old_renewal_and_never_duplicates(book: Book) -> None:
    client_id = add_client(book)
    policy_id = add_policy(book, client_id, next_due=date(2026, 11, 20))
    regenerate(book)
    with book.session() as s:
        s.get(Policy, policy_id).next_due_date = date(2027, 11, 20)
    report, _ = regenerate(book)
    keys = rule_tasks(book)
    assert keys[f"renewal:{policy_id}:2026-11-20"][0] == "void"
    assert keys[f"lapse_warning:{policy_id}:2026-11-20"][0] == "void"
    assert report.voided == 2
    with book.session() as s:
        assert s.scalar(select(func.count()).select_from(FollowUp).where(FollowUp.kind == "renewal")) == 1


def test_a_done_follow_up_is_never_resurrected(book: Book) -> None:
    client_id = add_client(book, birth=date(1985, 12, 1))
    regenerate(book)
    with book.session() as s:
        birthday = s.scalar(select(FollowUp.id).where(FollowUp.kind == "birthday"))
        complete_followup(s, birthday, "Sent a card")
    regenerate(book)
    regenerate(book, TODAY + timedelta(days=1))
    with book.session() as s:
        rows = s.execute(select(FollowUp.status).where(FollowUp.client_id == client_id,
                                                       FollowUp.kind == "birthday")).all()
    assert rows == [("done",)]


def test_a_rescheduled_rule_task_keeps_the_agents_date(book: Book) -> None:
    client_id = add_client(book)
    policy_id = add_policy(book, client_id, next_due=date(2026, 12, 5))
    regenerate(book)
    with book.session() as s:
        task = s.scalar(select(FollowUp.id).where(FollowUp.kind == "renewal"))
        reschedule_followup(s, task, date(2026, 12, 2))
        s.get(Policy, policy_id).next_due_date = date(2026, 12, 6)  # the office moves it a day
    regenerate(book)
    keys = rule_tasks(book)
    assert keys[f"renewal:{policy_id}:2026-12-05"] == ("open", date(2026, 12, 2))


def test_a_reopened_request_brings_its_deadline_back(book: Book) -> None:
    client_id = add_client(book)
    with book.session() as s:
        request_id, _ = open_service_request(s, client_id, "address_change", TODAY, due_on=TODAY + timedelta(days=5))
    regenerate(book)
    key = f"service_request:{request_id}"
    assert rule_tasks(book)[key][0] == "open"
    with book.session() as s:
        close_service_request(s, request_id, "Address changed", closed_on=TODAY)
    regenerate(book)
    assert rule_tasks(book)[key][0] == "void"
    with book.session() as s:
        reopen_service_request(s, request_id)
    regenerate(book)
    assert rule_tasks(book)[key] == ("open", TODAY + timedelta(days=5))


def test_a_deleted_client_takes_its_rule_tasks_away(book: Book) -> None:
    client_id = add_client(book, birth=date(1985, 12, 1))
    regenerate(book)
    with book.session() as s:
        delete_client(s, client_id)
    report, _ = regenerate(book)
    assert report.voided == 1
    assert {status for status, _ in rule_tasks(book).values()} == {"void"}


def test_completing_logs_the_contact_with_its_outcome_on_the_timeline(book: Book) -> None:
    client_id = add_client(book)
    add_policy(book, client_id)
    regenerate(book)
    with book.session() as s:
        task = s.scalar(select(FollowUp.id).where(FollowUp.kind == "renewal"))
        _next, changes = complete_followup(s, task, "  Paid by transfer ", now=datetime(2026, 11, 25, 10, 0))
    assert client_id in changes.timelines and client_id in changes.followups
    with book.session() as s:
        (activity,) = timeline(s, client_id)
        linked = s.scalar(select(Activity.followup_id).where(Activity.id == activity.id))
        done = followups_of(s, client_id)
    assert (activity.kind, activity.outcome) == (ActivityKind.CALL, "Paid by transfer")
    assert activity.note == "Renewal: TL-000381" and linked == task
    assert [(r.kind, r.status) for r in done if r.id == task] == [(FollowUpKind.RENEWAL, FollowUpStatus.DONE)]


def test_reopening_takes_the_logged_contact_and_the_repeat_back(book: Book) -> None:
    client_id = add_client(book)
    with book.session() as s:
        task, _ = add_task(s, "Call about the mortgage", date(2026, 1, 31), client_id, recurrence="monthly:31")
        next_id, _ = complete_followup(s, task, "Left a message", contact=ActivityKind.MESSAGE)
    with book.session() as s:
        assert s.get(FollowUp, next_id).due_date == date(2026, 2, 28)
        reopen_followup(s, task)
    with book.session() as s:
        assert timeline(s, client_id) == []
        assert s.get(FollowUp, next_id).deleted_at is not None
        assert s.get(FollowUp, task).status == "open"


def test_snoozed_tasks_stay_out_of_sight_until_their_day(book: Book) -> None:
    client_id = add_client(book)
    with book.session() as s:
        task, _ = add_task(s, "Bring the claim form", TODAY, client_id)
        snooze_followup(s, task, TODAY + timedelta(days=3), TODAY)
    with book.session() as s:
        assert open_followups(s, TODAY, TODAY + timedelta(days=7)) == []
        [back] = open_followups(s, TODAY + timedelta(days=3), TODAY + timedelta(days=7))
    assert back.id == task and back.due == TODAY  # overdue once it is back


def test_actions_refuse_bad_input_and_closed_tasks(book: Book) -> None:
    with book.session() as s, pytest.raises(ValidationError) as error:
        add_task(s, "  ", TODAY, recurrence="fortnightly")
    assert set(error.value.problems) == {"title", "recurrence"}
    with book.session() as s:
        task, _ = add_task(s, "Renew the car insurance", TODAY)
        cancel_followup(s, task, "Client changed insurer")
    with book.session() as s, pytest.raises(ValidationError):
        complete_followup(s, task)
    with book.session() as s, pytest.raises(ValidationError):
        snooze_followup(s, task, TODAY, TODAY)
    with book.session() as s, pytest.raises(NotFoundError):
        complete_followup(s, uuid.uuid4())


def test_today_view_sorts_the_agents_day(book: Book) -> None:
    late = add_client(book, "Wang Xiaoming", name_local="王小明", birth=TODAY + timedelta(days=3) - timedelta(days=365 * 40 + 10))
    policy_id = add_policy(book, late, next_due=TODAY - timedelta(days=3))
    with book.session() as s:
        add_task(s, "Send the brochure", TODAY, late)
        add_task(s, "Prepare review", TODAY + timedelta(days=4))
    regenerate(book)
    with book.session() as s:
        view = today_view(s, TODAY)
    assert [r.kind for r in view.overdue] == [FollowUpKind.RENEWAL]
    assert [r.title for r in view.due_today] == ["Send the brochure"]
    assert "Prepare review" in [r.title for r in view.this_week]
    assert [(r.policy_id, r.amount) for r in view.renewals] == [(policy_id, Decimal("12345"))]
    assert view.renewal_totals() == {"TWD": Decimal("12345")}


def test_birthdays_this_week_include_leap_day_babies_on_28_february(book: Book) -> None:
    leap = add_client(book, "Leap Baby", birth=date(1992, 2, 29))
    add_client(book, "Lost Client", birth=date(1990, 2, 27), stage=LifecycleStage.LOST)
    with book.session() as s:
        rows = birthdays_between(s, date(2027, 2, 25), date(2027, 3, 3))
    assert [(r.client_id, r.birthday, r.age) for r in rows] == [(leap, date(2027, 2, 28), 35)]


def test_calendar_export_parses_back_with_every_open_follow_up(book: Book, tmp_path: Path) -> None:
    client_id = add_client(book, "Chen, Mei-ling", name_local="陳美玲", birth=date(1985, 12, 1))
    add_policy(book, client_id)
    regenerate(book)
    target = tmp_path / "followups.ics"
    with book.session() as s:
        export = export_followups_ics(s, target, TODAY, language="zh-Hant")
        expected = {str(r.id) for r in open_followups(s, TODAY, TODAY + timedelta(days=120))}
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = calendar.walk("VEVENT")
    assert export.events == len(events) == len(expected) >= 2
    assert {str(e["UID"]).split("@")[0] for e in events} == expected
    summaries = {str(e["SUMMARY"]) for e in events}
    assert "續期保費到期 · 陳美玲 Chen, Mei-ling · TL-000381" in summaries
    assert {e.decoded("DTSTART") for e in events} >= {date(2026, 12, 5), date(2026, 12, 1)}


def test_rules_from_the_book_settings_change_what_is_due(book: Book) -> None:
    client_id = add_client(book)
    add_policy(book, client_id, next_due=TODAY + timedelta(days=20), issued=date(2021, 6, 15))
    with book.session() as s:
        save_followup_rules(s, FollowUpRules(horizon_days=10))
    report, _ = regenerate(book)
    assert report.created == 0
    with book.session() as s:
        assert followup_rules(s).horizon_days == 10
        save_followup_rules(s, FollowUpRules(horizon_days=30))
    report, _ = regenerate(book)
    assert report.created == 1


def test_stored_rules_that_make_no_sense_are_refused_by_name() -> None:
    with pytest.raises(ValidationError) as error:
        rules_from_json({"horizon_days": "thirty", "grace_days": True, "future_rule": 3})
    assert set(error.value.problems) == {"horizon_days", "grace_days"}
    assert rules_from_json(rules_to_json(FollowUpRules(grace_days=31))).grace_days == 31


def test_a_demo_book_opens_with_its_older_policies_delivered(book: Book) -> None:
    from agent_desk.services.demo import create_demo_book

    with book.session() as s:
        create_demo_book(s, clients=300, seed=5, today=TODAY)
    report, _ = regenerate(book)
    with book.session() as s:
        late = s.execute(select(FollowUp.kind, Policy.issue_date)
                         .join(Policy, Policy.id == FollowUp.policy_id)
                         .where(FollowUp.kind.in_(["delivery", "return_visit"]), FollowUp.status == "open")).all()
        done = s.scalar(select(func.count()).select_from(FollowUp).where(FollowUp.status == "done",
                                                                         FollowUp.kind == "delivery"))
    assert done > 0  # the demo has recent policies, delivered
    assert all(issued > TODAY - timedelta(days=10) for _kind, issued in late)


def test_long_sections_list_their_first_rows_and_count_them_all(book: Book) -> None:
    client_id = add_client(book)
    for n in range(3):
        add_policy(book, client_id, next_due=TODAY - timedelta(days=5 + n), number=f"TL-00000{n}")
    with book.session() as s:
        for n in range(3):
            add_task(s, f"Old task {n}", TODAY - timedelta(days=20 + n), client_id)
    regenerate(book)
    with book.session() as s:
        view = today_view(s, TODAY, limit=2)
        whole = today_view(s, TODAY, limit=1000)
    assert len(view.overdue) == 2 and view.overdue_count == whole.overdue_count == len(whole.overdue) == 6  # 3 tasks, 3 premiums
    assert [r.title for r in view.overdue] == ["Old task 2", "Old task 1"]  # the oldest first
    assert len(view.renewals) == 2 and view.renewal_count == 3
    assert view.renewal_totals() == whole.renewal_totals() == {"TWD": Decimal("37035")}
