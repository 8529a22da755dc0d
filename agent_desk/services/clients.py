"""Client use cases: list, search, read, create, edit, soft-delete and undo."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from agent_desk.domain.clients import (
    ClientDetails,
    LifecycleStage,
    Sex,
    Tier,
    age_on,
    display_name,
    validate_client,
)
from agent_desk.domain.segments import TierBasis
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.changes import Changes
from agent_desk.store.models import Client, utcnow
from agent_desk.store.search import (
    count_matches,
    ids_by_name,
    matching_client_ids,
    refresh_search_doc,
    refresh_search_docs,
)


class ClientSort(StrEnum):
    NAME = "name"
    AGE = "age"
    STAGE = "stage"
    TIER = "tier"
    UPDATED = "updated"


@dataclass(frozen=True)
class ClientQuery:
    text: str = ""
    stage: LifecycleStage | None = None
    tier: Tier | None = None
    sort: ClientSort = ClientSort.NAME
    descending: bool = False


@dataclass(frozen=True)
class ClientRow:
    """One line of the client list."""

    id: uuid.UUID
    name: str
    name_local: str
    birth_date: date | None
    phone: str
    email: str
    stage: LifecycleStage
    tier: Tier | None
    updated_at: datetime
    tier_basis: TierBasis | None = None  # why the tier (None until tiers are computed)

    @property
    def display_name(self) -> str:
        return display_name(self.name, self.name_local)

    def age(self, today: date) -> int | None:
        return age_on(self.birth_date, today) if self.birth_date else None


@dataclass(frozen=True)
class ClientRecord:
    """A client's full details, for the client page."""

    id: uuid.UUID
    details: ClientDetails
    referred_by: ClientRow | None
    created_at: datetime
    updated_at: datetime
    deleted: bool


# The list reads a page (200 rows) at a time, so parsing each row's tier basis costs nothing noticeable.
_ROW_COLUMNS = (Client.id, Client.name, Client.name_local, Client.birth_date, Client.phone, Client.email,
                Client.stage, Client.tier, Client.updated_at, Client.tier_basis)


def _row(values) -> ClientRow:  # noqa: ANN001
    (id_, name, name_local, birth_date, phone, email, stage, tier, updated_at, tier_basis) = values
    return ClientRow(id_, name, name_local, birth_date, phone, email, LifecycleStage(stage),
                     Tier(tier) if tier else None, updated_at, TierBasis.from_stored(tier_basis))


def _filtered(statement: Select, query: ClientQuery) -> Select:
    statement = statement.where(Client.deleted_at.is_(None))
    matches = matching_client_ids(query.text)
    if matches is not None:
        statement = statement.where(Client.id.in_(matches))
    if query.stage is not None:
        statement = statement.where(Client.stage == query.stage.value)
    if query.tier is not None:
        statement = statement.where(Client.tier == query.tier.value)
    return statement


# Stages sort in lifecycle order, not by the spelling of their codes.
_STAGE_ORDER = case({stage.value: rank for rank, stage in enumerate(LifecycleStage)}, value=Client.stage, else_=99)


def _order(query: ClientQuery) -> list:
    if query.sort is ClientSort.NAME:
        # Never null: the (deleted_at, sort_name) index gives this order without sorting.
        return [Client.sort_name.desc(), Client.id.desc()] if query.descending else [Client.sort_name, Client.id]
    # Age sorts by birth date the other way round; unknowns go last either way.
    key = {
        ClientSort.AGE: Client.birth_date,
        ClientSort.STAGE: _STAGE_ORDER,
        ClientSort.TIER: Client.tier,
        ClientSort.UPDATED: Client.updated_at,
    }[query.sort]
    descending = query.descending != (query.sort is ClientSort.AGE)
    ordered = key.desc() if descending else key.asc()
    return [key.is_(None), ordered, Client.sort_name, Client.id]


def _is_search_by_name(query: ClientQuery) -> bool:
    """Text alone, by name: the search index answers it without the clients table."""
    return bool(query.text.strip()) and query.stage is None and query.tier is None and query.sort is ClientSort.NAME


