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

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_desk.office import OfficeError
from agent_desk.office.models import OFFICE_DEVICE, Agent, PublishedCatalog, RecordedMutation, Removal, SyncedRow
from agent_desk.store.models import Base as BookBase
from agent_desk.sync.protocol import (
    ENTITIES,
    OWNER_FIELD,
    Change,
    FieldConflict,
    Mutation,
    MutationResult,
    PullResponse,
    PushRequest,
    PushResponse,
    is_office_owned,
    travels,
)

# sync/hlc.py's text form: 13-digit milliseconds, 5-digit counter, the node.
HLC_PATTERN = re.compile(r"\d{13}-\d{5}-[^\x00-\x1f\x7f]{1,60}")


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


def latest_stamp(row: SyncedRow) -> str:
    return max((stamp["h"] for stamp in row.stamps.values()), default="")


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


def _same(a: Any, b: Any) -> bool:
    """JSON equality: True is not 1, as it is in Python."""
    return _json_text(a) == _json_text(b)


def _is_valid(mutation: Mutation) -> bool:
    if mutation.entity not in ENTITIES or not mutation.fields:
        return False
    if not set(mutation.fields) <= travelling_columns(mutation.entity):
        return False
    if not HLC_PATTERN.fullmatch(mutation.hlc):
        return False
    if mutation.op == "delete" and mutation.fields.get("deleted_at") is None:
        return False
    try:  # storable as JSON by both databases: no NaN, no lone surrogate
        _json_text(mutation.fields).encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        return False
    return True


def push(session: Session, agent_id: int, device_id: uuid.UUID, request: PushRequest) -> PushResponse:
    """Apply a device's batch in order, in the caller's one transaction. A
    mutation seen before gets its recorded result again and changes nothing."""
    seqs = lock_agents(session, [agent_id])[agent_id]
    results = []
    for mutation in request.mutations:
        recorded = session.get(RecordedMutation, (agent_id, mutation.mutation_id))
        if recorded is not None:
            results.append(MutationResult.model_validate(recorded.result))
            continue
        result = _apply(session, seqs, str(device_id), mutation)
        session.add(RecordedMutation(agent_id=agent_id, mutation_id=mutation.mutation_id,
                                     result=result.model_dump(mode="json")))
        session.flush()  # a mutation id repeated within the batch finds this one
        results.append(result)
    return PushResponse(results=results)


def _refused(mutation: Mutation, reason: str) -> MutationResult:
    return MutationResult(mutation_id=mutation.mutation_id, status="refused", reason=reason)


def _apply(session: Session, seqs: AgentSeqs, device: str, mutation: Mutation) -> MutationResult:
    if not _is_valid(mutation):
        return _refused(mutation, "invalid")
    agent_id = seqs.agent.id
    row = session.get(SyncedRow, (mutation.entity, mutation.row_id))
    if row is not None and row.agent_id != agent_id:
        return _refused(mutation, "not_found")
    if row is None:
        seq = seqs.next()
        stamp = {"h": mutation.hlc, "s": seq, "d": device}
        data = dict(mutation.fields)
        session.add(SyncedRow(entity=mutation.entity, row_id=mutation.row_id, agent_id=agent_id, data=data,
                              stamps={field: stamp for field in data}, seq=seq,
                              owner_client=owner_of(session, agent_id, mutation.entity, mutation.row_id, data)))
        return MutationResult(mutation_id=mutation.mutation_id, status="applied")
    data, conflicts, applied = _merge(row, device, mutation)
    if applied:
        seq = seqs.next()
        stamp = {"h": mutation.hlc, "s": seq, "d": device}
        row.data = data
        row.stamps = {**row.stamps, **{field: stamp for field in applied}}
        row.seq = seq
        row.owner_client = owner_of(session, agent_id, row.entity, row.row_id, data)
    return MutationResult(mutation_id=mutation.mutation_id, status="applied", conflicts=conflicts)


def _merge(row: SyncedRow, device: str, mutation: Mutation) -> tuple[dict[str, Any], list[FieldConflict], list[str]]:
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
                  hlc=latest_stamp(row))


def pull(session: Session, agent_id: int, cursor: int, limit: int, device_id: uuid.UUID | None = None) -> PullResponse:
    """The agent's rows and removals after `cursor`, in seq order, `limit` at most.

    With `device_id`, a row every field of which that device wrote last is left
    out (it holds the row already, or newer), though the cursor passes it: a
    device's own push does not come straight back down."""
    rows = session.scalars(select(SyncedRow).where(SyncedRow.agent_id == agent_id, SyncedRow.seq > cursor)
                           .order_by(SyncedRow.seq).limit(limit + 1)).all()
    removals = session.scalars(select(Removal).where(Removal.agent_id == agent_id, Removal.seq > cursor)
                               .order_by(Removal.seq).limit(limit + 1)).all()
    merged = sorted([(row.seq, row) for row in rows] + [(r.seq, r) for r in removals], key=lambda pair: pair[0])
    page, has_more = merged[:limit], len(merged) > limit
    asker = str(device_id) if device_id is not None else None
    changes = []
    for _seq, item in page:
        if isinstance(item, Removal):
            changes.append(Change(seq=item.seq, entity=item.entity, row_id=item.row_id, op="remove"))
        elif asker is None or any(stamp["d"] != asker for stamp in item.stamps.values()):
            changes.append(row_change(item))
    return PullResponse(changes=changes, next_cursor=page[-1][0] if page else cursor, has_more=has_more)


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
