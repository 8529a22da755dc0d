"""Backups of the book and restoring one: real book files, real SQLite copies.
A restore checks the backup before anything changes, keeps the book it
replaces, and leaves the book as it was when anything goes wrong."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from book_files import add_client, names_in

from agent_desk.store import backups
from agent_desk.store.backups import (
    BackupError,
    BackupPolicy,
    check_backup,
    daily_backup_due,
    list_backups,
    load_policy,
    prune_backups,
    restore_backup,
    save_policy,
    take_backup,
)
from agent_desk.store.book import Book, open_book
from agent_desk.sync import outbox


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def old_backup(folder: Path, book_path: Path, taken_at: datetime, reason: str = "daily") -> Path:
    """A backup file named as if taken at `taken_at` (names carry the time)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{book_path.stem}-{taken_at:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    source, copy = sqlite3.connect(book_path), sqlite3.connect(target)
    source.backup(copy)
    copy.close()
    source.close()
    return target


def test_a_backup_holds_the_book_as_it_was_also_what_only_the_wal_held(book: Book, tmp_path: Path) -> None:
    add_client(book, "Lin Wei")  # committed to the WAL; the book stays open, so nothing is checkpointed
    target, removed = take_backup(book.path, "manual", BackupPolicy(folder=str(tmp_path / "elsewhere")))
    assert target.parent == tmp_path / "elsewhere" and removed == []
    assert names_in(target) == ["Lin Wei"]
    assert check_backup(target).clients == 1
    assert [backup.reason for backup in list_backups(tmp_path / "elsewhere", book.path)] == ["manual"]


def test_no_backup_of_a_book_that_does_not_exist_yet(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no book"):
        take_backup(tmp_path / "book.sqlite3", "manual", BackupPolicy(folder=str(tmp_path)))


def test_the_daily_backup_is_due_after_24_hours_and_old_ones_go_but_never_the_newest(book: Book,
                                                                                     tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    now = datetime(2026, 12, 7, 9, 0)
    assert daily_backup_due(folder, book.path, now)
    book.close()
    ancient = old_backup(folder, book.path, now - timedelta(days=40))
    assert daily_backup_due(folder, book.path, now)
    assert prune_backups(folder, book.path, keep_days=30, now=now) == []  # the only one, so the newest: kept
    recent = old_backup(folder, book.path, now - timedelta(hours=23), reason="manual")
    assert not daily_backup_due(folder, book.path, now)
    assert daily_backup_due(folder, book.path, now + timedelta(hours=1))
    assert prune_backups(folder, book.path, keep_days=30, now=now) == [ancient]
    assert [backup.path for backup in list_backups(folder, book.path)] == [recent]
    (folder / "notes.txt").write_text("not a backup")
    (folder / "other-20261201-000000-daily.sqlite3").write_bytes(b"another book's backup")
    assert [backup.path for backup in list_backups(folder, book.path)] == [recent]


def test_take_backup_lets_go_of_backups_past_the_agents_keeping_time(book: Book, tmp_path: Path) -> None:
    folder = tmp_path / "kept"
    policy = BackupPolicy(folder=str(folder), keep_days=7)
    book.close()
    eight_days = old_backup(folder, book.path, datetime.now() - timedelta(days=8))
    six_days = old_backup(folder, book.path, datetime.now() - timedelta(days=6))
    target, removed = take_backup(book.path, "daily", policy)
    assert removed == [eight_days]
    assert {backup.path for backup in list_backups(folder, book.path)} == {target, six_days}


def test_the_agents_backup_settings_are_kept_and_a_damaged_settings_file_means_defaults(tmp_path: Path) -> None:
    assert load_policy() == BackupPolicy()
    save_policy(BackupPolicy(folder=str(tmp_path / "nas"), keep_days=90))
    assert load_policy() == BackupPolicy(folder=str(tmp_path / "nas"), keep_days=90)
    assert load_policy().directory() == tmp_path / "nas"
    backups._policy_path().write_text("{not json")
    assert load_policy() == BackupPolicy()
    with pytest.raises(ValueError, match="at least one day"):
        save_policy(BackupPolicy(keep_days=0))
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ValueError, match="cannot be used"):
        save_policy(BackupPolicy(folder=str(blocker / "backups")))


def test_restore_brings_the_backup_back_and_keeps_the_book_it_replaced(book: Book, tmp_path: Path) -> None:
    policy = BackupPolicy(folder=str(tmp_path / "backups"))
    add_client(book, "Lin Wei")
    backup, _ = take_backup(book.path, "manual", policy)
    add_client(book, "Chen Mei")  # after the backup
    book.close()
    report = restore_backup(backup, book.path, policy)
    assert names_in(book.path) == ["Lin Wei"]
    assert report.clients == 1 and report.previous_book is not None
    assert names_in(report.previous_book) == ["Chen Mei", "Lin Wei"]  # nothing is lost
    assert not book.path.with_name(book.path.name + ".restoring").exists()


@pytest.mark.parametrize("kind", ["junk", "empty", "newer", "damaged", "missing"])
def test_a_backup_that_cannot_be_restored_is_refused_and_the_book_is_untouched(book: Book, tmp_path: Path,
                                                                               kind: str) -> None:
    add_client(book, "Lin Wei")
    policy = BackupPolicy(folder=str(tmp_path / "backups"))
    good, _ = take_backup(book.path, "manual", policy)
    book.close()
    before = digest(book.path)
    bad = tmp_path / f"{kind}.sqlite3"
    if kind == "junk":
        bad.write_bytes(b"these are someone's holiday photos")
        expected = "not an Agent Desk book"
    elif kind == "empty":
        sqlite3.connect(bad).close()
        bad.write_bytes(b"")
        expected = "empty book"
    elif kind == "newer":
        bad.write_bytes(good.read_bytes())
        with sqlite3.connect(bad) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        expected = "newer version"
    elif kind == "damaged":
        data = bytearray(good.read_bytes())
        page = 4096
        for offset in range(2 * page, len(data) - page, page):  # every page past the schema: garbled
            data[offset + 8:offset + 200] = b"\xff" * 192
        bad.write_bytes(bytes(data))
        expected = "damaged|not an Agent Desk book|could not be read"
    else:
        expected = "no file"
    with pytest.raises(BackupError, match=expected):
        restore_backup(bad, book.path, policy)
    assert digest(book.path) == before
    assert [backup.reason for backup in list_backups(tmp_path / "backups", book.path)] == ["manual"]  # no copy made


def test_restoring_an_enrolled_book_makes_its_next_pull_take_everything_again(book: Book, tmp_path: Path) -> None:
    with book.session() as session:
        outbox.write_state(session.connection(), server_url="http://office.invalid", cursor="812")
    policy = BackupPolicy(folder=str(tmp_path / "backups"))
    backup, _ = take_backup(book.path, "manual", policy)
    book.close()
    restore_backup(backup, book.path, policy)
    restored = open_book(book.path)
    try:
        with restored.session() as session:
            state = outbox.read_state(session.connection(), outbox.CURSOR, outbox.PULL_EVERYTHING)
    finally:
        restored.close()
    assert state == {outbox.CURSOR: "0", outbox.PULL_EVERYTHING: "1"}
    with sqlite3.connect(backup) as connection:  # the backup itself is left as it was
        assert connection.execute("SELECT value FROM sync_state WHERE key = 'cursor'").fetchone() == ("812",)


def test_a_damaged_book_is_kept_as_it_was_and_replaced_by_its_backup(book: Book, tmp_path: Path) -> None:
    policy = BackupPolicy(folder=str(tmp_path / "backups"))
    add_client(book, "Lin Wei")
    backup, _ = take_backup(book.path, "daily", policy)
    book.close()
    damaged = bytearray(book.path.read_bytes())
    damaged[:100] = b"\x00" * 100  # the header gone: no longer a book anyone can open
    book.path.write_bytes(bytes(damaged))
    report = restore_backup(backup, book.path, policy)
    assert names_in(book.path) == ["Lin Wei"]
    assert report.previous_book is not None and report.previous_book.read_bytes() == bytes(damaged)
    assert "unreadable" in report.previous_book.name
