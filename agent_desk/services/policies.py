"""Policies as the client page shows them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from agent_desk.domain.clients import PaymentFrequency, PolicyStatus, display_name
from agent_desk.store.models import Client, Policy


@dataclass(frozen=True)
class PolicyRow:
    id: uuid.UUID
    policy_number: str
    product_name: str
    holder_name: str
    insured_name: str
    sum_assured: Decimal | None
    modal_premium: Decimal
    frequency: PaymentFrequency
    currency: str
    status: PolicyStatus
    issue_date: date | None
    next_due_date: date | None


def policies_of(session: Session, client_id: uuid.UUID) -> list[PolicyRow]:
    """Policies the client holds or is insured under, newest first."""
    holder, insured = aliased(Client), aliased(Client)
    rows = session.execute(
        select(Policy, holder.name, holder.name_local, insured.name, insured.name_local)
        .join(holder, holder.id == Policy.holder_id)
        .join(insured, insured.id == Policy.insured_id)
        .where((Policy.holder_id == client_id) | (Policy.insured_id == client_id), Policy.deleted_at.is_(None))
        .order_by(Policy.issue_date.desc())
    )
    return [
        PolicyRow(p.id, p.policy_number, p.product_name or p.product_code, display_name(hn, hl),
                  display_name(inn, inl), p.sum_assured, p.modal_premium, PaymentFrequency(p.frequency),
                  p.currency, PolicyStatus(p.status), p.issue_date, p.next_due_date)
        for p, hn, hl, inn, inl in rows
    ]
