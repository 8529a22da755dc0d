"""The text a client is found by, and how a query is cut into terms."""

from __future__ import annotations

from agent_desk.domain.search_text import (
    SHORT_QUERY,
    is_word,
    query_terms,
    search_body,
    search_grams,
    term_variants,
)


def body(**overrides: object) -> str:
    fields = dict(name="", name_local="", phone="", email="", id_number="", policy_numbers=[], notes="")
    fields.update(overrides)
    return search_body(**fields)  # type: ignore[arg-type]


def grams(**overrides: object) -> set[str]:
    fields = dict(name="", name_local="", phone="", email="", policy_numbers=[])
    fields.update(overrides)
    return set(search_grams(**fields).split())  # type: ignore[arg-type]


def test_search_body_holds_every_searchable_field_one_a_line() -> None:
    text = body(name="Ann Smith", name_local="王小明", phone="0912-345-678", email="ann@example.com",
                id_number="A123456789", policy_numbers=["P-001", "P-002"], notes="likes tea")
    assert text.split("\n") == ["Ann Smith", "王小明", "0912-345-678", "0912345678", "ann@example.com",
                                "A123456789", "P-001", "P-002", "likes tea"]


def test_search_body_leaves_out_empty_fields() -> None:
    assert body(name="Ann", notes="") == "Ann"
    assert body() == ""


def test_search_body_adds_the_bare_digits_of_the_phone() -> None:
    assert "0912345678" in body(phone="(0912) 345-678").split("\n")


def test_grams_are_every_one_and_two_character_piece_of_a_chinese_name() -> None:
    assert grams(name_local="王小明") == {"王小", "小明", "明"}


def test_grams_are_lower_case_and_cut_at_spaces_and_punctuation() -> None:
    assert grams(name="Al Bo") == {"al", "l", "bo", "o"}
    assert grams(email="a.b@cd") == {"a", "b", "cd", "d"}


def test_grams_of_a_phone_come_from_its_digits_across_separators() -> None:
    assert grams(phone="09-12") == {"09", "91", "12", "2"}


def test_grams_include_policy_numbers() -> None:
    assert {"p1", "12", "2"} <= grams(policy_numbers=["P12"])


def test_grams_are_sorted_and_unique() -> None:
    text = search_grams(name="aaa", name_local="", phone="", email="", policy_numbers=[])
    assert text == "a aa"


def test_grams_leave_out_underscores() -> None:
    assert grams(email="a_b@x.io") == {"a", "b", "x", "io", "o"}


def test_query_terms_are_lower_case_whitespace_separated() -> None:
    assert query_terms("  Ann   SMITH\t0912 ") == ["ann", "smith", "0912"]
    assert query_terms("   ") == []
    assert query_terms("") == []


def test_is_word_accepts_letters_and_digits_of_any_script() -> None:
    assert is_word("王")
    assert is_word("小明")
    assert is_word("ab12")
    assert is_word("é")


def test_is_word_refuses_punctuation_underscore_and_empty() -> None:
    for term in ["", "a-b", "a_b", "%", '"', "*", "(", "a b"]:
        assert not is_word(term), term


def test_trigram_threshold_is_three_characters() -> None:
    assert SHORT_QUERY == 3


def test_a_phone_number_typed_with_separators_is_also_searched_as_its_digits() -> None:
    assert term_variants("0912-345-678") == ["0912-345-678", "0912345678"]
    assert term_variants("+886 912") == ["+886 912", "886912"]


def test_other_terms_are_searched_as_typed() -> None:
    assert term_variants("0912") == ["0912"]
    assert term_variants("smith") == ["smith"]
    assert term_variants("P-001") == ["P-001"]
    assert term_variants("1-2") == ["1-2"]  # too few digits to stand alone
