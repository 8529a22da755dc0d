"""Reminders with a clock the test moves: one summary at start, news when the
day moves on or a snoozed follow-up comes back, nothing said twice."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from agent_desk.domain.clients import ClientDetails
from agent_desk.services.clients import create_client
from agent_desk.services.followups import add_task, snooze_followup
from agent_desk.store.book import Book
from agent_desk.ui.context import AppContext
from agent_desk.ui.today.reminders import Reminders

TODAY = date.today()


class Clock:
    def __init__(self, day: date):
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def tasks(book: Book) -> dict[str, uuid.UUID]:
    with book.session() as s:
        ann, _ = create_client(s, ClientDetails(name="Ann Lee"))
        made = {
            "late": add_task(s, "Call about the quote", TODAY - timedelta(days=1), client_id=ann)[0],
            "today": add_task(s, "Send the brochure", TODAY, client_id=ann)[0],
            "tomorrow": add_task(s, "Book the medical exam", TODAY + timedelta(days=1))[0],
            "snoozed": add_task(s, "Ask for the bank form", TODAY - timedelta(days=3), client_id=ann)[0],
        }
        snooze_followup(s, made["snoozed"], TODAY + timedelta(days=1), TODAY)
    return made


@pytest.fixture
def clock() -> Clock:
    return Clock(TODAY)


@pytest.fixture
def reminders(ctx: AppContext, clock: Clock) -> Reminders:
    return Reminders(ctx, today=clock, interval_ms=3_600_000)


def check(reminders: Reminders, qtbot) -> None:  # noqa: ANN001
    with qtbot.waitSignal(reminders.checked):
        reminders.check()


def test_one_summary_at_start_then_only_what_became_due(tasks, ctx, clock, reminders, qtbot) -> None:  # noqa: ANN001
    said, status, counts = [], [], []
    reminders.notified.connect(lambda title, text: said.append((title, text)))
    reminders.due_counts_changed.connect(lambda overdue, today: counts.append((overdue, today)))
    ctx.bus.status_message.connect(status.append)
    assert reminders.tray is None  # no tray on the offscreen platform: the status bar says it

    with qtbot.waitSignal(reminders.checked):
        reminders.start()
    assert said == [("Follow-ups", "1 follow-up due today, 1 overdue")]
    assert status == ["Follow-ups: 1 follow-up due today, 1 overdue"]
    assert counts[-1] == (1, 1)

    check(reminders, qtbot)  # the same day: nothing new
    assert len(said) == 1

    clock.day = TODAY + timedelta(days=1)  # past midnight: tomorrow's task is due, the snoozed one is back
    check(reminders, qtbot)
    assert len(said) == 2
    title, text = said[-1]
    assert title == "Due now"
    assert sorted(text.split("\n")) == ["Ask for the bank form · Ann Lee", "Book the medical exam"]
    assert counts[-1] == (3, 1)

    check(reminders, qtbot)
    clock.day = TODAY + timedelta(days=2)  # nothing new falls due: nothing is said again
    check(reminders, qtbot)
    assert len(said) == 2
    reminders.stop()


def test_the_agents_own_edits_are_noted_quietly(tasks, ctx, reminders, qtbot) -> None:  # noqa: ANN001
    said, counts = [], []
    reminders.notified.connect(lambda title, text: said.append(text))
    reminders.due_counts_changed.connect(lambda overdue, today: counts.append((overdue, today)))
    reminders._after_change.setInterval(10)  # noqa: SLF001 - not three seconds in a test
    with qtbot.waitSignal(reminders.checked):
        reminders.start()

    with qtbot.waitSignal(reminders.checked):
        ctx.apply(lambda s: add_task(s, "Print the proposal", TODAY))
    assert len(said) == 1  # only the summary at start
    assert counts[-1] == (1, 2)

    check(reminders, qtbot)  # and the timer does not bring it up later either
    assert len(said) == 1
    reminders.stop()


def test_nothing_due_says_nothing(book, reminders, qtbot) -> None:  # noqa: ANN001
    said = []
    reminders.notified.connect(lambda title, text: said.append(text))
    with qtbot.waitSignal(reminders.checked):
        reminders.start()
    assert said == []
    reminders.stop()


def test_many_new_items_are_named_up_to_three(book, ctx, clock, reminders, qtbot) -> None:  # noqa: ANN001
    with book.session() as s:
        for n in range(5):
            add_task(s, f"Task {n}", TODAY + timedelta(days=1))
    said = []
    reminders.notified.connect(lambda title, text: said.append(text))
    with qtbot.waitSignal(reminders.checked):
        reminders.start()
    clock.day = TODAY + timedelta(days=1)
    check(reminders, qtbot)
    assert said[-1].split("\n")[-1] == "and 2 more" and len(said[-1].split("\n")) == 4
    reminders.stop()


def test_clicking_the_tray_message_asks_for_the_today_screen(ctx, qtbot) -> None:  # noqa: ANN001
    reminders = Reminders(ctx, use_tray=True)
    assert reminders.tray is not None
    with qtbot.waitSignal(reminders.activated):
        reminders.tray.messageClicked.emit()
