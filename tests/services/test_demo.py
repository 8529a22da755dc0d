"""The demo book: realistic, consistent, searchable, the same for a seed, and
made through the service and the `agent-desk demo` command."""

from __future__ import annotations

import json
import re
import sqlite3
import statistics
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import pytest
from sqlalchemy import func, select

from agent_desk import cli
from agent_desk.domain import demo_names
from agent_desk.domain.claims import (
    COMPLAINT_DUE_DAYS,
    NEXT_STAGES,
    REQUEST_DUE_DAYS,
    REQUIRED_DOCUMENTS,
    ClaimKind,
    ClaimStage,
    ComplaintStatus,
    RequestStatus,
    ServiceRequestKind,
)
from agent_desk.domain.clients import LifecycleStage, PolicyStatus, display_name
from agent_desk.domain.demo_data import MARKETS
from agent_desk.domain.demo_policies import TIER_A_PREMIUM_TWD, TIER_B_PREMIUM_TWD, add_months
from agent_desk.errors import ValidationError
from agent_desk.services import demo
from agent_desk.services.agent_profile import AgentDetails, agent_details, save_agent_details, validate_agent_details
from agent_desk.services.claims import paid_claim_durations, stalled_claims
from agent_desk.services.clients import search_clients
from agent_desk.services.demo import DemoReport, create_demo_book
from agent_desk.services.service_requests import DeadlineKind, open_deadline_facts
from agent_desk.store.book import Book, open_book
from agent_desk.store.models import (
    Activity,
    AgentProfile,
    Claim,
    ClaimDocument,
    ClaimStep,
    Client,
    ClientSearchDoc,
    Complaint,
    Household,
    HouseholdMember,
    Policy,
    Relationship,
    ServiceRequest,
)
from agent_desk.store.search import refresh_search_doc

TODAY = date(2026, 11, 23)
CLIENTS = 400
# Characters whose Traditional and Simplified forms differ, as they appear in demo names.
TRADITIONAL_ONLY = set("陳張黃劉吳楊許鄭謝趙孫馬羅麥馮葉蕭賴華偉國強蘭鳳麗紅軒傑詩曉東龍寶儀穎凱謙瑤語靜彥輝榮錦")
SIMPLIFIED_ONLY = set("陈张黄刘吴杨许郑谢赵孙马罗麦冯叶萧赖华伟国强兰凤丽红轩杰诗晓东龙宝仪颖凯谦瑶语静彦辉荣锦")


class DemoBook(NamedTuple):
    book: Book
    report: DemoReport

    def session(self):  # noqa: ANN201
        return self.book.session()


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Iterator[DemoBook]:
    """One demo book shared by the tests that only read it."""
    path = tmp_path_factory.mktemp("demo") / "book.sqlite3"
    path.write_bytes(migrated_template.read_bytes())
    book = open_book(path)
    with book.session() as session:
        report = create_demo_book(session, clients=CLIENTS, seed=3, today=TODAY)
    yield DemoBook(book, report)
    book.close()


def _fingerprint(book: Book) -> tuple[list, list, list]:
    """What a seed decides: every client's details, every policy and claim, in the order made."""
    with book.session() as s:
        clients = s.execute(select(Client.name, Client.name_local, Client.sex, Client.birth_date, Client.phone,
                                   Client.email, Client.address, Client.stage, Client.tier)
                            .order_by(Client.created_at, Client.name)).all()
        policies = s.execute(select(Policy.policy_number, Policy.product_code, Policy.annual_premium,
                                    Policy.status).order_by(Policy.policy_number)).all()
        claimed = (Policy.policy_number, Claim.kind, Claim.status, Claim.incident_date, Claim.amount_claimed,
                   Claim.amount_paid, Claim.claim_number, Claim.notes)
        claims = s.execute(select(*claimed).join(Policy, Policy.id == Claim.policy_id).order_by(*claimed)).all()
    return clients, policies, claims


def test_the_same_seed_and_day_make_the_same_book(book: Book, tmp_path: Path, migrated_template: Path) -> None:
    other_path = tmp_path / "other.sqlite3"
    other_path.write_bytes(migrated_template.read_bytes())
    other = open_book(other_path)
    try:
        for target in (book, other):
            with target.session() as s:
                create_demo_book(s, clients=200, seed=11, today=TODAY)
        assert _fingerprint(book) == _fingerprint(other)
    finally:
        other.close()


