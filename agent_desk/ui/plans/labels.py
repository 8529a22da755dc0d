"""Words for the plan designer: benefit and status names, one plain sentence
per needs line (with the inputs that made its number, so the agent can explain
it), and the suggestion's reasons, translated through Qt ("Plans" context).

Templates use Qt's %1, %2… placeholders; money is formatted by the `money`
callable the screen hands in, so the currency is decided in one place."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation

from babel.numbers import format_percent
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agent_desk.domain.needs import NeedLine
from agent_desk.domain.suggest import Choice, describe_choice
from agent_desk.ui.clients.formatting import ui_locale

Money = Callable[[Decimal], str]
CONTEXT = "Plans"
_PLACEHOLDER = re.compile(r"%(\d)")


def _tr(text: str) -> str:
    """Translate a template marked with QT_TRANSLATE_NOOP("Plans", …) below."""
    return QCoreApplication.translate(CONTEXT, text)


def fill(template: str, *args: object) -> str:
    """Qt-style %1…%9 substitution in one pass, so an argument that itself
    contains "%2" is never substituted again."""
    def argument(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(argument, template)


def percent_text(ratio: Decimal, pattern: str = "#,##0.##%") -> str:
    """0.7 as "70%" in the UI's locale; `pattern` sets the decimals."""
    return format_percent(ratio, pattern, locale=ui_locale())


_BENEFITS = {
    "death": QT_TRANSLATE_NOOP("Plans", "Death"),
    "critical_illness": QT_TRANSLATE_NOOP("Plans", "Critical illness"),
    "medical": QT_TRANSLATE_NOOP("Plans", "Medical"),
    "accident": QT_TRANSLATE_NOOP("Plans", "Accident"),
    "retirement": QT_TRANSLATE_NOOP("Plans", "Retirement"),
    "education": QT_TRANSLATE_NOOP("Plans", "Education"),
    "hospital_cash": QT_TRANSLATE_NOOP("Plans", "Hospital cash"),
    "waiver": QT_TRANSLATE_NOOP("Plans", "Premium waiver"),
}
_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Plans", "Draft"),
    "proposed": QT_TRANSLATE_NOOP("Plans", "Proposed"),
    "accepted": QT_TRANSLATE_NOOP("Plans", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Plans", "Declined"),
}


def benefit_name(benefit: str) -> str:
    """"Critical illness" for "critical_illness"; an unknown code as it is."""
    text = _BENEFITS.get(str(benefit))
    return _tr(text) if text else str(benefit)


def status_name(status: str) -> str:
    text = _STATUSES.get(str(status))
    return _tr(text) if text else str(status)


