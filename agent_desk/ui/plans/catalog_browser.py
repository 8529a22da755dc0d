"""The catalog, seen for one household member: each product with its price
from the smallest cover, or the reason the person cannot have it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from agent_desk.domain.catalog import Catalog, Product
from agent_desk.domain.planner import PlanPerson
from agent_desk.domain.pricing import CoverRequest, NotEligible, PricedCover, price
from agent_desk.i18n.qt import ui_content_language
from agent_desk.ui.icons import icon
from agent_desk.ui.plans.labels import benefit_name, reason_text

Money = Callable[[Decimal], str]


@dataclass(frozen=True)
class Offer:
    product: Product
    eligible: bool
    text: str  # the price from the smallest cover, or why not


def offers_for(catalog: Catalog, person: PlanPerson, as_of: date, money: Money) -> list[Offer]:
    """Every base product for this person: priced at its smallest sum and first terms, or refused."""
    offers = []
    for product in catalog.base_products():
        if person.insured is None:
            offers.append(Offer(product, False, reason_text("sex and birth date are needed")))
            continue
        request = CoverRequest(product.code, product.sum_assured.minimum if product.sum_assured else None,
                               product.terms[0] if product.terms else None,
                               product.payment_terms[-1] if product.payment_terms else None)
        result = price(catalog, person.insured, request, as_of)
        if isinstance(result, PricedCover):
            offers.append(Offer(product, True, money(result.annual_premium)))
        else:
            offers.append(Offer(product, False, reason_text(result.reason) if isinstance(result, NotEligible) else ""))
    return offers


class CatalogBrowser(QWidget):
    add_requested = Signal(str, str)  # product code, person key
    rider_requested = Signal(str)  # rider code, for the selected plan line

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalog: Catalog | None = None
        self._people: list[PlanPerson] = []
        self._as_of = date.today()
        self._money: Money = str
        self._rider_codes: list[str] = []

        self.person_combo = QComboBox()
        self.person_combo.setAccessibleName(self.tr("Insured person"))
        self.benefit_combo = QComboBox()
        self.benefit_combo.setAccessibleName(self.tr("Benefit"))
        self.eligible_only = QCheckBox(self.tr("Eligible only"))
        self.eligible_only.setChecked(True)
        self.products = QListWidget()
        self.products.setAlternatingRowColors(True)
        self.products.setWordWrap(True)
        self.add_button = QPushButton(icon("new_client"), self.tr("Add to plan"))
        self.add_button.setToolTip(self.tr("Add the chosen product for the chosen person (Enter)"))
        self.riders_combo = QComboBox()
        self.riders_combo.setAccessibleName(self.tr("Rider"))
        self.rider_button = QPushButton(self.tr("Add rider"))
        self.rider_button.setToolTip(self.tr("Attach the rider to the product selected in the plan"))

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("For")))
        filters.addWidget(self.person_combo, 2)
        filters.addWidget(self.benefit_combo, 1)
        filters.addWidget(self.eligible_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.riders_combo, 1)
        buttons.addWidget(self.rider_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.products, 1)
        layout.addLayout(buttons)

        for signal in (self.person_combo.currentIndexChanged, self.benefit_combo.currentIndexChanged):
            signal.connect(self.refresh)
        self.eligible_only.toggled.connect(self.refresh)
        self.products.itemDoubleClicked.connect(lambda _item: self._add())
        self.products.itemActivated.connect(lambda _item: self._add())
        self.add_button.clicked.connect(self._add)
        self.rider_button.clicked.connect(self._add_rider)
        self.set_riders([])

    def set_catalog(self, catalog: Catalog, people: Sequence[PlanPerson], as_of: date, money: Money) -> None:
        self._catalog, self._people, self._as_of, self._money = catalog, list(people), as_of, money
        current = self.person_combo.currentData()
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for person in people:
            self.person_combo.addItem(person.name, person.key)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(current)))
        self.person_combo.blockSignals(False)
        self.benefit_combo.blockSignals(True)
        self.benefit_combo.clear()
        self.benefit_combo.addItem(self.tr("All benefits"), None)
        benefits = dict.fromkeys(b for p in catalog.base_products() for b in p.benefits)
        for benefit in benefits:
            self.benefit_combo.addItem(benefit_name(benefit), benefit)
        self.benefit_combo.blockSignals(False)
        self.refresh()

    def set_person(self, key: str) -> None:
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(key)))

    def set_riders(self, riders: Sequence[tuple[str, str]]) -> None:
        """The riders the selected plan line takes, as (code, name)."""
        self.riders_combo.clear()
        for code, name in riders:
            self.riders_combo.addItem(name, code)
        self.riders_combo.setEnabled(bool(riders))
        self.rider_button.setEnabled(bool(riders))
        if not riders:
            self.riders_combo.addItem(self.tr("Select a product in the plan for its riders"))

    def refresh(self) -> None:
        self.products.clear()
        person = self._person()
        if self._catalog is None or person is None:
            return
        benefit = self.benefit_combo.currentData()
        for offer in offers_for(self._catalog, person, self._as_of, self._money):
            if benefit and benefit not in offer.product.benefits:
                continue
            if self.eligible_only.isChecked() and not offer.eligible:
                continue
            benefits = ", ".join(benefit_name(b) for b in offer.product.benefits)
            detail = self.tr("from {0} a year").format(offer.text) if offer.eligible else self.tr(
                "Not eligible: {0}").format(offer.text)
            language = ui_content_language()
            item = QListWidgetItem(f"{offer.product.name(language)}  ·  {benefits}\n{detail}")
            item.setData(Qt.ItemDataRole.UserRole, offer.product.code)
            item.setToolTip(offer.product.descriptions.get(language) or offer.product.descriptions.get("en")
                            or offer.product.name(language))
            if not offer.eligible:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.products.addItem(item)
        first = next((self.products.item(i) for i in range(self.products.count())
                      if self.products.item(i).flags() & Qt.ItemFlag.ItemIsEnabled), None)
        if first is not None:
            self.products.setCurrentItem(first)
        self.add_button.setEnabled(first is not None)

    def _person(self) -> PlanPerson | None:
        key = self.person_combo.currentData()
        return next((p for p in self._people if p.key == key), None)

    def _add(self) -> None:
        item = self.products.currentItem()
        person = self._person()
        if item is None or person is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self.add_requested.emit(item.data(Qt.ItemDataRole.UserRole), person.key)

    def _add_rider(self) -> None:
        code = self.riders_combo.currentData()
        if code:
            self.rider_requested.emit(code)
