"""The demo book: realistic, consistent, searchable, the same for a seed, and
made through the service and the `agent-desk demo` command."""

from __future__ import annotations

import json
import re
import sqlite3
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
from agent_desk.domain.clients import LifecycleStage, PolicyStatus, display_name
from agent_desk.domain.demo_data import MARKETS
from agent_desk.domain.demo_policies import TIER_A_PREMIUM_TWD, TIER_B_PREMIUM_TWD, add_months
from agent_desk.errors import ValidationError
from agent_desk.services import demo
from agent_desk.services.clients import search_clients
from agent_desk.services.demo import DemoReport, create_demo_book
from agent_desk.store.book import Book, open_book
from agent_desk.store.models import (
    Activity,
    Client,
    ClientSearchDoc,
    Household,
    HouseholdMember,
    Policy,
    Relationship,
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


def _fingerprint(book: Book) -> tuple[list, list]:
    """What a seed decides: every client's details and every policy, in the order made."""
    with book.session() as s:
        clients = s.execute(select(Client.name, Client.name_local, Client.sex, Client.birth_date, Client.phone,
                                   Client.email, Client.address, Client.stage, Client.tier)
                            .order_by(Client.created_at, Client.name)).all()
        policies = s.execute(select(Policy.policy_number, Policy.product_code, Policy.annual_premium,
                                    Policy.status).order_by(Policy.policy_number)).all()
    return clients, policies


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
        (clients, policies), (other_clients, other_policies) = _fingerprint(book), _fingerprint(other)
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
        }
    assert report.as_dict() == counted
    assert report.clients == CLIENTS
    assert report.summary() == (f"{CLIENTS} clients, {counted['households']} households, "
                                f"{counted['relationships']} relationships, {counted['policies']} policies, "
                                f"{counted['activities']} activities")


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


def test_the_demo_command_fills_an_empty_book_only(agent_home: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["demo", "--clients", "300", "--seed", "7", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["clients"] == 300 and printed["policies"] > 0 and printed["book"].startswith(str(agent_home))

    assert cli.main(["demo", "--clients", "300", "--seed", "7"]) != 0
    assert "already has 300 clients" in capsys.readouterr().err
