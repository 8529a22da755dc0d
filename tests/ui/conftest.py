"""GUI tests run with garbage collected as the app collects it: on the GUI
thread only (agent_desk/ui/gc_timer.py), never on the database worker."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_desk.store.book import Book
from agent_desk.ui.context import AppContext, Bus
from agent_desk.ui.gc_timer import GuiThreadCollector
from agent_desk.ui.settings import Settings
from agent_desk.ui.tasks import Tasks


@pytest.fixture(autouse=True)
def gui_thread_gc(qapp) -> Iterator[None]:  # noqa: ANN001
    collector = GuiThreadCollector()
    collector.start()
    yield
    collector.stop()
    collector.deleteLater()


@pytest.fixture
def ctx(book: Book, tmp_path: Path, qtbot) -> Iterator[AppContext]:  # noqa: ANN001
    """What every screen is handed, on the test's book; its queued work finishes before the book closes."""
    tasks = Tasks(book)
    yield AppContext(tasks=tasks, bus=Bus(), settings=Settings(str(tmp_path / "settings.ini")))
    qtbot.waitUntil(lambda: tasks.pending == 0)
    tasks.shutdown()
