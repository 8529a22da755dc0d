"""A dialog to choose another client: it searches the book as you type (the
same search as the search box), optionally with one choice beside it (a
household role, a kind of relation)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk.services.clients import ClientRow, search_clients
from agent_desk.ui.clients.formatting import date_text
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon

SEARCH_DELAY_MS = 120
RESULT_LIMIT = 30
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PickedClient:
    id: uuid.UUID
    name: str
    choice: Any = None  # the data of the chosen item of the extra combo, if any


class ClientPickerDialog(QDialog):
    results_loaded = Signal(int)  # how many clients the last search shows

    def __init__(self, ctx: AppContext, title: str, *, exclude: Iterable[uuid.UUID] = (),
                 choice_label: str | None = None, choices: Iterable[tuple[str, Any]] = (),
                 default_choice: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._ctx = ctx
        self._exclude = set(exclude)
        self._generation = 0

        self.search_box = QLineEdit(placeholderText=self.tr("Type a name, phone or e-mail…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)

        self.results = QTreeWidget()
        self.results.setHeaderLabels([self.tr("Name"), self.tr("Born"), self.tr("Phone")])
        self.results.setRootIsDecorated(False)
        self.results.setAlternatingRowColors(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setUniformRowHeights(True)
        header = self.results.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.empty_label = QLabel(self.tr("No client matches."), objectName="subtle")
        self.empty_label.hide()

        self.choice_combo: QComboBox | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty_label)
        if choice_label is not None:
            self.choice_combo = QComboBox()
            for text, data in choices:
                self.choice_combo.addItem(text, data)
            found = self.choice_combo.findData(default_choice)
            if found >= 0:
                self.choice_combo.setCurrentIndex(found)
            form = QFormLayout()
            form.addRow(choice_label, self.choice_combo)
            layout.addLayout(form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Choose"))
        self.ok_button.setEnabled(False)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search_box.textChanged.connect(self._timer.start)
        self.search_box.returnPressed.connect(self._accept_current)
        self.results.itemSelectionChanged.connect(
            lambda: self.ok_button.setEnabled(self.results.currentItem() is not None))
        self.results.itemActivated.connect(lambda _item, _col: self._accept_current())
        self.buttons.accepted.connect(self._accept_current)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, 420)
        self._search()

    # -- results --------------------------------------------------------------
    def chosen(self) -> PickedClient | None:
        item = self.results.currentItem()
        if item is None:
            return None
        choice = self.choice_combo.currentData() if self.choice_combo is not None else None
        return PickedClient(item.data(0, _ID_ROLE), item.text(0), choice)

    def shown_names(self) -> list[str]:
        return [self.results.topLevelItem(i).text(0) for i in range(self.results.topLevelItemCount())]

    def select_name(self, name: str) -> bool:
        """Select the first result shown under `name`; False when none is."""
        for i in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(i)
            if item.text(0) == name:
                self.results.setCurrentItem(item)
                return True
        return False

    # -- internals ------------------------------------------------------------
    def _search(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation, text = self._generation, self.search_box.text()
        limit = RESULT_LIMIT + len(self._exclude)
        self._ctx.query(lambda s: search_clients(s, text, limit=limit), lambda rows: self._show(generation, rows))

    def _show(self, generation: int, rows: list[ClientRow]) -> None:
        if generation != self._generation:
            return  # an older search answered late
        self.results.clear()
        for row in [r for r in rows if r.id not in self._exclude][:RESULT_LIMIT]:
            item = QTreeWidgetItem([row.display_name, date_text(row.birth_date) if row.birth_date else "",
                                    row.phone])
            item.setData(0, _ID_ROLE, row.id)
            item.setIcon(0, icon("client"))
            item.setToolTip(0, row.display_name)
            self.results.addTopLevelItem(item)
        count = self.results.topLevelItemCount()
        if count:
            self.results.setCurrentItem(self.results.topLevelItem(0))
        self.ok_button.setEnabled(count > 0)
        self.empty_label.setVisible(count == 0)
        self.results_loaded.emit(count)

    def _accept_current(self) -> None:
        if self.results.currentItem() is not None:
            self.accept()


def open_client_picker(ctx: AppContext, parent: QWidget, title: str, on_chosen: Callable[[PickedClient], None],
                       **options: Any) -> ClientPickerDialog:
    """Show a window-modal picker without blocking; `on_chosen` runs when the
    agent confirms a client. Returns the dialog (it deletes itself when closed)."""
    dialog = ClientPickerDialog(ctx, title, parent=parent, **options)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        picked = dialog.chosen()
        if picked is not None:
            on_chosen(picked)

    dialog.accepted.connect(accepted)
    dialog.open()
    dialog.search_box.setFocus()
    return dialog
