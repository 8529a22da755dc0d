"""The tier rules, for the agent to see and change: the value each tier
starts at, how much referred business counts, when loyalty lifts a client a
tier, the exchange rates, and the service each tier gets.

The texts go to the domain as they are typed (TierRules.from_json), so the
dialog checks exactly what the book will; each problem shows under its field
and the dialog stays open. Saving stores the rules and recomputes every tier
on the database worker; the dialog closes once that is done."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from babel.numbers import format_decimal
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from agent_desk.domain.clients import Tier
from agent_desk.domain.segments import GIFT_OCCASIONS, TierRules
from agent_desk.errors import ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.segments import save_tier_rules, tier_rules
from agent_desk.ui.clients.page_labels import gift_occasion_names, problem_text
from agent_desk.ui.context import AppContext
from agent_desk.ui.theme import heading_font

EDIT_CHARS = "000,000,000,000"


def plain_number(value: Decimal) -> str:
    """120000 as "120,000", with every decimal it has, so it reads back exactly."""
    return format_decimal(value, format="#,##0.####", locale="en_US", decimal_quantization=False)


def percent_to_weight(text: str) -> str:
    """"50" (per cent) as "0.5"; text that is no number goes on as typed, for the rules to name."""
    cleaned = "".join(text.split()).replace(",", "").rstrip("%")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return text.strip()
    if not value.is_finite():
        return text.strip()
    return format(value.scaleb(-2).normalize(), "f")


class TierRulesDialog(QDialog):
    rules_loaded = Signal(object)  # TierRules, once the book's rules are in the fields
    saved = Signal(object)  # Changes, once the rules are stored and the tiers recomputed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tier rules"))
        self._ctx = ctx
        self._rules = TierRules()
        self._saving = False
        self.edits: dict[str, QLineEdit] = {}
        self.gifts: dict[tuple[Tier, str], QCheckBox] = {}
        self.errors: dict[str, QLabel] = {}
        self._currency_units: list[QLabel] = []  # beside each amount: the rules' currency
        self._build()
        self.setEnabled(False)  # until the book's rules arrive
        ctx.query(tier_rules, self._loaded)

    # -- construction ---------------------------------------------------------------
    def _build(self) -> None:
        content = QWidget()
        form = QFormLayout(content)
        form.setContentsMargins(16, 12, 16, 12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        self._form = form

        self._heading(self.tr("Value"))
        intro = QLabel(self.tr("A client's value is the yearly premium of their live policies, plus part of the "
                               "premium of the clients they referred, and a smaller part for the clients those "
                               "referred."), objectName="subtle")
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("Tier A from a value of:"), self._money_field("a_value"))
        form.addRow(self.tr("Tier B from a value of:"), self._money_field("b_value"))
        self.weight_hint = QLabel(objectName="subtle")
        form.addRow(self.tr("Referred premium counts at:"), self._line_field(
            "referral_weight", self.tr("%"), self.weight_hint,
            tip=self.tr("The clients they referred count at this share; the clients those referred at this share "
                        "of it again")))
        self.edits["referral_weight"].textChanged.connect(self._update_weight_hint)

        self._heading(self.tr("Loyalty"))
        form.addRow(self.tr("A client with at least:"), self._whole_field("loyalty_policies", self.tr("live policies")))
        form.addRow(self.tr("for at least:"), self._whole_field("loyalty_years", self.tr("years")))
        form.addRow("", QLabel(self.tr("moves up one tier."), objectName="subtle"))

        self.rates_heading = self._heading(self.tr("Exchange rates"))
        self._rate_fields: dict[str, QWidget] = {}

        self._heading(self.tr("Service by tier"))
        names = gift_occasion_names()
        for tier in Tier:
            label = QLabel(self.tr("Tier %1").replace("%1", tier.value))
            label.setFont(heading_font(10.5))
            label.setContentsMargins(0, 6, 0, 0)
            form.addRow(label)
            form.addRow(self.tr("Review every:"), self._whole_field(f"levels.{tier.value}.review_months",
                                                                     self.tr("months")))
            boxes = QHBoxLayout()
            boxes.setContentsMargins(0, 0, 0, 0)
            for code in GIFT_OCCASIONS:
                check = QCheckBox(names.get(code, code))
                check.toggled.connect(lambda _on, key=f"levels.{tier.value}.gift_occasions": self.errors[key].hide())
                self.gifts[(tier, code)] = check
                boxes.addWidget(check)
            boxes.addStretch(1)
            form.addRow(self.tr("Gifts for:"), self._wrap(f"levels.{tier.value}.gift_occasions", boxes))

        self.general_error = QLabel(objectName="fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        form.addRow(self.general_error)

        scroll = self._scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Keep these rules and recompute every client's tier"))
        self.defaults_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setText(self.tr("Restore defaults"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.status_label = QLabel(objectName="subtle")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(12, 0, 12, 0)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(max(640, content.sizeHint().width() + 40), 700)

    def _heading(self, title: str) -> QLabel:
        heading = QLabel(title)
        heading.setFont(heading_font(12.0))
        heading.setContentsMargins(0, 12 if self._form.rowCount() else 0, 0, 2)
        self._form.addRow(heading)
        return heading

    def _wrap(self, key: str, line: QHBoxLayout, focus: QWidget | None = None) -> QWidget:
        """The field's line with its error message (hidden) below."""
        error = QLabel(objectName="fieldError")
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        box = QWidget()
        if focus is not None:
            box.setFocusProxy(focus)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(line)
        column.addWidget(error)
        return box

    def _line_field(self, key: str, unit: str, *extra: QWidget, tip: str = "") -> QWidget:
        edit = QLineEdit()
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        edit.setMaximumWidth(self.fontMetrics().horizontalAdvance(EDIT_CHARS) + 24)
        edit.setToolTip(tip)
        edit.textEdited.connect(lambda _text: self.errors[key].hide())
        self.edits[key] = edit
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(edit)
        if unit:
            line.addWidget(QLabel(unit, objectName="subtle"))
        for widget in extra:
            line.addWidget(widget)
        line.addStretch(1)
        return self._wrap(key, line, edit)

    def _money_field(self, key: str) -> QWidget:
        unit = QLabel(objectName="subtle")
        self._currency_units.append(unit)
        return self._line_field(key, "", unit)

    def _whole_field(self, key: str, unit: str) -> QWidget:
        field = self._line_field(key, unit)
        self.edits[key].setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") + 24)
        return field

    def _rate_rows(self, rules: TierRules) -> None:
        """One form row per currency the rules convert: "1 USD = [31] TWD"."""
        for key in [k for k in self.edits if k.startswith("exchange_rates.")]:
            self._form.removeRow(self._rate_fields.pop(key))
            del self.edits[key]
            del self.errors[key]
        row = self._form.getWidgetPosition(self.rates_heading)[0] + 1
        for code in sorted(rules.exchange_rates):
            if code == rules.currency:
                continue
            key = f"exchange_rates.{code}"
            field = self._line_field(key, rules.currency)
            self._rate_fields[key] = field
            self._form.insertRow(row, self.tr("1 %1 =").replace("%1", code), field)
            row += 1

    # -- values in and out ----------------------------------------------------------
    def _loaded(self, rules: TierRules) -> None:
        self._rules = rules
        self.show_rules(rules)
        self.setEnabled(True)
        self.rules_loaded.emit(rules)

    def show_rules(self, rules: TierRules) -> None:
        self._rate_rows(rules)
        for unit in self._currency_units:
            unit.setText(rules.currency)
        self.edits["a_value"].setText(plain_number(rules.a_value))
        self.edits["b_value"].setText(plain_number(rules.b_value))
        self.edits["referral_weight"].setText(plain_number(rules.referral_weight.scaleb(2)))
        self.edits["loyalty_policies"].setText(str(rules.loyalty_policies))
        self.edits["loyalty_years"].setText(str(rules.loyalty_years))
        for code, rate in rules.exchange_rates.items():
            if f"exchange_rates.{code}" in self.edits:
                self.edits[f"exchange_rates.{code}"].setText(plain_number(rate))
        for tier in Tier:
            level = rules.levels[tier]
            self.edits[f"levels.{tier.value}.review_months"].setText(str(level.review_months))
            for code in GIFT_OCCASIONS:
                self.gifts[(tier, code)].setChecked(code in level.gift_occasions)
        self.clear_problems()

    def restore_defaults(self) -> None:
        self.show_rules(TierRules())

    def texts(self) -> dict[str, Any]:
        """What is on screen, in the rules' JSON shape, unchecked."""
        return {
            "currency": self._rules.currency,
            "exchange_rates": {key.split(".", 1)[1]: edit.text() for key, edit in self.edits.items()
                               if key.startswith("exchange_rates.")},
            "a_value": self.edits["a_value"].text(),
            "b_value": self.edits["b_value"].text(),
            "referral_weight": percent_to_weight(self.edits["referral_weight"].text()),
            "loyalty_policies": self.edits["loyalty_policies"].text(),
            "loyalty_years": self.edits["loyalty_years"].text(),
            "levels": {tier.value: {
                "review_months": self.edits[f"levels.{tier.value}.review_months"].text(),
                "gift_occasions": [code for code in GIFT_OCCASIONS if self.gifts[(tier, code)].isChecked()],
            } for tier in Tier},
        }

    def collect(self) -> TierRules:
        """The rules on screen, checked by the domain; raises ValidationError naming every bad field."""
        return TierRules.from_json(self.texts())

    def show_problems(self, problems: dict[str, str]) -> None:
        self.clear_problems()
        leftovers = []
        first: QWidget | None = None
        for key, message in problems.items():
            label = self.errors.get(key)
            if label is None:
                leftovers.append(problem_text(message))
                continue
            label.setText(problem_text(message))
            label.show()
            if first is None:
                first = self.edits.get(key)
        if leftovers:
            self.general_error.setText("\n".join(leftovers))
            self.general_error.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(first)

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()

    def visible_problems(self) -> dict[str, str]:
        return {key: label.text() for key, label in self.errors.items() if not label.isHidden()}

    # -- saving -----------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        try:
            rules = self.collect()
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self._saving = True
        self.buttons.setEnabled(False)
        self.status_label.setText(self.tr("Saving and recomputing every tier…"))
        self._ctx.apply(lambda s: save_tier_rules(s, rules), self._saved, self._save_failed)

    def _saved(self, changes: Changes) -> None:
        self._saving = False
        self.status_label.clear()
        self.buttons.setEnabled(True)
        self.saved.emit(changes)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._saving = False
        self.status_label.clear()
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_problems(error.problems)
        else:
            self._ctx.tasks.error.emit(error)

    def _update_weight_hint(self, text: str) -> None:
        try:
            weight = Decimal(percent_to_weight(text))
        except InvalidOperation:
            self.weight_hint.clear()
            return
        second = plain_number((weight * weight).scaleb(2))
        self.weight_hint.setText(self.tr("(their referrals at %1%)").replace("%1", second))


def open_tier_rules_dialog(ctx: AppContext, parent: QWidget | None = None) -> TierRulesDialog:
    """Open the dialog (window-modal); it deletes itself when closed."""
    dialog = TierRulesDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
