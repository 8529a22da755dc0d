"""The client's timeline: calls, visits, meetings, messages and gifts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_desk.domain.clients import ActivityKind
from agent_desk.errors import NotFoundError
from agent_desk.services.changes import Changes
from agent_desk.services.clients import live_client
from agent_desk.store.models import Activity, utcnow


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    kind: ActivityKind
    occurred_at: datetime
    note: str
    outcome: str


def log_activity(session: Session, client_id: uuid.UUID, kind: ActivityKind, note: str = "",
                 occurred_at: datetime | None = None, outcome: str = "") -> tuple[uuid.UUID, Changes]:
    live_client(session, client_id)
    activity = Activity(client_id=client_id, kind=kind.value, note=note.strip(), outcome=outcome.strip(),
                        occurred_at=occurred_at or utcnow())
    session.add(activity)
    session.flush()
    return activity.id, Changes(timelines=frozenset({client_id}))


def timeline(session: Session, client_id: uuid.UUID, limit: int = 200) -> list[ActivityRow]:
    """Newest first."""
    rows = session.execute(
        select(Activity.id, Activity.kind, Activity.occurred_at, Activity.note, Activity.outcome)
        .where(Activity.client_id == client_id, Activity.deleted_at.is_(None))
        .order_by(Activity.occurred_at.desc())
        .limit(limit)
    )
    return [ActivityRow(id_, ActivityKind(kind), at, note, outcome) for id_, kind, at, note, outcome in rows]


def delete_activity(session: Session, activity_id: uuid.UUID) -> Changes:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.deleted_at is not None:
        raise NotFoundError(f"No activity {activity_id}")
    activity.deleted_at = utcnow()
    activity.version += 1
    return Changes(timelines=frozenset({activity.client_id}))
