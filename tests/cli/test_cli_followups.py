"""`agent-desk followups`: regenerate, list what is due, write the phone's calendar."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import icalendar
import pytest

from agent_desk.cli import main
from agent_desk.domain.clients import ClientDetails, LifecycleStage
from agent_desk.services.clients import create_client
from agent_desk.store.book import open_book
from agent_desk.store.models import Policy

TODAY = "2026-11-25"


@pytest.fixture
def book_with_a_renewal(book_path: Path) -> Path:
    book = open_book(book_path)
    try:
        with book.session() as s:
            client_id, _ = create_client(s, ClientDetails(name="Lin Chih-ming", name_local="林志明",
                                                          birth_date=date(1980, 11, 27),
                                                          stage=LifecycleStage.ACTIVE), today=date(2026, 11, 25))
            s.add(Policy(policy_number="WL-000042", holder_id=client_id, insured_id=client_id, product_code="WL",
                         product_name="Whole Life", currency="TWD", annual_premium=Decimal("36000"),
                         modal_premium=Decimal("3060"), frequency="monthly", issue_date=date(2019, 5, 3),
                         status="in_force", next_due_date=date(2026, 12, 3), payment_term_years=20))
    finally:
        book.close()
    return book_path


def test_followups_lists_what_is_due_this_week(book_with_a_renewal: Path, capsys) -> None:  # noqa: ANN001
    assert main(["followups", "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("Follow-ups: 2 new")
    assert "2026-11-27  林志明 Lin Chih-ming" in out and "Birthday" in out
    assert "2026-12-03" not in out  # eight days ahead: not this week


def test_followups_json_is_stable_after_the_first_run(book_with_a_renewal: Path, capsys) -> None:  # noqa: ANN001
    assert main(["followups", "--today", TODAY, "--days", "10", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["followups", "--today", TODAY, "--days", "10", "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert first["regenerated"]["created"] == 2 and second["regenerated"]["created"] == 0
    assert [f["kind"] for f in second["followups"]] == ["birthday", "renewal"]
    assert second["followups"] == first["followups"]
    assert second["followups"][1]["policy"] == "WL-000042"


def test_followups_ics_writes_a_calendar_the_phone_reads(book_with_a_renewal: Path, tmp_path: Path,
                                                         capsys) -> None:  # noqa: ANN001
    target = tmp_path / "agent.ics"
    assert main(["followups", "--today", TODAY, "--ics", str(target), "--lang", "zh-Hans"]) == 0
    assert capsys.readouterr().out == f"Wrote 2 follow-ups to {target}\n"
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == ["生日 · 林志明 Lin Chih-ming",
                                                          "续期保费到期 · 林志明 Lin Chih-ming · WL-000042"]


def test_followups_refuses_a_bad_date_and_a_folder_it_cannot_write(book_with_a_renewal: Path, tmp_path: Path,
                                                                  capsys) -> None:  # noqa: ANN001
    assert main(["followups", "--today", "25/11/2026"]) == 2
    assert "--today must be a date written YYYY-MM-DD" in capsys.readouterr().err
    assert main(["followups", "--today", TODAY, "--ics", str(tmp_path / "missing" / "agent.ics")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("agent-desk: error:") and len(err.strip().splitlines()) == 1
