"""The proposal's fixed texts (proposals/strings.py): every key in all three
languages with the same fields, every key the renderer asks for present, and
each Chinese table in its own script."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from agent_desk.domain.catalog import BENEFITS
from agent_desk.domain.clients import HouseholdRole, PaymentFrequency
from agent_desk.domain.planner import BUDGET_PERIODS
from agent_desk.proposals.strings import STRINGS, text

PACKAGE = Path(__file__).resolve().parents[2] / "agent_desk" / "proposals"
NEEDS = Path(__file__).resolve().parents[2] / "agent_desk" / "domain" / "needs.py"
# Characters written differently in the two scripts, as they occur in our texts.
TRADITIONAL_ONLY = "險費書額與員說時個內後醫療歲業簽錄單實計適應"
SIMPLIFIED_ONLY = "险费书额与员说时个内后医疗岁业签录单实计适应"
# ctx.t("key", …), ctx.markup("key", …), text(language, "key", …) and text(data.language, "key", …)
CALL = re.compile(r"""(?:\.t|\.markup|text)\(\s*(?:language,\s*|data\.language,\s*)?"([a-z_]+\.[a-z_.]+)\"""")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_key_is_in_all_three_languages_with_the_same_fields() -> None:
    assert set(STRINGS) == {"en", "zh-Hant", "zh-Hans"}
    english = STRINGS["en"]
    for language, table in STRINGS.items():
        assert set(table) == set(english), (language, set(table) ^ set(english))
        for key, template in table.items():
            assert template.strip() or key.startswith("list."), (language, key)
            assert fields(template) == fields(english[key]), (language, key)


def keys_used_by_the_renderer() -> set[str]:
    used: set[str] = set()
    for source in PACKAGE.glob("*.py"):
        code = source.read_text(encoding="utf-8")
        used |= set(CALL.findall(code))
    return used


def test_every_key_the_renderer_asks_for_exists() -> None:
    used = keys_used_by_the_renderer()
    assert len(used) > 100  # the pattern finds the calls
    assert used <= set(STRINGS["en"]), used - set(STRINGS["en"])


def test_keys_made_from_values_exist_for_every_value() -> None:
    codes = set(re.findall(r"""NeedLine\("([a-z_]+)\"""", NEEDS.read_text(encoding="utf-8")))
    codes |= set(re.findall(r"""\("([a-z_]+_share)",""", NEEDS.read_text(encoding="utf-8")))
    assert {"income_replacement", "education_share", "savings_share", "retirement_income_gap"} <= codes
    wanted = {f"need.{code}" for code in codes} | {"need.income_replacement_until"}
    wanted |= {f"role.{role.value}" for role in HouseholdRole}
    wanted |= {f"benefit.{benefit}" for benefit in BENEFITS}
    wanted |= {f"frequency.{frequency.value}" for frequency in PaymentFrequency}
    wanted |= {f"plan.budget_{period}" for period in BUDGET_PERIODS}
    wanted |= {f"suitability.budget_{period}" for period in BUDGET_PERIODS}
    wanted |= {"sex.F", "sex.M", "smoker.yes", "smoker.no", "compare.total_annual", "compare.yearly_outlay"}
    assert wanted <= set(STRINGS["en"]), wanted - set(STRINGS["en"])


@pytest.mark.parametrize(("language", "foreign"), [("zh-Hant", SIMPLIFIED_ONLY), ("zh-Hans", TRADITIONAL_ONLY)])
def test_each_chinese_table_keeps_to_its_own_script(language: str, foreign: str) -> None:
    mixed = {key: template for key, template in STRINGS[language].items() if set(template) & set(foreign)}
    assert not mixed


def test_a_missing_key_names_itself() -> None:
    with pytest.raises(KeyError, match="no.such.key"):
        text("en", "no.such.key")
    assert text("zh-Hant", "page.of", page="2", pages="9") == "第 2 頁，共 9 頁"
