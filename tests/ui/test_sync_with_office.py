"""Sync from the app against a real office server on 127.0.0.1: the
background scheduler (doubling waits while the office is out of reach, one
sync at a time, stopping for an office that needs a newer app or revoked the
device), the enrolment dialog, and the main window end to end: enrol, edit a
client, Sync now, a conflict with another device reviewed and restored.

The network misbehaves through tests/faultproxy.py between the app and the
office; the waits are shortened through SyncTiming."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from faultproxy import DELAY_RESPONSE, OFFLINE, FaultProxy
from office_harness import OfficeServer, enrolment_code
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from agent_desk.domain.clients import ClientDetails
from agent_desk.office import admin
from agent_desk.office.db import OfficeDb, open_office_db
from agent_desk.services.changes import Changes
from agent_desk.services.clients import create_client
from agent_desk.services.sync import SyncStatus, enroll, sync_status
from agent_desk.store.book import Book, open_book
from agent_desk.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from agent_desk.ui import settings as S
from agent_desk.ui.app import build_main_window
from agent_desk.ui.context import AppContext
from agent_desk.ui.main_window import MainWindow
from agent_desk.ui.sync import labels
from agent_desk.ui.sync.enrol_dialog import EnrolDialog
from agent_desk.ui.sync.scheduler import Phase, SyncScheduler, SyncState, SyncTiming
from agent_desk.ui.sync.sync_screen import ConflictColumn

AGENT = "A7"
FAST = SyncTiming(first_delay_ms=0, interval_ms=60_000, backoff_first_ms=150, backoff_cap_ms=600)
NOTHING_LISTENS = "http://127.0.0.1:9"  # the discard port: refused at once


# -- the office --------------------------------------------------------------------------------

@dataclass
class Office:
    server: OfficeServer
    db: OfficeDb

    @property
    def url(self) -> str:
        return self.server.url

    def code(self, agent: str = AGENT) -> str:
        """A one-time enrolment code for a device of the agent."""
        return enrolment_code(self.db, agent, "Grace Lin")

    def other_device(self, agent: str = AGENT) -> httpx.Client:
        """Another device of the agent, talking to the office as the app would."""
        answer = httpx.post(f"{self.url}/v1/enroll", json={"code": self.code(agent), "device_name": "tablet",
                                                           "node_id": "tablet"},
                            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}, timeout=30)
        answer.raise_for_status()
        return httpx.Client(base_url=self.url, timeout=30, headers={
            PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {answer.json()['token']}"})


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Office]:
    monkeypatch.setenv("AGENT_DESK_OFFICE_HOME", str(tmp_path / "office-home"))
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    db = open_office_db(url)
    with OfficeServer(url) as server:
        yield Office(server, db)
    db.dispose()


def office_row(device: httpx.Client, entity: str, row_id: uuid.UUID) -> dict:
    """The row as the office holds it, seen from another device of the agent."""
    answer = device.get(f"/v1/sync/rows/{entity}/{row_id}")
    answer.raise_for_status()
    return answer.json()["fields"]


class _Outdated(BaseHTTPRequestHandler):
    """An office that speaks a newer protocol than this app: every request gets 426."""

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps({"error": "protocol", "message": "This office speaks sync protocol 2: update Agent Desk.",
                           "server_protocol": 2}).encode()
        self.send_response(426)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def outdated_office() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Outdated)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# -- the book ----------------------------------------------------------------------------------

def add_client(book: Book, name: str, phone: str = "") -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name, phone=phone))
    return client_id


def status_of(book: Book) -> SyncStatus:
    with book.session() as s:
        return sync_status(s)


# -- the scheduler -----------------------------------------------------------------------------

class Recorder:
    """Every state the scheduler went through, with when."""

    def __init__(self, scheduler: SyncScheduler):
        self.states: list[tuple[float, SyncState]] = []
        self.threads: set[str] = set()
        scheduler.state_changed.connect(self._record)

    def _record(self, state: SyncState) -> None:
        self.states.append((time.monotonic(), state))
        self.threads.add(threading.current_thread().name)

    def try_starts(self) -> list[float]:
        starts, before = [], None
        for moment, state in self.states:
            if state.phase is Phase.SYNCING and before is not Phase.SYNCING:
                starts.append(moment)
            before = state.phase
        return starts

    def tries(self) -> int:
        return len(self.try_starts())

    def planned_waits(self) -> list[int]:
        """For each failure in a row, the wait planned before the next try (ms)."""
        waits: dict[int, int] = {}
        for moment, state in self.states:
            if state.phase is Phase.OFFLINE and state.next_try_at is not None and state.failures not in waits:
                waits[state.failures] = round((state.next_try_at - moment) * 1000)
        return [waits[n] for n in sorted(waits)]


@pytest.fixture
def scheduler(ctx: AppContext) -> Iterator[SyncScheduler]:
    scheduler = SyncScheduler(ctx, FAST)
    yield scheduler
    scheduler.stop()


def near(actual: list[int], expected: list[int], slack_ms: int = 60) -> bool:
    return len(actual) == len(expected) and all(e - slack_ms <= a <= e for a, e in zip(actual, expected, strict=True))


def test_an_office_out_of_reach_is_tried_again_after_doubling_waits_until_it_answers(
        book: Book, ctx: AppContext, office: Office, scheduler: SyncScheduler, qtbot) -> None:  # noqa: ANN001
    add_client(book, "Wang Dawei")
    with FaultProxy(office.url) as proxy:
        queued = enroll(book, proxy.url, office.code()).queued
        proxy.policy = lambda *_request: OFFLINE
        recorder = Recorder(scheduler)
        scheduler.start()
        qtbot.waitUntil(lambda: scheduler.state().failures >= 5, timeout=10_000)
        assert scheduler.state().phase is Phase.OFFLINE
        assert near(recorder.planned_waits()[:5], [150, 300, 600, 600, 600])  # doubling, capped
        starts = recorder.try_starts()
        gaps = [round((b - a) * 1000) for a, b in zip(starts, starts[1:], strict=False)]
        assert all(gap >= wait - 60 for gap, wait in zip(gaps, [150, 300, 600, 600], strict=False))
        assert "Cannot reach the office" in str(scheduler.state().error)
        assert labels.status_line(scheduler.state(), status_of(book)).startswith("Offline — next try ")
        assert status_of(book).pending == queued  # nothing lost: it all waits

        proxy.policy = None  # the office answers again
        qtbot.waitUntil(lambda: scheduler.state().phase is Phase.ONLINE, timeout=5_000)
    state = scheduler.state()
    assert state.failures == 0 and state.error is None
    assert state.next_try_in_ms() > 50_000  # back on the interval
    assert status_of(book).pending == 0
    assert recorder.threads == {threading.main_thread().name}  # progress came over to the GUI thread


def test_sync_now_tries_at_once_and_starts_the_waits_again(
        book: Book, ctx: AppContext, office: Office, qtbot) -> None:  # noqa: ANN001
    scheduler = SyncScheduler(ctx, SyncTiming(first_delay_ms=0, backoff_first_ms=500, backoff_cap_ms=8_000))
    with FaultProxy(office.url) as proxy:
        enroll(book, proxy.url, office.code())
        proxy.policy = lambda *_request: OFFLINE
        recorder = Recorder(scheduler)
        scheduler.start()
        qtbot.waitUntil(lambda: scheduler.state().failures == 2 and not scheduler.is_busy(), timeout=10_000)
        assert scheduler.state().next_try_in_ms() > 900  # the next automatic try is a second away
        asked = time.monotonic()
        scheduler.sync_now()
        qtbot.waitUntil(lambda: recorder.tries() == 3, timeout=2_000)
        assert recorder.try_starts()[-1] - asked < 0.8  # at once, not when the wait is over
        qtbot.waitUntil(lambda: scheduler.state().phase is Phase.OFFLINE and not scheduler.is_busy())
        assert scheduler.state().failures == 1  # counting from the start again
        assert scheduler.state().next_try_in_ms() <= 500
        scheduler.stop()


def test_a_sync_asked_for_while_one_runs_runs_once_afterwards(
        book: Book, ctx: AppContext, office: Office, qtbot) -> None:  # noqa: ANN001
    scheduler = SyncScheduler(ctx, SyncTiming(first_delay_ms=60_000, interval_ms=60_000))
    announced: list[Changes] = []
    ctx.bus.changes_applied.connect(announced.append)
    with FaultProxy(office.url) as proxy:
        enroll(book, proxy.url, office.code())
        proxy.policy = lambda *_request: DELAY_RESPONSE(0.3)  # every answer takes a while
        recorder = Recorder(scheduler)
        scheduler.sync_now()
        qtbot.waitUntil(lambda: scheduler.state().phase is Phase.SYNCING)
        scheduler.sync_now()
        scheduler.sync_now()
        qtbot.waitUntil(lambda: recorder.tries() == 2 and not scheduler.is_busy(), timeout=10_000)
        qtbot.wait(700)
        scheduler.stop()
    assert recorder.tries() == 2  # never two at once, and the two requests made one more sync
    assert scheduler.state().phase is Phase.ONLINE
    assert sum(1 for changes in announced if changes.sync) >= 2  # each success told the screens


def test_an_office_that_needs_a_newer_app_stops_the_automatic_tries(
        book: Book, ctx: AppContext, office: Office, outdated_office: str, scheduler: SyncScheduler,
        qtbot) -> None:  # noqa: ANN001
    add_client(book, "Wang Dawei")
    with FaultProxy(office.url) as proxy:
        queued = enroll(book, proxy.url, office.code()).queued
        proxy.set_target(outdated_office)  # the office was upgraded, this app was not
        recorder = Recorder(scheduler)
        scheduler.start()
        qtbot.waitUntil(lambda: scheduler.state().phase is Phase.UPDATE_NEEDED, timeout=5_000)
        qtbot.wait(4 * FAST.backoff_first_ms)
        assert recorder.tries() == 1
        assert scheduler.state().next_try_at is None
        assert labels.status_line(scheduler.state(), status_of(book)) == f"Update needed · {queued} waiting"
        assert labels.problem_text(scheduler.state().error).startswith("The office needs a newer Agent Desk")

        scheduler.sync_now()  # the agent may still ask; the answer is the same
        qtbot.waitUntil(lambda: recorder.tries() == 2 and not scheduler.is_busy(), timeout=5_000)
        assert scheduler.state().phase is Phase.UPDATE_NEEDED


def test_a_revoked_device_stops_syncing_and_says_to_enrol_again(
        book: Book, ctx: AppContext, office: Office, scheduler: SyncScheduler, qtbot) -> None:  # noqa: ANN001
    report = enroll(book, office.url, office.code())
    with office.db.write() as session:
        admin.revoke_device(session, report.device_id)
    recorder = Recorder(scheduler)
    scheduler.start()
    qtbot.waitUntil(lambda: scheduler.state().phase is Phase.REVOKED, timeout=5_000)
    qtbot.wait(4 * FAST.backoff_first_ms)
    assert recorder.tries() == 1
    assert labels.status_line(scheduler.state(), status_of(book)).startswith("Device revoked — enrol again")


def test_a_book_not_enrolled_is_not_tried_and_sync_now_asks_for_enrolment(
        book: Book, ctx: AppContext, scheduler: SyncScheduler, qtbot) -> None:  # noqa: ANN001
    recorder = Recorder(scheduler)
    scheduler.start()
    qtbot.waitUntil(lambda: scheduler.state().phase is Phase.NOT_ENROLLED)
    with qtbot.waitSignal(scheduler.enrolment_needed):
        scheduler.sync_now()
    qtbot.waitUntil(lambda: not scheduler.is_busy())
    assert recorder.tries() == 0
    assert status_of(book).last_attempt_at is None  # not even an attempt was recorded


# -- the enrolment dialog ----------------------------------------------------------------------

def open_enrol_dialog(ctx: AppContext, qtbot) -> EnrolDialog:  # noqa: ANN001
    dialog = EnrolDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_in(qtbot, dialog: EnrolDialog, address: str, code: str) -> None:  # noqa: ANN001
    dialog.address_edit.clear()
    qtbot.keyClicks(dialog.address_edit, address)
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, code)


def test_enrolling_says_where_the_token_is_kept_and_how_much_was_queued(
        book: Book, ctx: AppContext, office: Office, qtbot, agent_home: Path) -> None:  # noqa: ANN001
    for n in range(3):
        add_client(book, f"Client {n}")
    dialog = open_enrol_dialog(ctx, qtbot)
    assert dialog.address_edit.text() == "http://127.0.0.1:8765"  # the default office address
    fill_in(qtbot, dialog, office.url, office.code())
    with qtbot.waitSignal(dialog.enrolled, timeout=10_000) as enrolled:
        qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    report = enrolled.args[0]
    assert report.queued >= 3
    text = dialog.result_label.text()
    assert f"Enrolled with {office.url} as Grace Lin (A7)." in text
    assert f"The device token is kept in {agent_home / 'device-tokens.json'}, readable only by you." in text
    assert f"{report.queued} records are queued for upload; the first sync starts now." in text
    assert dialog.enrol_button.text() == "Close" and not dialog.cancel_button.isVisible()
    assert ctx.settings.get(S.SYNC_SERVER) == office.url  # offered next time
    status = status_of(book)
    assert status.enrolled and status.agent_code == AGENT and status.pending == report.queued
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == EnrolDialog.DialogCode.Accepted


def test_a_refused_code_and_an_office_out_of_reach_are_said_under_their_fields(
        book: Book, ctx: AppContext, office: Office, qtbot) -> None:  # noqa: ANN001
    office.code()  # the agent exists; this is not their code
    dialog = open_enrol_dialog(ctx, qtbot)
    fill_in(qtbot, dialog, office.url, "WRONG-CODE-123")
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "code" in dialog.visible_problems(), timeout=10_000)
    assert dialog.visible_problems()["code"].startswith("The office refused the code.")
    assert dialog.isVisible() and dialog.fields_box.isEnabled()

    fill_in(qtbot, dialog, NOTHING_LISTENS, office.code())
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "address" in dialog.visible_problems(), timeout=10_000)
    assert dialog.visible_problems() == {"address": f"Cannot reach an office at {NOTHING_LISTENS}. Check the "
                                                    "address and that you are connected to the office's network."}

    fill_in(qtbot, dialog, "office:8765", "")
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert dialog.visible_problems() == {"address": "The address starts with http:// or https://.",
                                         "code": "Enter the one-time code the office gave you."}
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0)
    assert not status_of(book).enrolled


# -- the main window ---------------------------------------------------------------------------

class Desk:
    """Starts the app on a book file as run_app does, answering its message boxes."""

    def __init__(self, qtbot):  # noqa: ANN001
        self._qtbot = qtbot
        self.opened: list[tuple[MainWindow, Book]] = []
        self.warnings: list[str] = []

    def start(self, path: Path) -> MainWindow:
        book = open_book(path)
        window = build_main_window(book)
        self.opened.append((window, book))
        window.show()
        self._qtbot.waitExposed(window)
        window.activateWindow()
        self._qtbot.waitUntil(window.isActiveWindow)
        return window

    def quit(self, window: MainWindow) -> None:
        window.close()
        for index, (opened, book) in enumerate(self.opened):
            if opened is window:
                del self.opened[index]
                window.ctx.tasks.shutdown()
                book.close()
                window.deleteLater()
                return


@pytest.fixture
def desk(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:  # noqa: ANN001
    desk = Desk(qtbot)

    def warning(_parent, _title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
        desk.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard)
    yield desk
    for window, _book in list(desk.opened):
        qtbot.waitUntil(lambda window=window: window.ctx.tasks.pending == 0, timeout=15_000)
        desk.quit(window)


def status_text(window: MainWindow) -> str:
    return window.sync_status.text()


def save_phone(qtbot, window: MainWindow, client_id: uuid.UUID, phone: str) -> None:  # noqa: ANN001
    window.open_client(client_id)
    page = window.client_page
    qtbot.waitUntil(lambda: page.current_client_id() == client_id and page.form.isEnabled()
                    and page.form.phone_edit.text() != "")
    page.form.phone_edit.selectAll()
    qtbot.keyClicks(page.form.phone_edit, phone)
    with qtbot.waitSignal(page.client_saved):
        qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)


def test_enrol_edit_and_sync_from_the_main_window(desk: Desk, book_path: Path, office: Office, qtbot,
                                                  tmp_path: Path) -> None:  # noqa: ANN001
    book = open_book(book_path)
    wang = add_client(book, "Wang Dawei", "0912-000-111")
    book.close()
    window = desk.start(book_path)
    qtbot.waitUntil(lambda: status_text(window) == "Not enrolled")

    # Book › Enrol with the office…
    window.enrol_action.trigger()
    dialog = window._enrol_dialog  # noqa: SLF001 - the dialog the action opened
    fill_in(qtbot, dialog, office.url, office.code())
    with qtbot.waitSignal(dialog.enrolled, timeout=10_000):
        qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)  # Close
    window.activateWindow()  # the window has the keys again (offscreen, Qt does not give them back itself)
    qtbot.waitUntil(window.isActiveWindow)
    # The first sync starts by itself and sends the whole book.
    qtbot.waitUntil(lambda: status_text(window).startswith("Online · 0 waiting · synced "), timeout=15_000)
    tablet = office.other_device()
    assert office_row(tablet, "clients", wang)["phone"] == "0912-000-111"

    # An edit waits until the next sync; F9 sends it.
    save_phone(qtbot, window, wang, "0933-222-333")
    qtbot.waitUntil(lambda: status_text(window).startswith("Online · 1 waiting"))
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: status_text(window).startswith("Online · 0 waiting · synced "), timeout=15_000)
    assert office_row(tablet, "clients", wang)["phone"] == "0933-222-333"

    # The tablet changes the phone later than this computer does: the office keeps the tablet's.
    stamp = f"{int(time.time() * 1000) + 60_000:013d}-00000-tablet"
    pushed = tablet.post("/v1/sync/push", json={"mutations": [{
        "mutation_id": str(uuid.uuid4()), "entity": "clients", "row_id": str(wang), "op": "upsert",
        "fields": {"phone": "0977-888-999"}, "hlc": stamp, "base": 0}]})
    pushed.raise_for_status()
    save_phone(qtbot, window, wang, "0955-444-555")
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: window.sync_status.conflicts_text() == "1 conflict", timeout=15_000)
    assert status_text(window).startswith("Online · 0 waiting")
    assert window.nav.item(window._screen_row("sync")).text() == "Sync (1)"  # noqa: SLF001
    qtbot.waitUntil(lambda: window.client_page.form.phone_edit.text() == "0977-888-999")  # the page followed

    # The badge opens the Sync screen, which lists the conflict.
    screen = window.sync_screen
    with qtbot.waitSignal(screen.conflicts_loaded):
        qtbot.mouseClick(window.sync_status.conflicts_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is screen
    row = [screen.model.data(screen.model.index(0, column)) for column in ConflictColumn][:5]
    assert row == ["Wang Dawei", "Phone", "0977-888-999", "0955-444-555", "A later edit"]
    window.grab().save(str(tmp_path / "main_window_sync.png"))

    # Put this computer's value back and sync: the office has it now.
    with qtbot.waitSignal(screen.conflicts_loaded):
        qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    assert screen.conflicts() == []
    qtbot.waitUntil(lambda: status_text(window).startswith("Online · 1 waiting")
                    and window.sync_status.conflicts_text() == "")
    qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status_text(window).startswith("Online · 0 waiting"), timeout=15_000)
    assert office_row(tablet, "clients", wang)["phone"] == "0955-444-555"
    assert "synced" in status_text(window)
    assert desk.warnings == []
    tablet.close()


def test_closing_the_window_while_a_sync_waits_on_the_office_does_not_crash(
        desk: Desk, book_path: Path, office: Office, qtbot) -> None:  # noqa: ANN001
    book = open_book(book_path)
    add_client(book, "Wang Dawei")
    with FaultProxy(office.url) as proxy:
        enroll(book, proxy.url, office.code())
        book.close()
        window = desk.start(book_path)
        proxy.policy = lambda *_request: DELAY_RESPONSE(1.0)
        qtbot.keyClick(window, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: window.sync_scheduler.state().phase is Phase.SYNCING, timeout=5_000)
        states: list[SyncState] = []
        window.sync_scheduler.state_changed.connect(states.append)
        desk.quit(window)  # the sync is still waiting on the office
        qtbot.wait(1_500)  # its answer arrives after the window is gone
        assert states == []
    again = open_book(book_path)  # the book is whole: what was sent is sent, the rest waits
    try:
        status = status_of(again)
        assert status.enrolled and status.pending in (0, 2)
    finally:
        again.close()
