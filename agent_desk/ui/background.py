"""Work that must finish before the app can go on, run off the GUI thread
while the event loop keeps the screen painted (deriving a key, restoring a
backup): for the moments no window and no Tasks exist yet."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from typing import TypeVar

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

T = TypeVar("T")


def finish_off_gui(job: Callable[[], T]) -> T:
    """Run `job` on a thread and return its result (or raise its error), painting meanwhile."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="agent-desk-wait") as worker:
        running = worker.submit(job)
        while not running.done():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
            wait([running], timeout=0.02)
    return running.result()
