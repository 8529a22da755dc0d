"""Protection-gap analysis: worked examples computed by hand, the edge rules,
validation, and properties that must hold for any household."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent_desk.domain.needs import (
    Benefit,
    ExistingCover,
    NeedsAssumptions,
    NeedsReport,
    PersonFacts,
    analyse_needs,
)
from agent_desk.errors import ValidationError

AS_OF = date(2025, 6, 1)
DEFAULTS = NeedsAssumptions()
D = Decimal


def person(key: str, born: date | None, role: str = "head", income: str = "0", **more: Decimal) -> PersonFacts:
    return PersonFacts(key=key, name=key.title(), birth_date=born, role=role, annual_income=D(income), **more)


def analyse(people: list[PersonFacts], cover: list[ExistingCover] | None = None,
            assumptions: NeedsAssumptions = DEFAULTS, as_of: date = AS_OF) -> NeedsReport:
    return analyse_needs(people, cover or [], assumptions, as_of)


def lines_of(report: NeedsReport, key: str, benefit: Benefit) -> dict[str, Decimal]:
    return {line.code: line.amount for line in report.person(key).gap_for(benefit).lines}


def need(report: NeedsReport, key: str, benefit: Benefit) -> Decimal:
    return report.person(key).gap_for(benefit).need


# --- a family of four --------------------------------------------------------
# Head 40 earning 1,200,000; spouse 38 earning 600,000; children 8 and 5.
# Mortgage 6,000,000, other debts 300,000, liquid savings 900,000; default assumptions.
FAMILY = [
    person("head", date(1985, 1, 15), "head", "1200000"),
    person("spouse", date(1987, 3, 10), "spouse", "600000"),
    person("older", date(2017, 2, 1), "child"),
    person("younger", date(2020, 1, 20), "child"),
]
FAMILY_MONEY = replace(DEFAULTS, mortgage=D("6000000"), other_debts=D("300000"), liquid_savings=D("900000"))


def test_family_ages_earners_and_dependants() -> None:
    report = analyse(FAMILY, assumptions=FAMILY_MONEY)
    assert [(p.age, p.is_earner, p.is_dependant) for p in report.people] == [
        (40, True, False), (38, True, False), (8, False, True), (5, False, True)]


def test_family_head_death_need_worked_by_hand() -> None:
    # Dependants: the two children (the spouse earns). Horizon: 22 - 5 (youngest) = 17 years.
    # Earners' income 1,800,000, so the head carries 1,200,000 / 1,800,000 = 2/3 of the shared amounts.
    #   income replacement  1,200,000 x 0.7 x 17          = 14,280,000
    #   mortgage share      6,000,000 x 2/3               =  4,000,000
    #   debts share           300,000 x 2/3               =    200,000
    #   education share     2 x 1,500,000 = 3,000,000 x 2/3 = 2,000,000
    #   final expenses                                    =    300,000
    #   savings share        -900,000 x 2/3               =   -600,000
    #   need                                              = 20,180,000
    report = analyse(FAMILY, assumptions=FAMILY_MONEY)
    assert lines_of(report, "head", Benefit.DEATH) == {
        "income_replacement": D("14280000"), "mortgage_share": D("4000000"), "debts_share": D("200000"),
        "education_share": D("2000000"), "final_expenses": D("300000"), "savings_share": D("-600000")}
    assert need(report, "head", Benefit.DEATH) == D("20180000")
    replacement = report.person("head").gap_for(Benefit.DEATH).lines[0]
    assert replacement.params["years"] == 17 and replacement.params["youngest_child_age"] == 5


def test_family_spouse_death_need_worked_by_hand() -> None:
    # The spouse carries 600,000 / 1,800,000 = 1/3, over the same 17 years.
    #   600,000 x 0.7 x 17 = 7,140,000; mortgage 2,000,000; debts 100,000; education 1,000,000;
    #   final 300,000; savings -300,000  ->  10,240,000
    report = analyse(FAMILY, assumptions=FAMILY_MONEY)
    assert lines_of(report, "spouse", Benefit.DEATH) == {
        "income_replacement": D("7140000"), "mortgage_share": D("2000000"), "debts_share": D("100000"),
        "education_share": D("1000000"), "final_expenses": D("300000"), "savings_share": D("-300000")}
    assert need(report, "spouse", Benefit.DEATH) == D("10240000")


def test_family_children_and_the_other_benefits() -> None:
    report = analyse(FAMILY, assumptions=FAMILY_MONEY)
    # Children: final expenses only for death; CI minimum; half the accident minimum; education fund.
    assert lines_of(report, "younger", Benefit.DEATH) == {"final_expenses": D("300000")}
    table = {(p.key, g.benefit): g.need for p in report.people for g in p.gaps}
    assert table[("head", Benefit.CRITICAL_ILLNESS)] == D("3600000")  # 1,200,000 x 3
    assert table[("spouse", Benefit.CRITICAL_ILLNESS)] == D("1800000")  # 600,000 x 3
    assert table[("older", Benefit.CRITICAL_ILLNESS)] == D("1000000")
    assert {table[(k, Benefit.MEDICAL)] for k in ("head", "spouse", "older", "younger")} == {D("500000")}
    assert table[("head", Benefit.ACCIDENT)] == D("12000000")  # 1,200,000 x 10
    assert table[("younger", Benefit.ACCIDENT)] == D("500000")  # 1,000,000 / 2
    assert table[("head", Benefit.RETIREMENT)] == D("14400000")  # 1,200,000 x 0.6 = 720,000 x (85 - 65)
    assert table[("spouse", Benefit.RETIREMENT)] == D("7200000")  # 360,000 x 20
    assert lines_of(report, "older", Benefit.RETIREMENT) == {"not_adult": D("0")}
    assert table[("older", Benefit.EDUCATION)] == D("1500000")
    assert lines_of(report, "head", Benefit.EDUCATION) == {"not_dependant": D("0")}


def test_family_totals_add_up_over_people() -> None:
    totals = analyse(FAMILY, assumptions=FAMILY_MONEY).totals()
    assert totals[Benefit.DEATH].need == D("31020000")  # 20,180,000 + 10,240,000 + 2 x 300,000
    assert totals[Benefit.EDUCATION].need == D("3000000")
    assert totals[Benefit.DEATH].gap == totals[Benefit.DEATH].need and totals[Benefit.DEATH].existing == 0
    assert list(totals) == list(Benefit)


def test_shares_that_do_not_divide_evenly_are_rounded_cumulatively() -> None:
    # Incomes 1,000,000 and 2,000,000: the first earner carries 1/3.
    # mortgage 100,000 / 3 = 33,333.33 -> 33,333; running 200,000 / 3 = 66,666.67 -> 66,667,
    # so the debts line is 66,667 - 33,333 = 33,334 and the two add up to the rounded share.
    people = [person("a", date(1980, 1, 1), "head", "1000000"), person("b", date(1980, 1, 1), "spouse", "2000000")]
    report = analyse(people, assumptions=replace(DEFAULTS, mortgage=D("100000"), other_debts=D("100000")))
    death = lines_of(report, "a", Benefit.DEATH)
    assert (death["mortgage_share"], death["debts_share"]) == (D("33333"), D("33334"))
    assert report.person("a").gap_for(Benefit.DEATH).lines[1].params["share"] == D("0.3333")


def test_a_larger_income_takes_a_larger_part_of_the_savings() -> None:
    # Documents a consequence of sharing savings by income: with savings larger than the debts,
    # a raise lowers the need. Equal incomes: 300,000 - 400,000 / 2 = 100,000.
    # Head at 3,000,000 against 1,000,000: 300,000 - 400,000 x 3/4 = 0.
    money = replace(DEFAULTS, liquid_savings=D("400000"))
    equal = [person("head", date(1980, 1, 1), "head", "1000000"), person("sp", date(1980, 1, 1), "spouse", "1000000")]
    assert need(analyse(equal, assumptions=money), "head", Benefit.DEATH) == D("100000")
    raised = [replace(equal[0], annual_income=D("3000000")), equal[1]]
    assert need(analyse(raised, assumptions=money), "head", Benefit.DEATH) == D("0")


# --- single people and other households -------------------------------------

def test_a_single_person_without_dependants() -> None:
    # No dependants: no income replacement. Death: 2,000,000 mortgage + 300,000 final - 500,000 savings.
    single = [person("me", date(1995, 5, 31), "head", "800000")]
    report = analyse(single, assumptions=replace(DEFAULTS, mortgage=D("2000000"), liquid_savings=D("500000")))
    assert report.person("me").age == 30
    assert lines_of(report, "me", Benefit.DEATH) == {
        "no_dependants": D("0"), "mortgage_share": D("2000000"), "final_expenses": D("300000"),
        "savings_share": D("-500000")}
    assert need(report, "me", Benefit.DEATH) == D("1800000")
    assert need(report, "me", Benefit.CRITICAL_ILLNESS) == D("2400000")  # 800,000 x 3
    assert need(report, "me", Benefit.ACCIDENT) == D("8000000")  # 800,000 x 10
    assert need(report, "me", Benefit.RETIREMENT) == D("9600000")  # 480,000 x 20
    assert need(report, "me", Benefit.EDUCATION) == D("0")


def test_savings_larger_than_the_need_floor_it_at_zero() -> None:
    report = analyse([person("me", date(1990, 1, 1), "head", "500000")],
                     assumptions=replace(DEFAULTS, liquid_savings=D("5000000")))
    assert need(report, "me", Benefit.DEATH) == D("0")
    assert sum(lines_of(report, "me", Benefit.DEATH).values()) == D("-4700000")  # lines still explain it


def test_a_household_with_no_earner_puts_the_debts_on_the_head() -> None:
    # A retired couple without income. Head: 1,000,000 mortgage + 200,000 debts + 300,000 final
    # - 500,000 savings = 1,000,000. Spouse: final expenses 300,000. Both past retirement age.
    couple = [person("sp", date(1957, 1, 1), "spouse"), person("hd", date(1955, 1, 1), "head")]
    money = replace(DEFAULTS, mortgage=D("1000000"), other_debts=D("200000"), liquid_savings=D("500000"))
    report = analyse(couple, assumptions=money)
    assert need(report, "hd", Benefit.DEATH) == D("1000000")
    assert lines_of(report, "sp", Benefit.DEATH) == {"final_expenses": D("300000")}
    assert lines_of(report, "hd", Benefit.RETIREMENT) == {"retired": D("0")}
    assert need(report, "sp", Benefit.ACCIDENT) == D("1000000")
    assert need(report, "sp", Benefit.CRITICAL_ILLNESS) == D("1000000")
    # Without a head, the first member carries them.
    first = analyse([replace(couple[0], role="other"), replace(couple[1], role="parent")], assumptions=money)
    assert need(first, "sp", Benefit.DEATH) == D("1000000")


def test_a_spouse_without_income_sets_the_minimum_horizon() -> None:
    # Dependants: the spouse (no income) and a child of 20. Years = max(22 - 20, 5) = 5.
    # 1,000,000 x 0.7 x 5 = 3,500,000, plus the 20-year-old's education share 1,500,000.
    family = [person("hd", date(1970, 1, 1), "head", "1000000"), person("sp", date(1972, 1, 1), "spouse"),
              person("kid", date(2005, 1, 1), "child")]
    report = analyse(family)
    assert lines_of(report, "hd", Benefit.DEATH)["income_replacement"] == D("3500000")
    assert need(report, "hd", Benefit.DEATH) == D("5300000")  # + 300,000 final expenses
    assert report.person("sp").is_dependant


def test_a_child_of_unknown_age_is_a_dependant_for_the_minimum_years() -> None:
    family = [person("hd", date(1980, 1, 1), "head", "1000000"), person("kid", None, "child")]
    report = analyse(family)
    death = report.person("hd").gap_for(Benefit.DEATH).lines
    assert [line.code for line in death][:2] == ["income_replacement", "child_age_unknown"]
    assert death[0].amount == D("3500000")  # 1,000,000 x 0.7 x 5
    kid = report.person("kid")
    assert kid.age is None and kid.is_dependant
    assert kid.gap_for(Benefit.EDUCATION).need == D("1500000")
    assert kid.gap_for(Benefit.ACCIDENT).need == D("1000000")  # unknown age: an adult
    assert lines_of(report, "kid", Benefit.RETIREMENT) == {"age_unknown": D("0")}


def test_a_child_who_has_reached_independence_is_no_dependant() -> None:
    family = [person("hd", date(1970, 1, 1), "head", "1000000"), person("kid", date(2003, 6, 1), "child")]
    report = analyse(family)  # the child turned 22 on the analysis date
    assert not report.person("kid").is_dependant
    assert "no_dependants" in lines_of(report, "hd", Benefit.DEATH)
    assert need(report, "kid", Benefit.ACCIDENT) == D("1000000")


def test_accident_cover_for_a_minor_is_half_and_for_an_adult_full() -> None:
    people = [person("hd", date(1980, 1, 1), "head", "1"), person("k17", date(2007, 6, 2), "child"),
              person("k18", date(2007, 6, 1), "child")]
    report = analyse(people, assumptions=replace(DEFAULTS, accident_minimum=D("999999")))
    assert need(report, "k17", Benefit.ACCIDENT) == D("500000")  # 999,999 / 2 = 499,999.5, rounded half up
    assert need(report, "k18", Benefit.ACCIDENT) == D("999999")


@pytest.mark.parametrize(("as_of", "age"), [
    (date(2025, 2, 27), 24), (date(2025, 2, 28), 25), (date(2024, 2, 28), 23), (date(2024, 2, 29), 24)])
def test_a_29_february_birthday_counts_on_28_february_in_common_years(as_of: date, age: int) -> None:
    report = analyse([person("leap", date(2000, 2, 29))], as_of=as_of)
    assert report.person("leap").age == age


# --- retirement ----------------------------------------------------------------

def test_retirement_with_pension_and_savings() -> None:
    # 1,000,000 x 0.6 = 600,000 wanted; pension 250,000 -> shortfall 350,000 a year
    # x (85 - 65) = 7,000,000, less savings 2,000,000 = 5,000,000 (today's money).
    me = person("me", date(1980, 1, 1), "head", "1000000", expected_pension=D("250000"),
                retirement_savings=D("2000000"))
    report = analyse([me])
    assert lines_of(report, "me", Benefit.RETIREMENT) == {
        "retirement_income_gap": D("7000000"), "retirement_savings": D("-2000000")}
    assert need(report, "me", Benefit.RETIREMENT) == D("5000000")
    gap_line = report.person("me").gap_for(Benefit.RETIREMENT).lines[0]
    assert (gap_line.params["shortfall"], gap_line.params["years"]) == (D("350000"), 20)


def test_a_pension_above_the_target_leaves_no_retirement_need() -> None:
    me = person("me", date(1980, 1, 1), "head", "500000", expected_pension=D("400000"))
    assert need(analyse([me]), "me", Benefit.RETIREMENT) == D("0")  # 300,000 wanted < 400,000


def test_a_homemaker_has_no_retirement_shortfall_of_their_own() -> None:
    report = analyse([person("hd", date(1980, 1, 1), "head", "1000000"), person("sp", date(1982, 1, 1), "spouse")])
    assert need(report, "sp", Benefit.RETIREMENT) == D("0")


# --- existing cover ------------------------------------------------------------

def test_existing_cover_reduces_the_gap_and_never_below_zero() -> None:
    cover = [
        ExistingCover("head", "death", D("5000000"), "P-1 Term Life"),
        ExistingCover("head", Benefit.DEATH, D("3000000"), "P-2 Whole Life"),
        ExistingCover("head", "medical", D("800000"), "P-3 Hospital"),
        ExistingCover("head", "hospital_cash", D("3000"), "P-3 Hospital"),  # no need: ignored
        ExistingCover("spouse", "education", D("100000"), "P-4 Saver"),
        ExistingCover("stranger", "death", D("9000000"), "P-5"),  # not in this household
    ]
    report = analyse(FAMILY, cover, FAMILY_MONEY)
    death = report.person("head").gap_for(Benefit.DEATH)
    assert (death.need, death.existing, death.gap) == (D("20180000"), D("8000000"), D("12180000"))
    assert [c.source for c in death.sources] == ["P-1 Term Life", "P-2 Whole Life"]
    medical = report.person("head").gap_for("medical")
    assert (medical.need, medical.existing, medical.gap) == (D("500000"), D("800000"), D("0"))
    education = report.person("spouse").gap_for(Benefit.EDUCATION)
    assert (education.need, education.existing, education.gap) == (D("0"), D("100000"), D("0"))
    assert report.totals()[Benefit.DEATH].existing == D("8000000")


def test_asking_for_a_person_not_in_the_report_raises_key_error() -> None:
    with pytest.raises(KeyError):
        analyse(FAMILY).person("nobody")


# --- validation ------------------------------------------------------------------

def problems_of(people: list[PersonFacts], cover: list[ExistingCover] | None = None,
                assumptions: NeedsAssumptions = DEFAULTS) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        analyse(people, cover, assumptions)
    return caught.value.problems


def test_bad_assumptions_are_named() -> None:
    bad = replace(DEFAULTS, mortgage=D("-1"), income_replacement_ratio=D("1.2"), retirement_income_ratio=D("-0.1"),
                  min_replacement_years=-1, final_expenses=300000.0)  # type: ignore[arg-type]
    assert set(problems_of(FAMILY, assumptions=bad)) == {
        "mortgage", "income_replacement_ratio", "retirement_income_ratio", "min_replacement_years", "final_expenses"}


def test_retirement_age_must_be_below_life_expectancy() -> None:
    bad = replace(DEFAULTS, retirement_age=85, life_expectancy=85)
    assert set(problems_of(FAMILY, assumptions=bad)) == {"retirement_age"}


def test_bad_people_and_cover_are_named_by_position() -> None:
    people = [person("a", date(1980, 1, 1), "boss", "-5"), person("a", date(2030, 1, 1), "child"),
              person("c", None, "spouse", expected_pension=D("NaN"))]
    cover = [ExistingCover("a", "death", D("-1"), "P-1")]
    assert set(problems_of(people, cover)) == {
        "people[0].role", "people[0].annual_income", "people[1].key", "people[1].birth_date",
        "people[2].expected_pension", "existing[0].amount"}


def test_an_empty_household_is_refused() -> None:
    assert set(problems_of([])) == {"people"}


# --- properties ------------------------------------------------------------------

ROLES = ("head", "spouse", "child", "parent", "other")
money = st.integers(0, 10_000_000).map(Decimal)
ratios = st.integers(0, 100).map(lambda n: Decimal(n) / 100)


@st.composite
def households(draw: st.DrawFn) -> list[PersonFacts]:
    size = draw(st.integers(1, 5))
    return [PersonFacts(
        key=str(i), name=f"P{i}", role=draw(st.sampled_from(ROLES)),
        birth_date=draw(st.none() | st.dates(date(1930, 1, 1), AS_OF)),
        annual_income=draw(st.just(Decimal(0)) | st.integers(1, 5_000_000).map(Decimal)),
        expected_pension=draw(money), retirement_savings=draw(money)) for i in range(size)]


@st.composite
def assumption_sets(draw: st.DrawFn) -> NeedsAssumptions:
    retirement_age = draw(st.integers(40, 80))
    mortgage = draw(money)
    return NeedsAssumptions(
        income_replacement_ratio=draw(ratios), min_replacement_years=draw(st.integers(0, 30)),
        independence_age=draw(st.integers(0, 30)), final_expenses=draw(money),
        education_fund_per_child=draw(money), ci_income_years=draw(st.integers(0, 10)), ci_minimum=draw(money),
        medical_annual_limit=draw(money), accident_income_multiple=draw(st.integers(0, 20)),
        accident_minimum=draw(money), retirement_age=retirement_age,
        life_expectancy=draw(st.integers(retirement_age + 1, 110)), retirement_income_ratio=draw(ratios),
        mortgage=mortgage, other_debts=draw(money),
        # Savings at most the mortgage: past the shared debts a raise takes a larger part of the
        # savings and may lower the need (see test_a_larger_income_takes_a_larger_part_of_the_savings).
        liquid_savings=draw(st.integers(0, int(mortgage)).map(Decimal)))


def covers(people: list[PersonFacts]) -> st.SearchStrategy[ExistingCover]:
    return st.builds(ExistingCover, person_key=st.sampled_from([p.key for p in people]),
                     benefit=st.sampled_from([*Benefit, "hospital_cash", "waiver"]), amount=money, source=st.just("P"))


PROPERTY = settings(max_examples=200, deadline=None, database=None)


@PROPERTY
@given(data=st.data(), people=households(), assumptions=assumption_sets())
def test_needs_and_gaps_are_never_negative(data: st.DataObject, people: list[PersonFacts],
                                           assumptions: NeedsAssumptions) -> None:
    cover = data.draw(st.lists(covers(people), max_size=6))
    for p in analyse(people, cover, assumptions).people:
        assert [g.benefit for g in p.gaps] == list(Benefit)
        for g in p.gaps:
            assert g.need == max(Decimal(0), sum((line.amount for line in g.lines), Decimal(0)))
            assert g.gap == max(Decimal(0), g.need - g.existing) >= 0


@PROPERTY
@given(data=st.data(), people=households(), assumptions=assumption_sets())
def test_adding_existing_cover_never_increases_a_gap(data: st.DataObject, people: list[PersonFacts],
                                                    assumptions: NeedsAssumptions) -> None:
    cover = data.draw(st.lists(covers(people), max_size=4))
    before = analyse(people, cover, assumptions)
    after = analyse(people, [*cover, data.draw(covers(people))], assumptions)
    for old, new in zip(before.people, after.people, strict=True):
        for old_gap, new_gap in zip(old.gaps, new.gaps, strict=True):
            assert new_gap.gap <= old_gap.gap


@PROPERTY
@given(data=st.data(), people=households(), assumptions=assumption_sets())
def test_raising_income_never_lowers_an_earners_death_need(data: st.DataObject, people: list[PersonFacts],
                                                           assumptions: NeedsAssumptions) -> None:
    earners = [i for i, p in enumerate(people) if p.annual_income > 0]
    if not earners:
        people = [replace(people[0], annual_income=Decimal(1)), *people[1:]]
        earners = [0]
    i = data.draw(st.sampled_from(earners))
    raise_by = data.draw(st.integers(1, 5_000_000).map(Decimal))
    raised = [*people[:i], replace(people[i], annual_income=people[i].annual_income + raise_by), *people[i + 1:]]
    key = people[i].key
    before = analyse(people, [], assumptions).person(key).gap_for(Benefit.DEATH).need
    assert analyse(raised, [], assumptions).person(key).gap_for(Benefit.DEATH).need >= before
