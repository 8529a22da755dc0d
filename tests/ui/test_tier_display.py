"""The tier and why, where the agent meets a client: the list's tier column
and the details form, where the tier is shown but no longer typed."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from agent_desk.domain.clients import ClientDetails, LifecycleStage, Tier
from agent_desk.domain.segments import ClientValueFacts, ReasonCode, TierReason, TierRules, assign_tier, service_level
from agent_desk.services.clients import create_client
from agent_desk.services.segments import recompute_tiers
from agent_desk.store.book import Book
from agent_desk.store.models import Policy
from agent_desk.ui.clients.details_form import DetailsForm
from agent_desk.ui.clients.labels import stage_names
from agent_desk.ui.clients.list_model import ClientListModel, Column
from agent_desk.ui.clients.page_labels import service_level_text, tier_explanation, tier_reason_text
from agent_desk.ui.context import AppContext

RULES = TierRules()


def test_every_reason_reads_as_a_sentence_with_its_figures() -> None:
    texts = {
        ReasonCode.PROSPECT: TierReason(ReasonCode.PROSPECT, "TWD"),
        ReasonCode.VALUE: TierReason(ReasonCode.VALUE, "TWD", amount=Decimal("130000"), threshold=Decimal("120000"),
                                     tier=Tier.A),
        ReasonCode.OWN_PREMIUM: TierReason(ReasonCode.OWN_PREMIUM, "TWD", amount=Decimal("90000"), count=1),
        ReasonCode.REFERRALS: TierReason(ReasonCode.REFERRALS, "TWD", amount=Decimal("80000"),
                                         counted=Decimal("40000"), weight=Decimal("0.5"), count=2),
        ReasonCode.CHAIN: TierReason(ReasonCode.CHAIN, "TWD", amount=Decimal("4000"), counted=Decimal("1000"),
                                     weight=Decimal("0.25"), count=1),
        ReasonCode.LOYALTY: TierReason(ReasonCode.LOYALTY, "TWD", count=4, years=6, tier=Tier.B, from_tier=Tier.C),
        ReasonCode.NEXT_TIER: TierReason(ReasonCode.NEXT_TIER, "TWD", amount=Decimal("2500"), tier=Tier.B),
        ReasonCode.UNPRICED: TierReason(ReasonCode.UNPRICED, "TWD", currencies=("JPY", "EUR")),
    }
    assert {code: tier_reason_text(reason) for code, reason in texts.items()} == {
        ReasonCode.PROSPECT: "No tier: no live policy and no premium from referrals.",
        ReasonCode.VALUE: "Value NT$130,000 a year reaches the tier A threshold of NT$120,000.",
        ReasonCode.OWN_PREMIUM: "Own premium NT$90,000 a year (1 live policy).",
        ReasonCode.REFERRALS: "2 clients they referred pay NT$80,000 a year, counted at 50%: NT$40,000.",
        ReasonCode.CHAIN: "1 client referred by their referrals pays NT$4,000 a year, counted at 25%: NT$1,000.",
        ReasonCode.LOYALTY: "Loyal client (4 live policies for 6 years): up from tier C to B.",
        ReasonCode.NEXT_TIER: "NT$2,500 more a year would reach tier B.",
        ReasonCode.UNPRICED: "Premiums in JPY, EUR are not counted: the tier rules have no exchange rate for them.",
    }
    assert service_level_text(service_level(Tier.B, RULES)) == (
        "A review every 12 months; gifts for Birthday, Lunar New Year.")


def test_the_explanation_lists_the_reasons_and_the_service() -> None:
    _, basis = assign_tier(ClientValueFacts(Decimal("50000"), 2, date(2020, 1, 1)), RULES, date(2025, 6, 1))
    assert tier_explanation(basis, RULES, service_level(basis.tier, RULES)).splitlines() == [
        "Value NT$50,000 a year reaches the tier B threshold of NT$40,000.",
        "Own premium NT$50,000 a year (2 live policies).",
        "NT$70,000 more a year would reach tier A.",
        "A review every 12 months; gifts for Birthday, Lunar New Year.",
    ]
    assert tier_explanation(None, RULES).startswith("Not computed yet")


def test_the_tier_is_shown_in_the_form_but_cannot_be_changed(qtbot) -> None:  # noqa: ANN001
    form = DetailsForm()
    qtbot.addWidget(form)
    form.set_details(ClientDetails(name="Ann Lee", stage=LifecycleStage.ACTIVE, tier=Tier.B))
    assert form.tier_combo.currentData() == "B" and not form.tier_combo.isEnabled()
    assert "computed from premiums, policies, tenure and referrals" in form.tier_combo.toolTip()
    assert form.tier_why.isHidden()
    form.setEnabled(False)
    form.setEnabled(True)  # as the page does once a client loads: the tier stays read-only
    assert not form.tier_combo.isEnabled()
    form.set_tier_explanation("Value NT$50,000 a year reaches the tier B threshold of NT$40,000.")
    assert not form.tier_why.isHidden() and "NT$50,000" in form.tier_combo.toolTip()
    assert form.collect(date.today()).tier == Tier.B  # saving keeps the computed tier


def add_paying(book: Book, name: str, premium: str) -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name))
        s.add(Policy(policy_number=f"P-{name}", holder_id=client_id, insured_id=client_id, product_code="LIFE",
                     currency="TWD", annual_premium=Decimal(premium), status="in_force", issue_date=date(2024, 1, 1)))
    return client_id


def test_the_lists_tier_column_tells_why_in_its_tooltip(book: Book, ctx: AppContext, qtbot) -> None:  # noqa: ANN001
    add_paying(book, "Ann Lee", "130000")
    with book.session() as s:
        create_client(s, ClientDetails(name="Bob Prospect"))
        recompute_tiers(s, date.today())
    model = ClientListModel(ctx, stage_names())
    with qtbot.waitSignal(model.loaded):
        model.reload()
    ann, bob = (model.index(row, Column.TIER) for row in range(2))
    assert model.data(ann) == "A"
    assert model.data(ann, 3).splitlines() == [  # ToolTipRole
        "Tier A", "Value NT$130,000 a year reaches the tier A threshold of NT$120,000.",
        "Own premium NT$130,000 a year (1 live policy)."]
    assert model.data(bob, 3).splitlines() == ["No tier", "No tier: no live policy and no premium from referrals."]
