"""Python's cyclic garbage collector, run only on the GUI thread.

The collector runs in whichever thread allocates when a threshold trips. On
the database worker it may then traverse Qt wrappers the GUI thread is
destroying at that moment (PySide releases the GIL inside ~QObject), and the
process crashes. So while the app runs, automatic collection is off and a
timer on the GUI thread collects each generation once its threshold is
reached: the remedy Anki and pyqtgraph use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS):
        super().__init__(parent)
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect what is left and hand collection back to Python."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold is reached (and the
        younger ones with it); returns how many objects were unreachable."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
        return gc.collect(max(due)) if due else 0