def test_another_seed_makes_another_book(book: Book, tmp_path: Path, migrated_template: Path) -> None:
    other_path = tmp_path / "other.sqlite3"
    other_path.write_bytes(migrated_template.read_bytes())
    other = open_book(other_path)
    try:
        with book.session() as s:
            create_demo_book(s, clients=200, seed=11, today=TODAY)
        with other.session() as s:
            create_demo_book(s, clients=200, seed=12, today=TODAY)
        (clients, policies, _), (other_clients, other_policies, _) = _fingerprint(book), _fingerprint(other)
        assert {c.name for c in clients} != {c.name for c in other_clients}
        assert [p.policy_number for p in policies] != [p.policy_number for p in other_policies]
    finally:
        other.close()


def test_the_indexes_set_aside_while_writing_are_all_back(demo_book: DemoBook, migrated_template: Path) -> None:
    listing = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    template = sqlite3.connect(f"{migrated_template.as_uri()}?mode=ro", uri=True)
    try:
        expected = set(template.execute(listing).fetchall())
    finally:
        template.close()
    with demo_book.session() as s:
        assert set(s.connection().exec_driver_sql(listing).all()) == expected
        # The planner has statistics for the search and client tables.
        analysed = {row[0] for row in s.connection().exec_driver_sql("SELECT tbl FROM sqlite_stat1")}
        assert {"clients", "client_search"} <= analysed


def test_the_report_counts_what_was_written(demo_book: DemoBook) -> None:
    report = demo_book.report
    with demo_book.session() as s:
        counted = {
            "clients": s.scalar(select(func.count()).select_from(Client)),
            "households": s.scalar(select(func.count()).select_from(Household)),
            "relationships": s.scalar(select(func.count()).select_from(Relationship)),
            "policies": s.scalar(select(func.count()).select_from(Policy)),
            "activities": s.scalar(select(func.count()).select_from(Activity)),
            "claims": s.scalar(select(func.count()).select_from(Claim)),
            "service_requests": s.scalar(select(func.count()).select_from(ServiceRequest)),
            "complaints": s.scalar(select(func.count()).select_from(Complaint)),
        }
    assert report.as_dict() == counted
    assert report.clients == CLIENTS
    assert report.summary() == (f"{CLIENTS} clients, {counted['households']} households, "
                                f"{counted['relationships']} relationships, {counted['policies']} policies, "
                                f"{counted['activities']} activities, {counted['claims']} claims, "
                                f"{counted['service_requests']} service requests, {counted['complaints']} complaints")


def test_a_summary_names_one_of_a_kind_in_the_singular() -> None:
    report = DemoReport(clients=1, households=0, relationships=0, policies=1, activities=1, claims=1,
                        service_requests=1, complaints=1)
    assert report.summary() == ("1 client, 0 households, 0 relationships, 1 policy, 1 activity, 1 claim, "
                                "1 service request, 1 complaint")


def test_rows_read_back_through_the_models(demo_book: DemoBook) -> None:
    with demo_book.session() as s:
        client = s.scalars(select(Client).where(Client.annual_income.is_not(None)).limit(1)).one()
        policy = s.scalars(select(Policy).limit(1)).one()
        activity = s.scalars(select(Activity).limit(1)).one()
        assert isinstance(client.id, uuid.UUID) and client.id.version == 7
        assert isinstance(client.birth_date, date) and isinstance(client.created_at, datetime)
        assert isinstance(client.annual_income, Decimal) and client.version == 1 and client.deleted_at is None
        assert isinstance(policy.annual_premium, Decimal) and policy.holder_id and policy.catalog_version == ""
        assert isinstance(activity.occurred_at, datetime) and activity.outcome == ""


