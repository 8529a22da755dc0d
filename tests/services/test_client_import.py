"""The app's client import: a plan that reads, checks and finds duplicates
without writing, then one transaction that writes, undone and redone by id.
On real files (every encoding written as such) and a real book."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from agent_desk.domain.client_csv_rules import NAME_BY_SCRIPT
from agent_desk.domain.clients import ClientDetails, Sex
from agent_desk.errors import ImportFileError, ImportRowsError
from agent_desk.services.client_import import (
    ImportPlan,
    SourceKind,
    apply_import,
    plan_import,
    preview_import,
    read_source,
    with_duplicates,
)
from agent_desk.services.clients import (
    count_clients,
    create_client,
    delete_client,
    delete_clients,
    get_client,
    list_clients,
    restore_clients,
    search_clients,
)
from agent_desk.services.text_files import TextEncoding
from agent_desk.store.book import Book
from agent_desk.store.models import Client

TODAY = date(2024, 6, 1)
CHINESE = ("姓名,性別,出生日期,電話,電郵,地址,備註\n"
           "王小明,男,1979/11/02,0912-345-678,ming@example.com,台北市信義區,喜歡高爾夫\n")
SIMPLIFIED = ("姓名,性别,出生日期,电话,邮箱,地址,备注\n"
              "张伟,男,1980-01-02,13800138000,wei@example.com,北京市朝阳区,喜欢打球\n")


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "clients.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def preview(book: Book, path: Path, **options) -> ImportPlan:  # noqa: ANN003
    with book.session() as s:
        return preview_import(s, path, today=TODAY, **options)


def apply(book: Book, plan: ImportPlan, **options):  # noqa: ANN003, ANN201
    with book.session() as s:
        return apply_import(s, plan, today=TODAY, **options)


def client_count(book: Book) -> int:
    with book.session() as s:
        return count_clients(s)


def add(book: Book, **fields) -> None:  # noqa: ANN003
    id_number = fields.pop("id_number", "")
    with book.session() as s:
        client_id, _changes = create_client(s, ClientDetails(**fields), TODAY)
        s.get(Client, client_id).id_number = id_number


# --- Encodings -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "encoding", "expected"), [
    (CHINESE, "utf-8", TextEncoding.UTF8),
    (CHINESE, "utf-8-sig", TextEncoding.UTF8),
    (CHINESE, "big5", TextEncoding.BIG5),
    (SIMPLIFIED, "gb18030", TextEncoding.GB18030),
    (SIMPLIFIED, "utf-8-sig", TextEncoding.UTF8),
])
def test_each_encoding_is_detected_and_read_intact(book: Book, tmp_path: Path, text: str, encoding: str,
                                                   expected: TextEncoding) -> None:
    path = write(tmp_path, text, encoding)
    plan = preview(book, path)
    assert (plan.source.encoding, plan.source.encoding_detected) == (expected, True)
    assert plan.source.headers[0] == "姓名"  # a BOM does not stick to the first header
    (row,) = plan.rows
    assert row.errors == ()
    details = row.details
    assert details is not None and details.name_local in ("王小明", "张伟")
    assert details.address in ("台北市信義區", "北京市朝阳区") and details.notes in ("喜歡高爾夫", "喜欢打球")
    assert details.sex is Sex.MALE
    created = apply(book, plan).created
    with book.session() as s:
        assert get_client(s, created[0]).details == details


def test_a_chosen_encoding_overrides_detection(tmp_path: Path) -> None:
    path = write(tmp_path, CHINESE, "big5")
    chosen = read_source(path, TextEncoding.BIG5)
    assert (chosen.encoding, chosen.encoding_detected) == (TextEncoding.BIG5, False)
    with pytest.raises(ImportFileError, match=r"is not UTF-8 text \(byte 0xa9 on line 1\); choose another encoding"):
        read_source(path, TextEncoding.UTF8)


def test_a_file_in_no_supported_encoding_is_refused_with_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "name,city\nAnn,Zürich\n", "latin-1")
    with pytest.raises(ImportFileError, match=r"is not text in UTF-8, Big5 or GB18030 \(byte 0xfc on line 2\)"):
        read_source(path)


def test_utf16_is_refused_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="UTF-16 text, not UTF-8"):
        read_source(write(tmp_path, "name\nAnn\n", "utf-16"))


# --- Mapping ---------------------------------------------------------------------

def test_headers_suggest_a_mapping_the_agent_can_change(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "Mobile,Client,E-mail,身分證字號,Remarks\n"
                           "0912345678,Ann Lee,ann@example.com,a123456789,VIP\n")
    source = read_source(path)
    assert source.suggested_fields() == [None, None, "email", "id_number", None]
    assert source.samples(1) == ["Ann Lee"]
    with pytest.raises(ImportFileError, match="no name column"):
        plan_import(source, source.suggested_fields(), today=TODAY)
    plan = plan_import(source, ["phone", "name", "email", "id_number", "notes"], today=TODAY)
    (row,) = plan.rows
    assert row.details == ClientDetails(name="Ann Lee", phone="0912345678", email="ann@example.com", notes="VIP")
    assert row.id_number == "A123456789"
    assert plan.columns.ignored == ()
    created = apply(book, plan).created
    with book.session() as s:
        assert s.get(Client, created[0]).id_number == "A123456789"
        assert [r.name for r in search_clients(s, "A123456789")] == ["Ann Lee"]


def test_a_layout_is_the_same_whatever_the_case_and_spacing_of_its_headers(tmp_path: Path) -> None:
    first = read_source(write(tmp_path, "Name, Phone \nAnn,0912345678\n", name="a.csv"))
    second = read_source(write(tmp_path, "NAME,phone\nBen,0922345678\n", name="b.csv"))
    other = read_source(write(tmp_path, "phone,name\n0912345678,Ann\n", name="c.csv"))
    assert first.layout == second.layout != other.layout


def test_two_columns_mapped_to_one_field_are_refused(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "a,b\nAnn,Ben\n"))
    with pytest.raises(ImportFileError, match="'a' and 'b' both hold name"):
        plan_import(source, ["name", "name"], today=TODAY)


def test_either_script_column_sorts_each_name(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "who\n王小明\nAnn Lee\n"))
    plan = plan_import(source, [NAME_BY_SCRIPT], today=TODAY)
    assert [(r.details.name, r.details.name_local) for r in plan.rows] == [("", "王小明"), ("Ann Lee", "")]


def test_missing_columns_leave_fields_blank_and_unmapped_columns_are_not_read(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "name,phone,email\nAnn,0912345678,not-an-email\n"))
    plan = plan_import(source, ["name", "phone", None], today=TODAY)
    assert plan.rows[0].details == ClientDetails(name="Ann", phone="0912345678")
    assert plan.columns.ignored == ("email",)


# --- Row errors ------------------------------------------------------------------

BAD = (
    "name,birth_date,phone,email,id_number\n"               # 1
    "Good,1980-01-01,0912345678,good@example.com,\n"       # 2
    "Bad Date,1985-02-30,,,\n"                               # 3
    "Future,2030-01-01,,,\n"                                 # 4
    "Slashes,07/03/1985,,,\n"                                # 5
    ",,,,\n"                                                 # 6: blank, skipped
    "No Phone,,12,,\n"                                       # 7
    f"Long Id,,,,{'X' * 41}\n"                               # 8
    ",1970-01-01,,,\n"                                       # 9
)


def test_each_bad_row_is_reported_by_line_field_and_message(book: Book, tmp_path: Path) -> None:
    plan = preview(book, write(tmp_path, BAD))
    assert [(e.line, e.field, e.message) for e in plan.errors] == [
        (3, "birth_date", "birth_date: '1985-02-30' is not a date (YYYY-MM-DD)"),
        (4, "birth_date", "birth_date: The birth date cannot be in the future."),
        (5, "birth_date", "birth_date: '07/03/1985' is not a date (YYYY-MM-DD)"),
        (7, "phone", "phone: A phone number has 6 to 15 digits and only + ( ) - . # or spaces besides."),
        (8, "id_number", "id_number: At most 40 characters."),
        (9, "name", "name: A name is required (in either script)."),
    ]
    assert (len(plan.rows), plan.rows_with_errors, plan.ready) == (7, 6, 1)


def test_an_import_with_errors_writes_nothing(book: Book, tmp_path: Path) -> None:
    plan = preview(book, write(tmp_path, BAD))
    with pytest.raises(ImportRowsError, match="6 rows with errors; nothing was imported"):
        apply(book, plan)
    assert client_count(book) == 0


def test_rows_with_errors_can_be_left_out_on_request(book: Book, tmp_path: Path) -> None:
    outcome = apply(book, preview(book, write(tmp_path, BAD)), skip_invalid=True)
    assert (len(outcome.created), outcome.skipped_invalid) == (1, 6)
    assert client_count(book) == 1


def test_a_failure_while_writing_rolls_back_every_row(book: Book, tmp_path: Path) -> None:
    rows = "".join(f"Client {n},09{n:08d}\n" for n in range(1200))
    plan = preview(book, write(tmp_path, "name,phone\n" + rows))

    def give_up(done: int, total: int) -> None:
        if done == 1100:  # after two batches were flushed
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        apply(book, plan, progress=give_up)
    assert client_count(book) == 0


def test_a_hundred_thousand_rows_with_a_few_bad_ones_give_row_errors_and_write_nothing(
        book: Book, tmp_path: Path) -> None:
    bad_lines = {1_001: "1985-13-40", 50_001: "not a date", 99_999: "2099-01-01"}
    with (tmp_path / "big.csv").open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write("姓名,電話,出生日期,電郵\n")
        for line in range(2, 100_002):
            birth = bad_lines.get(line, f"19{50 + line % 50}-0{1 + line % 9}-1{line % 9}")
            handle.write(f"客戶{line},09{line:08d},{birth},c{line}@example.com\n")
    started = time.perf_counter()
    plan = preview(book, tmp_path / "big.csv")
    elapsed = time.perf_counter() - started
    assert len(plan.rows) == 100_000
    assert [(e.line, e.field) for e in plan.errors] == [(1_001, "birth_date"), (50_001, "birth_date"),
                                                        (99_999, "birth_date")]
    assert plan.duplicates == {}
    with pytest.raises(ImportRowsError):
        apply(book, plan)
    assert client_count(book) == 0
    assert elapsed < 15  # about 2 s here; generous for a slow CI machine


# --- Duplicates ------------------------------------------------------------------

def test_duplicates_of_the_book_by_phone_email_or_id_number(book: Book, tmp_path: Path) -> None:
    add(book, name="Ann Lee", phone="+886 912-345-678")
    add(book, name="Ben Wu", email="Ben@Example.com")
    add(book, name="Cy Ho", id_number="A123456789")
    add(book, name="Gone", phone="0911111111")
    with book.session() as s:
        (gone,) = search_clients(s, "Gone")
        delete_client(s, gone.id)
    plan = preview(book, write(tmp_path, (
        "name,phone,email,id_number\n"
        "Ann Again,886912345678,,\n"
        "Ben Again,,ben@EXAMPLE.com,\n"
        "Cy Again,,,a123 456 789\n"
        "Not Gone,0911111111,,\n"
        "New,0922222222,new@example.com,B987654321\n")))
    found = {plan.rows[i].line: [(d.field, d.name, d.client_id is not None) for d in dups]
             for i, dups in plan.duplicates.items()}
    assert found == {2: [("phone", "Ann Lee", True)], 3: [("email", "Ben Wu", True)],
                     4: [("id_number", "Cy Ho", True)]}
    assert plan.duplicates[0][0].describe() == "same phone as Ann Lee"


def test_duplicates_within_the_file_point_to_the_earlier_row(book: Book, tmp_path: Path) -> None:
    plan = preview(book, write(tmp_path, (
        "name,phone,email\n"
        "Ann,0912 345 678,ann@example.com\n"
        "Bad,0912345678,not-an-email\n"          # an error row is nobody's original
        "Ann Twin,0912-345-678,ANN@example.com\n"
        "Ben,0922345678,\n")))
    assert list(plan.duplicates) == [2]
    assert [(d.field, d.line, d.name) for d in plan.duplicates[2]] == [("phone", 2, "Ann"), ("email", 2, "Ann")]
    assert plan.duplicates[2][0].describe() == "same phone as line 2 (Ann)"


def test_skipping_duplicates_writes_the_others_and_checks_the_book_again(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "name,phone\nAnn,0912345678\nAnn Twin,0912345678\nBen,0922345678\nCy,0933345678\n")
    plan = preview(book, path)
    assert list(plan.duplicates) == [1]
    add(book, name="Cy Already", phone="0933-345-678")  # arrived (a sync) after the preview
    outcome = apply(book, plan, skip_duplicates=True)
    assert (len(outcome.created), outcome.skipped_duplicates, outcome.skipped_invalid) == (2, 2, 0)
    with book.session() as s:
        assert sorted(r.name for r in list_clients(s)) == ["Ann", "Ben", "Cy Already"]


def test_duplicates_are_imported_when_not_skipped(book: Book, tmp_path: Path) -> None:
    plan = preview(book, write(tmp_path, "name,phone\nAnn,0912345678\nAnn Twin,0912345678\n"))
    assert len(apply(book, plan).created) == 2


# --- Undo and redo -----------------------------------------------------------------

def test_undo_removes_exactly_the_imported_clients_and_redo_brings_them_back(book: Book, tmp_path: Path) -> None:
    add(book, name="Already There")
    outcome = apply(book, preview(book, write(tmp_path, "name,phone\nAnn,0912345678\nBen,0922345678\nCy,\n")))
    assert len(outcome.created) == 3 and outcome.changes.client_list
    with book.session() as s:
        (cy,) = search_clients(s, "Cy")
        delete_client(s, cy.id)  # the agent deleted one on their own
    with book.session() as s:
        removed, changes = delete_clients(s, outcome.created)
    assert sorted(removed) == sorted(set(outcome.created) - {cy.id}) and changes.client_list
    with book.session() as s:
        assert [r.name for r in list_clients(s)] == ["Already There"]
        assert search_clients(s, "0912345678") == []
    with book.session() as s:
        restore_clients(s, removed)
    with book.session() as s:
        assert sorted(r.name for r in list_clients(s)) == ["Already There", "Ann", "Ben"]
        assert [r.name for r in search_clients(s, "0912345678")] == ["Ann"]


def test_progress_is_reported_while_checking_and_while_writing(book: Book, tmp_path: Path) -> None:
    path = write(tmp_path, "name\n" + "".join(f"Client {n}\n" for n in range(4500)))
    checking: list[tuple[int, int]] = []
    plan = plan_import(read_source(path), today=TODAY, progress=lambda *call: checking.append(call))
    assert checking == [(2000, 4500), (4000, 4500), (4500, 4500)]
    writing: list[tuple[int, int]] = []
    with book.session() as s:
        apply_import(s, with_duplicates(s, plan), today=TODAY, progress=lambda *call: writing.append(call))
    assert writing[0] == (100, 4500) and writing[-1] == (4500, 4500) and len(writing) == 45


# --- vCard -------------------------------------------------------------------------

VCARD_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8:王;小明;;;\r\n"
    "FN;CHARSET=UTF-8:王小明\r\n"
    "TEL;HOME:02 2345 6789\r\n"
    "TEL;CELL;VOICE:0912-345-678\r\n"
    "EMAIL;INTERNET:ming@example.com\r\n"
    "ORG:Acme Ltd;Sales\r\n"
    "TITLE:Engineer\r\n"
    "BDAY:19791102\r\n"
    "ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;=E4=BF=A1=E7=BE=A9=E8=B7=AF;=E5=8F=B0=E5=8C=97=E5=B8=82;;;\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Likes =\r\n"
    "golf\r\n"
    "END:VCARD\r\n"
)
VCARD_30 = (
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "N:Lee;Ann;;;\n"
    "FN:Ann Lee\n"
    "ORG:Acme\\, Inc.;Dept\n"
    "TEL;TYPE=WORK:+886 2 2345 0000\n"
    "TEL;TYPE=CELL,PREF:+886 912 000 222\n"
    "EMAIL;TYPE=INTERNET:ann@example.com\n"
    "EMAIL;TYPE=HOME:ann.lee@example.org\n"
    "BDAY:1985-03-07\n"
    "ADR;TYPE=HOME:;;1 Main St;Taipei;;100;Taiwan\n"
    "X-GENDER:Female\n"
    "END:VCARD\n"
)
VCARD_40 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:陳大文\n"
    "N:Chan;Tai Man;;;\n"
    'TEL;VALUE=uri;TYPE="voice,cell":tel:+852-9123-4567;ext=1\n'
    "EMAIL:chan@example.com\n"
    "BDAY:--0307\n"
    "GENDER:M\n"
    "ORG:Bank;Branch\n"
    "END:VCARD\n"
)


@pytest.mark.parametrize(("card", "expected"), [
    (VCARD_21, ClientDetails(name="", name_local="王小明", birth_date=date(1979, 11, 2), phone="0912-345-678",
                             email="ming@example.com", address="台北市信義路", occupation="Engineer, Acme Ltd Sales",
                             notes="Likes golf\nOther phones: 02 2345 6789")),
    (VCARD_30, ClientDetails(name="Ann Lee", sex=Sex.FEMALE, birth_date=date(1985, 3, 7), phone="+886 912 000 222",
                             email="ann@example.com", address="1 Main St, Taipei, 100, Taiwan",
                             occupation="Acme, Inc. Dept", notes="Other phones: +886 2 2345 0000\n"
                             "Other e-mails: ann.lee@example.org")),
    (VCARD_40, ClientDetails(name="Tai Man Chan", name_local="陳大文", sex=Sex.MALE, phone="+852-9123-4567",
                             email="chan@example.com", occupation="Bank Branch", notes="Birthday: 03-07")),
], ids=["2.1", "3.0", "4.0"])
def test_vcards_of_each_version_become_clients(book: Book, tmp_path: Path, card: str,
                                               expected: ClientDetails) -> None:
    plan = preview(book, write(tmp_path, card, name="contacts.vcf"))
    assert plan.source.kind is SourceKind.VCARD
    (row,) = plan.rows
    assert row.errors == ()
    assert row.details == expected
    created = apply(book, plan).created
    with book.session() as s:
        assert get_client(s, created[0]).details == expected


def test_a_vcard_file_in_big5_and_with_several_cards(book: Book, tmp_path: Path) -> None:
    cards = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:林美玲\r\nTEL:0911222333\r\nEND:VCARD\r\n"
             "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:陳志明\r\nTEL:0911222333\r\nBDAY:1990-02-30\r\nEND:VCARD\r\n"
             "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:黃淑芬\r\nTEL:0911222333\r\nEND:VCARD\r\n")
    plan = preview(book, write(tmp_path, cards, "big5", name="phone.vcf"))
    assert plan.source.encoding is TextEncoding.BIG5
    assert [r.line for r in plan.rows] == [1, 6, 12]
    assert [(e.line, e.message) for e in plan.errors] == [(6, "BDAY: '1990-02-30' is not a date (YYYY-MM-DD)")]
    assert [(d.line, d.name) for d in plan.duplicates[2]] == [(1, "林美玲")]


def test_an_unreadable_card_is_a_row_error_not_a_refused_file(book: Book, tmp_path: Path) -> None:
    cards = ("BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\n"
             "BEGIN:VCARD\nVERSION:3.0\nFN:Ben\nthis is not a property\nEND:VCARD\n")
    plan = preview(book, write(tmp_path, cards, name="x.vcf"))
    assert [r.details.name if r.details else None for r in plan.rows] == ["Ann", None]
    ((line, message),) = [(e.line, e.message) for e in plan.errors]
    assert line == 5 and message.startswith("not a readable vCard (") and "this is not a property" in message
    with pytest.raises(ImportRowsError):
        apply(book, plan)
    assert client_count(book) == 0


def test_a_vcf_without_cards_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no contact in the file"):
        read_source(write(tmp_path, "hello\n", name="empty.vcf"))


def test_imported_income_stays_decimal(book: Book, tmp_path: Path) -> None:
    plan = preview(book, write(tmp_path, "name,年收入\nAnn,\"1,234,567.89\"\n"))
    assert plan.rows[0].details.annual_income == Decimal("1234567.89")


def test_an_import_its_undo_and_redo_are_queued_for_the_office(book: Book, tmp_path: Path) -> None:
    from sqlalchemy import select

    from agent_desk.store.models import SyncOutbox
    from agent_desk.sync import outbox

    with book.session() as s:  # what enrolment leaves in the book, without an office
        outbox.write_state(s.connection(), server_url="http://office.invalid", cursor="7")
    outcome = apply(book, preview(book, write(tmp_path, "name,id_number\nAnn,A123456789\nBen,\n")))
    with book.session() as s:
        removed, _ = delete_clients(s, outcome.created)
    with book.session() as s:
        restore_clients(s, removed)
    with book.session() as s:
        queued = [(m.row_id, m.operation, m.fields) for m in s.scalars(select(SyncOutbox).order_by(SyncOutbox.seq))]
    ann, _ben = outcome.created
    phases = [{(row_id, operation) for row_id, operation, _fields in queued[start:start + 2]} for start in (0, 2, 4)]
    assert phases == [{(i, "upsert") for i in outcome.created}, {(i, "delete") for i in outcome.created},
                      {(i, "upsert") for i in outcome.created}]
    assert queued[0][2]["id_number"] == "A123456789" and queued[0][2]["name"] == "Ann" and queued[0][0] == ann
    assert queued[4][2] == queued[5][2] == {"deleted_at": None}
