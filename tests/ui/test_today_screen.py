"""The Today screen on a real book, driven as an agent would: what the day
holds, completing a follow-up (and finding it on the client's timeline),
snoozing, rescheduling, cancelling with undo, a repeating task of one's own,
a greeting to copy, and the calendar export."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from agent_desk.domain.clients import ActivityKind, ClientDetails
from agent_desk.domain.followups import FollowUpKind, FollowUpStatus, Repeat
from agent_desk.domain.greetings import GreetingLanguage, birthday_greeting
from agent_desk.services.changes import Changes
from agent_desk.services.clients import create_client
from agent_desk.services.followup_regeneration import regenerate_followups
from agent_desk.services.followups import add_task, followups_of, get_followup
from agent_desk.store.book import Book
from agent_desk.store.models import AgentProfile, Policy
from agent_desk.ui.clients.client_picker import ClientPickerDialog
from agent_desk.ui.clients.formatting import money_text
from agent_desk.ui.clients.timeline_tab import TimelineTab
from agent_desk.ui.context import AppContext
from agent_desk.ui.today.models import BirthdayColumn, RenewalColumn, TaskColumn
from agent_desk.ui.today.task_dialogs import CancelDialog, DoneDialog, NewTaskDialog, RescheduleDialog
from agent_desk.ui.today.today_screen import TodayScreen

TODAY = date.today()  # services that validate (birth dates) read the real clock


class Clock:
    def __init__(self, day: date):
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def clock() -> Clock:
    return Clock(TODAY)


@pytest.fixture
def people(book: Book) -> dict[str, uuid.UUID]:
    """Ann holds a policy whose premium falls due in 10 days and has two tasks
    (one two days late, one for today); Bob's birthday is in three days."""
    birthday = TODAY + timedelta(days=3)
    with book.session() as s:
        ann, _ = create_client(s, ClientDetails(name="Ann Lee", name_local="李安", phone="0912-345-678"))
        bob, _ = create_client(s, ClientDetails(name="Bob Chan", name_local="陳大文", phone="+852 9123 4567",
                                                birth_date=date(1985, birthday.month, min(birthday.day, 28))))
        s.add(Policy(policy_number="TL-000381", holder_id=ann, insured_id=ann, product_code="TL20",
                     product_name="Term Life 20", currency="TWD", sum_assured=Decimal("5000000"),
                     annual_premium=Decimal("18500"), modal_premium=Decimal("1665.50"), frequency="monthly",
                     issue_date=date(2021, 4, 1), status="in_force", next_due_date=TODAY + timedelta(days=10)))
        late, _ = add_task(s, "Call about the quote", TODAY - timedelta(days=2), client_id=ann)
        brochure, _ = add_task(s, "Send the brochure", TODAY, client_id=ann)
    with book.session() as s:
        regenerate_followups(s, TODAY)
    return {"ann": ann, "bob": bob, "late": late, "brochure": brochure}


@pytest.fixture
def screen(ctx: AppContext, clock: Clock, qtbot) -> TodayScreen:  # noqa: ANN001
    widget = TodayScreen(ctx, today=clock)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settle(qtbot, ctx: AppContext) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0)


def load(screen: TodayScreen, qtbot) -> None:  # noqa: ANN001
    with qtbot.waitSignal(screen.loaded):
        screen.refresh()
    settle(qtbot, screen._ctx)  # noqa: SLF001


def ids(rows) -> list[uuid.UUID]:  # noqa: ANN001
    return [row.id for row in rows]


def dialog_of(screen: TodayScreen, kind: type):  # noqa: ANN201
    dialogs = [d for d in screen.findChildren(kind) if d.isVisible()]
    assert len(dialogs) == 1, dialogs
    return dialogs[0]


def click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def focus_list(screen: TodayScreen, qtbot) -> None:  # noqa: ANN001
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.task_table.setFocus()


def after_changes(screen: TodayScreen, qtbot, action) -> None:  # noqa: ANN001
    """Do something that writes, and wait until the screen shows the result."""
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        action()
    settle(qtbot, screen._ctx)  # noqa: SLF001


