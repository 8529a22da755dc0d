"""Proposals in the book: what a saved plan prints, and every printed version.

Making a proposal takes three steps so that rendering runs off the database
worker: `prepare_proposal` gathers the plan, the household, existing cover,
the agent and the catalog version the plan was priced on into a plan file
(proposals/request.py) and prices it; the caller renders the PDF; and
`record_proposal` stores the document with its snapshot, language, catalog
version, sha256 and version number. A stored version reopens byte for byte
(`stored_proposal`), and re-renders from its snapshot (`snapshot_job`).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, undefer

from agent_desk.domain.catalog import Catalog
from agent_desk.domain.greetings import guess_language
from agent_desk.domain.planner import Budget, PlanLine, PlanStatus
from agent_desk.errors import AgentDeskError, NotFoundError, ValidationError
from agent_desk.proposals.assemble import ProposalError, assemble
from agent_desk.proposals.model import LANGUAGES, PAPERS, AgentInfo, ProposalData
from agent_desk.proposals.request import (
    ItemSpec, MemberSpec, OptionSpec, ProposalRequest, RiderSpec, parse_plan_file, request_to_json,
)
from agent_desk.services.agent_profile import agent_details
from agent_desk.services.catalogs import catalog_version
from agent_desk.services.changes import Changes
from agent_desk.services.plans import PersonMoney, PlanMember, alternatives_of, existing_cover, plan_members
from agent_desk.store.models import Client, Plan, Proposal


class ProposalIntegrityError(AgentDeskError):
    """A stored proposal no longer matches the sha256 recorded when it was printed."""


@dataclass(frozen=True)
class ProposalJob:
    """Everything rendering needs, with no session: safe to hand to another thread."""

    plan_id: uuid.UUID
    client_id: uuid.UUID
    number: str
    version: int
    language: str
    paper: str
    catalog_id: str
    catalog_version: str
    snapshot: dict[str, Any]  # the plan file this proposal is made from
    data: ProposalData


@dataclass(frozen=True)
class ProposalRow:
    id: uuid.UUID
    plan_id: uuid.UUID
    client_id: uuid.UUID
    number: str
    version: int
    language: str
    paper: str
    plan_name: str
    catalog_version: str
    pages: int
    sha256: str
    created_at: datetime  # naive UTC

    @property
    def file_name(self) -> str:
        """A name for the saved file that says which proposal and version it is."""
        return f"{self.number}-v{self.version}-{self.language}.pdf"


@dataclass(frozen=True)
class StoredProposal:
    row: ProposalRow
    pdf: bytes


def proposal_language(session: Session, client_id: uuid.UUID) -> str:
    """The language of the client's last proposal; else the one the client's name and phone suggest."""
    last = session.scalar(select(Proposal.language).where(Proposal.client_id == client_id,
                                                           Proposal.deleted_at.is_(None))
                          .order_by(Proposal.created_at.desc()).limit(1))
    if last:
        return last
    client = session.get(Client, client_id)
    return guess_language(client.name_local, client.phone).value if client else "en"


def proposal_number(plan: Plan) -> str:
    """One number per plan and its alternatives; each printing is a new version of it."""
    return "P-" + (plan.alternative_group or plan.id).hex[:8].upper()


def prepare_proposal(session: Session, plan_id: uuid.UUID, language: str, paper: str, as_of: date) -> ProposalJob:
    """The saved plan (first) and its alternatives as a priced proposal, not yet rendered.

    Refused with a ValidationError naming what to fix: the agent's name or
    licence number missing, a language or paper we do not print, or a cover
    the catalog does not allow (ProposalError's one line)."""
    if language not in LANGUAGES:
        raise ValidationError({"language": f"Proposals are printed in {', '.join(LANGUAGES)}, not {language!r}."})
    if paper not in PAPERS:
        raise ValidationError({"paper": f"The paper is A4 or Letter, not {paper!r}."})
    plan = session.get(Plan, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFoundError(f"No plan {plan_id}")
    agent = agent_details(session)
    missing = agent.missing_for_proposal()
    if missing:
        raise ValidationError({"agent": "Enter your " + " and ".join(_AGENT_FIELD_WORDS.get(f, f) for f in missing)
                                        + " in My details: the proposal's cover prints them."})
    records = alternatives_of(session, plan_id)
    chosen = next(r for r in records if r.id == plan_id)
    ordered = [chosen, *(r for r in records if r.id != plan_id)]
    if not chosen.draft.lines:
        raise ValidationError({"items": "The plan has no products yet: add some before printing a proposal."})
    catalog = catalog_version(session, plan.catalog_id, plan.catalog_version)
    household = plan_members(session, plan.client_id)
    number = proposal_number(plan)
    version = 1 + (session.scalar(select(func.max(Proposal.proposal_version)).where(Proposal.number == number)) or 0)
    request = ProposalRequest(
        as_of=as_of,
        agent=AgentInfo(agent.name or agent.name_local, agent.licence_number, agent.phone, agent.email,
                        agent.name_local),
        client_id=str(plan.client_id),
        members=tuple(_members(session, household, chosen.draft.person_money)),
        options=tuple(OptionSpec(r.draft.name, _items(r.draft.lines)) for r in ordered if r.draft.lines),
        budget=Budget(chosen.draft.budget, chosen.draft.budget_period) if chosen.draft.budget is not None else None,
        assumptions=chosen.draft.assumptions,
        existing=tuple(existing_cover(session, household, catalog)[0]),
        catalog_id=catalog.catalog_id, catalog_version=catalog.version,
        number=number, version=version, notes=chosen.draft.notes,
    )
    return _job(plan_id, plan.client_id, request, catalog, language, paper)


_AGENT_FIELD_WORDS = {"name": "name", "licence_number": "licence number"}


def _job(plan_id: uuid.UUID, client_id: uuid.UUID, request: ProposalRequest, catalog: Catalog, language: str,
         paper: str) -> ProposalJob:
    try:
        data = assemble(request, catalog, language, paper)
    except ProposalError as exc:
        raise ValidationError({"items": str(exc)}) from None
    return ProposalJob(plan_id, client_id, data.number, request.version, language, paper, catalog.catalog_id,
                       catalog.version, request_to_json(request), data)


def _members(session: Session, members: list[PlanMember], money: Mapping[str, PersonMoney]) -> list[MemberSpec]:
    """The household as the plan file has it: both scripts of each name, occupation, pension and savings."""
    clients = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_([m.client_id for m in members])))}
    specs = []
    for m in members:
        client = clients[m.client_id]
        extra = money.get(str(m.client_id), PersonMoney())
        specs.append(MemberSpec(str(m.client_id), client.name or client.name_local, m.sex, m.birth_date, m.smoker,
                                m.role.value, m.annual_income, client.occupation, extra.expected_pension,
                                extra.retirement_savings, client.name_local))
    return specs


