"""What every screen is handed: the task runner, the change bus and settings.
Screens talk to each other only through signals; none imports another."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from agent_desk.services.changes import Changes
from agent_desk.ui.settings import Settings
from agent_desk.ui.tasks import ErrorCallback, Tasks


class Bus(QObject):
    changes_applied = Signal(object)  # Changes
    status_message = Signal(str)


@dataclass
class AppContext:
    tasks: Tasks
    bus: Bus
    settings: Settings

    def query(self, fn: Callable[[Session], Any], on_done: Callable[[Any], None],
              on_error: ErrorCallback | None = None) -> None:
        self.tasks.run_db(fn, on_done, on_error)

    def apply(self, fn: Callable[[Session], Any], on_done: Callable[[Any], None] | None = None,
              on_error: ErrorCallback | None = None) -> None:
        """Run a use case that writes; announce its Changes once committed.

        `fn` returns Changes, or a tuple whose last item is Changes."""

        def done(result: Any) -> None:
            changes = result[-1] if isinstance(result, tuple) else result
            if isinstance(changes, Changes):
                self.bus.changes_applied.emit(changes)
            if on_done is not None:
                on_done(result)

        self.tasks.run_db(fn, done, on_error)
