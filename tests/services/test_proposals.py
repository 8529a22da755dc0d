"""Proposals of saved plans in a real book: what they print (the plan with its
alternatives, the household, existing cover, the agent, the catalog version
the plan was priced on), and every printed version kept and reopened exactly
as it was printed."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import update

from agent_desk.domain.catalog import load_catalog
from agent_desk.domain.clients import ClientDetails, HouseholdRole, PolicyStatus, Sex
from agent_desk.domain.planner import PlanLine, PlanStatus, price_plan
from agent_desk.domain.pricing import CoverRequest, Insured, quote
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.proposals.render import render_proposal
from agent_desk.services.agent_profile import AgentDetails, save_agent_details
from agent_desk.services.catalogs import current_catalog, install_catalog
from agent_desk.services.clients import create_client
from agent_desk.services.family import add_member, create_household
from agent_desk.services.plans import PlanDraft, get_plan, plan_people, plan_members, recent_plans, save_plan
from agent_desk.services.proposals import (
    ProposalIntegrityError, prepare_proposal, proposal_history, proposal_language, record_proposal, snapshot_job,
    stored_proposal,
)
from agent_desk.store.book import Book
from agent_desk.store.models import Plan, Policy, Proposal

DEMO = Path(__file__).resolve().parents[2] / "resources" / "catalogs" / "demo.json"
TODAY = date(2026, 11, 25)
D = Decimal


@dataclasses.dataclass(frozen=True)
class Household:
    head: uuid.UUID
    spouse: uuid.UUID
    child: uuid.UUID


def add_client(book: Book, name: str, name_local: str, sex: Sex, born: date, income: str | None = None,
               phone: str = "") -> uuid.UUID:
    details = ClientDetails(name=name, name_local=name_local, sex=sex, birth_date=born, phone=phone,
                            annual_income=None if income is None else D(income), occupation="Engineer")
    with book.session() as s:
        client_id, _ = create_client(s, details, today=TODAY)
    return client_id


@pytest.fixture
def family(book: Book) -> Household:
    head = add_client(book, "Chen Da-wei", "陳大偉", Sex.MALE, date(1988, 4, 12), "1200000")
    spouse = add_client(book, "Lin Mei-hua", "林美華", Sex.FEMALE, date(1990, 9, 3), "800000")
    child = add_client(book, "Chen Yu-ting", "陳雨婷", Sex.FEMALE, date(2018, 2, 28))
    with book.session() as s:
        household, _ = create_household(s, head, "The Chens")
        add_member(s, household, spouse, HouseholdRole.SPOUSE)
        add_member(s, household, child, HouseholdRole.CHILD)
        save_agent_details(s, AgentDetails(name="Grace Lin", name_local="林佳恩", licence_number="TW-LA-123456",
                                           phone="0912-345-678", email="grace.lin@example.com"))
    return Household(head, spouse, child)


def key() -> str:
    return uuid.uuid4().hex


def recommended_lines(f: Household) -> tuple[PlanLine, ...]:
    tl = key()
    return (PlanLine(tl, str(f.head), "TL20", D(5000000), 20, frequency="annual"),
            PlanLine(key(), str(f.head), "ADB", D(2000000), frequency="annual", base_key=tl),
            PlanLine(key(), str(f.head), "WP", frequency="annual", base_key=tl),
            PlanLine(key(), str(f.spouse), "CI20", D(1000000), 20, frequency="monthly"),
            PlanLine(key(), str(f.child), "MED10", D(500000), 10, frequency="annual"))


def save(book: Book, f: Household, name: str, lines: tuple[PlanLine, ...], group: uuid.UUID | None = None,
         plan_id: uuid.UUID | None = None, **more: object) -> uuid.UUID:
    with book.session() as s:
        draft = PlanDraft(f.head, name, lines, budget=D(16000), budget_period="monthly", alternative_group=group,
                          id=plan_id, notes="Income protection first.", **more)  # type: ignore[arg-type]
        saved, _ = save_plan(s, draft, current_catalog(s), TODAY)
    return saved


@pytest.fixture
def plan(book: Book, family: Household) -> uuid.UUID:
    plan_id = save(book, family, "Recommended", recommended_lines(family))
    save(book, family, "Essential", (PlanLine(key(), str(family.head), "TL20", D(3000000), 20),), group=plan_id)
    return plan_id


def prepare(book: Book, plan_id: uuid.UUID, language: str = "en", paper: str = "a4", as_of: date = TODAY):
    with book.session() as s:
        return prepare_proposal(s, plan_id, language, paper, as_of)


def print_and_record(book: Book, plan_id: uuid.UUID, language: str = "en"):  # noqa: ANN201
    job = prepare(book, plan_id, language)
    rendered = render_proposal(job.data)
    with book.session() as s:
        row, changes = record_proposal(s, job, rendered.pdf, rendered.pages)
    return job, rendered, row, changes


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


# --- what a proposal of a saved plan prints -------------------------------------------------

def test_the_chosen_plan_is_recommended_and_its_alternatives_follow(book: Book, plan: uuid.UUID) -> None:
    job = prepare(book, plan)
    assert job.data.recommended.name == "Recommended"
    assert [o.name for o in job.data.alternatives] == ["Essential"]
    with book.session() as s:
        essential = next(r.id for r in recent_plans(s) if r.name == "Essential")
    assert prepare(book, essential).data.recommended.name == "Essential"


def test_premiums_are_the_pricing_engines_for_the_saved_lines_on_the_proposal_date(
        book: Book, family: Household, plan: uuid.UUID) -> None:
    job = prepare(book, plan)
    with book.session() as s:
        record = get_plan(s, plan)
        people = plan_people(plan_members(s, family.head))
        catalog = current_catalog(s)
    expected = price_plan(catalog, people, record.draft.lines, TODAY)
    printed = job.data.recommended.plan
    assert [(p.line.product_code, p.annual_premium, p.modal_premium) for p in printed.lines] == [
        (p.line.product_code, p.annual_premium, p.modal_premium) for p in expected.lines]
    # and exactly what `agent-desk quote` says for the head's term life with its riders
    said = quote(catalog, Insured("M", date(1988, 4, 12)), CoverRequest("TL20", D(5000000), 20),
                 [("ADB", D(2000000)), ("WP", None)], TODAY)
    assert printed.lines[0].annual_premium == said.base.annual_premium
    assert [printed.lines[1].annual_premium, printed.lines[2].annual_premium] == [
        r.annual_premium for r in said.riders]


def test_the_household_is_printed_with_both_scripts_roles_and_the_agent(book: Book, family: Household,
                                                                         plan: uuid.UUID) -> None:
    data = prepare(book, plan, "zh-Hant").data
    assert [(m.key, m.role) for m in data.members] == [
        (str(family.head), "head"), (str(family.spouse), "spouse"), (str(family.child), "child")]
    assert [m.display_name("zh-Hant") for m in data.members] == ["陳大偉", "林美華", "陳雨婷"]
    assert [m.display_name("en") for m in data.members] == ["Chen Da-wei", "Lin Mei-hua", "Chen Yu-ting"]
    assert (data.agent.display_name("zh-Hant"), data.agent.licence) == ("林佳恩", "TW-LA-123456")
    assert data.budget is not None and (data.budget.amount, data.budget.period) == (D(16000), "monthly")
    assert data.notes == "Income protection first."


def test_in_force_policies_count_as_existing_cover(book: Book, family: Household, plan: uuid.UUID) -> None:
    with book.session() as s:
        s.add(Policy(policy_number="L-1", holder_id=family.head, insured_id=family.head, product_code="TL10",
                     currency="TWD", sum_assured=D(1000000), status=PolicyStatus.IN_FORCE.value,
                     annual_premium=D(5000), modal_premium=D(5000)))
    death = next(r for r in prepare(book, plan).data.cover_rows(str(family.head)) if r.benefit == "death")
    assert death.existing == D(1000000)
    assert death.proposed == D(5000000)


def test_the_catalog_version_the_plan_was_priced_on_prints_it_not_a_newer_one(
        book: Book, family: Household, plan: uuid.UUID) -> None:
    before = prepare(book, plan).data.recommended.plan.total_annual_premium
    newer = json.loads(DEMO.read_text(encoding="utf-8"))
    newer["version"] = "2027.1.1"
    for product in newer["products"]:
        for row in product["premium"]["rates"]["rows"]:
            row[-1] = str(D(row[-1]) * 2)
    with book.session() as s:
        install_catalog(s, json.dumps(newer))
    job = prepare(book, plan)
    assert job.catalog_version == load_catalog(DEMO).version
    assert job.data.recommended.plan.total_annual_premium == before


# --- refused, with what to fix --------------------------------------------------------------

def test_a_proposal_needs_the_agents_licence_number(book: Book, family: Household, plan: uuid.UUID) -> None:
    with book.session() as s:
        save_agent_details(s, AgentDetails(name="Grace Lin"))
    with pytest.raises(ValidationError) as refused:
        prepare(book, plan)
    assert "licence number" in refused.value.problems["agent"]


def test_an_ineligible_cover_is_refused_with_its_reason(book: Book, family: Household) -> None:
    too_young = save(book, family, "Odd", (PlanLine(key(), str(family.child), "TL20", D(1000000), 20),))
    with pytest.raises(ValidationError) as refused:
        prepare(book, too_young)
    message = refused.value.problems["items"]
    assert "TL20" in message and "not eligible" in message and "Chen Yu-ting" in message


def test_an_empty_plan_or_unknown_language_or_paper_is_refused(book: Book, family: Household,
                                                              plan: uuid.UUID) -> None:
    empty = save(book, family, "Empty", ())
    with pytest.raises(ValidationError, match="no products"):
        prepare(book, empty)
    with pytest.raises(ValidationError, match="language"):
        prepare(book, plan, "fr")
    with pytest.raises(ValidationError, match="paper"):
        prepare(book, plan, paper="a3")
    with pytest.raises(NotFoundError):
        prepare(book, uuid.uuid4())


# --- every version kept, reopened exactly as printed ----------------------------------------

def test_each_printing_is_the_next_version_of_the_plans_number(book: Book, plan: uuid.UUID) -> None:
    _job, rendered, first, _ = print_and_record(book, plan, "en")
    _job, _rendered, second, _ = print_and_record(book, plan, "zh-Hans")
    assert first.number == second.number and first.number.startswith("P-")
    assert (first.version, second.version) == (1, 2)
    assert first.sha256 == hashlib.sha256(rendered.pdf).hexdigest()
    assert first.pages == rendered.pages == len(pypdf.PdfReader(io.BytesIO(rendered.pdf)).pages)
    with book.session() as s:
        history = proposal_history(s, first.client_id)
    assert [(h.version, h.language, h.plan_name) for h in history] == [(2, "zh-Hans", "Recommended"),
                                                                        (1, "en", "Recommended")]


def test_an_earlier_version_reopens_as_it_was_printed_after_the_plan_changed(
        book: Book, family: Household, plan: uuid.UUID) -> None:
    _job, first_pdf, first, _ = print_and_record(book, plan)
    with book.session() as s:
        record = get_plan(s, plan)
    bigger = tuple(dataclasses.replace(line, sum_assured=D(7770000)) if line.product_code == "TL20" else line
                   for line in record.draft.lines)
    save(book, family, "Recommended", bigger, group=record.draft.alternative_group, plan_id=plan)
    _job, second_pdf, second, _ = print_and_record(book, plan)
    assert second_pdf.sha256 != first.sha256
    with book.session() as s:
        reopened = stored_proposal(s, first.id)
        again = snapshot_job(s, first.id)
    assert reopened.pdf == first_pdf.pdf
    assert "7,770,000" in pdf_text(second_pdf.pdf)
    assert "5,000,000" in pdf_text(reopened.pdf) and "7,770,000" not in pdf_text(reopened.pdf)
    # its snapshot re-renders to the very same document: same date, prices, catalog and number
    assert render_proposal(again.data).sha256 == first.sha256


def test_a_stored_document_that_changed_is_refused_not_shown(book: Book, plan: uuid.UUID) -> None:
    _job, _rendered, row, _ = print_and_record(book, plan)
    with book.session() as s:
        s.execute(update(Proposal).where(Proposal.id == row.id).values(pdf=b"%PDF-1.4 something else"))
    with book.session() as s, pytest.raises(ProposalIntegrityError, match="checksum"):
        stored_proposal(s, row.id)


def test_printing_marks_a_draft_proposed_and_leaves_an_accepted_plan_alone(book: Book, family: Household,
                                                                           plan: uuid.UUID) -> None:
    _job, _rendered, _row, changes = print_and_record(book, plan)
    assert changes.plans == frozenset({family.head})
    with book.session() as s:
        assert s.get(Plan, plan).status == PlanStatus.PROPOSED.value
        s.get(Plan, plan).status = PlanStatus.ACCEPTED.value
    print_and_record(book, plan)
    with book.session() as s:
        assert s.get(Plan, plan).status == PlanStatus.ACCEPTED.value


def test_a_version_taken_meanwhile_is_refused_and_nothing_is_stored(book: Book, plan: uuid.UUID) -> None:
    job = prepare(book, plan)
    rendered = render_proposal(job.data)
    with book.session() as s:
        record_proposal(s, job, rendered.pdf, rendered.pages)
    with book.session() as s, pytest.raises(ValidationError, match="meanwhile"):
        record_proposal(s, job, rendered.pdf, rendered.pages)
    with book.session() as s:
        assert len(proposal_history(s, job.client_id)) == 1


def test_the_language_is_the_clients_last_else_guessed_from_the_name(book: Book, family: Household,
                                                                     plan: uuid.UUID) -> None:
    english = add_client(book, "Ann Smith", "", Sex.FEMALE, date(1980, 5, 5))
    with book.session() as s:
        assert proposal_language(s, english) == "en"
        assert proposal_language(s, family.head) == "zh-Hant"
    print_and_record(book, plan, "zh-Hans")
    with book.session() as s:
        assert proposal_language(s, family.head) == "zh-Hans"


def test_recent_plans_list_ids_for_the_command_line_filtered_by_search(book: Book, family: Household,
                                                                        plan: uuid.UUID) -> None:
    other = add_client(book, "Ann Smith", "", Sex.FEMALE, date(1980, 5, 5))
    with book.session() as s:
        save_plan(s, PlanDraft(other, "Solo", (PlanLine(key(), str(other), "TL20", D(1000000), 20),)),
                  current_catalog(s), TODAY)
    with book.session() as s:
        everyone = recent_plans(s)
        chens = recent_plans(s, "陳大偉")
    assert {p.name for p in everyone} == {"Recommended", "Essential", "Solo"}
    assert {(p.name, p.client_name) for p in chens} == {("Recommended", "陳大偉 Chen Da-wei"),
                                                        ("Essential", "陳大偉 Chen Da-wei")}
    assert plan in {p.id for p in chens}
