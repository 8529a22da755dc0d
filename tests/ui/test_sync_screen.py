"""The Sync screen's conflict log on a real book: values the office did not
keep, listed in words, put back as a new edit of the agent's, or dismissed
(undoably); and its status part, fed as the main window feeds it."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from agent_desk.domain.clients import ClientDetails
from agent_desk.errors import OfflineError
from agent_desk.services.clients import create_client, get_client
from agent_desk.services.sync import SyncStatus, sync_status
from agent_desk.store.book import Book
from agent_desk.store.models import SyncConflict, utcnow
from agent_desk.sync.outbox import SERVER_URL, write_state
from agent_desk.ui.context import AppContext
from agent_desk.ui.sync.scheduler import Phase, SyncState
from agent_desk.ui.sync.sync_screen import ConflictColumn, SyncScreen


def as_enrolled(book: Book) -> None:
    """The book as enrolment leaves it, as far as edits are concerned: they go to the outbox."""
    with book.session() as s:
        write_state(s.connection(), **{SERVER_URL: "http://127.0.0.1:9"})


def add_client(book: Book, name: str, phone: str) -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name, phone=phone))
    return client_id


def add_conflict(book: Book, entity: str, row_id: uuid.UUID, field: str, kept, lost,  # noqa: ANN001
                 winner: str = "server", minutes_ago: int = 0) -> uuid.UUID:
    conflict_id = uuid.uuid4()
    with book.session() as s:
        s.add(SyncConflict(id=conflict_id, entity=entity, row_id=row_id, field=field, kept_value=kept,
                           lost_value=lost, lost_hlc="0001760000000000-00000-laptop", winner=winner,
                           created_at=utcnow() - timedelta(minutes=minutes_ago)))
    return conflict_id


def status_of(book: Book) -> SyncStatus:
    with book.session() as s:
        return sync_status(s)


def open_screen(ctx: AppContext, qtbot, undo_stack: QUndoStack | None = None) -> SyncScreen:  # noqa: ANN001
    screen = SyncScreen(ctx, undo_stack)
    qtbot.addWidget(screen)
    screen.resize(1000, 640)
    with qtbot.waitSignal(screen.conflicts_loaded):
        screen.show()
    return screen


def cell(screen: SyncScreen, row: int, column: ConflictColumn) -> str:
    return screen.model.data(screen.model.index(row, column))


def reloaded(screen: SyncScreen, qtbot, action) -> None:  # noqa: ANN001
    with qtbot.waitSignal(screen.conflicts_loaded):
        action()


@pytest.fixture
def wang(book: Book) -> uuid.UUID:
    as_enrolled(book)
    return add_client(book, "Wang Dawei", "0912-000-111")


def test_with_no_conflicts_the_screen_says_there_is_nothing_to_review(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    screen = open_screen(ctx, qtbot)
    assert screen.table_stack.currentWidget() is screen.empty_label
    assert screen.empty_label.text().startswith("No conflicts to review")
    assert not screen.actions.isVisible()


def test_conflicts_are_listed_newest_first_in_words(book: Book, ctx: AppContext, wang: uuid.UUID,
                                                    qtbot) -> None:  # noqa: ANN001
    add_conflict(book, "clients", wang, "phone", "0912-000-111", "0933-222-333", minutes_ago=30)
    add_conflict(book, "policies", uuid.uuid4(), "status", "lapsed", "in_force", winner="office", minutes_ago=5)
    screen = open_screen(ctx, qtbot)
    assert screen.table_stack.currentWidget() is screen.table
    assert screen.conflicts_title.text() == "Conflicts to review (2)"
    rows = [[cell(screen, row, column) for column in ConflictColumn][:5] for row in range(2)]
    assert rows == [["Policy", "Status", "Lapsed", "In force", "The office's"],
                    ["Wang Dawei", "Phone", "0912-000-111", "0933-222-333", "A later edit"]]
    assert screen.selected_conflict().field == "status"  # the first row is selected, to act on with keys
    assert not screen.restore_button.isEnabled()  # the office decides a policy's status
    assert screen.dismiss_button.isEnabled()
    assert "only the office can change it" in screen.details_label.text()


def test_restoring_puts_the_lost_value_back_as_a_new_edit_that_waits_to_go_up(
        book: Book, ctx: AppContext, wang: uuid.UUID, qtbot) -> None:  # noqa: ANN001
    conflict_id = add_conflict(book, "clients", wang, "phone", "0912-000-111", "0933-222-333")
    waiting_before = status_of(book).pending
    screen = open_screen(ctx, qtbot)
    screen.select_conflict(conflict_id)
    assert screen.restore_button.isEnabled()
    assert screen.details_label.text().splitlines()[:3] == ["Wang Dawei · Phone", "Kept: 0912-000-111",
                                                            "Lost: 0933-222-333"]
    reloaded(screen, qtbot, lambda: qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton))

    with book.session() as s:
        assert get_client(s, wang).details.phone == "0933-222-333"
        assert s.get(SyncConflict, conflict_id).resolved_at is not None
    assert status_of(book).pending == waiting_before + 1  # the restored value goes up with the next sync
    assert screen.conflicts() == []
    assert screen.table_stack.currentWidget() is screen.empty_label
    assert "0933-222-333" in screen.message_label.text() and "next sync" in screen.message_label.text()


def test_dismissing_takes_a_conflict_off_the_list_and_ctrl_z_brings_it_back(
        book: Book, ctx: AppContext, wang: uuid.UUID, qtbot) -> None:  # noqa: ANN001
    first = add_conflict(book, "clients", wang, "phone", "0912-000-111", "0933-222-333", minutes_ago=10)
    second = add_conflict(book, "clients", wang, "email", "a@example.com", "b@example.com", minutes_ago=20)
    undo = QUndoStack()
    screen = open_screen(ctx, qtbot, undo)
    screen.select_conflict(first)
    screen.table.setFocus()
    reloaded(screen, qtbot, lambda: qtbot.keyClick(screen.table, Qt.Key.Key_Delete))
    assert [row.id for row in screen.conflicts()] == [second]
    assert screen.selected_conflict().id == second  # the next one is ready for the next key press
    assert "Ctrl+Z" in screen.message_label.text()
    with book.session() as s:
        assert get_client(s, wang).details.phone == "0912-000-111"  # dismissing changes no value
    assert undo.undoText() == "Dismiss conflict of Wang Dawei · Phone"

    reloaded(screen, qtbot, undo.undo)
    assert {row.id for row in screen.conflicts()} == {first, second}
    reloaded(screen, qtbot, undo.redo)
    assert [row.id for row in screen.conflicts()] == [second]


def test_a_change_the_office_refused_can_only_be_dismissed(book: Book, ctx: AppContext, wang: uuid.UUID,
                                                           qtbot) -> None:  # noqa: ANN001
    add_conflict(book, "clients", wang, "*", None, {"name": "Wang Dawei", "phone": "0912"}, winner="refused")
    screen = open_screen(ctx, qtbot)
    assert cell(screen, 0, ConflictColumn.FIELD) == "The whole change"
    assert cell(screen, 0, ConflictColumn.WINNER) == "Not accepted"
    assert not screen.restore_button.isEnabled()
    screen.restore_selected()  # Ctrl+R on a row that cannot be restored does nothing
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0)
    assert len(screen.conflicts()) == 1


def test_the_status_part_shows_the_office_the_device_and_the_last_problem(
        book: Book, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    screen = open_screen(ctx, qtbot)
    status = SyncStatus(enrolled=True, server_url="http://office:8765", agent_code="A7", agent_name="Grace Lin",
                        device_id="5b0e…", token_kept="in /home/grace/device-tokens.json, readable only by you",
                        pending=12, open_conflicts=0, last_sync_at=None, last_attempt_at=utcnow(), last_error="", last_error_kind="")
    screen.show_status(status)
    screen.show_state(SyncState(phase=Phase.OFFLINE, error=OfflineError("Cannot reach the office at "
                                                                        "http://office:8765 (ConnectError)")))
    assert screen.values["office"].text() == "http://office:8765"
    assert screen.values["agent"].text() == "Grace Lin (A7)"
    assert screen.values["token"].text() == "Kept in /home/grace/device-tokens.json, readable only by you"
    assert screen.values["pending"].text() == "12 changes"
    assert screen.values["last_sync"].text() == "Never"
    assert screen.values["problem"].text().startswith("Cannot reach the office.")
    assert "ConnectError" in screen.values["problem"].text()
    assert screen.enrol_button.text() == "E&nrol again…"

    screen.show_state(SyncState(phase=Phase.SYNCING, stage="push", done=200, total=1200))
    assert screen.progress.isVisible() and screen.progress.maximum() == 1200
    assert not screen.sync_button.isEnabled()  # one sync at a time
    screen.show_state(SyncState(phase=Phase.ONLINE))
    assert not screen.progress.isVisible() and not screen.values["problem"].isVisible()


def test_the_buttons_ask_for_a_sync_and_for_enrolment(ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    screen = open_screen(ctx, qtbot)
    with qtbot.waitSignal(screen.sync_requested):
        qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.enrol_requested):
        qtbot.mouseClick(screen.enrol_button, Qt.MouseButton.LeftButton)


def test_screenshot(book: Book, ctx: AppContext, wang: uuid.UUID, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """Not an assertion of looks: a picture to look at while working on the screen."""
    add_conflict(book, "clients", wang, "phone", "0912-000-111", "0933-222-333", minutes_ago=3)
    add_conflict(book, "clients", wang, "notes", "Prefers calls after six.",
                 "Prefers calls after six; wife handles the payments and renewals, call her first.", minutes_ago=9)
    add_conflict(book, "policies", uuid.uuid4(), "status", "lapsed", "in_force", winner="office", minutes_ago=60)
    screen = open_screen(ctx, qtbot)
    screen.show_status(status_of(book))
    screen.show_state(SyncState(phase=Phase.ONLINE))
    assert screen.grab().save(str(tmp_path / "sync_screen.png"))
