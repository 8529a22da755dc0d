"""Sync as the app and the command line see it: the book's sync status, and
the conflict log the agent reviews and restores from. The network work is
in sync/engine.py (`enroll`, `sync_once`), re-exported here."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent_desk.domain.clients import display_name
from agent_desk.errors import NotFoundError, ValidationError
from agent_desk.services.changes import Changes
from agent_desk.store.models import Base, Client, SyncConflict, utcnow
from agent_desk.store.search import refresh_search_doc
from agent_desk.sync import codec, outbox, protocol
from agent_desk.sync.engine import (
    AGENT_CODE,
    AGENT_NAME,
    DEVICE_ID,
    LAST_ATTEMPT_AT,
    LAST_ERROR,
    LAST_ERROR_KIND,
    LAST_SYNC_AT,
    TOKEN_STORE,
    EnrolmentReport,
    SyncReport,
    enroll,
    sync_once,
)
from agent_desk.sync.outbox import SERVER_URL, read_state

__all__ = ["EnrolmentReport", "SyncReport", "enroll", "sync_once", "SyncStatus", "sync_status", "ConflictRow",
           "open_conflicts", "restore_conflict", "dismiss_conflict", "reopen_conflict"]

@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str
    agent_code: str
    agent_name: str
    device_id: str
    token_kept: str
    pending: int  # changes waiting in the outbox
    open_conflicts: int
    last_sync_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str  # in English, as the engine said it
    last_error_kind: str  # the error's class (OfflineError, UpdateRequiredError…), for the app's own words


def _moment(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def sync_status(session: Session) -> SyncStatus:
    state = read_state(session.connection(), SERVER_URL, AGENT_CODE, AGENT_NAME, DEVICE_ID, TOKEN_STORE,
                       LAST_SYNC_AT, LAST_ATTEMPT_AT, LAST_ERROR, LAST_ERROR_KIND)
    conflicts = session.scalar(select(func.count()).select_from(SyncConflict)
                               .where(SyncConflict.resolved_at.is_(None))) or 0
    return SyncStatus(
        enrolled=bool(state.get(SERVER_URL)), server_url=state.get(SERVER_URL, ""),
        agent_code=state.get(AGENT_CODE, ""), agent_name=state.get(AGENT_NAME, ""),
        device_id=state.get(DEVICE_ID, ""), token_kept=state.get(TOKEN_STORE, ""),
        pending=outbox.pending_count(session), open_conflicts=conflicts,
        last_sync_at=_moment(state.get(LAST_SYNC_AT)), last_attempt_at=_moment(state.get(LAST_ATTEMPT_AT)),
        last_error=state.get(LAST_ERROR, ""), last_error_kind=state.get(LAST_ERROR_KIND, ""))


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    entity: str
    row_id: uuid.UUID
    client_name: str  # the client the row is (or belongs to); "" when none
    field: str  # "*" for a whole change the office refused
    kept: Any
    lost: Any
    winner: str
    created_at: datetime
    restorable: bool


def _model(entity: str) -> type:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == entity:
            return mapper.class_
    raise NotFoundError(f"unknown kind of record: {entity}")


def _client_name(session: Session, entity: str, row_id: uuid.UUID) -> str:
    client_id = row_id if entity == "clients" else None
    if client_id is None and entity in protocol.ENTITIES:
        row = session.get(_model(entity), row_id)
        for name in ("client_id", "holder_id", "from_client_id"):
            client_id = client_id or getattr(row, name, None)
    client = session.get(Client, client_id) if client_id else None
    return display_name(client.name, client.name_local) if client is not None else ""


def open_conflicts(session: Session, limit: int = 500) -> list[ConflictRow]:
    rows = session.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                           .order_by(SyncConflict.created_at.desc()).limit(limit)).all()
    return [ConflictRow(row.id, row.entity, row.row_id, _client_name(session, row.entity, row.row_id), row.field,
                        row.kept_value, row.lost_value, row.winner, row.created_at, _restorable(session, row))
            for row in rows]


def _restorable(session: Session, conflict: SyncConflict) -> bool:
    if conflict.field == "*" or protocol.is_office_owned(conflict.entity, conflict.field):
        return False
    if conflict.entity not in protocol.ENTITIES or not protocol.travels(conflict.entity, conflict.field):
        return False
    return session.get(_model(conflict.entity), conflict.row_id) is not None


def restore_conflict(session: Session, conflict_id: uuid.UUID) -> Changes:
    """Put the value that lost back, as a new edit of the agent's: it goes up
    with the next sync and wins there, being the latest."""
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise NotFoundError("That conflict is no longer open")
    if conflict.field == "*":
        raise ValidationError({"conflict": "The office did not accept this change (the record left your book); "
                                           "it can only be dismissed"})
    if protocol.is_office_owned(conflict.entity, conflict.field):
        raise ValidationError({"conflict": "The office decides this field; ask the office to change it"})
    if not _restorable(session, conflict):
        raise ValidationError({"conflict": "The record is no longer in your book"})
    row = session.get(_model(conflict.entity), conflict.row_id)
    try:
        value = codec.from_json(conflict.entity, conflict.field, conflict.lost_value)
    except (KeyError, ValueError) as exc:
        raise ValidationError({"conflict": f"The lost value cannot be restored ({exc})"}) from exc
    setattr(row, conflict.field, value)
    client_id = None
    if conflict.entity == "clients":
        client_id = row.id
        row.sort_name = display_name(row.name, row.name_local).casefold()
    conflict.resolved_at = utcnow()
    session.flush()
    if client_id is not None:
        refresh_search_doc(session, client_id)
    owner = client_id or getattr(row, "client_id", None) or getattr(row, "holder_id", None)
    touched = frozenset({owner}) if owner else frozenset()
    return Changes(clients=touched, client_list=conflict.entity == "clients", timelines=touched, plans=touched,
                   policies=touched, followups=touched, followup_list=conflict.entity == "followups",
                   claims=touched, service=touched, households=True, relationships=True, sync=True)


def dismiss_conflict(session: Session, conflict_id: uuid.UUID) -> Changes:
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFoundError("That conflict is no longer open")
    conflict.resolved_at = utcnow()
    return Changes(sync=True)


def reopen_conflict(session: Session, conflict_id: uuid.UUID) -> Changes:
    """Undo of a dismissal: the conflict is open for review again."""
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise NotFoundError("That conflict is no longer in the log")
    conflict.resolved_at = None
    return Changes(sync=True)
