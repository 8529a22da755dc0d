"""Reminders of what falls due: once when the app starts ("3 follow-ups due
today, 2 overdue"), then as the day moves on or snoozed follow-ups come back,
about those not mentioned before. A system-tray message where the desktop has
a tray, else the status bar. Clicking the message emits `activated` (the main
window shows the Today screen).

An occasion is a follow-up on the day it became due (a snoozed one comes back
on its snooze date): each occasion is mentioned once per run of the app."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from agent_desk.services.changes import Changes
from agent_desk.services.followups import FollowUpRow, open_followups
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.today.labels import count_text, kind_names, subject_text

CHECK_INTERVAL_MS = 3 * 60_000
AFTER_CHANGE_MS = 3000  # a burst of edits: one check
MESSAGE_MS = 10_000
SHOWN_BY_NAME = 3  # a message names this many follow-ups, then says how many more


@dataclass(frozen=True)
class _Due:
    key: tuple[uuid.UUID, date]  # the occasion
    overdue: bool
    what: str  # "Renewal premium · Ann Lee · TL-000381"


def _due_items(rows: list[FollowUpRow], today: date) -> list[_Due]:
    names = kind_names()
    items = []
    for row in rows:
        subject = subject_text(row)
        what = subject if row.is_own else names.get(row.kind, row.kind.value)
        parts = [what, row.client_name] + ([subject] if not row.is_own and subject != what else [])
        key_day = row.snoozed_until if row.snoozed_until and row.snoozed_until > row.due else row.due
        items.append(_Due((row.id, key_day), row.due < today, " · ".join(p for p in parts if p)))
    return items


class Reminders(QObject):
    activated = Signal()  # the agent clicked a reminder
    notified = Signal(str, str)  # title, text: what was shown
    due_counts_changed = Signal(int, int)  # overdue, due today
    checked = Signal()  # a check is over (whether or not it said something)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, today: Callable[[], date] = date.today,
                 tray_icon: QIcon | None = None, interval_ms: int = CHECK_INTERVAL_MS,
                 use_tray: bool | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self._mentioned: set[tuple[uuid.UUID, date]] = set()
        self._day: date | None = None
        self._started = self._checking = self._check_again = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._after_change = QTimer(self, singleShot=True, interval=AFTER_CHANGE_MS)
        self._after_change.timeout.connect(lambda: self.check(quietly=True))
        self.tray: QSystemTrayIcon | None = None
        if use_tray if use_tray is not None else QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(tray_icon or icon("app"), self)
            self.tray.setToolTip(self.tr("Agent Desk"))
            self.tray.messageClicked.connect(self.activated)
            self.tray.activated.connect(self._tray_activated)
        ctx.bus.changes_applied.connect(self._on_changes)

    # -- running -------------------------------------------------------------------
    def start(self) -> None:
        """Say once what is due, then keep watching."""
        if self.tray is not None:
            self.tray.show()
        self._started = True
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._after_change.stop()
        self._started = False
        if self.tray is not None:
            self.tray.hide()

    def check(self, quietly: bool = False) -> None:
        """Ask the book what is due today (overdue included), and mention what is new.

        `quietly` (after the agent's own edits) only takes note: a task the agent
        just added for today needs no reminder. A new day always speaks."""
        if self._checking:
            self._check_again = True
            return
        self._checking = True
        day = self._today()
        self._ctx.query(lambda s: _due_items(open_followups(s, day, day), day),
                        lambda items: self._checked(day, items, quietly), self._failed)

    def _checked(self, day: date, items: list[_Due], quietly: bool) -> None:
        self._checking = False
        first, new_day = self._day is None, self._day is not None and day != self._day
        self._day = day
        fresh = [item for item in items if item.key not in self._mentioned]
        self._mentioned.update(item.key for item in items)
        overdue = sum(1 for item in items if item.overdue)
        self.due_counts_changed.emit(overdue, len(items) - overdue)
        if first:
            if items:
                self._notify(self.tr("Follow-ups"), self._summary(len(items) - overdue, overdue))
        elif fresh and (new_day or not quietly):
            self._notify(self.tr("Due now"), self._news(fresh))
        self.checked.emit()
        if self._check_again:
            self._check_again = False
            self.check()

    def _failed(self, error: BaseException) -> None:
        self._checking = False
        self._ctx.tasks.error.emit(error)

    def _on_changes(self, changes: Changes) -> None:
        if self._started and (changes.followup_list or changes.followups):
            self._after_change.start()

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.activated.emit()

    # -- words -----------------------------------------------------------------------
    def _summary(self, due_today: int, overdue: int) -> str:
        today = count_text(due_today, self.tr("1 follow-up due today"), self.tr("%1 follow-ups due today"))
        if not overdue:
            return today
        return today + ", " + count_text(overdue, self.tr("1 overdue"), self.tr("%1 overdue"))

    def _news(self, fresh: list[_Due]) -> str:
        lines = [item.what for item in fresh[:SHOWN_BY_NAME]]
        if len(fresh) > SHOWN_BY_NAME:
            more = len(fresh) - SHOWN_BY_NAME
            lines.append(count_text(more, self.tr("and 1 more"), self.tr("and %1 more")))
        return "\n".join(lines)

    def _notify(self, title: str, text: str) -> None:
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        else:
            line = self.tr("%1: %2").replace("%1", title).replace("%2", text.replace("\n", "; "))
            self._ctx.bus.status_message.emit(line)
        self.notified.emit(title, text)
