"""From a plan file and the demo catalog to everything a proposal prints (proposals/assemble.py):
the premiums are exactly `agent-desk quote`'s, an ineligible item stops the proposal with one line
that names it, and the cover, comparison, illustrations and schedule agree with the plan."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from agent_desk.cli import main
from agent_desk.domain.catalog import Catalog, load_catalog
from agent_desk.domain.needs import Benefit, ExistingCover, NeedsAssumptions, PersonFacts, analyse_needs
from agent_desk.domain.planner import PAYMENTS_PER_YEAR
from agent_desk.domain.pricing import CoverRequest, Insured, NotEligible, PricedCover, Quote, price, quote
from agent_desk.proposals.assemble import ProposalError, assemble
from agent_desk.proposals.model import ProposalData
from agent_desk.proposals.request import CLIENT_KEY, OptionSpec, ProposalRequest, load_plan_file, parse_plan_file

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "catalogs" / "demo.json"
FAMILY_PLAN = Path(__file__).with_name("family_plan.json")
D = Decimal
Doc = dict[str, Any]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(DEMO)


@pytest.fixture(scope="module")
def request_() -> ProposalRequest:
    return load_plan_file(FAMILY_PLAN)


@pytest.fixture(scope="module")
def proposal(request_: ProposalRequest, catalog: Catalog) -> ProposalData:
    return assemble(request_, catalog, "en")


def family() -> Doc:
    return json.loads(FAMILY_PLAN.read_text(encoding="utf-8"))


def changed(change: Callable[[Doc], object]) -> ProposalRequest:
    """The fixture with one change, read as a file would be."""
    doc = family()
    change(doc)
    return parse_plan_file(json.dumps(doc, ensure_ascii=False).encode("utf-8"))


def refusal(request: ProposalRequest, catalog: Catalog, language: str = "en", paper: str = "a4") -> str:
    with pytest.raises(ProposalError) as caught:
        assemble(request, catalog, language, paper)
    message = str(caught.value)
    assert message and "\n" not in message, repr(message)
    return message


def insured(request: ProposalRequest, key: str) -> Insured:
    person = next(m for m in request.members if m.id == key)
    assert person.sex is not None and person.birth_date is not None
    return Insured(person.sex, person.birth_date, person.smoker)


def quoted(request: ProposalRequest, catalog: Catalog, item_index: int, option: int = 0) -> Quote:
    """What `pricing.quote` (the quote command's engine) gives for one item of the file."""
    item = request.options[option].items[item_index]
    result = quote(catalog, insured(request, item.insured),
                   CoverRequest(item.product, item.sum_assured, item.term, item.payment_term, item.frequency),
                   [(r.code, r.sum_assured) for r in item.riders], request.as_of)
    assert isinstance(result, Quote), result
    return result


@functools.cache
def demo_products() -> dict[str, Doc]:
    return {p["code"]: p for p in json.loads(DEMO.read_text(encoding="utf-8"))["products"]}


def rate_in_file(code: str, **key: object) -> Decimal:
    """A rate read straight from the demo catalog's JSON, not through the catalog module."""
    product = demo_products()[code]
    rates = product["premium"]["rates"]
    [rate] = [row[-1] for row in rates["rows"] if dict(zip(rates["keys"], row[:-1])) == key]
    return D(rate)


def whole(amount: Decimal) -> Decimal:
    """The demo catalog's rounding: whole units, half up."""
    return amount.quantize(D(1), rounding=ROUND_HALF_UP)


# --- the fixture, in each language --------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh-Hant", "zh-Hans"])
def test_the_family_plan_assembles_in_each_language(request_: ProposalRequest, catalog: Catalog,
                                                    language: str) -> None:
    data = assemble(request_, catalog, language)
    assert (data.language, data.paper, data.as_of) == (language, "a4", date(2026, 11, 25))
    assert data.number == request_.proposal_number() and data.version == 1
    assert data.agent == request_.agent and data.notes == request_.notes
    assert data.client.key == "dad" and data.client_key == request_.client_id
    assert [m.key for m in data.members] == ["dad", "mum", "kid1", "kid2"]
    assert [m.age for m in data.members] == [38, 36, 8, 5]  # completed years on 25 November 2026
    assert data.client.display_name(language) == ("Chen Da-wei" if language == "en" else "陳大偉")
    assert data.catalog is catalog and data.currency == "TWD"
    assert data.cooling_off_days == catalog.cooling_off_days == 15
    assert data.budget == request_.budget
    assert data.recommended.name == "Recommended" and [a.name for a in data.alternatives] == ["Essential"]
    assert data.products_used() == ["TL20", "ADB", "WP", "WL", "CI20", "EDU", "MED10", "HC", "CIWL"]


def test_the_language_only_changes_the_language(request_: ProposalRequest, catalog: Catalog,
                                                proposal: ProposalData) -> None:
    chinese = assemble(request_, catalog, "zh-Hant", "letter")
    assert chinese.paper == "letter"
    assert dataclasses.replace(chinese, language="en", paper="a4") == proposal


def test_an_unknown_language_or_paper_is_refused(request_: ProposalRequest, catalog: Catalog) -> None:
    assert refusal(request_, catalog, language="fr") == "the language must be one of en, zh-Hant, zh-Hans, not 'fr'"
    assert refusal(request_, catalog, language="zh-TW").endswith("not 'zh-TW'")
    assert refusal(request_, catalog, paper="a3") == "the paper must be a4 or letter, not 'a3'"


# --- premiums -----------------------------------------------------------------------------------------------


def test_every_premium_is_what_pricing_quote_gives(request_: ProposalRequest, proposal: ProposalData,
                                                   catalog: Catalog) -> None:
    for number, option in enumerate((proposal.recommended, *proposal.alternatives)):
        spec = request_.options[number]
        for i, item in enumerate(spec.items):
            expected = quoted(request_, catalog, i, number)
            base = option.plan.line(str(i))
            assert base is not None and base.line.product_code == item.product
            assert (base.annual_premium, base.modal_premium) == (
                expected.base.annual_premium, expected.base.modal_premium), (option.name, i)
            assert base.result == expected.base
            for j, rider in enumerate(expected.riders):
                line = option.plan.line(f"{i}.{j}")
                assert line is not None and line.line.product_code == rider.code
                assert line.result == rider, (option.name, i, rider.code)
        assert option.plan.total_annual_premium == sum(
            (quoted(request_, catalog, i, number).total_annual_premium for i in range(len(spec.items))), D(0))


def test_the_premiums_printed_are_those_agent_desk_quote_prints(
        request_: ProposalRequest, proposal: ProposalData, catalog: Catalog, capsys: pytest.CaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The command itself, from its arguments to its JSON; only the (slow) catalog read is shared.
    def demo_catalog(path: object) -> Catalog:
        assert Path(str(path)) == DEMO
        return catalog

    monkeypatch.setattr("agent_desk.domain.catalog.load_catalog", demo_catalog)
    for number, option in enumerate((proposal.recommended, *proposal.alternatives)):
        for i, item in enumerate(request_.options[number].items):
            person = next(m for m in request_.members if m.id == item.insured)
            args = ["quote", "--catalog", str(DEMO), "--product", item.product, "--sex", str(person.sex),
                    "--birth-date", str(person.birth_date), "--as-of", request_.as_of.isoformat(),
                    "--sum-assured", str(item.sum_assured), "--frequency", item.frequency, "--json"]
            args += ["--term", str(item.term)] if item.term is not None else []
            args += ["--payment-term", str(item.payment_term)] if item.payment_term is not None else []
            args += ["--smoker"] if person.smoker else []
            for rider in item.riders:
                args += ["--rider", rider.code if rider.sum_assured is None else f"{rider.code}={rider.sum_assured}"]
            assert main(args) == 0
            printed = json.loads(capsys.readouterr().out)
            base = option.plan.line(str(i))
            assert base is not None
            assert (printed["annual_premium"], printed["modal_premium"]) == (
                str(base.annual_premium), str(base.modal_premium)), (option.name, i)
            for j, rider_json in enumerate(printed["riders"]):
                line = option.plan.line(f"{i}.{j}")
                assert line is not None and line.line.product_code == rider_json["code"]
                assert (rider_json["annual_premium"], rider_json["modal_premium"]) == (
                    str(line.annual_premium), str(line.modal_premium))


def test_one_premium_worked_out_by_hand_from_the_catalog_file(proposal: ProposalData) -> None:
    # Dad (M, 38, non-smoker) TL20 5,000,000 over 20 years, annual: round(5,000 × rate); ADB 2,000,000:
    # round(2,000 × rate); WP: round(TL20's annual × rate / 100). Mum (F, 36) WL 2,000,000 paid over 20 years,
    # monthly: round(round(2,000 × rate) × 0.088).
    tl20 = whole(5000 * rate_in_file("TL20", age=38, sex="M", smoker=False, term=20))
    adb = whole(2000 * rate_in_file("ADB", age=38))
    wp = whole(tl20 * rate_in_file("WP", age=38, sex="M") / 100)
    wl = whole(2000 * rate_in_file("WL", sex="F", smoker=False, payment_term=20, age=36))
    lines = {line.line.key: line for line in proposal.recommended.plan.lines}
    assert [lines[key].annual_premium for key in ("0", "0.0", "0.1", "1")] == [tl20, adb, wp, wl]
    assert lines["1"].modal_premium == whole(wl * D("0.088"))


def test_riders_are_paid_as_often_as_their_base(proposal: ProposalData) -> None:
    for option in (proposal.recommended, *proposal.alternatives):
        for line in option.plan.lines:
            if line.line.base_key is not None:
                base = option.plan.line(line.line.base_key)
                assert base is not None and line.result.frequency == base.result.frequency  # type: ignore[union-attr]


# --- ineligible items ---------------------------------------------------------------------------------------


def reason(catalog: Catalog, request: ProposalRequest, who: str, cover: CoverRequest) -> str:
    result = price(catalog, insured(request, who), cover, request.as_of)
    assert isinstance(result, NotEligible)
    return result.reason


def test_a_child_on_an_adult_product_stops_the_proposal_naming_the_item(catalog: Catalog) -> None:
    request = changed(lambda d: d["items"][2].update(insured="kid1", product="TL20", sum_assured="1000000",
                                                     term=20, frequency="annual"))
    why = reason(catalog, request, "kid1", CoverRequest("TL20", D(1_000_000), 20))
    assert why == "age 8 is outside the issue ages 18–60"
    assert refusal(request, catalog) == f"Recommended, item 3: TL20 for Chen Yu-ting is not eligible: {why}"


def test_a_rider_sum_above_its_maximum_names_the_rider_and_its_base(catalog: Catalog) -> None:
    request = changed(lambda d: d["items"][0]["riders"][0].update(sum_assured="20000000"))
    assert refusal(request, catalog) == (
        "Recommended, item 1: rider ADB on TL20 for Chen Da-wei is not eligible: "
        "sum assured 20000000 is above the maximum 10000000")


def test_a_rider_the_base_does_not_take_names_both(catalog: Catalog) -> None:
    request = changed(lambda d: d["items"][2].update(riders=[{"code": "HC", "sum_assured": "2000"}]))
    assert refusal(request, catalog) == (
        "Recommended, item 3: rider HC on CI20 for Lin Mei-hua is not eligible: CI20 does not take the HC rider")


def test_an_ineligible_alternative_stops_the_proposal_too(catalog: Catalog) -> None:
    request = changed(lambda d: d["alternatives"][0]["items"][3].update(sum_assured="123456"))
    message = refusal(request, catalog)
    assert message.startswith("Essential, item 4: MED10 for Chen Yu-hao is not eligible: ")
    assert message.endswith(reason(catalog, request, "kid2", CoverRequest("MED10", D(123456), 10)))


def test_several_reasons_stay_on_one_line(catalog: Catalog) -> None:
    request = changed(lambda d: d["items"][1].update(product="TL20", sum_assured="50000000", term=15,
                                                     frequency="monthly"))
    message = refusal(request, catalog)
    assert message.startswith("Recommended, item 2: TL20 for Lin Mei-hua is not eligible: ")
    assert "a term of 15 years is not offered" in message and "above the maximum" in message


def test_a_product_the_catalog_does_not_have_is_refused(catalog: Catalog) -> None:
    request = changed(lambda d: d["items"][5].update(product="NOPE"))
    assert refusal(request, catalog) == (
        "Recommended, item 6: NOPE for Chen Yu-hao is not eligible: no product NOPE in catalog demo 2026.11.1")


def test_cover_for_someone_without_sex_or_birth_date_is_refused(catalog: Catalog) -> None:
    request = changed(lambda d: d["members"][3].pop("birth_date"))
    assert refusal(request, catalog) == (
        "Recommended, item 6: CIWL for Chen Yu-hao is not eligible: "
        "Chen Yu-hao's sex and birth date are needed to price cover")


def test_names_from_the_file_cannot_break_the_line(catalog: Catalog) -> None:
    request = changed(lambda d: (d["members"][2].update(name="Chen\nYu-ting"),
                                 d["items"][3].update(sum_assured="1")))
    assert refusal(request, catalog).startswith("Recommended, item 4: EDU for Chen Yu-ting is not eligible: ")


# --- catalog ------------------------------------------------------------------------------------------------


def test_the_catalog_the_plan_was_made_on_must_be_the_one_given(catalog: Catalog) -> None:
    same = changed(lambda d: d.update(catalog={"id": "demo", "version": "2026.11.1"}))
    assert assemble(same, catalog, "en").recommended.plan.lines
    older = changed(lambda d: d.update(catalog={"id": "demo", "version": "2025.1.0"}))
    assert refusal(older, catalog) == "the plan was made on catalog demo 2025.1.0, not demo 2026.11.1"
    other = changed(lambda d: d.update(catalog={"id": "acme", "version": "2026.11.1"}))
    assert refusal(other, catalog) == "the plan was made on catalog acme 2026.11.1, not demo 2026.11.1"


# --- needs and cover ----------------------------------------------------------------------------------------


def test_cover_rows_agree_with_the_needs_report_and_the_plan(proposal: ProposalData, catalog: Catalog) -> None:
    doc = family()
    # The needs, worked out from the file without the request module.
    facts = [PersonFacts(m["id"], m["name"], date.fromisoformat(m["birth_date"]),
                         "head" if m["role"] == "self" else m["role"], D(m.get("annual_income", "0")))
             for m in doc["members"]]
    existing = [ExistingCover(c["insured"], c["benefit"], D(c["amount"]), c["source"]) for c in doc["existing"]]
    needs = analyse_needs(facts, existing, NeedsAssumptions(), date.fromisoformat(doc["as_of"]))
    # The proposed cover: each item's and rider's sum, under each benefit its product pays.
    proposed: dict[tuple[str, str], Decimal] = {}
    for item in doc["items"]:
        parts = [(item["product"], item["sum_assured"])]
        parts += [(r["code"], r.get("sum_assured", item["sum_assured"])) for r in item.get("riders", [])]
        for code, amount in parts:
            product = catalog.products[code]
            if product.sum_assured is None:
                continue  # percent of the base premium: no sum assured of its own
            for benefit in product.benefits:
                key = (item["insured"], benefit)
                proposed[key] = proposed.get(key, D(0)) + D(amount)

    for person in needs.people:
        rows = proposal.cover_rows(person.key)
        expected = [(g.benefit, g.need, g.existing, proposed.get((person.key, g.benefit.value), D(0)))
                    for g in person.gaps]
        expected = [e for e in expected if any(e[1:])]
        assert [(r.benefit, r.need, r.existing, r.proposed) for r in rows] == expected, person.key
        for row in rows:
            assert row.remaining == max(D(0), row.need - row.existing - row.proposed)


def test_existing_cover_and_the_plan_meet_in_dads_death_row(proposal: ProposalData) -> None:
    death = next(r for r in proposal.cover_rows("dad") if r.benefit is Benefit.DEATH)
    assert (death.existing, death.proposed) == (D(1_000_000), D(5_000_000))
    assert death.remaining == death.need - D(6_000_000)
    accident = next(r for r in proposal.cover_rows("dad") if r.benefit is Benefit.ACCIDENT)
    assert accident.proposed == D(2_000_000)  # the ADB rider


def test_the_needs_use_the_files_assumptions(catalog: Catalog, proposal: ProposalData) -> None:
    request = changed(lambda d: d.update(assumptions={"mortgage": "8000000"}))
    data = assemble(request, catalog, "en")
    assert data.needs.assumptions.mortgage == D(8_000_000)
    death = data.needs.person("dad").gap_for("death").need
    assert death > proposal.needs.person("dad").gap_for("death").need


def test_assumptions_the_needs_analysis_refuses_stop_the_proposal_in_one_line(catalog: Catalog) -> None:
    request = changed(lambda d: d.update(assumptions={"retirement_age": 90}))
    assert refusal(request, catalog) == (
        "the needs analysis cannot run: assumptions.retirement_age: "
        "The retirement age must be below the life expectancy.")


# --- alternatives -------------------------------------------------------------------------------------------


def test_alternatives_are_compared_side_by_side(proposal: ProposalData) -> None:
    rows = {row.key: row for row in proposal.comparison}
    plans = [proposal.recommended.plan, proposal.alternatives[0].plan]
    assert rows["lines"].values == (9, 5)
    assert rows["total_annual"].values == tuple(p.total_annual_premium for p in plans)
    assert rows["yearly_outlay"].values == tuple(p.yearly_outlay for p in plans)
    assert rows["budget_used"].values == tuple(p.yearly_outlay / (16_000 * 12) for p in plans)
    # Cover per person and benefit, for every benefit either option gives.
    assert rows["cover:dad:death"].values == (D(5_000_000), D(4_000_000))
    assert rows["cover:dad:accident"].values == (D(2_000_000), D(0))
    assert rows["cover:kid2:medical"].values == (D(0), D(500_000))
    assert rows["cover:mum:death"].params == {"person": "Lin Mei-hua", "benefit": "death"}
    needs_benefits = {b.value for b in Benefit}
    covered = {f"cover:{line.line.insured_key}:{benefit}"
               for plan in plans for line in plan.lines if isinstance(line.result, PricedCover)
               and line.result.sum_assured is not None
               for benefit in line.result.product.benefits if benefit in needs_benefits}
    assert {key for key in rows if key.startswith("cover:")} == covered


def test_without_alternatives_there_is_nothing_to_compare(catalog: Catalog) -> None:
    data = assemble(changed(lambda d: d.pop("alternatives")), catalog, "en")
    assert data.alternatives == () and data.comparison == ()


def test_without_a_budget_the_comparison_has_no_budget_row(catalog: Catalog) -> None:
    data = assemble(changed(lambda d: d.pop("budget")), catalog, "en")
    assert data.budget is None
    assert "budget_used" not in {row.key for row in data.comparison}


def test_more_plans_than_are_compared_is_refused(request_: ProposalRequest, catalog: Catalog) -> None:
    # A request made in code, past the plan file's own check: three alternatives and the plan itself.
    extra = OptionSpec("Extra", request_.options[1].items)
    crowded = dataclasses.replace(request_, options=(*request_.options, extra, extra))
    assert refusal(crowded, catalog) == "at most 3 plans are compared, not 4"


# --- illustrations and schedule -----------------------------------------------------------------------------


def test_illustrations_are_for_insured_members_in_member_order(proposal: ProposalData) -> None:
    assert proposal.insured_keys == ("dad", "mum", "kid1", "kid2")
    assert [i.person_key for i in proposal.illustrations] == ["dad", "mum", "kid1", "kid2"]
    assert [i.issue_age for i in proposal.illustrations] == [38, 36, 8, 5]


def test_members_the_plan_does_not_insure_get_no_illustration(catalog: Catalog) -> None:
    # Kid2 only in the alternative; the items listed youngest first: the order stays the members'.
    def reorder(doc: Doc) -> None:
        doc["items"] = [item for item in reversed(doc["items"]) if item["insured"] != "kid2"]

    data = assemble(changed(reorder), catalog, "en")
    assert data.insured_keys == ("dad", "mum", "kid1")
    assert [i.person_key for i in data.illustrations] == ["dad", "mum", "kid1"]
    assert all(len(row.amounts) == 3 for row in data.schedule)


def test_a_client_who_is_not_insured_has_no_illustration(catalog: Catalog) -> None:
    def grandma_is_client(doc: Doc) -> None:
        doc["client"] = {"name": "Wang Xiu-lan", "sex": "F", "birth_date": "1958-01-20"}

    data = assemble(changed(grandma_is_client), catalog, "en")
    assert data.client.key == CLIENT_KEY and data.members[0].role == "head"
    assert CLIENT_KEY not in data.insured_keys
    assert [i.person_key for i in data.illustrations] == ["dad", "mum", "kid1", "kid2"]


def test_the_first_year_costs_what_each_person_pays_under_the_quotes(
        request_: ProposalRequest, proposal: ProposalData, catalog: Catalog) -> None:
    # Every item pays in year 1: each person's year-1 premium is their quotes' modal totals × payments a year.
    expected: dict[str, Decimal] = {}
    for i, item in enumerate(request_.recommended.items):
        total = quoted(request_, catalog, i).total_modal_premium * PAYMENTS_PER_YEAR[item.frequency]
        expected[item.insured] = expected.get(item.insured, D(0)) + total
    assert {i.person_key: i.rows[0].premium for i in proposal.illustrations} == expected
    first = proposal.schedule[0]
    assert first.first_year == 1
    assert first.amounts == tuple(expected[key] for key in proposal.insured_keys)
    assert first.total == proposal.recommended.plan.yearly_outlay


def test_the_schedule_runs_until_the_last_premium(proposal: ProposalData) -> None:
    # EDU is paid over 10 years; TL20, WL, CI20 and CIWL over 20.
    assert [(r.first_year, r.last_year) for r in proposal.schedule] == [(1, 10), (11, 20)]
    kid1 = proposal.insured_keys.index("kid1")
    assert proposal.schedule[1].amounts[kid1] == 0


def test_cash_values_show_for_the_lines_that_have_a_table(proposal: ProposalData) -> None:
    has_values = {i.person_key: i.has_cash_values for i in proposal.illustrations}
    assert has_values == {"dad": False, "mum": True, "kid1": True, "kid2": False}
