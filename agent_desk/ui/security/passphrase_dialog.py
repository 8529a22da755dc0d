"""Book › Protect with a passphrase… / Change passphrase…: the new
passphrase typed twice (and the current one, to change it), whether to
remember the key on this computer, and how soon the app locks itself."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agent_desk.store.crypto import MIN_PASSPHRASE, check_passphrase
from agent_desk.store.protection import can_remember
from agent_desk.ui.clients.case_forms import intro_header
from agent_desk.ui.theme import heading_font


@dataclass(frozen=True)
class PassphraseChoice:
    current: str  # "" when protecting a plain book
    new: str
    remember: bool
    lock_after_minutes: int


class PassphraseDialog(QDialog):
    def __init__(self, protected: bool, lock_after_minutes: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._protected = protected
        self.setWindowTitle(self.tr("Change passphrase") if protected else self.tr("Protect with a passphrase"))
        title = QLabel(self.windowTitle())
        title.setFont(heading_font(13.0))
        intro = QLabel(self.tr(
            "Your book and its backups are encrypted on disk: a lost laptop gives nobody your clients' records. "
            "Without the passphrase the book cannot be opened, by anyone; keep it somewhere safe."),
            objectName="subtle")
        intro.setWordWrap(True)
        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new.setPlaceholderText(self.tr("At least %n characters", "", MIN_PASSPHRASE))
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember on this computer (in the system keyring)"))
        if not can_remember():
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("This computer has no secure keyring to keep the key in"))
        self.lock_after = QSpinBox(minimum=0, maximum=240, value=lock_after_minutes)
        self.lock_after.setSpecialValueText(self.tr("Never"))
        self.lock_after.setSuffix(self.tr(" min"))
        self.lock_after.setMaximumWidth(self.lock_after.fontMetrics().horizontalAdvance("000 min") + 48)
        self.problem = QLabel(objectName="fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        if protected:
            form.addRow(self.tr("Current passphrase:"), self.current)
        form.addRow(self.tr("New passphrase:"), self.new)
        form.addRow(self.tr("The same again:"), self.again)
        form.addRow("", self.remember)
        form.addRow(self.tr("Lock after, unused:"), self.lock_after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change") if protected else self.tr("Protect"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(intro_header("lock", title, intro))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        (self.current if protected else self.new).setFocus()

    def choice(self) -> PassphraseChoice:
        return PassphraseChoice(self.current.text(), self.new.text(), self.remember.isChecked(),
                                self.lock_after.value())

    def _check(self) -> None:
        if self._protected and not self.current.text():
            return self._say(self.tr("Type the current passphrase."))
        try:
            check_passphrase(self.new.text())
        except ValueError:
            return self._say(self.tr("A passphrase needs at least %n characters, and no space at either end.", "",
                                     MIN_PASSPHRASE))
        if self.new.text() != self.again.text():
            return self._say(self.tr("The two new passphrases differ."))
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
