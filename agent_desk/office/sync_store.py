"""The agents' books in the office database: pushes merged field by field,
pulls in each agent's change order, and the office's own edits and moves.

Every change to an agent's rows happens in a transaction that first locks the
agent's row and takes seqs from it (`lock_agents`); the lock is held until
commit, so one agent's seqs commit in the order they were given and a pull
never passes a seq that commits later. Agents are locked in id order, so two
transactions that need the same agents never wait on each other in a circle.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    Column,
    ColumnElement,
    Result,
    String,
    Table,
    Text,
    bindparam,
    cast,
    func,
    insert,
    select,
    true,
    update,
)
from sqlalchemy.orm import Session
from starlette.responses import Response

from agent_desk.office import OfficeError
from agent_desk.office.models import (
    OFFICE_DEVICE,
    Agent,
    PublishedCatalog,
    RecordedMutation,
    Removal,
    SyncedRow,
    stamps_summary,
    utcnow,
)
from agent_desk.store.models import Base as BookBase
from agent_desk.sync.protocol import (
    ENTITIES,
    OWNER_FIELD,
    Change,
    FieldConflict,
    Mutation,
    MutationResult,
    PushRequest,
    PushResponse,
    is_office_owned,
    travels,
)

# sync/hlc.py's text form: 13-digit milliseconds, 5-digit counter, the node.
HLC_PATTERN = re.compile(r"\d{13}-\d{5}-[^\x00-\x1f\x7f]{1,60}")
# Printable ASCII but " and \: text that is a JSON string between quotes as it is.
_PLAIN_TEXT = re.compile(r'[ !#-\[\]-~]*')


def _json_string(text: str) -> str:
    """json.dumps(text), quicker for the ids and stamps that are most strings here."""
    return f'"{text}"' if _PLAIN_TEXT.fullmatch(text) else json.dumps(text)


# --- seqs, stamps, owners -------------------------------------------------------------------------

class AgentSeqs:
    """A locked agent, handing out its next seqs."""

    def __init__(self, agent: Agent):
        self.agent = agent

    def next(self) -> int:
        self.agent.last_seq += 1
        return self.agent.last_seq


def lock_agents(session: Session, agent_ids: Iterable[int]) -> dict[int, AgentSeqs]:
    """Lock the agents' rows (in id order) for this transaction and give out their seqs."""
    agents = session.scalars(select(Agent).where(Agent.id.in_(sorted(set(agent_ids)))).order_by(Agent.id)
                             .with_for_update().execution_options(populate_existing=True)).all()
    return {agent.id: AgentSeqs(agent) for agent in agents}


def office_stamp(existing: Iterable[str], now_ms: int | None = None) -> str:
    """An HLC stamp of the office that sorts after every stamp in `existing`
    (a device whose clock runs ahead must not outlast the office's edit)."""
    now_ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    latest = max(existing, default="")
    physical, counter = (int(latest[:13]), int(latest[14:19])) if HLC_PATTERN.fullmatch(latest) else (0, 0)
    if now_ms > physical:
        physical, counter = now_ms, 0
    else:
        counter += 1
    return f"{physical:013d}-{counter:05d}-{OFFICE_DEVICE}"


def as_uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value is not None else None
    except ValueError:
        return None


def owner_of(session: Session, agent_id: int, entity: str, row_id: uuid.UUID,
             data: dict[str, Any]) -> uuid.UUID | None:
    """The client a row belongs to (protocol.OWNER_FIELD): named by one of its
    fields, or the owner of its parent row in the same book."""
    if entity not in OWNER_FIELD:
        return None
    field, parent = OWNER_FIELD[entity]
    ref = row_id if field == "id" else as_uuid(data.get(field))
    if ref is None or parent is None:
        return ref
    parent_row = session.get(SyncedRow, (parent, ref))
    return parent_row.owner_client if parent_row is not None and parent_row.agent_id == agent_id else None


