"""The domain and services explain themselves in English (pure Python, no Qt);
the UI says their explanations again in the agent's language: why a cover is
not eligible, a rule a form breaks, where the device token is kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from i18n_walk import looks_english

from agent_desk.domain.catalog import load_catalog
from agent_desk.domain.pricing import CoverRequest, Insured, NotEligible, price, quote
from agent_desk.i18n.languages import Language
from agent_desk.i18n.qt import install_language, uninstall_language
from agent_desk.services.catalogs import demo_catalog_path
from agent_desk.ui.clients.page_labels import problem_text
from agent_desk.ui.plans.labels import reason_text
from agent_desk.ui.sync.labels import token_kept_text

AS_OF = date(2026, 12, 1)


@pytest.fixture
def traditional(qapp) -> Iterator[None]:  # noqa: ANN001
    install_language(Language.TRADITIONAL_CHINESE)
    yield
    uninstall_language()


def refusals() -> set[str]:
    """Every kind of refusal the demo catalog gives: ages past the limits, sums off the
    steps, terms not offered, riders on the wrong base, frequencies not sold."""
    catalog = load_catalog(demo_catalog_path())
    found: set[str] = set()
    for product in catalog.products.values():
        for birth_year in (1930, 1960, 1990, 2026):
            insured = Insured("F", date(birth_year, 6, 1))
            low = product.sum_assured.minimum - 1 if product.sum_assured else Decimal(1)
            high = product.sum_assured.maximum + 1 if product.sum_assured else Decimal(1)
            for request in (CoverRequest(product.code), CoverRequest(product.code, low, 7, 7, "weekly"),
                            CoverRequest(product.code, high, 99), CoverRequest(product.code, Decimal("100001"), 20, 99)):
                result = price(catalog, insured, request, AS_OF)
                if isinstance(result, NotEligible):
                    found.add(result.reason)
        for base in catalog.base_products():
            result = quote(catalog, Insured("M", date(1980, 1, 1)), CoverRequest(base.code, Decimal("1000000"), 20),
                           [(product.code, None)], AS_OF)
            if isinstance(result, NotEligible):
                found.add(result.reason)
    found.add("no product XX in catalog demo 2026.11.1")
    found.add("Chen Yu-hao's sex and birth date are needed to price cover")
    return found


def test_every_refusal_of_the_demo_catalog_is_said_in_chinese(traditional) -> None:  # noqa: ANN001
    reasons = refusals()
    assert len(reasons) > 15
    english = [f"{reason!r} -> {reason_text(reason)!r}" for reason in sorted(reasons)
               if looks_english(reason_text(reason))]
    assert not english, "\n".join(english)


def test_a_refusal_keeps_its_figures_and_codes(traditional) -> None:  # noqa: ANN001
    assert reason_text("age 61 is outside the issue ages 18–60; a sum assured is required") == \
        "61 歲不在投保年齡 18–60 歲之內；必須填寫保額"
    assert reason_text("rider WP: monthly payment is not offered (annual)") == "附約 WP：不提供月繳（年繳）"
    assert reason_text("something new the domain says") == "something new the domain says"


def test_rule_messages_with_values_are_translated(traditional) -> None:  # noqa: ANN001
    assert problem_text("A name is required (in either script).") == "必須填寫姓名（英文或中文皆可）。"
    assert problem_text("At most 40 characters.") == "最多 40 個字元。"
    assert problem_text("'31/02/1980' is not a date (YYYY-MM-DD)") == "「31/02/1980」不是日期（YYYY-MM-DD）"


def test_where_the_token_is_kept_is_said_in_chinese(traditional) -> None:  # noqa: ANN001
    assert token_kept_text("in the system keyring (SecretService)") == "系統金鑰圈（SecretService）中"
    assert token_kept_text("in /home/a/device-tokens.json, readable only by you") == \
        "/home/a/device-tokens.json 中，只有您能讀取"


def test_in_english_the_domain_s_words_stay_as_they_are(qapp) -> None:  # noqa: ANN001
    reason = "age 61 plus term 20 passes the expiry age 80; choose a payment term: 10, 20"
    assert reason_text(reason) == reason  # the templates are the domain's own sentences
