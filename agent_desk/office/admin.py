"""What the office's staff do (the admin commands of `agent-desk-office`):
agents and their enrolment codes, devices, catalogs, and the office's own
edits of the agents' books. Each function is one unit of work in the
caller's session; the results are plain rows for printing.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from agent_desk.domain.catalog import CatalogError, parse_catalog
from agent_desk.domain.clients import PolicyStatus
from agent_desk.office import OfficeError
from agent_desk.office.auth import issue_enrolment_code
from agent_desk.office.models import Agent, Device, PublishedCatalog, Removal, SyncedRow, utcnow
from agent_desk.office.sync_store import AgentSeqs, as_uuid, lock_agents, office_edit
from agent_desk.sync.protocol import ENTITIES, OWNER_FIELD

AGENT_CODE = re.compile(r"[A-Za-z0-9._-]{1,40}")


def as_dict(result: Any) -> dict[str, Any]:
    """A result row as JSON-ready values, for `--json`."""
    return {key: str(value) if isinstance(value, (uuid.UUID, datetime)) else value
            for key, value in asdict(result).items()}


@dataclass(frozen=True)
class Enrolment:
    agent: str
    enrolment_code: str


@dataclass(frozen=True)
class DeviceInfo:
    id: uuid.UUID
    agent: str
    name: str
    node_id: str
    created_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None


@dataclass(frozen=True)
class PublishedInfo:
    catalog_id: str
    catalog_version: str
    etag: str
    published: bool  # False: this very file was published before, nothing changed


@dataclass(frozen=True)
class PolicyStatusChange:
    policy_id: uuid.UUID
    policy_number: str
    agent: str
    old_status: str
    status: str
    changed: bool


@dataclass(frozen=True)
class Reassignment:
    client_id: uuid.UUID
    from_agent: str
    to_agent: str
    rows_moved: int


def _agent(session: Session, code: str) -> Agent:
    agent = session.scalars(select(Agent).where(Agent.code == code)).one_or_none()
    if agent is None:
        raise OfficeError("not_found", f"There is no agent with code {code!r}.")
    return agent


def _uuid(text: str, what: str) -> uuid.UUID:
    parsed = as_uuid(text)
    if parsed is None:
        raise OfficeError("invalid", f"{what} must be a UUID, not {text!r}.")
    return parsed


# --- agents and devices ---------------------------------------------------------------------------

def add_agent(session: Session, code: str, name: str) -> Enrolment:
    """A new agent, with the one-time code for their first device."""
    if not AGENT_CODE.fullmatch(code):
        raise OfficeError("invalid", f"An agent code is 1-40 letters, digits, '.', '_' or '-', not {code!r}.")
    if not name.strip() or len(name) > 200:
        raise OfficeError("invalid", "An agent's name must be given (200 characters at most).")
    if session.scalars(select(Agent.id).where(Agent.code == code)).first() is not None:
        raise OfficeError("invalid", f"An agent with code {code!r} exists already.")
    agent = Agent(code=code, name=name.strip(), last_seq=0, created_at=utcnow())
    session.add(agent)
    session.flush()
    return Enrolment(agent.code, issue_enrolment_code(session, agent))


def new_code(session: Session, code: str) -> Enrolment:
    """Another one-time code, for one more device of the agent."""
    agent = _agent(session, code)
    return Enrolment(agent.code, issue_enrolment_code(session, agent))


def _device_info(device: Device, agent_code: str) -> DeviceInfo:
    return DeviceInfo(device.id, agent_code, device.name, device.node_id, device.created_at,
                      device.last_seen_at, device.revoked_at)


def revoke_device(session: Session, device_id: str) -> DeviceInfo:
    """Refuse the device from now on (a lost laptop); its book stays with the office."""
    device = session.get(Device, _uuid(device_id, "A device id"))
    if device is None:
        raise OfficeError("not_found", f"There is no device {device_id}.")
    if device.revoked_at is None:
        device.revoked_at = utcnow()
    return _device_info(device, session.get_one(Agent, device.agent_id).code)


def list_devices(session: Session, agent_code: str | None = None) -> list[DeviceInfo]:
    query = select(Device, Agent.code).join(Agent, Agent.id == Device.agent_id)
    if agent_code is not None:
        query = query.where(Device.agent_id == _agent(session, agent_code).id)
    return [_device_info(device, code) for device, code in session.execute(query.order_by(Agent.code,
                                                                                          Device.created_at))]


# --- catalogs -----------------------------------------------------------------------------------

def publish_catalog(session: Session, content: bytes) -> PublishedInfo:
    """Publish a catalog file as the current one. A file that breaks the shape
    raises CatalogError naming the problem; a version is published once."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise CatalogError([("$", "the file is not UTF-8 text")]) from None
    catalog = parse_catalog(text)
    etag = hashlib.sha256(content).hexdigest()
    existing = session.scalars(select(PublishedCatalog).where(
        PublishedCatalog.catalog_id == catalog.catalog_id,
        PublishedCatalog.catalog_version == catalog.version)).one_or_none()
    if existing is not None:
        if existing.etag != etag:
            raise OfficeError("invalid", f"Catalog {catalog.catalog_id} version {catalog.version} was published "
                                         "with other content; give the changed file a new version.")
        return PublishedInfo(catalog.catalog_id, catalog.version, etag, published=False)
    session.add(PublishedCatalog(catalog_id=catalog.catalog_id, catalog_version=catalog.version, content=text,
                                 etag=etag, published_at=utcnow()))
    return PublishedInfo(catalog.catalog_id, catalog.version, etag, published=True)