def office_edit(session: Session, row: SyncedRow, seq: int, changes: dict[str, Any]) -> None:
    """Set fields as the office, stamped after everything on the row, at `seq` of the row's agent."""
    stamp = {"h": office_stamp(s["h"] for s in row.stamps.values()), "s": seq, "d": OFFICE_DEVICE}
    row.data = {**row.data, **changes}
    row.stamps = {**row.stamps, **{field: stamp for field in changes}}
    row.seq = seq
    row.owner_client = owner_of(session, row.agent_id, row.entity, row.row_id, row.data)


# --- push ---------------------------------------------------------------------------------------

@cache
def travelling_columns(entity: str) -> frozenset[str]:
    """The fields of an entity a device may send: the book table's columns that travel."""
    return frozenset(c.name for c in BookBase.metadata.tables[entity].columns if travels(entity, c.name))


def _json_text(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False)


_PLAIN = (str, int, bool, type(None))  # JSON-equal exactly when equal and of one type


def _same(a: Any, b: Any) -> bool:
    """JSON equality: True is not 1, as it is in Python."""
    if type(a) is type(b) and type(a) in _PLAIN:
        return a == b
    return _json_text(a) == _json_text(b)


def _valid_fields(mutation: Mutation) -> str | None:
    """The mutation's fields as the JSON text a row stores them in, or None when
    the mutation is not valid. The text is what the JSON column would write
    (json.dumps: ASCII), so the push writes it without encoding it again."""
    if mutation.entity not in ENTITIES or not mutation.fields:
        return None
    if not mutation.fields.keys() <= travelling_columns(mutation.entity):
        return None
    if not HLC_PATTERN.fullmatch(mutation.hlc):
        return None
    if mutation.op == "delete" and mutation.fields.get("deleted_at") is None:
        return None
    # Storable as JSON by both databases: no NaN, no lone surrogate (a string field refuses those itself).
    try:
        text = json.dumps(mutation.fields, allow_nan=False)
        if "\\ud" in text:  # a surrogate escaped, or a backslash before "ud": is every one paired?
            json.dumps(mutation.fields, ensure_ascii=False).encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        return None
    return text


def push(session: Session, agent_id: int, device_id: uuid.UUID, request: PushRequest) -> PushResponse:
    """Apply a device's batch in order, in the caller's one transaction. A
    mutation seen before gets its recorded result again and changes nothing.

    The batch is worked in memory: what it touches is read first (the results
    recorded for its mutation ids, its rows, the parents their owners are found
    by), each mutation sees the rows as the earlier ones left them, and the
    rows and results are written at the end with one statement each."""
    seqs = lock_agents(session, [agent_id])[agent_id]
    batch = _Batch(session, seqs, str(device_id), request.mutations)
    results = []
    for mutation in request.mutations:
        recorded = batch.recorded.get(mutation.mutation_id)
        if recorded is None:
            result = _apply(batch, mutation)
            batch.record(mutation, result)
        else:  # recorded by an earlier push, or earlier in this batch
            result = recorded if isinstance(recorded, MutationResult) else MutationResult.model_validate(recorded)
        results.append(result)
    batch.write()
    return PushResponse(results=results)


class _Row:
    """A row of the office as a batch sees it: read, or created, and changed in memory."""

    __slots__ = ("entity", "row_id", "agent_id", "owner_client", "data", "stamps", "seq", "state", "texts")

    def __init__(self, entity: str, row_id: uuid.UUID, agent_id: int, owner_client: uuid.UUID | None,
                 data: dict[str, Any], stamps: dict[str, Any], seq: int, state: str,
                 texts: tuple[str, str, str, str] | None = None):
        self.entity, self.row_id, self.agent_id, self.owner_client = entity, row_id, agent_id, owner_client
        self.data, self.stamps, self.seq = data, stamps, seq
        self.state = state  # "read" (unchanged), "changed" or "new"
        # While the row is as one mutation created it: `data` and `stamps` as JSON text, `last_hlc`, `sole_writer`.
        self.texts = texts

    def values(self) -> dict[str, Any]:
        """The columns to write, `data` and `stamps` as JSON text (see _insert)."""
        if self.texts is not None:
            data, stamps, last_hlc, sole_writer = self.texts
        else:
            data, stamps = json.dumps(self.data), json.dumps(self.stamps)
            last_hlc, sole_writer = stamps_summary(self.stamps)
        return {"owner_client": self.owner_client, "data": data, "stamps": stamps, "seq": self.seq,
                "last_hlc": last_hlc, "sole_writer": sole_writer}


