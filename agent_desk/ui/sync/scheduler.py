"""Sync in the background: shortly after the window shows, every few minutes,
and when the agent asks. One sync at a time, on the work pool (it waits on the
network; `sync_once` opens its own short transactions). While the office
cannot be reached the next try comes after 1, 2, 4 … minutes, at most 30; a
success or the agent's "Sync now" starts that count again. An office that
wants a newer app, or that revoked this device, stops the automatic tries:
the agent keeps working offline and is told why."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desk.errors import (
    BadAnswerError,
    DeviceRevokedError,
    NotEnrolledError,
    OfflineError,
    UpdateRequiredError,
)
from agent_desk.services.changes import Changes
from agent_desk.services.sync import SyncReport, SyncStatus, sync_once, sync_status
from agent_desk.store.book import Book
from agent_desk.ui import settings as S
from agent_desk.ui.context import AppContext
from agent_desk.ui.settings import Settings

MINUTE_MS = 60_000
SyncFunction = Callable[..., SyncReport]  # sync_once(book, progress=…)


class Phase(Enum):
    WAITING = "waiting"  # enrolled; no try yet since the app started
    NOT_ENROLLED = "not_enrolled"  # no office: nothing is tried
    SYNCING = "syncing"
    ONLINE = "online"  # the last try succeeded
    OFFLINE = "offline"  # the office cannot be reached (or answered nonsense): tries again, backing off
    FAILED = "failed"  # another problem: tries again, backing off
    UPDATE_NEEDED = "update_needed"  # stopped: the office needs a newer app
    REVOKED = "revoked"  # stopped: the office no longer accepts this device
    TOKEN_MISSING = "token_missing"  # stopped: enrolled, but this computer has no device token


STOPPED = frozenset({Phase.UPDATE_NEEDED, Phase.REVOKED, Phase.TOKEN_MISSING})


@dataclass(frozen=True)
class SyncTiming:
    first_delay_ms: int = 3_000  # after the window shows, so the first screen loads first
    interval_ms: int = 5 * MINUTE_MS
    backoff_first_ms: int = MINUTE_MS
    backoff_cap_ms: int = 30 * MINUTE_MS

    @classmethod
    def from_settings(cls, settings: Settings) -> SyncTiming:
        return cls(interval_ms=max(1, settings.get(S.SYNC_INTERVAL)) * MINUTE_MS)

    def backoff_ms(self, failures: int) -> int:
        """The wait after the `failures`-th failure in a row: 1, 2, 4, 8 … minutes, capped."""
        return min(self.backoff_first_ms * 2 ** max(0, failures - 1), self.backoff_cap_ms)


@dataclass(frozen=True)
class SyncState:
    phase: Phase = Phase.WAITING
    error: BaseException | None = None  # why the last try failed
    failures: int = 0  # tries in a row that failed
    next_try_at: float | None = None  # time.monotonic() of the next automatic try
    stage: str = ""  # of the running sync: "push" or "pull", with its counts
    done: int = 0
    total: int = 0
    report: SyncReport | None = None  # of the last success

    def next_try_in_ms(self, now: float | None = None) -> int | None:
        if self.next_try_at is None:
            return None
        return max(0, int((self.next_try_at - (time.monotonic() if now is None else now)) * 1000))


class SyncCancelled(Exception):  # noqa: N818 - not an error: the window is closing
    """Raised inside the running sync, at its next progress report, once the window closes."""


class SyncScheduler(QObject):
    state_changed = Signal(object)  # SyncState
    synced = Signal(object)  # SyncReport, after each sync that succeeded
    enrolment_needed = Signal()  # the agent asked to sync a book that is not enrolled
    _progressed = Signal(str, int, int)  # emitted on the worker thread, delivered on the GUI thread

    def __init__(self, ctx: AppContext, timing: SyncTiming | None = None, sync: SyncFunction = sync_once,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.timing = timing or SyncTiming.from_settings(ctx.settings)
        self._sync = sync
        self._state = SyncState()
        self._busy = False  # a try is under way (checking the status, then syncing)
        self._again = False  # "Sync now" came while busy: run once more afterwards
        self._closing = False
        self._cancel = threading.Event()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._automatic)
        self._progressed.connect(self._on_progress)

    # -- public -----------------------------------------------------------------------------
    def state(self) -> SyncState:
        return self._state

    def is_busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        """The first try, shortly after the window shows; then on the interval."""
        self._schedule(self.timing.first_delay_ms)

    def stop(self) -> None:
        """The window is closing: no more tries; a running sync stops at its next step
        (what it committed stays) and its answer is dropped."""
        self._closing = True
        self._timer.stop()
        self._cancel.set()

    def sync_now(self) -> None:
        """The agent's "Sync now": at once, with the backoff started again (after a running sync ends)."""
        if self._closing:
            return
        self._set(failures=0)
        if self._busy:
            self._again = True
            return
        self._attempt(manual=True)

    # -- one try ----------------------------------------------------------------------------
    def _automatic(self) -> None:
        if self._busy or self._closing or self._state.phase in STOPPED:
            return
        self._attempt(manual=False)

    def _attempt(self, manual: bool) -> None:
        self._timer.stop()
        self._busy = True
        self._ctx.query(sync_status, lambda status: self._checked(status, manual), self._failed)

    def _checked(self, status: SyncStatus, manual: bool) -> None:
        if self._closing:
            self._busy = False
            return
        if not status.enrolled:  # nothing to try: look again on the interval (the CLI may enrol the book)
            self._busy = self._again = False
            self._set(phase=Phase.NOT_ENROLLED, error=None, failures=0, stage="", done=0, total=0)
            self._schedule(self.timing.interval_ms)
            if manual:
                self.enrolment_needed.emit()
            return
        self._set(phase=Phase.SYNCING, stage="", done=0, total=0, next_try_at=None)
        book, cancel, emit, sync = self._ctx.tasks.book, self._cancel, self._progressed.emit, self._sync

        def progress(stage: str, done: int, total: int) -> None:  # on the worker thread
            if cancel.is_set():
                raise SyncCancelled
            emit(stage, done, total)

        self._ctx.tasks.run(lambda: _run_sync(sync, book, progress), self._succeeded, self._failed)

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        if self._busy and not self._closing:
            self._set(stage=stage, done=done, total=total)

    def _succeeded(self, report: SyncReport) -> None:
        self._busy = False
        if self._closing:
            return
        self._set(phase=Phase.ONLINE, error=None, failures=0, report=report, stage="", done=0, total=0)
        self._schedule(self.timing.interval_ms)
        self._ctx.bus.changes_applied.emit(report.changes)  # rows came down: screens reload what concerns them
        self.synced.emit(report)
        self._run_again_if_asked()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if self._closing or isinstance(error, SyncCancelled):
            return
        phase = _stopping_phase(error)
        if phase is not None:  # no automatic tries until the agent acts
            self._set(phase=phase, error=error, next_try_at=None, stage="", done=0, total=0)
            self._timer.stop()
        else:
            failures = self._state.failures + 1
            offline = isinstance(error, (OfflineError, BadAnswerError))
            self._set(phase=Phase.OFFLINE if offline else Phase.FAILED, error=error, failures=failures,
                      stage="", done=0, total=0)
            self._schedule(self.timing.backoff_ms(failures))
        # What waits may have shrunk (a batch went up before the failure) and the last error changed.
        self._ctx.bus.changes_applied.emit(Changes(sync=True))
        self._run_again_if_asked()

    def _run_again_if_asked(self) -> None:
        if self._again and not self._closing:
            self._again = False
            self._set(failures=0)
            self._attempt(manual=True)

    # -- plumbing ---------------------------------------------------------------------------
    def _schedule(self, delay_ms: int) -> None:
        if self._closing:
            return
        self._timer.start(delay_ms)
        self._set(next_try_at=time.monotonic() + delay_ms / 1000)

    def _set(self, **changes: object) -> None:
        state = replace(self._state, **changes)
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)


def _run_sync(sync: SyncFunction, book: Book, progress: Callable[[str, int, int], None]) -> SyncReport:
    return sync(book, progress=progress)


def _stopping_phase(error: BaseException) -> Phase | None:
    if isinstance(error, UpdateRequiredError):
        return Phase.UPDATE_NEEDED
    if isinstance(error, DeviceRevokedError):
        return Phase.REVOKED
    if isinstance(error, NotEnrolledError):
        return Phase.TOKEN_MISSING
    return None
