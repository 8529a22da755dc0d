"""Needs and gaps of a household as the plan stands: a chart of how much of each
need is covered, and a table per person and benefit whose rows open onto the
sentences behind each number and the policies that count as existing cover.

The screen calls show_report on every change to the plan, so the table is
updated in place when its shape is unchanged (no flicker, scroll position and
expanded rows kept) and rebuilt, keeping what was expanded, when it is not."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk.domain.needs import Gap, NeedsReport, PersonNeeds
from agent_desk.ui.plans.gap_chart import ChartRow, GapChart
from agent_desk.ui.plans.labels import Money, benefit_name, fill, need_line_text
from agent_desk.ui.theme import heading_font

KEY_ROLE = Qt.ItemDataRole.UserRole
SUBTLE_ROLE = Qt.ItemDataRole.UserRole + 1  # drawn in the placeholder colour: detail lines, benefits with nothing
CHART_HEIGHT_HINT = 340  # at most, before the agent drags the splitter
MONEY_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Planned = Callable[[str, str], Decimal]  # (person key, benefit) → this plan's cover


class Column(IntEnum):
    BENEFIT = 0
    NEED = 1
    EXISTING = 2
    PLANNED = 3
    OPEN = 4


class Kind(IntEnum):
    PERSON = 0
    BENEFIT = 1
    DETAIL = 2


@dataclass(frozen=True)
class _Node:
    """One row of the table as it should be: compared with what is shown."""

    key: str
    kind: Kind
    texts: tuple[str, ...]
    muted: bool = False
    children: tuple[_Node, ...] = ()


class _ChartScroll(QScrollArea):
    """Asks for the chart's height (up to a limit), so the splitter starts with
    the chart readable instead of at a scroll area's small default."""

    def sizeHint(self) -> QSize:  # noqa: N802
        inner = self.widget().sizeHint() if self.widget() else QSize(0, 0)
        frame = 2 * self.frameWidth()
        return QSize(inner.width() + frame, min(inner.height() + frame, CHART_HEIGHT_HINT))