# -- what the day holds --------------------------------------------------------------

def test_the_day_shows_its_sections_renewals_with_amounts_and_birthdays(people, screen, qtbot) -> None:  # noqa: ANN001
    counts = []
    screen.due_counts_changed.connect(lambda overdue, today: counts.append((overdue, today)))
    load(screen, qtbot)
    view = screen.view()

    assert screen.title_label.text().startswith("Today, ") and str(TODAY.year) in screen.title_label.text()
    assert ids(view.overdue) == [people["late"]]
    assert people["brochure"] in ids(view.due_today)
    birthday_task = next(r for r in view.this_week if r.kind is FollowUpKind.BIRTHDAY)
    assert birthday_task.client_id == people["bob"]
    assert counts[-1] == (1, len(view.due_today))

    tasks = screen.tasks
    late_row = tasks.row_of(people["late"])
    assert tasks.data(tasks.index(late_row, TaskColumn.SUBJECT)) == "Call about the quote"
    assert tasks.data(tasks.index(late_row, TaskColumn.LATE)) == "2 days late"
    assert tasks.data(tasks.index(tasks.row_of(birthday_task.id), TaskColumn.SUBJECT)) == "Birthday greeting"
    assert tasks.data(tasks.index(tasks.row_of(birthday_task.id), TaskColumn.KIND)) == "Birthday"

    renewals = screen.side.renewals
    assert renewals.rowCount() == 1
    assert renewals.data(renewals.index(0, RenewalColumn.POLICY)) == "TL-000381"
    assert renewals.data(renewals.index(0, RenewalColumn.CLIENT)) == "李安 Ann Lee"
    assert renewals.data(renewals.index(0, RenewalColumn.AMOUNT)) == money_text(Decimal("1665.50"), "TWD")
    assert money_text(Decimal("1665.50"), "TWD") in screen.side.renewal_totals_label.text()

    birthdays = screen.side.birthdays
    assert birthdays.rowCount() == 1
    assert birthdays.data(birthdays.index(0, BirthdayColumn.NAME)) == "陳大文 Bob Chan"
    assert birthdays.data(birthdays.index(0, BirthdayColumn.AGE)) == str(view.birthdays[0].age)
    assert birthdays.data(birthdays.index(0, BirthdayColumn.LANGUAGE)) == "繁體中文"  # a Hong Kong number
    assert screen.side.claims_section.empty_label.isVisible()


def test_empty_sections_say_so_kindly(screen, qtbot) -> None:  # noqa: ANN001
    load(screen, qtbot)
    texts = [screen.tasks.data(screen.tasks.index(row, 0)) for row in range(screen.tasks.rowCount())]
    assert texts == ["Overdue", "Nothing overdue — well done.", "Today", "Nothing due today.", "This week",
                     "Nothing due in the coming week."]
    assert screen.selected_task() is None and not screen.done_button.isEnabled()
    assert screen.side.renewals_section.empty_label.isVisible()
    assert screen.side.birthdays_section.empty_label.isVisible()


def test_double_click_on_any_row_opens_the_client(people, screen, qtbot) -> None:  # noqa: ANN001
    load(screen, qtbot)
    for table, model, row in ((screen.task_table, screen.tasks, screen.tasks.row_of(people["late"])),
                              (screen.side.renewals_section.table, screen.side.renewals, 0),
                              (screen.side.birthdays_section.table, screen.side.birthdays, 0)):
        rect = table.visualRect(model.index(row, 1))
        with qtbot.waitSignal(screen.open_client_requested) as opened:
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert opened.args[0] == (people["bob"] if model is screen.side.birthdays else people["ann"])


