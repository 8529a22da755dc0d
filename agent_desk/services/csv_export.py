"""Book exports to CSV for Excel: policies and follow-ups here, clients in
client_csv (whose columns import reads back).

Every export is UTF-8 with a BOM (Excel then shows Chinese), money as exact
decimals, dates as YYYY-MM-DD, codes as the book keeps them; written beside the
target and moved into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import csv
import errno
import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from agent_desk.domain.clients import display_name
from agent_desk.store.models import Client, FollowUp, Policy

_FETCH_BATCH = 1000  # rows fetched at a time, so a big book is never all in memory

POLICY_COLUMNS = ("policy_number", "holder", "insured", "product_code", "product_name", "currency", "sum_assured",
                  "annual_premium", "modal_premium", "frequency", "issue_date", "term_years", "payment_term_years",
                  "status", "next_due_date")
FOLLOWUP_COLUMNS = ("due_date", "kind", "title", "status", "client", "phone", "policy_number", "snoozed_until",
                    "recurrence", "completed_at", "outcome", "notes")


def csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")  # never "1.2E+6" in a spreadsheet
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write the header and rows (UTF-8 with BOM) and return the row count."""
    path = Path(path)
    if not path.parent.is_dir():  # say so plainly, rather than name the .part file below
        raise FileNotFoundError(errno.ENOENT, "No such folder", str(path.parent))
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            count = 0
            for row in rows:
                writer.writerow(row)
                count += 1
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def export_policies(session: Session, path: Path) -> int:
    """Every live policy of a live holder, by holder then policy number."""
    holder, insured = aliased(Client), aliased(Client)
    statement = (
        select(Policy.policy_number, holder.name, holder.name_local, insured.name, insured.name_local,
               Policy.product_code, Policy.product_name, Policy.currency, Policy.sum_assured, Policy.annual_premium,
               Policy.modal_premium, Policy.frequency, Policy.issue_date, Policy.term_years,
               Policy.payment_term_years, Policy.status, Policy.next_due_date)
        .join(holder, holder.id == Policy.holder_id)
        .outerjoin(insured, insured.id == Policy.insured_id)
        .where(Policy.deleted_at.is_(None), holder.deleted_at.is_(None))
        .order_by(holder.sort_name, Policy.policy_number, Policy.id)
        .execution_options(yield_per=_FETCH_BATCH))

    def rows() -> Iterable[list[str]]:
        for number, h_name, h_local, i_name, i_local, *rest in session.execute(statement):
            yield [number, display_name(h_name, h_local), display_name(i_name or "", i_local or ""),
                   *(csv_cell(value) for value in rest)]

    return write_csv(path, POLICY_COLUMNS, rows())


def export_followups(session: Session, path: Path) -> int:
    """Every live follow-up (open, done or cancelled) of a live client or of
    none (the agent's own tasks), by due date."""
    policy = aliased(Policy)
    statement = (
        select(FollowUp.due_date, FollowUp.kind, FollowUp.title, FollowUp.status, Client.name, Client.name_local,
               Client.phone, policy.policy_number, FollowUp.snoozed_until, FollowUp.recurrence,
               FollowUp.completed_at, FollowUp.outcome, FollowUp.notes)
        .outerjoin(Client, Client.id == FollowUp.client_id)
        .outerjoin(policy, policy.id == FollowUp.policy_id)
        .where(FollowUp.deleted_at.is_(None), Client.deleted_at.is_(None))
        .order_by(FollowUp.due_date, FollowUp.id)
        .execution_options(yield_per=_FETCH_BATCH))

    def rows() -> Iterable[list[str]]:
        for due, kind, title, status, name, name_local, phone, *rest in session.execute(statement):
            yield [csv_cell(due), kind, title, status, display_name(name or "", name_local or ""), phone or "",
                   *(csv_cell(value) for value in rest)]

    return write_csv(path, FOLLOWUP_COLUMNS, rows())
