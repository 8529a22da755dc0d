"""The plan designer's parts on their own: the sentences behind each need, the
gap chart, the needs view, the assumptions dialog and the comparison, driven
with real widgets as an agent would."""

from __future__ import annotations

import inspect
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog

from agent_desk.domain import needs as needs_module
from agent_desk.domain.needs import (
    Benefit,
    ExistingCover,
    NeedLine,
    NeedsAssumptions,
    NeedsReport,
    PersonFacts,
    analyse_needs,
)
from agent_desk.domain.planner import ComparisonRow
from agent_desk.domain.suggest import Choice, describe_choice
from agent_desk.services.plans import PersonMoney
from agent_desk.ui.plans.assumptions_dialog import AssumptionsDialog
from agent_desk.ui.plans.compare_dialog import BEST_ROLE, CompareDialog
from agent_desk.ui.plans.gap_chart import ChartRow, GapChart
from agent_desk.ui.plans.labels import benefit_name, choice_text, need_line_parts, need_line_text, status_name
from agent_desk.ui.plans.needs_view import Column, NeedsView

D = Decimal
AS_OF = date(2025, 6, 1)


def money(amount: Decimal) -> str:
    return f"${amount:,.0f}" if amount == amount.to_integral_value() else f"${amount:,}"


def click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def facts(key: str, born: date | None, role: str, income: str = "0", **more: Decimal) -> PersonFacts:
    return PersonFacts(key, key.title(), born, role, D(income), **more)


# -- labels ---------------------------------------------------------------------

def households() -> list[NeedsReport]:
    """Households that between them make analyse_needs emit every kind of line."""
    debts = replace(NeedsAssumptions(), mortgage=D("6000000"), other_debts=D("300000"), liquid_savings=D("900000"))
    family = [facts("head", date(1985, 1, 15), "head", "1200000"), facts("spouse", date(1987, 3, 10), "spouse",
                                                                          "600000"),
              facts("older", date(2017, 2, 1), "child"), facts("younger", date(2020, 1, 20), "child")]
    single = [facts("solo", date(1980, 5, 5), "head", "900000", expected_pension=D("200000"),
                    retirement_savings=D("1000000"))]
    mixed = [facts("earner", date(1970, 1, 1), "head", "800000"), facts("partner", date(1972, 1, 1), "spouse"),
             facts("grandpa", date(1950, 1, 1), "parent"), facts("someone", None, "child")]
    nobody_earns = [facts("retiree", date(1955, 1, 1), "head"), facts("adult", date(1990, 1, 1), "other")]
    return [analyse_needs(people, [], debts, AS_OF) for people in (family, single, mixed, nobody_earns)]


def all_lines() -> list[NeedLine]:
    return [line for report in households() for person in report.people for gap in person.gaps
            for line in gap.lines]


def test_every_needs_line_analyse_needs_emits_reads_as_its_own_sentence() -> None:
    lines = all_lines()
    emitted = {line.code for line in lines}
    source = inspect.getsource(needs_module)
    in_the_source = set(re.findall(r'NeedLine\("(\w+)"', source)) | set(re.findall(r'\("(\w+_share)"', source))
    assert in_the_source <= emitted, in_the_source - emitted  # a new kind of line needs a household above
    for line in lines:
        template, _args = need_line_parts(line, money)
        text = need_line_text(line, money)
        assert template != "fallback", line
        assert line.code not in text and not re.search(r"%\d", text), text  # every placeholder filled


def test_a_line_reads_with_the_inputs_that_made_it() -> None:
    head = households()[0].person("head")
    texts = [need_line_text(line, money) for line in head.gap_for(Benefit.DEATH).lines]
    assert texts[0] == ("Income replacement: $1,200,000 a year × 70% × 17 years (until the youngest child is 22) "
                        "= $14,280,000")
    assert texts[1] == ("Mortgage share: $6,000,000 × 66.67% ($1,200,000 of the household's $1,800,000 income) "
                        "= $4,000,000")
    assert texts[-1].startswith("Less liquid savings share: $900,000 × 66.67%") and texts[-1].endswith("= $600,000")
    solo = households()[1].person("solo")
    assert [need_line_text(line, money) for line in solo.gap_for(Benefit.RETIREMENT).lines] == [
        "Retirement: $900,000 a year × 60% = $540,000, less a pension of $200,000, leaves $340,000 a year "
        "for 20 years (age 65 to 85) = $6,800,000",
        "Less retirement savings: $1,000,000"]


