"""The home-office server (FastAPI + SQLAlchemy): the sync API of DESIGN §5
over its own database, and the admin commands of `agent-desk-office`."""

from __future__ import annotations

from agent_desk.errors import AgentDeskError


class OfficeError(AgentDeskError):
    """A request the office refuses. `error` is the code the API answers with
    (protocol.ErrorBody.error); the message is for a person."""

    def __init__(self, error: str, message: str):
        self.error = error
        super().__init__(message)
