"""The client's family and network: household and roles, relationships seen
from this client, who referred them and whom they referred."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from agent_desk.domain.clients import HouseholdRole, RelationKind, display_name
from agent_desk.errors import ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.clients import ClientRow, get_client, referrals_of
from agent_desk.services.family import (
    HouseholdView,
    MemberRow,
    RelationRow,
    add_member,
    add_relationship,
    create_household,
    household_of,
    relationships_of,
    remove_member,
    remove_relationship,
)
from agent_desk.ui.clients.case_forms import alive
from agent_desk.ui.clients.client_picker import PickedClient, open_client_picker
from agent_desk.ui.clients.page_labels import problem_text, relation_names, role_names
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.theme import heading_font

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
MIN_ROWS, MAX_ROWS = 2, 8


@dataclass(frozen=True)
class FamilyData:
    client_name: str
    household: HouseholdView | None
    relations: list[RelationRow]
    referrer: ClientRow | None
    referrals: list[ClientRow]


def load_family(session: Session, client_id: uuid.UUID) -> FamilyData:
    record = get_client(session, client_id)
    return FamilyData(display_name(record.details.name, record.details.name_local), household_of(session, client_id),
                      relationships_of(session, client_id), record.referred_by, referrals_of(session, client_id))


def _people_tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setVisible(len(headers) > 1)
    return tree


def _fit_height(tree: QTreeWidget) -> None:
    """As tall as its rows (within limits), so short lists do not leave holes."""
    hint = tree.sizeHintForRow(0) if tree.topLevelItemCount() else -1
    row = hint if hint > 0 else max(tree.fontMetrics().lineSpacing(), tree.iconSize().height()) + 4
    rows = min(max(tree.topLevelItemCount(), MIN_ROWS), MAX_ROWS)
    header = tree.header().sizeHint().height() if not tree.header().isHidden() else 0
    tree.setFixedHeight(rows * row + header + 2 * tree.frameWidth() + 2)


class FamilyTab(QWidget):
    open_client_requested = Signal(object)  # UUID
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: uuid.UUID | None = None
        self._data: FamilyData | None = None

        self.problem_label = QLabel(objectName="fieldError")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        # Household
        self.household_label = QLabel()
        self.household_label.setWordWrap(True)
        self.members_tree = _people_tree([self.tr("Name"), self.tr("Role")])
        self.create_household_button = QPushButton(icon("add"), self.tr("Create household"))
        self.add_member_button = QPushButton(icon("add"), self.tr("Add member…"))
        self.remove_member_button = QPushButton(icon("remove"), self.tr("Remove"))
        self.role_label = QLabel(self.tr("Role:"))
        self.role_combo = QComboBox()
        for role, text in role_names().items():
            self.role_combo.addItem(text, role.value)
        household_buttons = QHBoxLayout()
        for widget in (self.create_household_button, self.add_member_button, self.remove_member_button):
            household_buttons.addWidget(widget)
        household_buttons.addStretch(1)
        household_buttons.addWidget(self.role_label)
        household_buttons.addWidget(self.role_combo)
        household_box = QGroupBox(self.tr("Household"))
        household_layout = QVBoxLayout(household_box)
        household_layout.addWidget(self.household_label)
        household_layout.addWidget(self.members_tree)
        household_layout.addLayout(household_buttons)

        # Relationships
        self.relations_tree = _people_tree([self.tr("Name"), self.tr("Is their")])
        self.add_relation_button = QPushButton(icon("add"), self.tr("Add relation…"))
        self.remove_relation_button = QPushButton(icon("remove"), self.tr("Remove"))
        relation_buttons = QHBoxLayout()
        relation_buttons.addWidget(self.add_relation_button)
        relation_buttons.addWidget(self.remove_relation_button)
        relation_buttons.addStretch(1)
        self.no_relations_label = QLabel(self.tr("No relations recorded."), objectName="subtle")
        relations_box = QGroupBox(self.tr("Relationships"))
        relations_layout = QVBoxLayout(relations_box)
        relations_layout.addWidget(self.no_relations_label)
        relations_layout.addWidget(self.relations_tree)
        relations_layout.addLayout(relation_buttons)

        # Referrals
        self.referrer_label = QLabel()
        self.referrer_label.setTextFormat(Qt.TextFormat.RichText)
        self.referrer_label.linkActivated.connect(lambda href: self.open_client_requested.emit(uuid.UUID(href)))
        self.referrals_caption = QLabel(self.tr("Referred by this client:"))
        self.referrals_tree = _people_tree([self.tr("Name")])
        self.no_referrals_label = QLabel(self.tr("Nobody yet."), objectName="subtle")
        referrals_box = QGroupBox(self.tr("Referrals"))
        referrals_layout = QVBoxLayout(referrals_box)
        referrals_layout.addWidget(self.referrer_label)
        referrals_layout.addWidget(self.referrals_caption)
        referrals_layout.addWidget(self.no_referrals_label)
        referrals_layout.addWidget(self.referrals_tree)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 8, 12, 12)
        column.setSpacing(10)
        column.addWidget(self.problem_label)
        column.addWidget(household_box)
        column.addWidget(relations_box)
        column.addWidget(referrals_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        for tree in (self.members_tree, self.relations_tree, self.referrals_tree):
            tree.itemActivated.connect(self._activated)
        self.members_tree.itemSelectionChanged.connect(self._member_selected)
        self.relations_tree.itemSelectionChanged.connect(self._update_buttons)
        self.create_household_button.clicked.connect(self._create_household)
        self.add_member_button.clicked.connect(self._pick_member)
        self.remove_member_button.clicked.connect(self._remove_member)
        self.role_combo.activated.connect(self._change_role)
        self.add_relation_button.clicked.connect(self._pick_relation)
        self.remove_relation_button.clicked.connect(self._remove_relation)
        self._show(None)

    # -- loading --------------------------------------------------------------
    def set_client(self, client_id: uuid.UUID | None) -> None:
        self._client_id = client_id
        self._data = None
        self._show(None)
        self.reload()

    def reload(self) -> None:
        client_id = self._client_id
        if client_id is not None:
            self._ctx.query(lambda s: load_family(s, client_id), lambda data: self._loaded(client_id, data))

    def shown_ids(self) -> set[uuid.UUID]:
        """Every client this tab names, so changes to any of them reload it."""
        data = self._data
        if data is None:
            return set()
        ids = {r.other_id for r in data.relations} | {r.id for r in data.referrals}
        if data.household is not None:
            ids |= {m.client_id for m in data.household.members}
        if data.referrer is not None:
            ids.add(data.referrer.id)
        return ids

    def concerned_by(self, changes: Changes) -> bool:
        return changes.households or changes.relationships or bool(changes.clients & self.shown_ids())

    def _loaded(self, client_id: uuid.UUID, data: FamilyData) -> None:
        if not alive(self) or client_id != self._client_id:
            return  # the page moved on to another client meanwhile
        self._data = data
        self._show(data)
        self.loaded.emit()

    def _show(self, data: FamilyData | None) -> None:
        household = data.household if data else None
        self.members_tree.clear()
        if household is None:
            self.household_label.setText(self.tr("Not in a household yet."))
            self.household_label.setObjectName("subtle")
        else:
            self.household_label.setText(household.name)
            self.household_label.setObjectName("householdName")
            for member in household.members:
                self._add_person(self.members_tree, member.client_id, member,
                                 [member.name, role_names().get(member.role, member.role.value)])
        self.household_label.style().unpolish(self.household_label)  # objectName picks the style
        self.household_label.style().polish(self.household_label)
        self.household_label.setFont(heading_font(11.5) if household is not None else self.font())
        self.members_tree.setVisible(household is not None)
        self.create_household_button.setVisible(household is None)
        for widget in (self.add_member_button, self.remove_member_button, self.role_label, self.role_combo):
            widget.setVisible(household is not None)

        self.relations_tree.clear()
        for relation in data.relations if data else []:
            self._add_person(self.relations_tree, relation.other_id, relation,
                             [relation.other_name, relation_names().get(relation.kind, relation.kind.value)])
        self.relations_tree.setVisible(bool(data and data.relations))
        self.no_relations_label.setVisible(not (data and data.relations))

        referrer = data.referrer if data else None
        if referrer is None:
            self.referrer_label.setText(escape(self.tr("Referred by: nobody recorded")))
        else:
            self.referrer_label.setText(escape(self.tr("Referred by:")) +
                                        f" <a href='{referrer.id}'>{escape(referrer.display_name)}</a>")
        self.referrals_tree.clear()
        for row in data.referrals if data else []:
            self._add_person(self.referrals_tree, row.id, row, [row.display_name])
        self.referrals_tree.setVisible(bool(data and data.referrals))
        self.no_referrals_label.setVisible(not (data and data.referrals))
        for tree in (self.members_tree, self.relations_tree, self.referrals_tree):
            _fit_height(tree)
        self._member_selected()

    def _add_person(self, tree: QTreeWidget, client_id: uuid.UUID, row: object, texts: list[str]) -> None:
        item = QTreeWidgetItem(texts)
        item.setIcon(0, icon("client"))
        item.setData(0, CLIENT_ID_ROLE, client_id)
        item.setData(0, ROW_ROLE, row)
        item.setToolTip(0, texts[0])
        if client_id == self._client_id:
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
        tree.addTopLevelItem(item)

    # -- reading what is shown (also for tests) ----------------------------------
    @staticmethod
    def rows_of(tree: QTreeWidget) -> list[tuple[str, ...]]:
        return [tuple(tree.topLevelItem(i).text(c) for c in range(tree.columnCount()))
                for i in range(tree.topLevelItemCount())]

    def item_for(self, tree: QTreeWidget, client_id: uuid.UUID) -> QTreeWidgetItem | None:
        for i in range(tree.topLevelItemCount()):
            if tree.topLevelItem(i).data(0, CLIENT_ID_ROLE) == client_id:
                return tree.topLevelItem(i)
        return None

    # -- actions --------------------------------------------------------------
    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        client_id = item.data(0, CLIENT_ID_ROLE)
        if client_id is not None and client_id != self._client_id:
            self.open_client_requested.emit(client_id)

    def _selected_member(self) -> MemberRow | None:
        item = self.members_tree.currentItem()
        return item.data(0, ROW_ROLE) if item is not None and item.isSelected() else None

    def _member_selected(self) -> None:
        member = self._selected_member()
        if member is not None:
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(member.role.value)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        member = self._selected_member()
        self.remove_member_button.setEnabled(member is not None)
        self.role_combo.setEnabled(member is not None)
        self.role_label.setEnabled(member is not None)
        relation = self.relations_tree.currentItem()
        self.remove_relation_button.setEnabled(relation is not None and relation.isSelected())

    def _apply(self, fn) -> None:  # noqa: ANN001
        self.problem_label.hide()
        self._ctx.apply(fn, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.problem_label.setText("\n".join(problem_text(m) for m in error.problems.values()))
            self.problem_label.show()
        else:
            self._ctx.tasks.error.emit(error)

    def _create_household(self) -> None:
        client_id = self._client_id
        if client_id is not None:
            self._apply(lambda s: create_household(s, client_id))

    def _pick_member(self) -> None:
        household = self._data.household if self._data else None
        if household is None:
            return
        default = HouseholdRole.SPOUSE if len(household.members) == 1 else HouseholdRole.CHILD
        choices = [(text, role.value) for role, text in role_names().items() if role is not HouseholdRole.HEAD]
        open_client_picker(self._ctx, self, self.tr("Add to household"), self._add_member,
                           exclude={m.client_id for m in household.members},
                           choice_label=self.tr("Role:"), choices=choices, default_choice=default.value)

    def _add_member(self, picked: PickedClient) -> None:
        household = self._data.household if self._data else None
        if household is not None:
            role = HouseholdRole(picked.choice)
            self._apply(lambda s: add_member(s, household.id, picked.id, role))

    def _remove_member(self) -> None:
        member = self._selected_member()
        if member is not None:
            self._apply(lambda s: remove_member(s, member.member_id))

    def _change_role(self, _index: int) -> None:
        member = self._selected_member()
        household = self._data.household if self._data else None
        role = HouseholdRole(self.role_combo.currentData())
        if member is not None and household is not None and role != member.role:
            self._apply(lambda s: add_member(s, household.id, member.client_id, role))

    def _pick_relation(self) -> None:
        if self._client_id is None or self._data is None:
            return
        choices = [(text, kind.value) for kind, text in relation_names().items()]
        open_client_picker(self._ctx, self, self.tr("Add a relation"), self._add_relation,
                           exclude={self._client_id},
                           choice_label=self.tr("Is %1's:").replace("%1", self._data.client_name),
                           choices=choices, default_choice=RelationKind.SPOUSE.value)

    def _add_relation(self, picked: PickedClient) -> None:
        client_id = self._client_id
        if client_id is not None:
            kind = RelationKind(picked.choice)
            self._apply(lambda s: add_relationship(s, client_id, picked.id, kind))

    def _remove_relation(self) -> None:
        item = self.relations_tree.currentItem()
        if item is not None:
            relation: RelationRow = item.data(0, ROW_ROLE)
            self._apply(lambda s: remove_relationship(s, relation.id))
