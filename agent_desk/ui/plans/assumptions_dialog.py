"""The needs analysis' assumptions, for the agent to see and adjust: the
household's debts and savings, the method's figures (ratios as percentages,
70 for 0.7) and each person's pension and retirement savings.

Amounts accept thousands separators ("1,200,000") and are read back exactly
as Decimal; a field that does not parse, or is negative, shows why under it
and keeps the dialog open."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from enum import Enum

from babel.numbers import format_decimal, get_currency_symbol
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agent_desk.domain.needs import NeedsAssumptions
from agent_desk.errors import ValidationError
from agent_desk.services.plans import PersonMoney
from agent_desk.ui.clients.formatting import ui_locale
from agent_desk.ui.theme import heading_font

EDIT_CHARS = "000,000,000,000"
HOUSEHOLD = ("mortgage", "other_debts", "liquid_savings")
PERSON_FIELDS = ("expected_pension", "retirement_savings")


class Kind(Enum):
    MONEY = "money"
    PERCENT = "percent"  # a 0–1 ratio, typed as 0–100
    WHOLE = "whole"  # years, ages, a multiple


@dataclass(frozen=True)
class _Spec:
    name: str
    kind: Kind
    label: str
    unit: str = ""
    tip: str = ""


def plain_number(value: Decimal) -> str:
    """1200000 as "1,200,000", with every decimal it has, so it reads back exactly."""
    return format_decimal(value, format="#,##0.##", locale="en_US", decimal_quantization=False)


def parse_number(text: str) -> Decimal:
    """"1,200,000" or "1 200 000" as Decimal; raises ValueError for anything else."""
    cleaned = "".join(text.split()).replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value


class AssumptionsDialog(QDialog):
    def __init__(self, assumptions: NeedsAssumptions, people: Sequence[tuple[str, str]],
                 money: Mapping[str, PersonMoney], currency: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Needs assumptions"))
        self._people = list(people)
        self._currency = currency
        self._method_specs = self._method()
        self._specs: dict[str, _Spec] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._build(assumptions, money)
        self._fit_width()

    # -- what is asked ------------------------------------------------------------
    def _household(self) -> list[_Spec]:
        return [
            _Spec("mortgage", Kind.MONEY, self.tr("Mortgage still owed:")),
            _Spec("other_debts", Kind.MONEY, self.tr("Other debts:"), tip=self.tr("Car and personal loans, cards")),
            _Spec("liquid_savings", Kind.MONEY, self.tr("Savings the family could use:"),
                  tip=self.tr("Cash and investments that would be there if an earner died; they reduce the death "
                              "need")),
        ]

    def _method(self) -> list[tuple[str, list[_Spec]]]:
        years = self.tr("years")
        return [
            (self.tr("If an earner dies"), [
                _Spec("income_replacement_ratio", Kind.PERCENT, self.tr("Income the family still needs:"),
                      self.tr("% of the earner's income")),
                _Spec("independence_age", Kind.WHOLE, self.tr("Children depend on the family until age:")),
                _Spec("min_replacement_years", Kind.WHOLE, self.tr("Fewest years of income for a spouse or parent:"),
                      years, self.tr("For a spouse or parent without income, when no child needs longer")),
                _Spec("education_fund_per_child", Kind.MONEY, self.tr("Education fund per child:")),
                _Spec("final_expenses", Kind.MONEY, self.tr("Funeral and estate costs per person:")),
            ]),
            (self.tr("Illness and accident"), [
                _Spec("ci_income_years", Kind.WHOLE, self.tr("Income to replace during a critical illness:"), years),
                _Spec("ci_minimum", Kind.MONEY, self.tr("Critical illness cover without income:")),
                _Spec("medical_annual_limit", Kind.MONEY, self.tr("Hospital limit per person per year:")),
                _Spec("accident_income_multiple", Kind.WHOLE, self.tr("Accident cover for earners:"),
                      self.tr("× yearly income")),
                _Spec("accident_minimum", Kind.MONEY, self.tr("Accident cover without income:"),
                      tip=self.tr("Children under 18 get half of this")),
            ]),
            (self.tr("Retirement"), [
                _Spec("retirement_age", Kind.WHOLE, self.tr("Retirement age:")),
                _Spec("life_expectancy", Kind.WHOLE, self.tr("Life expectancy:"), self.tr("years of age")),
                _Spec("retirement_income_ratio", Kind.PERCENT, self.tr("Income wanted in retirement:"),
                      self.tr("% of today's income")),
            ]),
        ]

    def _person_specs(self, key: str) -> list[_Spec]:
        return [
            _Spec(f"{key}.expected_pension", Kind.MONEY, self.tr("Expected pension a year:"), tip=self.tr(
                "Yearly, from the retirement age on")),
            _Spec(f"{key}.retirement_savings", Kind.MONEY, self.tr("Saved for retirement so far:")),
        ]

    # -- construction -------------------------------------------------------------
    def _build(self, assumptions: NeedsAssumptions, money: Mapping[str, PersonMoney]) -> None:
        content = QWidget()
        form = QFormLayout(content)  # one form, so every label lines up
        form.setContentsMargins(16, 12, 16, 12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        self._section(form, self.tr("Household"), [(None, self._household())])
        self._section(form, self.tr("Method"), self._method_specs)
        if self._people:
            self._section(form, self.tr("Retirement money per person"),
                          [(name, self._person_specs(key)) for key, name in self._people])
        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.defaults_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setText(self.tr("Restore defaults"))
        self.defaults_button.setToolTip(self.tr("Put the method's standard figures back; the household's debts "
                                                "and savings and each person's money stay as they are"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(self.restore_defaults)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(scroll, 1)
        buttons_row = QHBoxLayout()
        buttons_row.setContentsMargins(12, 0, 12, 0)
        buttons_row.addWidget(self.buttons)
        layout.addLayout(buttons_row)
        self._show(assumptions, money)

    def _section(self, form: QFormLayout, title: str, parts: Sequence[tuple[str | None, Sequence[_Spec]]]) -> None:
        """A heading, then each part's optional subheading and its fields."""
        heading = QLabel(title)
        heading.setFont(heading_font(12.0))
        heading.setContentsMargins(0, 12 if form.rowCount() else 0, 0, 2)
        form.addRow(heading)
        for subheading, specs in parts:
            if subheading:
                label = QLabel(subheading)
                label.setFont(heading_font(10.5))
                label.setContentsMargins(0, 6, 0, 0)
                form.addRow(label)
            for spec in specs:
                form.addRow(spec.label, self._field(spec))

    def _fit_width(self) -> None:
        """Wide enough for the form without a horizontal scroll bar."""
        self.ensurePolished()
        content = self._scroll.widget()
        content.ensurePolished()
        width = content.sizeHint().width() + self._scroll.verticalScrollBar().sizeHint().width() + 8
        self.resize(max(width, self.buttons.sizeHint().width() + 24), min(720, content.sizeHint().height() + 60))

    def _field(self, spec: _Spec) -> QWidget:
        """The edit with its unit beside it and its error message (hidden) below."""
        self._specs[spec.name] = spec
        edit = QLineEdit()
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.setMaximumWidth(self.fontMetrics().horizontalAdvance(EDIT_CHARS) + 24)
        edit.setToolTip(spec.tip)
        edit.textEdited.connect(lambda _text, name=spec.name: self.errors[name].hide())
        error = QLabel(objectName="fieldError")
        error.setWordWrap(True)
        error.hide()
        self.edits[spec.name], self.errors[spec.name] = edit, error
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(edit)
        unit = spec.unit or (get_currency_symbol(self._currency, locale=ui_locale()) if spec.kind is Kind.MONEY
                             else "")
        if unit:
            line.addWidget(QLabel(unit, objectName="subtle"))
        line.addStretch(1)
        box = QWidget()
        box.setFocusProxy(edit)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(line)
        column.addWidget(error)
        return box

    # -- values in and out --------------------------------------------------------
    def _show(self, assumptions: NeedsAssumptions, money: Mapping[str, PersonMoney]) -> None:
        for spec in fields(NeedsAssumptions):
            self._put(spec.name, getattr(assumptions, spec.name))
        for key, _name in self._people:
            person = money.get(key, PersonMoney())
            for name in PERSON_FIELDS:
                self._put(f"{key}.{name}", getattr(person, name))

    def _put(self, name: str, value: Decimal | int) -> None:
        kind = self._specs[name].kind
        if kind is Kind.PERCENT:
            text = plain_number(Decimal(value).scaleb(2))
        elif kind is Kind.MONEY:
            text = plain_number(Decimal(value))
        else:
            text = str(value)
        self.edits[name].setText(text)
        self.errors[name].hide()

    def restore_defaults(self) -> None:
        defaults = NeedsAssumptions()
        for _heading, specs in self._method_specs:
            for spec in specs:
                self._put(spec.name, getattr(defaults, spec.name))

    def _read(self, name: str) -> Decimal | int:
        """The field's value; raises ValueError with the message to show."""
        kind, text = self._specs[name].kind, self.edits[name].text()
        if kind is Kind.MONEY and not text.strip():
            return Decimal(0)  # an empty amount is none
        try:
            value = parse_number(text)
        except ValueError:
            raise ValueError(self._how_to_type(kind)) from None
        if value < 0:
            raise ValueError(self.tr("This cannot be negative."))
        if kind is Kind.PERCENT:
            if value > 100:
                raise ValueError(self.tr("A percentage is at most 100."))
            return value.scaleb(-2)
        if kind is Kind.WHOLE:
            if value != value.to_integral_value():
                raise ValueError(self._how_to_type(kind))
            return int(value)
        return value

    def _how_to_type(self, kind: Kind) -> str:
        return {
            Kind.MONEY: self.tr("Type an amount, e.g. 1,200,000."),
            Kind.PERCENT: self.tr("Type a percentage from 0 to 100, e.g. 70."),
            Kind.WHOLE: self.tr("Type a whole number, e.g. 65."),
        }[kind]

    def _collect(self) -> tuple[dict[str, Decimal | int], dict[str, str]]:
        values, problems = {}, {}
        for name in self.edits:
            try:
                values[name] = self._read(name)
            except ValueError as exc:
                problems[name] = str(exc)
        if "retirement_age" not in problems and "life_expectancy" not in problems \
                and values["retirement_age"] >= values["life_expectancy"]:
            problems["retirement_age"] = self.tr("The retirement age must be below the life expectancy.")
        return values, problems

    def values(self) -> tuple[NeedsAssumptions, dict[str, PersonMoney]]:
        """The assumptions and each person's money as typed; raises
        ValidationError (field name → message) when a field is wrong."""
        values, problems = self._collect()
        if problems:
            raise ValidationError(problems)
        assumptions = replace(NeedsAssumptions(), **{f.name: values[f.name] for f in fields(NeedsAssumptions)})
        money = {key: PersonMoney(**{name: values[f"{key}.{name}"] for name in PERSON_FIELDS})
                 for key, _name in self._people}
        return assumptions, money

    # -- OK -----------------------------------------------------------------------
    def accept(self) -> None:
        """Close only when every field reads; else say why under each wrong one."""
        _values, problems = self._collect()
        if problems:
            self.show_problems(problems)
            return
        super().accept()

    def show_problems(self, problems: Mapping[str, str]) -> None:
        for name, label in self.errors.items():
            label.setVisible(name in problems)
            label.setText(problems.get(name, ""))
        first = next((name for name in self.edits if name in problems), None)
        if first is not None:
            self._scroll.ensureWidgetVisible(self.edits[first])
            self.edits[first].setFocus(Qt.FocusReason.OtherFocusReason)
            self.edits[first].selectAll()

    def visible_problems(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if label.isVisibleTo(self)}
