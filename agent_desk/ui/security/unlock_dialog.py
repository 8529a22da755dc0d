"""The passphrase that opens a protected book: asked at start, when no key
is remembered, and again after the app locked itself. A wrong passphrase is
said in the dialog, which stays open for another try."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from agent_desk.errors import BookLockedError
from agent_desk.store.crypto import BookKey, key_for
from agent_desk.store.protection import can_remember, remember_key, unlock
from agent_desk.ui.background import finish_off_gui
from agent_desk.ui.clients.case_forms import intro_header
from agent_desk.ui.theme import heading_font


class UnlockDialog(QDialog):
    """Asks until the passphrase opens the book (or the agent gives up).
    `expected`: when the book is open already (the app locked itself), the
    key the passphrase must give. `backup`: the file is a backup made under
    another passphrase (on another laptop, or before it changed)."""

    def __init__(self, book_path: Path, expected: BookKey | None = None, parent: QWidget | None = None,
                 backup: bool = False):
        super().__init__(parent)
        if backup:
            heading, words = self.tr("This backup is protected"), self.tr(
                "Type the passphrase the backup was made with. The restored book keeps your book's passphrase, "
                "or takes this one if your book has none.")
        elif expected is not None:
            heading, words = self.tr("Agent Desk is locked"), self.tr("Type the book's passphrase to go on.")
        else:
            heading, words = self.tr("Your book is protected"), self.tr(
                "Type the passphrase that protects your client book.")
        self.setWindowTitle(heading)
        self._path, self._expected = book_path, expected
        self.key: BookKey | None = None
        title = QLabel(heading)
        title.setFont(heading_font(13.0))
        intro = QLabel(words, objectName="subtle")
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(320)
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        if expected is not None or backup:
            self.remember.hide()
        elif not can_remember():
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("This computer has no secure keyring to keep the key in"))
        self.problem = QLabel(objectName="fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(intro_header("lock", title, intro))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.remember)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)  # room for the wrapped intro beside the icon
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_unlock(self) -> None:
        typed = self.passphrase.text()
        if not typed:
            return self._say(self.tr("Type the passphrase first."))
        try:
            if self._expected is not None:
                key = finish_off_gui(lambda: key_for(self._path, typed))
                if key != self._expected:
                    raise BookLockedError(self._path, "wrong")
            else:
                key = finish_off_gui(lambda: unlock(self._path, typed))
        except BookLockedError:
            self.passphrase.selectAll()
            return self._say(self.tr("That passphrase does not open it. Try again."))
        if self.remember.isVisible() and self.remember.isChecked():
            remember_key(self._path, key)
        self.key = key
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
