"""Enrol with the office: its address and the one-time code it gave the agent.
`enroll` runs on the work pool (it waits on the office, then queues the whole
book for upload, which takes seconds for a big book) with a progress bar; a
refused code or an office out of reach is said under its field, and on
success the dialog says where the device token is kept and how much was
queued. The first sync is then the main window's to start (`enrolled`)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QProgressBar, QWidget

from agent_desk.errors import (
    BadAnswerError,
    EnrolmentError,
    OfflineError,
)
from agent_desk.services.sync import EnrolmentReport, SyncStatus, enroll
from agent_desk.ui import settings as S
from agent_desk.ui.clients.case_forms import FormDialog, alive, intro_header
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.sync import labels
from agent_desk.ui.theme import heading_font



class EnrolDialog(FormDialog):
    enrolled = Signal(object)  # EnrolmentReport, once the device token is kept and the book queued
    _progressed = Signal(int, int)  # from the worker thread, delivered on the GUI thread

    def __init__(self, ctx: AppContext, status: SyncStatus | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Enrol with the office"), parent)
        self.setWindowIcon(icon("enrol"))
        self._ctx = ctx
        self._running = False
        self.report: EnrolmentReport | None = None
        self._build(status)
        self.submitted.connect(self.start_enrolment)
        self._progressed.connect(self._on_progress)

    # -- construction ---------------------------------------------------------------------------
    def _build(self, status: SyncStatus | None) -> None:
        title = QLabel(self.tr("Enrol with the office"))
        title.setFont(heading_font(13.0))
        if status is not None and status.enrolled:
            intro_text = self.tr("This book is enrolled with %1 as %2. Enrolling again with a new code replaces this "
                                 "computer's device token; changes waiting here are kept.").replace(
                "%1", status.server_url).replace("%2", status.agent_name or status.agent_code)
        else:
            intro_text = self.tr("Connect this book to your office, so your clients are backed up there and reach "
                                 "your other devices. Ask the office for a one-time code: it works once.")
        intro = QLabel(intro_text, objectName="subtle")
        intro.setWordWrap(True)
        header = intro_header("enrol", title, intro)

        self.address_edit = self.add_field("address", self.tr("Office &address:"),
                                           QLineEdit(placeholderText=self.tr("e.g. http://office:8765")))
        self.address_edit.setText((status.server_url if status is not None and status.enrolled else "")
                                  or self._ctx.settings.get(S.SYNC_SERVER))
        self.code_edit = self.add_field("code", self.tr("One-time &code:"),
                                        QLineEdit(placeholderText=self.tr("As the office gave it to you")))
        for key, edit in (("address", self.address_edit), ("code", self.code_edit)):
            edit.textEdited.connect(lambda _text, key=key: self.errors[key].hide())

        self.progress = QProgressBar(textVisible=False, maximumHeight=8)
        self.progress.hide()
        self.status_label = QLabel(objectName="subtle")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        self.enrol_button = self.ok_button
        self.enrol_button.setText(self.tr("&Enrol"))
        self.enrol_button.setIcon(icon("enrol"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        layout = self.layout()
        layout.insertLayout(0, header)
        layout.insertWidget(layout.indexOf(self.buttons), self.progress)
        layout.insertWidget(layout.indexOf(self.buttons), self.status_label)
        layout.insertWidget(layout.indexOf(self.buttons), self.result_label)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        self.setMinimumWidth(max(540, self.sizeHint().width()))
        self.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- enrolling ------------------------------------------------------------------------------
    def start_enrolment(self) -> None:
        if self._running:
            return
        if self.report is not None:  # the button says Close by now
            self.accept()
            return
        address, code = self.address_edit.text().strip(), self.code_edit.text().strip()
        problems = {}
        if not address:
            problems["address"] = self.tr("Enter the office's address, e.g. http://office:8765.")
        elif not address.startswith(("http://", "https://")):
            problems["address"] = self.tr("The address starts with http:// or https://.")
        if not code:
            problems["code"] = self.tr("Enter the one-time code the office gave you.")
        if problems:
            self.show_problems(problems)
            return
        self.set_busy(True)
        book, emit = self._ctx.tasks.book, self._progressed.emit
        self._ctx.tasks.run(lambda: enroll(book, address, code, progress=lambda done, total: emit(done, total)),
                            lambda report: self._done(address, report), self._failed)

    def set_busy(self, busy: bool) -> None:
        self._running = busy
        self.fields_box.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)  # not known until the office answered and queueing starts
        self.status_label.setText(self.tr("Contacting the office…") if busy else "")
        self.status_label.setVisible(busy)

    def _on_progress(self, done: int, total: int) -> None:
        if not self._running:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.status_label.setText(self.tr("Queueing your book for upload: %1 of %2").replace(
            "%1", labels.number(done)).replace("%2", labels.number(total)))
        self._fit_height()

    def _done(self, address: str, report: EnrolmentReport) -> None:
        if not alive(self):
            return
        self.set_busy(False)
        self.report = report
        self._ctx.settings.set(S.SYNC_SERVER, address.rstrip("/"))
        agent = report.agent_name or report.agent_code
        if report.agent_name and report.agent_code:
            agent = self.tr("%1 (%2)").replace("%1", report.agent_name).replace("%2", report.agent_code)
        text = self.tr("Enrolled with %1 as %2. The device token is kept %3.").replace(
            "%1", address.rstrip("/")).replace("%2", agent).replace("%3", labels.token_kept_text(report.token_kept))
        if report.queued:
            text += " " + (self.tr("1 record is queued for upload") if report.queued == 1 else self.tr(
                "%1 records are queued for upload").replace("%1", labels.number(report.queued)))
            text += self.tr("; the first sync starts now.")
        else:
            text += " " + self.tr("Changes waiting here go up with the sync that starts now.")
        self.clear_problems()
        self.result_label.setText(text)
        self.result_label.show()
        self.fields_box.setEnabled(False)
        self.cancel_button.hide()
        self.enrol_button.setText(self.tr("Close"))
        self.enrol_button.setIcon(icon("accept"))
        self.enrol_button.setDefault(True)
        self.enrol_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit_height()
        self.enrolled.emit(report)

    def _fit_height(self) -> None:
        """Room for the wrapped lines, which the size hint (blind to the width) does not count."""
        self.layout().activate()
        needed = max(self.sizeHint().height(), self.layout().totalHeightForWidth(self.width()))
        if self.height() < needed:
            self.resize(self.width(), needed)

    def _failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self.set_busy(False)
        self.show_problems(self.problems_for(error, self.address_edit.text().strip()))

    def problems_for(self, error: BaseException, address: str) -> Mapping[str, str]:
        """Each failure under the field the agent can do something about."""
        if isinstance(error, EnrolmentError):
            return {"code": labels.problem_text(error)}
        if isinstance(error, OfflineError):
            return {"address": self.tr("Cannot reach an office at %1. Check the address and that you are "
                                       "connected to the office's network.").replace("%1", address)}
        if isinstance(error, BadAnswerError):
            return {"address": self.tr("%1 answered, but not as an Agent Desk office. Check the address.").replace(
                "%1", address)}
        return {"": labels.problem_text(error)}  # a newer app needed, a refusal, a problem here

    def reject(self) -> None:
        if self._running:  # the office is being asked; the dialog stays until it answers
            return
        super().reject()


def open_enrol_dialog(ctx: AppContext, status: SyncStatus | None, parent: QWidget | None = None) -> EnrolDialog:
    """Open the dialog (window-modal); it deletes itself when closed."""
    dialog = EnrolDialog(ctx, status, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
