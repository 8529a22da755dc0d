"""Who is calling: one-time enrolment codes, device tokens, revocation.

Neither a code nor a token is stored, only its sha256: a copy of the office
database lets no one enrol a device or act as one.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_desk.office import OfficeError
from agent_desk.office.models import Agent, Device, EnrolmentCode, utcnow
from agent_desk.sync.protocol import EnrollRequest, EnrollResponse

# No 0/O, 1/I/L: a code is read aloud or typed from a message.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_GROUPS, CODE_GROUP_LENGTH = 3, 4
CODE_LIFETIME = timedelta(days=7)
# A device's last_seen_at is refreshed at most this often, so reads stay reads.
SEEN_RESOLUTION = timedelta(minutes=1)


@dataclass(frozen=True)
class CallingDevice:
    device_id: uuid.UUID
    agent_id: int
    agent_code: str
    last_seen_at: datetime | None


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    """The code as issued, whatever the case, dashes or spaces it was typed with."""
    return "".join(ch for ch in code.upper() if ch not in "- \t")


def issue_enrolment_code(session: Session, agent: Agent) -> str:
    """A new one-time code for one more device of the agent, valid for CODE_LIFETIME."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LENGTH))
    now = utcnow()
    session.add(EnrolmentCode(code_hash=secret_hash(raw), agent_id=agent.id, created_at=now,
                              expires_at=now + CODE_LIFETIME))
    session.flush()
    return "-".join(raw[i:i + CODE_GROUP_LENGTH] for i in range(0, len(raw), CODE_GROUP_LENGTH))


def enroll(session: Session, request: EnrollRequest) -> EnrollResponse:
    """Spend a one-time code on a new device and give it its token (shown only now)."""
    code = session.scalars(select(EnrolmentCode)
                           .where(EnrolmentCode.code_hash == secret_hash(normalise_code(request.code)))
                           .with_for_update()).one_or_none()
    now = utcnow()
    if code is None or code.used_at is not None or code.expires_at <= now:
        raise OfficeError("bad_code", "This enrolment code is unknown, already used or expired; "
                                      "ask the office for a new one.")
    agent = session.get_one(Agent, code.agent_id)
    token = secrets.token_urlsafe(32)
    # PostgreSQL text cannot hold NUL; a device name never needs one.
    device = Device(id=uuid.uuid4(), agent_id=agent.id, name=request.device_name.replace("\x00", ""),
                    node_id=request.node_id.replace("\x00", ""), token_hash=secret_hash(token),
                    created_at=now, last_seen_at=now)
    session.add(device)
    code.used_at, code.device_id = now, device.id
    session.flush()
    return EnrollResponse(token=token, device_id=device.id, agent_code=agent.code, agent_name=agent.name)


def calling_device(session: Session, token: str) -> CallingDevice:
    """The device a bearer token belongs to; OfficeError unless it is known and not revoked."""
    found = session.execute(select(Device, Agent.code).join(Agent, Agent.id == Device.agent_id)
                            .where(Device.token_hash == secret_hash(token))).one_or_none()
    if found is None:
        raise OfficeError("unauthorized", "This device is not enrolled with the office.")
    device, agent_code = found
    if device.revoked_at is not None:
        raise OfficeError("revoked", "The office has revoked this device; enrol it again with a new code.")
    return CallingDevice(device.id, device.agent_id, agent_code, device.last_seen_at)


def needs_touch(device: CallingDevice) -> bool:
    return device.last_seen_at is None or utcnow() - device.last_seen_at >= SEEN_RESOLUTION


def touch_device(session: Session, device_id: uuid.UUID) -> None:
    device = session.get(Device, device_id)
    if device is not None:
        device.last_seen_at = utcnow()
