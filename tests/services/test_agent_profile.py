"""The agent's own details on a real book file: made the first time, updated
afterwards, checked with messages an agent understands, and what a proposal's
cover still lacks."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from agent_desk.errors import ValidationError
from agent_desk.services.agent_profile import (
    AgentDetails,
    AgentNames,
    agent_details,
    agent_name,
    agent_names,
    save_agent_details,
)
from agent_desk.services.changes import Changes
from agent_desk.store.book import Book
from agent_desk.store.models import AgentProfile, utcnow

GRACE = AgentDetails(name="Grace Lin", name_local="林佳恩", licence_number="TW-LA-123456", phone="0912-345-678",
                     email="grace.lin@example.com", company="Evergreen Mutual Life")


def save(book: Book, details: AgentDetails) -> Changes:
    with book.session() as s:
        return save_agent_details(s, details)


def stored(book: Book) -> AgentDetails:
    with book.session() as s:
        return agent_details(s)


def profiles(book: Book) -> list[AgentProfile]:
    with book.session() as s:
        rows = s.scalars(select(AgentProfile).order_by(AgentProfile.created_at)).all()
        s.expunge_all()
        return list(rows)


def problems_of(book: Book, details: AgentDetails) -> dict[str, str]:
    with pytest.raises(ValidationError) as raised:
        save(book, details)
    return raised.value.problems


def test_a_new_book_has_empty_details_that_a_proposal_cannot_use(book: Book) -> None:
    details = stored(book)
    assert details == AgentDetails()
    assert details.missing_for_proposal() == ["name", "licence_number"]


def test_the_first_save_makes_the_profile_and_reads_back_the_same(book: Book) -> None:
    changes = save(book, GRACE)
    assert changes == Changes(agent=True)
    assert stored(book) == GRACE
    [profile] = profiles(book)
    assert profile.version == 1 and profile.licence_number == "TW-LA-123456"


def test_a_later_save_updates_the_same_profile_and_bumps_its_version(book: Book) -> None:
    save(book, GRACE)
    changes = save(book, AgentDetails(name="Grace Lin", licence_number="TW-LA-654321", email="grace@example.com"))
    assert changes.agent
    assert stored(book) == AgentDetails(name="Grace Lin", licence_number="TW-LA-654321", email="grace@example.com")
    [profile] = profiles(book)
    assert profile.version == 2
    assert (profile.phone, profile.company, profile.name_local) == ("", "", "")  # cleared fields are cleared


def test_saving_the_same_details_again_changes_nothing(book: Book) -> None:
    save(book, GRACE)
    assert save(book, GRACE) == Changes()
    assert profiles(book)[0].version == 1


def test_spaces_around_what_was_typed_are_not_kept(book: Book) -> None:
    save(book, AgentDetails(name="  Grace Lin ", name_local=" 林佳恩", licence_number=" TW-LA-1 ",
                            email=" grace@example.com "))
    assert stored(book) == AgentDetails(name="Grace Lin", name_local="林佳恩", licence_number="TW-LA-1",
                                        email="grace@example.com")


def test_a_name_in_either_script_is_enough(book: Book) -> None:
    save(book, AgentDetails(name_local="林佳恩"))
    assert stored(book).name_local == "林佳恩"
    save(book, AgentDetails(name="Grace Lin"))
    assert stored(book).name == "Grace Lin"


def test_without_a_name_nothing_is_saved_and_the_agent_is_told_why(book: Book) -> None:
    assert problems_of(book, AgentDetails(name="  ", licence_number="TW-LA-1")) == {
        "name": "A name is required (in either script)."}
    assert profiles(book) == []


@pytest.mark.parametrize("email", ["grace", "grace@", "grace@example", "grace lin@example.com", "a@b@c.com"])
def test_an_email_that_is_no_address_is_refused(book: Book, email: str) -> None:
    assert problems_of(book, AgentDetails(name="Grace Lin", email=email)) == {
        "email": "This is not an e-mail address (name@example.com)."}


@pytest.mark.parametrize("phone", ["call me", "0912", "0912-345-678 ext. 9", "+886 912 345 678 123 456"])
def test_a_phone_without_enough_digits_or_with_letters_is_refused(book: Book, phone: str) -> None:
    assert problems_of(book, AgentDetails(name="Grace Lin", phone=phone)) == {
        "phone": "A phone number has 6 to 15 digits and only + ( ) - . # or spaces besides."}


@pytest.mark.parametrize("phone", ["0912-345-678", "+886 2 2345 6789", "(02) 2345-6789 #12", "02.2345.6789"])
def test_phones_as_agents_write_them_are_accepted(book: Book, phone: str) -> None:
    save(book, AgentDetails(name="Grace Lin", phone=phone))
    assert stored(book).phone == phone


def test_fields_longer_than_the_book_keeps_are_refused(book: Book) -> None:
    too_long = AgentDetails(name="G" * 121, licence_number="1" * 61, company="C" * 201,
                            email="g" * 190 + "@example.com")
    assert problems_of(book, too_long) == {
        "name": "At most 120 characters.",
        "licence_number": "At most 60 characters.",
        "email": "At most 200 characters.",
        "company": "At most 200 characters.",
    }


def test_every_bad_field_is_named_at_once_in_form_order(book: Book) -> None:
    problems = problems_of(book, AgentDetails(company="C" * 201, email="nope", phone="abc"))
    assert list(problems) == ["name", "phone", "email", "company"]


def test_missing_for_proposal_names_what_the_cover_needs() -> None:
    assert GRACE.missing_for_proposal() == []
    assert AgentDetails(name_local="林佳恩", licence_number="TW-LA-1").missing_for_proposal() == []
    assert AgentDetails(name="Grace Lin", licence_number="  ").missing_for_proposal() == ["licence_number"]
    assert AgentDetails(licence_number="TW-LA-1", phone="0912-345-678").missing_for_proposal() == ["name"]


def test_greetings_are_signed_with_the_saved_names(book: Book) -> None:
    save(book, GRACE)
    with book.session() as s:
        assert agent_names(s) == AgentNames("Grace Lin", "林佳恩")
        assert agent_name(s) == "Grace Lin"
    save(book, AgentDetails(name_local="林佳恩"))
    with book.session() as s:
        assert agent_name(s) == "林佳恩"


def test_the_first_live_profile_is_the_one_read_and_written(book: Book) -> None:
    with book.session() as s:
        s.add(AgentProfile(name="Old Me", deleted_at=utcnow()))
        s.flush()
        s.add(AgentProfile(name="Mary Wong", licence_number="TW-LA-7"))
    assert stored(book).name == "Mary Wong"
    save(book, AgentDetails(name="Mary Wong", licence_number="TW-LA-8"))
    with book.session() as s:
        assert s.scalar(select(func.count()).select_from(AgentProfile)) == 2
        assert agent_details(s).licence_number == "TW-LA-8"
        assert agent_names(s).name == "Mary Wong"


def test_changes_of_the_agent_combine_with_others() -> None:
    assert (Changes(agent=True) | Changes(tiers=True)) == Changes(agent=True, tiers=True)
    assert not (Changes() | Changes(tiers=True)).agent