class _Batch:
    """One push's view of the office: read up front, written at the end."""

    def __init__(self, session: Session, seqs: AgentSeqs, device: str, mutations: list[Mutation]):
        self.session, self.seqs, self.device = session, seqs, device
        self.agent_id = seqs.agent.id
        # mutation id → its result: a recorded one as stored (JSON), one of this batch as given
        self.recorded: dict[uuid.UUID, MutationResult | dict[str, Any]] = {}
        self.rows: dict[tuple[str, uuid.UUID], _Row] = {}
        # (entity, row id) → (agent id, owner client) of the parent rows owner_of may need
        self.parents: dict[tuple[str, uuid.UUID], tuple[int, uuid.UUID | None]] = {}
        self.new_results: list[dict[str, Any]] = []
        self._read(mutations)

    def _read(self, mutations: list[Mutation]) -> None:
        recorded, rows = RecordedMutation.__table__, SyncedRow.__table__
        mutation_ids = {m.mutation_id for m in mutations}
        if mutation_ids:
            found = _by_keys(self.session, recorded.c.agent_id, self.agent_id, recorded.c.mutation_id, mutation_ids,
                             [recorded.c.mutation_id, recorded.c.result])
            self.recorded.update((mutation_id, result) for mutation_id, result in found)
        pending = [m for m in mutations if m.mutation_id not in self.recorded and m.entity in ENTITIES]
        by_entity: dict[str, set[uuid.UUID]] = {}
        for mutation in pending:
            by_entity.setdefault(mutation.entity, set()).add(mutation.row_id)
        for entity, row_ids in by_entity.items():
            found = _by_keys(self.session, rows.c.entity, entity, rows.c.row_id, row_ids,
                             [rows.c.row_id, rows.c.agent_id, rows.c.owner_client, rows.c.data, rows.c.stamps,
                              rows.c.seq])
            for row_id, agent_id, owner_client, data, stamps, seq in found:
                self.rows[(entity, row_id)] = _Row(entity, row_id, agent_id, owner_client, data, stamps, seq, "read")
        # The parents owner_of may look up: named by the batch's fields or by its rows' data.
        wanted: dict[str, set[uuid.UUID]] = {}
        for mutation in pending:
            if mutation.entity not in OWNER_FIELD:
                continue
            field, parent = OWNER_FIELD[mutation.entity]
            if parent is None:
                continue
            row = self.rows.get((mutation.entity, mutation.row_id))
            for value in (mutation.fields.get(field), row.data.get(field) if row is not None else None):
                ref = as_uuid(value)
                if ref is not None and (parent, ref) not in self.rows and ref not in by_entity.get(parent, ()):
                    wanted.setdefault(parent, set()).add(ref)
        for entity, row_ids in wanted.items():
            found = _by_keys(self.session, rows.c.entity, entity, rows.c.row_id, row_ids,
                             [rows.c.row_id, rows.c.agent_id, rows.c.owner_client])
            self.parents.update(((entity, row_id), (agent_id, owner)) for row_id, agent_id, owner in found)

    def owner_of(self, entity: str, row_id: uuid.UUID, data: dict[str, Any]) -> uuid.UUID | None:
        """owner_of() over the batch's rows as they stand, then the parents read for it."""
        if entity not in OWNER_FIELD:
            return None
        field, parent = OWNER_FIELD[entity]
        ref = row_id if field == "id" else as_uuid(data.get(field))
        if ref is None or parent is None:
            return ref
        row = self.rows.get((parent, ref))
        agent_id, owner = (row.agent_id, row.owner_client) if row is not None else self.parents.get((parent, ref),
                                                                                                   (None, None))
        return owner if agent_id == self.agent_id else None

    def record(self, mutation: Mutation, result: MutationResult) -> None:
        self.recorded[mutation.mutation_id] = result  # a repeat later in the batch gets it again
        if result.conflicts:
            text = json.dumps(result.model_dump(mode="json"))
        else:  # the same text, without a model dump and an encoding for each mutation
            text = (f'{{"mutation_id": "{result.mutation_id}", "status": "{result.status}", '
                    f'"reason": {_json_string(result.reason)}, "conflicts": []}}')
        self.new_results.append({"agent_id": self.agent_id, "mutation_id": mutation.mutation_id, "result": text})

    def write(self) -> None:
        """The batch's new rows and results (one statement each), its changed rows
        (one executemany); the agent's `last_seq` is written when the session
        flushes (once, at commit). JSON columns are given as JSON text."""
        rows = SyncedRow.__table__
        _insert(self.session, rows, ("data", "stamps"),
                [{"entity": row.entity, "row_id": row.row_id, "agent_id": row.agent_id, **row.values()}
                 for row in self.rows.values() if row.state == "new"])
        changed = [{"key_entity": row.entity, "key_row_id": row.row_id, **row.values()}
                   for row in self.rows.values() if row.state == "changed"]
        if changed:
            self.session.execute(
                update(rows).where(rows.c.entity == bindparam("key_entity"), rows.c.row_id == bindparam("key_row_id"))
                .values(data=_json_param(self.session, "data_text"), stamps=_json_param(self.session, "stamps_text")),
                [_as_text_params(values, ("data", "stamps")) for values in changed])
        now = utcnow()
        _insert(self.session, RecordedMutation.__table__, ("result",),
                [{**result, "created_at": now} for result in self.new_results])


