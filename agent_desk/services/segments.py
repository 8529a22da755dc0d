"""Client value tiers over the book, the referral network and the map of a
client's relationships.

`recompute_tiers` works on the whole book at once: a few SELECTs that return
plain tuples, the arithmetic in Python (Decimal; SQL would sum money stored as
text as floats), then one executemany UPDATE of the clients whose tier or
basis changed. It neither bumps `version` nor `updated_at`: a tier is derived
from synced data by the book's synced rules, so every device computes the
same one, and the "recently updated" order stays the agent's edits.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import String, bindparam, select, type_coerce, update
from sqlalchemy.orm import Session

from agent_desk.domain.clients import PolicyStatus, RelationKind, Tier, display_name
from agent_desk.domain.segments import (
    ZERO,
    ClientValueFacts,
    NoExchangeRateError,
    ServiceLevel,
    TierBasis,
    TierReason,
    TierRules,
    assign_tier,
    service_level,
    tier_reasons,
    to_rules_currency,
)
from agent_desk.services.book_settings import read_setting, write_setting
from agent_desk.services.changes import Changes
from agent_desk.services.clients import live_client
from agent_desk.store.models import Client, HouseholdMember, Policy, Relationship

SETTING_KEY = "tier_rules"
LIVE_STATUSES = (PolicyStatus.IN_FORCE.value, PolicyStatus.GRACE.value, PolicyStatus.PENDING.value)
REFERRAL = "referral"
HOUSEHOLD = "household"
MAX_NETWORK_NODES = 60
# Beyond this many clients to refresh, reading the whole book is as quick as the IN lists.
_SCOPED_LIMIT = 2000
_PROGRESS_STEP = 5000

Progress = Callable[[int, int], None]


# -- rules -------------------------------------------------------------------------------------

def tier_rules(session: Session) -> TierRules:
    """The book's tier rules, or the defaults when none were saved."""
    stored = read_setting(session, SETTING_KEY)
    return TierRules() if stored is None else TierRules.from_json(stored)


def save_tier_rules(session: Session, rules: TierRules, today: date | None = None) -> Changes:
    """Check and keep the rules, and recompute every tier by them."""
    checked = TierRules.from_json(rules.to_json())  # rules built in code get the same checks as typed ones
    write_setting(session, SETTING_KEY, checked.to_json())
    return Changes(tiers=True) | recompute_tiers(session, today or date.today())


# -- the book's figures ------------------------------------------------------------------------
# Bulk work keys clients by the hex text the book stores their UUID as: building
# 350k uuid.UUID objects for a 100k-client book would take longer than the rest.

def _connection(session: Session):  # noqa: ANN202
    """The session's connection, after writing what the session holds: the
    bulk reads below go past the ORM, so they would not see unflushed rows."""
    session.flush()
    return session.connection()


def _hex(column):  # noqa: ANN001, ANN202
    """The column as stored (UUIDs as 32 hex digits, dates as ISO text), unconverted."""
    return type_coerce(column, String)


@dataclass
class _Figures:
    """Per client (hex id), in the rules' currency: what their live policies
    pay and how many there are, since when, and whom they referred."""

    own: dict[str, Decimal] = field(default_factory=dict)
    unpriced: dict[str, set[str]] = field(default_factory=dict)
    live: dict[str, int] = field(default_factory=dict)
    first: dict[str, str] = field(default_factory=dict)  # ISO date of the first policy
    children: dict[str, list[str]] = field(default_factory=dict)

    def facts(self, client: str) -> ClientValueFacts:
        own = self.own
        first = self.first.get(client)
        unpriced = self.unpriced.get(client)
        facts = ClientValueFacts(own.get(client, ZERO), self.live.get(client, 0),
                                 date.fromisoformat(first) if first else None,
                                 unpriced_currencies=tuple(sorted(unpriced)) if unpriced else ())
        children = self.children.get(client)
        if not children:
            return facts
        direct = [c for c in children if c != client]
        seen = {client, *direct}
        chain: list[str] = []
        for child in direct:
            for grandchild in self.children.get(child, ()):
                if grandchild not in seen:  # a loop in bad data counts no one twice
                    seen.add(grandchild)
                    chain.append(grandchild)
        return replace(facts, referred_premium=sum((own.get(c, ZERO) for c in direct), ZERO),
                       referred_clients=len(direct), chain_premium=sum((own.get(c, ZERO) for c in chain), ZERO),
                       chain_clients=len(chain))


