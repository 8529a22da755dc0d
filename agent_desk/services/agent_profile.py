"""The agent's own name, as greetings and messages sign it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_desk.store.models import AgentProfile


@dataclass(frozen=True)
class AgentNames:
    name: str = ""
    name_local: str = ""

    def signature(self, chinese: bool) -> str:
        """The name a message in Chinese (or not) is signed with; "" when the book has none."""
        return (self.name_local or self.name) if chinese else (self.name or self.name_local)


def agent_names(session: Session) -> AgentNames:
    """The names of the book's agent profile (the first one made); empty when there is none yet."""
    row = session.execute(
        select(AgentProfile.name, AgentProfile.name_local)
        .where(AgentProfile.deleted_at.is_(None))
        .order_by(AgentProfile.created_at)
        .limit(1)
    ).first()
    return AgentNames(row.name.strip(), row.name_local.strip()) if row else AgentNames()


def agent_name(session: Session) -> str:
    """The agent's name in Latin script (else the local one); "" when none is set."""
    return agent_names(session).signature(chinese=False)
