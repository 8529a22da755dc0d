"""The sync protocol shared by the app and the office server (DESIGN §5).

HTTP + JSON under /v1. Every request carries `X-Agent-Desk-Protocol`; a
device enrolled with a one-time code sends `Authorization: Bearer <token>`.

- POST /v1/enroll             EnrollRequest → EnrollResponse (no token yet)
- POST /v1/sync/push          PushRequest → PushResponse
- GET  /v1/sync/pull          ?cursor=C&limit=N[&skip_own=true] → PullResponse
                              (skip_own: not the rows whose every field this device wrote last)
- GET  /v1/sync/rows/{entity}/{row_id}  one row of the token's agent (404 otherwise)
- GET  /v1/catalogs/current   the published catalog JSON, ETag / If-None-Match

Rows travel as field dicts of JSON values (sync/codec.py). Each field of a
row carries the hybrid-logical-clock stamp of the write that set it; the
later stamp wins, field by field, except office-owned fields, which only the
office changes once a row exists. A delete is the `deleted_at` field: it wins
over older edits, and an edit newer than it brings the row back.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Agent-Desk-Protocol"
MAX_PUSH_BATCH = 500
DEFAULT_PULL_LIMIT = 500
MAX_PULL_LIMIT = 5000

# The synced tables of the book (store/models.py), by the name that travels.
# Catalogs are not among them: they come down whole from /v1/catalogs/current.
ENTITIES: tuple[str, ...] = (
    "agent_profiles", "clients", "households", "household_members", "relationships", "policies",
    "beneficiaries", "claims", "claim_steps", "claim_documents", "service_requests", "complaints",
    "followups", "activities", "plans", "plan_items", "proposals",
)

# Bookkeeping of one device that never travels: `version` and `updated_at` are
# local stamps; the rest is derived from the travelling fields on each device.
LOCAL_FIELDS: dict[str, frozenset[str]] = {
    "*": frozenset({"id", "version", "updated_at"}),
    "clients": frozenset({"sort_name", "tier", "tier_basis"}),
    "proposals": frozenset({"file_path"}),
}

# Fields the office decides: an agent's value is accepted when the row is
# created, and after that the office's value wins (the agent's goes to the
# conflict log).
OFFICE_OWNED: dict[str, frozenset[str]] = {
    "clients": frozenset({"assigned_agent"}),
    "policies": frozenset({"status"}),
}

# How the office finds the client a row belongs to, so reassigning a client
# moves everything of theirs: a field naming the client directly, or a field
# naming a parent row whose client it shares.
OWNER_FIELD: dict[str, tuple[str, str | None]] = {
    "clients": ("id", None),
    "household_members": ("client_id", None),
    "relationships": ("from_client_id", None),
    "policies": ("holder_id", None),
    "beneficiaries": ("policy_id", "policies"),
    "claims": ("client_id", None),
    "claim_steps": ("claim_id", "claims"),
    "claim_documents": ("claim_id", "claims"),
    "service_requests": ("client_id", None),
    "complaints": ("client_id", None),
    "followups": ("client_id", None),
    "activities": ("client_id", None),
    "plans": ("client_id", None),
    "plan_items": ("plan_id", "plans"),
    "proposals": ("client_id", None),
}


def is_office_owned(entity: str, field: str) -> bool:
    return field in OFFICE_OWNED.get(entity, frozenset())


def travels(entity: str, field: str) -> bool:
    return field not in LOCAL_FIELDS["*"] and field not in LOCAL_FIELDS.get(entity, frozenset())


JsonValue = Any  # str | int | bool | None | dict | list: what sync/codec.py makes of a column value


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EnrollRequest(_Message):
    code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(default="", max_length=200)
    node_id: str = Field(default="", max_length=64)  # the device's clock id, for the office's records


class EnrollResponse(_Message):
    token: str
    device_id: uuid.UUID
    agent_code: str
    agent_name: str
    protocol: int = PROTOCOL_VERSION


class Mutation(_Message):
    mutation_id: uuid.UUID
    entity: str = Field(max_length=40)
    row_id: uuid.UUID
    op: Literal["upsert", "delete"]
    fields: dict[str, JsonValue]
    hlc: str = Field(min_length=1, max_length=80)
    # The device's pull cursor when the change was made: office writes after it
    # were unseen by the device, so a differing value there is a real conflict.
    base: int = Field(default=0, ge=0)


class PushRequest(_Message):
    mutations: list[Mutation] = Field(max_length=MAX_PUSH_BATCH)


class FieldConflict(_Message):
    field: str
    kept: JsonValue
    lost: JsonValue
    lost_hlc: str
    # Whose value was kept: "office" (an office-owned field), "server" (a later
    # edit from another device or the office) or "device" (this push's).
    winner: Literal["office", "server", "device"]


MutationStatus = Literal["applied", "refused"]


class MutationResult(_Message):
    mutation_id: uuid.UUID
    status: MutationStatus
    # Why a mutation was refused: "not_found" (the row is in another agent's
    # book, e.g. the client was reassigned) or "invalid" (unknown field).
    reason: str = ""
    conflicts: list[FieldConflict] = Field(default_factory=list)


class PushResponse(_Message):
    results: list[MutationResult]


class Change(_Message):
    seq: int
    entity: str
    row_id: uuid.UUID
    # "upsert": `fields` is the whole row as the office holds it (deleted_at
    # included); "remove": the row left this agent's book (reassigned).
    op: Literal["upsert", "remove"]
    fields: dict[str, JsonValue] = Field(default_factory=dict)
    hlc: str = ""  # the latest stamp of any of its fields


class PullResponse(_Message):
    changes: list[Change]
    next_cursor: int
    has_more: bool


class ErrorBody(_Message):
    """Every error answer: a machine code and a sentence for a person."""

    error: str  # "protocol", "unauthorized", "revoked", "not_found", "invalid", "bad_code"
    message: str
    server_protocol: int = PROTOCOL_VERSION
