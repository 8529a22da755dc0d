"""The Sync screen: where the book syncs to and how it went (office, agent,
device, where the token is kept, what waits, the last sync and problem), "Sync
now" and "Enrol…", and the conflict log: values the office did not keep, to
put back or dismiss. It shows what it is handed and loads only the conflicts."""

from __future__ import annotations

import uuid
from datetime import date
from enum import IntEnum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agent_desk import errors
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.sync import ConflictRow, SyncStatus, open_conflicts, restore_conflict
from agent_desk.ui.clients.case_forms import RowsTableModel, TableColumn, alive, rows_table
from agent_desk.ui.clients.formatting import NOTHING, date_text, local_datetime_text
from agent_desk.ui.clients.page_labels import problem_text
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.sync import labels
from agent_desk.ui.sync.conflict_commands import DismissConflictCommand
from agent_desk.ui.sync.scheduler import Phase, SyncState
from agent_desk.ui.theme import heading_font

MESSAGE_MS = 8_000


class ConflictColumn(IntEnum):
    RECORD = 0
    FIELD = 1
    KEPT = 2
    LOST = 3
    WINNER = 4
    WHEN = 5


class SyncScreen(QWidget):
    sync_requested = Signal()
    enrol_requested = Signal()
    conflicts_loaded = Signal()  # the table shows the book's open conflicts

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._undo_stack = undo_stack
        self._state = SyncState()
        self._status: SyncStatus | None = None
        self._loading = self._again = False
        self._stale = True  # loaded when first shown
        self._build()
        self._wire()
        self.show_state(self._state)

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = QLabel(self.tr("Sync with the office"), objectName="pageTitle")
        self.summary_label = QLabel(objectName="subtle")
        self.summary_label.setWordWrap(True)
        self.sync_button = QPushButton(icon("sync"), self.tr("&Sync now"))
        self.sync_button.setToolTip(self.tr("Send what waits here and receive the office's changes (F9)"))
        self.enrol_button = QPushButton(icon("enrol"), self.tr("E&nrol…"))
        self.enrol_button.setToolTip(self.tr("Connect this book to the office with a one-time code"))
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.summary_label)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        header.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignTop)

        self.progress = QProgressBar(textVisible=False, maximumHeight=6)
        self.progress.hide()

        self.values: dict[str, QLabel] = {}
        self.status_form = QFormLayout()
        self.status_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.status_form.setHorizontalSpacing(12)
        self.status_form.setVerticalSpacing(4)
        for key, label in (("office", self.tr("Office:")), ("agent", self.tr("Agent:")),
                           ("device", self.tr("This device:")), ("token", self.tr("Device token:")),
                           ("pending", self.tr("Waiting to go up:")), ("last_sync", self.tr("Last sync:")),
                           ("last_try", self.tr("Last try:")), ("problem", self.tr("Last problem:"))):
            value = QLabel(NOTHING)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.status_form.addRow(label, value)
            self.values[key] = value
        self.values["problem"].setObjectName("fieldError")

        self.conflicts_title = QLabel(self.tr("Conflicts to review"))
        self.conflicts_title.setFont(heading_font(12.0))
        explain = QLabel(self.tr("When a field was changed here and elsewhere, one value is kept and the other is "
                                 "listed here. Put a lost value back, or dismiss the conflict once you have seen it."),
                         objectName="subtle")
        explain.setWordWrap(True)

        whose = self.tr("Whose was kept")
        self.model: RowsTableModel[ConflictRow] = RowsTableModel([
            TableColumn(self.tr("Record"), labels.record_text),
            TableColumn(self.tr("Field"), lambda row: labels.field_text(row.field)),
            TableColumn(self.tr("Kept value"), labels.kept_text),
            TableColumn(self.tr("Lost value"), labels.lost_text),
            TableColumn(whose, lambda row: labels.winner_text(row.winner),
                        tip=self.tr("The office decides some fields; otherwise the later edit is kept")),
            TableColumn(self.tr("When"), lambda row: labels.when_text(row.created_at)),
        ], dimmed=lambda row: not row.restorable, parent=self)
        self.table = rows_table(self.model)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        metrics = self.fontMetrics()
        char = metrics.averageCharWidth()
        winners = [labels.winner_text(w) for w in ("office", "server", "device", "refused")]
        widths = {ConflictColumn.RECORD: char * 26, ConflictColumn.FIELD: char * 16,
                  ConflictColumn.WINNER: max(metrics.horizontalAdvance(text) for text in [*winners, whose]) + 24,
                  ConflictColumn.WHEN: metrics.horizontalAdvance(date_text(date(2026, 12, 30))) + 24}
        columns = self.table.horizontalHeader()
        columns.setStretchLastSection(False)
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        for column in (ConflictColumn.KEPT, ConflictColumn.LOST):  # the values take the room there is
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No conflicts to review. When the office keeps another value than yours, "
                                          "it is listed here so you can put yours back."),
                                  alignment=Qt.AlignmentFlag.AlignCenter, objectName="subtle")
        self.empty_label.setWordWrap(True)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.empty_label)
        self.table_stack.addWidget(self.table)

        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton(icon("restore"), self.tr("&Restore lost value"))
        self.restore_button.setToolTip(self.tr("Put the lost value back as a new edit of yours; it goes to the "
                                               "office with the next sync (Ctrl+R)"))
        self.dismiss_button = QPushButton(icon("accept"), self.tr("&Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Keep the value as it is and take the conflict off the list "
                                               "(Delete)"))
        self.message_label = QLabel(objectName="subtle")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self._message_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self.actions = QWidget()  # hidden while there is nothing to act on
        actions = QHBoxLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.dismiss_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.progress)
        layout.addLayout(self.status_form)
        layout.addSpacing(8)
        layout.addWidget(self.conflicts_title)
        layout.addWidget(explain)
        layout.addWidget(self.table_stack, 1)
        layout.addWidget(self.details_label)
        layout.addWidget(self.actions)
        layout.addWidget(self.message_label)
        self.actions.hide()

    def _wire(self) -> None:
        self.sync_button.clicked.connect(self.sync_requested)
        self.enrol_button.clicked.connect(self.enrol_requested)
        self.restore_button.clicked.connect(self.restore_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._message_timer.timeout.connect(self.message_label.clear)
        self._ctx.bus.changes_applied.connect(self._on_changes)
        on_screen = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R), self, self.restore_selected, context=on_screen)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.dismiss_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._selection_changed()

    # -- the status -------------------------------------------------------------------------------
    def show_state(self, state: SyncState) -> None:
        """What the scheduler is doing: progress while it syncs, the problem when it failed."""
        self._state = state
        syncing = state.phase is Phase.SYNCING
        self.progress.setVisible(syncing)
        if syncing:
            pushing = state.stage == "push" and state.total > 0
            self.progress.setRange(0, state.total if pushing else 0)
            if pushing:
                self.progress.setValue(min(state.done, state.total))
        self.sync_button.setEnabled(not syncing)
        self._show_texts()

    def show_status(self, status: SyncStatus) -> None:
        """The book's sync status, as the status watch read it."""
        self._status = status
        self._show_texts()

    def _show_texts(self) -> None:
        status, state = self._status, self._state
        self.summary_label.setText(labels.status_line(state, status))
        enrolled = status is not None and status.enrolled
        self.enrol_button.setText(self.tr("E&nrol again…") if enrolled else self.tr("E&nrol…"))
        for key in ("agent", "device", "token", "pending", "last_sync", "last_try"):
            self.status_form.setRowVisible(self.values[key], enrolled)
        if status is None:
            return
        if not enrolled:
            self.values["office"].setText(self.tr("Not enrolled. Ask the office for a one-time code, then "
                                                  "choose Enrol…"))
        else:
            self.values["office"].setText(status.server_url)
            agent = status.agent_name or status.agent_code
            if status.agent_name and status.agent_code:
                agent = self.tr("%1 (%2)").replace("%1", status.agent_name).replace("%2", status.agent_code)
            self.values["agent"].setText(agent or NOTHING)
            self.values["device"].setText(status.device_id or NOTHING)
            self.values["token"].setText(self.tr("Kept %1").replace("%1", labels.token_kept_text(status.token_kept))
                                         if status.token_kept else NOTHING)
            self.values["pending"].setText(self.tr("%1 changes").replace("%1", labels.number(status.pending))
                                           if status.pending != 1 else self.tr("1 change"))
            self.values["last_sync"].setText(local_datetime_text(status.last_sync_at) if status.last_sync_at
                                             else self.tr("Never"))
            self.values["last_try"].setText(local_datetime_text(status.last_attempt_at) if status.last_attempt_at
                                            else self.tr("Never"))
        problem = ""
        if state.error is not None and state.phase is not Phase.SYNCING:
            problem = labels.problem_text(state.error)
            if str(state.error):
                problem += "\n" + self.tr("Details: %1").replace("%1", str(state.error))
        elif status.last_error and state.phase not in (Phase.SYNCING, Phase.ONLINE):
            # From an earlier run of the app: the stored English words, after the app's own.
            kind = getattr(errors, status.last_error_kind, None)
            if isinstance(kind, type) and issubclass(kind, errors.SyncError):
                problem = labels.problem_text(kind(status.last_error)) + "\n" + self.tr("Details: %1").replace(
                    "%1", status.last_error)
            else:
                problem = status.last_error
        self.values["problem"].setText(problem)
        self.status_form.setRowVisible(self.values["problem"], bool(problem))

    # -- the conflicts ----------------------------------------------------------------------------
    def refresh_conflicts(self) -> None:
        self._stale = False
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._ctx.query(open_conflicts, self._conflicts_loaded, self._conflicts_failed)

    def _conflicts_loaded(self, rows: list[ConflictRow]) -> None:
        self._loading = False
        if not alive(self):
            return
        if self._again:
            self._again = False
            self.refresh_conflicts()
            return
        # The same conflict stays selected; after one left the list, the one that took its place.
        kept_id, kept_row = self._selection()
        self.model.set_rows(rows)
        self.conflicts_title.setText(self.tr("Conflicts to review (%1)").replace("%1", labels.number(len(rows)))
                                     if rows else self.tr("Conflicts to review"))
        self.table_stack.setCurrentWidget(self.table if rows else self.empty_label)
        self.actions.setVisible(bool(rows))
        if rows:
            ids = [row.id for row in rows]
            target = ids.index(kept_id) if kept_id in ids else min(kept_row, len(rows) - 1)
            self.table.selectRow(target)
        self._selection_changed()
        self.conflicts_loaded.emit()

    def _conflicts_failed(self, error: BaseException) -> None:
        self._loading = self._again = False
        if alive(self):
            self._stale = True
            self._ctx.tasks.error.emit(error)

    def conflicts(self) -> list[ConflictRow]:
        return self.model.rows()

    def selected_conflict(self) -> ConflictRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_conflict(self, conflict_id: uuid.UUID) -> None:
        ids = [row.id for row in self.model.rows()]
        if conflict_id in ids:
            self.table.selectRow(ids.index(conflict_id))

    def _selection(self) -> tuple[uuid.UUID | None, int]:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None, 0
        row = self.model.row_at(rows[0].row())
        return (row.id if row else None), rows[0].row()

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected_conflict()
        self.restore_button.setEnabled(row is not None and row.restorable)
        self.dismiss_button.setEnabled(row is not None)
        self.details_label.setText(labels.conflict_details(row) if row is not None else "")
        self.details_label.setVisible(row is not None)

    def restore_selected(self) -> None:
        """Put the lost value back: a new edit of the agent's, which goes up with the next sync."""
        row = self.selected_conflict()
        if row is None or not row.restorable:
            return
        self.restore_button.setEnabled(False)  # once: the list reloads when the edit is committed
        what = f"{labels.record_text(row)} · {labels.field_text(row.field)}"
        self._ctx.apply(lambda s: restore_conflict(s, row.id),
                        lambda _changes: self._say(self.tr("%1 is back to %2; it goes to the office with the next "
                                                           "sync.").replace("%1", what).replace(
                            "%2", labels.lost_text(row))),
                        self._action_failed)

    def dismiss_selected(self) -> None:
        row = self.selected_conflict()
        if row is None:
            return
        self.dismiss_button.setEnabled(False)
        what = f"{labels.record_text(row)} · {labels.field_text(row.field)}"
        command = DismissConflictCommand(self._ctx, row.id, what)
        if self._undo_stack is not None:
            self._undo_stack.push(command)  # pushing runs it
            self._say(self.tr("Dismissed the conflict of %1. Press Ctrl+Z to undo.").replace("%1", what))
        else:
            command.redo()
            self._say(self.tr("Dismissed the conflict of %1.").replace("%1", what))

    def _action_failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self._selection_changed()
        if isinstance(error, ValidationError):
            self._say(" ".join(problem_text(message) for message in error.problems.values()))
        elif isinstance(error, NotFoundError):
            self._say(self.tr("That conflict is no longer open."))
            self.refresh_conflicts()
        else:
            self._ctx.tasks.error.emit(error)

    def _say(self, text: str) -> None:
        if alive(self):
            self.message_label.setText(text)
            self._message_timer.start()

    # -- keeping up -------------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if not (changes.sync or changes.clients or changes.client_list):  # names of the records shown
            return
        if self.isVisible():
            self.refresh_conflicts()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh_conflicts()
