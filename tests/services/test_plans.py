"""Protection plans in a real book: who a plan is for, the cover they already
have, saving and reading plans and their alternatives, and the pending policies
an accepted plan becomes."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent_desk.domain.catalog import Catalog, load_catalog
from agent_desk.domain.clients import ClientDetails, HouseholdRole, PolicyStatus, Sex
from agent_desk.domain.needs import Benefit, ExistingCover, NeedsAssumptions
from agent_desk.domain.planner import PlanLine, PlanStatus, price_plan
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.catalogs import current_catalog, install_catalog
from agent_desk.services.changes import Changes
from agent_desk.services.clients import create_client
from agent_desk.services.family import add_member, create_household
from agent_desk.services.plans import (
    PersonMoney,
    PlanDraft,
    alternatives_of,
    assumptions_from_json,
    assumptions_to_json,
    create_pending_policies,
    delete_plan,
    existing_cover,
    get_plan,
    plan_facts,
    plan_members,
    plan_people,
    plans_of,
    restore_plan,
    save_plan,
)
from agent_desk.store.book import Book
from agent_desk.store.models import Plan, PlanItem, Policy

DEMO = Path(__file__).resolve().parents[2] / "resources" / "catalogs" / "demo.json"
TODAY = date(2025, 6, 1)
D = Decimal


@dataclasses.dataclass(frozen=True)
class Family:
    head: uuid.UUID
    spouse: uuid.UUID
    child: uuid.UUID
    grandma: uuid.UUID  # no sex or birth date recorded
    neighbour: uuid.UUID  # not in the household
    household: uuid.UUID


def client(book: Book, name: str, name_local: str = "", sex: Sex | None = None, born: date | None = None,
           income: str | None = None) -> uuid.UUID:
    details = ClientDetails(name=name, name_local=name_local, sex=sex, birth_date=born,
                            annual_income=None if income is None else D(income))
    with book.session() as s:
        client_id, _ = create_client(s, details, today=TODAY)
    return client_id


@pytest.fixture
def family(book: Book) -> Family:
    head = client(book, "Wang Dahua", "王大華", Sex.MALE, date(1985, 1, 15), "1200000")
    spouse = client(book, "Lin Meiling", "林美玲", Sex.FEMALE, date(1987, 3, 10), "600000")
    child = client(book, "Wang Xiaoming", "王小明", Sex.FEMALE, date(2017, 2, 1))
    grandma = client(book, "Chen Yu", "陳玉")
    neighbour = client(book, "Ann Smith", "", Sex.FEMALE, date(1980, 5, 5), "900000")
    with book.session() as s:
        household, _ = create_household(s, head, "The Wangs")
        add_member(s, household, spouse, HouseholdRole.SPOUSE)
        add_member(s, household, child, HouseholdRole.CHILD)
        add_member(s, household, grandma, HouseholdRole.PARENT)
    return Family(head, spouse, child, grandma, neighbour, household)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(DEMO)


def key() -> str:
    return uuid.uuid4().hex


def full_plan_lines(f: Family) -> tuple[PlanLine, ...]:
    tl, ci = key(), key()
    return (
        PlanLine(tl, str(f.head), "TL20", D(2000000), 20, frequency="monthly"),
        PlanLine(key(), str(f.head), "ADB", D(1000000), frequency="monthly", base_key=tl),
        PlanLine(key(), str(f.head), "WP", frequency="monthly", base_key=tl),
        PlanLine(ci, str(f.spouse), "CIWL", D(1000000), payment_term=20, frequency="annual"),
        PlanLine(key(), str(f.child), "MED10", D(500000), 10, frequency="annual"),
    )


def draft(f: Family, lines: tuple[PlanLine, ...] = (), **more: object) -> PlanDraft:
    fields: dict[str, object] = {"client_id": f.head, "name": "Essential", "lines": lines, **more}
    return PlanDraft(**fields)  # type: ignore[arg-type]


def save(book: Book, plan: PlanDraft, catalog: Catalog) -> uuid.UUID:
    with book.session() as s:
        plan_id, changes = save_plan(s, plan, catalog, TODAY)
    assert changes == Changes(plans=frozenset({plan.client_id}))
    return plan_id


def as_stored(line: PlanLine) -> PlanLine:
    """A line as get_plan returns it: keys are item ids written as UUIDs."""
    return dataclasses.replace(line, key=str(uuid.UUID(line.key)),
                               base_key=str(uuid.UUID(line.base_key)) if line.base_key else None)


def add_policy(book: Book, number: str, insured: uuid.UUID, product: str, sum_assured: str,
               status: str = PolicyStatus.IN_FORCE.value, currency: str = "TWD", name: str = "") -> None:
    with book.session() as s:
        s.add(Policy(policy_number=number, holder_id=insured, insured_id=insured, product_code=product,
                     product_name=name, currency=currency, sum_assured=D(sum_assured), status=status,
                     annual_premium=D(10000), modal_premium=D(10000)))


# --- who the plan is for, and what they already have -----------------------------------

def test_plan_members_list_the_client_first_then_the_household(book: Book, family: Family) -> None:
    with book.session() as s:
        for_head = plan_members(s, family.head)
        for_spouse = plan_members(s, family.spouse)
        alone = plan_members(s, family.neighbour)
    assert [(m.client_id, m.role) for m in for_head] == [
        (family.head, HouseholdRole.HEAD), (family.spouse, HouseholdRole.SPOUSE),
        (family.child, HouseholdRole.CHILD), (family.grandma, HouseholdRole.PARENT)]
    assert [m.client_id for m in for_spouse] == [family.spouse, family.head, family.child, family.grandma]
    assert for_spouse[0].role == HouseholdRole.SPOUSE
    head = for_head[0]
    assert (head.name, head.sex, head.birth_date, head.smoker, head.annual_income) == (
        "王大華 Wang Dahua", "M", date(1985, 1, 15), False, D(1200000))
    assert for_head[2].annual_income == 0  # no income recorded
    assert [(m.client_id, m.role) for m in alone] == [(family.neighbour, HouseholdRole.HEAD)]
    people = plan_people(for_head)
    assert people[str(family.grandma)].insured is None  # cannot be priced without sex and birth date
    assert people[str(family.head)].insured is not None


def test_existing_cover_counts_only_in_force_catalog_products_in_the_catalogs_currency(
        book: Book, family: Family, catalog: Catalog) -> None:
    add_policy(book, "P-001", family.head, "TL20", "3000000", name="Term Life 20")
    add_policy(book, "P-002", family.spouse, "CI20", "1000000", status=PolicyStatus.GRACE.value)
    add_policy(book, "P-003", family.child, "MED10", "500000")
    add_policy(book, "P-004", family.head, "TL10", "2000000", status=PolicyStatus.LAPSED.value)
    add_policy(book, "P-005", family.head, "TL20", "100000", currency="USD", name="Term Life 20")
    add_policy(book, "P-006", family.spouse, "OLD7", "800000", name="Legacy Life")
    add_policy(book, "P-007", family.head, "WL", "900000", status=PolicyStatus.PENDING.value)
    add_policy(book, "P-008", family.neighbour, "TL20", "5000000")  # not in the household
    with book.session() as s:
        cover, uncounted = existing_cover(s, plan_members(s, family.head), catalog)
    assert cover == [
        ExistingCover(str(family.head), "death", D(3000000), "P-001 Term Life 20"),
        ExistingCover(str(family.spouse), "critical_illness", D(1000000), "P-002 CI20"),
        ExistingCover(str(family.child), "medical", D(500000), "P-003 MED10"),
    ]
    assert uncounted == [
        "P-005 Term Life 20: in USD, the catalog prices in TWD",
        "P-006 Legacy Life: product OLD7 is not in catalog 2026.11.1",
    ]


def test_plan_facts_feed_the_needs_analysis(book: Book, family: Family) -> None:
    add_policy(book, "P-001", family.head, "TL20", "3000000")
    add_policy(book, "P-006", family.spouse, "OLD7", "800000")
    with book.session() as s:
        facts = plan_facts(s, family.head)  # the book's current catalog: the demo one
    assert facts.catalog.version == "2026.11.1"
    assert [m.client_id for m in facts.members] == [family.head, family.spouse, family.child, family.grandma]
    assert len(facts.uncounted) == 1
    report = facts.analyse(NeedsAssumptions(), {}, TODAY)
    head = report.person(str(family.head)).gap_for(Benefit.DEATH)
    assert head.existing == D(3000000) and head.gap == head.need - D(3000000)


# --- saving and reading a plan ----------------------------------------------------------

def test_a_saved_plan_reads_back_as_it_was_drawn(book: Book, family: Family, catalog: Catalog) -> None:
    lines = full_plan_lines(family)
    plan_id = save(book, draft(family, lines, name="  Essential ", budget=D(8000), notes="first talk"), catalog)
    with book.session() as s:
        record = get_plan(s, plan_id)
    assert record.id == plan_id and record.draft.id == plan_id
    assert record.draft.lines == tuple(as_stored(line) for line in lines)
    rider = record.draft.lines[1]
    assert rider.base_key == record.draft.lines[0].key  # riders keep their base
    assert (record.draft.name, record.draft.status, record.draft.budget, record.draft.budget_period,
            record.draft.notes) == ("Essential", PlanStatus.DRAFT, D(8000), "monthly", "first talk")
    assert record.draft.alternative_group == plan_id  # a plan is its own group until it has alternatives
    assert (record.household_id, record.catalog_id, record.catalog_version) == (family.household, "demo",
                                                                                 "2026.11.1")
    assert record.policies_created == 0


def test_premiums_stored_on_items_are_the_plans_prices(book: Book, family: Family, catalog: Catalog) -> None:
    lines = full_plan_lines(family)
    plan_id = save(book, draft(family, lines), catalog)
    with book.session() as s:
        priced = price_plan(catalog, plan_people(plan_members(s, family.head)), lines, TODAY)
        items = {i.id: i for i in s.scalars(select(PlanItem).where(PlanItem.plan_id == plan_id))}
    assert not priced.ineligible
    for position, p in enumerate(priced.lines):
        item = items[uuid.UUID(p.line.key)]
        assert (item.annual_premium, item.modal_premium, item.position) == (p.annual_premium, p.modal_premium,
                                                                             position)
        assert item.base_item_id == (uuid.UUID(p.line.base_key) if p.line.base_key else None)


def test_a_plan_records_the_catalog_version_it_was_priced_on(book: Book, family: Family) -> None:
    with book.session() as s:
        demo = current_catalog(s)
        text = DEMO.read_text(encoding="utf-8").replace('"version": "2026.11.1"', '"version": "2027.1.1"', 1)
        install_catalog(s, text)
        newer = current_catalog(s)
    old_id = save(book, draft(family, full_plan_lines(family)), demo)
    new_id = save(book, draft(family, full_plan_lines(family), name="Recommended"), newer)
    with book.session() as s:
        assert get_plan(s, old_id).catalog_version == "2026.11.1"
        assert get_plan(s, new_id).catalog_version == "2027.1.1"


def test_assumptions_and_person_money_round_trip_exactly(book: Book, family: Family, catalog: Catalog) -> None:
    assumptions = NeedsAssumptions(
        income_replacement_ratio=D("0.65"), min_replacement_years=7, independence_age=24,
        final_expenses=D("350000.50"), education_fund_per_child=D("2000000"), ci_income_years=4,
        ci_minimum=D("1200000"), medical_annual_limit=D("800000"), accident_income_multiple=8,
        accident_minimum=D("1500000"), retirement_age=60, life_expectancy=88, retirement_income_ratio=D("0.55"),
        mortgage=D("6000000"), other_debts=D("300000"), liquid_savings=D("123456.78"))
    assert all(getattr(assumptions, f.name) != f.default for f in dataclasses.fields(NeedsAssumptions))
    money = {str(family.head): PersonMoney(D("240000"), D("1500000.25")),
             str(family.spouse): PersonMoney(D("0"), D("300000"))}
    plan_id = save(book, draft(family, (), assumptions=assumptions, person_money=money), catalog)
    with book.session() as s:
        record = get_plan(s, plan_id)
    assert record.draft.assumptions == assumptions
    assert record.draft.person_money == money
    assert {name: type(getattr(record.draft.assumptions, name)) for name in ("retirement_age", "mortgage")} == {
        "retirement_age": int, "mortgage": Decimal}


def test_assumptions_from_json_fall_back_to_defaults() -> None:
    assert assumptions_from_json(None) == (NeedsAssumptions(), {})
    data = assumptions_to_json(NeedsAssumptions(retirement_age=62), {"x": PersonMoney(D(1), D(2))})
    data["household"]["mortgage"] = "lots"  # unreadable: the default
    del data["household"]["final_expenses"]  # missing: the default
    assumptions, money = assumptions_from_json(data)
    assert assumptions == NeedsAssumptions(retirement_age=62)
    assert money == {"x": PersonMoney(D(1), D(2))}


def test_updating_a_plan_keeps_kept_items_and_soft_deletes_removed_ones(
        book: Book, family: Family, catalog: Catalog) -> None:
    lines = full_plan_lines(family)
    plan_id = save(book, draft(family, lines), catalog)
    kept = (dataclasses.replace(lines[0], sum_assured=D(3000000)), lines[3])
    added = PlanLine(key(), str(family.head), "PA10", D(1000000), 10, frequency="monthly")
    save(book, draft(family, (*kept, added), name="Essential, revised", id=plan_id), catalog)
    with book.session() as s:
        record = get_plan(s, plan_id)
        removed = s.scalars(select(PlanItem.id).where(PlanItem.plan_id == plan_id,
                                                      PlanItem.deleted_at.is_not(None))).all()
    assert record.draft.name == "Essential, revised"
    assert [line.key for line in record.draft.lines] == [as_stored(line).key for line in (*kept, added)]
    assert record.draft.lines[0].sum_assured == D(3000000)
    assert sorted(removed) == sorted(uuid.UUID(line.key) for line in (lines[1], lines[2], lines[4]))


def test_every_change_raises_the_version_of_what_changed(book: Book, family: Family, catalog: Catalog) -> None:
    # As clients, households and activities do: a new row is version 1, each change adds one.
    lines = full_plan_lines(family)

    def versions(plan_id: uuid.UUID) -> dict[str, int]:
        with book.session() as s:
            found = {"plan": s.get(Plan, plan_id).version}  # type: ignore[union-attr]
            for item in s.scalars(select(PlanItem).where(PlanItem.plan_id == plan_id)):
                found[item.product_code] = item.version
            return found

    plan_id = save(book, draft(family, lines[:2]), catalog)
    created = versions(plan_id)
    save(book, draft(family, (dataclasses.replace(lines[0], sum_assured=D(3000000)),), id=plan_id), catalog)
    updated = versions(plan_id)  # TL20's sum changed, ADB removed
    with book.session() as s:
        delete_plan(s, plan_id)
    with book.session() as s:
        deleted = s.get(Plan, plan_id).version  # type: ignore[union-attr]
    with book.session() as s:
        restore_plan(s, plan_id)
    restored = versions(plan_id)["plan"]
    assert (created, updated, deleted, restored) == (
        {"plan": 1, "TL20": 1, "ADB": 1}, {"plan": 2, "TL20": 2, "ADB": 2}, 3, 4)


def test_a_plan_copied_from_another_can_be_saved_as_its_alternative(
        book: Book, family: Family, catalog: Catalog) -> None:
    # "Duplicate as alternative": the lines come from get_plan, keyed by the original's item ids.
    first = save(book, draft(family, full_plan_lines(family)), catalog)
    with book.session() as s:
        original = get_plan(s, first).draft
    copy = dataclasses.replace(original, id=None, name="Recommended", alternative_group=first)
    second = save(book, copy, catalog)
    with book.session() as s:
        assert len(get_plan(s, first).draft.lines) == len(get_plan(s, second).draft.lines) == 5


def test_plans_built_from_suggestions_can_be_saved_side_by_side(
        book: Book, family: Family, catalog: Catalog) -> None:
    # suggest_plan keys its lines s1, s2, …: two suggestions saved as two plans share those keys.
    def suggested(sum_assured: str) -> tuple[PlanLine, ...]:
        return (PlanLine("s1", str(family.head), "TL20", D(sum_assured), 20),
                PlanLine("s2", str(family.head), "ADB", base_key="s1"))

    first = save(book, draft(family, suggested("1000000")), catalog)
    second = save(book, draft(family, suggested("2000000"), name="Recommended", alternative_group=first), catalog)
    with book.session() as s:
        assert [line.sum_assured for line in get_plan(s, first).draft.lines] == [D(1000000), None]
        assert [line.sum_assured for line in get_plan(s, second).draft.lines] == [D(2000000), None]


# --- validation -------------------------------------------------------------------------

@pytest.mark.parametrize(("changes", "field"), [
    ({"name": "   "}, "name"),
    ({"budget": D(0)}, "budget"),
    ({"budget": D(-100)}, "budget"),
    ({"budget_period": "weekly"}, "budget_period"),
], ids=["empty name", "zero budget", "negative budget", "weekly budget"])
def test_a_plan_that_breaks_a_rule_is_refused(book: Book, family: Family, catalog: Catalog,
                                              changes: dict[str, object], field: str) -> None:
    with book.session() as s, pytest.raises(ValidationError) as refused:
        save_plan(s, draft(family, full_plan_lines(family), **changes), catalog, TODAY)
    assert field in refused.value.problems
    with book.session() as s:
        assert s.scalar(select(func.count()).select_from(Plan)) == 0
        assert s.scalar(select(func.count()).select_from(PlanItem)) == 0


def test_a_plan_has_at_most_three_alternatives(book: Book, family: Family, catalog: Catalog) -> None:
    first = save(book, draft(family, name="Essential"), catalog)
    save(book, draft(family, name="Recommended", alternative_group=first), catalog)
    third = save(book, draft(family, name="Comprehensive", alternative_group=first), catalog)
    with book.session() as s, pytest.raises(ValidationError) as refused:
        save_plan(s, draft(family, name="Fourth", alternative_group=first), catalog, TODAY)
    assert "alternative_group" in refused.value.problems
    # Editing one of the three is still fine.
    save(book, draft(family, name="Comprehensive+", alternative_group=first, id=third), catalog)
    with book.session() as s:
        assert [r.draft.name for r in alternatives_of(s, first)] == ["Essential", "Recommended", "Comprehensive+"]


def test_saving_an_unknown_plan_id_is_not_found(book: Book, family: Family, catalog: Catalog) -> None:
    with book.session() as s, pytest.raises(NotFoundError):
        save_plan(s, draft(family, id=uuid.uuid4()), catalog, TODAY)


# --- listing, alternatives, delete and restore ------------------------------------------

def test_plans_of_totals_each_plans_items(book: Book, family: Family, catalog: Catalog) -> None:
    lines = full_plan_lines(family)
    full = save(book, draft(family, lines), catalog)
    bad = PlanLine(key(), str(family.grandma), "TL10", D(1000000), 10)  # cannot be priced
    small = save(book, draft(family, (dataclasses.replace(lines[3], key=key()), bad), name="Small"), catalog)
    empty = save(book, draft(family, name="Empty"), catalog)
    with book.session() as s:
        summaries = {p.id: p for p in plans_of(s, family.head)}
        expected = price_plan(catalog, plan_people(plan_members(s, family.head)), lines, TODAY)
    assert set(summaries) == {full, small, empty}
    assert (summaries[full].items, summaries[full].total_annual_premium) == (5, expected.total_annual_premium)
    assert (summaries[small].items, summaries[small].total_annual_premium) == (
        2, expected.lines[3].annual_premium)
    assert (summaries[empty].items, summaries[empty].total_annual_premium) == (0, 0)
    assert {p.catalog_version for p in summaries.values()} == {"2026.11.1"}
    with book.session() as s:
        assert plans_of(s, family.spouse) == []  # plans belong to the client they were made for


def test_plans_of_lists_the_newest_first(book: Book, family: Family, catalog: Catalog) -> None:
    older = save(book, draft(family, name="Older"), catalog)
    newer = save(book, draft(family, name="Newer"), catalog)
    with book.session() as s:
        assert [p.id for p in plans_of(s, family.head)] == [newer, older]


def test_plans_of_keeps_a_plans_alternatives_together(book: Book, family: Family, catalog: Catalog) -> None:
    first = save(book, draft(family, name="A"), catalog)
    other = save(book, draft(family, name="B"), catalog)
    alternative = save(book, draft(family, name="A2", alternative_group=first), catalog)
    with book.session() as s:
        order = [p.id for p in plans_of(s, family.head)]
    assert set(order) == {first, other, alternative}
    assert abs(order.index(first) - order.index(alternative)) == 1, order


def test_alternatives_of_returns_the_group_in_the_order_made(book: Book, family: Family, catalog: Catalog) -> None:
    first = save(book, draft(family, name="Essential"), catalog)
    save(book, draft(family, name="Elsewhere"), catalog)
    second = save(book, draft(family, name="Recommended", alternative_group=first), catalog)
    third = save(book, draft(family, name="Comprehensive", alternative_group=first), catalog)
    with book.session() as s:
        for member in (first, second, third):
            assert [r.id for r in alternatives_of(s, member)] == [first, second, third]
        with pytest.raises(NotFoundError):
            alternatives_of(s, uuid.uuid4())


def test_a_deleted_plan_disappears_until_restored(book: Book, family: Family, catalog: Catalog) -> None:
    first = save(book, draft(family, full_plan_lines(family)), catalog)
    second = save(book, draft(family, name="Recommended", alternative_group=first), catalog)
    with book.session() as s:
        assert delete_plan(s, second) == Changes(plans=frozenset({family.head}))
    with book.session() as s:
        with pytest.raises(NotFoundError):
            get_plan(s, second)
        assert [p.id for p in plans_of(s, family.head)] == [first]
        assert [r.id for r in alternatives_of(s, first)] == [first]
        with pytest.raises(NotFoundError):
            delete_plan(s, second)
    with book.session() as s:
        assert restore_plan(s, second) == Changes(plans=frozenset({family.head}))
    with book.session() as s:
        assert get_plan(s, second).draft.name == "Recommended"
        assert [r.id for r in alternatives_of(s, first)] == [first, second]
        with pytest.raises(NotFoundError):
            restore_plan(s, uuid.uuid4())


def test_restoring_a_plan_into_a_full_group_is_refused(book: Book, family: Family, catalog: Catalog) -> None:
    first = save(book, draft(family, name="Essential"), catalog)
    save(book, draft(family, name="Recommended", alternative_group=first), catalog)
    third = save(book, draft(family, name="Comprehensive", alternative_group=first), catalog)
    with book.session() as s:
        delete_plan(s, third)
    save(book, draft(family, name="Instead", alternative_group=first), catalog)
    with book.session() as s, pytest.raises(ValidationError):
        restore_plan(s, third)
    with book.session() as s:
        assert len(alternatives_of(s, first)) == 3


# --- an accepted plan becomes pending policies ------------------------------------------

def test_a_draft_plan_does_not_become_policies(book: Book, family: Family, catalog: Catalog) -> None:
    for status in (PlanStatus.DRAFT, PlanStatus.PROPOSED, PlanStatus.DECLINED):
        plan_id = save(book, draft(family, full_plan_lines(family), status=status), catalog)
        with book.session() as s, pytest.raises(ValidationError) as refused:
            create_pending_policies(s, plan_id)
        assert "status" in refused.value.problems
    with book.session() as s:
        assert s.scalar(select(func.count()).select_from(Policy)) == 0


def test_an_accepted_plan_becomes_one_pending_policy_per_item_once(
        book: Book, family: Family, catalog: Catalog) -> None:
    lines = full_plan_lines(family)
    with book.session() as s:
        current_catalog(s)  # the plan is priced on a catalog the book keeps
    plan_id = save(book, draft(family, lines, status=PlanStatus.ACCEPTED), catalog)
    with book.session() as s:
        made, changes = create_pending_policies(s, plan_id)
    assert made == 5
    insured = frozenset({family.head, family.spouse, family.child})
    assert changes == Changes(clients=insured, policies=insured, plans=frozenset({family.head}))
    with book.session() as s:
        items = {i.id: i for i in s.scalars(select(PlanItem).where(PlanItem.plan_id == plan_id))}
        policies = s.scalars(select(Policy)).all()
        assert len(policies) == 5
        for policy in policies:
            item = items[policy.plan_item_id]  # type: ignore[index]
            assert (policy.status, policy.holder_id, policy.insured_id, policy.product_code) == (
                "pending", family.head, item.insured_id, item.product_code)
            assert (policy.sum_assured, policy.annual_premium, policy.modal_premium, policy.frequency) == (
                item.sum_assured, item.annual_premium, item.modal_premium, item.frequency)
            assert (policy.term_years, policy.payment_term_years) == (item.term_years, item.payment_term_years)
            assert (policy.catalog_version, policy.currency) == ("2026.11.1", "TWD")
            assert policy.product_name == catalog.products[item.product_code].name()
        assert get_plan(s, plan_id).policies_created == 5
    with book.session() as s:
        assert create_pending_policies(s, plan_id)[0] == 0
    with book.session() as s:
        assert s.scalar(select(func.count()).select_from(Policy)) == 5
        # Pending policies are not yet cover.
        cover, _ = existing_cover(s, plan_members(s, family.head), catalog)
        assert cover == []


def test_an_ineligible_item_blocks_issuing(book: Book, family: Family, catalog: Catalog) -> None:
    with book.session() as s:
        current_catalog(s)
    bad = PlanLine(key(), str(family.grandma), "TL10", D(1000000), 10)
    plan_id = save(book, draft(family, (*full_plan_lines(family), bad), status=PlanStatus.ACCEPTED), catalog)
    with book.session() as s, pytest.raises(ValidationError) as refused:
        create_pending_policies(s, plan_id)
    assert "TL10" in refused.value.problems["items"]
    with book.session() as s:
        assert s.scalar(select(func.count()).select_from(Policy)) == 0
