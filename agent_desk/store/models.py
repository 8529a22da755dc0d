"""SQLAlchemy models of the local book: every entity of DESIGN §2.

Every synced row carries a UUID key, created/updated stamps, a version and a
tombstone (`deleted_at`): deletes stay soft until the office confirms them.
Money is stored as text so SQLite never turns it into a float.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC: SQLite keeps no zone, so every stamp in the book is UTC."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Money(TypeDecorator[Decimal]):
    """A Decimal kept exactly, as its canonical text."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect) -> str | None:  # noqa: ANN001
        if value is None:
            return None
        return str(Decimal(value))

    def process_result_value(self, value: str | None, dialect) -> Decimal | None:  # noqa: ANN001
        return None if value is None else Decimal(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """Columns every synced row has."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class AgentProfile(Synced, Base):
    __tablename__ = "agent_profiles"
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(120), default="")
    name_local: Mapped[str] = mapped_column(String(120), default="")
    licence_number: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    locale: Mapped[str] = mapped_column(String(20), default="en")


class Client(Synced, Base):
    __tablename__ = "clients"
    name: Mapped[str] = mapped_column(String(120), default="")
    name_local: Mapped[str] = mapped_column(String(120), default="")
    # Lower-cased display name, the list's default order.
    sort_name: Mapped[str] = mapped_column(String(250), default="", index=True)
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[date | None] = mapped_column(Date)
    id_number: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    occupation: Mapped[str] = mapped_column(String(120), default="")
    occupation_class: Mapped[int | None] = mapped_column(Integer)
    annual_income: Mapped[Decimal | None] = mapped_column(Money)
    smoker: Mapped[bool] = mapped_column(Boolean, default=False)
    stage: Mapped[str] = mapped_column(String(20), default="prospect", index=True)
    tier: Mapped[str | None] = mapped_column(String(2), index=True)
    consent_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_recorded_at: Mapped[datetime | None] = mapped_column(DateTime)
    referred_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"), index=True)
    assigned_agent: Mapped[str] = mapped_column(String(40), default="")  # office-owned
    notes: Mapped[str] = mapped_column(Text, default="")
    # The figures the tier was computed from (domain/segments.TierBasis as JSON), so
    # the list and the page can say why without recomputing the book.
    tier_basis: Mapped[dict | None] = mapped_column(JSON)

    __table_args__ = (Index("ix_clients_live_sort", "deleted_at", "sort_name"),)


class Household(Synced, Base):
    __tablename__ = "households"
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")


class HouseholdMember(Synced, Base):
    __tablename__ = "household_members"
    household_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("households.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="other")


class Relationship(Synced, Base):
    __tablename__ = "relationships"
    from_client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    to_client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class Policy(Synced, Base):
    __tablename__ = "policies"
    policy_number: Mapped[str] = mapped_column(String(40), index=True)
    holder_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    insured_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    product_code: Mapped[str] = mapped_column(String(40))
    product_name: Mapped[str] = mapped_column(String(200), default="")
    catalog_version: Mapped[str] = mapped_column(String(40), default="")
    currency: Mapped[str] = mapped_column(String(3), default="TWD")
    sum_assured: Mapped[Decimal | None] = mapped_column(Money)
    annual_premium: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    modal_premium: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    frequency: Mapped[str] = mapped_column(String(12), default="annual")
    issue_date: Mapped[date | None] = mapped_column(Date)
    term_years: Mapped[int | None] = mapped_column(Integer)
    payment_term_years: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)  # office-owned
    next_due_date: Mapped[date | None] = mapped_column(Date, index=True)
    plan_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("plan_items.id"))


class Beneficiary(Synced, Base):
    __tablename__ = "beneficiaries"
    policy_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("policies.id"), index=True)
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"))
    name: Mapped[str] = mapped_column(String(200), default="")
    relation: Mapped[str] = mapped_column(String(40), default="")
    share_percent: Mapped[Decimal] = mapped_column(Money, default=Decimal("100"))


class Claim(Synced, Base):
    __tablename__ = "claims"
    policy_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("policies.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    claim_number: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(40), default="")
    incident_date: Mapped[date | None] = mapped_column(Date)
    amount_claimed: Mapped[Decimal | None] = mapped_column(Money)
    amount_paid: Mapped[Decimal | None] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(20), default="reported", index=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class ClaimStep(Synced, Base):
    __tablename__ = "claim_steps"
    claim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("claims.id"), index=True)
    step: Mapped[str] = mapped_column(String(20))
    on_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class ClaimDocument(Synced, Base):
    __tablename__ = "claim_documents"
    claim_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("claims.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    received_on: Mapped[date | None] = mapped_column(Date)


class ServiceRequest(Synced, Base):
    __tablename__ = "service_requests"
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    policy_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("policies.id"))
    kind: Mapped[str] = mapped_column(String(40))
    opened_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    outcome: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Complaint(Synced, Base):
    __tablename__ = "complaints"
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    policy_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("policies.id"))
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")


class Activity(Synced, Base):
    __tablename__ = "activities"
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"))
    kind: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    # Indexed: reopening a follow-up finds its contact, and SQLite checks this key on every follow-up delete.
    followup_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("followups.id"), index=True)

    __table_args__ = (Index("ix_activities_client_time", "client_id", "occurred_at"),)


class FollowUp(Synced, Base):
    __tablename__ = "followups"
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("clients.id"), index=True)
    policy_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("policies.id"))
    claim_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("claims.id"))
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open")
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    recurrence: Mapped[str] = mapped_column(String(100), default="")
    # Which rule made it and for what occasion, so regeneration is idempotent;
    # None for the agent's own tasks.
    rule_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    # The date the rule gave: a due_date that differs was rescheduled by the agent,
    # and regeneration leaves it alone.
    rule_due: Mapped[date | None] = mapped_column(Date)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    outcome: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_followups_status_due", "status", "due_date"),)


class Catalog(Synced, Base):
    __tablename__ = "catalogs"
    catalog_id: Mapped[str] = mapped_column(String(60))
    catalog_version: Mapped[str] = mapped_column(String(40))
    currency: Mapped[str] = mapped_column(String(3))
    etag: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[str] = mapped_column(Text)  # the published JSON, as received
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (UniqueConstraint("catalog_id", "catalog_version"),)


class Plan(Synced, Base):
    __tablename__ = "plans"
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    household_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("households.id"))
    name: Mapped[str] = mapped_column(String(200), default="")
    catalog_id: Mapped[str] = mapped_column(String(60), default="")
    catalog_version: Mapped[str] = mapped_column(String(40), default="")
    budget: Mapped[Decimal | None] = mapped_column(Money)
    budget_period: Mapped[str] = mapped_column(String(10), default="annual")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    # Alternatives of one plan share a group id, shown side by side.
    alternative_group: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The needs-analysis inputs this plan was designed on (amounts as text); None: the defaults.
    assumptions: Mapped[dict | None] = mapped_column(JSON)


class PlanItem(Synced, Base):
    __tablename__ = "plan_items"
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id"), index=True)
    insured_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"))
    base_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("plan_items.id"))  # set for riders
    product_code: Mapped[str] = mapped_column(String(40))
    sum_assured: Mapped[Decimal | None] = mapped_column(Money)
    term_years: Mapped[int | None] = mapped_column(Integer)
    payment_term_years: Mapped[int | None] = mapped_column(Integer)
    frequency: Mapped[str] = mapped_column(String(12), default="annual")
    annual_premium: Mapped[Decimal | None] = mapped_column(Money)
    modal_premium: Mapped[Decimal | None] = mapped_column(Money)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Proposal(Synced, Base):
    __tablename__ = "proposals"
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id"), index=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    number: Mapped[str] = mapped_column(String(40))
    proposal_version: Mapped[int] = mapped_column(Integer, default=1)
    language: Mapped[str] = mapped_column(String(10))
    paper: Mapped[str] = mapped_column(String(10), default="A4")
    catalog_version: Mapped[str] = mapped_column(String(40), default="")
    plan_snapshot: Mapped[dict] = mapped_column(JSON)  # the plan file it was made from (proposals/request.py)
    file_path: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    # The printed document itself; deferred so listing the history never reads it.
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    pages: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    # Not unique: two devices may print the same version offline (migration 0006).
    __table_args__ = (Index("ix_proposals_number_version", "number", "proposal_version"),)


class BookSetting(Base):
    """Book-wide rules as JSON (tier thresholds, follow-up rule parameters): they
    decide what is stored in the book, so they live with it, not with the app."""

    __tablename__ = "book_settings"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SyncOutbox(Base):
    """Local changes waiting to be pushed, written in the same transaction as the change."""

    __tablename__ = "sync_outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    operation: Mapped[str] = mapped_column(String(10))  # upsert / delete
    fields: Mapped[dict] = mapped_column(JSON)
    hlc: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    base: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # the pull cursor at the time

    __table_args__ = (Index("ix_sync_outbox_row", "entity", "row_id"),)


class SyncState(Base):
    """Key/value bookkeeping of sync: cursor, device id, last success."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SyncConflict(Base):
    __tablename__ = "sync_conflicts"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[dict | None] = mapped_column(JSON)
    lost_value: Mapped[dict | None] = mapped_column(JSON)
    lost_hlc: Mapped[str] = mapped_column(String(40), default="")
    # Whose value was kept: "office", "server" (a later edit elsewhere), "device"
    # (this device's, over another's), or "refused" (the row left the book).
    winner: Mapped[str] = mapped_column(String(10), default="server", server_default="server")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


class ClientSearchDoc(Base):
    """One row of search text per live client; the FTS5 tables index it (external content).

    `body` feeds the trigram index; `grams` holds the 1- and 2-character pieces
    that answer queries too short for trigrams (see store/search.py). A deleted
    client has no row, so counting matches needs no join; `sort_name` (the
    client's) lets a broad search walk its index in the list's order.
    """

    __tablename__ = "client_search"
    rowid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), unique=True)
    body: Mapped[str] = mapped_column(Text, default="")
    grams: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(String(250), default="", index=True)
