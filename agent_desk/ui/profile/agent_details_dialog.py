""""My details": the agent's name in both scripts, licence number, phone,
e-mail and company, which every proposal's cover prints and greetings are
signed with.

The dialog does no I/O of its own: it loads through `agent_details` and saves
through `save_agent_details` on the database worker. The service checks what
was typed; each problem shows under its field and the dialog stays open."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from agent_desk.services.agent_profile import AgentDetails, agent_details, save_agent_details
from agent_desk.ui.clients.case_forms import FormDialog, alive, intro_header
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.theme import heading_font

FIELDS = tuple(f.name for f in fields(AgentDetails))  # the form's rows, top to bottom


class AgentDetailsDialog(FormDialog):
    details_loaded = Signal(object)  # AgentDetails, once the book's details are in the fields
    saved = Signal(object)  # AgentDetails as stored, once the save is committed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, focus_field: str | None = None):
        """`focus_field` (a field of AgentDetails) takes the cursor once the
        details are loaded; by default the first one a proposal needs and
        lacks, else the name."""
        super().__init__(self.tr("My details"), parent)
        self.setWindowIcon(icon("agent_details"))
        self._ctx = ctx
        self._focus_field = focus_field if focus_field in FIELDS else None
        self._saving = False
        self.edits: dict[str, QLineEdit] = {}
        self._build()
        self.fields_box.setEnabled(False)  # until the book's details arrive
        self.save_button.setEnabled(False)
        self.submitted.connect(self.save)
        ctx.query(agent_details, self._loaded, self._load_failed)

    # -- construction ---------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("My details"))
        title.setFont(heading_font(13.0))
        intro = QLabel(self.tr("Printed on every proposal's cover: clients and regulators expect your licence "
                               "number."), objectName="subtle")
        intro.setWordWrap(True)
        header = intro_header("agent_details", title, intro)

        self.form.setVerticalSpacing(8)
        rows = {
            "name": (self.tr("&Name:"), self.tr("e.g. Grace Lin")),
            "name_local": (self.tr("Name in &Chinese:"), self.tr("e.g. 林佳恩")),
            "licence_number": (self.tr("&Licence number:"), self.tr("As on your registration certificate")),
            "phone": (self.tr("&Phone:"), self.tr("e.g. 0912-345-678")),
            "email": (self.tr("&E-mail:"), self.tr("name@example.com")),
            "company": (self.tr("C&ompany:"), self.tr("The insurer or agency you represent")),
        }
        for key in FIELDS:
            label, placeholder = rows[key]
            edit = self.add_field(key, label, QLineEdit(placeholderText=placeholder))
            edit.textEdited.connect(lambda _text, key=key: self.errors[key].hide())
            self.edits[key] = edit
        self.edits["licence_number"].setToolTip(self.tr("A proposal cannot be printed without it"))

        self.save_button = self.ok_button
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setIcon(icon("save"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.status_label = QLabel(objectName="subtle")
        layout = self.layout()
        layout.removeWidget(self.buttons)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout.insertLayout(0, header)
        layout.addStretch(1)
        layout.addLayout(bottom)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(16)
        self.setMinimumWidth(max(520, self.sizeHint().width()))

    # -- values in and out ----------------------------------------------------------
    def _loaded(self, details: AgentDetails) -> None:
        if not alive(self):  # closed before the book answered
            return
        self.show_details(details)
        self.fields_box.setEnabled(True)
        self.save_button.setEnabled(True)
        self._make_save_default()
        missing = details.missing_for_proposal()
        key = self._focus_field or (missing[0] if missing else "name")
        self.edits[key].setFocus(Qt.FocusReason.OtherFocusReason)
        self.details_loaded.emit(details)

    def _load_failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self.general_error.setText(self.tr("Your details could not be read from the book."))
        self.general_error.show()
        self._ctx.tasks.error.emit(error)

    def show_details(self, details: AgentDetails) -> None:
        for key in FIELDS:
            self.edits[key].setText(getattr(details, key))
        self.clear_problems()

    def details(self) -> AgentDetails:
        """What is on screen, unchecked."""
        return AgentDetails(**{key: self.edits[key].text() for key in FIELDS})

    # -- saving -----------------------------------------------------------------------
    def save(self) -> None:
        if self._saving or not self.save_button.isEnabled():
            return
        details = self.details()
        self.clear_problems()
        self.run(self._ctx, lambda s: save_agent_details(s, details),
                 lambda _changes: self.saved.emit(details.normalised()))

    def set_busy(self, busy: bool) -> None:
        """While a save runs nothing can be typed, and the dialog stays open until it lands."""
        self._saving = busy
        self.buttons.setEnabled(not busy)
        self.fields_box.setEnabled(not busy)
        self.status_label.setText(self.tr("Saving…") if busy else "")
        if not busy:
            self._make_save_default()

    def _make_save_default(self) -> None:
        """Enter saves. Qt hands the default to Cancel whenever Save is
        disabled (before the details load, while a save runs): take it back."""
        self.save_button.setDefault(True)

    def reject(self) -> None:
        if self._saving:  # the save is on its way; the dialog closes when it lands
            return
        super().reject()


def open_agent_details_dialog(ctx: AppContext, parent: QWidget | None = None,
                              focus_field: str | None = None) -> AgentDetailsDialog:
    """Open the dialog (window-modal); it deletes itself when closed."""
    dialog = AgentDetailsDialog(ctx, parent, focus_field)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
