"""Applying a page of the office's changes to the book.

Written with Core statements so nothing here reaches the outbox. Fields
that still wait in the outbox are skipped: the agent's newer value goes up
with the next push and the office decides. A page can hold a row before the
row it refers to (a client edited after its policy was written comes later),
so the caller applies pages with foreign-key checks off; the referred row
arrives in a later page of the same pull.

Search rows are settled once a pull ends, not per page: a first pull brings
every client and then every policy, and each would rewrite the client's
search row. A page that leaves search rows behind marks the book in its own
transaction, so a pull that dies on the way is made good by the next one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Connection, delete, select, union, update
from sqlalchemy.orm import Session

from agent_desk.domain.clients import display_name
from agent_desk.services.changes import Changes
from agent_desk.store.book import Book
from agent_desk.store.models import Client, ClientSearchDoc, FollowUp, utcnow
from agent_desk.store.search import refresh_search_docs
from agent_desk.sync import codec, outbox, protocol
from agent_desk.sync.hlc import Clock
from agent_desk.sync.protocol import Change

# sync_state key: "1" while pages applied rows whose search rows wait.
SEARCH_STALE = "search_stale"

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
    searched: set[uuid.UUID] = field(default_factory=set)  # clients whose search rows `settle_search` must redo

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
    """Apply one page in a few statements per entity: the rows it holds are
    read once, then inserted and updated in bulk."""
    report = PageReport()
    connection = session.connection()
    latest: dict[tuple[str, uuid.UUID], Change] = {}
    for change in changes:
        if change.hlc:
            clock.observe(change.hlc)
        if change.entity not in protocol.ENTITIES:
            report.unknown += 1
            continue
        latest.pop((change.entity, change.row_id), None)  # a row twice in a page: its later change counts
        latest[(change.entity, change.row_id)] = change
    by_entity: dict[str, list[Change]] = {}
    for (entity, _row_id), change in latest.items():
        by_entity.setdefault(entity, []).append(change)
    searched = report.searched
    for entity, entity_changes in by_entity.items():
        report.entities.add(entity)
        removed = [change.row_id for change in entity_changes if change.op == "remove"]
        upserts = [change for change in entity_changes if change.op != "remove"]
        if removed:
            _remove(connection, entity, removed)
            report.removed += len(removed)
            if entity == "clients":
                searched.update(removed)  # their search rows go with them
        if upserts:
            decoded = _upsert_all(session, connection, entity, upserts, report)
            if entity == "clients":
                report.clients.update(decoded)
                searched.update(decoded)
                continue
            for values in decoded.values():
                owner = next((values[name] for name in _CLIENT_FIELDS if values.get(name)), None)
                if owner is not None:
                    report.clients.add(owner)
                if entity == "policies":
                    searched.update(values[name] for name in ("holder_id", "insured_id") if values.get(name))
    if searched:
        outbox.write_state(connection, **{SEARCH_STALE: "1"})
    outbox.save_clock(connection, clock)
    return report


def settle_search(session: Session, client_ids: set[uuid.UUID] | None) -> None:
    """Redo the search rows of the clients a pull's pages touched; with None,
    before a pull, those of the whole book if an earlier pull died before it
    settled (which clients it touched is lost with it)."""
    connection = session.connection()
    if outbox.read_state(connection, SEARCH_STALE).get(SEARCH_STALE) != "1":
        return
    if client_ids is None:
        client_ids = set(connection.scalars(union(select(Client.id), select(ClientSearchDoc.client_id))))
    refresh_search_docs(session, client_ids)
    outbox.write_state(connection, **{SEARCH_STALE: ""})


def _decoded(entity: str, fields: dict[str, Any], report: PageReport) -> dict[str, Any]:
    decoders = _decoders(entity)
    values = {}
    for name, value in fields.items():
        decode = decoders.get(name)
        if decode is None:
            report.unknown += 1
        elif value is None:
            values[name] = None
        else:
            try:
                values[name] = decode(value)
            except (ValueError, TypeError):
                report.unknown += 1  # a value this book cannot hold; the office keeps it
    return values


@cache
def _decoders(entity: str) -> dict[str, Callable[[Any], Any]]:
    """Each travelling column's decoder of a value that is not None."""
    return {name: codec.decoder_of_value(entity, name) for name in codec.travelling_columns(entity)}


