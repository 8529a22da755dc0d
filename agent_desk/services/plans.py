"""Protection plans in the book: who they are for, their needs analysis, their
items priced on a catalog version, alternatives, status and the pending
policies an accepted plan becomes."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent_desk.domain.catalog import Catalog
from agent_desk.domain.clients import HouseholdRole, PolicyStatus, display_name
from agent_desk.domain.needs import ExistingCover, NeedsAssumptions, NeedsReport, PersonFacts, analyse_needs
from agent_desk.domain.planner import (
    MAX_ALTERNATIVES, BUDGET_PERIODS, PlanLine, PlanPerson, PlanStatus, PricedPlan, price_plan,
)
from agent_desk.domain.pricing import FREQUENCIES, Insured
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.catalogs import catalog_version, current_catalog
from agent_desk.services.changes import Changes
from agent_desk.services.clients import live_client, search_clients
from agent_desk.services.family import household_of
from agent_desk.store.models import Client, Plan, PlanItem, Policy, utcnow

COUNTED_STATUSES = (PolicyStatus.IN_FORCE.value, PolicyStatus.GRACE.value)  # existing cover: policies still paying


@dataclass(frozen=True)
class PlanMember:
    client_id: uuid.UUID
    name: str
    role: HouseholdRole
    sex: str | None
    birth_date: date | None
    smoker: bool
    annual_income: Decimal


@dataclass(frozen=True)
class PersonMoney:
    """Per-person inputs of the retirement need that the client record does not hold."""

    expected_pension: Decimal = Decimal(0)
    retirement_savings: Decimal = Decimal(0)


@dataclass(frozen=True)
class PlanDraft:
    client_id: uuid.UUID
    name: str
    lines: tuple[PlanLine, ...]  # keys are item ids as text (new ones too: uuid4 hex)
    status: PlanStatus = PlanStatus.DRAFT
    budget: Decimal | None = None
    budget_period: str = "monthly"
    assumptions: NeedsAssumptions = NeedsAssumptions()
    person_money: Mapping[str, PersonMoney] = dataclasses.field(default_factory=dict)
    alternative_group: uuid.UUID | None = None
    notes: str = ""
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class PlanRecord:
    id: uuid.UUID
    draft: PlanDraft
    household_id: uuid.UUID | None
    catalog_id: str
    catalog_version: str
    updated_at: datetime
    policies_created: int


@dataclass(frozen=True)
class PlanSummary:
    id: uuid.UUID
    name: str
    status: PlanStatus
    alternative_group: uuid.UUID | None
    total_annual_premium: Decimal
    items: int
    catalog_version: str
    updated_at: datetime


def plan_members(session: Session, client_id: uuid.UUID) -> list[PlanMember]:
    """The client first, then the rest of the client's household."""
    client = live_client(session, client_id)
    household = household_of(session, client_id)
    roles = {m.client_id: m.role for m in household.members} if household else {client_id: HouseholdRole.HEAD}
    ids = [client_id] + [cid for cid in roles if cid != client_id]
    rows = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(ids), Client.deleted_at.is_(None)))}
    rows[client_id] = client
    return [_member(rows[cid], roles.get(cid, HouseholdRole.HEAD)) for cid in ids if cid in rows]


def _member(client: Client, role: HouseholdRole) -> PlanMember:
    return PlanMember(client.id, display_name(client.name, client.name_local), role, client.sex, client.birth_date,
                      client.smoker, client.annual_income or Decimal(0))


def plan_people(members: Sequence[PlanMember]) -> dict[str, PlanPerson]:
    return {str(m.client_id): PlanPerson(str(m.client_id), m.name,
                                         Insured(m.sex, m.birth_date, m.smoker) if m.sex and m.birth_date else None)
            for m in members}


@dataclass(frozen=True)
class PlanFacts:
    """What the plan designer needs from the book, loaded once per client."""

    members: tuple[PlanMember, ...]
    existing: tuple[ExistingCover, ...]
    uncounted: tuple[str, ...]  # policies left out of existing cover, with the reason
    catalog: Catalog

    def person_facts(self, money: Mapping[str, PersonMoney]) -> list[PersonFacts]:
        return [PersonFacts(str(m.client_id), m.name, m.birth_date, m.role.value, m.annual_income,
                            money.get(str(m.client_id), PersonMoney()).expected_pension,
                            money.get(str(m.client_id), PersonMoney()).retirement_savings) for m in self.members]

    def analyse(self, assumptions: NeedsAssumptions, money: Mapping[str, PersonMoney], as_of: date) -> NeedsReport:
        return analyse_needs(self.person_facts(money), self.existing, assumptions, as_of)


