"""The daily backup: a minute after start, then checked every hour, a backup
is taken off the GUI thread when the book has none of the last 24 hours, and
backups past their keeping time are let go."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desk.store.backups import DAILY, daily_backup_due, load_policy, take_backup
from agent_desk.ui.tasks import Tasks

FIRST_CHECK_MS = 60_000  # after start, so the backup does not compete with opening the book
CHECK_EVERY_MS = 3_600_000


class DailyBackup(QObject):
    backed_up = Signal(str)  # the new backup's path
    failed = Signal(str)  # why, in words

    def __init__(self, tasks: Tasks, book_path: Path, parent: QObject | None = None,
                 now: Callable[[], datetime] = datetime.now):
        super().__init__(parent)
        self._tasks, self._book_path, self._now = tasks, book_path, now
        self._running = False
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._first = QTimer(self, singleShot=True)
        self._first.timeout.connect(self.check)

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        self._first.start(first_check_ms)
        self._timer.start()

    def stop(self) -> None:
        """No check after this (the window closed; its worker is about to stop)."""
        self._first.stop()
        self._timer.stop()

    def check(self) -> None:
        """Take the day's backup when it is due (and none is under way, and the app is not closing)."""
        if self._running or self._tasks.closed:
            return
        policy = load_policy()
        if not daily_backup_due(policy.directory(), self._book_path, self._now()):
            return
        self._running = True
        key = self._tasks.book.key
        self._tasks.run(lambda: take_backup(self._book_path, DAILY, policy, self._now(), key),
                        self._done, self._failed)

    def _done(self, result: tuple[Path, list[Path]]) -> None:
        self._running = False
        self.backed_up.emit(str(result[0]))

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.failed.emit(str(error) or type(error).__name__)