# -- needs lines ----------------------------------------------------------------
# One template per way a line can read; _LINE_PARTS picks it and its arguments.
_T = {
    "income_replacement": QT_TRANSLATE_NOOP(
        "Plans", "Income replacement: %1 a year × %2 × %3 years (until the youngest child is %4) = %5"),
    "income_replacement_minimum": QT_TRANSLATE_NOOP(
        "Plans", "Income replacement: %1 a year × %2 × %3 years (the least for a dependant spouse, parent "
                 "or child of unknown age) = %4"),
    "no_dependants": QT_TRANSLATE_NOOP("Plans", "Income replacement: none, nobody depends on this income"),
    "child_age_unknown": QT_TRANSLATE_NOOP(
        "Plans", "%1's age is unknown: their family is counted as needing at least %2 years of income"),
    "mortgage_share": QT_TRANSLATE_NOOP("Plans", "Mortgage: %1"),
    "mortgage_share_part": QT_TRANSLATE_NOOP(
        "Plans", "Mortgage share: %1 × %2 (%3 of the household's %4 income) = %5"),
    "debts_share": QT_TRANSLATE_NOOP("Plans", "Other debts: %1"),
    "debts_share_part": QT_TRANSLATE_NOOP(
        "Plans", "Other debts share: %1 × %2 (%3 of the household's %4 income) = %5"),
    "education_share": QT_TRANSLATE_NOOP("Plans", "Children's education: %1 per child × %2 = %3"),
    "education_share_part": QT_TRANSLATE_NOOP(
        "Plans", "Children's education share: %1 per child × %2 × %3 (%4 of the household's %5 income) = %6"),
    "savings_share": QT_TRANSLATE_NOOP("Plans", "Less liquid savings: %1"),
    "savings_share_part": QT_TRANSLATE_NOOP(
        "Plans", "Less liquid savings share: %1 × %2 (%3 of the household's %4 income) = %5"),
    "final_expenses": QT_TRANSLATE_NOOP("Plans", "Final expenses (funeral and estate): %1"),
    "ci_income_years": QT_TRANSLATE_NOOP(
        "Plans", "Critical illness: %1 a year × %2 years of treatment and recovery = %3"),
    "ci_minimum": QT_TRANSLATE_NOOP("Plans", "Critical illness: the standard %1 for someone without income"),
    "medical_limit": QT_TRANSLATE_NOOP("Plans", "Medical: a hospital limit of %1 a year"),
    "accident_income_multiple": QT_TRANSLATE_NOOP("Plans", "Accident: %1 a year × %2 = %3"),
    "accident_child_minimum": QT_TRANSLATE_NOOP(
        "Plans", "Accident: half the standard %1 for a child aged %2 = %3"),
    "accident_minimum": QT_TRANSLATE_NOOP("Plans", "Accident: the standard %1 for someone without income"),
    "retirement_income_gap": QT_TRANSLATE_NOOP(
        "Plans", "Retirement: %1 a year × %2 = %3 a year for %4 years (age %5 to %6) = %7"),
    "retirement_income_gap_pension": QT_TRANSLATE_NOOP(
        "Plans", "Retirement: %1 a year × %2 = %3, less a pension of %4, leaves %5 a year for %6 years "
                 "(age %7 to %8) = %9"),
    "retirement_no_income": QT_TRANSLATE_NOOP("Plans", "Retirement: no income to replace"),
    "retirement_savings": QT_TRANSLATE_NOOP("Plans", "Less retirement savings: %1"),
    "age_unknown": QT_TRANSLATE_NOOP("Plans", "Retirement: not worked out, the birth date is unknown"),
    "not_adult": QT_TRANSLATE_NOOP("Plans", "Retirement: not planned before age %1 (now %2)"),
    "retired": QT_TRANSLATE_NOOP("Plans", "Retirement: already %1, the retirement age is %2"),
    "education_fund": QT_TRANSLATE_NOOP("Plans", "Education fund for a child aged %1: %2"),
    "education_fund_age_unknown": QT_TRANSLATE_NOOP("Plans", "Education fund for a child: %1"),
    "not_dependant": QT_TRANSLATE_NOOP("Plans", "Education: only for children who depend on the family"),
    "fallback": QT_TRANSLATE_NOOP("Plans", "%1: %2"),
}

Parts = tuple[str, tuple[object, ...]]


def _income_replacement(line: NeedLine, p: Mapping[str, object], money: Money) -> Parts:
    youngest, years = p["youngest_child_age"], p["years"]
    head = (money(p["income"]), percent_text(p["ratio"]), years)
    if youngest is not None and p["independence_age"] - youngest == years:
        return "income_replacement", (*head, p["independence_age"], money(line.amount))
    return "income_replacement_minimum", (*head, money(line.amount))


def _share(line: NeedLine, p: Mapping[str, object], money: Money) -> Parts:
    """Mortgage, debts and savings: all of it, or an earner's part by income."""
    if p["share"] == 1:
        return line.code, (money(abs(line.amount)),)
    return f"{line.code}_part", (money(p["total"]), percent_text(p["share"]), money(p["income"]),
                                 money(p["earners_income"]), money(abs(line.amount)))


def _education_share(line: NeedLine, p: Mapping[str, object], money: Money) -> Parts:
    per_child, children = money(p["per_child"]), p["children"]
    if p["share"] == 1:
        return "education_share", (per_child, children, money(line.amount))
    return "education_share_part", (per_child, children, percent_text(p["share"]), money(p["income"]),
                                    money(p["earners_income"]), money(line.amount))


