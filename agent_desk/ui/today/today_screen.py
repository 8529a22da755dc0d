"""The Today screen, the app's home: what is overdue, due today and this week;
renewal premiums due in the next 30 days with their amounts; this week's
birthdays with a greeting to copy; claims that have stalled. The agent works
through the list from the keyboard: done (logging the contact), snooze,
reschedule, cancel, each undoable right after, and adds tasks of their own.

One today_view query on the database worker feeds every part (plain rows,
nothing fetched per row). The rule follow-ups are regenerated on start, when
the date changes and when the book changes in ways the rules read, a little
after the change so a burst of edits regenerates once."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from itertools import chain
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from agent_desk.services.agent_profile import AgentNames, agent_names
from agent_desk.services.calendar_export import CalendarExport, export_followups_ics
from agent_desk.services.changes import Changes
from agent_desk.services.followup_regeneration import regenerate_followups
from agent_desk.services.upkeep import daily_upkeep
from agent_desk.services.followups import (
    FollowUpRow,
    add_task,
    cancel_followup,
    complete_followup,
    reopen_followup,
    reschedule_followup,
    snooze_followup,
)
from agent_desk.services.today import TodayView, today_view
from agent_desk.ui.clients.formatting import date_text
from agent_desk.ui.clients.page_labels import activity_names
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.today.labels import count_text, kind_names
from agent_desk.ui.today.models import Section, SectionHeading, TaskColumn, TaskTableModel
from agent_desk.ui.today.side_column import SideColumn, make_table, open_on_double_click_or_enter
from agent_desk.ui.today.task_dialogs import CancelDialog, DoneDialog, NewTaskDialog, RescheduleDialog, describe

REGENERATE_DELAY_MS = 2000
CLOCK_CHECK_MS = 60_000
UNDO_MS = 20_000


def calendar_language() -> str:
    """The calendar file speaks the UI's language: en, zh-Hant or zh-Hans."""
    locale = QLocale()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    simplified = locale.script() == QLocale.Script.SimplifiedChineseScript or \
        locale.territory() in (QLocale.Country.China, QLocale.Country.Singapore)
    return "zh-Hans" if simplified else "zh-Hant"