def list_clients(session: Session, query: ClientQuery = ClientQuery(), offset: int = 0,
                 limit: int = 200) -> list[ClientRow]:
    if _is_search_by_name(query):
        ids = ids_by_name(session, query.text, offset, limit, query.descending)
        by_id = {row.id: row for row in client_rows(session, ids)}
        return [by_id[client_id] for client_id in ids]
    statement = _filtered(select(*_ROW_COLUMNS), query).order_by(*_order(query)).offset(offset).limit(limit)
    return [_row(values) for values in session.execute(statement)]


def count_clients(session: Session, query: ClientQuery = ClientQuery()) -> int:
    if query.text.strip() and query.stage is None and query.tier is None:
        return count_matches(session, query.text) or 0
    return session.scalar(_filtered(select(func.count()).select_from(Client), query)) or 0


def search_clients(session: Session, text: str, limit: int = 20) -> list[ClientRow]:
    """The search box's search: every term of `text` must match."""
    return list_clients(session, ClientQuery(text=text), limit=limit)


def client_rows(session: Session, ids: list[uuid.UUID]) -> list[ClientRow]:
    if not ids:
        return []
    statement = select(*_ROW_COLUMNS).where(Client.id.in_(ids)).order_by(Client.sort_name)
    return [_row(values) for values in session.execute(statement)]


def _details(client: Client) -> ClientDetails:
    return ClientDetails(
        name=client.name,
        name_local=client.name_local,
        sex=Sex(client.sex) if client.sex else None,
        birth_date=client.birth_date,
        phone=client.phone,
        email=client.email,
        address=client.address,
        occupation=client.occupation,
        occupation_class=client.occupation_class,
        annual_income=client.annual_income,
        smoker=client.smoker,
        stage=LifecycleStage(client.stage),
        tier=Tier(client.tier) if client.tier else None,
        consent_marketing=client.consent_marketing,
        notes=client.notes,
    )


def live_client(session: Session, client_id: uuid.UUID, *, include_deleted: bool = False) -> Client:
    """The client, or NotFoundError when there is none (or it is deleted, unless asked)."""
    client = session.get(Client, client_id)
    if client is None or (client.deleted_at is not None and not include_deleted):
        raise NotFoundError(f"No client {client_id}")
    return client


def get_client(session: Session, client_id: uuid.UUID) -> ClientRecord:
    client = live_client(session, client_id, include_deleted=True)
    referrer = client_rows(session, [client.referred_by_id]) if client.referred_by_id else []
    return ClientRecord(client.id, _details(client), referrer[0] if referrer else None,
                        client.created_at, client.updated_at, client.deleted_at is not None)


# Computed from premiums, policies, tenure and referrals (services/segments.py):
# an edit of the details never writes a tier, so a stale form cannot put an old one back.
_COMPUTED = frozenset({"tier"})


def _apply(client: Client, details: ClientDetails, *, creating: bool = False) -> None:
    for f in fields(details):
        if f.name in _COMPUTED and not creating:
            continue
        value = getattr(details, f.name)
        if isinstance(value, StrEnum):
            value = value.value
        setattr(client, f.name, value)
    client.sort_name = display_name(details.name, details.name_local).casefold()


def create_client(session: Session, details: ClientDetails, today: date | None = None,
                  referred_by: uuid.UUID | None = None) -> tuple[uuid.UUID, Changes]:
    details = validate_client(details, today or date.today())
    client = Client()
    _apply(client, details, creating=True)  # an imported tier stands until the next recompute
    if details.consent_marketing:
        client.consent_recorded_at = utcnow()
    if referred_by is not None:
        live_client(session, referred_by)
        client.referred_by_id = referred_by
    session.add(client)
    session.flush()
    refresh_search_doc(session, client.id)
    return client.id, Changes.for_clients(client.id)


_CREATE_BATCH = 500  # clients flushed at a time: few statements, and the session never holds them all
_PROGRESS_EVERY = 100


