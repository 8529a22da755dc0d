"""Client search on SQLite FTS5: trigram for 3+ characters, a gram index for
shorter terms (see domain/search_text.py), all terms ANDed. Search rows exist
for live clients only, so the FTS indexes alone count the matches."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import ColumnElement, Integer, Select, TextClause, Uuid, column, func, select, text
from sqlalchemy.orm import Session

from agent_desk.domain.search_text import (
    SHORT_QUERY,
    is_word,
    query_terms,
    search_body,
    search_grams,
    term_variants,
)
from agent_desk.store.bulk import insert_rows
from agent_desk.store.models import Client, ClientSearchDoc, Policy

# The FTS5 tables (made by the initial migration) that Alembic must not compare.
FTS_TABLE_PREFIXES = ("client_fts", "client_grams")
SORT_NAME_INDEX = "ix_client_search_sort_name"


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


def matching_rowids(query: str) -> TextClause | None:
    """A select of the search rows (one per live client) matching every term
    of `query`, or None when the query has no terms (everything matches)."""
    terms = query_terms(query)
    if not terms:
        return None
    parts, params = [], {}
    for index, term in enumerate(terms):
        sql, bound = _term_rowids(term, index)
        parts.append(sql)
        params.update(bound)
    return text(" INTERSECT ".join(parts)).bindparams(**params)


def matching_client_ids(query: str) -> Select | None:
    """A select of the ids of live clients matching every term of `query`, or
    None when the query has no terms."""
    rowids = matching_rowids(query)
    if rowids is None:
        return None
    return select(ClientSearchDoc.client_id).where(
        ClientSearchDoc.rowid.in_(rowids.columns(column("rowid", Integer))))


def count_matches(session: Session, query: str) -> int | None:
    """How many live clients match every term of `query` (None: no terms).
    Straight from the FTS indexes: deleted clients have no search row."""
    rowids = matching_rowids(query)
    if rowids is None:
        return None
    return session.scalar(select(func.count()).select_from(rowids.columns(column("rowid", Integer)).subquery()))


# Up to this many hits, sorting the hits is cheapest; beyond, walking the
# sort_name index and keeping the rows that match stops after a page. The
# two cost the same at about 10,000 hits on a 100k-client book (bench/search.py;
# "m" matches two clients in three there).
SORT_HITS_LIMIT = 10_000


def ids_by_name(session: Session, query: str, offset: int, limit: int, descending: bool = False) -> list[uuid.UUID]:
    """A page of the ids of live clients matching `query`, ordered by name
    (then by search row, so pages never overlap)."""
    rowids = matching_rowids(query)
    if rowids is None:
        raise ValueError("ids_by_name needs a query with terms")
    params = rowids.compile().params
    # Only whether there are more hits than the limit matters: count no further.
    many = session.scalar(text(f"SELECT count(*) > :most FROM ({rowids.text} LIMIT :most + 1)").bindparams(
        **params, most=SORT_HITS_LIMIT))
    direction = "DESC" if descending else "ASC"
    walk = f"INDEXED BY {SORT_NAME_INDEX} " if many else ""
    sql = (f"SELECT client_id FROM client_search {walk}WHERE rowid IN ({rowids.text}) "
           f"ORDER BY sort_name {direction}, rowid {direction} LIMIT :limit OFFSET :offset")
    statement = text(sql).bindparams(**params, limit=limit, offset=offset)
    return list(session.scalars(statement.columns(column("client_id", Uuid))))


def refresh_search_doc(session: Session, client_id: uuid.UUID) -> None:
    """Rebuild one client's search row from the client and its policies (and
    remove it when the client is deleted)."""
    client = session.get(Client, client_id)
    doc = session.scalars(select(ClientSearchDoc).where(ClientSearchDoc.client_id == client_id)).first()
    if client is None or client.deleted_at is not None:
        if doc is not None:
            session.delete(doc)
            session.flush()
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
    if doc is None:
        session.add(ClientSearchDoc(client_id=client_id, body=body, grams=grams, sort_name=client.sort_name))
    elif (doc.body, doc.grams, doc.sort_name) != (body, grams, client.sort_name):
        doc.body, doc.grams, doc.sort_name = body, grams, client.sort_name
    session.flush()


def refresh_search_docs(session: Session, client_ids: Iterable[uuid.UUID]) -> None:
    """`refresh_search_doc` for many clients at once, past the ORM: a few
    statements per 500 clients, or one read of each table when the clients
    are a good part of the book (a first sync brings all of them). A changed
    row is deleted and written anew, so every new row of a call goes in with
    a few multi-row statements (see store/bulk.py for why that matters)."""
    connection = session.connection()
    wanted = set(client_ids)
    if not wanted:
        return
    book_size = connection.scalar(select(func.count()).select_from(Client)) or 0
    if len(wanted) * 4 >= book_size:
        chunks: list[list[uuid.UUID] | None] = [None]  # None: the whole table, filtered here
    else:
        ids = sorted(wanted, key=str)
        chunks = [ids[start:start + 500] for start in range(0, len(ids), 500)]
    docs = ClientSearchDoc.__table__
    fresh: list[tuple[str, str, str, str]] = []
    for chunk in chunks:
        clients = connection.execute(select(
            Client.id, Client.name, Client.name_local, Client.phone, Client.email, Client.id_number, Client.notes,
            Client.sort_name).where(Client.deleted_at.is_(None), *_among(Client.id, chunk))).all()
        numbers: dict[uuid.UUID, list[str]] = {}
        policy_owners = (Policy.holder_id.in_(chunk) | Policy.insured_id.in_(chunk),) if chunk is not None else ()
        for holder, insured, number in connection.execute(
                select(Policy.holder_id, Policy.insured_id, Policy.policy_number).where(
                    Policy.deleted_at.is_(None), *policy_owners)):
            for owner in {holder, insured}:
                numbers.setdefault(owner, []).append(number)
        existing = {row.client_id: row for row in connection.execute(
            select(docs.c.client_id, docs.c.body, docs.c.grams, docs.c.sort_name).where(
                *_among(docs.c.client_id, chunk))) if row.client_id in wanted}
        stale = []
        for client in clients:
            if client.id not in wanted:
                continue
            mine = numbers.get(client.id, [])
            body = search_body(name=client.name, name_local=client.name_local, phone=client.phone,
                               email=client.email, id_number=client.id_number, policy_numbers=mine, notes=client.notes)
            grams = search_grams(name=client.name, name_local=client.name_local, phone=client.phone,
                                 email=client.email, policy_numbers=mine)
            old = existing.pop(client.id, None)
            if old is not None and (old.body, old.grams, old.sort_name) == (body, grams, client.sort_name):
                continue
            if old is not None:
                stale.append(client.id)
            fresh.append((client.id.hex, body, grams, client.sort_name))  # Uuid's SQLite storage form
        stale.extend(existing)  # deleted or gone clients: out of search
        for start in range(0, len(stale), 500):
            connection.execute(docs.delete().where(docs.c.client_id.in_(stale[start:start + 500])))
    insert_rows(connection, docs.name, ("client_id", "body", "grams", "sort_name"), fresh)


def _among(column: ColumnElement, chunk: list[uuid.UUID] | None) -> tuple[ColumnElement[bool], ...]:
    return () if chunk is None else (column.in_(chunk),)
