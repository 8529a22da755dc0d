"""The book's sync status (what waits, open conflicts, last sync), read again
after every change: any local edit may add to what waits. One cheap query on
the database worker per burst of changes, shared by the status bar and the
Sync screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desk.services.changes import Changes
from agent_desk.services.sync import SyncStatus, sync_status
from agent_desk.ui.context import AppContext


class SyncStatusWatch(QObject):
    loaded = Signal(object)  # SyncStatus

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._status: SyncStatus | None = None
        self._loading = self._again = self._stopped = False
        self._soon = QTimer(self, singleShot=True, interval=0)  # one read per burst of changes
        self._soon.timeout.connect(self.refresh)
        ctx.bus.changes_applied.connect(self._on_changes)

    def status(self) -> SyncStatus | None:
        """The last status read, None before the first."""
        return self._status

    def refresh(self) -> None:
        self._soon.stop()
        if self._stopped:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._ctx.query(sync_status, self._loaded, self._failed)

    def stop(self) -> None:
        self._stopped = True
        self._soon.stop()

    def _on_changes(self, _changes: Changes) -> None:
        if not self._stopped:
            self._soon.start()

    def _loaded(self, status: SyncStatus) -> None:
        self._loading = False
        if self._stopped:
            return
        self._status = status
        self.loaded.emit(status)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._loading = self._again = False
        if not self._stopped:
            self._ctx.bus.status_message.emit(self.tr("The sync status could not be read: %1").replace(
                "%1", str(error)))
