"""A book written at schema 0001 is upgraded when the app opens it: a backup
first, then search rows for live clients only, each with the client's sort name."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from alembic import command

from agent_desk.services.clients import ClientQuery, list_clients, search_clients
from agent_desk.store import migrations
from agent_desk.store.book import SCHEMA_HEAD, open_book, read_revision

OLD = "0001_initial"


def insert(connection: sqlite3.Connection, table: str, **values: object) -> None:
    """A row with `values`, every other NOT NULL column blank or zero."""
    for _, name, kind, not_null, default, pk in connection.execute(f"PRAGMA table_info({table})"):
        if name not in values and not_null and default is None and not pk:
            values[name] = 0 if kind in ("INTEGER", "BOOLEAN") else ""
    columns = ", ".join(values)
    connection.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(values))})",
                       tuple(values.values()))


def old_book(path: Path) -> dict[str, str]:
    """A 0001 book with three clients and their search rows; Bob is deleted."""
    command.upgrade(migrations.alembic_config(f"sqlite:///{path}"), OLD)
    ids = {name: uuid.uuid4().hex for name in ("Ann Smith", "Bob Smithers", "王小明")}
    connection = sqlite3.connect(path)
    try:
        for name, client_id in ids.items():
            latin, local = (name, "") if name.isascii() else ("Wang Xiaoming", name)
            sort_name = f"{local} {latin}".strip().casefold()
            deleted = "2026-11-01 10:00:00.000000" if name.startswith("Bob") else None
            insert(connection, "clients", id=client_id, name=latin, name_local=local, sort_name=sort_name,
                   stage="prospect", created_at="2026-01-01 00:00:00.000000",
                   updated_at="2026-01-01 00:00:00.000000", version=1, deleted_at=deleted)
            grams = " ".join(sorted({piece for word in f"{latin} {local}".lower().split()
                                     for piece in (word[i:i + 2] for i in range(len(word)))}))
            insert(connection, "client_search", client_id=client_id, body=f"{latin}\n{local}", grams=grams)
        connection.commit()
    finally:
        connection.close()
    return ids


def fts_is_consistent(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        for table in ("client_fts", "client_grams"):
            connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()


def test_an_0001_book_is_upgraded_after_a_backup_and_keeps_its_clients(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    ids = old_book(path)
    assert read_revision(path) == OLD

    book = open_book(path)
    try:
        assert book.upgraded_from == OLD
        assert book.backup_path is not None and read_revision(book.backup_path) == OLD
        with book.session() as s:
            assert [row.display_name for row in list_clients(s)] == ["Ann Smith", "王小明 Wang Xiaoming"]
            assert [row.name for row in search_clients(s, "smith")] == ["Ann Smith"]
            assert [row.id.hex for row in search_clients(s, "小明")] == [ids["王小明"]]
    finally:
        book.close()
    assert read_revision(path) == SCHEMA_HEAD

    connection = sqlite3.connect(path)
    try:
        rows = dict(connection.execute("SELECT client_id, sort_name FROM client_search"))
    finally:
        connection.close()
    # Sort names copied from the clients; the deleted client's row is gone.
    assert rows == {ids["Ann Smith"]: "ann smith", ids["王小明"]: "王小明 wang xiaoming"}
    assert fts_is_consistent(path)


def test_the_upgrade_can_be_undone_and_done_again(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    old_book(path)
    open_book(path).close()
    command.downgrade(migrations.alembic_config(f"sqlite:///{path}"), OLD)
    assert read_revision(path) == OLD and fts_is_consistent(path)
    book = open_book(path)
    try:
        with book.session() as s:
            assert [row.name for row in list_clients(s, ClientQuery(text="smith"))] == ["Ann Smith"]
    finally:
        book.close()


def test_the_backup_before_an_upgrade_goes_to_the_folder_the_agent_chose(tmp_path: Path) -> None:
    from agent_desk.store.backups import BackupPolicy, list_backups, save_policy

    save_policy(BackupPolicy(folder=str(tmp_path / "usb-stick")))
    path = tmp_path / "book.sqlite3"
    old_book(path)
    book = open_book(path)
    book.close()
    [backup] = list_backups(tmp_path / "usb-stick", path)
    assert backup.path == book.backup_path and backup.reason == f"before-upgrade-from-{OLD}"
