"""The small dialogs of the Today screen: mark a follow-up done (what came of
it, and how the client was reached), reschedule it, cancel it, and add a task
of the agent's own. Each only asks; the screen runs the use case."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.domain.clients import ActivityKind
from agent_desk.domain.followups import Repeat, recurrence_text
from agent_desk.services.followups import CONTACT_OF_KIND, MAX_TITLE, FollowUpRow
from agent_desk.ui.clients.client_picker import PickedClient, open_client_picker
from agent_desk.ui.clients.formatting import date_text
from agent_desk.ui.clients.page_labels import activity_icon_name, activity_names
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.today.labels import Today, kind_names, repeat_names, subject_text

DATE_FORMAT = "yyyy-MM-dd  (ddd)"
NO_CONTACT = "none"  # the contact combo's choice for "just mark it done"
MAX_OUTCOME = 1000


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: date, minimum: date | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(day), calendarPopup=True)
    edit.setDisplayFormat(DATE_FORMAT)
    if minimum is not None:
        edit.setMinimumDate(qdate(minimum))
    return edit


def describe(row: FollowUpRow) -> str:
    """"Renewal premium: TL-000381 — Ann Lee", as a dialog names the task."""
    what = kind_names().get(row.kind, row.kind.value)
    subject = subject_text(row)
    text = subject if row.is_own else (Today.tr("%1: %2").replace("%1", what).replace("%2", subject)
                                       if subject else what)
    return f"{text} — {row.client_name}" if row.client_name else text


def _heading(row: FollowUpRow) -> QLabel:
    label = QLabel(describe(row))
    label.setWordWrap(True)
    font = label.font()
    font.setWeight(font.Weight.DemiBold)
    label.setFont(font)
    return label


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str | None = None) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    if cancel_text:
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class DoneDialog(QDialog):
    """What came of it, and the contact to log on the client's timeline."""

    def __init__(self, row: FollowUpRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Mark done"))
        self.outcome_edit = QLineEdit(placeholderText=self.tr("e.g. Paid by transfer; will call back Friday"))
        self.outcome_edit.setMaxLength(MAX_OUTCOME)
        self.outcome_edit.setClearButtonEnabled(True)
        self.contact_combo = QComboBox()
        names = activity_names()
        for kind in ActivityKind:
            # Qt keeps a str enum as a plain string: values in, enums back out.
            self.contact_combo.addItem(icon(activity_icon_name(kind)), names[kind], kind.value)
        self.contact_combo.addItem(self.tr("No contact — just mark it done"), NO_CONTACT)
        self.set_contact(CONTACT_OF_KIND[row.kind])

        form = QFormLayout()
        form.addRow(self.tr("Outcome"), self.outcome_edit)
        form.addRow(self.tr("Logged as"), self.contact_combo)
        self.no_client_label = QLabel(self.tr("This task has no client, so nothing is logged on a timeline."),
                                      objectName="subtle")
        self.no_client_label.setWordWrap(True)
        has_client = row.client_id is not None
        self.contact_combo.setVisible(has_client)
        form.labelForField(self.contact_combo).setVisible(has_client)
        self.no_client_label.setVisible(not has_client)

        self.buttons = _buttons(self, self.tr("Mark done"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setIcon(icon("accept"))
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(row))
        layout.addLayout(form)
        layout.addWidget(self.no_client_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.outcome_edit.setFocus()

    def outcome(self) -> str:
        return self.outcome_edit.text().strip()

    def contact(self) -> ActivityKind | None:
        """The contact to log; None when the agent chose none (or there is no client)."""
        data = self.contact_combo.currentData()
        return None if data == NO_CONTACT or self.row.client_id is None else ActivityKind(data)

    def set_contact(self, kind: ActivityKind | None) -> None:
        self.contact_combo.setCurrentIndex(self.contact_combo.findData(kind.value if kind is not None else NO_CONTACT))


class RescheduleDialog(QDialog):
    def __init__(self, row: FollowUpRow, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reschedule"))
        proposed = row.due if row.due > today else today + timedelta(days=1)
        self.date_edit = date_edit(proposed, minimum=today)
        self.date_edit.setAccessibleName(self.tr("New due date"))
        form = QFormLayout()
        form.addRow(self.tr("Now due"), QLabel(date_text(row.due)))
        form.addRow(self.tr("New due date"), self.date_edit)
        self.buttons = _buttons(self, self.tr("Reschedule"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(row))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def due(self) -> date:
        return self.date_edit.date().toPython()

    def set_due(self, day: date) -> None:
        self.date_edit.setDate(qdate(day))


class CancelDialog(QDialog):
    """Confirm, with a reason kept as the follow-up's outcome."""

    def __init__(self, row: FollowUpRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel follow-up"))
        question = QLabel(self.tr("It leaves your list and does not come back. You can undo this right after."),
                          objectName="subtle")
        question.setWordWrap(True)
        self.reason_edit = QLineEdit(placeholderText=self.tr("e.g. Client moved abroad"))
        self.reason_edit.setMaxLength(MAX_OUTCOME)
        form = QFormLayout()
        form.addRow(self.tr("Reason (optional)"), self.reason_edit)
        self.buttons = _buttons(self, self.tr("Cancel follow-up"), self.tr("Keep it"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setIcon(icon("cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(row))
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.text().strip()


@dataclass(frozen=True)
class NewTask:
    title: str
    due: date
    client_id: uuid.UUID | None
    client_name: str
    recurrence: str  # as stored: "", "weekly", "monthly:31", …
    notes: str


class NewTaskDialog(QDialog):
    """A task of the agent's own: what, when, for whom (optional), how often."""

    def __init__(self, ctx: AppContext, today: date, parent: QWidget | None = None,
                 client: PickedClient | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._client: PickedClient | None = None
        self.setWindowTitle(self.tr("New task"))
        self.title_edit = QLineEdit(placeholderText=self.tr("e.g. Send the hospital cash brochure"))
        self.title_edit.setMaxLength(MAX_TITLE)
        self.due_edit = date_edit(today, minimum=today)
        self.due_edit.setAccessibleName(self.tr("Due"))
        self.client_label = QLabel()
        self.client_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_client_button = QPushButton(icon("client"), self.tr("Choose…"))
        self.clear_client_button = QPushButton(icon("revert"), "")
        self.clear_client_button.setToolTip(self.tr("No client"))
        self.clear_client_button.setAccessibleName(self.tr("No client"))
        client_row = QHBoxLayout()
        client_row.addWidget(self.client_label, 1)
        client_row.addWidget(self.choose_client_button)
        client_row.addWidget(self.clear_client_button)
        self.repeat_combo = QComboBox()
        for repeat, name in repeat_names().items():
            self.repeat_combo.addItem(name, repeat.value)
        self.notes_edit = QPlainTextEdit(placeholderText=self.tr("Notes (optional)"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)

        form = QFormLayout()
        form.addRow(self.tr("Task"), self.title_edit)
        form.addRow(self.tr("Due"), self.due_edit)
        form.addRow(self.tr("Client"), client_row)
        form.addRow(self.tr("Repeat"), self.repeat_combo)
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.buttons = _buttons(self, self.tr("Add task"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setIcon(icon("add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.title_edit.textChanged.connect(self._update_ok)
        self.choose_client_button.clicked.connect(self.choose_client)
        self.clear_client_button.clicked.connect(lambda: self.set_client(None))
        self.set_client(client)
        self._update_ok()
        self.title_edit.setFocus()

    def choose_client(self) -> None:
        open_client_picker(self._ctx, self, self.tr("Task for which client?"), self.set_client)

    def set_client(self, client: PickedClient | None) -> None:
        self._client = client
        self.client_label.setText(client.name if client else self.tr("None — a task of your own"))
        self.client_label.setObjectName("" if client else "subtle")
        self.client_label.style().unpolish(self.client_label)
        self.client_label.style().polish(self.client_label)
        self.clear_client_button.setVisible(client is not None)

    def set_repeat(self, repeat: Repeat) -> None:
        self.repeat_combo.setCurrentIndex(self.repeat_combo.findData(repeat.value))

    def task(self) -> NewTask:
        due = self.due_edit.date().toPython()
        repeat = Repeat(self.repeat_combo.currentData())
        return NewTask(self.title_edit.text().strip(), due, self._client.id if self._client else None,
                       self._client.name if self._client else "", recurrence_text(repeat, due),
                       self.notes_edit.toPlainText().strip())

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))