def _retirement_gap(line: NeedLine, p: Mapping[str, object], money: Money) -> Parts:
    if not p["income"]:
        return "retirement_no_income", ()
    ages = (p["retirement_age"], p["life_expectancy"])
    start = (money(p["income"]), percent_text(p["ratio"]), money(p["target"]))
    if not p["pension"]:
        return "retirement_income_gap", (*start, p["years"], *ages, money(line.amount))
    return "retirement_income_gap_pension", (*start, money(p["pension"]), money(p["shortfall"]), p["years"],
                                             *ages, money(line.amount))


def _education_fund(line: NeedLine, p: Mapping[str, object], money: Money) -> Parts:
    if p.get("age") is None:
        return "education_fund_age_unknown", (money(line.amount),)
    return "education_fund", (p["age"], money(line.amount))


_LINE_PARTS: dict[str, Callable[[NeedLine, Mapping[str, object], Money], Parts]] = {
    "income_replacement": _income_replacement,
    "no_dependants": lambda line, p, money: ("no_dependants", ()),
    "child_age_unknown": lambda line, p, money: ("child_age_unknown", (p["name"], p["years"])),
    "mortgage_share": _share,
    "debts_share": _share,
    "savings_share": _share,
    "education_share": _education_share,
    "final_expenses": lambda line, p, money: ("final_expenses", (money(line.amount),)),
    "ci_income_years": lambda line, p, money: ("ci_income_years", (money(p["income"]), p["years"],
                                                                   money(line.amount))),
    "ci_minimum": lambda line, p, money: ("ci_minimum", (money(line.amount),)),
    "medical_limit": lambda line, p, money: ("medical_limit", (money(line.amount),)),
    "accident_income_multiple": lambda line, p, money: ("accident_income_multiple", (
        money(p["income"]), p["multiple"], money(line.amount))),
    "accident_child_minimum": lambda line, p, money: ("accident_child_minimum", (
        money(p["minimum"]), p["age"], money(line.amount))),
    "accident_minimum": lambda line, p, money: ("accident_minimum", (money(line.amount),)),
    "retirement_income_gap": _retirement_gap,
    "retirement_savings": lambda line, p, money: ("retirement_savings", (money(abs(line.amount)),)),
    "age_unknown": lambda line, p, money: ("age_unknown", ()),
    "not_adult": lambda line, p, money: ("not_adult", (p["adult_age"], p["age"])),
    "retired": lambda line, p, money: ("retired", (p["age"], p["retirement_age"])),
    "education_fund": _education_fund,
    "not_dependant": lambda line, p, money: ("not_dependant", ()),
}


def need_line_parts(line: NeedLine, money: Money) -> Parts:
    """Which template a line reads with, and its arguments; ("fallback", …)
    for a code this module does not know or a line missing its inputs."""
    make = _LINE_PARTS.get(line.code)
    if make is not None:
        try:
            return make(line, line.params, money)
        except (KeyError, TypeError, ValueError, InvalidOperation):
            pass  # a line without the inputs it should carry reads like an unknown one
    return "fallback", (line.code, money(line.amount))


def need_line_text(line: NeedLine, money: Money) -> str:
    """One plain sentence with the inputs behind the line's amount, e.g.
    "Income replacement: $1,200,000 a year × 70% × 14 years (until the youngest child is 22) = …"."""
    template, args = need_line_parts(line, money)
    return fill(_tr(_T[template]), *args)