def _in_chunks(ids: Collection[str], size: int = 500) -> Iterable[list[str]]:
    items = list(ids)
    for start in range(0, len(items), size):
        yield items[start:start + size]


_POLICY_COLUMNS = (_hex(Policy.id), _hex(Policy.holder_id), _hex(Policy.insured_id), Policy.status, Policy.currency,
                   _hex(Policy.annual_premium), _hex(Policy.issue_date))


def _add_policies(figures: _Figures, rules: TierRules, rows: Iterable[tuple]) -> None:
    """Premium of live policies goes to the holder; a live policy counts for
    holder and insured; tenure runs from the first policy of any status. A
    premium in a currency without a rate is left out and named."""
    own, live, first, unpriced = figures.own, figures.live, figures.first, figures.unpriced
    for _policy, holder, insured, status, currency, premium, issued in rows:
        if issued is not None:  # ISO text: compares as the dates do
            if issued < first.get(holder, "9"):
                first[holder] = issued
            if issued < first.get(insured, "9"):
                first[insured] = issued
        if status not in LIVE_STATUSES:
            continue
        live[holder] = live.get(holder, 0) + 1
        if insured != holder:
            live[insured] = live.get(insured, 0) + 1
        try:
            amount = to_rules_currency(Decimal(premium), currency, rules)
        except NoExchangeRateError:
            unpriced.setdefault(holder, set()).add(currency)
            continue
        own[holder] = own.get(holder, ZERO) + amount


def _policies_of(session: Session, ids: Collection[str], *, as_insured: bool = True) -> list[tuple]:
    """Policy rows held by (or insuring) these clients, each once."""
    rows: dict[str, tuple] = {}
    for chunk in _in_chunks(ids):
        whose = _hex(Policy.holder_id).in_(chunk)
        if as_insured:
            whose = whose | _hex(Policy.insured_id).in_(chunk)
        for row in _connection(session).execute(select(*_POLICY_COLUMNS).where(Policy.deleted_at.is_(None), whose)):
            rows[row[0]] = tuple(row)
    return list(rows.values())


def _book_figures(session: Session, rules: TierRules, clients: Iterable[tuple]) -> _Figures:
    """The whole book's figures; `clients` are the live clients' (id, referrer, …) rows."""
    figures = _Figures()
    edges = [(client, referrer) for client, referrer, *_ in clients if referrer is not None]
    live_ids = {row[0] for row in clients}
    children = figures.children
    for client, referrer in edges:
        if referrer in live_ids:
            children.setdefault(referrer, []).append(client)
    rows = _connection(session).execute(select(*_POLICY_COLUMNS).where(Policy.deleted_at.is_(None)))
    _add_policies(figures, rules, rows)
    return figures


def _scoped_figures(session: Session, rules: TierRules, scope: Collection[str]) -> _Figures:
    """The figures `scope` needs: their referrals two steps down, and the
    policies of all of them."""
    figures = _Figures()
    involved = set(scope)
    frontier = set(scope)
    for _ in range(2):
        found: set[str] = set()
        for chunk in _in_chunks(frontier):
            rows = _connection(session).execute(select(_hex(Client.id), _hex(Client.referred_by_id)).where(
                _hex(Client.referred_by_id).in_(chunk), Client.deleted_at.is_(None)))
            for child, referrer in rows:
                figures.children.setdefault(referrer, []).append(child)
                found.add(child)
        frontier = found - involved
        involved |= found
    _add_policies(figures, rules, _policies_of(session, involved))
    return figures


