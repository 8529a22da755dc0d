"""Importing clients from CSV and exporting them, on a real book file."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from agent_desk.domain.clients import ClientDetails, Sex
from agent_desk.errors import ImportFileError
from agent_desk.services.client_csv import ImportReport, RowError, export_clients, import_clients
from agent_desk.services.clients import (
    ClientQuery,
    count_clients,
    create_client,
    delete_client,
    get_client,
    list_clients,
    search_clients,
)
from agent_desk.store.book import Book, open_book

TODAY = date(2024, 6, 1)


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "clients.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run_import(book: Book, path: Path, **options) -> ImportReport:  # noqa: ANN003
    with book.session() as s:
        return import_clients(s, path, today=TODAY, **options)


def all_details(book: Book) -> list[ClientDetails]:
    with book.session() as s:
        return [get_client(s, row.id).details for row in list_clients(s, limit=1000)]


def only_client(book: Book) -> ClientDetails:
    (details,) = all_details(book)
    return details


def client_count(book: Book) -> int:
    with book.session() as s:
        return count_clients(s)


@pytest.fixture
def fresh_book(tmp_path: Path, migrated_template: Path) -> Iterator[Book]:
    """A second, empty book, for round trips."""
    path = tmp_path / "fresh" / "book.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(migrated_template, path)
    opened = open_book(path)
    yield opened
    opened.close()


# --- Headers ---------------------------------------------------------------

def test_english_headers_match_in_any_order_and_case(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path,
                 " NOTES ,Annual_Income,EMAIL,Occupation, Birth_Date ,Sex,Phone,Address,NAME,Name_Local\n"
                 'Likes golf,"1,200,000",ann@example.com,Teacher,1985-03-07,f,+886 912 345 678,'
                 '"1 Main St, Taipei",Ann Lee,李安\n')
    report = run_import(book, path)
    assert (report.imported, report.errors, report.skipped) == (1, [], 0)
    assert only_client(book) == ClientDetails(
        name="Ann Lee", name_local="李安", sex=Sex.FEMALE, birth_date=date(1985, 3, 7),
        phone="+886 912 345 678", email="ann@example.com", address="1 Main St, Taipei",
        occupation="Teacher", annual_income=Decimal("1200000"), notes="Likes golf")


def test_traditional_chinese_headers_and_chinese_name_fill_name_local(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path,
                 "姓名,性別,出生日期,電話,電郵,地址,職業,年收入,備註\n"
                 '王小明,男,1979/11/2,0912-345-678,ming@example.com,台北市信義區,工程師,"850,000",老客戶\n')
    assert run_import(book, path).imported == 1
    assert only_client(book) == ClientDetails(
        name="", name_local="王小明", sex=Sex.MALE, birth_date=date(1979, 11, 2), phone="0912-345-678",
        email="ming@example.com", address="台北市信義區", occupation="工程師",
        annual_income=Decimal("850000"), notes="老客戶")


def test_simplified_chinese_headers_and_latin_name_in_姓名_fill_name(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path,
                 "姓名,性别,出生日期,电话,邮箱,职业,备注\n"
                 "李娜,女,1990-01-15,13800138000,li@example.cn,医生,\n"
                 "Li Na,F,1991-02-16,13800138001,,,\n")
    assert run_import(book, path).imported == 2
    by_name = {d.name or d.name_local: d for d in all_details(book)}
    assert by_name["李娜"].name_local == "李娜" and by_name["李娜"].name == ""
    assert by_name["李娜"].occupation == "医生" and by_name["李娜"].sex is Sex.FEMALE
    assert by_name["Li Na"].name == "Li Na" and by_name["Li Na"].name_local == ""


def test_姓名_beside_an_english_name_column_is_the_local_name(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "Name,姓名\nMing Wang,王小明\nJoy Chen,Joy\n")
    assert run_import(book, path).imported == 2
    assert {(d.name, d.name_local) for d in all_details(book)} == {("Ming Wang", "王小明"), ("Joy Chen", "Joy")}


def test_byte_order_mark_does_not_spoil_the_first_header(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "name,phone\nAnn Lee,0912345678\n", encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert run_import(book, path).imported == 1
    assert only_client(book).name == "Ann Lee"


def test_unknown_columns_are_ignored_and_named_in_the_summary(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "name,Policy No,,tier\nAnn Lee,P-1,,A\n")
    report = run_import(book, path)
    assert report.imported == 1
    assert report.ignored_columns == ("Policy No", "tier")
    assert report.summary() == "Imported 1 client (ignored columns: Policy No, tier)"
    assert report.as_dict()["ignored_columns"] == ["Policy No", "tier"]


@pytest.mark.parametrize("header", ["phone,email,notes", "Full name,phone", ""])
def test_a_file_without_a_name_column_is_refused(book: Book, tmp_path: Path, header: str) -> None:
    path = write(tmp_path, f"{header}\n0912345678,a@b.co,x\n")
    with pytest.raises(ImportFileError, match=r"no name column \(name, name_local or 姓名\)"):
        run_import(book, path)
    assert client_count(book) == 0


def test_two_columns_for_one_field_are_refused(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "name,Phone,電話\nAnn,0912345678,0987654321\n")
    with pytest.raises(ImportFileError, match="'Phone' and '電話' both hold phone"):
        run_import(book, path)


def test_an_empty_file_is_refused(book: Book, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="empty"):
        run_import(book, write(tmp_path, "\n\n"))


def test_a_header_only_file_imports_nothing_without_complaint(book: Book, tmp_path: Path) -> None:
    report = run_import(book, write(tmp_path, "name,phone\n"))
    assert (report.imported, report.errors, report.rows) == (0, [], 0)
    assert report.summary() == "Imported 0 clients"


# --- Values ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "sex"), [("F", Sex.FEMALE), ("m", Sex.MALE), ("Female", Sex.FEMALE),
                                           ("MALE", Sex.MALE), ("女", Sex.FEMALE), ("男", Sex.MALE), ("", None)])
def test_sex_is_read_in_english_and_chinese(book: Book, tmp_path: Path, text: str, sex: Sex | None) -> None:
    run_import(book, write(tmp_path, f"name,sex\nAnn,{text}\n"))
    assert only_client(book).sex is sex


def test_blank_lines_and_blank_rows_are_skipped(book: Book, tmp_path: Path) -> None:
    report = run_import(book, write(tmp_path, "name,phone\n\nAnn,\n,\n  ,  \n\r\nBen,\n"))
    assert (report.imported, report.rows, report.errors) == (2, 2, [])


def test_short_rows_leave_the_missing_cells_blank(book: Book, tmp_path: Path) -> None:
    run_import(book, write(tmp_path, "name,phone,email\nAnn\n"))
    assert only_client(book) == ClientDetails(name="Ann")


# --- Bad rows ----------------------------------------------------------------

BAD_FILE = (
    "name,birth_date,annual_income,email,phone\n"     # 1
    "Good One,1980-01-01,100000,one@example.com,\n"   # 2
    "Bad Date,1985-13-40,,,\n"                         # 3
    "\n"                                               # 4 (blank)
    "Future,2030-01-01,,,\n"                           # 5
    '"Multi\nLine",1980-01-01,,,\n'                    # 6-7: a quoted newline
    "Poor,,-5,,\n"                                     # 8
    "Mail,,,not-an-email,\n"                           # 9
    ",1980-01-01,,x@example.com,\n"                    # 10
    "Many,1980/02/30,lots,bad@,12\n"                   # 11
    "Good Two,,,,0912 345 678\n"                       # 12
)


def test_bad_rows_are_reported_by_line_and_nothing_is_written(book: Book, tmp_path: Path) -> None:
    report = run_import(book, write(tmp_path, BAD_FILE))
    assert [(e.line, e.message) for e in report.errors] == [
        (3, "birth_date: '1985-13-40' is not a date (YYYY-MM-DD)"),
        (5, "birth_date: The birth date cannot be in the future."),
        (8, "annual_income: Income cannot be negative."),
        (9, "email: This is not an e-mail address (name@example.com)."),
        (10, "name: A name is required (in either script)."),
        (11, "birth_date: '1980/02/30' is not a date (YYYY-MM-DD)"),
        (11, "phone: A phone number has 6 to 15 digits and only + ( ) - . # or spaces besides."),
        (11, "email: This is not an e-mail address (name@example.com)."),
        (11, "annual_income: 'lots' is not an amount."),
    ]
    assert report.errors[0] == RowError(3, "birth_date: '1985-13-40' is not a date (YYYY-MM-DD)", "birth_date")
    assert (report.imported, report.skipped, report.rows, report.rows_with_errors) == (0, 0, 9, 6)
    assert not report.written
    assert report.summary() == "Imported 0 clients; 6 rows with errors, nothing written"
    assert client_count(book) == 0


def test_errors_name_the_column_as_the_file_spells_it(book: Book, tmp_path: Path) -> None:
    report = run_import(book, write(tmp_path, "姓名,出生日期,年收入\n,1985-13-40,abc\n"))
    assert [e.message for e in report.errors] == [
        "姓名: A name is required (in either script).",
        "出生日期: '1985-13-40' is not a date (YYYY-MM-DD)",
        "年收入: 'abc' is not an amount.",
    ]


def test_skip_invalid_imports_the_good_rows_and_lists_the_others(book: Book, tmp_path: Path) -> None:
    report = run_import(book, write(tmp_path, BAD_FILE), skip_invalid=True)
    assert (report.imported, report.skipped, report.rows_with_errors) == (3, 6, 6)
    assert [e.line for e in report.errors] == [3, 5, 8, 9, 10, 11, 11, 11, 11]
    assert report.written
    assert report.summary() == "Imported 3 clients, skipped 6 invalid rows"
    assert report.changes.client_list
    assert sorted(d.name for d in all_details(book)) == ["Good One", "Good Two", "Multi\nLine"]


def test_a_row_with_more_cells_than_the_header_is_an_error(book: Book, tmp_path: Path) -> None:
    report = run_import(book, write(tmp_path, "name,address\nAnn,1 Main St, Taipei\nBen,,\n"))
    assert [(e.line, e.message) for e in report.errors] == [
        (2, "3 cells but the header has 2 columns (a value with a comma must be in double quotes)")]
    assert client_count(book) == 0


def test_as_dict_is_plain_data(book: Book, tmp_path: Path) -> None:
    report = run_import(book, write(tmp_path, "name,email\nAnn,bad\n"))
    assert report.as_dict() == {
        "imported": 0, "skipped": 0, "rows": 1, "rows_with_errors": 1, "written": False,
        "errors": [{"line": 2, "column": "email",
                    "message": "email: This is not an e-mail address (name@example.com)."}],
        "ignored_columns": [],
    }


# --- Unreadable files ----------------------------------------------------------

@pytest.mark.parametrize("encoding", ["big5", "gb18030"])
def test_big5_and_gb18030_files_are_read(book: Book, tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path, "name,姓名,備註\nMing,王小明,台北市\n", encoding=encoding)
    assert run_import(book, path).imported == 1
    assert (only_client(book).name_local, only_client(book).notes) == ("王小明", "台北市")


def test_a_file_in_none_of_the_encodings_is_refused_by_line(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "name\nZoé,\n", encoding="latin-1")
    with pytest.raises(ImportFileError) as caught:
        run_import(book, path)
    message = str(caught.value)
    assert str(path) in message and "is not text in UTF-8, Big5 or GB18030" in message and "line 2" in message
    assert client_count(book) == 0


def test_a_utf16_file_is_refused_with_a_hint(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "name\nAnn\n", encoding="utf-16")
    with pytest.raises(ImportFileError, match="UTF-16 text, not UTF-8"):
        run_import(book, path)


def test_a_missing_file_is_refused_by_name(book: Book, tmp_path: Path) -> None:
    path = tmp_path / "nowhere.csv"
    with pytest.raises(ImportFileError, match="No such file: .*nowhere.csv"):
        run_import(book, path)


def test_a_folder_is_refused(book: Book, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="Cannot read"):
        run_import(book, tmp_path)


# --- Writing -------------------------------------------------------------------

def test_imported_clients_are_found_by_search(book: Book, tmp_path: Path) -> None:
    run_import(book, write(tmp_path, "姓名,電話,電郵\n王小明,0912-345-678,ming@example.com\nAnn Lee,,\n"))
    with book.session() as s:
        assert [r.name_local for r in search_clients(s, "小明")] == ["王小明"]
        assert [r.name_local for r in search_clients(s, "0912345678")] == ["王小明"]
        assert [r.name for r in search_clients(s, "ann")] == ["Ann Lee"]


def test_progress_is_reported_per_batch(book: Book, tmp_path: Path) -> None:
    rows = "".join(f"Client {n}\n" for n in range(250))
    calls: list[tuple[int, int]] = []
    run_import(book, write(tmp_path, "name\n" + rows), progress=lambda done, total: calls.append((done, total)))
    assert calls == [(100, 250), (200, 250), (250, 250)]
    assert client_count(book) == 250


def test_nothing_written_means_no_progress(book: Book, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    run_import(book, write(tmp_path, "name\n\n"), progress=lambda *call: calls.append(call))
    run_import(book, write(tmp_path, BAD_FILE), progress=lambda *call: calls.append(call))
    assert calls == []


# --- Export ----------------------------------------------------------------------

def add(book: Book, **fields) -> None:  # noqa: ANN003
    with book.session() as s:
        create_client(s, ClientDetails(**fields), TODAY)


def read_export(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_is_utf8_with_bom_ordered_by_name_without_deleted_clients(book: Book, tmp_path: Path) -> None:
    add(book, name="Zoe Wu", name_local="吳佐伊", sex=Sex.FEMALE, birth_date=date(1990, 5, 6),
        annual_income=Decimal("1.2E+6"))
    add(book, name="Adam Ng")
    add(book, name="Gone Away")
    with book.session() as s:
        (gone,) = search_clients(s, "Gone")
        delete_client(s, gone.id)
        out = tmp_path / "out.csv"
        assert export_clients(s, out) == 2
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "吳佐伊".encode() in data
    assert data.splitlines()[0] == (b"\xef\xbb\xbfname,name_local,sex,birth_date,phone,email,address,"
                                    b"occupation,annual_income,notes")
    rows = read_export(out)
    assert [r["name"] for r in rows] == ["Adam Ng", "Zoe Wu"]
    assert rows[1] | {"notes": ""} == {
        "name": "Zoe Wu", "name_local": "吳佐伊", "sex": "F", "birth_date": "1990-05-06", "phone": "",
        "email": "", "address": "", "occupation": "", "annual_income": "1200000", "notes": ""}
    assert not list(tmp_path.glob("*.part"))


def test_export_round_trips_through_import_into_a_fresh_book(book: Book, fresh_book: Book, tmp_path: Path) -> None:
    originals = [
        ClientDetails(name="Ann Lee", name_local="李安", sex=Sex.FEMALE, birth_date=date(1985, 3, 7),
                      phone="+886 912 345 678", email="ann@example.com", address="1 Main St, Taipei",
                      occupation="Teacher", annual_income=Decimal("1200000.50"),
                      notes='Said "call after 6",\nprefers LINE'),
        ClientDetails(name="", name_local="王小明", sex=Sex.MALE, address="台北市信義區"),
        ClientDetails(name="Bob Tan"),
    ]
    for details in originals:
        add(book, **vars(details))
    out = tmp_path / "export.csv"
    with book.session() as s:
        export_clients(s, out)
    report = run_import(fresh_book, out)
    assert (report.imported, report.errors, report.ignored_columns) == (3, [], ())
    assert sorted(all_details(fresh_book), key=repr) == sorted(originals, key=repr)


def test_export_replaces_an_existing_file(book: Book, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old content that is longer than the new one\n" * 10)
    add(book, name="Ann")
    with book.session() as s:
        assert export_clients(s, out) == 1
    assert [r["name"] for r in read_export(out)] == ["Ann"]


def test_export_of_an_empty_book_is_just_the_header(book: Book, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    with book.session() as s:
        assert export_clients(s, out) == 0
    assert out.read_bytes() == ("\ufeffname,name_local,sex,birth_date,phone,email,address,occupation,"
                                "annual_income,notes\r\n").encode()


def test_export_streams_a_larger_book(book: Book, tmp_path: Path) -> None:
    with book.session() as s:
        for n in range(2500):  # more than one fetch batch
            create_client(s, ClientDetails(name=f"Client {n:04d}"), TODAY)
    out = tmp_path / "out.csv"
    with book.session() as s:
        assert export_clients(s, out) == 2500
    names = [r["name"] for r in read_export(out)]
    assert names == sorted(names) and len(names) == 2500
    with book.session() as s:
        assert list_clients(s, ClientQuery(text="0042"))[0].name == "Client 0042"