# --- office edits of the books --------------------------------------------------------------------

def _locked_row(session: Session, entity: str, row_id: uuid.UUID,
                other_agents: tuple[int, ...] = ()) -> tuple[SyncedRow, dict[int, AgentSeqs]]:
    """The row, read again once its agent (and `other_agents`) are locked; a
    row moved meanwhile by another process is followed to its new agent."""
    while True:
        row = session.get(SyncedRow, (entity, row_id), populate_existing=True)
        if row is None:
            raise OfficeError("not_found", f"There is no {entity} row {row_id}.")
        seqs = lock_agents(session, (row.agent_id, *other_agents))
        session.refresh(row)
        if row.agent_id in seqs:
            return row, seqs


def _find_policy(session: Session, policy: str) -> uuid.UUID:
    row_id = as_uuid(policy)
    if row_id is not None:
        return row_id
    found = session.scalars(select(SyncedRow.row_id).where(
        SyncedRow.entity == "policies", SyncedRow.data["policy_number"].as_string() == policy)).all()
    if not found:
        raise OfficeError("not_found", f"No policy has the id or number {policy!r}.")
    if len(found) > 1:
        raise OfficeError("invalid", f"{len(found)} policies have number {policy!r}; give the row id instead: "
                                     + ", ".join(str(row_id) for row_id in found))
    return found[0]


def set_policy_status(session: Session, policy: str, status: str) -> PolicyStatusChange:
    """The office's word on a policy's status (POLICY: row id, or number when unique);
    it reaches the agent's devices with their next pull and wins over their edits."""
    allowed = [s.value for s in PolicyStatus]
    if status not in allowed:
        raise OfficeError("invalid", f"A policy status is one of {', '.join(allowed)}; not {status!r}.")
    row, seqs = _locked_row(session, "policies", _find_policy(session, policy))
    old = row.data.get("status")
    if old != status:
        office_edit(session, row, seqs[row.agent_id].next(), {"status": status})
    return PolicyStatusChange(row.row_id, str(row.data.get("policy_number", "")), seqs[row.agent_id].agent.code,
                              str(old or ""), status, changed=old != status)


def reassign_client(session: Session, client_id: str, agent_code: str) -> Reassignment:
    """Move a client and everything of theirs to another agent's book. Each row
    moved gets a new seq in the new book, and leaves a removal in the old one."""
    target = _agent(session, agent_code)
    client, seqs = _locked_row(session, "clients", _uuid(client_id, "A client id"), (target.id,))
    source = seqs[client.agent_id].agent
    if source.id == target.id:
        if client.data.get("assigned_agent") != target.code:
            office_edit(session, client, seqs[target.id].next(), {"assigned_agent": target.code})
        return Reassignment(client.row_id, source.code, target.code, rows_moved=0)
    moving = _rows_of_client(session, source.id, client.row_id)
    for row in moving:
        seq = seqs[target.id].next()
        row.agent_id, row.seq = target.id, seq
        if row is client:
            office_edit(session, row, seq, {"assigned_agent": target.code})
    for row in reversed(moving):  # the old book drops children before their parents
        session.add(Removal(agent_id=source.id, seq=seqs[source.id].next(), entity=row.entity, row_id=row.row_id))
    return Reassignment(client.row_id, source.code, target.code, rows_moved=len(moving))


def _rows_of_client(session: Session, agent_id: int, client_id: uuid.UUID) -> list[SyncedRow]:
    """The client's rows in the agent's book, parents before children: rows it
    owns, rows whose parent it owns, and households all of whose live members it
    takes along."""
    in_book = select(SyncedRow).where(SyncedRow.agent_id == agent_id)
    rows = {(r.entity, r.row_id): r for r in session.scalars(in_book.where(SyncedRow.owner_client == client_id))}
    for entity, (field, parent) in OWNER_FIELD.items():
        parents = {row_id for kind, row_id in rows if kind == parent} if parent else set()
        if not parents:
            continue
        # Children pushed before their parent, or whose parent changed hands, have another owner on record.
        others = session.scalars(in_book.where(SyncedRow.entity == entity, or_(
            SyncedRow.owner_client.is_(None), SyncedRow.owner_client != client_id)))
        rows.update({(r.entity, r.row_id): r for r in others if as_uuid(r.data.get(field)) in parents})
    households = {as_uuid(r.data.get("household_id")) for key, r in rows.items()
                  if key[0] == "household_members" and r.data.get("deleted_at") is None} - {None}
    if households:
        members = session.scalars(in_book.where(SyncedRow.entity == "household_members")).all()
        for household_id in households:
            live = [m for m in members
                    if as_uuid(m.data.get("household_id")) == household_id and m.data.get("deleted_at") is None]
            household = session.get(SyncedRow, ("households", household_id))
            if (household is not None and household.agent_id == agent_id
                    and all(("household_members", m.row_id) in rows for m in live)):
                rows[("households", household_id)] = household
    return sorted(rows.values(), key=lambda r: (ENTITIES.index(r.entity), r.seq))
