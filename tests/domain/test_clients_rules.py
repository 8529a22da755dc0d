"""The rules a client record must satisfy, and the small helpers around them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent_desk.domain.clients import (
    ClientDetails,
    RelationKind,
    age_on,
    display_name,
    parse_income,
    phone_digits,
    validate_client,
)
from agent_desk.errors import ValidationError

TODAY = date(2025, 6, 1)


def problems_of(details: ClientDetails, today: date = TODAY) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate_client(details, today)
    return caught.value.problems


# --- names -----------------------------------------------------------------

def test_a_latin_name_alone_is_enough() -> None:
    assert validate_client(ClientDetails(name="Ann Smith"), TODAY).name == "Ann Smith"


def test_a_local_script_name_alone_is_enough() -> None:
    assert validate_client(ClientDetails(name="", name_local="王小明"), TODAY).name_local == "王小明"


def test_a_client_without_any_name_is_refused() -> None:
    assert set(problems_of(ClientDetails(name="", name_local=""))) == {"name"}


def test_a_name_of_only_spaces_counts_as_no_name() -> None:
    assert "name" in problems_of(ClientDetails(name="   ", name_local="\t "))


def test_a_name_longer_than_120_characters_is_refused_in_either_script() -> None:
    problems = problems_of(ClientDetails(name="a" * 121, name_local="王" * 121))
    assert set(problems) == {"name", "name_local"}
    assert validate_client(ClientDetails(name="a" * 120), TODAY).name == "a" * 120


def test_text_fields_are_trimmed() -> None:
    details = validate_client(
        ClientDetails(name="  Ann  ", name_local=" 王小明 ", phone=" 0912 345 678 ", email=" ann@example.com ",
                      address=" 1 Road ", occupation=" teacher ", notes=" likes tea \n"),
        TODAY,
    )
    assert (details.name, details.name_local, details.phone, details.email) == (
        "Ann", "王小明", "0912 345 678", "ann@example.com")
    assert (details.address, details.occupation, details.notes) == ("1 Road", "teacher", "likes tea")


def test_every_bad_field_is_named_at_once() -> None:
    problems = problems_of(ClientDetails(name="", phone="12", email="nope", annual_income=Decimal("-1"),
                                         occupation_class=7, birth_date=date(2030, 1, 1)))
    assert set(problems) == {"name", "phone", "email", "annual_income", "occupation_class", "birth_date"}


# --- birth date --------------------------------------------------------------

def test_birth_date_in_the_future_is_refused() -> None:
    assert set(problems_of(ClientDetails(name="Ann", birth_date=date(2025, 6, 2)))) == {"birth_date"}


def test_birth_date_today_is_accepted() -> None:
    assert validate_client(ClientDetails(name="Baby", birth_date=TODAY), TODAY).birth_date == TODAY


def test_birth_date_exactly_130_years_ago_is_accepted() -> None:
    born = date(1895, 6, 1)
    assert validate_client(ClientDetails(name="Old", birth_date=born), TODAY).birth_date == born


def test_birth_date_a_year_more_than_130_years_ago_is_refused() -> None:
    assert set(problems_of(ClientDetails(name="Old", birth_date=date(1894, 6, 1)))) == {"birth_date"}


@pytest.mark.parametrize("born", [
    date(1895, 5, 31),  # 130 years and one day before 2025-06-01
    date(1895, 1, 1),  # 130 years and five months before
])
def test_birth_date_a_day_or_months_more_than_130_years_ago_is_refused(born: date) -> None:
    assert set(problems_of(ClientDetails(name="Old", birth_date=born))) == {"birth_date"}


def test_the_130_year_limit_works_when_today_is_29_february() -> None:
    leap_day = date(2024, 2, 29)
    assert validate_client(ClientDetails(name="Old", birth_date=date(1894, 3, 1)), leap_day).name == "Old"
    assert set(problems_of(ClientDetails(name="Old", birth_date=date(1893, 2, 27)), leap_day)) == {"birth_date"}


# --- phone ---------------------------------------------------------------------

@pytest.mark.parametrize("phone", ["091234", "0912-345-678", "+886 (2) 2345.6789", "02 2345 6789 #123",
                                   "123456789012345"])
def test_phone_numbers_with_6_to_15_digits_and_usual_separators_are_accepted(phone: str) -> None:
    assert validate_client(ClientDetails(name="Ann", phone=phone), TODAY).phone == phone


@pytest.mark.parametrize("phone", ["12345", "1234567890123456", "0912-345-67a", "0912/345/678", "++886912345678",
                                   "0912 345 678 ext 5", "０９１２３４５６７８"])
def test_phone_numbers_with_too_few_or_too_many_digits_or_other_characters_are_refused(phone: str) -> None:
    assert set(problems_of(ClientDetails(name="Ann", phone=phone))) == {"phone"}


def test_a_blank_phone_is_allowed() -> None:
    assert validate_client(ClientDetails(name="Ann", phone="   "), TODAY).phone == ""


def test_phone_digits_keeps_only_the_digits() -> None:
    assert phone_digits("+886 (2) 2345-6789") == "886223456789"


# --- e-mail, income, occupation class ---------------------------------------------

@pytest.mark.parametrize("email", ["ann@example.com", "a.b+c@mail.example.com.tw"])
def test_ordinary_email_addresses_are_accepted(email: str) -> None:
    assert validate_client(ClientDetails(name="Ann", email=email), TODAY).email == email


@pytest.mark.parametrize("email", ["ann", "ann@", "@example.com", "ann@example", "ann smith@example.com",
                                   "ann@@example.com"])
def test_malformed_email_addresses_are_refused(email: str) -> None:
    assert set(problems_of(ClientDetails(name="Ann", email=email))) == {"email"}


def test_income_of_zero_is_accepted_and_negative_income_is_refused() -> None:
    assert validate_client(ClientDetails(name="Ann", annual_income=Decimal("0")), TODAY).annual_income == 0
    assert set(problems_of(ClientDetails(name="Ann", annual_income=Decimal("-0.01")))) == {"annual_income"}


@pytest.mark.parametrize("occupation_class", [1, 6])
def test_occupation_classes_1_to_6_are_accepted(occupation_class: int) -> None:
    details = validate_client(ClientDetails(name="Ann", occupation_class=occupation_class), TODAY)
    assert details.occupation_class == occupation_class


@pytest.mark.parametrize("occupation_class", [0, 7, -1])
def test_occupation_classes_outside_1_to_6_are_refused(occupation_class: int) -> None:
    assert set(problems_of(ClientDetails(name="Ann", occupation_class=occupation_class))) == {"occupation_class"}


# --- parse_income ---------------------------------------------------------------

@pytest.mark.parametrize(("typed", "amount"), [
    ("1,200,000", Decimal("1200000")),
    ("1200000.50", Decimal("1200000.50")),
    ("  850 000 ", Decimal("850000")),
    ("1_000", Decimal("1000")),
    ("0", Decimal("0")),
])
def test_income_typed_by_a_person_is_parsed_exactly(typed: str, amount: Decimal) -> None:
    parsed = parse_income(typed)
    assert parsed == amount
    assert isinstance(parsed, Decimal)


@pytest.mark.parametrize("typed", ["", "   "])
def test_blank_income_is_none(typed: str) -> None:
    assert parse_income(typed) is None


@pytest.mark.parametrize("typed", ["abc", "12k", "1.2.3", "NT$1000", "NaN", "nan", "sNaN", "Infinity", "-Infinity",
                                   "inf"])
def test_income_that_is_not_an_amount_is_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_income(typed)
    assert set(caught.value.problems) == {"annual_income"}
    assert typed.strip() in caught.value.problems["annual_income"]


# --- age_on ------------------------------------------------------------------------

def test_age_counts_completed_years() -> None:
    assert age_on(date(1990, 6, 1), date(2025, 6, 1)) == 35
    assert age_on(date(1990, 6, 2), date(2025, 6, 1)) == 34
    assert age_on(date(1990, 12, 31), date(2025, 1, 1)) == 34


def test_age_is_zero_on_the_day_of_birth() -> None:
    assert age_on(date(2025, 6, 1), date(2025, 6, 1)) == 0


def test_a_29_february_birthday_counts_on_28_february_of_a_common_year() -> None:
    assert age_on(date(2000, 2, 29), date(2025, 2, 28)) == 25


def test_a_29_february_birthday_is_not_reached_the_day_before_28_february() -> None:
    assert age_on(date(2000, 2, 29), date(2025, 2, 27)) == 24


def test_a_29_february_birthday_counts_on_29_february_of_a_leap_year_only() -> None:
    assert age_on(date(2000, 2, 29), date(2024, 2, 28)) == 23
    assert age_on(date(2000, 2, 29), date(2024, 2, 29)) == 24


# --- display_name and relation kinds --------------------------------------------------

def test_display_name_shows_both_scripts_local_first() -> None:
    assert display_name("Wang Xiaoming", "王小明") == "王小明 Wang Xiaoming"


def test_display_name_with_one_script_shows_that_one() -> None:
    assert display_name("Ann Smith", "") == "Ann Smith"
    assert display_name("", "王小明") == "王小明"
    assert display_name("", "") == ""


def test_parent_and_child_are_each_others_inverse_and_other_kinds_are_symmetric() -> None:
    assert RelationKind.PARENT.inverse is RelationKind.CHILD
    assert RelationKind.CHILD.inverse is RelationKind.PARENT
    for kind in (RelationKind.SPOUSE, RelationKind.SIBLING, RelationKind.COLLEAGUE, RelationKind.FRIEND):
        assert kind.inverse is kind
