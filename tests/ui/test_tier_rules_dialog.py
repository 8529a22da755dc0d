"""The tier rules dialog: the book's rules shown, checked by the domain as
typed, saved with every tier recomputed."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from agent_desk.domain.clients import ClientDetails, Tier
from agent_desk.domain.segments import ServiceLevel, TierRules
from agent_desk.services.clients import create_client
from agent_desk.services.segments import recompute_tiers, save_tier_rules, tier_rules
from agent_desk.store.book import Book
from agent_desk.store.models import Client, Policy
from agent_desk.ui.context import AppContext
from agent_desk.ui.segments.tier_rules_dialog import TierRulesDialog, percent_to_weight, plain_number


def client_paying(book: Book, premium: str) -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name="Ann Lee"))
        s.add(Policy(policy_number="P-1", holder_id=client_id, insured_id=client_id, product_code="LIFE",
                     currency="TWD", annual_premium=Decimal(premium), status="in_force", issue_date=date(2024, 1, 1)))
        s.flush()
        recompute_tiers(s, date.today())
    return client_id


def open_dialog(ctx: AppContext, qtbot) -> TierRulesDialog:  # noqa: ANN001
    dialog = TierRulesDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rules_loaded):
        dialog.show()
    return dialog


def retype(qtbot, edit, text: str) -> None:  # noqa: ANN001
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_the_books_rules_are_shown_as_an_agent_reads_them(book, ctx, qtbot) -> None:  # noqa: ANN001
    with book.session() as s:
        save_tier_rules(s, replace(TierRules(), a_value=Decimal("150000"),
                                   levels={**TierRules().levels, Tier.C: ServiceLevel(18, ("mid_autumn",))}))
    dialog = open_dialog(ctx, qtbot)
    assert dialog.isEnabled()
    assert dialog.edits["a_value"].text() == "150,000" and dialog.edits["b_value"].text() == "40,000"
    assert dialog.edits["referral_weight"].text() == "50" and "25%" in dialog.weight_hint.text()
    assert dialog.edits["exchange_rates.USD"].text() == "31" and dialog.edits["exchange_rates.CNY"].text() == "4.4"
    assert "exchange_rates.TWD" not in dialog.edits  # the rules' own currency needs no rate
    assert dialog.edits["loyalty_policies"].text() == "3" and dialog.edits["loyalty_years"].text() == "5"
    assert dialog.edits["levels.C.review_months"].text() == "18"
    assert [code for (tier, code), box in dialog.gifts.items() if tier is Tier.C and box.isChecked()] == [
        "mid_autumn"]
    assert dialog.collect() == TierRules.from_json(dialog.texts())


def test_saved_rules_are_kept_and_every_tier_is_recomputed(book, ctx, qtbot) -> None:  # noqa: ANN001
    client_id = client_paying(book, "30000")
    dialog = open_dialog(ctx, qtbot)
    retype(qtbot, dialog.edits["b_value"], "25,000")
    retype(qtbot, dialog.edits["referral_weight"], "40")
    retype(qtbot, dialog.edits["levels.B.review_months"], "9")
    dialog.gifts[(Tier.B, "policy_anniversary")].setChecked(True)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].tiers and client_id in saved.args[0].clients
    assert dialog.result() == TierRulesDialog.DialogCode.Accepted
    with book.session() as s:
        rules = tier_rules(s)
        assert s.get(Client, client_id).tier == "B"
    assert (rules.b_value, rules.referral_weight) == (Decimal("25000"), Decimal("0.4"))
    assert rules.levels[Tier.B] == ServiceLevel(9, ("birthday", "lunar_new_year", "policy_anniversary"))


def test_bad_figures_are_named_under_their_fields_and_nothing_is_saved(book, ctx, qtbot) -> None:  # noqa: ANN001
    dialog = open_dialog(ctx, qtbot)
    retype(qtbot, dialog.edits["a_value"], "10,000")  # below B
    retype(qtbot, dialog.edits["referral_weight"], "lots")
    retype(qtbot, dialog.edits["exchange_rates.USD"], "0")
    retype(qtbot, dialog.edits["levels.A.review_months"], "0")
    retype(qtbot, dialog.edits["loyalty_years"], "soon")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.visible_problems() == {
        "a_value": "The tier A value must be at least the tier B value.",
        "referral_weight": "'lots' is not a number.",
        "exchange_rates.USD": "An exchange rate must be more than 0.",
        "levels.A.review_months": "This is at least 1.",
        "loyalty_years": "'soon' is not a whole number.",
    }
    assert dialog.isVisible()
    qtbot.wait(50)
    with book.session() as s:
        assert tier_rules(s) == TierRules()
    qtbot.keyClicks(dialog.edits["referral_weight"], "x")  # typing clears that field's message
    assert "referral_weight" not in dialog.visible_problems()


def test_restore_defaults_puts_the_standard_rules_back(book, ctx, qtbot) -> None:  # noqa: ANN001
    dialog = open_dialog(ctx, qtbot)
    retype(qtbot, dialog.edits["a_value"], "999")
    retype(qtbot, dialog.edits["loyalty_years"], "20")
    dialog.gifts[(Tier.A, "birthday")].setChecked(False)
    qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
    assert dialog.collect() == TierRules()


@pytest.mark.parametrize(("typed", "weight"), [("50", "0.5"), ("12.5 %", "0.125"), ("0", "0"), ("abc", "abc")])
def test_the_weight_is_typed_as_a_percentage(typed: str, weight: str) -> None:
    assert percent_to_weight(typed) == weight


def test_amounts_show_with_separators_and_every_decimal() -> None:
    assert plain_number(Decimal("1200000")) == "1,200,000"
    assert plain_number(Decimal("4.4")) == "4.4"
