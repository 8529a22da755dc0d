"""The plan designer driven as an agent would: pick products for two people,
attach a rider, type sums, see premiums and totals, suggest within a budget,
save, and turn an accepted plan into pending policies."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from agent_desk.domain.catalog import load_catalog
from agent_desk.domain.clients import ClientDetails, HouseholdRole, Sex
from agent_desk.domain.pricing import CoverRequest, Insured, quote
from agent_desk.services.catalogs import demo_catalog_path
from agent_desk.services.clients import create_client
from agent_desk.services.family import add_member, create_household
from agent_desk.services.plans import get_plan, plans_of
from agent_desk.store.book import Book
from agent_desk.store.models import Policy
from agent_desk.ui.clients.formatting import money_text
from agent_desk.ui.context import AppContext
from agent_desk.ui.plans.items_table import Column
from agent_desk.ui.plans.plan_screen import PlanScreen

HEAD_BIRTH, SPOUSE_BIRTH = date(1986, 3, 1), date(1988, 6, 1)


@pytest.fixture
def family(book: Book) -> tuple[uuid.UUID, uuid.UUID]:
    with book.session() as s:
        head, _ = create_client(s, ClientDetails(name="Chen Wei", sex=Sex.MALE, birth_date=HEAD_BIRTH,
                                                 annual_income=Decimal("1200000")))
        spouse, _ = create_client(s, ClientDetails(name="Lin Mei", sex=Sex.FEMALE, birth_date=SPOUSE_BIRTH,
                                                   annual_income=Decimal("600000")))
        household, _ = create_household(s, head)
        add_member(s, household, spouse, HouseholdRole.SPOUSE)
    return head, spouse


@pytest.fixture
def screen(ctx: AppContext, qtbot, family) -> PlanScreen:  # noqa: ANN001
    widget = PlanScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.open_client(family[0])
    qtbot.waitUntil(lambda: widget.browser.products.count() > 0)
    return widget


def settle(qtbot, ctx: AppContext) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0)


def add_product(qtbot, screen: PlanScreen, person: uuid.UUID, code: str) -> None:  # noqa: ANN001
    screen.browser.set_person(str(person))
    items = [screen.browser.products.item(i) for i in range(screen.browser.products.count())]
    item = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == code)
    screen.browser.products.setCurrentItem(item)
    qtbot.mouseClick(screen.browser.add_button, Qt.MouseButton.LeftButton)


def type_sum(qtbot, screen: PlanScreen, row: int, text: str) -> None:  # noqa: ANN001
    editor = screen.items.table.cellWidget(row, Column.SUM_ASSURED)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def row_of(screen: PlanScreen, code: str) -> int:
    return next(row for row, line in enumerate(screen.items.lines()) if line.product_code == code)


def test_two_person_plan_with_a_rider_shows_premiums_and_total(qtbot, ctx, screen, family, book) -> None:  # noqa: ANN001
    head, spouse = family
    add_product(qtbot, screen, head, "TL20")
    type_sum(qtbot, screen, row_of(screen, "TL20"), "2,000,000")
    screen.items.select_line(screen.items.lines()[row_of(screen, "TL20")].key)
    screen.browser.riders_combo.setCurrentIndex(screen.browser.riders_combo.findData("ADB"))
    qtbot.mouseClick(screen.browser.rider_button, Qt.MouseButton.LeftButton)
    type_sum(qtbot, screen, row_of(screen, "ADB"), "1000000")
    add_product(qtbot, screen, spouse, "CI20")
    type_sum(qtbot, screen, row_of(screen, "CI20"), "1,000,000")

    # The same premiums the quote command gives, added up.
    catalog = load_catalog(demo_catalog_path())
    today = date.today()
    head_quote = quote(catalog, Insured("M", HEAD_BIRTH), CoverRequest("TL20", Decimal("2000000"), 20),
                       [("ADB", Decimal("1000000"))], today)
    spouse_quote = quote(catalog, Insured("F", SPOUSE_BIRTH), CoverRequest("CI20", Decimal("1000000"), 20), [],
                         today)
    total = head_quote.total_annual_premium + spouse_quote.total_annual_premium
    assert screen.items.table.item(row_of(screen, "ADB"), Column.ANNUAL).text() == money_text(
        head_quote.riders[0].annual_premium, "TWD")
    assert money_text(total, "TWD") in screen.totals_label.text()

    qtbot.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    with book.session() as s:
        [summary] = plans_of(s, head)
        saved = get_plan(s, summary.id)
    assert summary.total_annual_premium == total
    by_code = {line.product_code: line for line in saved.draft.lines}
    assert by_code["ADB"].base_key == by_code["TL20"].key
    assert by_code["CI20"].insured_key == str(spouse)
    assert not screen.has_unsaved_changes()


def test_an_ineligible_sum_shows_the_reason_and_leaves_the_total(qtbot, screen, family) -> None:  # noqa: ANN001
    add_product(qtbot, screen, family[0], "TL20")
    row = row_of(screen, "TL20")
    type_sum(qtbot, screen, row, "123")
    note = screen.items.table.item(row, Column.NOTE).text()
    assert "Not eligible" in note and "below the minimum" in note
    assert screen.items.table.item(row, Column.ANNUAL).text() == "—"
    assert "1 not eligible" in screen.totals_label.text()


def test_suggest_fills_the_plan_within_the_budget_and_explains(qtbot, ctx, screen) -> None:  # noqa: ANN001
    screen.budget_edit.setFocus()
    qtbot.keyClicks(screen.budget_edit, "8,000")
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(screen.items.lines()) > 0)
    settle(qtbot, ctx)
    assert screen._priced.yearly_outlay <= Decimal("96000")
    assert screen._priced.ineligible == []
    assert "Chen Wei" in screen.explanation.toPlainText()
    assert "Uses" in screen.budget_bar.format()


def test_suggest_without_a_budget_asks_for_one(qtbot, screen) -> None:  # noqa: ANN001
    qtbot.mouseClick(screen.suggest_button, Qt.MouseButton.LeftButton)
    assert screen.banner.isVisible()
    assert "budget" in screen.banner.text()
    assert screen.items.lines() == []


def test_alternatives_are_kept_and_compared(qtbot, ctx, screen, family, book) -> None:  # noqa: ANN001
    add_product(qtbot, screen, family[0], "TL20")
    qtbot.mouseClick(screen.add_alternative_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.add_alternative_button, Qt.MouseButton.LeftButton)
    assert screen.tabs.count() == 3
    assert not screen.add_alternative_button.isEnabled()
    add_product(qtbot, screen, family[1], "CI20")  # only on the third alternative
    screen.save()
    settle(qtbot, ctx)
    with book.session() as s:
        summaries = plans_of(s, family[0])
    assert [p.items for p in summaries] == [1, 1, 2]
    assert len({p.alternative_group for p in summaries}) == 1


def test_accepted_plan_becomes_pending_policies(qtbot, ctx, screen, family, book, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    add_product(qtbot, screen, family[0], "TL20")
    screen.status_combo.setCurrentIndex(screen.status_combo.findText("Accepted"))
    screen._status_chosen()
    screen.save()
    settle(qtbot, ctx)
    qtbot.mouseClick(screen.issue_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    with book.session() as s:
        policies = s.query(Policy).all()
    assert [(p.product_code, p.status, p.insured_id) for p in policies] == [("TL20", "pending", family[0])]
