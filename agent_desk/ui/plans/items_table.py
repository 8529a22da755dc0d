"""The plan's products and riders, one row each, edited in place.

Typing a sum assured or choosing a term changes the row's line at once and
emits `lines_changed`; the screen reprices and hands the prices back with
`show_prices`. Rows are rebuilt only when lines are added or removed, so the
cursor stays where the agent is typing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from agent_desk.domain.catalog import Catalog, Product
from agent_desk.domain.money import to_decimal
from agent_desk.domain.planner import PlanLine, PricedPlan
from agent_desk.i18n.qt import TranslationContext, ui_content_language
from agent_desk.ui.plans.labels import reason_text

Money = Callable[[Decimal], str]
Plans = TranslationContext("Plans")  # the name is the context: see TranslationContext
ERROR_COLOUR = QBrush(QColor(200, 60, 45))  # readable on the light and the dark palette


class Column(IntEnum):
    """Premiums right after the sum, so a narrow window still shows what the plan costs."""

    INSURED = 0
    PRODUCT = 1
    SUM_ASSURED = 2
    ANNUAL = 3
    MODAL = 4
    TERM = 5
    PAYMENT_TERM = 6
    FREQUENCY = 7
    NOTE = 8


class ItemsTable(QWidget):
    lines_changed = Signal()
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._lines: list[PlanLine] = []
        self._catalog: Catalog | None = None
        self._names: Mapping[str, str] = {}
        self.table = QTableWidget(0, len(Column))
        titles = {Column.INSURED: self.tr("Insured"), Column.PRODUCT: self.tr("Product"),
                  Column.SUM_ASSURED: self.tr("Sum assured"), Column.ANNUAL: self.tr("Annual"),
                  Column.MODAL: self.tr("Per payment"), Column.TERM: self.tr("Term"),
                  Column.PAYMENT_TERM: self.tr("Pay years"), Column.FREQUENCY: self.tr("Paid"),
                  Column.NOTE: self.tr("Note")}
        self.table.setHorizontalHeaderLabels([titles[column] for column in Column])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.itemSelectionChanged.connect(self.selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    # -- content ----------------------------------------------------------------------------------------------------
    def set_lines(self, lines: Sequence[PlanLine], catalog: Catalog, names: Mapping[str, str]) -> None:
        """Show these lines (riders right under their base), rebuilding every row."""
        self._catalog, self._names = catalog, dict(names)
        self._lines = _grouped(lines)
        self.table.setRowCount(0)
        self.table.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            self._fill_row(row, line)

    def lines(self) -> list[PlanLine]:
        return list(self._lines)

    def selected_line(self) -> PlanLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self._lines[rows[0].row()] if rows else None

    def select_line(self, key: str) -> None:
        for row, line in enumerate(self._lines):
            if line.key == key:
                self.table.selectRow(row)

    def remove_selected(self) -> PlanLine | None:
        """Remove the selected line, and its riders with it; returns what was removed."""
        line = self.selected_line()
        if line is None:
            return None
        kept = [other for other in self._lines if other.key != line.key and other.base_key != line.key]
        self.set_lines(kept, self._catalog, self._names)
        self.lines_changed.emit()
        return line

    def show_prices(self, priced: PricedPlan, money: Money) -> None:
        normal = QBrush(self.palette().color(QPalette.ColorRole.Text))
        for row, line in enumerate(self._lines):
            result = priced.line(line.key)
            if result is None:
                continue
            self._set_text(row, Column.ANNUAL, money(result.annual_premium) if result.eligible else "—", right=True)
            self._set_text(row, Column.MODAL, money(result.modal_premium) if result.eligible else "—", right=True)
            note = self._set_text(row, Column.NOTE, "" if result.eligible else self.tr("Not eligible: {0}")
                                  .format(reason_text(result.reason)))
            note.setToolTip(note.text())
            note.setForeground(normal if result.eligible else ERROR_COLOUR)

    # -- rows -------------------------------------------------------------------------------------------------------
    def _fill_row(self, row: int, line: PlanLine) -> None:
        product = self._catalog.product(line.product_code) if self._catalog else None
        insured = self._names.get(line.insured_key, "?")
        self._set_text(row, Column.INSURED, insured if line.base_key is None else "")
        name = product.name(ui_content_language()) if product else line.product_code
        self._set_text(row, Column.PRODUCT, name if line.base_key is None else f"  ↳ {name}")
        self.table.setCellWidget(row, Column.SUM_ASSURED, self._sum_editor(line, product))
        self.table.setCellWidget(row, Column.TERM, self._term_choice(line, product))
        self.table.setCellWidget(row, Column.PAYMENT_TERM, self._payment_term_choice(line, product))
        self.table.setCellWidget(row, Column.FREQUENCY, self._frequency_choice(line, product))

    def _set_text(self, row: int, column: Column, text: str, right: bool = False) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        item.setText(text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _sum_editor(self, line: PlanLine, product: Product | None) -> QWidget:
        editor = QLineEdit(f"{line.sum_assured:,.0f}" if line.sum_assured is not None else "")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setAccessibleName(self.tr("Sum assured"))
        if product is not None and product.sum_assured is None:
            editor.setEnabled(False)
            editor.setPlaceholderText(self.tr("on premium"))
            editor.setToolTip(self.tr("Priced as a share of the base product's premium"))
        elif product is not None and product.sum_assured is not None:
            rule = product.sum_assured
            editor.setToolTip(self.tr("From {0:,} to {1:,}, in steps of {2:,}").format(
                rule.minimum, rule.maximum, rule.step))
            if line.base_key is not None:
                editor.setPlaceholderText(self.tr("as base"))
        editor.textEdited.connect(lambda text, key=line.key: self._update(key, sum_assured=_amount(text)))
        return editor

    def _term_choice(self, line: PlanLine, product: Product | None) -> QWidget:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Term"))
        if line.base_key is not None or product is None or not product.terms:
            combo.addItem(self.tr("as base") if line.base_key else self.tr("to age {0}").format(
                product.max_expiry_age if product else "?"), None)
            combo.setEnabled(False)
            return combo
        for term in product.terms:
            combo.addItem(self.tr("{0} years").format(term), term)
        combo.setCurrentIndex(max(0, combo.findData(line.term)))
        combo.currentIndexChanged.connect(lambda _i, key=line.key, c=combo: self._update(key, term=c.currentData()))
        return combo

    def _payment_term_choice(self, line: PlanLine, product: Product | None) -> QWidget:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Pay years"))
        if line.base_key is not None or product is None or not product.payment_terms:
            combo.addItem(self.tr("as base") if line.base_key else self.tr("whole term"), None)
            combo.setEnabled(False)
            return combo
        for years in product.payment_terms:
            combo.addItem(self.tr("{0} years").format(years), years)
        combo.setCurrentIndex(max(0, combo.findData(line.payment_term)))
        combo.currentIndexChanged.connect(
            lambda _i, key=line.key, c=combo: self._update(key, payment_term=c.currentData()))
        return combo

    def _frequency_choice(self, line: PlanLine, product: Product | None) -> QWidget:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Paid"))
        names = frequency_names()
        if line.base_key is not None:
            combo.addItem(self.tr("as base"), None)
            combo.setEnabled(False)
            return combo
        for frequency in (product.modal_factors if product else [line.frequency]):
            combo.addItem(names.get(frequency, frequency), frequency)
        combo.setCurrentIndex(max(0, combo.findData(line.frequency)))
        combo.currentIndexChanged.connect(lambda _i, key=line.key, c=combo: self._set_frequency(key, c.currentData()))
        return combo

    def _set_frequency(self, key: str, frequency: str) -> None:
        """Riders are paid with their base."""
        self._lines = [replace(line, frequency=frequency) if key in (line.key, line.base_key) else line
                       for line in self._lines]
        self.lines_changed.emit()

    def _update(self, key: str, **changes: object) -> None:
        self._lines = [replace(line, **changes) if line.key == key else line for line in self._lines]
        self.lines_changed.emit()


def frequency_names() -> dict[str, str]:
    return {"annual": Plans.tr("Yearly"), "semiannual": Plans.tr("Half-yearly"), "quarterly": Plans.tr("Quarterly"),
            "monthly": Plans.tr("Monthly")}


def _amount(text: str) -> Decimal | None:
    amount = to_decimal(text.replace(" ", ""))
    return amount if amount is not None and amount > 0 else None


def _grouped(lines: Sequence[PlanLine]) -> list[PlanLine]:
    """Bases in their order, each followed by its riders."""
    bases = [line for line in lines if line.base_key is None]
    keys = {line.key for line in bases}
    ordered = []
    for base in bases:
        ordered.append(base)
        ordered += [line for line in lines if line.base_key == base.key]
    return ordered + [line for line in lines if line.base_key is not None and line.base_key not in keys]
