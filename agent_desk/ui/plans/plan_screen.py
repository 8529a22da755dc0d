"""The plan designer: a client's household, its needs and gaps, and up to three
alternative plans built from the catalog, priced as the agent types.

The book is read once per client (members, existing cover, catalog, saved
plans) on the database worker; pricing and the needs analysis are pure and
quick, so they run here on every edit. Suggestions run on the work pool.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton, QSplitter, QTabBar,
    QTextBrowser, QVBoxLayout, QWidget,
)

from agent_desk.domain.money import to_decimal
from agent_desk.domain.needs import NeedsAssumptions, NeedsReport
from agent_desk.domain.planner import (
    MAX_ALTERNATIVES, Alternative, Budget, PlanLine, PlanStatus, PricedPlan, compare, price_plan,
)
from agent_desk.domain.suggest import Suggestion, suggest_plan
from agent_desk.errors import ValidationError
from agent_desk.i18n.qt import ui_content_language
from agent_desk.services.changes import Changes
from agent_desk.services.plans import (
    PersonMoney, PlanDraft, PlanFacts, PlanRecord, PlanSummary, alternatives_of, create_pending_policies, delete_plan,
    plan_facts, plan_people, plans_of, save_plan,
)
from agent_desk.ui import settings as S
from agent_desk.ui.clients.client_picker import PickedClient, open_client_picker
from agent_desk.ui.clients.formatting import money_text
from agent_desk.ui.clients.page_labels import problem_text
from agent_desk.ui.context import AppContext
from agent_desk.ui.icons import icon
from agent_desk.ui.plans.assumptions_dialog import AssumptionsDialog
from agent_desk.ui.plans.catalog_browser import CatalogBrowser
from agent_desk.ui.plans.compare_dialog import CompareDialog
from agent_desk.ui.plans.items_table import ItemsTable
from agent_desk.ui.plans.labels import benefit_name, choice_text, status_name
from agent_desk.ui.plans.needs_view import NeedsView

DEFAULT_NAMES = (QT_TRANSLATE_NOOP("PlanScreen", "Recommended"), QT_TRANSLATE_NOOP("PlanScreen", "Essential"),
                 QT_TRANSLATE_NOOP("PlanScreen", "Comprehensive"))
NEEDS_BENEFITS = ("death", "critical_illness", "medical", "accident", "education", "retirement")


@dataclass
class _Alternative:
    name: str
    lines: list[PlanLine] = field(default_factory=list)
    status: PlanStatus = PlanStatus.DRAFT
    budget: Decimal | None = None
    period: str = "monthly"
    assumptions: NeedsAssumptions = NeedsAssumptions()
    money: dict[str, PersonMoney] = field(default_factory=dict)
    id: uuid.UUID | None = None
    explanation: list[str] = field(default_factory=list)
    policies_created: int = 0

    @staticmethod
    def from_record(record: PlanRecord) -> _Alternative:
        d = record.draft
        return _Alternative(d.name, list(d.lines), d.status, d.budget, d.budget_period, d.assumptions,
                            dict(d.person_money), record.id, policies_created=record.policies_created)

    def copy(self, name: str) -> _Alternative:
        """A new draft with the same products; its items get their own keys (ids)."""
        keys = {line.key: uuid.uuid4().hex for line in self.lines}
        lines = [replace(line, key=keys[line.key], base_key=keys.get(line.base_key) if line.base_key else None)
                 for line in self.lines]
        return _Alternative(name, lines, PlanStatus.DRAFT, self.budget, self.period, self.assumptions,
                            dict(self.money))


@dataclass(frozen=True)
class _Loaded:
    facts: PlanFacts
    summaries: list[PlanSummary]
    records: list[PlanRecord]


class PlanScreen(QWidget):
    client_opened = Signal(object)  # UUID of the client whose plans are shown
    proposal_requested = Signal(object, object, str)  # plan id, client id, client name: print its proposal

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._client_id: uuid.UUID | None = None
        self._facts: PlanFacts | None = None
        self._alternatives: list[_Alternative] = []
        self._group: uuid.UUID | None = None
        self._report: NeedsReport | None = None
        self._priced: PricedPlan | None = None
        self._dirty = False
        self._visit = 0
        self._proposal_after_save = False
        self._build()
        self._wire()
        self._show_empty()

    # -- assembly ---------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = QLabel(self.tr("Protection plan"), objectName="pageTitle")
        self.subtitle_label = QLabel(objectName="subtle")
        self.subtitle_label.setWordWrap(True)
        self.choose_button = QPushButton(icon("clients"), self.tr("Choose client…"))
        self.plans_combo = QComboBox(minimumContentsLength=18)
        self.plans_combo.setAccessibleName(self.tr("Saved plans"))
        self.new_plan_button = QPushButton(self.tr("New plan"))
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        for widget in (self.choose_button, self.plans_combo, self.new_plan_button):
            header.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.add_alternative_button = QPushButton(self.tr("Add alternative"))
        self.remove_alternative_button = QPushButton(self.tr("Remove alternative"))
        self.compare_button = QPushButton(icon("compare"), self.tr("Compare…"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Alternative name"))
        self.status_combo = QComboBox()
        for status in PlanStatus:
            self.status_combo.addItem(status_name(status.value), status)
        alternatives = QHBoxLayout()
        alternatives.addWidget(self.tabs, 1)
        for widget in (self.add_alternative_button, self.remove_alternative_button, self.compare_button,
                       QLabel(self.tr("Name")), self.name_edit, QLabel(self.tr("Status")), self.status_combo):
            alternatives.addWidget(widget)

        self.budget_edit = QLineEdit(placeholderText=self.tr("e.g. 10,000"), maximumWidth=120)
        self.budget_edit.setAccessibleName(self.tr("Budget"))
        self.period_combo = QComboBox()
        self.period_combo.addItem(self.tr("a month"), "monthly")
        self.period_combo.addItem(self.tr("a year"), "annual")
        self.budget_bar = QProgressBar(textVisible=True, maximum=1000)
        self.budget_bar.setFormat(self.tr("No budget set"))
        self.suggest_button = QPushButton(icon("suggest"), self.tr("Suggest a plan"))
        self.suggest_button.setToolTip(self.tr("Pick products and sums that close the most important gaps "
                                               "within the budget"))
        budget = QHBoxLayout()
        budget.addWidget(QLabel(self.tr("Budget")))
        budget.addWidget(self.budget_edit)
        budget.addWidget(self.period_combo)
        budget.addWidget(self.budget_bar, 1)
        budget.addWidget(self.suggest_button)

        self.needs_view = NeedsView()
        self.browser = CatalogBrowser()
        self.items = ItemsTable()
        self.remove_line_button = QPushButton(icon("delete"), self.tr("Remove"))
        self.remove_line_button.setToolTip(self.tr("Remove the selected product and its riders (Delete)"))
        self.totals_label = QLabel(objectName="totals")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QTextBrowser(maximumHeight=110)
        self.explanation.setPlaceholderText(self.tr("Press Suggest a plan to see the choice explained here."))
        totals = QHBoxLayout()
        totals.addWidget(self.totals_label, 1)
        totals.addWidget(self.remove_line_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_splitter = QSplitter(Qt.Orientation.Vertical)
        right_splitter.addWidget(self.browser)
        plan_box = QWidget()
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.items, 1)
        plan_layout.addLayout(totals)
        plan_layout.addWidget(self.explanation)
        right_splitter.addWidget(plan_box)
        right_splitter.setStretchFactor(1, 2)
        right_splitter.setSizes([170, 530])
        right_layout.addWidget(right_splitter)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.needs_view)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([500, 760])
        self.splitter.setChildrenCollapsible(False)

        self.banner = QLabel(objectName="fieldError")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.save_button = QPushButton(icon("save"), self.tr("Save plan"))
        self.save_button.setToolTip(self.tr("Save every alternative of this plan (Ctrl+S)"))
        self.issue_button = QPushButton(icon("accept"), self.tr("Create pending policies"))
        self.issue_button.setToolTip(self.tr("Turn an accepted plan's products into pending policies"))
        self.proposal_button = QPushButton(icon("proposal"), self.tr("Print proposal…"))
        self.proposal_button.setToolTip(self.tr("A PDF proposal of this plan and its alternatives for the client "
                                                "meeting (Ctrl+Shift+P)"))
        footer = QHBoxLayout()
        footer.addWidget(self.banner, 1)
        footer.addWidget(self.issue_button)
        footer.addWidget(self.proposal_button)
        footer.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(header)
        layout.addLayout(alternatives)
        layout.addLayout(budget)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)
        self._editors = [self.tabs, self.add_alternative_button, self.remove_alternative_button, self.compare_button,
                         self.name_edit, self.status_combo, self.budget_edit, self.period_combo, self.suggest_button,
                         self.splitter, self.save_button, self.issue_button, self.plans_combo, self.new_plan_button,
                         self.proposal_button]

    def _wire(self) -> None:
        self.choose_button.clicked.connect(self._choose_client)
        self.plans_combo.activated.connect(self._plan_chosen)
        self.new_plan_button.clicked.connect(self._new_plan)
        self.tabs.currentChanged.connect(self._alternative_changed)
        self.add_alternative_button.clicked.connect(self._add_alternative)
        self.remove_alternative_button.clicked.connect(self._remove_alternative)
        self.compare_button.clicked.connect(self._compare)
        self.name_edit.textEdited.connect(self._name_edited)
        self.status_combo.activated.connect(self._status_chosen)
        self.budget_edit.textEdited.connect(self._budget_edited)
        self.period_combo.activated.connect(self._budget_edited)
        self.suggest_button.clicked.connect(self.suggest)
        self.needs_view.assumptions_requested.connect(self._edit_assumptions)
        self.browser.add_requested.connect(self.add_product)
        self.browser.rider_requested.connect(self.add_rider)
        self.items.lines_changed.connect(self._lines_edited)
        self.items.selection_changed.connect(self._line_selected)
        self.remove_line_button.clicked.connect(self.items.remove_selected)
        self.save_button.clicked.connect(self.save)
        self.issue_button.clicked.connect(self._issue_policies)
        self.proposal_button.clicked.connect(self.request_proposal)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_P), self, self.request_proposal)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Delete, self.items.table, self.items.remove_selected)
        self._ctx.bus.changes_applied.connect(self._changes_applied)

    # -- loading ----------------------------------------------------------------------------------------------------
    def open_client(self, client_id: uuid.UUID, plan_id: uuid.UUID | None = None) -> None:
        """Show the client's latest plan (or `plan_id`), or start one."""
        if client_id != self._client_id and not self._may_discard():
            return
        self._visit += 1
        visit = self._visit

        def load(session) -> _Loaded:  # noqa: ANN001
            facts = plan_facts(session, client_id)
            summaries = plans_of(session, client_id)
            chosen = plan_id or (summaries[0].id if summaries else None)
            return _Loaded(facts, summaries, alternatives_of(session, chosen) if chosen else [])

        self._ctx.query(load, lambda loaded: self._loaded(visit, client_id, loaded, plan_id), self._load_failed)

    def _loaded(self, visit: int, client_id: uuid.UUID, loaded: _Loaded, plan_id: uuid.UUID | None = None) -> None:
        if visit != self._visit:
            return
        self._client_id, self._facts = client_id, loaded.facts
        self._fill_plans_combo(loaded.summaries)
        if loaded.records:
            self._alternatives = [_Alternative.from_record(r) for r in loaded.records]
            self._group = loaded.records[0].draft.alternative_group
        else:
            self._alternatives, self._group = [_Alternative(self.tr(DEFAULT_NAMES[0]))], None
        self._dirty = False
        self._show_client()
        shown = next((i for i, alt in enumerate(self._alternatives) if plan_id and alt.id == plan_id), 0)
        if shown:
            self.tabs.setCurrentIndex(shown)  # the alternative asked for, not always the first
        self.client_opened.emit(client_id)

    def _load_failed(self, error: BaseException) -> None:
        self._show_banner(str(error))

    def _fill_plans_combo(self, summaries: list[PlanSummary]) -> None:
        self.plans_combo.clear()
        groups: dict[uuid.UUID, list[PlanSummary]] = {}
        for summary in summaries:
            groups.setdefault(summary.alternative_group or summary.id, []).append(summary)
        for members in groups.values():
            first = members[0]
            label = self.tr("{0} · {1} · {2} alternative(s)").format(
                first.name, first.updated_at.strftime("%Y-%m-%d"), len(members))
            self.plans_combo.addItem(label, first.id)
        if not summaries:
            self.plans_combo.addItem(self.tr("No saved plan yet"), None)
        self.plans_combo.setEnabled(bool(summaries))

    def _show_empty(self) -> None:
        self.subtitle_label.setText(self.tr("Choose a client to design a plan for the client's household."))
        for widget in self._editors:
            widget.setEnabled(False)

    def _show_client(self) -> None:
        for widget in self._editors:
            widget.setEnabled(True)
        facts = self._facts
        catalog = facts.catalog
        self.title_label.setText(self.tr("Protection plan for {0}").format(facts.members[0].name))
        subtitle = self.tr("{0} people in the household · catalog {1} {2} ({3})").format(
            len(facts.members), catalog.catalog_id, catalog.version, catalog.currency)
        if facts.uncounted:
            subtitle += " · " + self.tr("{0} policies not counted as existing cover").format(len(facts.uncounted))
        self.subtitle_label.setText(subtitle)
        self.browser.set_catalog(catalog, list(self._people().values()), date.today(), self._money)
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for alternative in self._alternatives:
            self.tabs.addTab(alternative.name)
        self.tabs.setCurrentIndex(0)
        self.tabs.blockSignals(False)
        self._show_alternative()

    def _show_alternative(self) -> None:
        alt = self._current()
        self.name_edit.setText(alt.name)
        self.status_combo.setCurrentIndex(self.status_combo.findData(alt.status))
        self.budget_edit.setText(f"{alt.budget:,}" if alt.budget is not None else "")
        self.period_combo.setCurrentIndex(self.period_combo.findData(alt.period))
        self.items.set_lines(alt.lines, self._facts.catalog, {k: p.name for k, p in self._people().items()})
        self.explanation.setPlainText("\n".join(alt.explanation))
        self.add_alternative_button.setEnabled(len(self._alternatives) < MAX_ALTERNATIVES)
        self.remove_alternative_button.setEnabled(len(self._alternatives) > 1)
        self.compare_button.setEnabled(len(self._alternatives) > 1)
        self._analyse()
        self._reprice()
        self._line_selected()

    # -- state helpers ----------------------------------------------------------------------------------------------
    def _current(self) -> _Alternative:
        return self._alternatives[max(0, self.tabs.currentIndex())]

    def _people(self):  # noqa: ANN202
        return plan_people(self._facts.members)

    def _money(self, amount: Decimal) -> str:
        return money_text(amount, self._facts.catalog.currency if self._facts else "TWD")

    def _changed(self) -> None:
        self._dirty = True
        self.save_button.setText(self.tr("Save plan *"))

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _may_discard(self) -> bool:
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved plan"), self.tr("This plan has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # -- analysis and pricing ---------------------------------------------------------------------------------------
    def _analyse(self) -> None:
        alt = self._current()
        try:
            self._report = self._facts.analyse(alt.assumptions, alt.money, date.today())
            self.banner.hide()
        except ValidationError as error:
            self._report = None
            self._show_banner(self.tr("The needs analysis cannot run: {0}").format(error))

    def _reprice(self) -> None:
        alt = self._current()
        catalog = self._facts.catalog
        self._priced = price_plan(catalog, self._people(), alt.lines, date.today())
        self.items.show_prices(self._priced, self._money)
        ineligible = len(self._priced.ineligible)
        text = self.tr("Total {0} a year · paid {1} a year").format(
            self._money(self._priced.total_annual_premium), self._money(self._priced.yearly_outlay))
        if ineligible:
            text += " · " + self.tr("{0} not eligible, left out of the totals").format(ineligible)
        self.totals_label.setText(text)
        self._show_budget(alt)
        if self._report is not None:
            self.needs_view.show_report(self._report, self._priced.cover, self._money, self._facts.uncounted)

    def _show_budget(self, alt: _Alternative) -> None:
        if alt.budget is None:
            self.budget_bar.setValue(0)
            self.budget_bar.setFormat(self.tr("No budget set"))
            self.budget_bar.setProperty("over", False)
            return
        budget = Budget(alt.budget, alt.period)
        share = budget.used_share(self._priced)
        per_period = self._priced.yearly_outlay / (12 if alt.period == "monthly" else 1)
        self.budget_bar.setValue(min(1000, int(share * 1000)))
        period = self.tr("a month") if alt.period == "monthly" else self.tr("a year")
        self.budget_bar.setFormat(self.tr("Uses {0} of {1} {2} ({3}%)").format(
            self._money(per_period.quantize(Decimal("1"))), self._money(alt.budget), period,
            f"{share * 100:.0f}"))
        over = share > 1
        if self.budget_bar.property("over") != over:
            self.budget_bar.setProperty("over", over)
            self.budget_bar.style().unpolish(self.budget_bar)
            self.budget_bar.style().polish(self.budget_bar)

    # -- editing ----------------------------------------------------------------------------------------------------
    def add_product(self, code: str, person_key: str) -> None:
        product = self._facts.catalog.product(code)
        if product is None:
            return
        rule = product.sum_assured
        gap = self._report.person(person_key).gap_for(product.benefits[0]).gap if (
            self._report and product.benefits[0] in NEEDS_BENEFITS) else Decimal(0)
        sum_assured = rule.round_up(max(gap - self._priced.cover(person_key, product.benefits[0]), rule.minimum)) \
            if rule else None
        line = PlanLine(uuid.uuid4().hex, person_key, code, sum_assured, product.terms[0] if product.terms else None,
                        product.payment_terms[-1] if product.payment_terms else None, self._default_frequency())
        self._set_lines([*self.items.lines(), line], select=line.key)

    def add_rider(self, code: str) -> None:
        base = self.items.selected_line()
        if base is None or base.base_key is not None:
            return
        line = PlanLine(uuid.uuid4().hex, base.insured_key, code, None, None, None, base.frequency, base.key)
        self._set_lines([*self.items.lines(), line], select=line.key)

    def _default_frequency(self) -> str:
        return "monthly" if self._current().period == "monthly" else "annual"

    def _set_lines(self, lines: list[PlanLine], select: str | None = None) -> None:
        self._current().lines = list(lines)
        self.items.set_lines(lines, self._facts.catalog, {k: p.name for k, p in self._people().items()})
        if select:
            self.items.select_line(select)
        self._changed()
        self._reprice()

    def _lines_edited(self) -> None:
        self._current().lines = self.items.lines()
        self._changed()
        self._reprice()

    def _line_selected(self) -> None:
        line = self.items.selected_line()
        self.remove_line_button.setEnabled(line is not None)
        riders: list[tuple[str, str]] = []
        if line is not None and line.base_key is None and self._facts:
            catalog = self._facts.catalog
            taken = {o.product_code for o in self.items.lines() if o.base_key == line.key}
            language = ui_content_language()
            riders = [(r.code, r.name(language)) for r in catalog.riders_of(catalog.product(line.product_code))
                      if r.code not in taken]
            self.browser.set_person(line.insured_key)
        self.browser.set_riders(riders)

    def _name_edited(self, text: str) -> None:
        self._current().name = text
        self.tabs.setTabText(self.tabs.currentIndex(), text or "…")
        self._changed()

    def _status_chosen(self) -> None:
        self._current().status = PlanStatus(self.status_combo.currentData())
        self._changed()

    def _budget_edited(self) -> None:
        alt = self._current()
        text = self.budget_edit.text().strip()
        amount = to_decimal(text) if text else None
        alt.budget = amount if amount is not None and amount > 0 else None
        alt.period = self.period_combo.currentData()
        if text and alt.budget is None:
            self._show_banner(self.tr("The budget must be an amount above zero, e.g. 10,000."))
        else:
            self.banner.hide()
        self._changed()
        self._reprice()

    def _edit_assumptions(self) -> None:
        alt = self._current()
        people = [(str(m.client_id), m.name) for m in self._facts.members]
        dialog = AssumptionsDialog(alt.assumptions, people, alt.money, self._facts.catalog.currency, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            alt.assumptions, alt.money = dialog.values()
            self._changed()
            self._analyse()
            self._reprice()

        dialog.accepted.connect(accepted)
        dialog.open()

    # -- alternatives -----------------------------------------------------------------------------------------------
    def _alternative_changed(self, index: int) -> None:
        if 0 <= index < len(self._alternatives):
            self._show_alternative()

    def _add_alternative(self) -> None:
        if len(self._alternatives) >= MAX_ALTERNATIVES:
            return
        used = {a.name for a in self._alternatives}
        name = next((self.tr(n) for n in DEFAULT_NAMES if self.tr(n) not in used),
                    self.tr("Alternative {0}").format(len(self._alternatives) + 1))
        self._alternatives.append(self._current().copy(name))
        self.tabs.addTab(name)
        self.tabs.setCurrentIndex(len(self._alternatives) - 1)
        self._changed()

    def _remove_alternative(self) -> None:
        if len(self._alternatives) < 2:
            return
        alt = self._current()
        answer = QMessageBox.question(self, self.tr("Remove alternative"),
                                      self.tr("Remove the alternative “{0}”?").format(alt.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        index = self.tabs.currentIndex()
        self._alternatives.pop(index)
        self.tabs.removeTab(index)
        if alt.id is not None:
            self._ctx.apply(lambda s, plan_id=alt.id: delete_plan(s, plan_id))
        self._show_alternative()

    def _compare(self) -> None:
        people = list(self._people().values())
        catalog = self._facts.catalog
        alternatives = [Alternative(a.name, price_plan(catalog, self._people(), a.lines, date.today()))
                        for a in self._alternatives]
        alt = self._current()
        budget = Budget(alt.budget, alt.period) if alt.budget else None
        rows = compare(alternatives, people, NEEDS_BENEFITS, budget)

        def label(row) -> str:  # noqa: ANN001
            return f"{row.params.get('person', '')} · {benefit_name(row.params.get('benefit', ''))}"

        dialog = CompareDialog([a.name for a in alternatives], rows, self._money, label, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- suggestion -------------------------------------------------------------------------------------------------
    def suggest(self) -> None:
        alt = self._current()
        if alt.budget is None:
            self._show_banner(self.tr("Set a budget first: the suggestion fits the plan into it."))
            self.budget_edit.setFocus()
            return
        if self._report is None:
            return
        if alt.lines and QMessageBox.question(
                self, self.tr("Suggest a plan"),
                self.tr("Replace the products of “{0}” with a suggestion?").format(alt.name)
        ) != QMessageBox.StandardButton.Yes:
            return
        catalog, report, people = self._facts.catalog, self._report, self._people()
        budget, visit = Budget(alt.budget, alt.period), self._visit
        self.suggest_button.setEnabled(False)
        self._ctx.tasks.run(lambda: suggest_plan(catalog, report, people, budget, date.today()),
                            lambda suggestion: self._suggested(visit, alt, suggestion),
                            self._suggest_failed)

    def _suggested(self, visit: int, alt: _Alternative, suggestion: Suggestion) -> None:
        self.suggest_button.setEnabled(True)
        if visit != self._visit or alt not in self._alternatives:
            return
        names = {code: p.name(ui_content_language()) for code, p in self._facts.catalog.products.items()}
        alt.explanation = [choice_text(choice, names, self._money) for choice in suggestion.choices]
        keys = {line.key: uuid.uuid4().hex for line in suggestion.lines}  # item ids for the book
        alt.lines = [replace(line, key=keys[line.key], base_key=keys.get(line.base_key) if line.base_key else None)
                     for line in suggestion.lines]
        if alt is self._current():
            self.explanation.setPlainText("\n".join(alt.explanation))
            self._set_lines(alt.lines)

    def _suggest_failed(self, error: BaseException) -> None:
        self.suggest_button.setEnabled(True)
        self._show_banner(self.tr("No suggestion: {0}").format(error))

    # -- saving -----------------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._facts is None or self._client_id is None:
            return
        client_id, catalog, group = self._client_id, self._facts.catalog, self._group
        drafts = [(a, PlanDraft(client_id, a.name, tuple(a.lines), a.status, a.budget, a.period, a.assumptions,
                                dict(a.money), None, "", a.id)) for a in self._alternatives]

        def save_all(session):  # noqa: ANN001, ANN202
            nonlocal group
            changes, ids = Changes(), []
            for _alt, draft in drafts:
                draft = PlanDraft(**{**draft.__dict__, "alternative_group": group})
                plan_id, saved = save_plan(session, draft, catalog, date.today())
                group = group or plan_id
                ids.append(plan_id)
                changes |= saved
            return ids, group, plans_of(session, client_id), changes

        self.save_button.setEnabled(False)
        self._ctx.apply(save_all, self._saved, self._save_failed)

    def request_proposal(self) -> None:
        """Print the saved plan's proposal; unsaved changes are saved first, when the agent agrees."""
        if self._facts is None or self._client_id is None or not self.proposal_button.isEnabled():
            return
        alt = self._current()
        if not alt.lines:
            self._show_banner(self.tr("Add products to the plan before printing its proposal."))
            return
        if self._dirty or alt.id is None:
            answer = QMessageBox.question(self, self.tr("Print proposal"), self.tr(
                "A proposal prints the saved plan. Save the plan now and print its proposal?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._proposal_after_save = True
            self.save()
            return
        self.proposal_requested.emit(alt.id, self._client_id, self._facts.members[0].name)

    def _saved(self, result) -> None:  # noqa: ANN001
        ids, group, summaries, _changes = result
        for alt, plan_id in zip(self._alternatives, ids):
            alt.id = plan_id
        self._group = group
        self._dirty = False
        self.save_button.setEnabled(True)
        self.save_button.setText(self.tr("Save plan"))
        self.banner.hide()
        current = self.plans_combo.currentData()
        self._fill_plans_combo(summaries)
        self.plans_combo.setCurrentIndex(max(0, self.plans_combo.findData(ids[0] if ids else current)))
        self._ctx.bus.status_message.emit(self.tr("Plan saved"))
        if self._proposal_after_save:
            self._proposal_after_save = False
            self.request_proposal()

    def _save_failed(self, error: BaseException) -> None:
        self._proposal_after_save = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_banner(" ".join(problem_text(message) for message in error.problems.values()))
        else:
            self._show_banner(self.tr("The plan was not saved: {0}").format(error))

    def _issue_policies(self) -> None:
        alt = self._current()
        if alt.status is not PlanStatus.ACCEPTED or alt.id is None or self._dirty:
            self._show_banner(self.tr("Save the plan as accepted first; then its products become pending policies."))
            return
        answer = QMessageBox.question(self, self.tr("Create pending policies"), self.tr(
            "Create a pending policy for each product and rider of “{0}”?").format(alt.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._ctx.apply(lambda s, plan_id=alt.id: create_pending_policies(s, plan_id),
                        lambda result: self._ctx.bus.status_message.emit(
                            self.tr("{0} pending policies created").format(result[0])),
                        lambda error: self._show_banner(problem_text(str(error.problems.get("items", error)))
                                                        if isinstance(error, ValidationError) else str(error)))

    # -- other screens' changes -------------------------------------------------------------------------------------
    def _changes_applied(self, changes: Changes) -> None:
        """A household or policy change elsewhere changes the needs: reload, keeping unsaved work."""
        if self._client_id is None or self._dirty:
            return
        members = {m.client_id for m in self._facts.members} if self._facts else set()
        # A printed proposal marks a draft as proposed: show the status the book now has.
        if (changes.households or changes.catalogs or changes.policies & members or changes.clients & members
                or self._client_id in changes.plans):
            plan_id = self._current().id
            self._client_id, client_id = None, self._client_id
            self.open_client(client_id, plan_id)

    def _choose_client(self) -> None:
        def chosen(picked: PickedClient) -> None:
            self.open_client(picked.id)

        open_client_picker(self._ctx, self, self.tr("Design a plan for"), chosen)

    def _plan_chosen(self) -> None:
        plan_id = self.plans_combo.currentData()
        if plan_id is None or not self._may_discard():
            return
        self._dirty = False
        client_id, self._client_id = self._client_id, None
        self.open_client(client_id, plan_id)

    def _new_plan(self) -> None:
        if not self._may_discard():
            return
        self._alternatives, self._group, self._dirty = [_Alternative(self.tr(DEFAULT_NAMES[0]))], None, False
        self._show_client()
        self._changed()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def save_state(self) -> None:
        self._ctx.settings.set(S.PLANS_SPLITTER, self.splitter.saveState())

    def restore_state(self) -> None:
        state = self._ctx.settings.get(S.PLANS_SPLITTER)
        if not state.isEmpty():
            self.splitter.restoreState(state)