# -- the suggestion's choices ---------------------------------------------------
_BENEFIT_WORDS = {
    "death": QT_TRANSLATE_NOOP("Plans", "death cover"),
    "critical_illness": QT_TRANSLATE_NOOP("Plans", "critical illness cover"),
    "medical": QT_TRANSLATE_NOOP("Plans", "medical cover"),
    "accident": QT_TRANSLATE_NOOP("Plans", "accident cover"),
    "retirement": QT_TRANSLATE_NOOP("Plans", "retirement savings"),
    "education": QT_TRANSLATE_NOOP("Plans", "education savings"),
}
_REASONS = {
    "budget": QT_TRANSLATE_NOOP("Plans", "the budget ran out"),
    "product_maximum": QT_TRANSLATE_NOOP("Plans", "the product's largest sum assured was reached"),
    "no_eligible_product": QT_TRANSLATE_NOOP("Plans", "no product in the catalog accepts this person for it"),
}
_OUTCOMES = {
    "covered": QT_TRANSLATE_NOOP("Plans", "%1: %2 gap of %3 fully covered with %4 (%5)."),
    "partly_covered": QT_TRANSLATE_NOOP("Plans", "%1: %2 gap of %3 covered %4 with %5; %6 left because %7."),
    "partly_covered_no_reason": QT_TRANSLATE_NOOP("Plans", "%1: %2 gap of %3 covered %4 with %5; %6 left."),
    "not_covered": QT_TRANSLATE_NOOP("Plans", "%1: %2 gap of %3 not covered because %4."),
}


def choice_text(choice: Choice, product_names: Mapping[str, str], money: Money) -> str:
    """The translated counterpart of suggest.describe_choice."""
    words = _BENEFIT_WORDS.get(choice.benefit)
    what = (choice.person_name, _tr(words) if words else benefit_name(choice.benefit), money(choice.gap))
    product = product_names.get(choice.product_code or "", choice.product_code or "")
    reason = _tr(_REASONS[choice.reason]) if choice.reason in _REASONS else ""
    if choice.outcome == "covered":
        return fill(_tr(_OUTCOMES["covered"]), *what, product, money(choice.covered))
    if choice.outcome == "partly_covered":
        key = "partly_covered" if reason else "partly_covered_no_reason"
        return fill(_tr(_OUTCOMES[key]), *what, money(choice.covered), product, money(choice.left), reason)
    if choice.outcome == "not_covered" and reason:
        return fill(_tr(_OUTCOMES["not_covered"]), *what, reason)
    return describe_choice(choice, product_names)  # an outcome this version does not know


