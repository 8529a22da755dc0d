"""The status bar's word on sync and the words for conflicts: what the agent
reads for each state of the scheduler and the book."""

from __future__ import annotations

import time
import uuid
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale, Qt, QTime

from agent_desk.errors import DeviceRevokedError, EnrolmentError, OfflineError, UpdateRequiredError
from agent_desk.services.sync import ConflictRow, SyncReport, SyncStatus
from agent_desk.ui.sync import labels
from agent_desk.ui.sync.scheduler import Phase, SyncState, SyncTiming
from agent_desk.ui.sync.status_widget import SyncStatusWidget

MINUTE_MS = 60_000


def local_to_utc(hour: int, minute: int) -> datetime:
    """Today at hour:minute local time, as the book stores it (naive UTC)."""
    local = datetime.now().replace(hour=hour, minute=minute, second=0, microsecond=0)
    return local.astimezone().astimezone(timezone.utc).replace(tzinfo=None)


def short_time(hour: int, minute: int) -> str:
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def status(**values) -> SyncStatus:  # noqa: ANN003
    base = SyncStatus(enrolled=True, server_url="http://office:8765", agent_code="A7", agent_name="Grace Lin",
                      device_id=str(uuid.uuid4()), token_kept="in /home/grace/.local/share/agent-desk/x.json",
                      pending=0, open_conflicts=0, last_sync_at=None, last_attempt_at=None, last_error="", last_error_kind="")
    return replace(base, **values)


@pytest.fixture
def widget(qtbot) -> SyncStatusWidget:  # noqa: ANN001
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_online_shows_what_waits_and_when_the_last_sync_was(widget: SyncStatusWidget) -> None:
    widget.show_status(status(pending=3, last_sync_at=local_to_utc(10, 42)))
    widget.show_state(SyncState(phase=Phase.ONLINE))
    assert widget.text() == f"Online · 3 waiting · synced {short_time(10, 42)}"
    assert widget.conflicts_text() == ""
    assert "http://office:8765" in widget.status_button.toolTip()


def test_offline_counts_down_to_the_next_try(widget: SyncStatusWidget) -> None:
    widget.show_status(status(pending=12))
    soon = time.monotonic() + 3.5 * 60
    widget.show_state(SyncState(phase=Phase.OFFLINE, error=OfflineError("Cannot reach"), failures=3,
                                next_try_at=soon))
    assert widget.text() == "Offline — next try in 4 min · 12 waiting"
    assert "Cannot reach the office" in widget.status_button.toolTip()
    assert widget._countdown.isActive()  # noqa: SLF001 - the minutes follow the clock
    widget.show_state(SyncState(phase=Phase.ONLINE))
    assert not widget._countdown.isActive()  # noqa: SLF001


def test_a_book_not_enrolled_says_so_and_stopped_syncs_say_why(widget: SyncStatusWidget) -> None:
    widget.show_status(status(enrolled=False, server_url=""))
    widget.show_state(SyncState(phase=Phase.NOT_ENROLLED))
    assert widget.text() == "Not enrolled"
    widget.show_status(status(pending=2))
    widget.show_state(SyncState(phase=Phase.UPDATE_NEEDED, error=UpdateRequiredError("protocol 2")))
    assert widget.text() == "Update needed · 2 waiting"
    assert "newer Agent Desk" in widget.status_button.toolTip()
    widget.show_state(SyncState(phase=Phase.REVOKED, error=DeviceRevokedError("revoked")))
    assert widget.text() == "Device revoked — enrol again · 2 waiting"


def test_syncing_shows_its_progress(widget: SyncStatusWidget) -> None:
    widget.show_status(status(pending=1200))
    widget.show_state(SyncState(phase=Phase.SYNCING, stage="push", done=200, total=1200))
    assert widget.text() == f"Syncing… · sending 200 of {QLocale().toString(1200)}"
    widget.show_state(SyncState(phase=Phase.SYNCING, stage="pull", done=500))
    assert widget.text() == "Syncing… · receiving 500"