def _referrers_up(session: Session, ids: Collection[str], steps: int) -> set[str]:
    """Who referred these clients, and who referred them, `steps` up (deleted
    clients included: deleting a referral changes their referrer's tier)."""
    found: set[str] = set()
    frontier = set(ids)
    for _ in range(steps):
        above: set[str] = set()
        for chunk in _in_chunks(frontier):
            above.update(_connection(session).scalars(select(_hex(Client.referred_by_id)).where(
                _hex(Client.id).in_(chunk), Client.referred_by_id.is_not(None))))
        frontier = above - found
        found |= above
    return found


# -- recompute ---------------------------------------------------------------------------------

_CLIENT_COLUMNS = (_hex(Client.id), _hex(Client.referred_by_id), Client.tier, _hex(Client.tier_basis))


def recompute_tiers(session: Session, today: date, progress: Progress | None = None,
                    client_ids: Collection[uuid.UUID] | None = None) -> Changes:
    """Compute every live client's tier by the book's rules and store those
    that changed (tier or basis). With `client_ids`, only those clients and
    the two steps of referrers above them (whose referral premium they are)."""
    rules = tier_rules(session)
    live = Client.deleted_at.is_(None)
    connection = _connection(session)
    if client_ids is not None and len(client_ids) <= _SCOPED_LIMIT:
        asked = {client.hex for client in client_ids}
        scope = asked | _referrers_up(session, asked, 2)
        clients = [tuple(row) for chunk in _in_chunks(scope)
                   for row in connection.execute(select(*_CLIENT_COLUMNS).where(live, _hex(Client.id).in_(chunk)))]
        figures = _scoped_figures(session, rules, [row[0] for row in clients])
    else:
        clients = connection.execute(select(*_CLIENT_COLUMNS).where(live)).all()
        figures = _book_figures(session, rules, clients)

    updates = []
    total = len(clients)
    known: dict[ClientValueFacts, tuple[str | None, str, dict]] = {}  # prospects all share one basis
    for done, (client, _referrer, old_tier, old_text) in enumerate(clients, start=1):
        facts = figures.facts(client)
        outcome = known.get(facts)
        if outcome is None:
            tier, basis = assign_tier(facts, rules, today)
            new = basis.to_json()
            outcome = known[facts] = (tier.value if tier else None, json.dumps(new), new)
        new_tier, text, new = outcome
        if new_tier != old_tier or (text != old_text and not _same_json(old_text, new)):
            updates.append({"b_id": client, "b_tier": new_tier, "b_basis": text})
        if progress is not None and (done % _PROGRESS_STEP == 0 or done == total):
            progress(done, total)
    if updates:
        table = Client.__table__
        statement = (update(table).where(_hex(table.c.id) == bindparam("b_id"))
                     .values(tier=bindparam("b_tier"), tier_basis=bindparam("b_basis", type_=String),
                             updated_at=table.c.updated_at))  # not an edit: keep the list's "updated" order
        connection.execute(statement, updates)
        for loaded in list(session.identity_map.values()):  # written past the ORM: reread when next used
            if isinstance(loaded, Client):
                session.expire(loaded, ["tier", "tier_basis"])
    changed = frozenset(uuid.UUID(row["b_id"]) for row in updates)
    return Changes(clients=changed, client_list=bool(changed), tiers=True)


def _same_json(stored: str | None, new: dict) -> bool:
    """Stored JSON text that means `new` (another writer may space it differently)."""
    if stored is None:
        return False
    try:
        return json.loads(stored) == new
    except ValueError:
        return False


# -- one client's tier -------------------------------------------------------------------------

