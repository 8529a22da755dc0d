"""The client's timeline: log a call, visit, meeting, message or gift in at
most two clicks (type a note first if you like), and read what happened,
newest first."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk.domain.clients import ActivityKind
from agent_desk.services.activities import ActivityRow, delete_activity, log_activity, timeline
from agent_desk.ui.clients.case_forms import alive
from agent_desk.ui.clients.formatting import local_datetime_text
from agent_desk.ui.clients.page_labels import activity_icon_name, activity_names
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_COLUMN = 2


class TimelineTab(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: uuid.UUID | None = None
        names = activity_names()

        self.note_edit = QLineEdit(placeholderText=self.tr("Note (optional) — then click what happened"))
        self.note_edit.setClearButtonEnabled(True)
        self.log_buttons: dict[ActivityKind, QToolButton] = {}
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        caption = QLabel(self.tr("Log:"))
        buttons.addWidget(caption)
        for kind in ActivityKind:
            button = QToolButton()
            button.setIcon(icon(activity_icon_name(kind)))
            button.setText(names[kind])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(self.tr("Log it now (%1), with the note typed above").replace("%1", names[kind]))
            button.setAutoRaise(False)
            button.clicked.connect(lambda _checked=False, kind=kind: self.log(kind))
            self.log_buttons[kind] = button
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("What"), self.tr("When"), self.tr("Note")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(False)
        self.list.setWordWrap(True)  # notes are read in full, not elided
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Wrapped notes change height with the width: measure again once layouts settle.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_note_heights)
        header.sectionResized.connect(self._fit_timer.start)
        self.list.viewport().installEventFilter(self)
        self.empty_label = QLabel(self.tr("Nothing logged yet. Calls, visits and gifts you log appear here."),
                                  objectName="subtle")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.delete_button = QPushButton(icon("delete"), self.tr("Delete entry…"))
        self.delete_button.setEnabled(False)
        footer = QHBoxLayout()
        self.count_label = QLabel(objectName="subtle")
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.note_edit)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(footer)

        self.list.itemSelectionChanged.connect(
            lambda: self.delete_button.setEnabled(self._selected() is not None))
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._show([])

    # -- loading --------------------------------------------------------------
    def set_client(self, client_id: uuid.UUID | None) -> None:
        self._client_id = client_id
        self.note_edit.clear()
        self._show([])
        self.reload()

    def reload(self) -> None:
        client_id = self._client_id
        if client_id is not None:
            self._ctx.query(lambda s: timeline(s, client_id), lambda rows: self._loaded(client_id, rows))

    def _loaded(self, client_id: uuid.UUID, rows: list[ActivityRow]) -> None:
        if alive(self) and client_id == self._client_id:
            self._show(rows)
            self.loaded.emit()

    def _show(self, rows: list[ActivityRow]) -> None:
        names = activity_names()
        self.list.clear()
        for row in rows:
            note = row.note if not row.outcome else (f"{row.note} — {row.outcome}" if row.note else row.outcome)
            item = QTreeWidgetItem([names.get(row.kind, row.kind.value), local_datetime_text(row.occurred_at), note])
            item.setIcon(0, icon(activity_icon_name(row.kind)))
            item.setData(0, ROW_ROLE, row)
            item.setToolTip(NOTE_COLUMN, note)
            self.list.addTopLevelItem(item)
        self._fit_note_heights()
        self.list.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.count_label.setText(self.tr("Entries: %1").replace("%1", str(len(rows))) if rows else "")
        self.delete_button.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    def _fit_note_heights(self) -> None:
        """Rows as tall as their wrapped note: QTreeView does not measure
        wrapped text itself, so tell it each note's height for the column's width."""
        header = self.list.header()
        width = max(header.sectionSize(NOTE_COLUMN), self.list.viewport().width() - header.sectionPosition(NOTE_COLUMN))
        metrics = self.list.fontMetrics()
        line = max(metrics.lineSpacing(), self.list.iconSize().height()) + 6
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            # Measured a little narrower than drawn (item margins), so a wrap is never missed.
            text_height = metrics.boundingRect(QRect(0, 0, max(width - 24, 40), 100_000),
                                               int(Qt.TextFlag.TextWordWrap), item.text(NOTE_COLUMN)).height()
            item.setSizeHint(NOTE_COLUMN, QSize(width, max(line, text_height + metrics.lineSpacing() // 2 + 6)))
        self.list.doItemsLayout()

    def shown_rows(self) -> list[ActivityRow]:
        return [self.list.topLevelItem(i).data(0, ROW_ROLE) for i in range(self.list.topLevelItemCount())]

    # -- actions --------------------------------------------------------------
    def log(self, kind: ActivityKind) -> None:
        """Log the activity now with whatever note is typed: one click."""
        client_id = self._client_id
        if client_id is None:
            return
        note = self.note_edit.text()
        self.note_edit.clear()
        name = activity_names()[kind]

        def done(_result: object) -> None:
            self._ctx.bus.status_message.emit(self.tr("%1 logged.").replace("%1", name))

        def failed(error: BaseException) -> None:
            if not self.note_edit.text():
                self.note_edit.setText(note)  # give the typed note back
            self._ctx.tasks.error.emit(error)

        self._ctx.apply(lambda s: log_activity(s, client_id, kind, note), done, failed)

    def _selected(self) -> ActivityRow | None:
        item = self.list.currentItem()
        return item.data(0, ROW_ROLE) if item is not None and item.isSelected() else None

    def delete_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        what = activity_names().get(row.kind, row.kind.value)
        answer = QMessageBox.question(
            self, self.tr("Delete entry"),
            self.tr("Delete this entry (%1, %2) from the timeline?").replace("%1", what)
            .replace("%2", local_datetime_text(row.occurred_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self._ctx.apply(lambda s: delete_activity(s, row.id), on_error=self._ctx.tasks.error.emit)
