"""The pure rules of the client CSV: header matching and cell parsing."""

from __future__ import annotations

from datetime import date

import pytest

from agent_desk.domain.client_csv_rules import (
    NAME_BY_SCRIPT,
    HeaderError,
    column_map,
    has_cjk,
    map_headers,
    normalise_header,
    parse_birth_date,
    read_import_row,
    read_row,
    suggest_fields,
)
from agent_desk.errors import ValidationError


@pytest.mark.parametrize(("header", "key"), [(" Birth Date ", "birth_date"), ("NAME-LOCAL", "name_local"),
                                             ("\ufeffname", "name"), (" 姓名 ", "姓名"), ("", "")])
def test_headers_are_compared_trimmed_and_case_insensitive(header: str, key: str) -> None:
    assert normalise_header(header) == key


@pytest.mark.parametrize(("text", "expected"), [("王小明", True), ("Wang 小明", True), ("さくら", True),
                                                ("김민준", True), ("𠀋", True), ("Ann Lee", False), ("Zoë", False)])
def test_cjk_detection(text: str, expected: bool) -> None:
    assert has_cjk(text) is expected


def test_姓名_alone_is_decided_per_value() -> None:
    columns = map_headers(["姓名"])
    assert columns.fields == {0: NAME_BY_SCRIPT}
    assert read_row(["王小明"], columns)[0].name_local == "王小明"
    assert read_row(["Ann"], columns)[0].name == "Ann"
    assert columns.label("name") == columns.label("name_local") == "姓名"


@pytest.mark.parametrize(("headers", "expected"), [(["name", "姓名"], {0: "name", 1: "name_local"}),
                                                   (["姓名", "name_local"], {0: "name", 1: "name_local"})])
def test_姓名_beside_a_dedicated_name_column_is_the_other_name(headers: list[str], expected: dict) -> None:
    assert map_headers(headers).fields == expected


def test_three_name_columns_are_refused() -> None:
    with pytest.raises(HeaderError, match="three name columns"):
        map_headers(["name", "name_local", "姓名"])


def test_a_semicolon_file_gets_a_hint() -> None:
    with pytest.raises(HeaderError, match="separated by ';'"):
        map_headers(["name;phone"])


@pytest.mark.parametrize(("text", "expected"), [("1985-03-07", date(1985, 3, 7)), ("1985/3/7", date(1985, 3, 7)),
                                                (" 2000/02/29 ", date(2000, 2, 29)), ("", None)])
def test_birth_dates_in_both_forms(text: str, expected: date | None) -> None:
    assert parse_birth_date(text) == expected


@pytest.mark.parametrize("text", ["1985-13-40", "1985/03-07", "07/03/1985", "1985-03-07T00:00", "2001-02-29"])
def test_other_dates_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match=r"is not a date \(YYYY-MM-DD\)"):
        parse_birth_date(text)


def test_a_row_reports_every_format_problem_and_keeps_the_rest() -> None:
    columns = map_headers(["name", "sex", "birth_date", "annual_income", "phone"])
    details, problems = read_row(["Ann", "x", "soon", "1,000", "0912345678"], columns)
    assert set(problems) == {"sex", "birth_date"}
    assert (details.name, details.sex, details.birth_date, str(details.annual_income), details.phone) == (
        "Ann", None, None, "1000", "0912345678")


def test_suggested_fields_give_a_field_named_twice_to_its_first_column() -> None:
    assert suggest_fields(["Phone", "電話", "姓名", "身分證字號", "Memo"]) == [
        "phone", None, NAME_BY_SCRIPT, "id_number", None]


def test_a_chosen_mapping_names_unmapped_columns_as_ignored() -> None:
    columns = column_map(["Client", "Tel", ""], ["name", None, None])
    assert (columns.fields, columns.ignored, columns.width) == ({0: "name"}, ("Tel",), 3)


def test_an_id_number_is_kept_without_spaces_in_capitals() -> None:
    columns = map_headers(["name", "ID No"])
    details, id_number, problems = read_import_row(["Ann", " a123 456-789 "], columns)
    assert (details.name, id_number, problems) == ("Ann", "A123456-789", {})