def _existing_ids(connection: Connection, entity: str, row_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    table = codec.table(entity)
    found: set[uuid.UUID] = set()
    if connection.scalar(select(table.c.id).limit(1)) is None:
        return found  # an empty table (a first pull): every row is new
    for start in range(0, len(row_ids), 500):
        found.update(connection.scalars(select(table.c.id).where(table.c.id.in_(row_ids[start:start + 500]))))
    return found


def _upsert_all(session: Session, connection: Connection, entity: str, changes: list[Change],
                report: PageReport) -> dict[uuid.UUID, dict[str, Any]]:
    """Insert or update the rows; returns each row's values as they came
    (decoded, the agent's waiting fields among them)."""
    table = codec.table(entity)
    row_ids = [change.row_id for change in changes]
    pending = outbox.pending_fields(connection, entity, row_ids)
    exists = _existing_ids(connection, entity, row_ids)
    came: dict[uuid.UUID, dict[str, Any]] = {}
    rows: dict[uuid.UUID, dict[str, Any]] = {}
    for change in changes:
        values = came[change.row_id] = _decoded(entity, change.fields, report)
        mine = pending.get(change.row_id)
        if mine:
            report.skipped_fields += len(mine & values.keys())
            values = {name: value for name, value in values.items() if name not in mine}
        rows[change.row_id] = values
    if entity == "clients":
        _add_sort_names(connection, rows)
    if entity == "followups":
        _settle_rule_keys(session, connection, rows)
    inserts: dict[tuple[str, ...], list[tuple]] = {}
    updates: dict[tuple[str, ...], list[tuple]] = {}
    to_storage = _storage_forms(connection, entity)
    now = to_storage["updated_at"](utcnow())
    defaults = _column_defaults(entity)
    for row_id, values in rows.items():
        if row_id not in exists:  # the columns' defaults, as an ORM insert would give them
            values = {**{name: make() for name, make in defaults.items() if name not in values}, **values}
        elif not values:
            continue
        names = tuple(sorted(values))
        stored = [to_storage[name](values[name]) for name in names]
        if row_id not in exists:
            inserts.setdefault(names, []).append((*stored, to_storage["id"](row_id), now))
        else:
            updates.setdefault(names, []).append((*stored, now, to_storage["id"](row_id)))
    quote = connection.dialect.identifier_preparer.quote
    for names, batch in inserts.items():
        columns = ", ".join(quote(name) for name in (*names, "id", "updated_at"))
        connection.exec_driver_sql(f"INSERT INTO {table.name} ({columns}, version) "
                                   f"VALUES ({'?, ' * (len(names) + 2)}1)", batch)
    for names, batch in updates.items():
        assignments = "".join(f"{quote(name)} = ?, " for name in names)
        connection.exec_driver_sql(f"UPDATE {table.name} SET {assignments}updated_at = ?, version = version + 1 "
                                   "WHERE id = ?", batch)
    report.applied += len(rows)
    return came


@cache
def _column_defaults(entity: str) -> dict[str, Callable[[], Any]]:
    """The Python-side default of each column a pulled insert sets itself."""
    makers: dict[str, Callable[[], Any]] = {}
    for column in codec.table(entity).columns:
        default = column.default
        if column.name in {"id", "updated_at", "version"} or default is None:
            continue
        if default.is_scalar:
            makers[column.name] = lambda value=default.arg: value
        elif default.is_callable:
            makers[column.name] = lambda make=default.arg: make(None)  # SQLAlchemy's wrapper takes a context
    return makers


@lru_cache(maxsize=4 * len(protocol.ENTITIES))  # a few books' dialects at a time
def _storage_forms_for(dialect: Any, entity: str) -> dict[str, Callable[[Any], Any]]:
    table = codec.table(entity)
    forms = {}
    for column in table.columns:
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        forms[column.name] = process or _same
    return forms


def _storage_forms(connection: Connection, entity: str) -> dict[str, Callable[[Any], Any]]:
    """Each column's value as the driver takes it (SQLAlchemy's own bind
    processors): pages are written past SQLAlchemy's per-row parameter work,
    which took most of the time of applying them."""
    return _storage_forms_for(connection.dialect, entity)


def _same(value: Any) -> Any:
    return value


def _add_sort_names(connection: Connection, rows: dict[uuid.UUID, dict[str, Any]]) -> None:
    """The list's order key, from the names that came (or those the book has)."""
    partial = [row_id for row_id, values in rows.items()
               if ({"name", "name_local"} & values.keys()) and not {"name", "name_local"} <= values.keys()]
    current = {}
    for start in range(0, len(partial), 500):
        current.update({row.id: row for row in connection.execute(
            select(Client.id, Client.name, Client.name_local).where(Client.id.in_(partial[start:start + 500])))})
    for row_id, values in rows.items():
        if not {"name", "name_local"} & values.keys():
            continue
        known = current.get(row_id)
        name = values.get("name", known.name if known else "") or ""
        name_local = values.get("name_local", known.name_local if known else "") or ""
        values["sort_name"] = display_name(name, name_local).casefold()


def _settle_rule_keys(session: Session, connection: Connection, rows: dict[uuid.UUID, dict[str, Any]]) -> None:
    """Two devices can each make the task of one rule occasion (books made
    before rule tasks had ids of their own). The smaller id keeps the rule
    key, on every device alike; the other is void and lets go of the key."""
    keys = {values["rule_key"]: row_id for row_id, values in rows.items() if values.get("rule_key")}
    holders: dict[str, uuid.UUID] = {}
    listed = list(keys)
    for start in range(0, len(listed), 500):
        holders.update((key, row_id) for key, row_id in connection.execute(select(FollowUp.rule_key, FollowUp.id)
                                                                           .where(FollowUp.rule_key.in_(listed[start:start + 500]))))
    for key, row_id in keys.items():
        other = holders.get(key)
        if other is None or other == row_id:
            continue
        if str(row_id) < str(other):
            retired = {"rule_key": None, "status": "void", "deleted_at": utcnow()}
            connection.execute(update(FollowUp).where(FollowUp.id == other).values(**retired, updated_at=utcnow()))
            outbox.record(session, "followups", [(other, retired)])
        else:
            values = rows[row_id]
            retired = {"rule_key": None, "status": "void", "deleted_at": values.get("deleted_at") or utcnow()}
            outbox.record(session, "followups", [(row_id, retired)])
            values.update(retired)


def _remove(connection: Connection, entity: str, row_ids: list[uuid.UUID]) -> None:
    """Rows that left this agent's book (the office moved their client to another agent)."""
    table = codec.table(entity)
    for start in range(0, len(row_ids), 500):
        connection.execute(delete(table).where(table.c.id.in_(row_ids[start:start + 500])))