def plan_facts(session: Session, client_id: uuid.UUID, catalog: Catalog | None = None) -> PlanFacts:
    members = plan_members(session, client_id)
    catalog = catalog or current_catalog(session)
    existing, uncounted = existing_cover(session, members, catalog)
    return PlanFacts(tuple(members), tuple(existing), tuple(uncounted), catalog)


def existing_cover(session: Session, members: Sequence[PlanMember],
                   catalog: Catalog) -> tuple[list[ExistingCover], list[str]]:
    """Sums assured of the members' in-force policies, per benefit the catalog says the product pays.

    A product the catalog does not know, or a policy in another currency, cannot be
    counted without guessing: it is left out and named in the second list.
    """
    ids = [m.client_id for m in members]
    policies = session.scalars(select(Policy).where(
        Policy.insured_id.in_(ids), Policy.deleted_at.is_(None), Policy.status.in_(COUNTED_STATUSES))
        .order_by(Policy.policy_number))
    cover, uncounted = [], []
    for policy in policies:
        product = catalog.product(policy.product_code)
        label = f"{policy.policy_number} {policy.product_name or policy.product_code}"
        if product is None:
            uncounted.append(f"{label}: product {policy.product_code} is not in catalog {catalog.version}")
        elif policy.currency != catalog.currency:
            uncounted.append(f"{label}: in {policy.currency}, the catalog prices in {catalog.currency}")
        elif policy.sum_assured:
            cover += [ExistingCover(str(policy.insured_id), benefit, policy.sum_assured, label)
                      for benefit in product.benefits]
    return cover, uncounted


def analyse(session: Session, client_id: uuid.UUID, assumptions: NeedsAssumptions,
            person_money: Mapping[str, PersonMoney], as_of: date, catalog: Catalog | None = None) -> NeedsReport:
    return plan_facts(session, client_id, catalog).analyse(assumptions, person_money, as_of)


def save_plan(session: Session, draft: PlanDraft, catalog: Catalog, as_of: date) -> tuple[uuid.UUID, Changes]:
    """Create or update a plan and its items, priced on `catalog` as of today."""
    _validate(session, draft)
    members = plan_members(session, draft.client_id)
    priced = price_plan(catalog, plan_people(members), draft.lines, as_of)
    plan = session.get(Plan, draft.id) if draft.id else None
    if draft.id and (plan is None or plan.deleted_at is not None):
        raise NotFoundError(f"No plan {draft.id}")
    if plan is None:
        plan = Plan(id=uuid.uuid4(), client_id=draft.client_id, version=1)
        session.add(plan)
    else:
        plan.version += 1
    household = household_of(session, draft.client_id)
    plan.household_id = household.id if household else None
    plan.name, plan.status, plan.notes = draft.name.strip(), PlanStatus(draft.status).value, draft.notes
    plan.budget, plan.budget_period = draft.budget, draft.budget_period
    plan.alternative_group = draft.alternative_group or plan.alternative_group or plan.id
    plan.catalog_id, plan.catalog_version = catalog.catalog_id, catalog.version
    plan.assumptions = assumptions_to_json(draft.assumptions, draft.person_money)
    _store_items(session, plan.id, priced)
    session.flush()
    return plan.id, Changes(plans=frozenset({draft.client_id}))


def _validate(session: Session, draft: PlanDraft) -> None:
    problems = {}
    live_client(session, draft.client_id)
    if not draft.name.strip():
        problems["name"] = "A plan needs a name, e.g. Essential or Recommended."
    if draft.budget is not None and draft.budget <= 0:
        problems["budget"] = "The budget must be more than zero, or left empty."
    if draft.budget_period not in BUDGET_PERIODS:
        problems["budget_period"] = "The budget is monthly or annual."
    bad = [line.frequency for line in draft.lines if line.frequency not in FREQUENCIES]
    if bad:
        problems["frequency"] = f"Unknown payment frequency {bad[0]}."
    if draft.alternative_group is not None:
        siblings = session.scalar(select(func.count()).select_from(Plan).where(
            Plan.alternative_group == draft.alternative_group, Plan.deleted_at.is_(None),
            Plan.id != (draft.id or uuid.uuid4())))
        if siblings >= MAX_ALTERNATIVES:
            problems["alternative_group"] = f"A plan has at most {MAX_ALTERNATIVES} alternatives."
    if problems:
        raise ValidationError(problems)