def _insert(session: Session, table: Table, json_columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    """Insert rows (dicts of the same columns, `json_columns` as JSON text).

    PostgreSQL takes them by COPY: psycopg runs an executemany as one INSERT a
    row, at about twice the cost (client and server) for a batch."""
    if not rows:
        return
    columns = list(rows[0])
    if session.connection().dialect.name == "postgresql":
        quote = session.connection().dialect.identifier_preparer
        names = ", ".join(quote.quote(column) for column in columns)
        with (session.connection().connection.cursor() as cursor,
              cursor.copy(f"COPY {quote.format_table(table)} ({names}) FROM STDIN") as copy):
            for row in rows:
                copy.write_row([row[column] for column in columns])
        return
    statement = insert(table).values({column: _json_param(session, f"{column}_text") for column in json_columns})
    session.execute(statement, [_as_text_params(row, json_columns) for row in rows])


def _as_text_params(values: dict[str, Any], json_columns: tuple[str, ...]) -> dict[str, Any]:
    """The values for a statement that binds `json_columns` as `<column>_text` (_json_param)."""
    return {f"{key}_text" if key in json_columns else key: value for key, value in values.items()}


def _json_param(session: Session, name: str) -> ColumnElement[Any]:
    """A bound parameter for a JSON column given as JSON text, which the column
    type would otherwise encode again."""
    param = bindparam(name, type_=Text())
    # PostgreSQL takes the text as json; SQLite keeps JSON as text (and CAST AS JSON would make it a number).
    return cast(param, JSON) if session.connection().dialect.name == "postgresql" else param


def _stamps_text(fields: Iterable[str], hlc: str, seq: int, device: str) -> str:
    """json.dumps({field: {"h": hlc, "s": seq, "d": device} for field in fields}), for a new row's
    fields (column names) and a device id (a UUID): only the stamp may need escaping."""
    one = f'{{"h": {_json_string(hlc)}, "s": {seq}, "d": "{device}"}}'
    return "{" + ", ".join(f'"{field}": {one}' for field in fields) + "}"


def _by_keys(session: Session, fixed: Column[Any], value: Any, key: Column[Any], keys: set[Any],
             columns: list[Column[Any]]) -> Result[Any]:
    """The `columns` of the rows whose primary key is (`value`, one of `keys`).

    PostgreSQL probes the primary key once for each key (unnest of the keys,
    each joined to a LATERAL subquery with LIMIT 1, which the planner cannot
    turn into a scan): how it would run `fixed = value AND key IN (…)` depends
    on the statistics, and without them (a new office, an agent's first push
    of a whole book) it reads every row with `fixed = value` and compares it
    with each key, so each batch costs more than the one before. SQLite looks
    each key of an IN list up in the index anyway."""
    if session.connection().dialect.name == "postgresql":
        probe_keys = (func.unnest(bindparam("keys", list(keys), type_=ARRAY(key.type)))
                      .table_valued("key").render_derived(name="wanted"))
        probe = select(*columns).where(fixed == value, key == probe_keys.c.key).limit(1).lateral("found")
        return session.execute(select(*probe.c).select_from(probe_keys).join(probe, true()))
    return session.execute(select(*columns).where(fixed == value, key.in_(keys)))


def _refused(mutation: Mutation, reason: str) -> MutationResult:
    return MutationResult(mutation_id=mutation.mutation_id, status="refused", reason=reason)


def _apply(batch: _Batch, mutation: Mutation) -> MutationResult:
    fields_text = _valid_fields(mutation)
    if fields_text is None:
        return _refused(mutation, "invalid")
    key = (mutation.entity, mutation.row_id)
    row = batch.rows.get(key)
    if row is not None and row.agent_id != batch.agent_id:
        return _refused(mutation, "not_found")
    if row is None:
        seq = batch.seqs.next()
        stamp = {"h": mutation.hlc, "s": seq, "d": batch.device}
        data = dict(mutation.fields)
        texts = (fields_text, _stamps_text(data, mutation.hlc, seq, batch.device), mutation.hlc, batch.device)
        batch.rows[key] = _Row(mutation.entity, mutation.row_id, batch.agent_id,
                               batch.owner_of(mutation.entity, mutation.row_id, data), data,
                               {field: stamp for field in data}, seq, "new", texts)
        return MutationResult(mutation_id=mutation.mutation_id, status="applied")
    data, conflicts, applied = _merge(row, batch.device, mutation)
    if applied:
        seq = batch.seqs.next()
        stamp = {"h": mutation.hlc, "s": seq, "d": batch.device}
        row.data = data
        row.stamps = {**row.stamps, **{field: stamp for field in applied}}
        row.seq = seq
        row.owner_client = batch.owner_of(row.entity, row.row_id, data)
        row.texts = None
        if row.state == "read":
            row.state = "changed"
    return MutationResult(mutation_id=mutation.mutation_id, status="applied", conflicts=conflicts)


def _merge(row: _Row, device: str, mutation: Mutation) -> tuple[dict[str, Any], list[FieldConflict], list[str]]:
    """The row's data after the mutation, the conflicts to report, and the fields
    it wrote (whose stamps become the mutation's), by the rules of protocol.py."""
    data, stamps = dict(row.data), row.stamps
    conflicts: list[FieldConflict] = []
    applied: list[str] = []

    def conflict(field: str, kept: Any, lost: Any, lost_hlc: str, winner: str) -> None:
        conflicts.append(FieldConflict(field=field, kept=kept, lost=lost, lost_hlc=lost_hlc, winner=winner))

    for field, value in mutation.fields.items():
        current = data.get(field)
        differs = not _same(value, current)
        current_stamp = stamps.get(field)
        if is_office_owned(row.entity, field):
            if differs:
                conflict(field, current, value, mutation.hlc, "office")
        elif current_stamp is None:
            data[field] = value
            applied.append(field)
        elif mutation.hlc > current_stamp["h"]:
            # An office or other-device write this device had not pulled when it made its change.
            unseen = current_stamp["d"] != device and current_stamp["s"] > mutation.base
            if unseen and differs:
                conflict(field, value, current, current_stamp["h"], "device")
            data[field] = value
            applied.append(field)
        elif differs:
            conflict(field, current, value, mutation.hlc, "server")
    deleted_stamp = stamps.get("deleted_at")
    if (mutation.op == "upsert" and "deleted_at" not in mutation.fields and data.get("deleted_at") is not None
            and mutation.hlc > (deleted_stamp["h"] if deleted_stamp else "")):
        data["deleted_at"] = None  # an edit newer than the delete brings the row back
        applied.append("deleted_at")
    return data, conflicts, applied


# --- pull and reads -----------------------------------------------------------------------------

def row_change(row: SyncedRow) -> Change:
    return Change(seq=row.seq, entity=row.entity, row_id=row.row_id, op="upsert", fields=row.data,
                  hlc=row.last_hlc)


class PullPage(Response):
    """A PullResponse as JSON, written straight from the database's rows: each
    row's `data` is spliced in as stored (JSON text that push, or the JSON
    column type, wrote with json.dumps), not decoded and encoded again.
    FastAPI sends a returned Response as it is; the route keeps PullResponse
    as its response model, for the OpenAPI document."""

    media_type = "application/json"


class _JsonStrings(dict[str, str]):
    """_json_string of each key, worked out once."""

    def __missing__(self, text: str) -> str:
        self[text] = _json_string(text)
        return self[text]


def _uuid_text(text: str) -> str:
    """A UUID column read as text in its usual form (SQLite keeps 32 hex digits)."""
    return text if len(text) == 36 else f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def pull(session: Session, agent_id: int, cursor: int, limit: int, device_id: uuid.UUID | None = None) -> PullPage:
    """The agent's rows and removals after `cursor`, in seq order, `limit` at most.

    With `device_id`, a row every field of which that device wrote last is left
    out (it holds the row already, or newer), though the cursor passes it: a
    device's own push does not come straight back down."""
    rows, removals = SyncedRow.__table__, Removal.__table__
    found_rows = session.execute(
        select(rows.c.seq, rows.c.entity, cast(rows.c.row_id, String), cast(rows.c.data, Text), rows.c.last_hlc,
               rows.c.sole_writer)
        .where(rows.c.agent_id == agent_id, rows.c.seq > cursor).order_by(rows.c.seq).limit(limit + 1)).all()
    found_removals = session.execute(
        select(removals.c.seq, removals.c.entity, cast(removals.c.row_id, String))
        .where(removals.c.agent_id == agent_id, removals.c.seq > cursor).order_by(removals.c.seq)
        .limit(limit + 1)).all()
    merged = sorted([*found_rows, *found_removals], key=lambda item: item[0]) if found_removals else found_rows
    page, has_more = merged[:limit], len(merged) > limit
    asker = str(device_id) if device_id is not None else None
    entities = _JsonStrings()
    changes = []
    for item in page:
        if len(item) == 3:  # a removal
            seq, entity, row_id = item
            changes.append(f'{{"seq":{seq},"entity":{entities[entity]},"row_id":"{_uuid_text(row_id)}",'
                           f'"op":"remove","fields":{{}},"hlc":""}}')
            continue
        seq, entity, row_id, data, last_hlc, sole_writer = item
        if asker is None or sole_writer != asker:
            changes.append(f'{{"seq":{seq},"entity":{entities[entity]},"row_id":"{_uuid_text(row_id)}",'
                           f'"op":"upsert","fields":{data},"hlc":{_json_string(last_hlc)}}}')
    next_cursor = page[-1][0] if page else cursor
    body = (f'{{"changes":[{",".join(changes)}],"next_cursor":{next_cursor},'
            f'"has_more":{"true" if has_more else "false"}}}')
    return PullPage(body.encode("utf-8"))


def agent_row(session: Session, agent_id: int, entity: str, row_id: uuid.UUID) -> Change:
    """One row of the agent's book; any other row is as good as missing."""
    row = session.get(SyncedRow, (entity, row_id)) if entity in ENTITIES else None
    if row is None or row.agent_id != agent_id:
        raise OfficeError("not_found", f"There is no {entity} row {row_id} in this agent's book.")
    return row_change(row)


@dataclass(frozen=True)
class CatalogFile:
    content: str
    etag: str  # sha256 hex of the content


def current_catalog(session: Session) -> CatalogFile:
    """The catalog published last."""
    latest = session.scalars(select(PublishedCatalog).order_by(PublishedCatalog.id.desc()).limit(1)).first()
    if latest is None:
        raise OfficeError("not_found", "The office has not published a catalog yet.")
    return CatalogFile(latest.content, latest.etag)
