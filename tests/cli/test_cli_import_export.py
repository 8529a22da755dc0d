"""`agent-desk import clients` and `agent-desk export clients`, run in-process
against the book in this test's AGENT_DESK_HOME."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent_desk.cli import main
from agent_desk.services.clients import count_clients, search_clients
from agent_desk.store.book import open_book

GOOD = "姓名,性別,出生日期,電話\n王小明,男,1979/11/02,0912-345-678\nAnn Lee,F,1985-03-07,\n"
BAD = (
    "name,birth_date,annual_income\n"
    "Good One,1980-01-01,100000\n"
    "Bad Date,1985-13-40,\n"
    "\n"
    "Poor,,-5\n"
)


@pytest.fixture(autouse=True)
def ready_book(book_path: Path) -> Path:
    """A migrated, empty book where the CLI will look for it."""
    return book_path


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "clients.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def clients_in_book(book_path: Path) -> list[str]:
    book = open_book(book_path)
    try:
        with book.session() as s:
            return sorted(r.name or r.name_local for r in search_clients(s, "", limit=1000))
    finally:
        book.close()


def test_import_reports_what_it_imported(tmp_path: Path, ready_book: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["import", "clients", str(write(tmp_path, GOOD))]) == 0
    out, err = capsys.readouterr()
    assert out == "Imported 2 clients\n"
    assert err == ""
    assert clients_in_book(ready_book) == ["Ann Lee", "王小明"]


def test_import_json(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["import", "clients", str(write(tmp_path, GOOD + "Ben,X,,\n")), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["imported"] == 0 and report["written"] is False
    assert report["errors"] == [{"line": 4, "column": "性別",
                                 "message": "性別: 'X' is not a sex (F or M; female/male and 女/男 also work)"}]


def test_rows_with_errors_exit_1_with_a_line_each_and_write_nothing(
        tmp_path: Path, ready_book: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["import", "clients", str(write(tmp_path, BAD))]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        "clients.csv: line 3: birth_date: '1985-13-40' is not a date (YYYY-MM-DD)",
        "clients.csv: line 5: annual_income: Income cannot be negative.",
    ]
    assert out == "Imported 0 clients; 2 rows with errors, nothing written\n"
    assert clients_in_book(ready_book) == []


def test_skip_invalid_imports_the_good_rows_and_exits_0(
        tmp_path: Path, ready_book: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["import", "clients", str(write(tmp_path, BAD)), "--skip-invalid"]) == 0
    out, err = capsys.readouterr()
    assert [line.split(": ")[1] for line in err.splitlines()] == ["line 3", "line 5"]
    assert out == "Imported 1 client, skipped 2 invalid rows\n"
    assert clients_in_book(ready_book) == ["Good One"]


def test_skip_invalid_json(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["import", "clients", str(write(tmp_path, BAD)), "--skip-invalid", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["imported"], report["skipped"], report["written"]) == (1, 2, True)
    assert [e["line"] for e in report["errors"]] == [3, 5]


def test_an_undecodable_file_exits_2_with_one_clear_line(
        tmp_path: Path, ready_book: Path, capsys: pytest.CaptureFixture) -> None:
    path = write(tmp_path, "name,phone\nZoé,0912345678\n", encoding="latin-1")
    assert main(["import", "clients", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith(f"agent-desk: error: {path} is not text in UTF-8, Big5 or GB18030")
    assert "CSV UTF-8" in err
    assert clients_in_book(ready_book) == []


def test_a_big5_file_is_detected_and_an_encoding_can_be_forced(
        tmp_path: Path, ready_book: Path, capsys: pytest.CaptureFixture) -> None:
    path = write(tmp_path, "姓名,電話\n王小明,0912345678\n", encoding="big5")
    assert main(["import", "clients", str(path), "--encoding", "utf-8"]) == 2
    assert f"{path} is not UTF-8 text (byte 0xa9 on line 1); choose another encoding" in capsys.readouterr().err
    assert main(["import", "clients", str(path)]) == 0
    assert clients_in_book(ready_book) == ["王小明"]


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    missing = tmp_path / "missing.csv"
    assert main(["import", "clients", str(missing)]) == 2
    assert capsys.readouterr().err == f"agent-desk: error: No such file: {missing}\n"


def test_a_file_without_a_name_column_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["import", "clients", str(write(tmp_path, "phone,email\n0912345678,a@b.co\n"))]) == 2
    assert "no name column" in capsys.readouterr().err


def test_export_then_import_into_another_book(
        tmp_path: Path, ready_book: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["import", "clients", str(write(tmp_path, GOOD))]) == 0
    out_file = tmp_path / "export.csv"
    capsys.readouterr()
    assert main(["export", "clients", str(out_file)]) == 0
    assert capsys.readouterr().out == f"Exported 2 clients to {out_file}\n"
    assert out_file.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "王小明" in out_file.read_text(encoding="utf-8-sig")

    other_home = tmp_path / "other-home"
    monkeypatch.setenv("AGENT_DESK_HOME", str(other_home))
    assert main(["import", "clients", str(out_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 2
    assert clients_in_book(other_home / "book.sqlite3") == ["Ann Lee", "王小明"]


def test_export_json(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out_file = tmp_path / "export.csv"
    assert main(["export", "clients", str(out_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"exported": 0, "file": str(out_file)}


def test_export_into_a_missing_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "no-such-folder" / "export.csv"
    assert main(["export", "clients", str(target)]) == 2
    assert capsys.readouterr().err == f"agent-desk: error: No such folder: {target.parent}\n"


def test_count_is_unchanged_after_a_refused_import(tmp_path: Path, ready_book: Path) -> None:
    main(["import", "clients", str(write(tmp_path, GOOD))])
    main(["import", "clients", str(write(tmp_path, BAD, name="bad.csv"))])
    book = open_book(ready_book)
    try:
        with book.session() as s:
            assert count_clients(s) == 2
    finally:
        book.close()


def test_import_of_a_vcard_file(tmp_path: Path, ready_book: Path, capsys: pytest.CaptureFixture) -> None:
    cards = ("BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nFN:Ann Lee\nTEL;TYPE=CELL:0912345678\nEND:VCARD\n"
             "BEGIN:VCARD\nVERSION:4.0\nFN:王小明\nTEL;VALUE=uri:tel:+886-922-345-678\nEND:VCARD\n")
    assert main(["import", "clients", str(write(tmp_path, cards, name="phone.vcf"))]) == 0
    assert capsys.readouterr().out == "Imported 2 clients\n"
    assert clients_in_book(ready_book) == ["Ann Lee", "王小明"]


@pytest.mark.parametrize(("what", "header", "noun"), [
    ("policies", "policy_number,holder,insured,product_code", "policies"),
    ("followups", "due_date,kind,title,status,client", "follow-ups"),
])
def test_export_policies_and_followups(tmp_path: Path, capsys: pytest.CaptureFixture, what: str, header: str,
                                       noun: str) -> None:
    out_file = tmp_path / f"{what}.csv"
    assert main(["export", what, str(out_file)]) == 0
    assert capsys.readouterr().out == f"Exported 0 {noun} to {out_file}\n"
    assert out_file.read_text(encoding="utf-8-sig").startswith(header)
    assert out_file.read_bytes().startswith(b"\xef\xbb\xbf")