def _store_items(session: Session, plan_id: uuid.UUID, priced: PricedPlan) -> None:
    existing = {item.id: item for item in session.scalars(
        select(PlanItem).where(PlanItem.plan_id == plan_id, PlanItem.deleted_at.is_(None)))}
    ids = {p.line.key: _item_id(session, p.line.key, existing) for p in priced.lines}
    position = {p.line.key: index for index, p in enumerate(priced.lines)}
    for p in sorted(priced.lines, key=lambda p: p.line.base_key is not None):  # a rider's base is stored first
        line = p.line
        item = existing.pop(ids[line.key], None)
        if item is None:
            item = PlanItem(id=ids[line.key], plan_id=plan_id, version=1)
            session.add(item)
        else:
            item.version += 1
        item.insured_id = uuid.UUID(line.insured_key)
        item.base_item_id = ids.get(line.base_key) if line.base_key else None
        item.product_code, item.sum_assured = line.product_code, line.sum_assured
        item.term_years, item.payment_term_years, item.frequency = line.term, line.payment_term, line.frequency
        item.annual_premium, item.modal_premium = p.annual_premium, p.modal_premium
        item.position = position[line.key]
        session.flush()
    for item in existing.values():
        item.deleted_at = utcnow()
        item.version += 1


def _item_id(session: Session, key: str, existing: Mapping[uuid.UUID, PlanItem]) -> uuid.UUID:
    """The item a line is: one of this plan's, or a new id (a copied or suggested line's key is not reused)."""
    try:
        wanted = uuid.UUID(key)
    except ValueError:
        return uuid.uuid4()
    if wanted in existing or session.get(PlanItem, wanted) is None:
        return wanted
    return uuid.uuid4()


def get_plan(session: Session, plan_id: uuid.UUID) -> PlanRecord:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFoundError(f"No plan {plan_id}")
    items = session.scalars(select(PlanItem).where(PlanItem.plan_id == plan_id, PlanItem.deleted_at.is_(None))
                            .order_by(PlanItem.position)).all()
    lines = tuple(PlanLine(str(i.id), str(i.insured_id), i.product_code, i.sum_assured, i.term_years,
                           i.payment_term_years, i.frequency, str(i.base_item_id) if i.base_item_id else None)
                  for i in items)
    assumptions, money = assumptions_from_json(plan.assumptions)
    draft = PlanDraft(plan.client_id, plan.name, lines, PlanStatus(plan.status), plan.budget, plan.budget_period,
                      assumptions, money, plan.alternative_group, plan.notes, plan.id)
    created = session.scalar(select(func.count()).select_from(Policy).where(
        Policy.plan_item_id.in_([i.id for i in items]), Policy.deleted_at.is_(None))) if items else 0
    return PlanRecord(plan.id, draft, plan.household_id, plan.catalog_id, plan.catalog_version, plan.updated_at,
                      created)


def plans_of(session: Session, client_id: uuid.UUID) -> list[PlanSummary]:
    """The client's plans, newest plan first, each followed by its alternatives in the order they were made."""
    oldest_first = session.scalars(select(Plan).where(Plan.client_id == client_id, Plan.deleted_at.is_(None))
                                   .order_by(Plan.created_at)).all()
    groups: dict[uuid.UUID, list[Plan]] = {}
    for plan in oldest_first:
        groups.setdefault(plan.alternative_group or plan.id, []).append(plan)
    newest = sorted(groups.values(), key=lambda group: max(p.created_at for p in group), reverse=True)
    plans = [plan for group in newest for plan in group]
    totals = dict(session.execute(
        select(PlanItem.plan_id, func.count()).where(PlanItem.plan_id.in_([p.id for p in plans]),
                                                     PlanItem.deleted_at.is_(None)).group_by(PlanItem.plan_id)).all())
    premiums: dict[uuid.UUID, Decimal] = {}
    for plan_id, premium in session.execute(select(PlanItem.plan_id, PlanItem.annual_premium).where(
            PlanItem.plan_id.in_([p.id for p in plans]), PlanItem.deleted_at.is_(None))):
        premiums[plan_id] = premiums.get(plan_id, Decimal(0)) + (premium or Decimal(0))
    return [PlanSummary(p.id, p.name, PlanStatus(p.status), p.alternative_group, premiums.get(p.id, Decimal(0)),
                        totals.get(p.id, 0), p.catalog_version, p.updated_at) for p in plans]


@dataclass(frozen=True)
class ClientPlanSummary(PlanSummary):
    client_id: uuid.UUID = uuid.UUID(int=0)
    client_name: str = ""


def recent_plans(session: Session, text: str = "", limit: int = 20) -> list[ClientPlanSummary]:
    """Saved plans, most recently changed first; with `text`, only those of the clients the search finds."""
    statement = (select(Plan.id, Plan.client_id, Client.name, Client.name_local)
                 .join(Client, Client.id == Plan.client_id).where(Plan.deleted_at.is_(None), Client.deleted_at.is_(None)))
    if text.strip():
        found = [row.id for row in search_clients(session, text, limit=200)]
        statement = statement.where(Plan.client_id.in_(found))
    picked = session.execute(statement.order_by(Plan.updated_at.desc()).limit(limit)).all()
    result = []
    for plan_id, client_id, name, name_local in picked:
        summary = next(s for s in plans_of(session, client_id) if s.id == plan_id)
        result.append(ClientPlanSummary(**summary.__dict__, client_id=client_id,
                                        client_name=display_name(name, name_local)))
    return result


