"""Exports of policies and follow-ups to CSV, read back as Excel would:
UTF-8 with a BOM, Chinese intact, money exact, live rows only."""

from __future__ import annotations

import csv
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from agent_desk.domain.clients import ClientDetails
from agent_desk.services.clients import create_client, delete_client
from agent_desk.services.csv_export import FOLLOWUP_COLUMNS, POLICY_COLUMNS, export_followups, export_policies
from agent_desk.services.followups import add_task, cancel_followup, complete_followup
from agent_desk.store.book import Book
from agent_desk.store.models import FollowUp, Policy

TODAY = date(2024, 6, 1)


def add_client(book: Book, name: str, name_local: str = "", phone: str = "") -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(name=name, name_local=name_local, phone=phone), TODAY)
    return client_id


def add_policy(book: Book, holder: uuid.UUID, number: str, insured: uuid.UUID | None = None,
               **fields) -> uuid.UUID:  # noqa: ANN003
    with book.session() as s:
        values = dict(product_code="TL20", product_name="二十年定期壽險", currency="TWD",
                      sum_assured=Decimal("3000000"), annual_premium=Decimal("12345.50"),
                      modal_premium=Decimal("1111.10"), frequency="monthly", issue_date=date(2021, 12, 5),
                      term_years=20, payment_term_years=20, status="in_force", next_due_date=date(2024, 7, 5))
        policy = Policy(policy_number=number, holder_id=holder, insured_id=insured or holder, **(values | fields))
        s.add(policy)
        s.flush()
        return policy.id


def read_back(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # what makes Excel read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def test_policies_export_with_holder_names_in_both_scripts_and_exact_money(book: Book, tmp_path: Path) -> None:
    wang = add_client(book, "Ming Wang", "王小明")
    child = add_client(book, "", "王小華")
    ann = add_client(book, "Ann Lee")
    gone = add_client(book, "Gone Away")
    add_policy(book, wang, "TL-002", insured=child)
    add_policy(book, wang, "TL-001")
    add_policy(book, ann, "TL-003", sum_assured=None)
    add_policy(book, gone, "TL-004")
    dropped = add_policy(book, ann, "TL-005")
    with book.session() as s:
        delete_client(s, gone)
        s.get(Policy, dropped).deleted_at = s.get(Policy, dropped).created_at
    out = tmp_path / "policies.csv"
    with book.session() as s:
        assert export_policies(s, out) == 3
    header, rows = read_back(out)
    assert header == list(POLICY_COLUMNS)
    assert [(r["policy_number"], r["holder"], r["insured"]) for r in rows] == [
        ("TL-003", "Ann Lee", "Ann Lee"), ("TL-001", "王小明 Ming Wang", "王小明 Ming Wang"),
        ("TL-002", "王小明 Ming Wang", "王小華")]
    assert rows[1] == {
        "policy_number": "TL-001", "holder": "王小明 Ming Wang", "insured": "王小明 Ming Wang",
        "product_code": "TL20", "product_name": "二十年定期壽險", "currency": "TWD", "sum_assured": "3000000",
        "annual_premium": "12345.50", "modal_premium": "1111.10", "frequency": "monthly", "issue_date": "2021-12-05",
        "term_years": "20", "payment_term_years": "20", "status": "in_force", "next_due_date": "2024-07-05"}
    assert rows[0]["sum_assured"] == ""


def test_followups_export_every_status_by_due_date_with_client_and_policy(book: Book, tmp_path: Path) -> None:
    wang = add_client(book, "", "王小明", phone="0912-345-678")
    gone = add_client(book, "Gone Away")
    policy = add_policy(book, wang, "TL-001")
    with book.session() as s:
        s.add(FollowUp(client_id=wang, policy_id=policy, kind="renewal", title="續保 TL-001",
                       due_date=date(2024, 7, 5), status="open", rule_key="renewal:TL-001:2024-07-05"))
        call_id, _ = add_task(s, "打電話給王先生", date(2024, 6, 3), client_id=wang, notes="問保單")
        own_id, _ = add_task(s, "Order gifts", date(2024, 6, 2))
        dropped_id, _ = add_task(s, "Never mind", date(2024, 6, 9))
        add_task(s, "For a deleted client", date(2024, 6, 4), client_id=gone)
    with book.session() as s:
        complete_followup(s, call_id, outcome="已聯絡", log_contact=False)
        cancel_followup(s, dropped_id)
        delete_client(s, gone)
    out = tmp_path / "followups.csv"
    with book.session() as s:
        assert export_followups(s, out) == 4
    header, rows = read_back(out)
    assert header == list(FOLLOWUP_COLUMNS)
    assert [(r["due_date"], r["title"], r["status"], r["client"]) for r in rows] == [
        ("2024-06-02", "Order gifts", "open", ""),
        ("2024-06-03", "打電話給王先生", "done", "王小明"),
        ("2024-06-09", "Never mind", "cancelled", ""),
        ("2024-07-05", "續保 TL-001", "open", "王小明")]
    assert (rows[1]["phone"], rows[1]["outcome"], rows[1]["notes"], rows[1]["kind"]) == (
        "0912-345-678", "已聯絡", "問保單", "task")
    assert rows[1]["completed_at"] != ""
    assert (rows[3]["policy_number"], rows[3]["kind"]) == ("TL-001", "renewal")
    assert not list(tmp_path.glob("*.part"))


def test_an_export_into_a_missing_folder_is_refused_and_writes_nothing(book: Book, tmp_path: Path) -> None:
    with book.session() as s, pytest.raises(FileNotFoundError):
        export_policies(s, tmp_path / "nowhere" / "policies.csv")
    assert not (tmp_path / "nowhere").exists()
