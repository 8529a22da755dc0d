"""Finding clients: trigram search for three characters or more, the gram
index for one and two, every term ANDed, on a real book file."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from agent_desk.domain.clients import ClientDetails
from agent_desk.services.clients import (
    client_rows,
    create_client,
    delete_client,
    restore_client,
    search_clients,
    update_client,
)
from agent_desk.store.book import Book
from agent_desk.store.models import Client, ClientSearchDoc, Policy, utcnow
from agent_desk.store import search
from agent_desk.store.search import count_matches, ids_by_name, matching_client_ids, refresh_search_doc

TODAY = date(2025, 6, 1)


def add(book: Book, **fields: object) -> uuid.UUID:
    with book.session() as s:
        client_id, _ = create_client(s, ClientDetails(**fields), today=TODAY)  # type: ignore[arg-type]
    return client_id


def found(book: Book, query: str) -> set[str]:
    """Display names (local script, else Latin) of the clients the query matches."""
    with book.session() as s:
        matches = matching_client_ids(query)
        assert matches is not None
        rows = s.execute(select(Client.name, Client.name_local).where(Client.id.in_(matches),
                                                                      Client.deleted_at.is_(None)))
        return {local or name for name, local in rows}


@pytest.fixture
def people(book: Book) -> Book:
    add(book, name="Ann Smith", phone="0912-345-678", email="ann.smith@example.com", notes="Prefers LINE messages")
    add(book, name="Wang Xiaoming", name_local="王小明", phone="02 2765 4321")
    add(book, name="Wang Dahua", name_local="王大華", phone="+886 912 000 111", email="dahua@mail.tw")
    add(book, name="Lee Xiaoming", name_local="李小明")
    add(book, name="Bob Smithers", email="bob@example.org", notes="golf on Sundays")
    return book


def test_an_empty_query_has_no_terms(book: Book) -> None:
    assert matching_client_ids("") is None
    assert matching_client_ids("   \t ") is None


def test_a_latin_name_is_found_by_a_case_insensitive_substring(people: Book) -> None:
    assert found(people, "smith") == {"Ann Smith", "Bob Smithers"}
    assert found(people, "SMI") == {"Ann Smith", "Bob Smithers"}
    assert found(people, "mithers") == {"Bob Smithers"}


def test_a_latin_name_is_found_by_one_and_two_letters(people: Book) -> None:
    assert found(people, "bo") == {"Bob Smithers"}
    assert found(people, "z") == set()
    assert "Ann Smith" in found(people, "A")


def test_one_chinese_character_finds_every_name_holding_it(people: Book) -> None:
    assert found(people, "王") == {"王小明", "王大華"}
    assert found(people, "明") == {"王小明", "李小明"}
    assert found(people, "華") == {"王大華"}


def test_two_chinese_characters_find_names_holding_them_together(people: Book) -> None:
    assert found(people, "小明") == {"王小明", "李小明"}
    assert found(people, "王小") == {"王小明"}
    assert found(people, "王明") == set()


def test_three_or_more_chinese_characters_find_the_whole_name(people: Book) -> None:
    assert found(people, "王小明") == {"王小明"}
    assert found(people, "王大華") == {"王大華"}
    assert found(people, "王小華") == set()


def test_a_phone_is_found_by_a_fragment_without_separators(people: Book) -> None:
    assert found(people, "0912") == {"Ann Smith"}
    assert found(people, "345678") == {"Ann Smith"}
    assert found(people, "912000") == {"王大華"}
    assert found(people, "27654321") == {"王小明"}


def test_a_phone_is_found_by_a_fragment_written_as_stored(people: Book) -> None:
    assert found(people, "0912-345") == {"Ann Smith"}
    assert found(people, "+886") == {"王大華"}


def test_a_phone_is_found_by_two_digits(people: Book) -> None:
    assert found(people, "11") == {"王大華"}  # 111 at the end of +886 912 000 111


def test_a_whole_phone_number_is_found_whatever_separators_the_query_uses(book: Book) -> None:
    add(book, name="Ann Smith", phone="0912345678")
    add(book, name="Carl Jones", phone="0912 777 888")
    assert found(book, "0912-345-678") == {"Ann Smith"}
    assert found(book, "0912-777-888") == {"Carl Jones"}


def test_an_email_is_found_whole_or_in_part(people: Book) -> None:
    assert found(people, "ann.smith@example.com") == {"Ann Smith"}
    assert found(people, "example") == {"Ann Smith", "Bob Smithers"}
    assert found(people, "@mail.tw") == {"王大華"}


def test_notes_are_searched(people: Book) -> None:
    assert found(people, "golf") == {"Bob Smithers"}
    assert found(people, "line messages") == {"Ann Smith"}


def test_a_policy_number_finds_its_holder_and_insured(book: Book) -> None:
    holder = add(book, name="Ann Smith")
    insured = add(book, name="", name_local="王小明")
    add(book, name="Nobody Else")
    with book.session() as s:
        s.add(Policy(policy_number="LX-2024-00017", holder_id=holder, insured_id=insured, product_code="WL20"))
        s.flush()
        refresh_search_doc(s, holder)
        refresh_search_doc(s, insured)
    assert found(book, "LX-2024-00017") == {"Ann Smith", "王小明"}
    assert found(book, "00017") == {"Ann Smith", "王小明"}
    assert found(book, "lx") == {"Ann Smith", "王小明"}


def test_a_deleted_policy_no_longer_finds_its_client(book: Book) -> None:
    holder = add(book, name="Ann Smith")
    with book.session() as s:
        policy = Policy(policy_number="LX-2024-00017", holder_id=holder, insured_id=holder, product_code="WL20")
        s.add(policy)
        s.flush()
        refresh_search_doc(s, holder)
    with book.session() as s:
        s.get(Policy, policy.id).deleted_at = utcnow()  # type: ignore[union-attr]
        refresh_search_doc(s, holder)
    assert found(book, "LX-2024") == set()


def test_every_term_of_a_query_must_match(people: Book) -> None:
    assert found(people, "wang 小明") == {"王小明"}
    assert found(people, "小明 wang") == {"王小明"}
    assert found(people, "smith 0912") == {"Ann Smith"}
    assert found(people, "smith golf") == {"Bob Smithers"}
    assert found(people, "王 0912") == set()
    assert found(people, "王 華 886") == {"王大華"}


def test_a_changed_name_and_phone_are_found_and_the_old_ones_are_not(book: Book) -> None:
    client_id = add(book, name="Ann Smith", name_local="王小明", phone="0912-345-678")
    with book.session() as s:
        update_client(s, client_id, ClientDetails(name="Ann Jones", name_local="陳美玲", phone="0988-111-222"),
                      today=TODAY)
    for old in ["smith", "王小明", "王", "小明", "0912", "345678"]:
        assert found(book, old) == set(), old
    for new in ["jones", "陳美玲", "陳", "美玲", "0988", "111222"]:
        assert found(book, new) == {"陳美玲"}, new


def test_a_client_has_exactly_one_search_row_after_edits(book: Book) -> None:
    client_id = add(book, name="Ann Smith")
    for name in ["Ann Jones", "Ann Brown"]:
        with book.session() as s:
            update_client(s, client_id, ClientDetails(name=name), today=TODAY)
    with book.session() as s:
        docs = s.scalars(select(ClientSearchDoc).where(ClientSearchDoc.client_id == client_id)).all()
    assert len(docs) == 1
    assert docs[0].body == "Ann Brown"


def test_a_deleted_client_is_not_found_until_restored(book: Book) -> None:
    client_id = add(book, name="Ann Smith", name_local="王小明", phone="0912-345-678")
    with book.session() as s:
        delete_client(s, client_id)
    with book.session() as s:
        for query in ["smith", "王", "小明", "0912"]:
            assert search_clients(s, query) == [], query
    with book.session() as s:
        restore_client(s, client_id)
    with book.session() as s:
        for query in ["smith", "王", "小明", "0912"]:
            assert [row.id for row in search_clients(s, query)] == [client_id], query


def test_refreshing_the_search_text_of_an_unknown_client_does_nothing(book: Book) -> None:
    with book.session() as s:
        refresh_search_doc(s, uuid.uuid4())
        assert s.scalars(select(ClientSearchDoc)).all() == []


@pytest.mark.parametrize("query", [
    '"', '""', '"smith', 'smith"', "'", "O'Brien", "%", "%%", "_", "a_b", "50%", "*", "smi*", "AND", "OR", "NOT",
    "smith AND ann", "NEAR(smith ann)", "(", ")", "(smith", "-", "-smith", "a-", "^", "^smith", ":", "body:smith",
    "+", "{", "}", "[", "]", "\\", "\\%", "王*", "小明*", "*王", "\x00", "\u3000", "smith OR", "a b c d e f g",
])
def test_queries_with_special_characters_do_not_raise(people: Book, query: str) -> None:
    if matching_client_ids(query) is not None:
        found(people, query)
    with people.session() as s:
        search_clients(s, query)


def test_a_percent_or_underscore_is_matched_literally(book: Book) -> None:
    add(book, name="Ann Smith", notes="discount 50% agreed")
    add(book, name="Bob Jones", notes="user_name bob")
    add(book, name="Carl Brown", notes="nothing special")
    assert found(book, "%") == {"Ann Smith"}
    assert found(book, "_") == {"Bob Jones"}
    assert found(book, "50%") == {"Ann Smith"}
    assert found(book, "r_n") == {"Bob Jones"}


def test_quotes_and_fts_operators_are_searched_as_plain_text(book: Book) -> None:
    add(book, name="Ann O'Brien", notes='said "call me" twice')
    add(book, name="Bob Jones", notes="sells AND buys")
    assert found(book, "o'brien") == {"Ann O'Brien"}
    assert found(book, '"call') == {"Ann O'Brien"}
    assert found(book, "'") == {"Ann O'Brien"}
    assert found(book, '"') == {"Ann O'Brien"}
    assert found(book, "and") == {"Bob Jones"}
    assert found(book, "smi*") == set()


# --- live rows only, and the two ways of ordering a page by name -----------------

def test_a_deleted_client_has_no_search_row_and_restoring_brings_it_back(people: Book) -> None:
    with people.session() as s:
        (ann,) = [row.id for row in search_clients(s, "ann smith")]
        assert count_matches(s, "smith") == 2
        delete_client(s, ann)
        assert s.scalar(select(ClientSearchDoc.rowid).where(ClientSearchDoc.client_id == ann)) is None
        assert count_matches(s, "smith") == 1
        restore_client(s, ann)
        assert count_matches(s, "smith") == 2
        assert [row.id for row in search_clients(s, "0912-345")] == [ann]


@pytest.fixture
def many(book: Book) -> Book:
    names = ["Mia Chen", "Max Lee", "Amy Ma", "Tom Hu", "Emma Wu", "Sam Lim", "Kim Ma", "Ming Ho", "May Lo",
             "Liam Mo", "Noah Ng", "Mona Au", "王美玲", "陳美華", "林美玲", "張美惠", "Jim Yu", "Mark Ip"]
    with book.session() as s:
        for name in names:
            details = ClientDetails(name="", name_local=name) if not name.isascii() else ClientDetails(name=name)
            create_client(s, details, today=TODAY)
    return book


@pytest.mark.parametrize("query", ["m", "ma", "美", "o", "a m"])
@pytest.mark.parametrize("descending", [False, True])
def test_walking_the_name_index_and_sorting_the_hits_give_the_same_pages(
        many: Book, monkeypatch: pytest.MonkeyPatch, query: str, descending: bool) -> None:
    def pages(limit: int) -> list[list[uuid.UUID]]:
        monkeypatch.setattr(search, "SORT_HITS_LIMIT", limit)
        with many.session() as s:
            return [ids_by_name(s, query, offset, 3, descending) for offset in range(0, 18, 3)]

    walked, sorted_hits = pages(0), pages(10_000)
    assert walked == sorted_hits
    every = [client_id for page in walked for client_id in page]
    assert len(every) == len(set(every))  # pages never overlap
    with many.session() as s:
        assert len(every) == count_matches(s, query) > 3
        by_id = {row.id: row.display_name.casefold() for row in client_rows(s, every)}
    in_order = [by_id[client_id] for client_id in every]
    assert in_order == sorted(in_order, reverse=descending)


@pytest.mark.parametrize("how_many", [6, None], ids=["a few, by chunks", "all, by reading whole tables"])
def test_search_rows_refreshed_in_bulk_are_those_refreshed_one_by_one(book: Book, how_many: int | None) -> None:
    from agent_desk.services.demo import create_demo_book

    def docs() -> dict[uuid.UUID, tuple[str, str, str]]:
        with book.session() as session:
            return {row.client_id: (row.body, row.grams, row.sort_name) for row in session.execute(
                select(ClientSearchDoc.client_id, ClientSearchDoc.body, ClientSearchDoc.grams,
                       ClientSearchDoc.sort_name))}

    with book.session() as session:
        create_demo_book(session, clients=30, seed=4, today=TODAY)
    with book.session() as session:
        ids = list(session.scalars(select(Client.id)))
        gone, edited = ids[0], ids[1]
        session.get(Client, gone).deleted_at = utcnow()
        session.get(Client, edited).notes = "moved to Kaohsiung"
        session.execute(ClientSearchDoc.__table__.delete().where(ClientSearchDoc.client_id.in_(ids[2:12])))
    refreshed = ids[:how_many]
    with book.session() as session:
        search.refresh_search_docs(session, refreshed)
    in_bulk = docs()
    with book.session() as session:
        for client_id in refreshed:
            refresh_search_doc(session, client_id)
    assert in_bulk == docs()
    assert gone not in in_bulk and "Kaohsiung" in in_bulk[edited][0]
    assert len(in_bulk) == len(ids) - 1 - (10 - len(refreshed[2:12]))  # rows deleted above and not refreshed
