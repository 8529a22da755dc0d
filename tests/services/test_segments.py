"""Tiers over a real book, who brought the most business, and the map of a
client's family and referrals."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from agent_desk.domain.clients import ClientDetails, HouseholdRole, RelationKind, Tier
from agent_desk.domain.segments import ReasonCode, ServiceLevel, TierRules
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.clients import create_client, delete_client, set_referred_by
from agent_desk.services.family import add_member, add_relationship, create_household
from agent_desk.services.segments import (
    client_tier,
    recompute_tiers,
    referral_chain,
    referral_leaderboard,
    relationship_network,
    save_tier_rules,
    tier_rules,
)
from agent_desk.store.book import Book
from agent_desk.store.models import Client, Policy, utcnow

TODAY = date(2025, 6, 1)


def add(book: Book, name: str, referred_by: uuid.UUID | None = None) -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name), today=TODAY, referred_by=referred_by)
    return client_id


def policy(book: Book, holder: uuid.UUID, premium: str, currency: str = "TWD", status: str = "in_force",
           issued: date | None = date(2024, 1, 1), insured: uuid.UUID | None = None) -> uuid.UUID:
    with book.session() as s:
        row = Policy(policy_number=f"P-{uuid.uuid4().hex[:8]}", holder_id=holder, insured_id=insured or holder,
                     product_code="TERM", currency=currency, annual_premium=Decimal(premium), status=status,
                     issue_date=issued)
        s.add(row)
        s.flush()
        return row.id


def recompute(book: Book, **kwargs):  # noqa: ANN003, ANN201
    with book.session() as s:
        return recompute_tiers(s, TODAY, **kwargs)


def tiers(book: Book, *ids: uuid.UUID) -> list[str | None]:
    with book.session() as s:
        found = dict(s.execute(select(Client.id, Client.tier).where(Client.id.in_(ids))).all())
    return [found[i] for i in ids]


@pytest.fixture
def chain(book: Book) -> dict[str, uuid.UUID]:
    """Grandpa referred Mum, who referred Kid and Friend; Kid referred Baby."""
    grandpa = add(book, "Grandpa Lee")
    mum = add(book, "Mum Lee", referred_by=grandpa)
    kid = add(book, "Kid Lee", referred_by=mum)
    friend = add(book, "Friend Ho", referred_by=mum)
    baby = add(book, "Baby Lee", referred_by=kid)
    return {"grandpa": grandpa, "mum": mum, "kid": kid, "friend": friend, "baby": baby}


# --- recompute ------------------------------------------------------------------------------

def test_tiers_follow_premiums_in_the_rules_currency(book: Book) -> None:
    big, middle, small, prospect = (add(book, n) for n in ("Big", "Middle", "Small", "Prospect"))
    policy(book, big, "4000", currency="USD")  # 124,000 TWD
    policy(book, middle, "20000")
    policy(book, middle, "5000", currency="HKD")  # 20,000 + 20,000 TWD
    policy(book, small, "39999")
    changes = recompute(book)
    assert changes.tiers and changes.client_list
    assert changes.clients == {big, middle, small, prospect}  # the prospect's basis is new too
    assert tiers(book, big, middle, small, prospect) == ["A", "B", "C", None]
    with book.session() as s:
        basis = s.get(Client, middle).tier_basis
    assert basis["own"] == "40000" and basis["currency"] == "TWD" and basis["policies"] == 2


def test_recomputing_again_changes_nothing_and_is_no_edit(book: Book, chain: dict[str, uuid.UUID]) -> None:
    policy(book, chain["kid"], "50000")
    with book.session() as s:
        stamps = s.execute(select(Client.id, Client.updated_at, Client.version)).all()
    recompute(book)
    with book.session() as s:
        before = s.execute(select(Client.id, Client.updated_at, Client.version, Client.tier_basis)).all()
    assert [row[:3] for row in before] == stamps  # a tier is derived, not an edit: nothing to sync
    again = recompute(book)
    assert again.clients == frozenset() and not again.client_list and again.tiers
    with book.session() as s:
        assert s.execute(select(Client.id, Client.updated_at, Client.version, Client.tier_basis)).all() == before


def test_a_tier_edited_by_hand_is_put_back(book: Book) -> None:
    client = add(book, "Ann")
    policy(book, client, "1000")
    recompute(book)
    with book.session() as s:
        s.execute(update(Client).where(Client.id == client).values(tier="A"))
    assert recompute(book).clients == {client}
    assert tiers(book, client) == ["C"]


def test_lapsed_and_deleted_policies_do_not_count(book: Book) -> None:
    client = add(book, "Ann")
    policy(book, client, "200000", status="lapsed", issued=date(2001, 1, 1))
    gone = policy(book, client, "200000")
    policy(book, client, "1000", status="grace")
    with book.session() as s:
        s.get(Policy, gone).deleted_at = utcnow()
    recompute(book)
    with book.session() as s:
        basis = s.get(Client, client).tier_basis
    assert tiers(book, client) == ["C"]
    # The lapsed policy still counts for tenure: the client has been with the agent since 2001.
    assert (basis["own"], basis["policies"], basis["first_policy"], basis["tenure"]) == ("1000", 1, "2001-01-01", 24)


def test_work_of_the_same_unit_of_work_is_seen_and_the_loaded_client_is_refreshed(book: Book) -> None:
    client = add(book, "Ann")
    with book.session() as s:
        loaded = s.get(Client, client)
        assert loaded is not None and loaded.tier is None
        s.add(Policy(policy_number="P-1", holder_id=client, insured_id=client, product_code="TERM",
                     annual_premium=Decimal("50000"), status="in_force"))  # not flushed yet
        assert recompute_tiers(s, TODAY).clients == {client}
        assert loaded.tier == "B" and loaded.tier_basis["own"] == "50000"


def test_a_pending_policy_makes_a_prospect_a_client(book: Book) -> None:
    client = add(book, "Ann")
    policy(book, client, "500", status="pending", issued=None)
    recompute(book)
    assert tiers(book, client) == ["C"]


def test_referred_premium_counts_at_the_weight_and_its_square(book: Book, chain: dict[str, uuid.UUID]) -> None:
    policy(book, chain["kid"], "100000")
    policy(book, chain["friend"], "60000")
    policy(book, chain["baby"], "80000")
    recompute(book)
    with book.session() as s:
        mum = s.get(Client, chain["mum"]).tier_basis
        grandpa = s.get(Client, chain["grandpa"]).tier_basis
    # Mum: 0.5 × (100,000 + 60,000) + 0.25 × 80,000 = 100,000 → B
    assert (mum["referred"], mum["referred_clients"], mum["chain"], mum["chain_clients"], mum["value"]) == (
        "160000", 2, "80000", 1, "100000")
    # Grandpa: Mum pays nothing; 0.25 × 160,000 from Kid and Friend; Baby is three steps down.
    assert (grandpa["referred"], grandpa["chain"], grandpa["chain_clients"], grandpa["value"]) == (
        "0", "160000", 2, "40000")
    assert tiers(book, chain["mum"], chain["grandpa"], chain["kid"]) == ["B", "B", "A"]  # Kid: 100,000 + 40,000


def test_a_referred_clients_new_premium_lifts_their_referrers_when_only_they_are_recomputed(
        book: Book, chain: dict[str, uuid.UUID]) -> None:
    policy(book, chain["kid"], "100000")
    recompute(book)
    assert tiers(book, chain["kid"], chain["mum"], chain["grandpa"]) == ["B", "B", "C"]
    policy(book, chain["kid"], "400000")
    changes = recompute(book, client_ids=[chain["kid"]])
    assert changes.clients == {chain["kid"], chain["mum"], chain["grandpa"]}
    assert tiers(book, chain["kid"], chain["mum"], chain["grandpa"]) == ["A", "A", "A"]  # 500k, 250k, 125k
    assert recompute(book).clients == frozenset()  # the whole book agrees


def test_deleted_clients_are_ignored_and_keep_their_tier(book: Book, chain: dict[str, uuid.UUID]) -> None:
    policy(book, chain["kid"], "300000")
    recompute(book)
    assert tiers(book, chain["mum"]) == ["A"]
    with book.session() as s:
        delete_client(s, chain["kid"])
    changes = recompute(book, client_ids=[chain["kid"]])
    assert chain["kid"] not in changes.clients and chain["mum"] in changes.clients
    assert tiers(book, chain["mum"], chain["kid"]) == [None, "A"]
    with book.session() as s:
        assert s.get(Client, chain["mum"]).tier_basis["referred_clients"] == 1  # Friend only


def test_a_premium_in_a_currency_without_a_rate_is_left_out_and_named(book: Book) -> None:
    client = add(book, "Ann")
    policy(book, client, "1000000", currency="JPY")
    policy(book, client, "1000")
    recompute(book)
    with book.session() as s:
        assert s.get(Client, client).tier_basis["unpriced"] == ["JPY"]
        shown = client_tier(s, client)
    assert shown.tier is Tier.C and shown.reasons[-1].code is ReasonCode.UNPRICED


def test_progress_is_reported_up_to_the_total(book: Book) -> None:
    for index in range(3):
        add(book, f"Client {index}")
    calls: list[tuple[int, int]] = []
    recompute(book, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(3, 3)]


# --- rules ----------------------------------------------------------------------------------

def test_a_book_without_rules_uses_the_defaults(book: Book) -> None:
    with book.session() as s:
        assert tier_rules(s) == TierRules()


def test_saving_rules_keeps_them_and_recomputes_every_tier(book: Book) -> None:
    client = add(book, "Ann")
    policy(book, client, "30000")
    recompute(book)
    assert tiers(book, client) == ["C"]
    rules = replace(TierRules(), b_value=Decimal("25000"), levels={**TierRules().levels, Tier.B: ServiceLevel(3, ())})
    with book.session() as s:
        changes = save_tier_rules(s, rules, TODAY)
    assert changes.tiers and changes.clients == {client}
    assert tiers(book, client) == ["B"]
    with book.session() as s:
        assert tier_rules(s) == rules
        assert client_tier(s, client).level == ServiceLevel(3, ())


def test_bad_rules_are_refused_and_nothing_is_saved(book: Book) -> None:
    with pytest.raises(ValidationError) as caught, book.session() as s:
        save_tier_rules(s, replace(TierRules(), a_value=Decimal("10"), loyalty_policies=0), TODAY)
    assert set(caught.value.problems) == {"a_value", "loyalty_policies"}
    with book.session() as s:
        assert tier_rules(s) == TierRules()


# --- one client's tier ----------------------------------------------------------------------

def test_a_clients_tier_comes_with_reasons_and_service(book: Book, chain: dict[str, uuid.UUID]) -> None:
    policy(book, chain["mum"], "100000")
    policy(book, chain["kid"], "50000")
    with book.session() as s:
        fresh = client_tier(s, chain["mum"], TODAY)
    assert not fresh.stored and fresh.tier is Tier.A  # computed on the spot: no basis in the book yet
    recompute(book)
    with book.session() as s:
        shown = client_tier(s, chain["mum"])
    assert shown.stored and shown.tier is Tier.A and shown.basis == fresh.basis
    assert [r.code for r in shown.reasons] == [ReasonCode.VALUE, ReasonCode.OWN_PREMIUM, ReasonCode.REFERRALS,
                                               ReasonCode.CHAIN]  # Kid referred Baby, who pays nothing yet
    assert shown.level is not None and shown.level.review_months == 6


def test_the_tier_of_an_unknown_client_is_not_found(book: Book) -> None:
    with pytest.raises(NotFoundError), book.session() as s:
        client_tier(s, uuid.uuid4())


# --- referrals ------------------------------------------------------------------------------

def test_the_leaderboard_ranks_referrers_by_the_premium_of_their_whole_chain(book: Book,
                                                                            chain: dict[str, uuid.UUID]) -> None:
    policy(book, chain["kid"], "1000", currency="USD")  # 31,000 TWD
    policy(book, chain["friend"], "9000")
    policy(book, chain["baby"], "70000")
    recompute(book)
    with book.session() as s:
        rows = referral_leaderboard(s)
    # Mum and Grandpa's chains bring the same; Mum brought more of it herself.
    assert [(r.name, r.direct_referrals, r.chain_referrals, r.direct_premium, r.chain_premium) for r in rows] == [
        ("Mum Lee", 2, 3, Decimal("40000"), Decimal("110000")),
        ("Grandpa Lee", 1, 4, Decimal("0"), Decimal("110000")),
        ("Kid Lee", 1, 1, Decimal("70000"), Decimal("70000")),
    ]
    assert rows[0].client_id == chain["mum"] and rows[0].tier is Tier.C and rows[0].currency == "TWD"  # 37,500
    with book.session() as s:
        assert [r.name for r in referral_leaderboard(s, limit=1)] == ["Mum Lee"]


def test_the_leaderboard_ignores_deleted_clients(book: Book, chain: dict[str, uuid.UUID]) -> None:
    policy(book, chain["baby"], "70000")
    with book.session() as s:
        delete_client(s, chain["kid"])
    with book.session() as s:
        rows = {r.name: r for r in referral_leaderboard(s)}
    assert set(rows) == {"Grandpa Lee", "Mum Lee"}  # Baby's referrer is gone: their chain ends there
    assert rows["Mum Lee"].chain_referrals == 1 and rows["Mum Lee"].chain_premium == 0


def loop(book: Book, client: uuid.UUID, referrer: uuid.UUID) -> None:
    """A referral loop, as bad data from outside might hold (set_referred_by refuses one)."""
    with book.session() as s:
        s.execute(update(Client).where(Client.id == client).values(referred_by_id=referrer))


def test_a_referral_loop_neither_hangs_nor_counts_anyone_twice(book: Book, chain: dict[str, uuid.UUID]) -> None:
    with pytest.raises(ValidationError), book.session() as s:
        set_referred_by(s, chain["grandpa"], chain["baby"])
    loop(book, chain["grandpa"], chain["baby"])
    for who in chain.values():
        policy(book, who, "10000")
    recompute(book)
    with book.session() as s:
        rows = referral_leaderboard(s)
        up = referral_chain(s, chain["kid"])
        network = relationship_network(s, chain["kid"])
    assert {r.chain_referrals for r in rows} == {4}  # everyone else in the loop, never themselves
    assert [link.name for link in up] == ["Mum Lee", "Grandpa Lee", "Baby Lee"]
    assert len(network.nodes) == len({n.id for n in network.nodes})
    with book.session() as s:
        basis = s.get(Client, chain["kid"]).tier_basis
    assert (basis["referred_clients"], basis["chain_clients"]) == (1, 1)  # Baby, then Grandpa: not Kid again


def test_the_chain_runs_up_and_stops_at_a_deleted_referrer(book: Book, chain: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        assert [(link.name, link.steps) for link in referral_chain(s, chain["baby"])] == [
            ("Kid Lee", 1), ("Mum Lee", 2), ("Grandpa Lee", 3)]
        assert referral_chain(s, chain["grandpa"]) == []
        delete_client(s, chain["mum"])
    with book.session() as s:
        assert [link.name for link in referral_chain(s, chain["baby"])] == ["Kid Lee"]


# --- the relationship map -------------------------------------------------------------------

@pytest.fixture
def family(book: Book, chain: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    """Mum's family: Dad (spouse, household), Gran (Mum's parent), Cousin (household only)."""
    people = dict(chain, dad=add(book, "Dad Lee"), gran=add(book, "Gran Wu"), cousin=add(book, "Cousin Wu"))
    with book.session() as s:
        add_relationship(s, people["mum"], people["dad"], RelationKind.SPOUSE)
        add_relationship(s, people["mum"], people["gran"], RelationKind.PARENT)
        add_relationship(s, people["kid"], people["dad"], RelationKind.PARENT)
        household, _ = create_household(s, people["mum"])
        add_member(s, household, people["dad"], HouseholdRole.SPOUSE)
        add_member(s, household, people["cousin"], HouseholdRole.OTHER)
    policy(book, people["dad"], "2000", currency="USD")
    return people


def test_the_network_holds_family_referrers_and_referrals_with_their_tiers(book: Book,
                                                                          family: dict[str, uuid.UUID]) -> None:
    recompute(book)
    with book.session() as s:
        network = relationship_network(s, family["mum"])
    by_id = {node.id: node for node in network.nodes}
    name = {node.id: node.name for node in network.nodes}
    assert not network.truncated and network.centre_id == family["mum"] and network.currency == "TWD"
    assert {node.name: node.layer for node in network.nodes} == {
        "Mum Lee": 0, "Grandpa Lee": -1, "Dad Lee": 0, "Gran Wu": 0, "Cousin Wu": 0,
        "Kid Lee": 1, "Friend Ho": 1, "Baby Lee": 2}
    assert by_id[family["mum"]].is_centre and sum(node.is_centre for node in network.nodes) == 1
    assert (by_id[family["dad"]].tier, by_id[family["dad"]].annual_premium) == (Tier.B, Decimal("62000"))
    edges = {(name[e.source], name[e.target], e.kind, e.role) for e in network.edges}
    assert edges == {
        ("Grandpa Lee", "Mum Lee", "referral", ""),
        ("Mum Lee", "Kid Lee", "referral", ""), ("Mum Lee", "Friend Ho", "referral", ""),
        ("Kid Lee", "Baby Lee", "referral", ""),
        ("Mum Lee", "Dad Lee", "spouse", ""),  # seen from the centre: Dad is Mum's spouse
        ("Mum Lee", "Gran Wu", "parent", ""),
        ("Kid Lee", "Dad Lee", "parent", ""),  # between two others on the map, too
        ("Mum Lee", "Cousin Wu", "household", "other"),  # Dad is tied already; no second line
    }


def test_the_network_reaches_only_as_deep_as_asked(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        network = relationship_network(s, family["kid"], depth=1)
    assert {node.name for node in network.nodes} == {"Kid Lee", "Mum Lee", "Dad Lee", "Baby Lee"}


def test_the_network_leaves_out_deleted_clients(book: Book, family: dict[str, uuid.UUID]) -> None:
    with book.session() as s:
        delete_client(s, family["dad"])
        delete_client(s, family["kid"])
    with book.session() as s:
        network = relationship_network(s, family["mum"])
    names = {node.name for node in network.nodes}
    assert "Dad Lee" not in names and "Kid Lee" not in names and "Baby Lee" not in names
    assert all(e.source in {n.id for n in network.nodes} and e.target in {n.id for n in network.nodes}
               for e in network.edges)


def test_a_big_network_is_cut_to_the_nearest_people_and_says_so(book: Book) -> None:
    centre = add(book, "Centre")
    referrer = add(book, "Referrer")
    with book.session() as s:
        set_referred_by(s, centre, referrer)
    for index in range(12):
        add(book, f"Referral {index:02d}", referred_by=centre)
    with book.session() as s:
        network = relationship_network(s, centre, max_nodes=8)
    assert network.truncated and len(network.nodes) == 8
    assert [node.name for node in network.nodes][:3] == ["Centre", "Referrer", "Referral 00"]
    assert all(e.source in {n.id for n in network.nodes} for e in network.edges)
    with book.session() as s:
        assert not relationship_network(s, centre).truncated


def test_the_network_of_an_unknown_client_is_not_found(book: Book) -> None:
    with pytest.raises(NotFoundError), book.session() as s:
        relationship_network(s, uuid.uuid4())
