"""Small helpers for tests that handle whole book files (backups, restores)."""

from __future__ import annotations

from pathlib import Path

from agent_desk.domain.clients import ClientDetails
from agent_desk.services.clients import create_client, list_clients
from agent_desk.store.book import Book, open_book


def add_client(book: Book, name: str) -> None:
    with book.session() as session:
        create_client(session, ClientDetails(name=name, phone="0900 000 000"))


def names_in(path: Path) -> list[str]:
    """The display names of the live clients in the (plain) book file at `path`, sorted."""
    book = open_book(path)
    try:
        with book.session() as session:
            return sorted(row.display_name for row in list_clients(session))
    finally:
        book.close()
