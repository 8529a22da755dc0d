"""The outbox: every local change of a synced row, written in the same
transaction as the change, until the office has it.

ORM edits are caught after each flush; the few bulk statements that bypass
the ORM (follow-up regeneration) call `record` themselves. Nothing is written
before the book is enrolled: enrolment queues the whole book instead
(`queue_whole_book`). Changes applied from the office are written with Core
statements and never reach the outbox.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, event, func, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from agent_desk.store.models import Synced, SyncOutbox, SyncState, utcnow
from agent_desk.sync import codec, protocol
from agent_desk.sync.hlc import Clock, Stamp, wall_clock_ms

# sync_state keys
SERVER_URL = "server_url"
NODE_ID = "node_id"
CURSOR = "cursor"
HLC_LAST = "hlc_last"
PULL_EVERYTHING = "pull_everything"  # "1": the next pull takes this device's own rows too (after a restore)

_WRITE_BATCH = 1000


@dataclass
class _Context:
    clock: Clock
    base: int


def read_state(connection: Connection, *keys: str) -> dict[str, str]:
    rows = connection.execute(select(SyncState.key, SyncState.value).where(SyncState.key.in_(keys)))
    return {key: value for key, value in rows}


def write_state(connection: Connection, **values: str) -> None:
    table = SyncState.__table__
    for key, value in values.items():
        updated = connection.execute(table.update().where(table.c.key == key).values(value=value))
        if updated.rowcount == 0:
            connection.execute(table.insert().values(key=key, value=value))


def is_enrolled(connection: Connection) -> bool:
    return bool(read_state(connection, SERVER_URL).get(SERVER_URL))


def node_id(connection: Connection) -> str:
    """This book's clock id, made on first use: it names its stamps."""
    node = read_state(connection, NODE_ID).get(NODE_ID)
    if not node:
        node = uuid.uuid4().hex[:12]
        write_state(connection, **{NODE_ID: node})
    return node


def _context(connection: Connection) -> _Context | None:
    state = read_state(connection, SERVER_URL, NODE_ID, CURSOR, HLC_LAST)
    if not state.get(SERVER_URL):
        return None  # not enrolled: enrolment queues the whole book
    node = state.get(NODE_ID) or node_id(connection)
    last = Stamp.parse(state[HLC_LAST]) if state.get(HLC_LAST) else None
    return _Context(Clock(node, last), int(state.get(CURSOR) or 0))


def clock_for(connection: Connection) -> Clock:
    state = read_state(connection, NODE_ID, HLC_LAST)
    node = state.get(NODE_ID) or node_id(connection)
    return Clock(node, Stamp.parse(state[HLC_LAST]) if state.get(HLC_LAST) else None)


def save_clock(connection: Connection, clock: Clock) -> None:
    write_state(connection, **{HLC_LAST: str(clock.last)})


def _mutation(entity: str, row_id: uuid.UUID, fields: dict[str, Any], stamp: Stamp, base: int) -> dict:
    only_delete = set(fields) == {"deleted_at"} and fields["deleted_at"] is not None
    return {"mutation_id": uuid.uuid4(), "entity": entity, "row_id": row_id,
            "operation": "delete" if only_delete else "upsert", "fields": fields, "hlc": str(stamp),
            "base": base, "created_at": utcnow()}


def _write(connection: Connection, mutations: list[dict]) -> None:
    for start in range(0, len(mutations), _WRITE_BATCH):
        connection.execute(insert(SyncOutbox.__table__), mutations[start:start + _WRITE_BATCH])


def record(session: Session, entity: str, changes: Iterable[tuple[uuid.UUID, dict[str, Any]]]) -> int:
    """Queue changes written past the ORM: (row id, {column: new value}) each."""
    connection = session.connection()
    context = _context(connection)
    if context is None:
        return 0
    mutations = []
    for row_id, values in changes:
        fields = {name: codec.to_json(entity, name, value) for name, value in values.items()
                  if protocol.travels(entity, name)}
        if fields:
            mutations.append(_mutation(entity, row_id, fields, context.clock.now(), context.base))
    if mutations:
        _write(connection, mutations)
        save_clock(connection, context.clock)
    return len(mutations)


