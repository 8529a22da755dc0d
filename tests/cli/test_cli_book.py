"""`agent-desk search`, `demo` and `db`, `--version` and `--help`, and what every
command does with a book it must not touch: damaged, foreign or newer.

Run in-process against real book files in this test's AGENT_DESK_HOME."""

from __future__ import annotations

import csv
import hashlib
import json
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from agent_desk import __version__
from agent_desk.cli import main
from agent_desk.domain.clients import ClientDetails, LifecycleStage, Tier
from agent_desk.services.clients import count_clients, create_client, list_clients
from agent_desk.store.book import SCHEMA_HEAD, Book, open_book
from agent_desk.store.models import Activity, Household, Policy, Relationship

WANG = ClientDetails(name="Wang Hsiao-ming", name_local="王小明", phone="0912-345-678",
                     email="hsiaoming@example.com.tw", stage=LifecycleStage.ACTIVE, tier=Tier.A)
CLIENTS = (
    WANG,
    ClientDetails(name="Wang Mei-ling", name_local="王美玲", phone="0933-111-222"),
    ClientDetails(name="Chen Hsiao-ming", name_local="陳小明", phone="02-2345-6789"),
    ClientDetails(name="Ann Lee", phone="0912-888-000", email="ann.lee@example.com"),
    ClientDetails(name="Peter Lin", name_local="林大偉", phone="07-123-4567"),
)
# How the plain-text search output names each client (its display name).
WANG_XIAOMING, WANG_MEILING, CHEN_XIAOMING = "王小明 Wang Hsiao-ming", "王美玲 Wang Mei-ling", "陳小明 Chen Hsiao-ming"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_clients(book: Book, *clients: ClientDetails) -> None:
    with book.session() as session:
        for details in clients:
            create_client(session, details)


def names_in(path: Path) -> list[str]:
    book = open_book(path)
    try:
        with book.session() as session:
            return [row.display_name for row in list_clients(session, limit=10_000)]
    finally:
        book.close()


def fresh_book_in(home: Path, migrated_template: Path) -> Path:
    """A migrated, empty book where the CLI looks for it when AGENT_DESK_HOME is `home`."""
    home.mkdir(parents=True, exist_ok=True)
    path = home / "book.sqlite3"
    shutil.copyfile(migrated_template, path)
    return path


def search_names(capsys: pytest.CaptureFixture, *args: str) -> list[str]:
    """The display names `agent-desk search` prints, in its order."""
    assert main(["search", *args]) == 0
    out = capsys.readouterr().out
    return [line.split("\t")[0] for line in out.splitlines()]


def one_line_error(capsys: pytest.CaptureFixture) -> str:
    """stderr, checked to be the single `agent-desk: error: …` line with nothing on stdout."""
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("agent-desk: error: ")
    assert err.endswith("\n") and err.count("\n") == 1, f"expected one line, got {err!r}"
    return err


# --- search ---------------------------------------------------------------------------------------------


@pytest.fixture
def searchable(book: Book) -> Book:
    add_clients(book, *CLIENTS)
    return book


def test_search_finds_a_client_by_a_latin_substring_in_any_case(
        searchable: Book, capsys: pytest.CaptureFixture) -> None:
    assert search_names(capsys, "siao") == [WANG_XIAOMING, CHEN_XIAOMING]
    assert search_names(capsys, "LEE") == ["Ann Lee"]


def test_search_finds_a_chinese_name_by_one_character(searchable: Book, capsys: pytest.CaptureFixture) -> None:
    assert search_names(capsys, "王") == [WANG_XIAOMING, WANG_MEILING]


def test_search_finds_a_chinese_name_by_two_characters(searchable: Book, capsys: pytest.CaptureFixture) -> None:
    assert search_names(capsys, "小明") == [WANG_XIAOMING, CHEN_XIAOMING]


def test_search_finds_a_chinese_name_by_three_characters(searchable: Book, capsys: pytest.CaptureFixture) -> None:
    assert search_names(capsys, "王小明") == [WANG_XIAOMING]