# -- why a cover is not eligible ------------------------------------------------
# The domain explains a refusal in English sentences (pricing.NotEligible.reasons,
# planner's line checks); each form is matched here and said again in the UI's
# language, its figures and codes carried over. An unknown form stays as it is.
_NUMBER = r"([\d.,]+)"
_RIDER = QT_TRANSLATE_NOOP("Plans", "rider %1: %2")  # its reason is translated in turn
_SEPARATOR = QT_TRANSLATE_NOOP("Plans", "; ")
_CODE = r"(\S+)"
_FORMS = (
    (r"no product (\S+) in catalog (.+)", QT_TRANSLATE_NOOP("Plans", "product %1 is not in catalog %2")),
    (r"the birth date is after the quote date", QT_TRANSLATE_NOOP("Plans", "the birth date is after the quote date")),
    (rf"{_CODE} is a base product, not a rider", QT_TRANSLATE_NOOP("Plans", "%1 is a base product, not a rider")),
    (r"rider (\S+): (.+)", _RIDER),
    (r"a sum assured is required", QT_TRANSLATE_NOOP("Plans", "a sum assured is required")),
    (rf"sum assured {_NUMBER} is below the minimum {_NUMBER}",
     QT_TRANSLATE_NOOP("Plans", "sum assured %1 is below the minimum %2")),
    (rf"sum assured {_NUMBER} is above the maximum {_NUMBER}",
     QT_TRANSLATE_NOOP("Plans", "sum assured %1 is above the maximum %2")),
    (rf"sum assured {_NUMBER} is not {_NUMBER} plus a multiple of {_NUMBER}",
     QT_TRANSLATE_NOOP("Plans", "sum assured %1 is not %2 plus a multiple of %3")),
    (rf"age {_NUMBER} plus the base's term {_NUMBER} passes the rider's expiry age {_NUMBER}",
     QT_TRANSLATE_NOOP("Plans", "age %1 plus the base's term %2 passes the rider's expiry age %3")),
    (rf"{_CODE} is priced on the base premium and takes no sum assured",
     QT_TRANSLATE_NOOP("Plans", "%1 is priced on the base premium and takes no sum assured")),
    (rf"age {_NUMBER} is outside the issue ages (.+)",
     QT_TRANSLATE_NOOP("Plans", "age %1 is outside the issue ages %2")),
    (r"choose a term: (.+)", QT_TRANSLATE_NOOP("Plans", "choose a term: %1")),
    (rf"a term of {_NUMBER} years is not offered \((.+)\)",
     QT_TRANSLATE_NOOP("Plans", "a term of %1 years is not offered (%2)")),
    (rf"age {_NUMBER} plus term {_NUMBER} passes the expiry age {_NUMBER}",
     QT_TRANSLATE_NOOP("Plans", "age %1 plus term %2 passes the expiry age %3")),
    (rf"{_CODE} covers to age {_NUMBER} and has no term to choose",
     QT_TRANSLATE_NOOP("Plans", "%1 covers to age %2 and has no term to choose")),
    (rf"{_CODE} is paid over its whole term", QT_TRANSLATE_NOOP("Plans", "%1 is paid over its whole term")),
    (r"choose a payment term: (.+)", QT_TRANSLATE_NOOP("Plans", "choose a payment term: %1")),
    (rf"a payment term of {_NUMBER} years is not offered \((.+)\)",
     QT_TRANSLATE_NOOP("Plans", "a payment term of %1 years is not offered (%2)")),
    (rf"a payment term of {_NUMBER} years is longer than the cover",
     QT_TRANSLATE_NOOP("Plans", "a payment term of %1 years is longer than the cover")),
    (r"(\S+) payment is not offered \((.+)\)", QT_TRANSLATE_NOOP("Plans", "%1 payment is not offered (%2)")),
    (r"no rate for (.+)", QT_TRANSLATE_NOOP("Plans", "no rate for %1")),
    (rf"{_CODE} is a rider and needs a base product",
     QT_TRANSLATE_NOOP("Plans", "%1 is a rider and needs a base product")),
    (rf"{_CODE} does not take the {_CODE} rider", QT_TRANSLATE_NOOP("Plans", "%1 does not take the %2 rider")),
    (r"the insured person is not in this plan's household",
     QT_TRANSLATE_NOOP("Plans", "the insured person is not in this plan's household")),
    (r"(.+)'s sex and birth date are needed to price cover",
     QT_TRANSLATE_NOOP("Plans", "%1's sex and birth date are needed to price cover")),
    (r"sex and birth date are needed", QT_TRANSLATE_NOOP("Plans", "sex and birth date are needed")),
    (r"its base product is no longer in the plan",
     QT_TRANSLATE_NOOP("Plans", "its base product is no longer in the plan")),
    (r"its base product is not eligible", QT_TRANSLATE_NOOP("Plans", "its base product is not eligible")),
    (r"a rider must insure the same person as its base",
     QT_TRANSLATE_NOOP("Plans", "a rider must insure the same person as its base")),
)
_REASON_FORMS = tuple((re.compile(pattern), template) for pattern, template in _FORMS)
_FREQUENCIES = {"annual": QT_TRANSLATE_NOOP("Plans", "Yearly"), "semiannual": QT_TRANSLATE_NOOP("Plans", "Half-yearly"),
                "quarterly": QT_TRANSLATE_NOOP("Plans", "Quarterly"), "monthly": QT_TRANSLATE_NOOP("Plans", "Monthly")}


def reason_text(reason: str) -> str:
    """A refusal ("age 61 is outside the issue ages 18–60; a sum assured is required")
    in the UI's language, one part at a time."""
    return _tr(_SEPARATOR).join(_one_reason(part.strip()) for part in reason.split("; ") if part.strip())


def _one_reason(reason: str) -> str:
    for pattern, template in _REASON_FORMS:
        match = pattern.fullmatch(reason)
        if match is None:
            continue
        args = list(match.groups())
        if template is _RIDER:
            args[1] = _one_reason(args[1])
        if template.startswith("%1 payment"):  # "monthly payment is not offered (annual, quarterly)"
            words = [_tr(_FREQUENCIES[code]) if code in _FREQUENCIES else code for code in args[1].split(", ")]
            args = [_tr(_FREQUENCIES[args[0]]) if args[0] in _FREQUENCIES else args[0], ", ".join(words)]
        return fill(_tr(template), *args)
    return reason
