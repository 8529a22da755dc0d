"""Opening the agent's book: created and migrated when new, refused and left
untouched when damaged, foreign or newer, backed up on request."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from agent_desk import config
from agent_desk.errors import BookCorruptError, BookError, BookTooNewError
from agent_desk.store.book import SCHEMA_HEAD, Book, backup_book, is_damage, open_book, read_revision
from agent_desk.store.models import Client


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision_in(path: Path) -> str | None:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    return row[0] if row else None


def test_opening_a_new_path_creates_a_migrated_book(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "folder" / "book.sqlite3"
    book = open_book(path)
    try:
        assert book.path == path
        assert book.upgraded_from is None and book.backup_path is None
    finally:
        book.close()
    assert path.exists()
    assert revision_in(path) == SCHEMA_HEAD
    assert read_revision(path) == SCHEMA_HEAD


def test_an_empty_file_is_treated_as_a_new_book(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    path.touch()
    open_book(path).close()
    assert revision_in(path) == SCHEMA_HEAD


def test_without_a_path_the_book_lives_in_agent_desk_home(agent_home: Path) -> None:
    book = open_book()
    try:
        assert book.path == agent_home / "book.sqlite3" == config.book_path()
    finally:
        book.close()
    assert revision_in(agent_home / "book.sqlite3") == SCHEMA_HEAD


def test_reopening_a_current_book_keeps_its_data_and_takes_no_backup(book: Book, book_path: Path) -> None:
    with book.session() as s:
        s.add(Client(name="Ann", sort_name="ann"))
    book.close()
    again = open_book(book_path)
    try:
        assert again.backup_path is None and again.upgraded_from is None
        with again.session() as s:
            assert s.scalar(text("SELECT name FROM clients")) == "Ann"
    finally:
        again.close()
    assert not config.backups_dir().exists() or not any(config.backups_dir().iterdir())


def test_connections_use_wal_and_enforce_foreign_keys(book: Book, book_path: Path) -> None:
    with book.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with book.session() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
    # WAL is recorded in the file itself, so other readers see it too.
    plain = sqlite3.connect(book_path)
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        plain.close()


def test_foreign_keys_are_enforced_on_writes(book: Book) -> None:
    import uuid

    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), book.session() as s:
        s.add(Client(name="Orphan", sort_name="orphan", referred_by_id=uuid.uuid4()))
    with book.session() as s:
        assert s.scalar(text("SELECT count(*) FROM clients")) == 0


def test_a_session_rolls_back_everything_on_error(book: Book) -> None:
    with pytest.raises(RuntimeError), book.session() as s:
        s.add(Client(name="Ann", sort_name="ann"))
        s.flush()
        raise RuntimeError("boom")
    with book.session() as s:
        assert s.scalar(text("SELECT count(*) FROM clients")) == 0


def test_a_garbage_file_is_refused_as_corrupt_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    path.write_bytes(os.urandom(8192))
    before = sha256(path)
    with pytest.raises(BookCorruptError) as caught:
        open_book(path)
    assert caught.value.path == path
    assert str(path) in str(caught.value)
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.sqlite3"]


def test_a_file_with_the_sqlite_header_but_garbage_after_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    before = sha256(path)
    with pytest.raises(BookCorruptError) as caught:
        open_book(path)
    assert str(path) in str(caught.value)
    assert sha256(path) == before


def test_a_sqlite_file_of_another_program_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "photos.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
    other.execute("INSERT INTO photos (file) VALUES ('cat.jpg')")
    other.commit()
    other.close()
    before = sha256(path)
    with pytest.raises(BookCorruptError) as caught:
        open_book(path)
    assert caught.value.path == path
    assert "another program" in str(caught.value)
    assert sha256(path) == before
    check = sqlite3.connect(path)
    try:
        assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    finally:
        check.close()


def test_a_book_from_a_newer_version_is_refused_and_left_untouched(book: Book, book_path: Path) -> None:
    with book.session() as s:
        s.add(Client(name="Ann", sort_name="ann"))
        s.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    book.close()
    before = sha256(book_path)
    with pytest.raises(BookTooNewError) as caught:
        open_book(book_path)
    assert caught.value.revision == "9999_future"
    assert caught.value.path == book_path
    assert "9999_future" in str(caught.value) and str(book_path) in str(caught.value)
    assert sha256(book_path) == before
    assert revision_in(book_path) == "9999_future"
    assert not config.backups_dir().exists() or not any(config.backups_dir().iterdir())


def test_book_errors_belong_to_the_error_tree() -> None:
    assert issubclass(BookCorruptError, BookError)
    assert issubclass(BookTooNewError, BookError)


def test_backup_makes_a_readable_copy_with_the_same_data(book: Book, book_path: Path, tmp_path: Path) -> None:
    with book.session() as s:
        s.add_all([Client(name="Ann", sort_name="ann"), Client(name_local="王小明", sort_name="王小明")])
    target = backup_book(book_path, "manual", folder=tmp_path / "copies")
    assert target.parent == tmp_path / "copies"
    assert target.name.startswith("book-") and target.name.endswith("-manual.sqlite3")
    copy = sqlite3.connect(target)
    try:
        names = sorted(row[0] for row in copy.execute("SELECT sort_name FROM clients"))
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()
    assert names == ["ann", "王小明"]
    assert read_revision(target) == SCHEMA_HEAD
    # The copy opens as a book of its own.
    opened = open_book(target)
    try:
        with opened.session() as s:
            assert s.scalar(text("SELECT count(*) FROM clients")) == 2
    finally:
        opened.close()


def test_backup_goes_to_the_backups_folder_by_default(book: Book, book_path: Path) -> None:
    target = backup_book(book_path, "manual")
    assert target.parent == config.backups_dir()
    assert target.exists()


def test_backup_includes_committed_data_still_in_the_wal(book: Book, book_path: Path, tmp_path: Path) -> None:
    # The book stays open, so the write may still sit in the -wal file.
    with book.session() as s:
        s.add(Client(name="Fresh", sort_name="fresh"))
    target = backup_book(book_path, "manual", folder=tmp_path / "copies")
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT name FROM clients").fetchall() == [("Fresh",)]
    finally:
        copy.close()


def test_a_half_migrated_book_is_refused_as_corrupt_and_left_untouched(tmp_path: Path) -> None:
    # What an upgrade interrupted before Alembic records its revision leaves:
    # an empty alembic_version next to some of the book's tables.
    path = tmp_path / "book.sqlite3"
    half = sqlite3.connect(path)
    half.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    half.execute("CREATE TABLE clients (id CHAR(32) PRIMARY KEY, name VARCHAR(120))")
    half.commit()
    half.close()
    before = sha256(path)
    with pytest.raises(BookCorruptError) as caught:
        open_book(path)
    assert str(path) in str(caught.value)
    assert sha256(path) == before


def test_backups_made_within_one_second_keep_each_copy(book_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    targets = [backup_book(book_path, "manual", folder=folder) for _ in range(3)]
    assert len(set(targets)) == 3
    assert all(read_revision(target) == SCHEMA_HEAD for target in targets)


def test_a_page_damaged_after_opening_surfaces_as_a_book_error_naming_the_file(book: Book) -> None:
    with book.session() as session:
        session.add(Client(name="Ann", sort_name="ann"))
    book.engine.dispose()  # no cached pages: the next read goes to the file
    connection = sqlite3.connect(book.path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the row into the main file
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'clients'").fetchone()[0]
    finally:
        connection.close()
    with book.path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)
    with pytest.raises(BookCorruptError) as caught, book.session() as session:
        session.scalars(text("SELECT name FROM clients")).all()
    assert str(book.path) in str(caught.value)


def test_closing_a_book_refreshes_the_planners_statistics_where_it_grew(book: Book, book_path: Path) -> None:
    rows = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count) "
            "INSERT INTO clients (id, created_at, updated_at, version, name, name_local, sort_name, id_number, "
            "phone, email, address, occupation, smoker, stage, consent_marketing, assigned_agent, notes) "
            "SELECT lower(hex(randomblob(16))), '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, 'c' || i, '', "
            "'c' || i, '', '', '', '', '', 0, 'prospect', 0, '', '' FROM n")
    with book.session() as s:
        s.execute(text(rows), {"count": 100})
        s.execute(text("ANALYZE"))
    with book.session() as s:
        s.execute(text(rows), {"count": 10_000})
        s.execute(text("SELECT id FROM clients WHERE deleted_at IS NULL ORDER BY sort_name LIMIT 1")).all()
    book.close()
    connection = sqlite3.connect(book_path)
    try:
        stats = [row[0] for row in connection.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'clients'")]
    finally:
        connection.close()
    # Estimates (analysis_limit samples), but far from the 100 rows analysed before.
    assert stats and all(int(stat.split()[0]) > 1000 for stat in stats)


def test_the_planners_own_tables_do_not_make_an_empty_book_look_half_migrated(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("ANALYZE")  # leaves sqlite_stat1 behind, as a downgrade to base would
        connection.commit()
    finally:
        connection.close()
    assert read_revision(path) is None


def test_only_a_damaged_file_counts_as_damage_not_a_locked_one(book: Book, book_path: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
    with pytest.raises(sqlite3.DatabaseError) as damaged:
        sqlite3.connect(garbage).execute("SELECT * FROM sqlite_master").fetchall()
    assert is_damage(damaged.value)

    holder = sqlite3.connect(book_path, isolation_level=None)
    waiter = sqlite3.connect(book_path, timeout=0)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(sqlite3.OperationalError) as locked:
            waiter.execute("BEGIN EXCLUSIVE")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        waiter.close()
    assert not is_damage(locked.value)
