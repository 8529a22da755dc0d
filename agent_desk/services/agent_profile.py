"""The agent's own details: the names greetings and messages are signed with,
and the name, licence number and contacts every proposal's cover prints.

A book has one agent profile; the first live one (by creation) is the one
read and written here."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_desk.domain.clients import ClientDetails, validate_client
from agent_desk.errors import ValidationError
from agent_desk.services.changes import Changes
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


# What a proposal's cover cannot go without: who the agent is, and the licence
# clients and regulators check.
PROPOSAL_NEEDS = ("name", "licence_number")


@dataclass(frozen=True)
class AgentDetails:
    """The details the agent fills in about themselves, as plain strings."""

    name: str = ""
    name_local: str = ""  # the name in Chinese (or another local script)
    licence_number: str = ""
    phone: str = ""
    email: str = ""
    company: str = ""

    def normalised(self) -> AgentDetails:
        """Trimmed strings, as they are stored."""
        return replace(self, **{f.name: getattr(self, f.name).strip() for f in fields(self)})

    def missing_for_proposal(self) -> list[str]:
        """The fields a proposal's cover needs but these details lack, in form
        order: "name" (when neither script is given) and "licence_number"."""
        d = self.normalised()
        missing = []
        if not d.name and not d.name_local:
            missing.append("name")
        if not d.licence_number:
            missing.append("licence_number")
        return missing


def _column_length(field: str) -> int:
    return AgentProfile.__table__.c[field].type.length


def validate_agent_details(details: AgentDetails) -> AgentDetails:
    """The normalised details, or ValidationError naming every bad field.

    Names, phone and e-mail follow the rules a client's do (domain/clients.py),
    so the agent reads the same messages, already translated."""
    d = details.normalised()
    problems: dict[str, str] = {}
    try:
        # The birth date is not asked, so the day does not matter.
        validate_client(ClientDetails(name=d.name, name_local=d.name_local, phone=d.phone, email=d.email),
                        date.today())
    except ValidationError as exc:
        problems.update(exc.problems)
    for f in fields(d):
        limit = _column_length(f.name)
        if f.name not in problems and len(getattr(d, f.name)) > limit:
            problems[f.name] = f"At most {limit} characters."
    if problems:
        # In form order, so the first problem shown is the topmost.
        order = [f.name for f in fields(d)]
        raise ValidationError(dict(sorted(problems.items(), key=lambda item: order.index(item[0]))))
    return d


def _first_profile(session: Session) -> AgentProfile | None:
    return session.scalars(
        select(AgentProfile)
        .where(AgentProfile.deleted_at.is_(None))
        .order_by(AgentProfile.created_at)
        .limit(1)
    ).first()


def agent_details(session: Session) -> AgentDetails:
    """The book's agent details (the first live profile); empty when there is none yet."""
    profile = _first_profile(session)
    if profile is None:
        return AgentDetails()
    return AgentDetails(**{f.name: getattr(profile, f.name) or "" for f in fields(AgentDetails)}).normalised()


def save_agent_details(session: Session, details: AgentDetails) -> Changes:
    """Check and store the agent's details: the profile is made the first time
    and updated afterwards. Raises ValidationError({field: message}).
    Saving the details as they are changes nothing (no new version to sync)."""
    details = validate_agent_details(details)
    profile = _first_profile(session)
    if profile is None:
        profile = AgentProfile()
        session.add(profile)
    elif all(getattr(profile, f.name) == getattr(details, f.name) for f in fields(details)):
        return Changes()
    else:
        profile.version += 1
    for f in fields(details):
        setattr(profile, f.name, getattr(details, f.name))
    session.flush()
    return Changes(agent=True)