def create_clients(session: Session, new: Sequence[tuple[ClientDetails, str]], today: date | None = None,
                   progress: Callable[[int, int], None] | None = None) -> list[uuid.UUID]:
    """Many clients at once (an import): each (details, ID number) validated
    as create_client does, written in batches, their search rows at the end in
    a few statements. Returns the new ids in the given order."""
    today = today or date.today()
    ids: list[uuid.UUID] = []
    for done, (details, id_number) in enumerate(new, start=1):
        details = validate_client(details, today)
        client = Client(id=uuid.uuid4())  # the id now, not at flush: the caller gets them all
        _apply(client, details, creating=True)
        client.id_number = id_number
        if details.consent_marketing:
            client.consent_recorded_at = utcnow()
        session.add(client)
        ids.append(client.id)
        if done % _CREATE_BATCH == 0:
            session.flush()
        if progress is not None and (done % _PROGRESS_EVERY == 0 or done == len(new)):
            progress(done, len(new))
    session.flush()
    refresh_search_docs(session, ids)
    return ids


def update_client(session: Session, client_id: uuid.UUID, details: ClientDetails,
                  today: date | None = None) -> Changes:
    details = validate_client(details, today or date.today())
    client = live_client(session, client_id)
    if details.consent_marketing and not client.consent_marketing:
        client.consent_recorded_at = utcnow()
    _apply(client, details)
    client.version += 1
    session.flush()
    refresh_search_doc(session, client.id)
    return Changes.for_clients(client.id)


def delete_client(session: Session, client_id: uuid.UUID) -> Changes:
    """Soft delete: the client leaves the list and search but nothing is erased."""
    client = live_client(session, client_id)
    client.deleted_at = utcnow()
    client.version += 1
    refresh_search_doc(session, client_id)  # out of search until restored
    return Changes.for_clients(client_id)


def restore_client(session: Session, client_id: uuid.UUID) -> Changes:
    """Undo a delete."""
    client = live_client(session, client_id, include_deleted=True)
    client.deleted_at = None
    client.version += 1
    refresh_search_doc(session, client_id)
    return Changes.for_clients(client_id)


def delete_clients(session: Session, client_ids: Iterable[uuid.UUID]) -> tuple[list[uuid.UUID], Changes]:
    """Soft-delete many clients (undoing an import); returns those it deleted,
    so a redo restores exactly those and not clients deleted before."""
    deleted = _set_deleted(session, list(client_ids), utcnow())
    return deleted, Changes.for_clients(*deleted)


def restore_clients(session: Session, client_ids: Iterable[uuid.UUID]) -> Changes:
    """Undo `delete_clients`."""
    return Changes.for_clients(*_set_deleted(session, list(client_ids), None))


def _set_deleted(session: Session, client_ids: list[uuid.UUID], when: datetime | None) -> list[uuid.UUID]:
    changed: list[uuid.UUID] = []
    for start in range(0, len(client_ids), _CREATE_BATCH):
        chunk = client_ids[start:start + _CREATE_BATCH]
        live = Client.deleted_at.is_(None) if when is not None else Client.deleted_at.is_not(None)
        for client in session.scalars(select(Client).where(Client.id.in_(chunk), live)):
            client.deleted_at = when
            client.version += 1
            changed.append(client.id)
        session.flush()  # through the ORM, so sync queues each change
    refresh_search_docs(session, changed)  # out of search when deleted, back when restored
    return changed


def set_referred_by(session: Session, client_id: uuid.UUID, referrer_id: uuid.UUID | None) -> Changes:
    """Record who referred this client; a referral chain may not loop back."""
    client = live_client(session, client_id)
    if referrer_id is not None:
        live_client(session, referrer_id)  # a deleted client cannot be chosen
        seen = {client_id}
        cursor: uuid.UUID | None = referrer_id
        while cursor is not None:
            if cursor in seen:
                raise ValidationError({"referred_by": "A client cannot be referred, directly or not, by themselves."})
            seen.add(cursor)
            cursor = live_client(session, cursor, include_deleted=True).referred_by_id
    client.referred_by_id = referrer_id
    client.version += 1
    changed = {client_id} | ({referrer_id} if referrer_id else set())
    return Changes(clients=frozenset(changed), relationships=True)


def referrals_of(session: Session, client_id: uuid.UUID) -> list[ClientRow]:
    """The clients this one referred."""
    statement = (select(*_ROW_COLUMNS)
                 .where(Client.referred_by_id == client_id, Client.deleted_at.is_(None))
                 .order_by(Client.sort_name))
    return [_row(values) for values in session.execute(statement)]


def is_book_empty(session: Session) -> bool:
    return session.scalar(select(Client.id).limit(1)) is None