@dataclass(frozen=True)
class ClientTier:
    """A client's tier, why, and the service it brings."""

    client_id: uuid.UUID
    tier: Tier | None
    basis: TierBasis
    reasons: list[TierReason]
    level: ServiceLevel | None
    rules: TierRules
    stored: bool  # False: computed now, the book has no basis yet (tiers not recomputed since)


def client_tier(session: Session, client_id: uuid.UUID, today: date | None = None) -> ClientTier:
    client = live_client(session, client_id)
    rules = tier_rules(session)
    basis = TierBasis.from_stored(client.tier_basis)
    stored = basis is not None
    if basis is None:
        figures = _scoped_figures(session, rules, {client_id.hex})
        _, basis = assign_tier(figures.facts(client_id.hex), rules, today or date.today())
    return ClientTier(client_id, basis.tier, basis, tier_reasons(basis, rules), service_level(basis.tier, rules),
                      rules, stored)


# -- referrals ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReferrerRow:
    """One line of "who brought the most business"."""

    client_id: uuid.UUID
    name: str
    tier: Tier | None
    direct_referrals: int
    chain_referrals: int  # everyone down the chain, at any depth, the direct ones included
    direct_premium: Decimal
    chain_premium: Decimal
    currency: str


def _descendants(children: dict[str, list[str]], root: str) -> list[str]:
    """Everyone below `root` in the referral tree, once each, never `root`
    (bad data with a loop cannot make it run forever)."""
    seen = {root}
    order: list[str] = []
    stack = list(children.get(root, ()))
    while stack:
        client = stack.pop()
        if client in seen:
            continue
        seen.add(client)
        order.append(client)
        stack.extend(children.get(client, ()))
    return order


def _names_and_tiers(session: Session, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, tuple[str, Tier | None]]:
    found: dict[uuid.UUID, tuple[str, Tier | None]] = {}
    for chunk in _in_chunks(ids):
        for client_id, name, name_local, tier in session.execute(
                select(Client.id, Client.name, Client.name_local, Client.tier).where(Client.id.in_(chunk))):
            found[client_id] = (display_name(name, name_local), Tier(tier) if tier else None)
    return found


def referral_leaderboard(session: Session, limit: int = 20) -> list[ReferrerRow]:
    """The clients who brought the most business: the annual premium of
    everyone down their referral chain, highest first."""
    rules = tier_rules(session)
    clients = _connection(session).execute(
        select(_hex(Client.id), _hex(Client.referred_by_id)).where(Client.deleted_at.is_(None))).all()
    figures = _book_figures(session, rules, clients)
    own = figures.own
    scored = []
    for referrer, children in figures.children.items():
        direct = [c for c in children if c != referrer]
        if not direct:
            continue
        chain = _descendants(figures.children, referrer)
        scored.append((referrer, len(direct), len(chain), sum((own.get(c, ZERO) for c in direct), ZERO),
                       sum((own.get(c, ZERO) for c in chain), ZERO)))
    scored.sort(key=lambda s: (-s[4], -s[3], -s[2], s[0]))
    top = scored[:limit]
    names = _names_and_tiers(session, [uuid.UUID(s[0]) for s in top])
    rows = [ReferrerRow(uuid.UUID(referrer), *names[uuid.UUID(referrer)], direct, chain, direct_premium,
                        chain_premium, rules.currency)
            for referrer, direct, chain, direct_premium, chain_premium in top]
    # Equal business: by name, so the order does not depend on ids.
    return sorted(rows, key=lambda r: (-r.chain_premium, -r.direct_premium, -r.chain_referrals, r.name.casefold()))


@dataclass(frozen=True)
class ChainLink:
    client_id: uuid.UUID
    name: str
    tier: Tier | None
    steps: int  # 1: referred this client; 2: referred the one who did…


