"""The text a client is found by, and how a query is cut into terms.

Trigram full-text search answers queries of three characters or more. Shorter
ones ("王", "小明", "09") are the usual way to look up a Chinese name, so each
client also gets `grams`: every one- and two-character piece of its names,
phone digits, e-mail and policy numbers, as separate tokens. A one-character
query is then a prefix match and a two-character query an exact token match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent_desk.domain.clients import phone_digits

# Runs of letters and digits (any script): the pieces grams are cut from.
_WORD_RUN = re.compile(r"[^\W_]+")
SHORT_QUERY = 3  # trigram needs at least this many characters


def search_body(*, name: str, name_local: str, phone: str, email: str, id_number: str,
                policy_numbers: Iterable[str], notes: str) -> str:
    """Everything trigram search looks in, one field a line."""
    parts = [name, name_local, phone, phone_digits(phone), email, id_number, *policy_numbers, notes]
    return "\n".join(part for part in parts if part)


def search_grams(*, name: str, name_local: str, phone: str, email: str,
                 policy_numbers: Iterable[str]) -> str:
    """Space-separated 1–2 character tokens: each character starts one token."""
    tokens: set[str] = set()
    for text in (name, name_local, phone_digits(phone), email, *policy_numbers):
        for run in _WORD_RUN.findall(text.lower()):
            tokens.update(run[i:i + 2] for i in range(len(run)))
    return " ".join(sorted(tokens))


def query_terms(text: str) -> list[str]:
    """Whitespace-separated terms of a query; every term must match."""
    return [term for term in text.lower().split() if term]


# A phone number as people type it: digits with the usual separators.
_PHONE_LIKE = re.compile(r"^\+?[0-9][0-9 ()\-.]*[0-9]$")


def term_variants(term: str) -> list[str]:
    """The forms a term may match in: itself, and for a phone number typed with
    separators ("0912-345-678") its bare digits too, since the book may store
    the number with other separators or none (the search body holds the digits)."""
    if _PHONE_LIKE.match(term):
        digits = phone_digits(term)
        if digits != term and len(digits) >= SHORT_QUERY:
            return [term, digits]
    return [term]


def is_word(term: str) -> bool:
    """A term made only of letters and digits (grams can answer it)."""
    return bool(_WORD_RUN.fullmatch(term))