def _items(lines: tuple[PlanLine, ...]) -> tuple[ItemSpec, ...]:
    """Plan lines as plan-file items: each base with its riders nested, in the plan's order."""
    riders: dict[str, list[RiderSpec]] = {}
    for line in lines:
        if line.base_key is not None:
            riders.setdefault(line.base_key, []).append(RiderSpec(line.product_code, line.sum_assured))
    return tuple(ItemSpec(line.insured_key, line.product_code, line.sum_assured, line.term, line.payment_term,
                          line.frequency, tuple(riders.get(line.key, ())))
                 for line in lines if line.base_key is None)


def record_proposal(session: Session, job: ProposalJob, pdf: bytes, pages: int) -> tuple[ProposalRow, Changes]:
    """Store a rendered proposal; a draft plan becomes proposed, as it now is."""
    taken = session.scalar(select(func.count()).select_from(Proposal).where(
        Proposal.number == job.number, Proposal.proposal_version == job.version))
    if taken:
        raise ValidationError({"version": f"Version {job.version} of {job.number} was printed meanwhile: "
                                          "make the proposal again."})
    row = Proposal(id=uuid.uuid4(), plan_id=job.plan_id, client_id=job.client_id, number=job.number,
                   proposal_version=job.version, language=job.language, paper=job.paper,
                   catalog_version=job.catalog_version, plan_snapshot=job.snapshot,
                   sha256=hashlib.sha256(pdf).hexdigest(), pdf=pdf, pages=pages, version=1)
    session.add(row)
    plan = session.get(Plan, job.plan_id)
    if plan is not None and plan.status == PlanStatus.DRAFT.value:
        plan.status = PlanStatus.PROPOSED.value
        plan.version += 1
    session.flush()
    return _row(row, plan.name if plan else ""), Changes(plans=frozenset({job.client_id}))


def proposal_history(session: Session, client_id: uuid.UUID) -> list[ProposalRow]:
    """The client's printed proposals, newest first."""
    rows = session.execute(
        select(Proposal, Plan.name).join(Plan, Plan.id == Proposal.plan_id)
        .where(Proposal.client_id == client_id, Proposal.deleted_at.is_(None))
        .order_by(Proposal.created_at.desc(), Proposal.proposal_version.desc())).all()
    return [_row(proposal, name) for proposal, name in rows]


def stored_proposal(session: Session, proposal_id: uuid.UUID) -> StoredProposal:
    """The document exactly as it was printed; refused if its bytes changed since."""
    found = session.execute(select(Proposal, Plan.name).join(Plan, Plan.id == Proposal.plan_id)
                            .options(undefer(Proposal.pdf)).where(Proposal.id == proposal_id)).first()
    if found is None or found[0].deleted_at is not None:
        raise NotFoundError(f"No proposal {proposal_id}")
    proposal, name = found
    pdf = proposal.pdf or b""
    if hashlib.sha256(pdf).hexdigest() != proposal.sha256:
        raise ProposalIntegrityError(f"Proposal {proposal.number} version {proposal.proposal_version} "
                                     "is not the document that was printed (its checksum differs).")
    return StoredProposal(_row(proposal, name), pdf)


def snapshot_job(session: Session, proposal_id: uuid.UUID) -> ProposalJob:
    """A stored version's inputs, to render it again as it was (same date, prices, catalog and number)."""
    proposal = session.get(Proposal, proposal_id)
    if proposal is None or proposal.deleted_at is not None:
        raise NotFoundError(f"No proposal {proposal_id}")
    request = parse_plan_file(proposal.plan_snapshot)
    catalog = catalog_version(session, request.catalog_id, request.catalog_version)
    return _job(proposal.plan_id, proposal.client_id, request, catalog, proposal.language, proposal.paper)


def _row(proposal: Proposal, plan_name: str) -> ProposalRow:
    return ProposalRow(proposal.id, proposal.plan_id, proposal.client_id, proposal.number, proposal.proposal_version,
                       proposal.language, proposal.paper, plan_name, proposal.catalog_version, proposal.pages,
                       proposal.sha256, proposal.created_at)