def test_copy_greeting_puts_the_clients_greeting_on_the_clipboard_signed_by_the_agent(
        book, people, ctx, screen, qtbot) -> None:  # noqa: ANN001
    with book.session() as s:
        s.add(AgentProfile(name="Mary Wong", name_local="王美玲"))
    load(screen, qtbot)
    messages = []
    ctx.bus.status_message.connect(messages.append)
    screen.side.birthdays_section.table.selectRow(0)

    click(qtbot, screen.side.copy_button)
    expected = birthday_greeting(GreetingLanguage.ZH_HANT, "Bob Chan", "陳大文", "王美玲")
    assert QApplication.clipboard().text() == expected
    assert expected.startswith("陳大文，生日快樂") and expected.endswith("王美玲 敬上")
    assert messages[-1] == "Greeting for 陳大文 Bob Chan copied — paste it into your message."

    screen.side.set_greeting_language(GreetingLanguage.EN)
    assert screen.side.greeting_preview.text().startswith("Happy birthday, Bob Chan!")
    click(qtbot, screen.side.copy_button)
    assert QApplication.clipboard().text() == birthday_greeting(GreetingLanguage.EN, "Bob Chan", "陳大文",
                                                                "Mary Wong")


# -- working through the list ----------------------------------------------------------

def test_completing_a_follow_up_from_today_puts_the_outcome_on_the_clients_timeline(
        people, ctx, screen, qtbot) -> None:  # noqa: ANN001
    load(screen, qtbot)
    assert screen.select_task(people["brochure"])
    screen.task_table.setFocus()
    qtbot.keyClick(screen.task_table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Done…
    dialog = dialog_of(screen, DoneDialog)
    assert dialog.contact() is ActivityKind.CALL  # what a task is logged as, unless the agent says otherwise
    qtbot.keyClicks(dialog.outcome_edit, "Sent by e-mail, she will read it tonight")
    dialog.set_contact(ActivityKind.MESSAGE)
    after_changes(screen, qtbot, lambda: click(qtbot, dialog.ok_button))

    assert people["brochure"] not in ids(screen.view().due_today)
    assert "Done: Send the brochure — 李安 Ann Lee." in screen.message_label.text()
    assert screen.undo_button.isVisible()

    timeline = TimelineTab(ctx)
    qtbot.addWidget(timeline)
    with qtbot.waitSignal(timeline.loaded):
        timeline.set_client(people["ann"])
    logged = timeline.shown_rows()
    assert [(r.kind, r.note, r.outcome) for r in logged] == [
        (ActivityKind.MESSAGE, "Send the brochure", "Sent by e-mail, she will read it tonight")]
    shown = timeline.list.topLevelItem(0).text(2)
    assert "Sent by e-mail, she will read it tonight" in shown

    # Undo: the task is back and the contact leaves the timeline.
    after_changes(screen, qtbot, lambda: click(qtbot, screen.undo_button))
    assert people["brochure"] in ids(screen.view().due_today)
    with qtbot.waitSignal(timeline.loaded):
        timeline.reload()
    assert timeline.shown_rows() == []


def test_the_next_task_is_selected_after_one_is_done(people, screen, qtbot) -> None:  # noqa: ANN001
    load(screen, qtbot)
    assert screen.selected_task().id == people["late"]  # the first task, ready for the keyboard
    click(qtbot, screen.done_button)
    after_changes(screen, qtbot, lambda: click(qtbot, dialog_of(screen, DoneDialog).ok_button))
    assert screen.selected_task() is not None and screen.selected_task().id != people["late"]


def test_snooze_takes_a_follow_up_off_today_until_the_day_chosen(book, people, clock, screen, qtbot) -> None:  # noqa: ANN001
    load(screen, qtbot)
    screen.select_task(people["brochure"])
    screen.snooze_menu.aboutToShow.emit()  # as when it opens
    tomorrow = next(a for a in screen.snooze_menu.actions() if a.text().startswith("Tomorrow"))
    assert tomorrow.isEnabled()
    after_changes(screen, qtbot, tomorrow.trigger)
    assert people["brochure"] not in ids(screen.view().due_today + screen.view().overdue)
    with book.session() as s:
        assert get_followup(s, people["brochure"]).snoozed_until == TODAY + timedelta(days=1)

    clock.day = TODAY + timedelta(days=1)  # the next morning it is back, a day late
    load(screen, qtbot)
    assert people["brochure"] in ids(screen.view().overdue)


def test_reschedule_moves_it_and_cancel_takes_it_off_with_undo(book, people, screen, qtbot) -> None:  # noqa: ANN001
    load(screen, qtbot)
    screen.select_task(people["late"])
    qtbot.keyClick(screen.task_table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = dialog_of(screen, RescheduleDialog)
    dialog.set_due(TODAY + timedelta(days=5))
    after_changes(screen, qtbot, lambda: click(qtbot, dialog.ok_button))
    assert people["late"] in ids(screen.view().this_week)

    screen.select_task(people["late"])
    focus_list(screen, qtbot)  # the offscreen platform does not give the window back after a dialog
    qtbot.keyClick(screen.task_table, Qt.Key.Key_Delete)
    dialog = dialog_of(screen, CancelDialog)
    qtbot.keyClicks(dialog.reason_edit, "She bought elsewhere")
    after_changes(screen, qtbot, lambda: click(qtbot, dialog.ok_button))
    assert people["late"] not in ids(screen.view().this_week)
    with book.session() as s:
        cancelled = get_followup(s, people["late"])
    assert (cancelled.status, cancelled.outcome) == (FollowUpStatus.CANCELLED, "She bought elsewhere")

    after_changes(screen, qtbot, lambda: click(qtbot, screen.undo_button))
    assert people["late"] in ids(screen.view().this_week)


def test_a_new_monthly_task_for_a_client_appears_and_comes_again(book, people, screen, qtbot) -> None:  # noqa: ANN001
    load(screen, qtbot)
    screen.task_table.setFocus()
    qtbot.keyClick(screen.task_table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = dialog_of(screen, NewTaskDialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "Check the premium holiday")
    dialog.set_repeat(Repeat.MONTHLY)
    click(qtbot, dialog.choose_client_button)
    picker = dialog.findChild(ClientPickerDialog)
    with qtbot.waitSignal(picker.results_loaded):
        qtbot.keyClicks(picker.search_box, "Ann")
    assert picker.select_name("李安 Ann Lee"), picker.shown_names()
    click(qtbot, picker.ok_button)
    assert dialog.client_label.text() == "李安 Ann Lee"
    after_changes(screen, qtbot, lambda: click(qtbot, dialog.ok_button))

    added = next(r for r in screen.view().due_today if r.title == "Check the premium holiday")
    assert (added.client_id, added.recurrence) == (people["ann"], f"monthly:{TODAY.day}")
    assert screen.selected_task().id == added.id
    assert "Task added: Check the premium holiday" in screen.message_label.text()

    click(qtbot, screen.done_button)
    after_changes(screen, qtbot, lambda: click(qtbot, dialog_of(screen, DoneDialog).ok_button))
    with book.session() as s:
        again = [r for r in followups_of(s, people["ann"], include_closed=False) if r.title == added.title]
    assert len(again) == 1 and again[0].due > TODAY and again[0].recurrence == added.recurrence


def test_export_calendar_writes_a_file_a_calendar_reads(people, screen, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    load(screen, qtbot)
    click(qtbot, screen.export_button)
    dialog = dialog_of(screen, QFileDialog)
    target = tmp_path / "followups.ics"
    dialog.selectFile(str(target))
    with qtbot.waitSignal(screen.exported) as exported:
        dialog.accept()
    export = exported.args[0]

    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == export.events >= 4  # two tasks, the renewal, the birthday
    uids = {str(event["UID"]) for event in events}
    assert f"{people['brochure']}@agent-desk" in uids
    summaries = {str(event["SUMMARY"]) for event in events}
    assert "Send the brochure · 李安 Ann Lee" in summaries
    assert any(summary.startswith("Renewal premium due · 李安 Ann Lee · TL-000381") for summary in summaries)
    assert f"{export.events} follow-ups exported to followups.ics" in screen.message_label.text()


# -- keeping up with the book --------------------------------------------------------------

def test_a_policy_change_regenerates_the_follow_ups_and_shows_them(book, people, ctx, screen, qtbot) -> None:  # noqa: ANN001
    load(screen, qtbot)
    screen._regenerate_timer.setInterval(10)  # noqa: SLF001 - not two seconds in a test
    with book.session() as s:
        s.add(Policy(policy_number="CI-000077", holder_id=people["bob"], insured_id=people["bob"],
                     product_code="CI", product_name="Critical Illness", currency="TWD",
                     modal_premium=Decimal("2400"), frequency="annual", issue_date=date(2020, 1, 1),
                     status="in_force", next_due_date=TODAY + timedelta(days=2)))
    with qtbot.waitSignal(screen.regenerated, timeout=5000) as regenerated:
        ctx.bus.changes_applied.emit(Changes(policies=frozenset({people["bob"]})))
    assert regenerated.args[0].created >= 1
    qtbot.waitUntil(lambda: any(r.policy_number == "CI-000077" for r in screen.view().renewals))
    settle(qtbot, ctx)
    assert any(r.kind is FollowUpKind.RENEWAL and r.policy_number == "CI-000077" for r in screen.view().this_week)


def test_the_sections_move_on_when_the_date_changes(people, clock, screen, qtbot) -> None:  # noqa: ANN001
    screen.start()
    qtbot.waitSignal(screen.regenerated, timeout=5000)
    settle(qtbot, screen._ctx)  # noqa: SLF001
    assert people["brochure"] in ids(screen.view().due_today)
    clock.day = TODAY + timedelta(days=1)
    with qtbot.waitSignal(screen.regenerated, timeout=5000):
        screen.check_date()
    settle(qtbot, screen._ctx)  # noqa: SLF001
    assert people["brochure"] in ids(screen.view().overdue)
    assert screen.view().today == clock.day


# -- the dialogs on their own -----------------------------------------------------------

def row_of(book: Book, followup_id: uuid.UUID):  # noqa: ANN201
    with book.session() as s:
        return get_followup(s, followup_id)


def test_done_dialog_logs_the_contact_the_kind_calls_for_and_none_without_a_client(book, people, qtbot) -> None:  # noqa: ANN001
    with book.session() as s:
        birthday = next(r for r in followups_of(s, people["bob"]) if r.kind is FollowUpKind.BIRTHDAY)
        own, _ = add_task(s, "Renew my licence", TODAY)
    dialog = DoneDialog(birthday)
    qtbot.addWidget(dialog)
    assert dialog.contact() is ActivityKind.MESSAGE
    dialog.set_contact(None)
    assert dialog.contact() is None

    alone = DoneDialog(row_of(book, own))
    qtbot.addWidget(alone)
    alone.show()
    assert alone.contact() is None and alone.no_client_label.isVisible() and not alone.contact_combo.isVisible()


def test_new_task_dialog_keeps_the_day_of_a_monthly_task(ctx, qtbot) -> None:  # noqa: ANN001
    dialog = NewTaskDialog(ctx, date(2026, 1, 31))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "  Pay the office rent  ")
    dialog.set_repeat(Repeat.MONTHLY)
    task = dialog.task()
    assert (task.title, task.due, task.client_id, task.recurrence) == ("Pay the office rent", date(2026, 1, 31),
                                                                       None, "monthly:31")
    dialog.set_repeat(Repeat.WEEKLY)
    assert dialog.task().recurrence == "weekly"
    dialog.set_repeat(Repeat.NONE)
    assert dialog.task().recurrence == ""


def test_reschedule_dialog_offers_a_day_ahead_and_not_the_past(book, people, qtbot) -> None:  # noqa: ANN001
    dialog = RescheduleDialog(row_of(book, people["late"]), TODAY)
    qtbot.addWidget(dialog)
    assert dialog.due() == TODAY + timedelta(days=1)
    dialog.set_due(TODAY - timedelta(days=9))
    assert dialog.due() == TODAY
