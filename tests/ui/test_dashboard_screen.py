"""The dashboard screen shows the book's figures, says why a figure is missing,
and reloads when the book changes (only while it is shown)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from agent_desk.domain.dates import add_months
from agent_desk.domain.kpis import Rate
from agent_desk.domain.segments import TierRules
from agent_desk.services.changes import Changes
from agent_desk.store.book import Book
from agent_desk.store.models import Client, FollowUp, Policy
from agent_desk.ui.clients.formatting import NOTHING, money_text
from agent_desk.ui.context import AppContext
from agent_desk.ui.dashboard.dashboard_screen import DashboardScreen, compact_money_text, percent_text


def add_client(book: Book, tier: str | None, stage: str) -> uuid.UUID:
    with book.session() as s:
        client = Client(name=f"{tier} {stage}", stage=stage, tier=tier)
        s.add(client)
        s.flush()
        return client.id


def add_policy(book: Book, holder: uuid.UUID, currency: str, premium: str, status: str, months_ago: int) -> uuid.UUID:
    with book.session() as s:
        policy = Policy(policy_number=f"P-{uuid.uuid4().hex[:6]}", holder_id=holder, insured_id=holder,
                        product_code="X", currency=currency, annual_premium=Decimal(premium), status=status,
                        issue_date=add_months(date.today(), -months_ago))
        s.add(policy)
        s.flush()
        return policy.id


def add_followup(book: Book, kind: str, days_ago: int, status: str, client: uuid.UUID | None = None,
                 policy: uuid.UUID | None = None, done_days_after: int | None = None) -> None:
    due = date.today() - timedelta(days=days_ago)
    done_at = None
    if done_days_after is not None:
        # Noon UTC: the same calendar day in any zone from UTC-11 to UTC+11.
        done_at = datetime.combine(due + timedelta(days=done_days_after), datetime.min.time()) + timedelta(hours=12)
    with book.session() as s:
        s.add(FollowUp(kind=kind, due_date=due, status=status, client_id=client, policy_id=policy,
                       completed_at=done_at))


@pytest.fixture
def screen(ctx: AppContext, qtbot) -> DashboardScreen:  # noqa: ANN001
    widget = DashboardScreen(ctx)
    widget.resize(1200, 800)
    qtbot.addWidget(widget)
    return widget


def show_and_wait(screen: DashboardScreen, qtbot) -> None:  # noqa: ANN001
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.show()


@pytest.fixture
def small_book(book: Book) -> dict[str, uuid.UUID]:
    ann = add_client(book, "A", "active")
    bob = add_client(book, "B", "active")
    add_client(book, None, "prospect")
    p1 = add_policy(book, ann, "TWD", "30000", "in_force", 15)  # 13-month cohort, persisting
    add_policy(book, ann, "USD", "1000.50", "in_force", 30)  # 25-month cohort, persisting
    add_policy(book, bob, "TWD", "12000", "lapsed", 18)  # 13-month cohort, did not persist
    add_policy(book, bob, "TWD", "8000", "grace", 2)  # too new for a cohort
    add_followup(book, "renewal", 10, "done", ann, p1, done_days_after=0)  # collected, on time
    add_followup(book, "renewal", 5, "open", bob, p1)  # not collected, late
    add_followup(book, "birthday", 20, "done", bob, done_days_after=2)  # late
    return {"ann": ann, "bob": bob}


def test_cards_show_the_books_figures(screen: DashboardScreen, small_book: dict, qtbot) -> None:  # noqa: ANN001
    show_and_wait(screen, qtbot)
    assert screen.clients_card.value_text() == "3"
    rates = TierRules().exchange_rates
    total = Decimal("38000") + Decimal("1000.50") * rates["USD"]  # the lapsed policy pays nothing
    assert screen.premium_card.value_text() == compact_money_text(total, "TWD")
    assert money_text(Decimal("38000"), "TWD") in screen.premium_card.toolTip()
    assert money_text(Decimal("1000.50"), "USD") in screen.premium_card.toolTip()
    assert screen.renewals_card.value_text() == percent_text(Rate(1, 2)) == "50.0%"
    assert "1 of 2" in screen.renewals_card.caption_text()
    assert screen.on_time_card.value_text() == percent_text(Rate(1, 3)) == "33.3%"
    assert "1 of 3" in screen.on_time_card.caption_text()


def test_charts_show_tiers_stages_premiums_and_persistency(screen: DashboardScreen, small_book: dict,
                                                           qtbot) -> None:  # noqa: ANN001
    show_and_wait(screen, qtbot)
    bars = {bar.label: bar for bar in screen.clients_chart.bars()}
    assert set(bars) == {"Tier A", "Tier B", "Tier C", "No tier"}
    assert bars["Tier A"].total == 1 and bars["Tier B"].total == 1 and bars["Tier C"].total == 0
    assert [p.value for p in bars["No tier"].parts if p.value] == [1]  # the prospect
    groups = {group.heading.split(" ")[0]: group for group in screen.premium_chart.groups()}
    assert set(groups) == {"TWD", "USD"}
    twd = {bar.label: bar.total for bar in groups["TWD"].bars}
    assert twd == {"Tier A": Decimal("30000"), "Tier B": Decimal("8000"), "Tier C": Decimal(0)}
    gauges = screen.persistency_chart.gauges()
    assert [g.value_text for g in gauges] == [percent_text(Rate(1, 2)), percent_text(Rate(1, 1))]
    assert gauges[0].caption == "1 of 2"


def test_missing_figures_show_a_dash_and_say_why(screen: DashboardScreen, qtbot) -> None:  # noqa: ANN001
    show_and_wait(screen, qtbot)  # an empty book
    for card in screen.cards():
        assert card.value_text() == NOTHING
        assert card.toolTip()  # the reason
    assert "renewal" in screen.renewals_card.toolTip()
    assert "claim" in screen.claims_card.toolTip()
    gauges = screen.persistency_chart.gauges()
    assert [g.value_text for g in gauges] == [NOTHING, NOTHING]
    assert "13 to 24 months ago" in gauges[0].tooltip
    assert "25 to 36 months ago" in gauges[1].tooltip
    screen.grab()  # empty charts paint their message without error


def test_a_change_to_the_book_reloads_the_figures(ctx: AppContext, book: Book, screen: DashboardScreen,
                                                  qtbot) -> None:  # noqa: ANN001
    show_and_wait(screen, qtbot)
    assert screen.clients_card.value_text() == NOTHING
    client = add_client(book, "A", "active")
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        ctx.bus.changes_applied.emit(Changes.for_clients(client))
    assert screen.clients_card.value_text() == "1"
    add_policy(book, client, "TWD", "1000", "in_force", 14)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        ctx.bus.changes_applied.emit(Changes(policies=frozenset({client})))
    assert screen.persistency_chart.gauges()[0].value_text == percent_text(Rate(1, 1))


def test_changes_that_move_no_figure_do_not_reload(ctx: AppContext, screen: DashboardScreen,
                                                   qtbot) -> None:  # noqa: ANN001
    show_and_wait(screen, qtbot)
    with qtbot.assertNotEmitted(screen.loaded, wait=300):
        ctx.bus.changes_applied.emit(Changes(catalogs=True, plans=frozenset({uuid.uuid4()})))


def test_a_hidden_dashboard_reloads_when_shown_again(ctx: AppContext, book: Book, screen: DashboardScreen,
                                                     qtbot) -> None:  # noqa: ANN001
    show_and_wait(screen, qtbot)
    screen.hide()
    client = add_client(book, "B", "new")
    with qtbot.assertNotEmitted(screen.loaded, wait=300):
        ctx.bus.changes_applied.emit(Changes.for_clients(client))
    show_and_wait(screen, qtbot)
    assert screen.clients_card.value_text() == "1"


def test_a_burst_of_changes_costs_one_more_load(ctx: AppContext, book: Book, screen: DashboardScreen,
                                                qtbot) -> None:  # noqa: ANN001
    show_and_wait(screen, qtbot)
    loads: list[object] = []
    screen.loaded.connect(loads.append)
    add_client(book, "C", "active")
    for _ in range(5):
        screen.refresh()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0 and not screen._loading, timeout=5000)
    qtbot.wait(50)
    assert len(loads) == 1  # the first load was superseded by the one asked for meanwhile
    assert screen.clients_card.value_text() == "1"