class TodayScreen(QWidget):
    open_client_requested = Signal(object)  # UUID
    due_counts_changed = Signal(int, int)  # overdue, due today
    loaded = Signal()  # a refresh is on screen
    regenerated = Signal(object)  # RegenerationReport
    exported = Signal(object)  # CalendarExport

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self._ctx = ctx
        self._today = today
        self._day = today()
        self._view = TodayView(self._day)
        self._agent = AgentNames()
        self._refreshing = self._refresh_again = self._stale = False
        self._regenerating = self._regenerate_again = False
        self._undo: Callable[[Session], Changes] | None = None
        self._keep_row = (None, 0)  # the selected task's id and row, kept across a reload
        self._build()
        self._wire()
        self._show_view(self._view)

    # -- assembly ---------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = QLabel(objectName="pageTitle")
        self.counts_label = QLabel(objectName="subtle")
        self.updating_label = QLabel(self.tr("Bringing follow-ups up to date…"), objectName="subtle")
        self.updating_label.hide()
        self.new_task_button = QPushButton(icon("add"), self.tr("New task…"))
        self.new_task_button.setToolTip(self.tr("Add a task of your own, once or repeating (Ctrl+T)"))
        self.export_button = QPushButton(icon("export"), self.tr("Export calendar…"))
        self.export_button.setToolTip(self.tr("Save open follow-ups as an .ics file for your phone's calendar"))
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        counts = QHBoxLayout()
        counts.addWidget(self.counts_label)
        counts.addWidget(self.updating_label)
        counts.addStretch(1)
        titles.addLayout(counts)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addWidget(self.new_task_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        self.done_button = QPushButton(icon("accept"), self.tr("Done…"))
        self.done_button.setToolTip(self.tr("Mark the selected follow-up done and log the contact (Ctrl+Enter)"))
        self.snooze_button = QPushButton(icon("snooze"), self.tr("Snooze"))
        self.snooze_button.setToolTip(self.tr("Hide it until a later day (Ctrl+Shift+S)"))
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_button.setMenu(self.snooze_menu)
        self.reschedule_button = QPushButton(icon("reschedule"), self.tr("Reschedule…"))
        self.reschedule_button.setToolTip(self.tr("Give it another due date (Ctrl+R)"))
        self.cancel_button = QPushButton(icon("cancel"), self.tr("Cancel…"))
        self.cancel_button.setToolTip(self.tr("It is not needed: take it off the list (Delete)"))
        actions = QHBoxLayout()
        for button in (self.done_button, self.snooze_button, self.reschedule_button, self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.tasks = TaskTableModel(self)
        self.task_table = make_table(self.tasks)
        self.task_table.setAccessibleName(self.tr("Follow-ups"))
        self.task_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        metrics = self.fontMetrics()
        widths = {TaskColumn.KIND: max(metrics.horizontalAdvance(t) for t in kind_names().values()) + 44,
                  TaskColumn.CLIENT: metrics.averageCharWidth() * 21,
                  TaskColumn.DUE: metrics.horizontalAdvance(date_text(date(2026, 12, 30))) + 24,
                  TaskColumn.LATE: metrics.horizontalAdvance(self.tr("%1 days late").replace("%1", "999")) + 20}
        for column, width in widths.items():
            self.task_table.setColumnWidth(column, width)
        self.task_table.horizontalHeader().setSectionResizeMode(TaskColumn.SUBJECT, QHeaderView.ResizeMode.Stretch)

        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(icon("undo"), self.tr("Undo"))
        self.undo_button.hide()
        message = QHBoxLayout()
        message.addWidget(self.message_label, 1)
        message.addWidget(self.undo_button)
        self._message_timer = QTimer(self, singleShot=True, interval=UNDO_MS)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.task_table, 1)
        left_layout.addLayout(message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.side = SideColumn(self._ctx)
        self.splitter.addWidget(self.side)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 440])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

        self._refresh_timer = QTimer(self, singleShot=True, interval=0)  # one reload per burst of changes
        self._regenerate_timer = QTimer(self, singleShot=True, interval=REGENERATE_DELAY_MS)
        self._clock = QTimer(self, interval=CLOCK_CHECK_MS)
        self._stopped = False

    def _wire(self) -> None:
        self._ctx.bus.changes_applied.connect(self._on_changes)
        self._refresh_timer.timeout.connect(self.refresh)
        self._regenerate_timer.timeout.connect(self.regenerate_now)
        self._clock.timeout.connect(self.check_date)
        self._message_timer.timeout.connect(self._clear_message)
        self.new_task_button.clicked.connect(self.new_task)
        self.export_button.clicked.connect(self.export_calendar)
        self.done_button.clicked.connect(self.mark_done)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.cancel_button.clicked.connect(self.cancel_task)
        self.undo_button.clicked.connect(self.undo_last)
        self.snooze_menu.aboutToShow.connect(self._fill_snooze_menu)
        self.task_table.selectionModel().selectionChanged.connect(self._task_selection_changed)
        self.task_table.customContextMenuRequested.connect(self._task_menu)
        open_on_double_click_or_enter(self.task_table, self.tasks.task_at, self._open_client_of)
        self.side.open_client_requested.connect(self.open_client_requested)

        # Active while the focus is anywhere on this screen, so they never clash with other screens'.
        on_screen = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys in (Qt.Modifier.CTRL | Qt.Key.Key_Return, Qt.Modifier.CTRL | Qt.Key.Key_Enter):
            QShortcut(QKeySequence(keys), self, self.mark_done, context=on_screen)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T), self, self.new_task, context=on_screen)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R), self, self.reschedule, context=on_screen)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_S), self,
                  self._show_snooze_menu, context=on_screen)
        QShortcut(QKeySequence.StandardKey.Delete, self.task_table, self.cancel_task,
                  context=Qt.ShortcutContext.WidgetShortcut)

    # -- loading ------------------------------------------------------------------------
    def start(self) -> None:
        """Show what the book holds, bring the rule follow-ups up to date, and watch the clock."""
        self.refresh()
        self.regenerate_now(with_tiers=True)
        self._clock.start()

    def stop(self) -> None:
        """The window is closing: no more work from timers, nor from a regeneration
        finishing after this (follow-ups are regenerated at the next start)."""
        self._stopped = True
        for timer in (self._refresh_timer, self._regenerate_timer, self._clock):
            timer.stop()

    def refresh(self) -> None:
        """Reload everything with one query on the database worker."""
        self._refresh_timer.stop()
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing, self._stale = True, False
        day = self._today()
        self._ctx.query(lambda s: (today_view(s, day), agent_names(s)), self._loaded, self._load_failed)

    def _loaded(self, result: tuple[TodayView, AgentNames]) -> None:
        self._refreshing = False
        view, self._agent = result
        self._day = view.today
        self._show_view(view)
        self.loaded.emit()
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _load_failed(self, error: BaseException) -> None:
        self._refreshing = self._refresh_again = False
        self._ctx.tasks.error.emit(error)

    def _show_view(self, view: TodayView) -> None:
        self._view = view
        kept_id, kept_row = self._keep_row
        self.title_label.setText(self.tr("Today, %1").replace(
            "%1", QLocale().toString(QDate(view.today.year, view.today.month, view.today.day),
                                     QLocale.FormatType.LongFormat)))
        self.counts_label.setText("  ·  ".join((
            count_text(view.overdue_count, self.tr("1 overdue"), self.tr("%1 overdue")),
            count_text(view.due_today_count, self.tr("1 due today"), self.tr("%1 due today")),
            count_text(view.this_week_count, self.tr("1 this week"), self.tr("%1 this week")))))
        self.tasks.set_sections(view.today, (
            (SectionHeading(Section.OVERDUE, self._heading(self.tr("Overdue"), view.overdue_count,
                                                           len(view.overdue))),
             view.overdue, self.tr("Nothing overdue — well done.")),
            (SectionHeading(Section.TODAY, self._heading(self.tr("Today"), view.due_today_count,
                                                         len(view.due_today))),
             view.due_today, self.tr("Nothing due today.")),
            (SectionHeading(Section.WEEK, self._heading(self.tr("This week"), view.this_week_count,
                                                        len(view.this_week))),
             view.this_week, self.tr("Nothing due in the coming week.")),
        ))
        self.task_table.clearSpans()
        for row in self.tasks.spanning_rows():
            self.task_table.setSpan(row, 0, 1, len(TaskColumn))
        self._restore_selection(kept_id, kept_row)

        self.side.show_view(view, self._agent)
        self.due_counts_changed.emit(view.overdue_count, view.due_today_count)

    @staticmethod
    def _heading(title: str, count: int, listed: int) -> str:
        if not count:
            return title
        if listed < count:  # a long section lists its first rows, the oldest first
            return QCoreApplication.translate("Today", "%1 (%2, the first %3 shown)").replace("%1", title).replace(
                "%2", QLocale().toString(count)).replace("%3", QLocale().toString(listed))
        return f"{title} ({QLocale().toString(count)})"

    def view(self) -> TodayView:
        """What the screen shows."""
        return self._view

    # -- keeping up with the book and the clock -------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes.policies or changes.claims or changes.service or changes.tiers or changes.client_list:
            self.schedule_regeneration()
        if (changes.followup_list or changes.followups or changes.policies or changes.claims or changes.clients
                or changes.client_list or changes.agent):  # the agent's name signs the birthday greetings
            if self.isVisible():
                self._refresh_timer.start()
            else:
                self._stale = True  # reloaded when shown: a big book's view is not free

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def schedule_regeneration(self) -> None:
        self._regenerate_timer.start()

    def regenerate_now(self, with_tiers: bool = False) -> None:
        """Bring the rule follow-ups up to date; once a day (`with_tiers`) the tiers first."""
        self._regenerate_timer.stop()
        if self._stopped:
            return
        if self._regenerating:
            self._regenerate_again = True
            return
        self._regenerating = True
        self.updating_label.show()
        day = self._today()
        if with_tiers:
            self._ctx.apply(lambda s: daily_upkeep(s, day), self._upkeep_done, self._regeneration_failed)
        else:
            self._ctx.apply(lambda s: regenerate_followups(s, day), self._regenerated, self._regeneration_failed)

    def _upkeep_done(self, result: tuple) -> None:
        self._regeneration_over()
        self.regenerated.emit(result[0].followups)

    def _regenerated(self, result: tuple) -> None:
        self._regeneration_over()
        self.regenerated.emit(result[0])

    def _regeneration_failed(self, error: BaseException) -> None:
        self._regeneration_over()
        self._ctx.tasks.error.emit(error)

    def _regeneration_over(self) -> None:
        self._regenerating = False
        self.updating_label.hide()
        if self._regenerate_again:
            self._regenerate_again = False
            self.regenerate_now()

    def check_date(self) -> None:
        """At midnight (or on waking the next day): the rules and the sections move on."""
        if self._today() != self._day:
            self._day = self._today()
            self.regenerate_now(with_tiers=True)
            self.refresh()

    # -- the selected task ---------------------------------------------------------------
    def selected_task(self) -> FollowUpRow | None:
        rows = self.task_table.selectionModel().selectedRows()
        return self.tasks.task_at(rows[0].row()) if rows else None

    def select_task(self, followup_id: uuid.UUID) -> bool:
        row = self.tasks.row_of(followup_id)
        if row < 0:
            return False
        self.task_table.selectRow(row)
        self.task_table.scrollTo(self.tasks.index(row, 0))
        return True

    def _restore_selection(self, followup_id: uuid.UUID | None, row: int) -> None:
        """The same task after a reload; when it left the list, the one now in its
        place (so the agent works down the list); at first, the first task."""
        if followup_id is not None and self.select_task(followup_id):
            return
        count = self.tasks.rowCount()
        row = min(row, count)
        for candidate in chain(range(row, count), range(row - 1, -1, -1)):
            if self.tasks.task_at(candidate) is not None:
                self.task_table.selectRow(candidate)
                return
        self._task_selection_changed()

    def _task_selection_changed(self) -> None:
        selected = self.task_table.selectionModel().selectedRows()
        row = self.tasks.task_at(selected[0].row()) if selected else None
        if row is not None:
            self._keep_row = (row.id, selected[0].row())
        for button in (self.done_button, self.snooze_button, self.reschedule_button, self.cancel_button):
            button.setEnabled(row is not None)

    def _open_client_of(self, row: object) -> None:
        client_id = getattr(row, "client_id", None)
        if client_id is not None:
            self.open_client_requested.emit(client_id)

    def _task_menu(self, position: QPoint) -> None:
        row = self.tasks.task_at(self.task_table.indexAt(position).row())
        if row is None:
            return
        self.select_task(row.id)
        menu = QMenu(self)
        menu.addAction(icon("accept"), self.tr("Done…"), self.mark_done)
        snooze = menu.addMenu(icon("snooze"), self.tr("Snooze"))
        self._add_snooze_actions(snooze, row)
        menu.addAction(icon("reschedule"), self.tr("Reschedule…"), self.reschedule)
        menu.addAction(icon("cancel"), self.tr("Cancel…"), self.cancel_task)
        if row.client_id is not None:
            menu.addSeparator()
            menu.addAction(icon("client"), self.tr("Open client"), lambda: self._open_client_of(row))
        menu.popup(self.task_table.viewport().mapToGlobal(position))

    # -- the agent's actions ---------------------------------------------------------------
    def _open_dialog(self, dialog: QWidget) -> None:
        """Window-modal without blocking; the list has the keyboard again when it closes."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.task_table.setFocus())
        dialog.open()

    def mark_done(self) -> None:
        row = self.selected_task()
        if row is None:
            return
        dialog = DoneDialog(row, self)
        self._open_dialog(dialog)
        dialog.accepted.connect(lambda: self.complete(row, dialog.outcome(), dialog.contact()))

    def complete(self, row: FollowUpRow, outcome: str, contact) -> None:  # noqa: ANN001 - ActivityKind | None
        def done(result: tuple) -> None:
            next_id = result[0]
            text = self.tr("Done: %1.").replace("%1", describe(row))
            if contact is not None:
                text += " " + self.tr("%1 logged on the timeline.").replace("%1", activity_names()[contact])
            if next_id is not None:
                text += " " + self.tr("The next one is on the list.")
            self._offer_undo(text, lambda s: reopen_followup(s, row.id))

        self._ctx.apply(lambda s: complete_followup(s, row.id, outcome, contact, log_contact=contact is not None),
                        done, self._ctx.tasks.error.emit)

    def snooze_choices(self) -> list[tuple[str, date]]:
        """Tomorrow, in 3 days, next Monday — each with its date."""
        today = self._today()
        next_week = today + timedelta(days=7 - today.weekday())
        choices = [(self.tr("Tomorrow"), today + timedelta(days=1)), (self.tr("In 3 days"), today + timedelta(days=3)),
                   (self.tr("Next week"), next_week)]
        return [(f"{label}\t{date_text(day)}", day) for label, day in choices]

    def _add_snooze_actions(self, menu: QMenu, row: FollowUpRow) -> None:
        for label, day in self.snooze_choices():
            action = menu.addAction(label, lambda day=day: self.snooze(day))
            # Hiding it until before it is due changes nothing.
            action.setEnabled(day > row.due)

    def _fill_snooze_menu(self) -> None:
        self.snooze_menu.clear()
        row = self.selected_task()
        if row is not None:
            self._add_snooze_actions(self.snooze_menu, row)

    def _show_snooze_menu(self) -> None:
        if self.selected_task() is not None:
            self.snooze_button.showMenu()

    def snooze(self, until: date) -> None:
        row = self.selected_task()
        if row is None:
            return
        today = self._today()
        text = self.tr("Snoozed until %1: %2.").replace("%1", date_text(until)).replace("%2", describe(row))
        # Undo: the same due date without the snooze.
        self._ctx.apply(lambda s: snooze_followup(s, row.id, until, today),
                        lambda _c: self._offer_undo(text, lambda s: reschedule_followup(s, row.id, row.due)),
                        self._ctx.tasks.error.emit)

    def reschedule(self) -> None:
        row = self.selected_task()
        if row is None:
            return
        dialog = RescheduleDialog(row, self._today(), self)
        self._open_dialog(dialog)
        dialog.accepted.connect(lambda: self._reschedule(row, dialog.due()))

    def _reschedule(self, row: FollowUpRow, due: date) -> None:
        text = self.tr("Moved to %1: %2.").replace("%1", date_text(due)).replace("%2", describe(row))
        self._ctx.apply(lambda s: reschedule_followup(s, row.id, due),
                        lambda _c: self._offer_undo(text, lambda s: reschedule_followup(s, row.id, row.due)),
                        self._ctx.tasks.error.emit)

    def cancel_task(self) -> None:
        row = self.selected_task()
        if row is None:
            return
        dialog = CancelDialog(row, self)
        self._open_dialog(dialog)
        dialog.accepted.connect(lambda: self._cancel(row, dialog.reason()))

    def _cancel(self, row: FollowUpRow, reason: str) -> None:
        text = self.tr("Cancelled: %1.").replace("%1", describe(row))
        self._ctx.apply(lambda s: cancel_followup(s, row.id, reason),
                        lambda _c: self._offer_undo(text, lambda s: reopen_followup(s, row.id)),
                        self._ctx.tasks.error.emit)

    def new_task(self) -> None:
        dialog = NewTaskDialog(self._ctx, self._today(), self)
        self._open_dialog(dialog)
        dialog.accepted.connect(lambda: self._add_task(dialog.task()))

    def _add_task(self, task) -> None:  # noqa: ANN001 - task_dialogs.NewTask
        def added(result: tuple) -> None:
            self._keep_row = (result[0], self._keep_row[1])  # the new task is selected once listed
            self._say(self.tr("Task added: %1, due %2.").replace("%1", task.title).replace("%2", date_text(task.due)))

        self._ctx.apply(lambda s: add_task(s, task.title, task.due, task.client_id, task.recurrence, task.notes),
                        added, self._ctx.tasks.error.emit)

    # -- undo and messages -------------------------------------------------------------------
    def _offer_undo(self, text: str, undo: Callable[[Session], Changes]) -> None:
        self._undo = undo
        self._say(text, undoable=True)

    def undo_last(self) -> None:
        undo, self._undo = self._undo, None
        self.undo_button.hide()
        if undo is not None:
            self._ctx.apply(undo, lambda _c: self._say(self.tr("Undone.")), self._ctx.tasks.error.emit)

    def _say(self, text: str, undoable: bool = False) -> None:
        if not undoable:
            self._undo = None
        self.message_label.setText(text)
        self.undo_button.setVisible(undoable)
        self._message_timer.start()
        self._ctx.bus.status_message.emit(text)

    def _clear_message(self) -> None:
        self._undo = None
        self.message_label.clear()
        self.undo_button.hide()

    # -- calendar -----------------------------------------------------------------------------------
    def export_calendar(self) -> None:
        dialog = QFileDialog(self, self.tr("Export follow-ups to a calendar file"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Calendar files (*.ics)"))
        dialog.setDefaultSuffix("ics")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog.setDirectory(folder)
        dialog.selectFile(f"agent-desk-followups-{self._today().isoformat()}.ics")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.export_calendar_to)
        dialog.open()

    def export_calendar_to(self, path: str | Path) -> None:
        day, language, target = self._today(), calendar_language(), Path(path)
        self._ctx.query(lambda s: export_followups_ics(s, target, day, language), self._exported,
                        self._ctx.tasks.error.emit)

    def _exported(self, export: CalendarExport) -> None:
        text = count_text(export.events, self.tr("1 follow-up exported to %2."),
                          self.tr("%1 follow-ups exported to %2.")).replace("%2", export.path.name)
        if export.first and export.last:
            text += " " + self.tr("From %1 to %2; import the file into your phone's calendar.").replace(
                "%1", date_text(export.first)).replace("%2", date_text(export.last))
        self._say(text)
        self.exported.emit(export)