def test_an_unknown_line_falls_back_to_its_code_and_amount() -> None:
    assert need_line_text(NeedLine("mystery", D("1200")), money) == "mystery: $1,200"
    assert need_line_text(NeedLine("income_replacement", D("5")), money) == "income_replacement: $5"  # no params


def test_benefit_and_status_names() -> None:
    assert [benefit_name(b) for b in ("death", "critical_illness", "hospital_cash", "waiver", "other")] == [
        "Death", "Critical illness", "Hospital cash", "Premium waiver", "other"]
    assert [status_name(s) for s in ("draft", "proposed", "accepted", "declined")] == [
        "Draft", "Proposed", "Accepted", "Declined"]


@pytest.mark.parametrize(("outcome", "reason", "covered"), [
    ("covered", "", "2000000"), ("partly_covered", "budget", "500000"),
    ("partly_covered", "product_maximum", "1500000"), ("not_covered", "no_eligible_product", "0")])
def test_a_choice_reads_like_the_domain_sentence(outcome: str, reason: str, covered: str) -> None:
    choice = Choice("head", "Ann", "critical_illness", D("2000000"), D(covered), "CI20", outcome, reason)
    names = {"CI20": "CI Care 20"}
    assert choice_text(choice, names, lambda x: f"{x:,.0f}") == describe_choice(choice, names)


# -- the chart ------------------------------------------------------------------