def referral_chain(session: Session, client_id: uuid.UUID) -> list[ChainLink]:
    """Who referred this client, who referred them, and so on up. It stops
    at a deleted client and at a loop (which bad data may hold)."""
    live_client(session, client_id)
    links: list[ChainLink] = []
    seen = {client_id}
    cursor = session.scalar(select(Client.referred_by_id).where(Client.id == client_id))
    while cursor is not None and cursor not in seen:
        seen.add(cursor)
        row = session.execute(select(Client.name, Client.name_local, Client.tier, Client.referred_by_id,
                                     Client.deleted_at).where(Client.id == cursor)).first()
        if row is None or row.deleted_at is not None:
            break
        links.append(ChainLink(cursor, display_name(row.name, row.name_local), Tier(row.tier) if row.tier else None,
                               len(links) + 1))
        cursor = row.referred_by_id
    return links


# -- the relationship map ----------------------------------------------------------------------

@dataclass(frozen=True)
class NetworkNode:
    id: uuid.UUID
    name: str
    tier: Tier | None
    annual_premium: Decimal  # of the live policies they hold, in the rules' currency
    is_centre: bool
    layer: int  # 0: the client and family; -1 referred the client, -2 referred that one; +1, +2 referred down


@dataclass(frozen=True)
class NetworkEdge:
    """`source` referred `target` (kind "referral"); `target` is <kind> to
    `source` (a RelationKind value: a parent edge points from the child to
    the parent); or `target` lives in `source`'s household, in `role`."""

    source: uuid.UUID
    target: uuid.UUID
    kind: str
    role: str = ""


@dataclass(frozen=True)
class Network:
    centre_id: uuid.UUID
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    truncated: bool  # more people were related than the map shows
    currency: str


def _referrals_down(session: Session, client_id: uuid.UUID, depth: int) -> list[tuple[uuid.UUID, uuid.UUID, int]]:
    """(referrer, referred, steps) down from the client, nearest first, each
    level in the order of its referrers, then by name."""
    found: list[tuple[uuid.UUID, uuid.UUID, int]] = []
    seen = {client_id}
    frontier = [client_id]
    for step in range(1, depth + 1):
        rank = {referrer: i for i, referrer in enumerate(frontier)}
        rows = []
        for chunk in _in_chunks(frontier):
            rows.extend(session.execute(select(Client.referred_by_id, Client.id, Client.sort_name).where(
                Client.referred_by_id.in_(chunk), Client.deleted_at.is_(None))))
        rows.sort(key=lambda r: (rank[r[0]], r[2], str(r[1])))
        frontier = []
        for referrer, referred, _name in rows:
            if referred not in seen:
                seen.add(referred)
                frontier.append(referred)
                found.append((referrer, referred, step))
    return found


def _family(session: Session, client_id: uuid.UUID) -> tuple[list[tuple[uuid.UUID, str]], dict[uuid.UUID, str]]:
    """The client's relations (other id, what they are to the client) and
    household members (id → role), live ones only."""
    relations = []
    for source, target, kind in session.execute(
            select(Relationship.from_client_id, Relationship.to_client_id, Relationship.kind).where(
                (Relationship.from_client_id == client_id) | (Relationship.to_client_id == client_id),
                Relationship.deleted_at.is_(None))):
        if source == client_id:  # stored as "from is <kind> of to": seen from `from`, the other is the inverse
            relations.append((target, RelationKind(kind).inverse.value))
        else:
            relations.append((source, kind))
    household = session.scalar(select(HouseholdMember.household_id).where(
        HouseholdMember.client_id == client_id, HouseholdMember.deleted_at.is_(None)))
    members: dict[uuid.UUID, str] = {}
    if household is not None:
        for member, role in session.execute(select(HouseholdMember.client_id, HouseholdMember.role).where(
                HouseholdMember.household_id == household, HouseholdMember.deleted_at.is_(None))):
            if member != client_id:
                members[member] = role
    return relations, members


