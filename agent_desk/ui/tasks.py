"""Work off the GUI thread: one database worker (one job at a time, in order),
and a pool for network and PDF work. Results come back to the GUI thread by a
queued signal; the GUI thread never waits on either."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from sqlalchemy.orm import Session

from agent_desk.store.book import Book

T = TypeVar("T")
DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class Tasks(QObject):
    _finished = Signal(object)  # the job's parcel: see _submit
    busy_changed = Signal(bool)
    error = Signal(object)  # an exception nobody handled

    def __init__(self, book: Book, parent: QObject | None = None):
        super().__init__(parent)
        self.book = book
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="agent-desk-db")
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="agent-desk-work")
        self.pending = 0
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run_db(self, fn: Callable[[Session], T], on_done: DoneCallback | None = None,
               on_error: ErrorCallback | None = None) -> None:
        """Run `fn(session)` in one transaction on the database worker."""

        def job() -> T:
            with self.book.session() as session:
                return fn(session)

        self._submit(self._db, job, on_done, on_error)

    def run(self, fn: Callable[[], T], on_done: DoneCallback | None = None,
            on_error: ErrorCallback | None = None) -> None:
        """Run `fn()` on the work pool (network, PDF): no database session."""
        self._submit(self._pool, fn, on_done, on_error)

    def _submit(self, executor: ThreadPoolExecutor, job: Callable[[], T], on_done: DoneCallback | None,
                on_error: ErrorCallback | None) -> None:
        if self._closed:
            # The window closed and its queued writes are done; what a last callback
            # or signal asks for now (a reload, a regeneration) has no one to show it to.
            return
        self.pending += 1
        if self.pending == 1:
            self.busy_changed.emit(True)
        # The worker keeps no reference of its own to the job, its callbacks,
        # its result or its error: all travel in the parcel and are let go on
        # the GUI thread. A widget whose last reference died on the worker
        # would be destroyed there, and Qt crashes (a segfault seen in tests).
        parcel: dict[str, Any] = {"job": job, "done": on_done, "error": on_error}

        def wrapped() -> None:
            try:
                parcel["result"] = parcel["job"]()
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                parcel["failure"] = exc
            self._finished.emit(parcel)

        executor.submit(wrapped)

    def _deliver(self, parcel: dict[str, Any]) -> None:
        self.pending -= 1
        parcel.pop("job", None)
        on_done, on_error = parcel.pop("done", None), parcel.pop("error", None)
        failure = parcel.pop("failure", None)
        result = parcel.pop("result", None)
        try:
            if failure is not None:
                if on_error is not None:
                    on_error(failure)
                else:
                    self.error.emit(failure)
            elif on_done is not None:
                on_done(result)
        finally:
            if self.pending == 0:
                self.busy_changed.emit(False)

    @property
    def closed(self) -> bool:
        """True once shut down: no more work is taken."""
        return self._closed

    def shutdown(self) -> None:
        """Finish queued database work (nothing is lost on close), then stop."""
        self._closed = True
        self._db.shutdown(wait=True)
        self._pool.shutdown(wait=False, cancel_futures=True)
