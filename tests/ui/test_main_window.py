"""The main window end to end, as the agent uses it: built by the app's own
composition root (build_main_window on open_book), driven with keys and
clicks, on a real book file through the database worker. Closing a window and
building a new one on the same AGENT_DESK_HOME is "quit and start again"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from agent_desk.domain.clients import ClientDetails, LifecycleStage
from agent_desk.errors import BookCorruptError
from agent_desk.services.clients import count_clients, create_client, get_client, is_book_empty
from agent_desk.store.book import Book, open_book
from agent_desk.ui.app import book_error_box, build_main_window, create_demo_book_async, offer_demo_book
from agent_desk.ui.clients.list_model import Column
from agent_desk.ui.main_window import MainWindow


class Desk:
    """Starts and quits the app on a book file, and records every message box
    the app would have shown (they are modal, so the tests answer them)."""

    def __init__(self, qtbot):  # noqa: ANN001
        self._qtbot = qtbot
        self._open: list[tuple[MainWindow, Book]] = []
        self.warnings: list[str] = []  # errors shown with QMessageBox.warning
        self.questions: list[str] = []  # titles of the questions asked
        self.answer = QMessageBox.StandardButton.Discard

    def start(self, path: Path) -> MainWindow:
        """Open the book and show the main window, as run_app does, and wait
        until the list (and the remembered client, if any) has loaded."""
        book = open_book(path)
        window = build_main_window(book)
        self._open.append((window, book))
        window.show()
        self._qtbot.waitExposed(window)
        window.activateWindow()
        self._qtbot.waitUntil(window.isActiveWindow)
        settle(self._qtbot, window)
        return window

    def quit(self, window: MainWindow) -> None:
        """Close the window (which remembers its state), stop its worker,
        close the book: what run_app does when the agent quits."""
        settle(self._qtbot, window)
        window.close()
        assert not window.isVisible(), "the window refused to close"
        self._stop(window)

    def _stop(self, window: MainWindow) -> None:
        for index, (opened, book) in enumerate(self._open):
            if opened is window:
                del self._open[index]
                window.ctx.tasks.shutdown()
                book.close()
                window.deleteLater()
                return

    def stop_all(self) -> None:
        self.answer = QMessageBox.StandardButton.Discard  # never leave a window asking
        for window, _book in list(self._open):
            self._qtbot.waitUntil(lambda window=window: window.ctx.tasks.pending == 0)
            window.close()
            self._stop(window)


@pytest.fixture
def desk(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:  # noqa: ANN001
    # Garbage is collected on the GUI thread only (tests/ui/conftest.py).
    desk = Desk(qtbot)

    def warning(_parent, _title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
        desk.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def question(_parent, title, *_args, **_kwargs):  # noqa: ANN001, ANN202
        desk.questions.append(title)
        return desk.answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    yield desk
    desk.stop_all()
    assert not [t.name for t in threading.enumerate() if t.name.startswith(("agent-desk-db", "demo-book"))]


# -- helpers ------------------------------------------------------------------

def settle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.ctx.tasks.pending == 0)


def add(path: Path, name: str, **extra) -> uuid.UUID:  # noqa: ANN003
    book = open_book(path)
    try:
        with book.session() as s:
            client_id, _ = create_client(s, ClientDetails(name=name, **extra))
    finally:
        book.close()
    return client_id


def in_book(path: Path, read):  # noqa: ANN001, ANN201
    """Read the book through the services, as another program would."""
    book = open_book(path)
    try:
        with book.session() as s:
            return read(s)
    finally:
        book.close()


def shown_names(window: MainWindow) -> list[str]:
    model = window.clients.model
    return [model.data(model.index(r, Column.NAME)) for r in range(model.rowCount())]


def shown_cell(window: MainWindow, name: str, column: Column) -> str:
    model = window.clients.model
    return model.data(model.index(shown_names(window).index(name), column))


def search(qtbot, window: MainWindow, text: str) -> None:  # noqa: ANN001
    """Type into the search box and wait for the list to answer (the search
    starts once typing pauses)."""
    box = window.clients.search_box
    with qtbot.waitSignal(window.clients.count_changed):
        box.clear()
        if text.isascii():
            qtbot.keyClicks(box, text)
        else:
            box.insert(text)  # Chinese arrives committed by the input method, not as key events
    settle(qtbot, window)


def click_row(qtbot, window: MainWindow, name: str) -> None:  # noqa: ANN001
    table = window.clients.table
    index = window.clients.model.index(shown_names(window).index(name), Column.NAME)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    settle(qtbot, window)


def ctrl(qtbot, widget, key: Qt.Key) -> None:  # noqa: ANN001
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def retype(qtbot, line_edit, text: str) -> None:  # noqa: ANN001
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line_edit, text)


def page_shows(window: MainWindow, client_id: uuid.UUID) -> bool:
    page = window.client_page
    return (window.detail_stack.currentWidget() is page and page.current_client_id() == client_id
            and page.form.isEnabled() and page.title_label.text() != page.tr("Loading…"))


# -- the agent's day ----------------------------------------------------------

def test_a_client_added_found_and_edited_is_there_after_quitting_and_starting_again(desk, book_path, qtbot):  # noqa: ANN001
    add(book_path, "Wang Dawei", name_local="王大偉", phone="0933-111-222")
    add(book_path, "John Smith", phone="(415) 555-0123")
    window = desk.start(book_path)
    assert sorted(shown_names(window)) == ["John Smith", "王大偉 Wang Dawei"]
    assert window.detail_stack.currentWidget() is window.empty_page

    # Ctrl+N: a blank form, the cursor in the name field.
    ctrl(qtbot, window, Qt.Key.Key_N)
    form = window.client_page.form
    assert window.detail_stack.currentWidget() is window.client_page
    assert window.focusWidget() is form.name_edit
    qtbot.keyClicks(form.name_edit, "Wang Xiaoming")
    form.name_local_edit.insert("王小明")
    qtbot.keyClicks(form.phone_edit, "0912-345-678")
    with qtbot.waitSignal(window.client_page.client_created) as created:
        ctrl(qtbot, form.phone_edit, Qt.Key.Key_S)
    settle(qtbot, window)
    client_id = created.args[0]
    assert "王小明 Wang Xiaoming" in shown_names(window)
    assert window.clients.selected_client() == client_id  # the new client is selected in the list

    # Look at someone else, then find the new client again by name and by phone.
    click_row(qtbot, window, "John Smith")
    assert window.client_page.form.name_edit.text() == "John Smith"
    search(qtbot, window, "小明")
    assert shown_names(window) == ["王小明 Wang Xiaoming"]
    assert window.clients.count_label.text() == "1 client"
    search(qtbot, window, "0933")
    assert shown_names(window) == ["王大偉 Wang Dawei"]
    search(qtbot, window, "345-6")
    assert shown_names(window) == ["王小明 Wang Xiaoming"]

    # Open it and change the phone and the occupation.
    click_row(qtbot, window, "王小明 Wang Xiaoming")
    qtbot.waitUntil(lambda: page_shows(window, client_id))
    assert form.name_edit.text() == "Wang Xiaoming" and form.phone_edit.text() == "0912-345-678"
    retype(qtbot, form.phone_edit, "0955-666-777")
    qtbot.keyClicks(form.occupation_edit, "Engineer")
    with qtbot.waitSignal(window.client_page.client_saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert not window.client_page.has_unsaved_changes()
    assert shown_names(window) == []  # the list follows: the old phone no longer matches "345-6"
    search(qtbot, window, "0955")
    assert shown_names(window) == ["王小明 Wang Xiaoming"]
    assert shown_cell(window, "王小明 Wang Xiaoming", Column.PHONE) == "0955-666-777"

    desk.quit(window)
    assert desk.questions == []  # everything was saved, so quitting asks nothing

    again = desk.start(book_path)
    assert len(shown_names(again)) == 3  # the search is not remembered; the book is
    assert shown_cell(again, "王小明 Wang Xiaoming", Column.PHONE) == "0955-666-777"
    qtbot.waitUntil(lambda: page_shows(again, client_id))  # the last client opens again
    form = again.client_page.form
    assert (form.name_edit.text(), form.name_local_edit.text()) == ("Wang Xiaoming", "王小明")
    assert (form.phone_edit.text(), form.occupation_edit.text()) == ("0955-666-777", "Engineer")
    assert again.client_page.title_label.text() == "王小明 Wang Xiaoming"
    assert desk.warnings == []


def test_bad_input_in_the_main_windows_form_is_explained_and_nothing_is_written(desk, book_path, qtbot):  # noqa: ANN001
    window = desk.start(book_path)
    ctrl(qtbot, window, Qt.Key.Key_N)
    form = window.client_page.form
    qtbot.keyClicks(form.name_edit, "Ann Lee")
    qtbot.keyClicks(form.birth_date_edit, (date.today() + timedelta(days=1)).isoformat())
    qtbot.keyClicks(form.email_edit, "ann.example.com")
    qtbot.keyClicks(form.income_edit, "-5,000")

    ctrl(qtbot, form.income_edit, Qt.Key.Key_S)
    settle(qtbot, window)
    problems = form.visible_problems()
    assert set(problems) == {"birth_date", "email", "annual_income"}
    assert "future" in problems["birth_date"]
    assert "e-mail" in problems["email"]
    assert "negative" in problems["annual_income"]
    assert window.focusWidget() is form.birth_date_edit  # the topmost problem gets the cursor

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # the button refuses too
    settle(qtbot, window)
    assert set(form.visible_problems()) == {"birth_date", "email", "annual_income"}
    assert form.email_edit.text() == "ann.example.com"  # what was typed stays
    assert window.client_page.has_unsaved_changes()
    assert window.client_page.current_client_id() is None
    assert shown_names(window) == [] and window.clients.count_label.text() == "0 clients"
    assert in_book(book_path, count_clients) == 0

    # Quitting now asks before the typing is lost; Cancel keeps the window.
    desk.answer = QMessageBox.StandardButton.Cancel
    window.close()
    assert window.isVisible() and desk.questions == ["Unsaved changes"]
    assert desk.warnings == []


def test_a_deleted_client_leaves_the_list_and_undo_brings_them_back_intact(desk, book_path, qtbot):  # noqa: ANN001
    details = dict(name="Dora Delete", name_local="陳朵拉", phone="0912-000-111", email="dora@example.com",
                   birth_date=date(1980, 5, 17), occupation="Teacher", stage=LifecycleStage.ACTIVE)
    client_id = add(book_path, **details)
    add(book_path, "Kate Keep")
    saved = in_book(book_path, lambda s: get_client(s, client_id)).details
    window = desk.start(book_path)

    click_row(qtbot, window, "陳朵拉 Dora Delete")
    qtbot.waitUntil(lambda: page_shows(window, client_id))
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: shown_names(window) == ["Kate Keep"])
    settle(qtbot, window)
    assert window.detail_stack.currentWidget() is window.empty_page
    assert "Ctrl+Z" in window.statusBar().currentMessage() and window.undo_button.isVisible()
    assert in_book(book_path, count_clients) == 1
    assert in_book(book_path, lambda s: get_client(s, client_id)).deleted  # soft: still in the file

    ctrl(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: "陳朵拉 Dora Delete" in shown_names(window))
    settle(qtbot, window)
    assert in_book(book_path, count_clients) == 2
    restored = in_book(book_path, lambda s: get_client(s, client_id))
    assert not restored.deleted and restored.details == saved
    # Undo brings the client back on screen, selected in the list.
    qtbot.waitUntil(lambda: window.detail_stack.currentWidget() is window.client_page)
    qtbot.waitUntil(lambda: page_shows(window, client_id))
    assert window.clients.selected_client() == client_id
    page = window.client_page
    assert page.form.phone_edit.text() == "0912-000-111" and page.form.email_edit.text() == "dora@example.com"
    assert page.banner.isHidden() and page.delete_button.isVisible()

    window.undo_stack.redo()
    qtbot.waitUntil(lambda: shown_names(window) == ["Kate Keep"])
    settle(qtbot, window)
    assert in_book(book_path, count_clients) == 1
    assert in_book(book_path, lambda s: get_client(s, client_id)).deleted
    assert desk.warnings == []


def test_pressing_delete_again_after_a_delete_does_not_delete_twice(desk, book_path, qtbot):  # noqa: ANN001
    client_id = add(book_path, "Dora Delete")
    add(book_path, "Kate Keep")
    window = desk.start(book_path)
    click_row(qtbot, window, "Dora Delete")
    qtbot.waitUntil(lambda: page_shows(window, client_id))
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: shown_names(window) == ["Kate Keep"])
    settle(qtbot, window)

    window.delete_action.trigger()  # nothing is shown or selected: nothing to delete
    settle(qtbot, window)
    assert desk.warnings == []
    assert window.undo_stack.count() == 1
    assert shown_names(window) == ["Kate Keep"]


def test_pressing_delete_twice_before_the_list_reloads_deletes_once(desk, book_path, qtbot):  # noqa: ANN001
    add(book_path, "Dora Delete")
    kate = add(book_path, "Kate Keep")
    window = desk.start(book_path)
    click_row(qtbot, window, "Kate Keep")
    qtbot.waitUntil(lambda: page_shows(window, kate))
    window.delete_action.trigger()
    window.delete_action.trigger()  # before the worker has answered: the row is still listed
    settle(qtbot, window)
    assert window.undo_stack.count() == 1
    assert shown_names(window) == ["Dora Delete"]
    assert desk.warnings == []


def test_opening_another_client_asks_before_losing_what_is_typed(desk, book_path, qtbot):  # noqa: ANN001
    ann, bob = add(book_path, "Ann Able"), add(book_path, "Bob Baker")
    window = desk.start(book_path)
    click_row(qtbot, window, "Ann Able")
    qtbot.waitUntil(lambda: page_shows(window, ann))
    retype(qtbot, window.client_page.form.phone_edit, "0912 000 111")

    desk.answer = QMessageBox.StandardButton.Cancel
    click_row(qtbot, window, "Bob Baker")
    assert desk.questions == ["Unsaved changes"]
    assert page_shows(window, ann) and window.client_page.form.phone_edit.text() == "0912 000 111"
    assert window.clients.selected_client() == ann  # the list follows the page back

    desk.answer = QMessageBox.StandardButton.Discard
    click_row(qtbot, window, "Bob Baker")
    qtbot.waitUntil(lambda: page_shows(window, bob))
    assert in_book(book_path, lambda s: get_client(s, ann)).details.phone == ""  # nothing was saved


def test_undo_while_typing_a_new_client_brings_the_client_back_but_keeps_the_typing(desk, book_path, qtbot):  # noqa: ANN001
    dora = add(book_path, "Dora Delete")
    window = desk.start(book_path)
    click_row(qtbot, window, "Dora Delete")
    qtbot.waitUntil(lambda: page_shows(window, dora))
    window.delete_action.trigger()
    settle(qtbot, window)
    window.new_client_action.trigger()
    qtbot.keyClicks(window.client_page.form.name_edit, "Eve Early")
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "Dora Delete" in shown_names(window))
    settle(qtbot, window)
    assert window.client_page.current_client_id() is None
    assert window.client_page.form.name_edit.text() == "Eve Early"
    assert desk.questions == []


def test_delete_while_typing_a_new_client_leaves_the_highlighted_client_alone(desk, book_path, qtbot):  # noqa: ANN001
    kate = add(book_path, "Kate Keep")
    window = desk.start(book_path)
    click_row(qtbot, window, "Kate Keep")
    qtbot.waitUntil(lambda: page_shows(window, kate))
    window.new_client_action.trigger()
    window.delete_action.trigger()  # the agent looks at an empty form, not at Kate
    settle(qtbot, window)
    assert window.undo_stack.count() == 0
    assert in_book(book_path, count_clients) == 1
    assert desk.warnings == []


# The offscreen platform's screen is 800 x 800, narrower than the main window
# can be, and Qt fits a remembered window that is wider than its screen back
# onto it: there, no remembered width or splitter could come back as it was.
# So the second start is a real one, in a new process, on a screen with room
# for the window; not much wider, though, since Qt ignores a geometry saved on
# a screen more than 25% narrower or wider (it takes that for a new DPI).
ROOMY_SCREEN = {"screens": [{"name": "Roomy", "x": 0, "y": 0, "width": 990, "height": 800,
                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
START_AGAIN = """
import json, sys, time
from PySide6.QtWidgets import QApplication, QMessageBox
from agent_desk.store.book import open_book
from agent_desk.ui.app import build_main_window

