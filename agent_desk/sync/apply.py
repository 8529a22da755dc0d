"""Applying a page of the office's changes to the book.

Written with Core statements so nothing here reaches the outbox. Fields
that still wait in the outbox are skipped: the agent's newer value goes up
with the next push and the office decides. A page can hold a row before the
row it refers to (a client edited after its policy was written comes later),
so the caller applies pages with foreign-key checks off; the referred row
arrives in a later page of the same pull.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from agent_desk.domain.clients import display_name
from agent_desk.services.changes import Changes
from agent_desk.store.book import Book
from agent_desk.store.models import Client, FollowUp, utcnow
from agent_desk.store.search import refresh_search_doc
from agent_desk.sync import codec, outbox, protocol
from agent_desk.sync.hlc import Clock
from agent_desk.sync.protocol import Change

# Which client a changed row concerns, for the screens to reload.
_CLIENT_FIELDS = ("client_id", "holder_id", "insured_id", "from_client_id")


@dataclass
class PageReport:
    applied: int = 0
    removed: int = 0
    skipped_fields: int = 0  # the agent's own newer values, still to be pushed
    unknown: int = 0  # entities or fields this version of the app does not know
    clients: set[uuid.UUID] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)

    def changes(self) -> Changes:
        touched = frozenset(self.clients)
        kinds = self.entities
        return Changes(
            clients=touched, client_list=bool(kinds & {"clients", "policies"}), timelines=touched,
            households=bool(kinds & {"households", "household_members"}),
            relationships="relationships" in kinds,
            plans=touched if kinds & {"plans", "plan_items", "proposals"} else frozenset(),
            policies=touched if kinds & {"policies", "beneficiaries"} else frozenset(),
            followups=touched, followup_list="followups" in kinds,
            claims=touched if kinds & {"claims", "claim_steps", "claim_documents"} else frozenset(),
            service=touched if kinds & {"service_requests", "complaints"} else frozenset(),
            agent="agent_profiles" in kinds, sync=True)


@contextmanager
def unchecked_session(book: Book) -> Iterator[Session]:
    """A transaction without foreign-key checks, for applying pages: a page
    may hold a row before the row it refers to, which a later page brings."""
    with book.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys=OFF")  # outside any transaction, where SQLite honours it
        try:
            with Session(bind=connection) as session:
                yield session
                session.commit()
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def apply_page(session: Session, changes: Iterable[Change], clock: Clock) -> PageReport:
    report = PageReport()
    connection = session.connection()
    by_entity: dict[str, list[Change]] = {}
    for change in changes:
        if change.hlc:
            clock.observe(change.hlc)
        if change.entity not in protocol.ENTITIES:
            report.unknown += 1
            continue
        by_entity.setdefault(change.entity, []).append(change)
    searched: set[uuid.UUID] = set()
    for entity, entity_changes in by_entity.items():
        pending = outbox.pending_fields(connection, entity, [change.row_id for change in entity_changes])
        for change in entity_changes:
            report.entities.add(entity)
            if change.op == "remove":
                _remove(connection, entity, change.row_id)
                report.removed += 1
                if entity == "clients":
                    searched.add(change.row_id)  # its search row goes with it
                continue
            values = _decoded(entity, change.fields, report)
            mine = pending.get(change.row_id, set())
            report.skipped_fields += len(mine & values.keys())
            values = {name: value for name, value in values.items() if name not in mine}
            _upsert(session, connection, entity, change.row_id, values)
            report.applied += 1
            owner = change.row_id if entity == "clients" else _owner(change.fields)
            if owner is not None:
                report.clients.add(owner)
            if entity == "clients":
                searched.add(change.row_id)
            elif entity == "policies":
                searched.update(_policy_clients(change.fields))
    session.expire_all()  # rows were written past the ORM: anything it holds is reread
    for client_id in searched:
        refresh_search_doc(session, client_id)
    outbox.save_clock(connection, clock)
    return report


def _decoded(entity: str, fields: dict[str, Any], report: PageReport) -> dict[str, Any]:
    columns = set(codec.travelling_columns(entity))
    values = {}
    for name, value in fields.items():
        if name not in columns:
            report.unknown += 1
            continue
        try:
            values[name] = codec.from_json(entity, name, value)
        except (ValueError, TypeError):
            report.unknown += 1  # a value this book cannot hold; the office keeps it
    return values


def _owner(fields: dict[str, Any]) -> uuid.UUID | None:
    for name in _CLIENT_FIELDS:
        if fields.get(name):
            try:
                return uuid.UUID(str(fields[name]))
            except ValueError:
                return None
    return None


def _policy_clients(fields: dict[str, Any]) -> set[uuid.UUID]:
    found = set()
    for name in ("holder_id", "insured_id"):
        try:
            found.add(uuid.UUID(str(fields[name])))
        except (KeyError, ValueError):
            pass
    return found


def _upsert(session: Session, connection: Connection, entity: str, row_id: uuid.UUID, values: dict[str, Any]) -> None:
    table = codec.table(entity)
    now = utcnow()
    if entity == "clients" and ({"name", "name_local"} & values.keys()):
        values = _with_sort_name(connection, row_id, values)
    if entity == "followups" and values.get("rule_key"):
        values = _settle_rule_key(session, connection, row_id, values)
    exists = connection.execute(select(table.c.id).where(table.c.id == row_id)).first() is not None
    if exists:
        if values:
            connection.execute(update(table).where(table.c.id == row_id).values(**values, updated_at=now,
                                                                                version=table.c.version + 1))
    else:
        connection.execute(insert(table).values(id=row_id, **values, updated_at=now, version=1))


def _with_sort_name(connection: Connection, row_id: uuid.UUID, values: dict[str, Any]) -> dict[str, Any]:
    current = connection.execute(select(Client.name, Client.name_local).where(Client.id == row_id)).first()
    name = values.get("name", current.name if current else "") or ""
    name_local = values.get("name_local", current.name_local if current else "") or ""
    return {**values, "sort_name": display_name(name, name_local).casefold()}


def _settle_rule_key(session: Session, connection: Connection, row_id: uuid.UUID,
                     values: dict[str, Any]) -> dict[str, Any]:
    """Two devices can each make the task of one rule occasion (books made
    before rule tasks had ids of their own). The smaller id keeps the rule
    key, on every device alike; the other is void and let go of the key."""
    other = connection.execute(select(FollowUp.id).where(
        FollowUp.rule_key == values["rule_key"], FollowUp.id != row_id)).scalar()
    if other is None:
        return values
    if str(row_id) < str(other):
        retired = {"rule_key": None, "status": "void", "deleted_at": utcnow()}
        connection.execute(update(FollowUp).where(FollowUp.id == other).values(**retired, updated_at=utcnow()))
        outbox.record(session, "followups", [(other, retired)])
        return values
    retired = {"rule_key": None, "status": "void", "deleted_at": values.get("deleted_at") or utcnow()}
    outbox.record(session, "followups", [(row_id, retired)])
    return {**values, **retired}


def _remove(connection: Connection, entity: str, row_id: uuid.UUID) -> None:
    """The row left this agent's book (the office moved its client to another agent)."""
    table = codec.table(entity)
    connection.execute(delete(table).where(table.c.id == row_id))