def _changed_fields(entity: str, instance: Synced, is_new: bool) -> dict[str, Any]:
    state = inspect(instance)
    fields = {}
    for name in codec.travelling_columns(entity):
        attribute = state.attrs[name]
        if is_new:
            if name in state.dict:
                fields[name] = codec.to_json(entity, name, state.dict[name])
        elif attribute.history.has_changes():
            fields[name] = codec.to_json(entity, name, attribute.value)
    return fields


def _capture(session: Session, _flush_context) -> None:  # noqa: ANN001
    touched = [(instance, True) for instance in session.new] + [(instance, False) for instance in session.dirty]
    touched = [(instance, is_new) for instance, is_new in touched
               if isinstance(instance, Synced) and instance.__tablename__ in protocol.ENTITIES]
    if not touched:
        return
    connection = session.connection()
    context = _context(connection)
    if context is None:
        return
    mutations = []
    for instance, is_new in touched:
        entity = instance.__tablename__
        fields = _changed_fields(entity, instance, is_new)
        if fields:
            mutations.append(_mutation(entity, instance.id, fields, context.clock.now(), context.base))
    if mutations:
        _write(connection, mutations)
        save_clock(connection, context.clock)


def capture_changes(sessions: sessionmaker) -> None:
    """Write the outbox for every flush of sessions made by `sessions`."""
    event.listen(sessions, "after_flush", _capture)


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(SyncOutbox)) or 0


def pending_fields(connection: Connection, entity: str, row_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, set[str]]:
    """Fields of these rows that still wait to be pushed: the office's older
    view of them must not overwrite the agent's newer one."""
    pending: dict[uuid.UUID, set[str]] = {}
    if connection.scalar(select(SyncOutbox.seq).where(SyncOutbox.entity == entity).limit(1)) is None:
        return pending  # nothing of this kind waits (a first pull): no need to look row by row
    ids = list(row_ids)
    for start in range(0, len(ids), 500):
        rows = connection.execute(select(SyncOutbox.row_id, SyncOutbox.fields).where(
            SyncOutbox.entity == entity, SyncOutbox.row_id.in_(ids[start:start + 500])))
        for row_id, fields in rows:
            pending.setdefault(row_id, set()).update(fields)
    return pending


def queue_whole_book(session: Session, progress: Callable[[int, int], None] | None = None) -> int:
    """Queue every synced row of the book for upload, stamped at its last
    local change, so an agent who worked offline before enrolling loses
    nothing and a newer edit at the office still wins."""
    connection = session.connection()
    node = node_id(connection)
    base = int(read_state(connection, CURSOR).get(CURSOR) or 0)
    total = sum(connection.scalar(select(func.count()).select_from(codec.table(entity))) or 0
                for entity in protocol.ENTITIES)
    done = 0
    for entity in protocol.ENTITIES:
        table = codec.table(entity)
        names = codec.travelling_columns(entity)
        columns = [table.c.id, table.c.updated_at, *(table.c[name] for name in names)]
        batch: list[dict] = []
        for row in connection.execute(select(*columns)).yield_per(_WRITE_BATCH):
            values = row._mapping
            fields = {name: codec.to_json(entity, name, values[name]) for name in names}
            batch.append(_mutation(entity, values["id"], fields, _stamp_at(values["updated_at"], node), base))
            if len(batch) >= _WRITE_BATCH:
                _write(connection, batch)
                done += len(batch)
                batch = []
                if progress is not None:
                    progress(done, total)
        if batch:
            _write(connection, batch)
            done += len(batch)
    if progress is not None:
        progress(done, total)
    return done


def _stamp_at(moment: datetime | None, node: str) -> Stamp:
    """A row's last change as a stamp, never later than now: a stamp from the
    future (a demo's appointment later today, a clock set wrong) would make
    every later edit elsewhere lose to it."""
    if moment is None:
        return Stamp(0, 0, node)
    epoch = datetime(1970, 1, 1)
    return Stamp(min(int((moment - epoch).total_seconds() * 1000), wall_clock_ms()), 0, node)
