"""The app locks itself after a while unused (a laptop left open in a
client's living room). Any key press, click or wheel turn in the app counts
as use. Only a protected book locks: the passphrase is what unlocks."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_USE = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin}
CHECK_EVERY_MS = 15_000


class IdleLock(QObject):
    lock_due = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None, check_every_ms: int = CHECK_EVERY_MS):
        super().__init__(parent)
        self.minutes = minutes
        self._last_use = time.monotonic()
        self._timer = QTimer(self, interval=check_every_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last_use = time.monotonic()
        QApplication.instance().installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def used(self) -> None:
        self._last_use = time.monotonic()

    def idle_seconds(self) -> float:
        return time.monotonic() - self._last_use

    def check(self) -> None:
        if self.minutes > 0 and self.idle_seconds() >= self.minutes * 60:
            self._last_use = time.monotonic()  # once per idle spell
            self.lock_due.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _USE:
            self._last_use = time.monotonic()
        return False
