"""After the window closed and its worker stopped, a late callback or signal
asking for more work is let go instead of raising in the event loop."""

from __future__ import annotations

from agent_desk.store.book import Book
from agent_desk.ui.tasks import Tasks


def test_work_asked_for_after_shutdown_is_let_go(book: Book, qtbot) -> None:  # noqa: ANN001
    tasks = Tasks(book)
    done: list[int] = []
    tasks.run_db(lambda _session: 1, done.append)
    qtbot.waitUntil(lambda: done == [1])
    tasks.shutdown()
    assert tasks.closed
    tasks.run_db(lambda _session: 2, done.append)  # a reload a late signal asked for
    tasks.run(lambda: 3, done.append)
    qtbot.wait(50)
    assert done == [1] and tasks.pending == 0
