"""`agent-desk proposal` (issue 12): a PDF from a self-contained plan file and a
catalog (no book), or from a saved plan of the book (kept as its next version);
the premiums printed are those `agent-desk quote` gives; bad input exits
non-zero with one line and writes no PDF."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from agent_desk.cli import main
from agent_desk.domain.clients import ClientDetails, Sex
from agent_desk.domain.planner import PlanLine
from agent_desk.services.agent_profile import AgentDetails, save_agent_details
from agent_desk.services.catalogs import current_catalog
from agent_desk.services.clients import create_client
from agent_desk.services.plans import PlanDraft, save_plan
from agent_desk.services.proposals import proposal_history, stored_proposal
from agent_desk.store.book import Book

ROOT = Path(__file__).resolve().parents[2]
PLAN_FILE = ROOT / "tests" / "proposals" / "family_plan.json"
CATALOG = ROOT / "resources" / "catalogs" / "demo.json"


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def one_line_error(capsys: pytest.CaptureFixture) -> str:
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("agent-desk: error: ") and err.count("\n") == 1, err
    return err


def plan_file_args(out: Path, plan: Path = PLAN_FILE, *extra: str) -> list[str]:
    return ["proposal", "--plan-file", str(plan), "--catalog", str(CATALOG), "--lang", "en", "--out", str(out),
            *extra]


def grouped(amount: str) -> str:
    """An amount as the English proposal writes it: thousands grouped, no decimals for whole dollars."""
    return f"{Decimal(amount):,}"


# --- a self-contained plan file ---------------------------------------------------------------

def test_a_plan_file_becomes_a_pdf_and_one_line_says_so(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "chen.pdf"
    assert main(plan_file_args(out)) == 0
    said, err = capsys.readouterr()
    assert err == ""
    pages = len(pypdf.PdfReader(out).pages)
    assert re.fullmatch(rf"Wrote proposal P-[0-9A-F]{{8}} version 1 \({pages} pages, en, A4\) to {re.escape(str(out))}\n",
                        said)
    assert "Chen Da-wei" in pdf_text(out)


def test_the_json_answer_names_the_number_pages_and_checksum(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "chen.pdf"
    assert main(plan_file_args(out, PLAN_FILE, "--json", "--paper", "letter")) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"number", "version", "pages", "language", "paper", "sha256", "file"}
    assert (result["paper"], result["language"], result["file"]) == ("letter", "en", str(out))
    assert result["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    width, height = pypdf.PdfReader(out).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)  # US Letter in points


def test_the_premiums_printed_are_those_agent_desk_quote_gives(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    plan = json.loads(PLAN_FILE.read_text(encoding="utf-8"))
    out = tmp_path / "chen.pdf"
    assert main(plan_file_args(out)) == 0
    capsys.readouterr()
    text = pdf_text(out)
    members = {m["id"]: m for m in plan["members"]}
    totals = Decimal(0)
    for item in plan["items"]:
        person = members[item["insured"]]
        args = ["quote", "--catalog", str(CATALOG), "--product", item["product"], "--sex", person["sex"],
                "--birth-date", person["birth_date"], "--as-of", plan["as_of"], "--sum-assured", item["sum_assured"],
                "--frequency", item["frequency"], "--json"]
        if "term" in item:
            args += ["--term", str(item["term"])]
        if "payment_term" in item:
            args += ["--payment-term", str(item["payment_term"])]
        for rider in item.get("riders", []):
            args += ["--rider", f"{rider['code']}={rider['sum_assured']}" if "sum_assured" in rider else rider["code"]]
        assert main(args) == 0
        quoted = json.loads(capsys.readouterr().out)
        for premium in [quoted["annual_premium"], quoted["modal_premium"],
                        *(r["annual_premium"] for r in quoted["riders"]),
                        *(r["modal_premium"] for r in quoted["riders"])]:
            assert grouped(premium) in text, f"{item['product']}: {premium} not printed"
        totals += Decimal(quoted["total_annual_premium"])
    assert grouped(str(totals)) in text  # the plan's total annual premium


def test_a_malformed_plan_file_exits_with_one_line_and_writes_no_pdf(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture) -> None:
    broken = tmp_path / "broken.json"
    plan = json.loads(PLAN_FILE.read_text(encoding="utf-8"))
    plan["items"][0]["sum_assured"] = 5000000.5  # a float: money is never a float
    broken.write_text(json.dumps(plan), encoding="utf-8")
    out = tmp_path / "out.pdf"
    assert main(plan_file_args(out, broken)) == 2
    assert "items[0].sum_assured" in one_line_error(capsys)
    broken.write_text("{not json", encoding="utf-8")
    assert main(plan_file_args(out, broken)) == 2
    assert "not valid JSON" in one_line_error(capsys)
    assert list(tmp_path.iterdir()) == [broken]  # no PDF, no half-written part


def test_an_ineligible_item_exits_with_its_reason_and_writes_no_pdf(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture) -> None:
    plan = json.loads(PLAN_FILE.read_text(encoding="utf-8"))
    plan["items"].append({"insured": "kid2", "product": "TL20", "sum_assured": "1000000", "term": 20})
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.pdf"
    assert main(plan_file_args(out, path)) == 2
    error = one_line_error(capsys)
    assert "TL20" in error and "not eligible" in error and "Chen Yu-hao" in error
    assert not out.exists()


def test_a_plan_file_needs_its_catalog_and_a_pdf_name(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["proposal", "--plan-file", str(PLAN_FILE), "--lang", "en", "--out", str(tmp_path / "a.pdf")]) == 2
    assert "--catalog" in one_line_error(capsys)
    assert main(plan_file_args(tmp_path / "a.docx")) == 2
    assert ".pdf" in one_line_error(capsys)
    broken_catalog = tmp_path / "catalog.json"
    broken_catalog.write_text('{"catalog_id": "x"}', encoding="utf-8")
    args = plan_file_args(tmp_path / "a.pdf")
    args[args.index(str(CATALOG))] = str(broken_catalog)
    assert main(args) == 2
    assert "Catalog refused" in one_line_error(capsys)
    assert not (tmp_path / "a.pdf").exists()


# --- a saved plan of the book -----------------------------------------------------------------

@pytest.fixture
def saved_plan(book: Book) -> uuid.UUID:
    with book.session() as s:
        client, _ = create_client(s, ClientDetails(name="Wang Li", name_local="王麗", sex=Sex.FEMALE,
                                                   birth_date=date(1990, 5, 1)), today=date(2026, 11, 1))
        save_agent_details(s, AgentDetails(name="Grace Lin", licence_number="TW-LA-123456"))
        plan_id, _ = save_plan(s, PlanDraft(client, "Recommended", (
            PlanLine(uuid.uuid4().hex, str(client), "TL20", Decimal(3000000), 20),)), current_catalog(s),
            date.today())
    return plan_id


def test_a_saved_plan_prints_and_each_run_is_kept_as_the_next_version(
        book: Book, saved_plan: uuid.UUID, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    first, second = tmp_path / "v1.pdf", tmp_path / "v2.pdf"
    assert main(["proposal", "--plan", str(saved_plan), "--lang", "zh-Hant", "--out", str(first), "--json"]) == 0
    one = json.loads(capsys.readouterr().out)
    assert main(["proposal", "--plan", str(saved_plan), "--lang", "en", "--out", str(second), "--json"]) == 0
    two = json.loads(capsys.readouterr().out)
    assert (one["version"], two["version"], one["number"]) == (1, 2, two["number"])
    assert "王麗" in pdf_text(first)
    with book.session() as s:
        kept = stored_proposal(s, uuid.UUID(one["id"]))
        history = proposal_history(s, kept.row.client_id)
    assert kept.pdf == first.read_bytes()
    assert [(h.version, h.language) for h in history] == [(2, "en"), (1, "zh-Hant")]


def test_plans_lists_the_ids_proposal_takes(book: Book, saved_plan: uuid.UUID, capsys: pytest.CaptureFixture) -> None:
    assert main(["plans", "王麗", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["id"], p["name"], p["client"]) for p in listed] == [(str(saved_plan), "Recommended", "王麗 Wang Li")]
    assert main(["plans", "nobody-like-this"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "No saved plan" in err


def test_a_saved_plan_without_the_agents_licence_is_refused(book: Book, saved_plan: uuid.UUID, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture) -> None:
    with book.session() as s:
        save_agent_details(s, AgentDetails(name="Grace Lin"))
    out = tmp_path / "p.pdf"
    assert main(["proposal", "--plan", str(saved_plan), "--lang", "en", "--out", str(out)]) == 2
    assert "licence number" in one_line_error(capsys)
    assert not out.exists()


def test_an_unknown_or_malformed_plan_id_is_one_line(book: Book, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "p.pdf"
    assert main(["proposal", "--plan", "not-an-id", "--lang", "en", "--out", str(out)]) == 2
    assert "plan id" in one_line_error(capsys)
    assert main(["proposal", "--plan", str(uuid.uuid4()), "--lang", "en", "--out", str(out)]) == 2
    assert "No plan" in one_line_error(capsys)
    assert not out.exists()