def relationship_network(session: Session, client_id: uuid.UUID, depth: int = 2,
                         max_nodes: int = MAX_NETWORK_NODES) -> Network:
    """The client, their family (relations and household) and their referral
    links `depth` steps up and down, at most `max_nodes` people: the nearest
    are kept (referrers, family, direct referrals, then further ones)."""
    live_client(session, client_id)
    rules = tier_rules(session)
    up = [link for link in referral_chain(session, client_id) if link.steps <= depth]
    down = _referrals_down(session, client_id, depth)
    relations, members = _family(session, client_id)

    candidates: list[tuple[uuid.UUID, int]] = [(client_id, 0)]
    candidates += [(link.client_id, -link.steps) for link in up]
    candidates += [(other, 0) for other, _ in sorted(relations, key=lambda r: (r[1], str(r[0])))]
    candidates += [(member, 0) for member in members]
    candidates += [(referred, step) for _, referred, step in down]
    info = _names_and_tiers(session, {c for c, _ in candidates})
    deleted = _deleted_among(session, info)
    layers: dict[uuid.UUID, int] = {}
    truncated = False
    for candidate, layer in candidates:
        if candidate in layers or candidate in deleted or candidate not in info:
            continue
        if len(layers) >= max_nodes:
            truncated = True
            break
        layers[candidate] = layer

    edges: list[NetworkEdge] = []
    previous = client_id
    for link in up:
        if link.client_id in layers and previous in layers:
            edges.append(NetworkEdge(link.client_id, previous, REFERRAL))
        previous = link.client_id
    edges += [NetworkEdge(referrer, referred, REFERRAL) for referrer, referred, _ in down
              if referrer in layers and referred in layers]
    edges += _relation_edges(session, client_id, set(layers))
    related = {e.target for e in edges if e.source == client_id and e.kind != REFERRAL}
    edges += [NetworkEdge(client_id, member, HOUSEHOLD, role) for member, role in members.items()
              if member in layers and member not in related]

    premiums = _premiums_of(session, rules, layers)
    nodes = [NetworkNode(node, info[node][0], info[node][1], premiums.get(node, ZERO), node == client_id, layer)
             for node, layer in layers.items()]
    return Network(client_id, nodes, edges, truncated, rules.currency)


def _deleted_among(session: Session, ids: Collection[uuid.UUID]) -> set[uuid.UUID]:
    deleted: set[uuid.UUID] = set()
    for chunk in _in_chunks(ids):
        deleted.update(session.scalars(select(Client.id).where(Client.id.in_(chunk), Client.deleted_at.is_not(None))))
    return deleted


def _relation_edges(session: Session, centre: uuid.UUID, shown: set[uuid.UUID]) -> list[NetworkEdge]:
    """Every relationship between two people on the map, once; those of the
    centre seen from the centre."""
    edges: dict[tuple, NetworkEdge] = {}
    ids = list(shown)
    rows = session.execute(select(Relationship.from_client_id, Relationship.to_client_id, Relationship.kind).where(
        Relationship.from_client_id.in_(ids), Relationship.to_client_id.in_(ids), Relationship.deleted_at.is_(None)))
    for source, target, kind in rows:
        relation = RelationKind(kind)
        # "source is <kind> of target": as an edge, target → source in that kind.
        edge = NetworkEdge(target, source, relation.value)
        if source == centre:
            edge = NetworkEdge(centre, target, relation.inverse.value)
        key = (frozenset((source, target)), frozenset((relation.value, relation.inverse.value)))
        edges.setdefault(key, edge)
    return sorted(edges.values(), key=lambda e: (e.source != centre, e.kind, str(e.source), str(e.target)))


def _premiums_of(session: Session, rules: TierRules, ids: Collection[uuid.UUID]) -> dict[uuid.UUID, Decimal]:
    """What each of these clients' live policies pay a year, in the rules' currency."""
    figures = _Figures()
    _add_policies(figures, rules, _policies_of(session, [i.hex for i in ids], as_insured=False))
    return {uuid.UUID(client): amount for client, amount in figures.own.items()}
