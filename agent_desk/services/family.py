"""Households (who lives together, in which role) and relationships between clients."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_desk.domain.clients import HouseholdRole, RelationKind, display_name
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.changes import Changes
from agent_desk.services.clients import live_client
from agent_desk.store.models import Client, Household, HouseholdMember, Relationship, utcnow


@dataclass(frozen=True)
class MemberRow:
    member_id: uuid.UUID
    client_id: uuid.UUID
    name: str
    role: HouseholdRole


@dataclass(frozen=True)
class HouseholdView:
    id: uuid.UUID
    name: str
    members: list[MemberRow]


@dataclass(frozen=True)
class RelationRow:
    id: uuid.UUID
    other_id: uuid.UUID
    other_name: str
    kind: RelationKind  # what the other client is to this one


def _membership(session: Session, client_id: uuid.UUID) -> HouseholdMember | None:
    return session.scalars(
        select(HouseholdMember).where(HouseholdMember.client_id == client_id, HouseholdMember.deleted_at.is_(None))
    ).first()


def household_of(session: Session, client_id: uuid.UUID) -> HouseholdView | None:
    membership = _membership(session, client_id)
    if membership is None:
        return None
    household = session.get(Household, membership.household_id)
    rows = session.execute(
        select(HouseholdMember.id, Client.id, Client.name, Client.name_local, HouseholdMember.role)
        .join(Client, Client.id == HouseholdMember.client_id)
        .where(HouseholdMember.household_id == membership.household_id,
               HouseholdMember.deleted_at.is_(None), Client.deleted_at.is_(None))
        .order_by(HouseholdMember.created_at)
    )
    members = [MemberRow(mid, cid, display_name(n, nl), HouseholdRole(role)) for mid, cid, n, nl, role in rows]
    return HouseholdView(household.id, household.name, members)


def create_household(session: Session, head_id: uuid.UUID, name: str = "") -> tuple[uuid.UUID, Changes]:
    """A new household with this client as its head."""
    head = live_client(session, head_id)
    if _membership(session, head_id) is not None:
        raise ValidationError({"household": "This client already belongs to a household."})
    household = Household(name=name.strip() or display_name(head.name, head.name_local))
    session.add(household)
    session.flush()
    session.add(HouseholdMember(household_id=household.id, client_id=head_id, role=HouseholdRole.HEAD.value))
    return household.id, Changes(clients=frozenset({head_id}), households=True)


def add_member(session: Session, household_id: uuid.UUID, client_id: uuid.UUID, role: HouseholdRole) -> Changes:
    if session.get(Household, household_id) is None:
        raise NotFoundError(f"No household {household_id}")
    live_client(session, client_id)
    existing = _membership(session, client_id)
    if existing is not None:
        if existing.household_id == household_id:
            existing.role = role.value
            existing.version += 1
            return Changes(clients=frozenset({client_id}), households=True)
        raise ValidationError({"household": "This client already belongs to another household."})
    session.add(HouseholdMember(household_id=household_id, client_id=client_id, role=role.value))
    return Changes(clients=frozenset({client_id}), households=True)


def remove_member(session: Session, member_id: uuid.UUID) -> Changes:
    member = session.get(HouseholdMember, member_id)
    if member is None or member.deleted_at is not None:
        raise NotFoundError(f"No household member {member_id}")
    member.deleted_at = utcnow()
    member.version += 1
    return Changes(clients=frozenset({member.client_id}), households=True)


def relationships_of(session: Session, client_id: uuid.UUID) -> list[RelationRow]:
    """Every tie of this client, seen from this client (a parent's child is a child)."""
    rows: list[RelationRow] = []
    links = session.scalars(
        select(Relationship).where(
            (Relationship.from_client_id == client_id) | (Relationship.to_client_id == client_id),
            Relationship.deleted_at.is_(None),
        )
    )
    for link in links:
        outgoing = link.from_client_id == client_id
        other_id = link.to_client_id if outgoing else link.from_client_id
        other = session.get(Client, other_id)
        if other is None or other.deleted_at is not None:
            continue
        # Stored as "from is <kind> of to"; seen from `from`, the other is the inverse.
        kind = RelationKind(link.kind)
        rows.append(RelationRow(link.id, other_id, display_name(other.name, other.name_local),
                                kind.inverse if outgoing else kind))
    return sorted(rows, key=lambda r: (r.kind.value, r.other_name))


def add_relationship(session: Session, client_id: uuid.UUID, other_id: uuid.UUID, kind: RelationKind) -> Changes:
    """Record that `other` is `kind` to `client` (e.g. other is client's spouse)."""
    if client_id == other_id:
        raise ValidationError({"relationship": "A client cannot be related to themselves."})
    for cid in (client_id, other_id):
        live_client(session, cid)
    for row in relationships_of(session, client_id):
        if row.other_id == other_id and row.kind == kind:
            return Changes()
    session.add(Relationship(from_client_id=other_id, to_client_id=client_id, kind=kind.value))
    return Changes(clients=frozenset({client_id, other_id}), relationships=True)


def remove_relationship(session: Session, relationship_id: uuid.UUID) -> Changes:
    link = session.get(Relationship, relationship_id)
    if link is None or link.deleted_at is not None:
        raise NotFoundError(f"No relationship {relationship_id}")
    link.deleted_at = utcnow()
    link.version += 1
    return Changes(clients=frozenset({link.from_client_id, link.to_client_id}), relationships=True)
