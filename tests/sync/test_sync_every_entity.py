"""Every kind of row the book holds goes up and comes down to another device
of the agent exactly, a printed proposal's PDF included."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from sync_devices import differences

from agent_desk.domain.clients import ClientDetails, Sex
from agent_desk.domain.planner import PlanLine
from agent_desk.proposals.render import render_proposal
from agent_desk.services.agent_profile import AgentDetails, save_agent_details
from agent_desk.services.catalogs import current_catalog
from agent_desk.services.clients import create_client
from agent_desk.services.demo import create_demo_book
from agent_desk.services.followup_regeneration import regenerate_followups
from agent_desk.services.plans import PlanDraft, save_plan
from agent_desk.services.proposals import prepare_proposal, record_proposal, stored_proposal
from agent_desk.services.service_requests import open_service_request, record_complaint
from agent_desk.store.models import Beneficiary, Policy, Proposal
from agent_desk.sync import protocol

TODAY = date(2026, 12, 7)


def fill_every_entity(book) -> uuid.UUID:  # noqa: ANN001
    """A demo book plus what the demo leaves out: a plan with a rider, its
    printed proposal, a beneficiary, a service request and a complaint."""
    from agent_desk.domain.claims import ServiceRequestKind

    with book.session() as s:
        create_demo_book(s, clients=12, seed=11, today=TODAY)
        regenerate_followups(s, TODAY)
        save_agent_details(s, AgentDetails(name="Grace Lin", name_local="林佳恩", licence_number="TW-LA-1",
                                           phone="0912-345-678", email="grace@example.com"))
        head, _ = create_client(s, ClientDetails(name="Chen Da-wei", name_local="陳大偉", sex=Sex.MALE,
                                                 birth_date=date(1988, 4, 12), annual_income=Decimal("1200000")),
                                today=TODAY)
        base = uuid.uuid4().hex
        lines = (PlanLine(base, str(head), "TL20", Decimal(5000000), 20, frequency="annual"),
                 PlanLine(uuid.uuid4().hex, str(head), "ADB", Decimal(2000000), frequency="annual", base_key=base))
        plan_id, _ = save_plan(s, PlanDraft(head, "Recommended", lines, budget=Decimal(60000)),
                               current_catalog(s), TODAY)
        open_service_request(s, head, next(iter(ServiceRequestKind)), TODAY)
        record_complaint(s, head, TODAY, "The renewal notice came late")
    with book.session() as s:
        job = prepare_proposal(s, plan_id, "zh-Hant", "a4", TODAY)
    rendered = render_proposal(job.data)
    with book.session() as s:
        record_proposal(s, job, rendered.pdf, rendered.pages)
        policy = s.scalars(select(Policy).order_by(Policy.policy_number)).first()
        s.add(Beneficiary(policy_id=policy.id, name="Lin Mei-hua", relation="spouse", share_percent=Decimal(100)))
    return head


def test_every_entity_goes_up_and_comes_down_exactly(office):  # noqa: ANN001
    laptop = office.device("laptop", agent=None)
    fill_every_entity(laptop.book)
    mine = laptop.snapshot()
    assert [entity for entity in protocol.ENTITIES if not mine[entity]] == []  # the book holds every kind
    laptop.enroll(office.code())
    laptop.sync()
    tablet = office.device("tablet")
    tablet.sync(pull_limit=40)
    assert differences(office.snapshot(), mine) == []
    assert differences(tablet.snapshot(), mine) == []
    with laptop.book.session() as s:
        proposal_id = s.scalar(select(Proposal.id))
        printed = stored_proposal(s, proposal_id)
    with tablet.book.session() as s:
        received = stored_proposal(s, proposal_id)  # checked against its sha256 on the way
    assert received.pdf == printed.pdf and received.pdf.startswith(b"%PDF")