def test_open_conflicts_show_a_badge_and_a_click_opens_the_sync_screen(
        widget: SyncStatusWidget, qtbot) -> None:  # noqa: ANN001
    widget.show_status(status(open_conflicts=2, last_sync_at=local_to_utc(9, 5)))
    widget.show_state(SyncState(phase=Phase.ONLINE))
    assert widget.conflicts_text() == "2 conflicts"
    with qtbot.waitSignal(widget.open_requested):
        qtbot.mouseClick(widget.conflicts_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(widget.open_requested):
        qtbot.mouseClick(widget.status_button, Qt.MouseButton.LeftButton)
    widget.show_status(status(open_conflicts=1))
    assert widget.conflicts_text() == "1 conflict"


def test_a_sync_of_another_day_shows_the_day() -> None:
    yesterday = datetime.now() - timedelta(days=1)
    stamp = yesterday.astimezone().astimezone(timezone.utc).replace(tzinfo=None)
    text = labels.synced_text(stamp, now_local=datetime.now())
    assert text.startswith("synced ") and ":" not in text
    assert labels.synced_text(None) == "never synced"


def test_the_wait_doubles_from_a_minute_up_to_half_an_hour() -> None:
    timing = SyncTiming()
    assert [timing.backoff_ms(n) // MINUTE_MS for n in range(1, 9)] == [1, 2, 4, 8, 16, 30, 30, 30]


def test_minutes_are_rounded_up() -> None:
    assert labels.minutes_text(4 * MINUTE_MS) == "in 4 min"
    assert labels.minutes_text(3 * MINUTE_MS + 1) == "in 4 min"
    assert labels.minutes_text(30_000) == "in less than a minute"


def conflict(entity: str, field: str, kept, lost, winner: str = "server", record: str = "Wang Dawei",  # noqa: ANN001
             restorable: bool = True) -> ConflictRow:
    return ConflictRow(uuid.uuid4(), entity, uuid.uuid4(), record, field, kept, lost, winner,
                       datetime(2026, 3, 2, 2, 0), restorable)


def test_conflicts_are_told_in_words() -> None:
    phone = conflict("clients", "phone", "0912-000-111", "0933-222-333")
    assert (labels.record_text(phone), labels.field_text("phone")) == ("Wang Dawei", "Phone")
    assert (labels.kept_text(phone), labels.lost_text(phone)) == ("0912-000-111", "0933-222-333")
    assert labels.winner_text("server") == "A later edit"

    status_conflict = conflict("policies", "status", "lapsed", "in_force", winner="office", restorable=False)
    assert labels.record_text(status_conflict) == "Policy of Wang Dawei"
    assert (labels.kept_text(status_conflict), labels.lost_text(status_conflict)) == ("Lapsed", "In force")
    assert labels.winner_text("office") == "The office's"
    assert "only the office can change it" in labels.conflict_details(status_conflict)

    smoker = conflict("clients", "smoker", True, None)
    assert (labels.kept_text(smoker), labels.lost_text(smoker)) == ("Yes", "(empty)")
    birthday = conflict("clients", "birth_date", "1980-05-17", "1980-07-15")
    assert "1980" in labels.kept_text(birthday) and labels.kept_text(birthday) != "1980-05-17"

    refused = conflict("clients", "*", None, {"name": "Wang Dawei", "phone": "0912"}, winner="refused",
                       restorable=False)
    assert labels.field_text("*") == "The whole change"
    assert labels.lost_text(refused) == "Name: Wang Dawei; Phone: 0912"
    assert labels.winner_text("refused") == "Not accepted"


def test_what_went_wrong_is_a_sentence_for_the_agent() -> None:
    assert labels.problem_text(EnrolmentError("bad code")).startswith("The office refused the code")
    assert labels.problem_text(OfflineError("x")).startswith("Cannot reach the office")
    assert labels.problem_text(ValueError("disk full")) == "Sync stopped by a problem on this computer: disk full"


def test_a_sync_report_is_summed_up_only_when_something_moved() -> None:
    assert labels.report_text(SyncReport()) == ""
    assert labels.report_text(SyncReport(pushed=3, pulled=1200, conflicts=1)) == \
        f"Synced: 3 sent, {QLocale().toString(1200)} received, 1 conflict to review"