def colours_in(widget) -> set[int]:  # noqa: ANN001
    image = widget.grab().toImage()
    return {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def test_the_chart_draws_bars_in_the_palette_and_leaves_out_needs_of_zero(qtbot) -> None:  # noqa: ANN001
    chart = GapChart()
    qtbot.addWidget(chart)
    rows = [ChartRow("Ann", "death", D("10000000"), D("2000000"), D("3000000")),
            ChartRow("Ann", "medical", D("500000"), D("800000"), D("0")),
            ChartRow("Ann", "education", D("0"), D("0"), D("0")),
            ChartRow("Bo", "accident", D("500000"), D("0"), D("250000"))]
    chart.set_rows(rows, money)
    chart.resize(chart.sizeHint())
    chart.show()
    qtbot.waitExposed(chart)

    assert [(r.person, r.benefit) for r in chart.rows()] == [("Ann", "death"), ("Ann", "medical"), ("Bo", "accident")]
    assert [chart.covered_text(r) for r in chart.rows()] == ["covered 50%", "covered 160%", "covered 50%"]
    seen = colours_in(chart)
    assert len(seen) > 3
    assert chart.palette().color(QPalette.ColorRole.Highlight).rgb() in seen  # "this plan" is drawn
    assert "Need: $10,000,000" in chart.tooltip_text(chart.rows()[0])
    one_group = chart.sizeHint().height()
    chart.set_rows(rows + [ChartRow("Cy", "death", D("1"), D("0"), D("0"))], money)
    assert chart.sizeHint().height() > one_group


def test_an_empty_chart_says_so(qtbot) -> None:  # noqa: ANN001
    chart = GapChart()
    qtbot.addWidget(chart)
    chart.set_rows([ChartRow("Ann", "death", D("0"), D("100"), D("0"))], money)
    chart.resize(400, 120)
    assert chart.rows() == ()
    assert QColor(chart.grab().toImage().pixel(5, 5)) == chart.palette().color(QPalette.ColorRole.Base)
    assert len(colours_in(chart)) > 1  # "No needs to show yet."


# -- the needs view -------------------------------------------------------------
# One earner of 40 on 1,000,000 a year and a child of 10; default assumptions.
#   death: 1,000,000 x 70% x (22 - 10) years = 8,400,000 + education 1,500,000 + final 300,000 = 10,200,000
#   existing death cover 2,000,000 and 5,000,000 in the plan: 3,200,000 still open.

def small_report() -> NeedsReport:
    people = [facts("head", date(1985, 1, 15), "head", "1000000"), facts("kid", date(2015, 1, 15), "child")]
    cover = [ExistingCover("head", "death", D("2000000"), "P-1 Term Life")]
    return analyse_needs(people, cover, NeedsAssumptions(), AS_OF)


def texts(item) -> list[str]:  # noqa: ANN001
    return [item.text(c) for c in range(len(Column))]


@pytest.fixture
def view(qtbot) -> NeedsView:  # noqa: ANN001
    widget = NeedsView()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def plan_of(cover: dict[tuple[str, str], str]):  # noqa: ANN201
    return lambda person, benefit: D(cover.get((person, benefit), "0"))


def test_the_needs_view_shows_each_person_and_the_money_per_benefit(view, qtbot) -> None:  # noqa: ANN001
    view.show_report(small_report(), plan_of({("head", "death"): "5000000"}), money,
                     uncounted=["P-9: product OLD is not in catalog 2025.1"])

    assert view.person_item("head").text(0) == "Head, 40 — earner"
    assert view.person_item("kid").text(0) == "Kid, 10 — dependant"
    death = view.benefit_item("head", "death")
    assert texts(death) == ["Death", "$10,200,000", "$2,000,000", "$5,000,000", "$3,200,000"]
    assert [death.child(i).text(0) for i in range(death.childCount())] == [
        "Income replacement: $1,000,000 a year × 70% × 12 years (until the youngest child is 22) = $8,400,000",
        "Children's education: $1,500,000 per child × 1 = $1,500,000",
        "Final expenses (funeral and estate): $300,000",
        "Existing: P-1 Term Life $2,000,000"]
    assert texts(view.benefit_item("kid", "education")) == [
        "Education", "$1,500,000", "$0", "$0", "$1,500,000"]
    assert view.person_item("head").isExpanded() and not death.isExpanded()
    assert len(view.chart.rows()) == 10  # 12 benefits, less the head's education and the kid's retirement
    assert view.uncounted_label.isVisible()
    assert view.uncounted_label.text() == "Not counted: P-9: product OLD is not in catalog 2025.1"
    with qtbot.waitSignal(view.assumptions_requested):
        click(qtbot, view.assumptions_button)


def test_a_refresh_updates_the_numbers_and_keeps_what_the_agent_opened(view) -> None:  # noqa: ANN001
    report = small_report()
    view.show_report(report, plan_of({}), money)
    view.person_item("kid").setExpanded(False)
    view.benefit_item("head", "death").setExpanded(True)
    death_item = view.benefit_item("head", "death")

    view.show_report(report, plan_of({("head", "death"): "1000000"}), money)  # typing in the plan
    assert view.benefit_item("head", "death") is death_item  # updated in place
    assert texts(death_item)[3:] == ["$1,000,000", "$7,200,000"]
    assert death_item.isExpanded() and not view.person_item("kid").isExpanded()

    bigger = analyse_needs([facts("head", date(1985, 1, 15), "head", "1000000"),
                            facts("kid", date(2015, 1, 15), "child"), facts("baby", date(2024, 1, 1), "child")],
                           [], NeedsAssumptions(), AS_OF)
    view.show_report(bigger, plan_of({}), money)  # a person more: rebuilt
    assert view.benefit_item("head", "death").isExpanded() and not view.person_item("kid").isExpanded()
    assert view.person_item("baby").isExpanded()
    assert not view.uncounted_label.isVisible()


# -- the assumptions dialog -------------------------------------------------------
PEOPLE = [("head", "Ann Lee"), ("kid", "Bo Lee")]


@pytest.fixture
def make_dialog(qtbot):  # noqa: ANN001, ANN201
    def make(assumptions: NeedsAssumptions = NeedsAssumptions(),  # noqa: B008
             money_of: dict[str, PersonMoney] | None = None) -> AssumptionsDialog:
        dialog = AssumptionsDialog(assumptions, PEOPLE, money_of or {}, "TWD")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return make


def test_the_assumptions_come_back_exactly_as_given(make_dialog) -> None:  # noqa: ANN001
    assert make_dialog().values() == (NeedsAssumptions(), {"head": PersonMoney(), "kid": PersonMoney()})
    odd = replace(NeedsAssumptions(), income_replacement_ratio=D("0.655"), retirement_income_ratio=D("0.6125"),
                  mortgage=D("1234567.89"), life_expectancy=90, accident_income_multiple=0)
    person = {"head": PersonMoney(D("240000"), D("1500000.5")), "kid": PersonMoney()}
    dialog = make_dialog(odd, person)
    assert dialog.edits["income_replacement_ratio"].text() == "65.5"
    assert dialog.edits["mortgage"].text() == "1,234,567.89"
    assert dialog.values() == (odd, person)


def test_amounts_with_commas_and_percentages_are_read(make_dialog, qtbot) -> None:  # noqa: ANN001
    dialog = make_dialog()
    for name, typed in (("mortgage", "1,200,000"), ("retirement_income_ratio", "65"),
                        ("head.retirement_savings", "1 500 000"), ("retirement_age", "60")):
        dialog.edits[name].clear()
        qtbot.keyClicks(dialog.edits[name], typed)
    click(qtbot, dialog.ok_button)

    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assumptions, money_of = dialog.values()
    assert assumptions.mortgage == D("1200000") and assumptions.retirement_income_ratio == D("0.65")
    assert assumptions.retirement_age == 60 and isinstance(assumptions.retirement_age, int)
    assert money_of["head"] == PersonMoney(D("0"), D("1500000"))


def test_wrong_fields_say_why_and_keep_the_dialog_open(make_dialog, qtbot) -> None:  # noqa: ANN001
    dialog = make_dialog()
    for name, typed in (("mortgage", "abc"), ("other_debts", "-1"), ("independence_age", "21.5"),
                        ("income_replacement_ratio", "150")):
        dialog.edits[name].clear()
        qtbot.keyClicks(dialog.edits[name], typed)
    click(qtbot, dialog.ok_button)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    problems = dialog.visible_problems()
    assert set(problems) == {"mortgage", "other_debts", "independence_age", "income_replacement_ratio"}
    assert "amount" in problems["mortgage"] and "negative" in problems["other_debts"]
    assert all(dialog.errors[name].objectName() == "fieldError" for name in problems)
    assert dialog.edits["mortgage"].text() == "abc"  # the input stays as typed

    qtbot.keyClicks(dialog.edits["mortgage"], "x")  # editing a field clears its message
    assert "mortgage" not in dialog.visible_problems()


def test_retirement_must_come_before_the_life_expectancy(make_dialog, qtbot) -> None:  # noqa: ANN001
    dialog = make_dialog()
    dialog.edits["retirement_age"].setText("90")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and set(dialog.visible_problems()) == {"retirement_age"}


def test_restore_defaults_puts_back_the_method_but_not_the_household(make_dialog, qtbot) -> None:  # noqa: ANN001
    dialog = make_dialog(replace(NeedsAssumptions(), mortgage=D("5000000"), retirement_age=60,
                                 income_replacement_ratio=D("0.8")))
    click(qtbot, dialog.defaults_button)
    assumptions, _ = dialog.values()
    assert assumptions == replace(NeedsAssumptions(), mortgage=D("5000000"))


# -- the comparison ---------------------------------------------------------------

def test_the_comparison_shows_each_alternative_side_by_side(qtbot) -> None:  # noqa: ANN001
    rows = [ComparisonRow("lines", (3, 4, 2)),
            ComparisonRow("total_annual", (D("48210"), D("61380.5"), D("30900"))),
            ComparisonRow("yearly_outlay", (D("49650"), D("63000"), D("31800"))),
            ComparisonRow("budget_used", (D("0.8275"), D("1.05"), D("0.53"))),
            ComparisonRow("cover:head:death", (D("10000000"), D("12000000"), D("0")),
                          {"person": "Ann", "benefit": "death"}),
            ComparisonRow("cover:kid:medical", (D("500000"), D("500000"), D("500000")),
                          {"person": "Bo", "benefit": "medical"})]
    dialog = CompareDialog(["A", "B", "Budget"], rows, money,
                           lambda row: f"{row.params['person']} — {benefit_name(row.params['benefit'])}")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.texts() == {
        "Products and riders": ["3", "4", "2"],
        "Total annual premium": ["$48,210", "$61,380.5", "$30,900"],
        "Paid per year": ["$49,650", "$63,000", "$31,800"],
        "Budget used": ["82.8%", "105.0%", "53.0%"],
        "Ann — Death": ["$10,000,000", "$12,000,000", "$0"],
        "Bo — Medical": ["$500,000", "$500,000", "$500,000"],
    }
    table = dialog.table
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == ["A", "B", "Budget"]
    assert [bool(table.item(4, c).data(BEST_ROLE)) for c in range(3)] == [False, True, False]
    assert not any(table.item(5, c).data(BEST_ROLE) for c in range(3))  # all the same: nothing stands out
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    dialog.show()
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()


def test_switching_to_dark_recolours_the_subtle_rows(view) -> None:  # noqa: ANN001
    view.show_report(small_report(), plan_of({}), money)
    education = view.benefit_item("head", "education")  # a need of 0: subtle
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.PlaceholderText, QColor("#123456"))
    view.setPalette(dark)
    assert education.foreground(Column.NEED).color() == QColor("#123456")