def alternatives_of(session: Session, plan_id: uuid.UUID) -> list[PlanRecord]:
    """The plan and its alternatives, in the order they were made."""
    plan = session.get(Plan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFoundError(f"No plan {plan_id}")
    group = plan.alternative_group or plan.id
    ids = session.scalars(select(Plan.id).where(Plan.alternative_group == group, Plan.deleted_at.is_(None))
                          .order_by(Plan.created_at)).all()
    return [get_plan(session, i) for i in ids]


def delete_plan(session: Session, plan_id: uuid.UUID) -> Changes:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFoundError(f"No plan {plan_id}")
    plan.deleted_at = utcnow()
    plan.version += 1
    return Changes(plans=frozenset({plan.client_id}))


def restore_plan(session: Session, plan_id: uuid.UUID) -> Changes:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFoundError(f"No plan {plan_id}")
    if plan.deleted_at is None:
        return Changes()
    group = plan.alternative_group or plan.id
    siblings = session.scalar(select(func.count()).select_from(Plan).where(
        Plan.alternative_group == group, Plan.deleted_at.is_(None)))
    if siblings >= MAX_ALTERNATIVES:
        raise ValidationError({"alternative_group": f"A plan has at most {MAX_ALTERNATIVES} alternatives; "
                                                    "remove one before restoring this one."})
    plan.deleted_at = None
    plan.version += 1
    return Changes(plans=frozenset({plan.client_id}))


def create_pending_policies(session: Session, plan_id: uuid.UUID) -> tuple[int, Changes]:
    """An accepted plan's items become pending policies (once each); returns how many were made."""
    record = get_plan(session, plan_id)
    if record.draft.status is not PlanStatus.ACCEPTED:
        raise ValidationError({"status": "Only an accepted plan becomes policies."})
    catalog = catalog_version(session, record.catalog_id, record.catalog_version)
    items = session.scalars(select(PlanItem).where(PlanItem.plan_id == plan_id, PlanItem.deleted_at.is_(None))
                            .order_by(PlanItem.position)).all()
    unpriced = [i.product_code for i in items if i.annual_premium is None]
    if unpriced:
        raise ValidationError({"items": f"{', '.join(unpriced)} cannot be priced; fix or remove before issuing."})
    done = set(session.scalars(select(Policy.plan_item_id).where(
        Policy.plan_item_id.in_([i.id for i in items]), Policy.deleted_at.is_(None))))
    made, insured = 0, set()
    for item in items:
        if item.id in done:
            continue
        product = catalog.product(item.product_code)
        session.add(Policy(
            policy_number=f"NB-{item.id.hex[:8].upper()}", holder_id=record.draft.client_id,
            insured_id=item.insured_id, product_code=item.product_code,
            product_name=product.name() if product else item.product_code, catalog_version=catalog.version,
            currency=catalog.currency, sum_assured=item.sum_assured, annual_premium=item.annual_premium,
            modal_premium=item.modal_premium, frequency=item.frequency, term_years=item.term_years,
            payment_term_years=item.payment_term_years, status=PolicyStatus.PENDING.value, plan_item_id=item.id))
        made += 1
        insured.add(item.insured_id)
    clients = frozenset({record.draft.client_id} | insured)
    return made, Changes(clients=clients, policies=clients, plans=frozenset({record.draft.client_id}))


def assumptions_to_json(assumptions: NeedsAssumptions, money: Mapping[str, PersonMoney]) -> dict:
    return {
        "household": {f.name: str(getattr(assumptions, f.name)) for f in dataclasses.fields(assumptions)},
        "people": {key: {"expected_pension": str(m.expected_pension), "retirement_savings": str(m.retirement_savings)}
                   for key, m in money.items()},
    }


def assumptions_from_json(data: dict | None) -> tuple[NeedsAssumptions, dict[str, PersonMoney]]:
    """Saved inputs, each falling back to its default when missing or unreadable."""
    data = data or {}
    values = {}
    for f in dataclasses.fields(NeedsAssumptions):
        raw = (data.get("household") or {}).get(f.name)
        if raw is None:
            continue
        try:
            values[f.name] = int(raw) if f.type in ("int", int) else Decimal(str(raw))
        except (ValueError, ArithmeticError):
            continue
    money = {}
    for key, item in (data.get("people") or {}).items():
        try:
            money[key] = PersonMoney(Decimal(item.get("expected_pension", "0")),
                                     Decimal(item.get("retirement_savings", "0")))
        except (ArithmeticError, AttributeError, TypeError):
            continue
    return NeedsAssumptions(**values), money
