"""The status bar's word on sync: "Online · 3 waiting · synced 10:42",
"Offline — next try in 4 min · 12 waiting", "Not enrolled", "Update needed",
and a badge while conflicts wait for review. A click opens the Sync screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from agent_desk.services.sync import SyncStatus
from agent_desk.ui.icons import icon
from agent_desk.ui.sync import labels
from agent_desk.ui.sync.scheduler import STOPPED, Phase, SyncState

COUNTDOWN_MS = 15_000  # "next try in 4 min" stays true to the minute
ICON_SIZE = 16
BADGE_STYLE = "QToolButton { color: #c0392b; font-weight: 600; }"  # the theme's error red


def phase_icon_name(phase: Phase) -> str:
    if phase is Phase.ONLINE:
        return "online"
    if phase in (Phase.OFFLINE, Phase.FAILED, Phase.NOT_ENROLLED):
        return "offline"
    if phase in STOPPED:
        return "sync_stopped"
    return "sync"


class SyncStatusWidget(QWidget):
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = SyncState()
        self._status: SyncStatus | None = None
        self.status_button = self._button()
        self.status_button.setObjectName("syncStatus")
        self.conflicts_button = self._button()
        self.conflicts_button.setObjectName("syncConflicts")
        self.conflicts_button.setIcon(icon("conflict"))
        self.conflicts_button.setStyleSheet(BADGE_STYLE)
        self.conflicts_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 4, 0)
        row.setSpacing(2)
        row.addWidget(self.status_button)
        row.addWidget(self.conflicts_button)
        self._countdown = QTimer(self, interval=COUNTDOWN_MS)
        self._countdown.timeout.connect(self._update)
        self._update()

    def _button(self) -> QToolButton:
        button = QToolButton(self)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the status bar takes no focus; F9 and the menu do the work
        button.clicked.connect(self.open_requested)
        return button

    # -- what it shows ----------------------------------------------------------------------
    def show_state(self, state: SyncState) -> None:
        self._state = state
        self._update()

    def show_status(self, status: SyncStatus) -> None:
        self._status = status
        self._update()

    def text(self) -> str:
        return self.status_button.text()

    def conflicts_text(self) -> str:
        return self.conflicts_button.text() if self.conflicts_button.isVisibleTo(self) else ""

    def _update(self) -> None:
        state, status = self._state, self._status
        self.status_button.setText(labels.status_line(state, status))
        self.status_button.setIcon(icon(phase_icon_name(state.phase)))
        self.status_button.setToolTip(self._tip())
        conflicts = status.open_conflicts if status is not None else 0
        self.conflicts_button.setVisible(conflicts > 0)
        self.conflicts_button.setText(labels.conflicts_text(conflicts))
        self.conflicts_button.setToolTip(self.tr("Values the office did not keep wait for your review on the "
                                                 "Sync screen"))
        counting = state.phase in (Phase.OFFLINE, Phase.FAILED) and state.next_try_at is not None
        if counting and not self._countdown.isActive():
            self._countdown.start()
        elif not counting:
            self._countdown.stop()

    def _tip(self) -> str:
        lines = []
        status = self._status
        if status is not None and status.enrolled:
            lines.append(self.tr("Office: %1").replace("%1", status.server_url))
            lines.append(self.tr("Last sync: %1").replace("%1", labels.when_text(status.last_sync_at)))
        if self._state.error is not None and self._state.phase is not Phase.SYNCING:
            lines.append(labels.problem_text(self._state.error))
        lines.append(self.tr("Click for the Sync screen; F9 syncs now."))
        return "\n".join(lines)
