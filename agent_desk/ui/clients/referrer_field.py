"""The "Referred by" line of the details form: the referrer as a link, with
Choose… and Clear. It only shows and asks; the page records the choice."""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from agent_desk.ui.icons import icon


class ReferrerField(QWidget):
    choose_requested = Signal()
    clear_requested = Signal()
    activated = Signal(object)  # UUID of the referrer, when its link is clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._referrer_id: uuid.UUID | None = None
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.label.linkActivated.connect(self._link)
        self.choose_button = QPushButton(icon("client"), self.tr("Choose…"))
        self.clear_button = QPushButton(icon("remove"), self.tr("Clear"))
        self.choose_button.clicked.connect(self.choose_requested)
        self.clear_button.clicked.connect(self.clear_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setFocusProxy(self.choose_button)
        self.set_referrer(None)

    def set_referrer(self, client_id: uuid.UUID | None, name: str = "") -> None:
        self._referrer_id = client_id
        if client_id is None:
            self.label.setText(f"<span style='color: palette(placeholder-text)'>{escape(self.tr('Nobody'))}</span>")
            self.label.setToolTip("")
        else:
            self.label.setText(f"<a href='{client_id}'>{escape(name)}</a>")
            self.label.setToolTip(self.tr("Open %1").replace("%1", name))
        self.clear_button.setEnabled(client_id is not None)

    def referrer_id(self) -> uuid.UUID | None:
        return self._referrer_id

    def _link(self, href: str) -> None:
        try:
            self.activated.emit(uuid.UUID(href))
        except ValueError:
            return  # not a link this field wrote: nothing to open