def test_search_finds_clients_by_a_phone_fragment(searchable: Book, capsys: pytest.CaptureFixture) -> None:
    assert search_names(capsys, "0912") == ["Ann Lee", WANG_XIAOMING]


def test_search_finds_a_phone_typed_with_or_without_its_separators(
        searchable: Book, capsys: pytest.CaptureFixture) -> None:
    assert search_names(capsys, "0912345678") == [WANG_XIAOMING]
    assert search_names(capsys, "0912 345 678") == [WANG_XIAOMING]


def test_search_needs_every_term_to_match(searchable: Book, capsys: pytest.CaptureFixture) -> None:
    assert search_names(capsys, "小明 chen") == [CHEN_XIAOMING]


def test_search_prints_one_tab_separated_line_per_client(searchable: Book, capsys: pytest.CaptureFixture) -> None:
    assert main(["search", "王小明"]) == 0
    out, err = capsys.readouterr()
    assert out == f"{WANG_XIAOMING}\t0912-345-678\thsiaoming@example.com.tw\tactive\tA\n"
    assert err == ""


def test_search_json_lists_the_matching_clients(searchable: Book, capsys: pytest.CaptureFixture) -> None:
    assert main(["search", "0912", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert isinstance(found, list) and len(found) == 2
    fields = {"id", "name", "name_local", "phone", "email", "stage", "tier"}
    assert all(fields <= set(client) for client in found)
    ann, wang = found
    assert {key: ann[key] for key in fields - {"id"}} == {
        "name": "Ann Lee", "name_local": "", "phone": "0912-888-000", "email": "ann.lee@example.com",
        "stage": "prospect", "tier": None}
    assert {key: wang[key] for key in fields - {"id"}} == {
        "name": "Wang Hsiao-ming", "name_local": "王小明", "phone": "0912-345-678",
        "email": "hsiaoming@example.com.tw", "stage": "active", "tier": "A"}
    with searchable.session() as session:
        ids = {str(row.id): row.name for row in list_clients(session)}
    assert ids[ann["id"]] == "Ann Lee" and ids[wang["id"]] == "Wang Hsiao-ming"


def test_search_limit_caps_the_results(book: Book, capsys: pytest.CaptureFixture) -> None:
    add_clients(book, *(ClientDetails(name=f"{first} Lee") for first in ("Eve", "Cat", "Amy", "Dan", "Ben")))
    assert search_names(capsys, "lee") == ["Amy Lee", "Ben Lee", "Cat Lee", "Dan Lee", "Eve Lee"]
    assert search_names(capsys, "lee", "--limit", "3") == ["Amy Lee", "Ben Lee", "Cat Lee"]
    assert main(["search", "lee", "--limit", "2", "--json"]) == 0
    assert [client["name"] for client in json.loads(capsys.readouterr().out)] == ["Amy Lee", "Ben Lee"]


def test_search_without_a_match_prints_nothing_and_says_so_on_stderr(
        searchable: Book, capsys: pytest.CaptureFixture) -> None:
    assert main(["search", "Zhang"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "No client matches 'Zhang'.\n"


def test_search_json_without_a_match_is_an_empty_list(searchable: Book, capsys: pytest.CaptureFixture) -> None:
    assert main(["search", "Zhang", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_search_with_a_limit_below_one_is_refused_with_one_line(
        limit: str, searchable: Book, capsys: pytest.CaptureFixture) -> None:
    assert main(["search", "王", "--limit", limit]) == 2
    assert one_line_error(capsys) == "agent-desk: error: --limit must be at least 1\n"


# --- demo -----------------------------------------------------------------------------------------------

DEMO_CLIENTS = "40"


def exported_rows(capsys: pytest.CaptureFixture, target: Path) -> list[list[str]]:
    assert main(["export", "clients", str(target)]) == 0
    capsys.readouterr()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_demo_creates_the_clients_and_the_rows_it_reports(book_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["demo", "--clients", DEMO_CLIENTS, "--seed", "7", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"book", "clients", "households", "relationships", "policies", "activities", "claims",
                           "service_requests", "complaints"}
    assert report["book"] == str(book_path)
    assert report["clients"] == 40
    assert all(report[what] > 0 for what in ("households", "relationships", "policies", "activities"))
    book = open_book(book_path)
    try:
        with book.session() as session:
            assert count_clients(session) == 40
            in_book = {what: session.scalar(select(func.count()).select_from(model))
                       for what, model in (("households", Household), ("relationships", Relationship),
                                           ("policies", Policy), ("activities", Activity))}
    finally:
        book.close()
    assert in_book == {what: report[what] for what in in_book}


def test_demo_clients_can_be_found_by_search(book_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["demo", "--clients", DEMO_CLIENTS, "--seed", "7"]) == 0
    capsys.readouterr()
    first = names_in(book_path)[0]
    assert main(["search", first, "--json"]) == 0
    assert first in [f"{c['name_local']} {c['name']}".strip() for c in json.loads(capsys.readouterr().out)]


def test_demo_prints_a_one_line_summary(book_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["demo", "--clients", DEMO_CLIENTS, "--seed", "7"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Demo book at {book_path}: 40 clients, ")
    assert out.count("\n") == 1


def test_the_same_seed_makes_the_same_clients_in_the_same_order(
        tmp_path: Path, book_path: Path, migrated_template: Path, capsys: pytest.CaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["demo", "--clients", DEMO_CLIENTS, "--seed", "11"]) == 0
    first = exported_rows(capsys, tmp_path / "first.csv")

    other_home = tmp_path / "other-home"
    fresh_book_in(other_home, migrated_template)
    monkeypatch.setenv("AGENT_DESK_HOME", str(other_home))
    assert main(["demo", "--clients", DEMO_CLIENTS, "--seed", "11"]) == 0
    second = exported_rows(capsys, tmp_path / "second.csv")

    assert len(first) == len(second) == 41  # the header and 40 clients
    assert [row[:2] for row in first] == [row[:2] for row in second]  # name, name_local
    # Export breaks ties between equal names by the (random) row id, so compare whole rows as sets.
    assert sorted(first) == sorted(second)


def test_a_different_seed_makes_a_different_book(
        tmp_path: Path, book_path: Path, migrated_template: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture) -> None:
    assert main(["demo", "--clients", DEMO_CLIENTS, "--seed", "11"]) == 0
    other_home = tmp_path / "other-home"
    other_book = fresh_book_in(other_home, migrated_template)
    monkeypatch.setenv("AGENT_DESK_HOME", str(other_home))
    assert main(["demo", "--clients", DEMO_CLIENTS, "--seed", "12"]) == 0
    capsys.readouterr()
    seed_11, seed_12 = names_in(book_path), names_in(other_book)
    assert len(seed_11) == len(seed_12) == 40
    assert seed_11 != seed_12


def test_a_second_demo_into_a_book_with_clients_is_refused_and_changes_nothing(
        book_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["demo", "--clients", DEMO_CLIENTS, "--seed", "7"]) == 0
    capsys.readouterr()
    before, names = sha256(book_path), names_in(book_path)
    assert main(["demo", "--clients", "5", "--seed", "8", "--json"]) == 2
    err = one_line_error(capsys)
    assert "already has 40 clients" in err and str(book_path) in err
    assert sha256(book_path) == before
    assert names_in(book_path) == names


@pytest.mark.parametrize("clients", ["0", "-3"])
def test_demo_with_fewer_than_one_client_is_refused_and_makes_no_book(
        clients: str, agent_home: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["demo", "--clients", clients]) == 2
    assert one_line_error(capsys) == "agent-desk: error: --clients must be at least 1\n"
    assert not (agent_home / "book.sqlite3").exists()


# --- db check | backup | upgrade ------------------------------------------------------------------------


def backups_in(agent_home: Path) -> list[Path]:
    folder = agent_home / "backups"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_db_check_reports_the_schema_revision(book_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["db", "check"]) == 0
    assert capsys.readouterr().out == f"{book_path}: schema {SCHEMA_HEAD}, sound\n"
    assert main(["db", "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"book": str(book_path), "revision": SCHEMA_HEAD,
                                                   "state": "ok", "problems": []}


def test_db_check_without_a_book_says_so_and_creates_none(agent_home: Path, capsys: pytest.CaptureFixture) -> None:
    path = agent_home / "book.sqlite3"
    assert main(["db", "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"book": str(path), "revision": None, "state": "empty",
                                                   "problems": []}
    assert not path.exists()


def test_db_backup_writes_a_copy_that_opens_with_the_same_clients(
        book: Book, book_path: Path, agent_home: Path, capsys: pytest.CaptureFixture) -> None:
    add_clients(book, *CLIENTS)  # the book stays open, as when the app is running
    assert main(["db", "backup", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    backup = Path(result["backup"])
    assert result["book"] == str(book_path)
    assert backups_in(agent_home) == [backup]
    assert backup != book_path
    assert names_in(backup) == names_in(book_path) == [
        "Ann Lee", "林大偉 Peter Lin", WANG_XIAOMING, WANG_MEILING, CHEN_XIAOMING]


def test_db_backup_says_where_the_copy_is(book_path: Path, agent_home: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["db", "backup"]) == 0
    [backup] = backups_in(agent_home)
    assert capsys.readouterr().out == f"Backed up {book_path} to {backup}\n"


def test_db_backup_without_a_book_is_refused_and_creates_nothing(
        agent_home: Path, capsys: pytest.CaptureFixture) -> None:
    path = agent_home / "book.sqlite3"
    assert main(["db", "backup"]) == 2
    assert one_line_error(capsys) == f"agent-desk: error: there is no book to back up at {path}\n"
    assert not path.exists()
    assert backups_in(agent_home) == []


def test_db_upgrade_of_a_current_book_changes_nothing(
        book: Book, book_path: Path, agent_home: Path, capsys: pytest.CaptureFixture) -> None:
    add_clients(book, WANG)
    book.close()
    before = sha256(book_path)
    assert main(["db", "upgrade"]) == 0
    assert capsys.readouterr().out == f"{book_path} is up to date\n"
    assert main(["db", "upgrade", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"book": str(book_path), "upgraded_from": None, "backup": None}
    assert sha256(book_path) == before
    assert backups_in(agent_home) == []


# --- books the CLI must refuse and leave alone ----------------------------------------------------------


def random_bytes(path: Path, migrated_template: Path) -> None:
    path.write_bytes(random.Random(20).randbytes(64 * 1024))


def truncated_book(path: Path, migrated_template: Path) -> None:
    shutil.copyfile(migrated_template, path)
    book = open_book(path)
    add_clients(book, *CLIENTS)
    book.close()
    whole = path.read_bytes()
    path.write_bytes(whole[:len(whole) // 2])


def another_programs_database(path: Path, migrated_template: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.execute("INSERT INTO notes (body) VALUES ('buy milk')")
    connection.commit()
    connection.close()


BAD_BOOKS = [random_bytes, truncated_book, another_programs_database]
BOOK_COMMANDS = [["search", "王"], ["export", "clients", "{out}"], ["db", "upgrade"], ["db", "check"],
                 ["db", "backup"]]


def run(command: list[str], out: Path) -> int:
    return main([part.replace("{out}", str(out)) for part in command])


@pytest.mark.parametrize("make_bad_book", BAD_BOOKS, ids=lambda maker: maker.__name__)
@pytest.mark.parametrize("command", BOOK_COMMANDS, ids=" ".join)
def test_a_damaged_or_foreign_book_is_refused_with_one_line_and_left_byte_identical(
        make_bad_book, command: list[str], tmp_path: Path, agent_home: Path, migrated_template: Path,  # noqa: ANN001
        capsys: pytest.CaptureFixture) -> None:
    agent_home.mkdir(parents=True, exist_ok=True)
    path = agent_home / "book.sqlite3"
    make_bad_book(path, migrated_template)
    before = sha256(path)
    out = tmp_path / "export.csv"

    assert run(command, out) == 2
    err = one_line_error(capsys)
    assert "damaged or is not an Agent Desk book" in err
    assert str(path) in err
    assert sha256(path) == before
    assert not out.exists()
    assert backups_in(agent_home) == []


@pytest.fixture
def damaged_page_book(book: Book, book_path: Path) -> Path:
    """A book with a sound header and revision whose clients table's first page is garbage."""
    add_clients(book, *CLIENTS)
    book.close()
    connection = sqlite3.connect(book_path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        clients_page = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'clients'").fetchone()[0]
    finally:
        connection.close()
    damaged = bytearray(book_path.read_bytes())
    start = (clients_page - 1) * page_size
    damaged[start:start + page_size] = random.Random(9).randbytes(page_size)
    book_path.write_bytes(bytes(damaged))
    return book_path


@pytest.mark.parametrize("command", BOOK_COMMANDS[:2], ids=" ".join)
def test_a_book_with_a_damaged_page_is_refused_with_one_line_and_left_byte_identical(
        command: list[str], damaged_page_book: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """Opening checks only the header and the schema revision; a page damaged
    further in is found when a command reads it, and must be reported the same way."""
    before = sha256(damaged_page_book)
    out = tmp_path / "export.csv"

    assert run(command, out) == 2
    err = one_line_error(capsys)
    assert "damaged or is not an Agent Desk book" in err
    assert str(damaged_page_book) in err
    assert sha256(damaged_page_book) == before
    assert not out.exists()


def test_db_check_finds_a_damaged_page_and_exits_2(damaged_page_book: Path, capsys: pytest.CaptureFixture) -> None:
    before = sha256(damaged_page_book)
    assert main(["db", "check", "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["state"] == "damaged" and report["problems"]
    assert main(["db", "check"]) == 2
    assert ", damaged: " in capsys.readouterr().out
    assert sha256(damaged_page_book) == before


@pytest.fixture
def newer_book(book: Book, book_path: Path) -> Path:
    """A book whose schema revision this version does not know: written by a newer app."""
    add_clients(book, WANG)
    book.close()
    connection = sqlite3.connect(book_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    return book_path


@pytest.mark.parametrize("command", BOOK_COMMANDS[:3], ids=" ".join)
def test_a_book_from_a_newer_version_is_refused_and_left_byte_identical(
        command: list[str], newer_book: Path, agent_home: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture) -> None:
    before = sha256(newer_book)
    out = tmp_path / "export.csv"

    assert run(command, out) == 2
    err = one_line_error(capsys)
    assert "written by a newer version" in err
    assert "9999_future" in err
    assert str(newer_book) in err
    assert sha256(newer_book) == before
    assert not out.exists()
    assert backups_in(agent_home) == []


def test_db_check_says_a_book_is_from_a_newer_version(newer_book: Path, capsys: pytest.CaptureFixture) -> None:
    before = sha256(newer_book)
    assert main(["db", "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{newer_book}: schema 9999_future, written by a newer version of Agent Desk")
    assert main(["db", "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["state"] == "newer"
    assert sha256(newer_book) == before


# --- version and help -----------------------------------------------------------------------------------


def test_version_prints_the_version_and_exits_0(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"agent-desk {__version__}\n"


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_lists_the_commands_and_exits_0(flag: str, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([flag])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: agent-desk")
    assert all(command in out for command in ("demo", "search", "import", "export", "db"))


def test_version_from_a_real_process_exits_0(agent_home: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "agent_desk", "--version"], capture_output=True, text=True,
                          timeout=30, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"agent-desk {__version__}\n", "")
