"""Client search on SQLite FTS5: trigram for 3+ characters, a gram index for
shorter terms (see domain/search_text.py), all terms ANDed."""

from __future__ import annotations

import uuid

from sqlalchemy import Integer, Select, column, select, text
from sqlalchemy.orm import Session

from agent_desk.domain.search_text import (
    SHORT_QUERY,
    is_word,
    query_terms,
    search_body,
    search_grams,
    term_variants,
)
from agent_desk.store.models import Client, ClientSearchDoc, Policy

# The FTS5 tables (made by the initial migration) that Alembic must not compare.
FTS_TABLE_PREFIXES = ("client_fts", "client_grams")


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _term_rowids(term: str, index: int) -> tuple[str, dict[str, str]]:
    """SQL selecting the rowids of search docs holding `term` in any of its forms."""
    variants = term_variants(term)
    if len(variants) == 1:
        return _form_rowids(term, f"t{index}")
    parts, params = [], {}
    for number, variant in enumerate(variants):
        sql, bound = _form_rowids(variant, f"t{index}_{number}")
        parts.append(sql)
        params.update(bound)
    return f"SELECT rowid FROM ({' UNION '.join(parts)})", params


def _form_rowids(term: str, key: str) -> tuple[str, dict[str, str]]:
    if len(term) >= SHORT_QUERY:
        return f"SELECT rowid FROM client_fts WHERE client_fts MATCH :{key}", {key: _phrase(term)}
    if is_word(term):
        pattern = _phrase(term) + ("*" if len(term) == 1 else "")
        return f"SELECT rowid FROM client_grams WHERE client_grams MATCH :{key}", {key: pattern}
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"SELECT rowid FROM client_search WHERE body LIKE :{key} ESCAPE '\\'", {key: f"%{escaped}%"}


def matching_client_ids(query: str) -> Select | None:
    """A select of the ids of clients whose search text matches every term of
    `query`, or None when the query has no terms (everything matches)."""
    terms = query_terms(query)
    if not terms:
        return None
    parts, params = [], {}
    for index, term in enumerate(terms):
        sql, bound = _term_rowids(term, index)
        parts.append(sql)
        params.update(bound)
    rowids = text(" INTERSECT ".join(parts)).bindparams(**params).columns(column("rowid", Integer))
    return select(ClientSearchDoc.client_id).where(ClientSearchDoc.rowid.in_(rowids))


def refresh_search_doc(session: Session, client_id: uuid.UUID) -> None:
    """Rebuild one client's search text from the client and its policies."""
    client = session.get(Client, client_id)
    if client is None:
        return
    numbers = session.scalars(
        select(Policy.policy_number).where(
            (Policy.holder_id == client_id) | (Policy.insured_id == client_id), Policy.deleted_at.is_(None)
        )
    ).all()
    body = search_body(name=client.name, name_local=client.name_local, phone=client.phone, email=client.email,
                       id_number=client.id_number, policy_numbers=numbers, notes=client.notes)
    grams = search_grams(name=client.name, name_local=client.name_local, phone=client.phone,
                         email=client.email, policy_numbers=numbers)
    doc = session.scalars(select(ClientSearchDoc).where(ClientSearchDoc.client_id == client_id)).first()
    if doc is None:
        session.add(ClientSearchDoc(client_id=client_id, body=body, grams=grams))
    elif (doc.body, doc.grams) != (body, grams):
        doc.body, doc.grams = body, grams
    session.flush()