class NeedsView(QWidget):
    assumptions_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._expanded: dict[str, bool] = {}  # the user's choice, by row key, across rebuilds
        self.chart = GapChart()
        self.tree = self._make_tree()
        self.uncounted_label = QLabel(objectName="subtle")
        self.uncounted_label.setWordWrap(True)
        self.uncounted_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.uncounted_label.hide()
        self._build_layout()

    # -- construction -----------------------------------------------------------
    def _make_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(len(Column))
        tree.setHeaderLabels([self.tr("Benefit"), self.tr("Need"), self.tr("Existing"), self.tr("This plan"),
                              self.tr("Still open")])
        for column in (Column.NEED, Column.EXISTING, Column.PLANNED, Column.OPEN):
            tree.headerItem().setTextAlignment(column, MONEY_ALIGNMENT)
        header = tree.header()
        header.setStretchLastSection(False)
        # Names before numbers: a narrow pane scrolls sideways rather than hiding which benefit a row is.
        header.setSectionResizeMode(Column.BENEFIT, QHeaderView.ResizeMode.ResizeToContents)
        for column in (Column.NEED, Column.EXISTING, Column.PLANNED, Column.OPEN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.itemExpanded.connect(lambda item: self._remember(item, True))
        tree.itemCollapsed.connect(lambda item: self._remember(item, False))
        return tree

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Needs and gaps"))
        title.setFont(heading_font(13.0))
        self.assumptions_button = QPushButton(self.tr("Assumptions…"))
        self.assumptions_button.setToolTip(self.tr("The figures and rules the needs are worked out with"))
        self.assumptions_button.clicked.connect(self.assumptions_requested)
        header = QHBoxLayout()
        header.setContentsMargins(12, 8, 12, 4)
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.assumptions_button)

        self.chart_scroll = _ChartScroll()
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.chart_scroll.setWidget(self.chart)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.setSpacing(4)
        lower_layout.addWidget(self.tree, 1)
        lower_layout.addWidget(self.uncounted_label)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chart_scroll)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([CHART_HEIGHT_HINT, 2 * CHART_HEIGHT_HINT])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        body = QVBoxLayout()
        body.setContentsMargins(12, 0, 12, 8)
        body.addWidget(self.splitter, 1)
        layout.addLayout(body, 1)

    # -- showing ----------------------------------------------------------------
    def show_report(self, report: NeedsReport, planned: Planned, money: Money,
                    uncounted: Sequence[str] = ()) -> None:
        """Show this report with `planned(person_key, benefit)` as the plan's cover."""
        self.chart.set_rows(self._chart_rows(report, planned), money)
        self.chart_scroll.updateGeometry()
        nodes = tuple(self._person_node(person, planned, money) for person in report.people)
        self.tree.setUpdatesEnabled(False)
        try:
            self._sync(self.tree.invisibleRootItem(), nodes)
        finally:
            self.tree.setUpdatesEnabled(True)
        self.uncounted_label.setText(fill(self.tr("Not counted: %1"), "; ".join(uncounted)))
        self.uncounted_label.setVisible(bool(uncounted))

    @staticmethod
    def _chart_rows(report: NeedsReport, planned: Planned) -> list[ChartRow]:
        return [ChartRow(person.name, gap.benefit.value, gap.need, gap.existing, planned(person.key, gap.benefit.value))
                for person in report.people for gap in person.gaps]

    def person_title(self, person: PersonNeeds) -> str:
        """"Ann Lee, 40 — earner"."""
        title = person.name if person.age is None else fill(self.tr("%1, %2"), person.name, person.age)
        hints = ([self.tr("earner")] if person.is_earner else []) + ([self.tr("dependant")]
                                                                       if person.is_dependant else [])
        return fill(self.tr("%1 — %2"), title, ", ".join(hints)) if hints else title

    def _person_node(self, person: PersonNeeds, planned: Planned, money: Money) -> _Node:
        children = tuple(self._benefit_node(person.key, gap, planned(person.key, gap.benefit.value), money)
                         for gap in person.gaps)
        return _Node(person.key, Kind.PERSON, (self.person_title(person),), children=children)

    def _benefit_node(self, person_key: str, gap: Gap, planned: Decimal, money: Money) -> _Node:
        still_open = max(Decimal(0), gap.need - gap.existing - planned)
        details = [_Node(f"line:{i}:{line.code}", Kind.DETAIL, (need_line_text(line, money),))
                   for i, line in enumerate(gap.lines)]
        details += [_Node(f"source:{i}", Kind.DETAIL, (fill(self.tr("Existing: %1 %2"), cover.source,
                                                            money(cover.amount)),))
                    for i, cover in enumerate(gap.sources)]
        texts = (benefit_name(gap.benefit.value), money(gap.need), money(gap.existing), money(planned),
                 money(still_open))
        muted = not (gap.need or gap.existing or planned)
        return _Node(f"{person_key}/{gap.benefit.value}", Kind.BENEFIT, texts, muted, tuple(details))

    # -- keeping the tree in step -------------------------------------------------
    def _sync(self, parent: QTreeWidgetItem, nodes: Sequence[_Node]) -> None:
        """Update rows in place when the keys match, else rebuild this level."""
        shown = [parent.child(i).data(0, KEY_ROLE) for i in range(parent.childCount())]
        if shown != [node.key for node in nodes]:
            parent.takeChildren()
            for node in nodes:
                parent.addChild(self._new_item(node))
            for i, node in enumerate(nodes):
                self._restore_expanded(parent.child(i), node)
            return
        for i, node in enumerate(nodes):
            item = parent.child(i)
            self._fill(item, node)
            self._sync(item, node.children)

    def _new_item(self, node: _Node) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, KEY_ROLE, node.key)
        self._fill(item, node)
        for child in node.children:
            item.addChild(self._new_item(child))
        return item

    def _fill(self, item: QTreeWidgetItem, node: _Node) -> None:
        for column, text in enumerate(node.texts):
            if item.text(column) != text:
                item.setText(column, text)
            if column != Column.BENEFIT:
                item.setTextAlignment(column, MONEY_ALIGNMENT)
        if node.kind is Kind.DETAIL:
            item.setToolTip(0, node.texts[0])
        self._style(item, node)

    def _style(self, item: QTreeWidgetItem, node: _Node) -> None:
        if node.kind is Kind.PERSON:
            font = QFont(self.tree.font())
            font.setWeight(QFont.Weight.DemiBold)
            item.setFont(0, font)
        item.setData(0, SUBTLE_ROLE, node.kind is Kind.DETAIL or node.muted)
        self._colour(item)

    def _colour(self, item: QTreeWidgetItem) -> None:
        role = QPalette.ColorRole.PlaceholderText if item.data(0, SUBTLE_ROLE) else QPalette.ColorRole.Text
        brush = QBrush(self.palette().color(role))
        for column in range(len(Column)):
            if item.foreground(column) != brush:
                item.setForeground(column, brush)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Light/dark switched: recolour the rows in the new palette."""
        if event.type() == QEvent.Type.PaletteChange:
            pending = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
            while pending:
                item = pending.pop()
                pending += [item.child(i) for i in range(item.childCount())]
                self._colour(item)
        super().changeEvent(event)

    def _restore_expanded(self, item: QTreeWidgetItem, node: _Node) -> None:
        """Spans, then expansion: persons open and benefits closed unless the user chose."""
        if node.kind in (Kind.PERSON, Kind.DETAIL):
            item.setFirstColumnSpanned(True)
        if node.children:
            key = self._path(item)
            item.setExpanded(self._expanded.get(key, node.kind is Kind.PERSON))
        for i, child in enumerate(node.children):
            self._restore_expanded(item.child(i), child)

    def _remember(self, item: QTreeWidgetItem, expanded: bool) -> None:
        self._expanded[self._path(item)] = expanded

    @staticmethod
    def _path(item: QTreeWidgetItem) -> str:
        keys = []
        while item is not None:
            keys.append(str(item.data(0, KEY_ROLE)))
            item = item.parent()
        return "/".join(reversed(keys))

    # -- for callers and tests ----------------------------------------------------
    def person_item(self, key: str) -> QTreeWidgetItem | None:
        root = self.tree.invisibleRootItem()
        return next((root.child(i) for i in range(root.childCount()) if root.child(i).data(0, KEY_ROLE) == key),
                    None)

    def benefit_item(self, person_key: str, benefit: str) -> QTreeWidgetItem | None:
        person = self.person_item(person_key)
        if person is None:
            return None
        wanted = f"{person_key}/{benefit}"
        return next((person.child(i) for i in range(person.childCount())
                     if person.child(i).data(0, KEY_ROLE) == wanted), None)