def test_names_mix_english_traditional_and_simplified(demo_book: DemoBook) -> None:
    with demo_book.session() as s:
        names = s.execute(select(Client.name, Client.name_local, Client.sort_name)).all()
    latin_only = [n for n in names if not n.name_local]
    traditional = [n for n in names if TRADITIONAL_ONLY & set(n.name_local)]
    simplified = [n for n in names if SIMPLIFIED_ONLY & set(n.name_local)]
    assert len(latin_only) > CLIENTS // 20 and len(traditional) > CLIENTS // 10 and len(simplified) > CLIENTS // 20
    assert not [n for n in traditional if SIMPLIFIED_ONLY & set(n.name_local)]
    assert all(n.name.isascii() and n.name for n in names)
    assert any(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+", n.name) for n in traditional)  # Wang Hsiao-ming
    assert all(n.sort_name == display_name(n.name, n.name_local).casefold() for n in names)


def test_name_tables_use_each_script_properly() -> None:
    for given in (*demo_names.TW_GIVEN, *demo_names.HK_GIVEN):
        assert not SIMPLIFIED_ONLY & set(given.local), given
    for given in demo_names.CN_GIVEN:
        assert not TRADITIONAL_ONLY & set(given.local), given
    for surname in demo_names.SURNAMES:
        assert not SIMPLIFIED_ONLY & set(surname.hant) and not TRADITIONAL_ONLY & set(surname.hans), surname


def test_contacts_look_like_each_market(demo_book: DemoBook) -> None:
    patterns = [r"09\d\d-\d{3}-\d{3}", r"0\d-\d{3,4}-\d{4}", r"[2569]\d{3} \d{4}", r"1\d\d \d{4} \d{4}",
                r"\(\d{3}\) 555-01\d\d"]
    with demo_book.session() as s:
        clients = s.execute(select(Client.phone, Client.email, Client.occupation_class, Client.birth_date)).all()
    assert all(any(re.fullmatch(p, c.phone) for p in patterns) for c in clients if c.phone)
    assert all(re.fullmatch(r"[a-z0-9.]+@[a-z0-9.]+\.[a-z]+", c.email) for c in clients if c.email)
    assert {c.occupation_class for c in clients} <= {1, 2, 3, 4, 5, 6}
    assert all(c.birth_date < TODAY for c in clients)


def test_households_have_one_head_and_share_an_address(demo_book: DemoBook) -> None:
    with demo_book.session() as s:
        rows = s.execute(select(HouseholdMember.household_id, HouseholdMember.role, Client.address, Household.address)
                         .join(Client, Client.id == HouseholdMember.client_id)
                         .join(Household, Household.id == HouseholdMember.household_id)).all()
    heads = Counter(r.household_id for r in rows if r.role == "head")
    assert set(heads.values()) == {1} and len(heads) == demo_book.report.households
    assert {r.role for r in rows} == {"head", "spouse", "child", "parent"}
    assert all(r[2] == r[3] for r in rows)


def test_relationships_tie_spouses_parents_and_children(demo_book: DemoBook) -> None:
    with demo_book.session() as s:
        ties = s.execute(select(Relationship.kind, Relationship.from_client_id, Relationship.to_client_id)).all()
        births = dict(s.execute(select(Client.id, Client.birth_date)).all())
        household_of = dict(s.execute(select(HouseholdMember.client_id, HouseholdMember.household_id)).all())
    assert {t.kind for t in ties} == {"spouse", "parent", "child"}
    for kind, one, other in ties:  # "one is <kind> of other", within one household
        assert household_of[one] == household_of[other]
        if kind == "parent":
            assert births[one] < births[other] - timedelta(days=15 * 365)
        elif kind == "child":
            assert births[one] > births[other] + timedelta(days=15 * 365)


def test_referral_chains_never_loop(demo_book: DemoBook) -> None:
    with demo_book.session() as s:
        referred_by = dict(s.execute(select(Client.id, Client.referred_by_id)
                                     .where(Client.referred_by_id.is_not(None))).all())
    assert len(referred_by) > CLIENTS // 20
    longest = 0
    for start in referred_by:
        seen, cursor = {start}, referred_by[start]
        while cursor in referred_by:
            assert cursor not in seen
            seen.add(cursor)
            cursor = referred_by[cursor]
        longest = max(longest, len(seen))
    assert longest >= 2  # someone referred was referred in turn


def test_policies_are_consistent_in_themselves(demo_book: DemoBook) -> None:
    with demo_book.session() as s:
        policies = s.scalars(select(Policy)).all()
        births = dict(s.execute(select(Client.id, Client.birth_date)).all())
    statuses = Counter(p.status for p in policies)
    assert statuses.most_common(1)[0][0] == PolicyStatus.IN_FORCE
    assert len(statuses) >= 5
    assert len({p.policy_number for p in policies}) == len(policies)
    assert any(p.holder_id != p.insured_id for p in policies)  # parents insure their children
    for p in policies:
        assert re.fullmatch(r"(TW|HK|CN|US)-\d{4}-\d{7}", p.policy_number)
        assert p.currency in {"TWD", "HKD", "CNY", "USD"} and p.frequency in demo.data.MODAL_FACTORS
        for money in (p.annual_premium, p.modal_premium):
            assert money.as_tuple().exponent == -2 and money > 0
        assert p.modal_premium <= p.annual_premium
        if p.status == PolicyStatus.PENDING:
            assert p.issue_date is None and p.next_due_date is None
            continue
        assert births[p.insured_id] <= p.issue_date <= TODAY
        if p.status == PolicyStatus.IN_FORCE:
            assert p.next_due_date is None or p.next_due_date >= TODAY
        elif p.status == PolicyStatus.GRACE:
            assert TODAY - timedelta(days=30) <= p.next_due_date < TODAY
        elif p.status == PolicyStatus.MATURED:
            assert p.term_years and add_months(p.issue_date, 12 * p.term_years) <= TODAY


def test_stage_and_tier_follow_the_policies(demo_book: DemoBook) -> None:
    twd = {market.currency: market.twd_rate for market in MARKETS}
    with demo_book.session() as s:
        clients = s.execute(select(Client.id, Client.stage, Client.tier)).all()
        policies = s.execute(select(Policy.holder_id, Policy.insured_id, Policy.status, Policy.annual_premium,
                                    Policy.currency)).all()
    live = {PolicyStatus.IN_FORCE, PolicyStatus.GRACE, PolicyStatus.PENDING}
    involved, paying = {}, Counter()
    for p in policies:
        for who in {p.holder_id, p.insured_id}:
            involved.setdefault(who, []).append(p.status)
        if p.status in live:
            paying[p.holder_id] += p.annual_premium * twd[p.currency]
    assert {c.stage for c in clients} >= {"prospect", "new", "active"}
    for c in clients:
        statuses = involved.get(c.id, [])
        if c.stage == LifecycleStage.PROSPECT:
            assert not statuses and c.tier is None
            continue
        assert statuses and c.tier in {"A", "B", "C"}
        assert (c.stage in {"new", "active"}) == any(s in live for s in statuses)
        if c.tier == "A":
            assert paying[c.id] >= TIER_A_PREMIUM_TWD
        elif c.tier == "C":
            assert paying[c.id] < TIER_B_PREMIUM_TWD


def test_activities_are_in_the_past_two_years_in_the_clients_language(demo_book: DemoBook) -> None:
    with demo_book.session() as s:
        rows = s.execute(select(Activity.kind, Activity.occurred_at, Activity.note, Client.name_local)
                         .join(Client, Client.id == Activity.client_id)).all()
    assert {r.kind for r in rows} == {"call", "visit", "meeting", "message", "gift"}
    for kind, at, note, name_local in rows:
        assert datetime.combine(TODAY - timedelta(days=731), datetime.min.time()) < at < datetime.combine(
            TODAY, datetime.min.time())
        assert note and note.isascii() == (not name_local)  # English clients get English notes


def test_claims_follow_an_incident_during_cover_and_move_forward_in_time(demo_book: DemoBook) -> None:
    with demo_book.session() as s:
        claims = s.execute(select(Claim, Policy, Client.name_local).join(Policy, Policy.id == Claim.policy_id)
                           .join(Client, Client.id == Claim.client_id)).all()
        steps: dict = {}
        for claim_id, stage, on_date in s.execute(select(ClaimStep.claim_id, ClaimStep.step, ClaimStep.on_date)):
            steps.setdefault(claim_id, []).append((ClaimStage(stage), on_date))
        documents: dict = {}
        for claim_id, name, received in s.execute(select(ClaimDocument.claim_id, ClaimDocument.name,
                                                         ClaimDocument.received_on)):
            documents.setdefault(claim_id, []).append((name, received))
    assert claims
    for claim, policy, name_local in claims:
        assert policy.status == PolicyStatus.IN_FORCE and claim.client_id == policy.insured_id
        assert policy.issue_date < claim.incident_date <= TODAY
        taken = sorted(steps[claim.id], key=lambda step: step[0].rank)
        assert taken[0] == (ClaimStage.REPORTED, taken[0][1]) and taken[0][1] >= claim.incident_date
        for (before, before_on), (after, after_on) in zip(taken, taken[1:]):
            assert after in NEXT_STAGES[before] and before_on <= after_on <= TODAY
        assert claim.status == taken[-1][0].value
        assert claim.amount_claimed > 0 and claim.amount_claimed == claim.amount_claimed.to_integral_value()
        if claim.status == ClaimStage.PAID:
            assert 0 < claim.amount_paid <= claim.amount_claimed
        else:
            assert claim.amount_paid is None
        assert bool(claim.claim_number) == (taken[-1][0].rank >= ClaimStage.SUBMITTED.rank)
        kind = ClaimKind(claim.kind)
        assert kind is not ClaimKind.DEATH  # the demo insured are alive
        assert [name for name, _ in documents[claim.id]] == [code.value for code in REQUIRED_DOCUMENTS[kind]]
        collected = dict(taken).get(ClaimStage.DOCUMENTS_COLLECTED)
        for _, received in documents[claim.id]:
            if collected is not None:
                assert received is not None and taken[0][1] <= received <= collected
            elif received is not None:
                assert taken[0][1] <= received <= TODAY
        assert claim.notes and claim.notes.isascii() == (not name_local)  # in the client's script


def test_requests_and_complaints_fall_due_by_default_and_closed_ones_have_an_outcome(demo_book: DemoBook) -> None:
    with demo_book.session() as s:
        requests = s.scalars(select(ServiceRequest)).all()
        complaints = s.scalars(select(Complaint)).all()
        owners = {p.id: {p.holder_id, p.insured_id} for p in s.scalars(select(Policy))}
    assert requests
    for r in requests:
        kind = ServiceRequestKind(r.kind)
        assert r.opened_on <= TODAY and r.due_on == r.opened_on + timedelta(days=REQUEST_DUE_DAYS[kind])
        assert (r.status == RequestStatus.CLOSED) == (r.closed_on is not None) == bool(r.outcome)
        assert r.closed_on is None or r.opened_on < r.closed_on <= TODAY
        assert r.policy_id is None or r.client_id in owners[r.policy_id]
        assert r.notes
    for c in complaints:
        assert c.due_on == c.received_on + timedelta(days=COMPLAINT_DUE_DAYS) and c.summary
        assert (c.status == ComplaintStatus.RESOLVED) == (c.resolved_on is not None) == bool(c.outcome)
        assert c.resolved_on is None or c.received_on < c.resolved_on <= TODAY


def test_a_bigger_demo_book_has_claims_at_every_stage_some_stalled_and_some_overdue_requests(book: Book) -> None:
    with book.session() as s:
        report = create_demo_book(s, clients=5000, seed=4, today=TODAY)
    with book.session() as s:
        in_force = s.scalar(select(func.count()).select_from(Policy).where(Policy.status == PolicyStatus.IN_FORCE))
        stages = Counter(s.scalars(select(Claim.status)))
        stalled = stalled_claims(s, TODAY)
        durations = paid_claim_durations(s)
        overdue = [f for f in open_deadline_facts(s) if f.due_on < TODAY]
    assert 0.02 <= report.claims / in_force <= 0.045
    assert 0.012 <= report.service_requests / report.clients <= 0.03
    assert 0.0008 <= report.complaints / report.clients <= 0.007
    assert set(stages) >= {"reported", "documents_collected", "submitted", "paid", "declined"}
    assert stages["paid"] > sum(stages.values()) / 3
    assert 0 < len(stalled) < sum(stages[stage.value] for stage in ClaimStage if not stage.is_final)
    assert durations and 10 <= statistics.median(durations) <= 120
    assert {f.kind for f in overdue} >= {DeadlineKind.SERVICE_REQUEST}


def test_every_client_has_the_search_text_refresh_would_write(demo_book: DemoBook) -> None:
    with demo_book.session() as s:
        assert s.scalar(select(func.count()).select_from(ClientSearchDoc)) == CLIENTS
        # A sample with many policies, some held by others (a child's), and none.
        involved = (Policy.holder_id == Client.id) | (Policy.insured_id == Client.id)
        busy = s.scalars(select(Client.id).join(Policy, involved).group_by(Client.id)
                         .order_by(func.count(Policy.id).desc(), Client.sort_name).limit(15)).all()
        insured_only = s.scalars(select(Policy.insured_id).where(Policy.insured_id != Policy.holder_id).limit(10)).all()
        others = s.scalars(select(Client.id).order_by(Client.sort_name).limit(15)).all()
        for client_id in {*busy, *insured_only, *others}:
            written = s.execute(select(ClientSearchDoc.body, ClientSearchDoc.grams)
                                .where(ClientSearchDoc.client_id == client_id)).one()
            refresh_search_doc(s, client_id)
            refreshed = s.execute(select(ClientSearchDoc.body, ClientSearchDoc.grams)
                                  .where(ClientSearchDoc.client_id == client_id)).one()
            assert tuple(written) == tuple(refreshed)


def test_search_finds_demo_clients_by_surname_and_phone(demo_book: DemoBook) -> None:
    with demo_book.session() as s:
        chinese = s.execute(select(Client.id, Client.name_local).where(Client.name_local != "")
                            .order_by(Client.sort_name).limit(1)).one()
        surname = chinese.name_local[0]
        found = search_clients(s, surname, limit=CLIENTS)
        assert chinese.id in {r.id for r in found}
        assert all(surname in r.name_local for r in found)

        phoned = s.execute(select(Client.id, Client.phone).where(Client.phone.like("09%")).limit(1)).one()
        for fragment in (phoned.phone[:4], phoned.phone[-3:], phoned.phone.replace("-", "")[3:8]):  # 0912, 678, 23456
            assert phoned.id in {r.id for r in search_clients(s, fragment, limit=CLIENTS)}, fragment


def test_progress_is_reported_per_chunk_and_ends_at_the_total(book: Book, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "CHUNK_CLIENTS", 100)
    calls: list[tuple[int, int]] = []
    with book.session() as s:
        report = create_demo_book(s, clients=250, seed=5, today=TODAY, progress=lambda done, total: calls.append(
            (done, total)))
    assert calls == [(100, 250), (200, 250), (250, 250)]
    assert report.clients == 250


def test_a_demo_book_needs_a_client(book: Book) -> None:
    with book.session() as s, pytest.raises(ValidationError):
        create_demo_book(s, clients=0, seed=1)


def test_the_demo_book_has_a_complete_agent_profile_the_same_for_a_seed(demo_book: DemoBook) -> None:
    with demo_book.session() as s:
        agent = agent_details(s)
        assert s.scalar(select(func.count()).select_from(AgentProfile)) == 1
    assert agent.missing_for_proposal() == []
    assert agent.name.isascii() and " " in agent.name and all(ord(ch) > 0x2E80 for ch in agent.name_local)
    assert agent.phone and agent.email and agent.company
    assert validate_agent_details(agent) == agent  # what the agent could have typed in "My details"
    assert agent == demo.demo_agent(3) and demo.demo_agent(3) == demo.demo_agent(3)


def test_a_demo_book_keeps_the_details_the_agent_already_gave(book: Book) -> None:
    mine = AgentDetails(name="Mary Wong", licence_number="TW-LA-7")
    with book.session() as s:
        save_agent_details(s, mine)
    with book.session() as s:
        create_demo_book(s, clients=20, seed=1, today=TODAY)
    with book.session() as s:
        assert agent_details(s) == mine
        assert s.scalar(select(func.count()).select_from(AgentProfile)) == 1


def test_the_demo_command_fills_an_empty_book_only(agent_home: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["demo", "--clients", "300", "--seed", "7", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["clients"] == 300 and printed["policies"] > 0 and printed["book"].startswith(str(agent_home))

    assert cli.main(["demo", "--clients", "300", "--seed", "7"]) != 0
    assert "already has 300 clients" in capsys.readouterr().err