app = QApplication([])
warnings = []
QMessageBox.warning = lambda _parent, _title, text, *a, **k: warnings.append(text)
book = open_book(sys.argv[1])
window = build_main_window(book)
window.show()
page = window.client_page
deadline = time.monotonic() + 10
while time.monotonic() < deadline and not (
        window.ctx.tasks.pending == 0 and page.current_client_id() is not None and page.form.isEnabled()):
    app.processEvents()
    time.sleep(0.005)
shown = page.current_client_id()
print(json.dumps({
    "screen": app.primaryScreen().size().toTuple(),
    "size": window.size().toTuple(),
    "splitter": window.clients_splitter.sizes(),
    "nav": window.nav.currentItem().text(),
    "on_screen": window.screens.currentWidget() is window.clients_splitter,
    "page_on_screen": window.detail_stack.currentWidget() is page,
    "shown": str(shown) if shown else None,
    "selected": str(window.clients.selected_client()),
    "name": page.form.name_edit.text(),
    "warnings": warnings,
}))
window.close()
window.ctx.tasks.shutdown()
book.close()
"""


def start_again_elsewhere(book_path: Path, tmp_path: Path) -> dict:
    """Start the app in a new process on the same AGENT_DESK_HOME, on a roomier
    screen; what it restored, as a dict."""
    screen = tmp_path / "roomy-screen.json"
    screen.write_text(json.dumps(ROOMY_SCREEN))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    done = subprocess.run([sys.executable, "-c", START_AGAIN, str(book_path)], env=env, cwd=book_path.parent,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_reopens_as_it_was_left(desk, book_path, tmp_path, qtbot):  # noqa: ANN001
    add(book_path, "Amy First")
    last_id = add(book_path, "Ben Second")
    window = desk.start(book_path)
    window.resize(940, 640)
    qtbot.waitUntil(lambda: window.size() == QSize(940, 640))
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "today"  # the home screen
    window.show_screen("clients")

    # Drag the handle between the list and the page 40 px to the left.
    splitter = window.clients_splitter
    handle = splitter.handle(1)
    before = splitter.sizes()
    centre = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(handle, centre + QPoint(-40, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=centre + QPoint(-40, 0))
    moved = splitter.sizes()
    assert moved == [before[0] - 40, before[1] + 40]

    click_row(qtbot, window, "Ben Second")
    qtbot.waitUntil(lambda: page_shows(window, last_id))
    desk.quit(window)

    restored = start_again_elsewhere(book_path, tmp_path)
    assert restored["screen"] == [990, 800]  # the roomy screen was used, or nothing below means much
    assert restored["size"] == [940, 640]
    assert restored["splitter"] == moved
    assert restored["nav"] == "Clients" and restored["on_screen"]
    assert restored["page_on_screen"] and restored["shown"] == str(last_id)
    assert restored["selected"] == str(last_id) and restored["name"] == "Ben Second"
    assert restored["warnings"] == [] and desk.warnings == []


# -- an empty book ------------------------------------------------------------

def test_a_demo_book_is_made_off_the_gui_thread_and_fills_the_list(desk, book_path, qtbot):  # noqa: ANN001
    window = desk.start(book_path)
    assert window.clients.model.total == 0

    done = []
    create_demo_book_async(window, clients=60, on_done=lambda: done.append(True))
    assert window.ctx.tasks.pending >= 1  # it runs on the worker; the GUI thread goes on
    progress = window.findChild(QProgressDialog)
    assert progress is not None
    qtbot.waitUntil(lambda: window.clients.model.total == 60)
    settle(qtbot, window)
    assert done == [True]
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is None)  # closed and not left behind
    assert window.clients.count_label.text() == "60 clients"
    assert window.clients.model.rowCount() == 60
    assert in_book(book_path, count_clients) == 60
    assert desk.warnings == []


def test_an_empty_book_offers_a_demo_book_and_yes_creates_it(desk, book_path, qtbot):  # noqa: ANN001
    window = desk.start(book_path)
    desk.answer = QMessageBox.StandardButton.Yes
    offer_demo_book(window, clients=30)
    assert desk.questions == ["Your book is empty"]
    qtbot.waitUntil(lambda: window.clients.model.total == 30)
    settle(qtbot, window)
    assert window.clients.count_label.text() == "30 clients"
    assert in_book(book_path, count_clients) == 30
    assert desk.warnings == []


def test_an_empty_book_offers_a_demo_book_and_no_leaves_it_empty(desk, book_path, qtbot):  # noqa: ANN001
    window = desk.start(book_path)
    desk.answer = QMessageBox.StandardButton.No
    offer_demo_book(window, clients=30)
    assert desk.questions == ["Your book is empty"]
    assert window.ctx.tasks.pending == 0  # nothing was started
    settle(qtbot, window)
    assert window.clients.model.total == 0
    assert in_book(book_path, is_book_empty)


# -- a book that cannot be opened ----------------------------------------------

def test_a_damaged_book_is_named_and_said_to_be_untouched(qtbot, tmp_path: Path):  # noqa: ANN001
    path = tmp_path / "My Book.sqlite3"
    box = book_error_box(BookCorruptError(path))
    assert box.icon() == QMessageBox.Icon.Critical
    assert "cannot open" in box.windowTitle()
    assert str(path) in box.text() and "damaged" in box.text() and "untouched" in box.text()
    assert "Nothing was changed" in box.informativeText()
    assert box.detailedText() == str(path)
