"""The office's tables: agents and their devices, every agent's book as
field-stamped JSON rows, and what the office publishes.

Its own metadata, not the app's: the office keeps each synced row as
`data` (the travelling fields, as sync/codec.py writes them) plus `stamps`
({field: {"h": hlc, "s": seq that wrote it, "d": device id or "office"}}), so
it needs no copy of the book's schema and merges field by field.

There are no migrations yet (db.py makes the tables with `create_all`) and no
office holds production data, so a new column is simply added here: an office
database made before it needs to be made again.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, validates

from agent_desk.store.models import NAMING_CONVENTION

OFFICE_DEVICE = "office"  # the `d` of a stamp the office wrote


def utcnow() -> datetime:
    """Naive UTC, as SQLite keeps it; PostgreSQL's `timestamp` columns match."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class OfficeBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Agent(OfficeBase):
    __tablename__ = "agents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    # The agent's change sequence: the last seq given to one of its rows or removals.
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class EnrolmentCode(OfficeBase):
    """A one-time code for enrolling one device; only its hash is kept."""

    __tablename__ = "enrolment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class Device(OfficeBase):
    __tablename__ = "devices"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    node_id: Mapped[str] = mapped_column(String(64), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)


def stamps_summary(stamps: Mapping[str, Mapping[str, Any]]) -> tuple[str, str | None]:
    """What `rows.last_hlc` and `rows.sole_writer` hold for these stamps: the
    latest stamp ("" for none), and the one writer ("d") of every field, or
    None when fields were written by more than one."""
    latest, writers = "", set()
    for stamp in stamps.values():
        if stamp["h"] > latest:
            latest = stamp["h"]
        writers.add(stamp["d"])
    return latest, writers.pop() if len(writers) == 1 else None


def _summary_default(index: int):  # noqa: ANN202
    """A Core INSERT that leaves the column out gets it from the row's `stamps`."""
    def default(context: DefaultExecutionContext) -> str | None:
        stamps = context.get_current_parameters().get("stamps")
        return stamps_summary(stamps)[index] if isinstance(stamps, Mapping) else None
    return default


class SyncedRow(OfficeBase):
    """One row of an agent's book. `owner_client` is the client it belongs to
    (protocol.OWNER_FIELD), so reassigning a client finds everything of theirs.

    `last_hlc` and `sole_writer` are kept from `stamps` (stamps_summary), so a
    pull need not decode them: the latest stamp of any field (Change.hlc), and
    the device that wrote every field last (NULL when more than one did; what
    `skip_own` compares). Setting `stamps` on an ORM object sets both; a Core
    INSERT without them computes them; a Core UPDATE of `stamps` must set them
    too (sync_store.push does)."""

    __tablename__ = "rows"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    owner_client: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    stamps: Mapped[dict[str, Any]] = mapped_column(JSON)
    seq: Mapped[int] = mapped_column(BigInteger)
    last_hlc: Mapped[str] = mapped_column(String(80), default=_summary_default(0))
    sole_writer: Mapped[str | None] = mapped_column(String(64), default=_summary_default(1))

    __table_args__ = (
        Index("ix_rows_agent_seq", "agent_id", "seq"),
        Index("ix_rows_agent_owner", "agent_id", "owner_client"),
    )

    @validates("stamps")
    def _keep_summary(self, _key: str, stamps: dict[str, Any]) -> dict[str, Any]:
        self.last_hlc, self.sole_writer = stamps_summary(stamps)
        return stamps


class Removal(OfficeBase):
    """A row that left an agent's book (its client was reassigned), at a seq of that agent."""

    __tablename__ = "removals"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    seq: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)

    __table_args__ = (Index("ix_removals_agent_seq", "agent_id", "seq"),)


class RecordedMutation(OfficeBase):
    """The result given for a mutation, so a replay gets it again and changes nothing."""

    __tablename__ = "mutations"
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"), primary_key=True)
    mutation_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PublishedCatalog(OfficeBase):
    __tablename__ = "catalogs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    catalog_id: Mapped[str] = mapped_column(String)
    catalog_version: Mapped[str] = mapped_column(String)
    content: Mapped[str] = mapped_column(Text)  # the file as published, served byte for byte
    etag: Mapped[str] = mapped_column(String(64))  # sha256 hex of the content
    published_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("catalog_id", "catalog_version"),)
