"""Alternatives side by side: premiums, budget use and cover per person and
benefit, one column per alternative, read-only. The largest cover in a row is
marked, so where the alternatives differ stands out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk.domain.planner import ComparisonRow
from agent_desk.ui.plans.labels import Money, percent_text

NOTHING = "—"
HIGHLIGHT_ALPHA = {False: 45, True: 110}  # of 255, on a light or a dark base: a tint of the accent
BEST_ROLE = Qt.ItemDataRole.UserRole  # True on the cells holding a row's largest cover
MIN_COLUMN_WIDTH = 120


class CompareDialog(QDialog):
    def __init__(self, names: Sequence[str], rows: Sequence[ComparisonRow], money: Money,
                 person_benefit_label: Callable[[ComparisonRow], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare alternatives"))
        self._money = money
        self._label_of = person_benefit_label
        self.table = self._make_table(list(names), list(rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._fit_size()

    # -- the table --------------------------------------------------------------
    def _make_table(self, names: list[str], rows: list[ComparisonRow]) -> QTableWidget:
        table = QTableWidget(len(rows), len(names))
        table.setHorizontalHeaderLabels(names)
        table.setVerticalHeaderLabels([self.row_label(row) for row in rows])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for r, row in enumerate(rows):
            best = self._best(row)
            for c, value in enumerate(row.values):
                table.setItem(r, c, self._cell(row.key, value, c in best))
        return table

    def row_label(self, row: ComparisonRow) -> str:
        labels = {
            "lines": self.tr("Products and riders"),
            "total_annual": self.tr("Total annual premium"),
            "yearly_outlay": self.tr("Paid per year"),
            "budget_used": self.tr("Budget used"),
        }
        if row.key.startswith("cover:"):
            return self._label_of(row)
        return labels.get(row.key, row.key)

    def value_text(self, key: str, value: Decimal | int | None) -> str:
        if value is None:
            return NOTHING
        if key == "lines":
            return str(value)
        if key == "budget_used":
            return percent_text(Decimal(value), "#,##0.0%")
        return self._money(Decimal(value))

    @staticmethod
    def _best(row: ComparisonRow) -> set[int]:
        """Columns with the row's largest cover, when the alternatives differ."""
        values = [v for v in row.values if v is not None]
        if not row.key.startswith("cover:") or len(set(values)) < 2:
            return set()
        top = max(values)
        return {i for i, v in enumerate(row.values) if v == top}

    def _cell(self, key: str, value: Decimal | int | None, best: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(self.value_text(key, value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(BEST_ROLE, best)
        if best:
            tint = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            tint.setAlpha(HIGHLIGHT_ALPHA[self.palette().color(QPalette.ColorRole.Base).lightness() < 128])
            item.setBackground(tint)
            font = QFont(self.font())
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(self.tr("The most cover of the alternatives"))
        return item

    def _fit_size(self) -> None:
        """Equal columns as wide as the widest header or value (headers are bold
        only once the style sheet is applied: measure after polishing)."""
        table = self.table
        self.ensurePolished()
        table.ensurePolished()
        header = table.horizontalHeader()
        header.ensurePolished()
        column = max([MIN_COLUMN_WIDTH] + [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) + 16
                                           for c in range(table.columnCount())])
        width = table.verticalHeader().sizeHint().width() + column * table.columnCount() + 2 * table.frameWidth()
        height = header.sizeHint().height() + table.verticalHeader().length() + 2 * table.frameWidth()
        margins = self.layout().contentsMargins()
        self.resize(min(width + margins.left() + margins.right() + 2, 1100),
                    min(height + self.close_button.sizeHint().height() + margins.top() + margins.bottom() + 16, 700))

    # -- for tests ------------------------------------------------------------------
    def texts(self) -> dict[str, list[str]]:
        """Row label → the text in each alternative's column."""
        table = self.table
        return {table.verticalHeaderItem(r).text(): [table.item(r, c).text() for c in range(table.columnCount())]
                for r in range(table.rowCount())}
